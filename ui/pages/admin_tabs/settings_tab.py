"""The unit's settings: municipality, data controller, data protection officer, suppression
threshold, idle lock, minimum passphrase length, backup folder and the council report's logo.
The core validates (``avhopp.domain.settings``) and its message appears next to the field; a
save based on an old version is refused and offers to reload."""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import settings as rules
from avhopp.errors import ConflictError
from ui import error_presenter
from ui.formats import fmt_datetime
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.session import Changes, Session


class SettingsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_tab")
        self.session = session
        self.loaded = False
        self.view: Any = None  # the SettingsView shown
        self.errors = FieldErrors(self)
        self.conflict_box: Any = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.municipality_edit = self._line("municipality_edit")
        self.errors.add_row(
            form, translate("SettingsTab", "&Municipality:"), self.municipality_edit, "municipality"
        )
        self.controller_edit = self._line("controller_edit")
        self.controller_edit.setPlaceholderText(
            translate("SettingsTab", "for example the social welfare committee")
        )
        self.errors.add_row(
            form, translate("SettingsTab", "Data c&ontroller:"), self.controller_edit, "controller"
        )
        self.officer_edit = self._line("data_protection_officer_edit")
        self.errors.add_row(
            form,
            translate("SettingsTab", "Data protection o&fficer:"),
            self.officer_edit,
            "data_protection_officer",
        )
        self.threshold_spin = self._spin(
            "suppression_threshold_spin", rules.SUPPRESSION_THRESHOLD_RANGE
        )
        self._hint_row(
            form,
            translate("SettingsTab", "Supp&ression threshold:"),
            self.threshold_spin,
            "suppression_threshold",
            translate(
                "SettingsTab",
                "Report cells with fewer people than this are suppressed, so nobody can be "
                "singled out.",
            ),
        )
        self.idle_spin = self._spin("idle_lock_spin", rules.IDLE_LOCK_MINUTES_RANGE)
        self.idle_spin.setSuffix(translate("SettingsTab", " min"))
        self._hint_row(
            form,
            translate("SettingsTab", "&Idle lock after:"),
            self.idle_spin,
            "idle_lock_minutes",
            translate("SettingsTab", "Avhopp locks itself when nobody has used it for this long."),
        )
        self.min_length_spin = self._spin(
            "passphrase_min_length_spin", rules.PASSPHRASE_MIN_LENGTH_RANGE
        )
        self.min_length_spin.setSuffix(translate("SettingsTab", " characters"))
        self.errors.add_row(
            form,
            translate("SettingsTab", "Minimum passphrase &length:"),
            self.min_length_spin,
            "passphrase_min_length",
        )
        self.folder_edit = self._line("backup_folder_edit")
        self.folder_edit.setPlaceholderText(translate("SettingsTab", "Not configured"))
        self.folder_button = QPushButton(translate("SettingsTab", "C&hoose…"))
        self.folder_button.setObjectName("backup_folder_button")
        self.folder_button.setAccessibleName(translate("SettingsTab", "Choose backup folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_edit.setAccessibleName(translate("SettingsTab", "Backup folder"))
        folder_box = QWidget()
        folder_column = QVBoxLayout(folder_box)
        folder_column.setContentsMargins(0, 0, 0, 0)
        folder_column.setSpacing(2)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        folder_column.addLayout(folder_row)
        folder_column.addWidget(self.errors.error_label("backup_folder", self.folder_edit))
        folder_label = QLabel(translate("SettingsTab", "&Backup folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_box)

        self.logo_text = ""  # base64, as the setting stores it
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("report_logo_preview")
        self.logo_preview.setFixedSize(180, 56)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(translate("SettingsTab", "Report logo"))
        self.logo_button = QPushButton(translate("SettingsTab", "Choose ima&ge…"))
        self.logo_button.setObjectName("report_logo_button")
        self.logo_button.setAccessibleName(translate("SettingsTab", "Choose report logo"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QPushButton(translate("SettingsTab", "Re&move"))
        self.logo_remove_button.setObjectName("report_logo_remove_button")
        self.logo_remove_button.setAccessibleName(translate("SettingsTab", "Remove report logo"))
        self.logo_remove_button.clicked.connect(lambda: self._show_logo(""))
        logo_box = QWidget()
        logo_column = QVBoxLayout(logo_box)
        logo_column.setContentsMargins(0, 0, 0, 0)
        logo_column.setSpacing(2)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove_button)
        logo_row.addStretch(1)
        logo_column.addLayout(logo_row)
        logo_hint = QLabel(
            translate(
                "SettingsTab",
                "Printed on the first page of the council report. PNG or JPEG, at most 256 KiB.",
            )
        )
        logo_hint.setWordWrap(True)
        logo_hint.setEnabled(False)
        logo_column.addWidget(logo_hint)
        logo_column.addWidget(self.errors.error_label("report_logo", self.logo_button))
        logo_label = QLabel(translate("SettingsTab", "Report &logo:"))
        logo_label.setBuddy(self.logo_button)
        form.addRow(logo_label, logo_box)

        self.save_button = QPushButton(translate("SettingsTab", "Sa&ve settings"))
        self.save_button.setObjectName("save_settings_button")
        self.save_button.setAccessibleName(translate("SettingsTab", "Save settings"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("SettingsTab", "Un&do changes"))
        self.revert_button.setObjectName("revert_settings_button")
        self.revert_button.setAccessibleName(translate("SettingsTab", "Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setObjectName("settings_status")
        self.status_label.setWordWrap(True)

        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        order = [
            self.municipality_edit,
            self.controller_edit,
            self.officer_edit,
            self.threshold_spin,
            self.idle_spin,
            self.min_length_spin,
            self.folder_edit,
            self.folder_button,
            self.logo_button,
            self.logo_remove_button,
            self.save_button,
            self.revert_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._set_enabled(False)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _spin(self, name: str, bounds: tuple[int, int]) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(*bounds)
        spin.setMinimumWidth(120)
        return spin

    def _hint_row(
        self, form: QFormLayout, label: str, widget: QWidget, field: str, hint: str
    ) -> None:
        """``widget`` with a muted explanation and its error label below it."""
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        explanation = QLabel(hint)
        explanation.setWordWrap(True)
        explanation.setEnabled(False)  # the palette's muted text, in light and dark themes
        column.addWidget(explanation)
        column.addWidget(self.errors.error_label(field, widget))
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.municipality_edit,
            self.controller_edit,
            self.officer_edit,
            self.threshold_spin,
            self.idle_spin,
            self.min_length_spin,
            self.folder_edit,
            self.folder_button,
            self.logo_button,
            self.logo_remove_button,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(enabled)
        self.logo_remove_button.setEnabled(enabled and bool(self.logo_text))

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.session.call(lambda vault: vault.settings.get(), on_done=self._loaded, parent=self)

    def _loaded(self, view: Any) -> None:
        self.view = view
        self.loaded = True
        self.errors.clear()
        self._show(view.settings)
        self._set_enabled(True)
        self._show_status(view)

    def _show(self, settings: Any) -> None:
        self.municipality_edit.setText(settings.municipality)
        self.controller_edit.setText(settings.controller)
        self.officer_edit.setText(settings.data_protection_officer)
        self.threshold_spin.setValue(settings.suppression_threshold)
        self.idle_spin.setValue(settings.idle_lock_minutes)
        self.min_length_spin.setValue(settings.passphrase_min_length)
        self.folder_edit.setText(settings.backup_folder or "")
        self._show_logo(settings.report_logo)

    def _show_logo(self, text: str) -> None:
        self.logo_text = text
        image = QPixmap()
        if text and image.loadFromData(rules.logo_bytes(text) or b""):
            self.logo_preview.setPixmap(
                image.scaled(
                    self.logo_preview.size() - QSize(8, 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(translate("SettingsTab", "No logo"))
        self.logo_remove_button.setEnabled(bool(text) and self.loaded)

    def _show_status(self, view: Any, prefix: str = "") -> None:
        if view.version == 0:
            text = translate("SettingsTab", "The defaults apply: the settings were never saved.")
        else:
            text = translate("SettingsTab", "Last saved {time} by {user}.").format(
                time=fmt_datetime(view.updated_at), user=view.updated_by or ""
            )
        self.status_label.setText(f"{prefix} {text}".strip())

    def forget(self) -> None:
        self.view = None
        self.loaded = False
        self._show(rules.UnitSettings())
        self.municipality_edit.clear()
        self.controller_edit.clear()
        self.officer_edit.clear()
        self.folder_edit.clear()
        self.status_label.clear()
        self._set_enabled(False)

    # ------------------------------------------------------------------ actions

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsTab", "Backup folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("SettingsTab", "Report logo"),
            "",
            translate("SettingsTab", "Images (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                # One byte over the limit is enough for the core to refuse it by size.
                image = handle.read(rules.LOGO_LIMIT + 1)
        except OSError as exc:
            self.errors.show_field(
                "report_logo",
                translate("SettingsTab", "The file cannot be read: {reason}").format(
                    reason=exc.strerror or ""
                ),
            )
            return
        self.errors.clear()
        self._show_logo(rules.encode_logo(image))

    def revert(self) -> None:
        if self.view is not None:
            self.errors.clear()
            self._show(self.view.settings)

    def typed(self) -> Any:
        """The settings as the form shows them (unchecked: the core checks)."""
        base = self.view.settings if self.view is not None else rules.UnitSettings()
        return dataclasses.replace(
            base,
            municipality=self.municipality_edit.text(),
            controller=self.controller_edit.text(),
            data_protection_officer=self.officer_edit.text(),
            suppression_threshold=self.threshold_spin.value(),
            idle_lock_minutes=self.idle_spin.value(),
            passphrase_min_length=self.min_length_spin.value(),
            backup_folder=self.folder_edit.text(),
            report_logo=self.logo_text,
        )

    def save(self) -> None:
        if self.view is None:
            return
        self.errors.clear()
        new, version = self.typed(), self.view.version
        old_idle = self.view.settings.idle_lock_minutes
        self.save_button.setEnabled(False)
        self.session.call(
            lambda vault: vault.settings.update(new, expected_version=version),
            on_done=lambda view: self._saved(view, old_idle),
            on_error=self._failed,
            parent=self,
        )

    def _saved(self, view: Any, old_idle: int) -> None:
        self.save_button.setEnabled(True)
        self._loaded(view)
        minutes = view.settings.idle_lock_minutes
        if minutes != old_idle:
            self.session.idle.set_timeout(minutes * 60_000)
            self.session.info = dataclasses.replace(self.session.info, idle_minutes=minutes)
        self._show_status(view, translate("SettingsTab", "Saved."))
        self.session.notify(Changes.of("settings"))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict_box = error_presenter.present(self, error, on_reload=self.reload)
            return
        self.errors.show(error)
