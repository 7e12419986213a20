"""Säkerhetskopior (managers and administrators: ``MAKE_BACKUPS``).

- A status header: where backups go, whether the automatic ones are on, the last backup and
  the last passed restore drill (a warning when there was none in
  :data:`avhopp.domain.backup.DRILL_WARNING_DAYS` days).
- The backups in the folder (``vault.backups.entries()``) with their status, and the actions:
  create now, verify, restore to a new vault file (administrators: ``RESTORE_BACKUPS``), a
  restore drill, refresh, open the folder. Every long action runs on the worker behind a
  progress dialog with Cancel (``ui.long_job``); a cancellation is a quiet
  outcome, errors go through the one error presenter.
- The backup settings (folder, automatic on/off, rotation), changed by administrators
  (``MANAGE_SETTINGS``) through the same ``vault.settings.update`` as the Administration
  page's settings tab, read-only for everyone else.

Users without ``MAKE_BACKUPS`` (the navigation does not offer them the page) see only a short
explanation.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import backup as backup_rules
from avhopp.domain.roles import Permission
from avhopp.errors import ConflictError, UserError
from ui import error_presenter
from ui.dialogs.backup_progress import BackupTask
from ui.dialogs.form_dialog import alive, close_dialog, guarded
from ui.formats import fmt_datetime
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.pages.base import Page
from ui.pages.dashboard_page import AccentFrame, accent
from ui.pages.participant_tabs.tables import compact_table
from ui.session import Changes, Session

TRIGGER_LABELS = {
    "manual": QT_TRANSLATE_NOOP("BackupsPage", "Manual"),
    "daily": QT_TRANSLATE_NOOP("BackupsPage", "Daily"),
    "exit": QT_TRANSLATE_NOOP("BackupsPage", "On exit"),
}
STATUS_LABELS = {
    "ok": QT_TRANSLATE_NOOP("BackupsPage", "OK"),
    "older-key": QT_TRANSLATE_NOOP("BackupsPage", "Made before a key change"),
    "other-vault": QT_TRANSLATE_NOOP("BackupsPage", "Another vault"),
    "damaged": QT_TRANSLATE_NOOP("BackupsPage", "Damaged"),
    "newer": QT_TRANSLATE_NOOP("BackupsPage", "Newer version"),
}
STATUS_TIPS = {
    "older-key": QT_TRANSLATE_NOOP(
        "BackupsPage",
        "Made before the vault key was changed: it opens with a passphrase that was valid "
        "then (avhopp-admin).",
    ),
    "other-vault": QT_TRANSLATE_NOOP("BackupsPage", "A backup of another vault."),
    "damaged": QT_TRANSLATE_NOOP(
        "BackupsPage", "The file is damaged or altered and cannot be restored."
    ),
    "newer": QT_TRANSLATE_NOOP(
        "BackupsPage", "Made by a newer version of Avhopp: update Avhopp to use it."
    ),
}
WARNING_LIGHT, WARNING_DARK = "#b45309", "#fbbf24"
ERROR_LIGHT, ERROR_DARK = "#c62828", "#ef9a9a"


def trigger_label(trigger: str | None) -> str:
    text = TRIGGER_LABELS.get(trigger or "")
    return translate("BackupsPage", str(text)) if text else (trigger or "")


def status_label(status: str) -> str:
    text = STATUS_LABELS.get(status)
    return translate("BackupsPage", str(text)) if text else status


def fmt_size(size: int) -> str:
    """``1,2 MB`` in the interface's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def fmt_count(n: int) -> str:
    """``17 876`` (grouped as the interface's locale groups digits)."""
    return QLocale().toString(int(n))


def open_folder(path: str) -> bool:
    """Show the folder in the system's file manager (tests replace this)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


# ---------------------------------------------------------------------- worker side


@dataclass(frozen=True)
class BackupsState:
    """What the page shows, read on the worker in one call."""

    view: Any  # SettingsView: the settings and their version
    last_backup_at: datetime | None
    last_drill_at: datetime | None
    now: datetime
    entries: tuple[Any, ...]  # BackupEntry, newest first
    #: Why the folder could not be listed (a missing folder), or None.
    problem: UserError | None


def load_state(vault: Any) -> BackupsState:
    """Worker thread: the settings, the two dates and the folder's backups."""
    view = vault.settings.get()
    entries: tuple[Any, ...] = ()
    problem: UserError | None = None
    if view.settings.backup_folder:
        try:
            entries = tuple(vault.backups.entries())
        except UserError as exc:
            problem = exc
    return BackupsState(
        view=view,
        last_backup_at=vault.backups.last_backup_at(),
        last_drill_at=vault.backups.last_drill_at(),
        now=vault.clock(),
        entries=entries,
        problem=problem,
    )


# ---------------------------------------------------------------------- the list


class BackupListModel(QAbstractTableModel):
    CREATED, KIND, SIZE, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsPage", "Created"),
        QT_TRANSLATE_NOOP("BackupsPage", "Kind"),
        QT_TRANSLATE_NOOP("BackupsPage", "Size"),
        QT_TRANSLATE_NOOP("BackupsPage", "Status"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []
        self.warning_color = QColor(ERROR_LIGHT)

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> Any:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BackupsPage", str(self.HEADERS[section]))
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CREATED:
                return fmt_datetime(entry.created_at)
            if column == self.KIND:
                return trigger_label(entry.trigger)
            if column == self.SIZE:
                return fmt_size(entry.size)
            return status_label(entry.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = STATUS_TIPS.get(entry.status)
            name = str(entry.name)
            return f"{name}\n{translate('BackupsPage', str(tip))}" if tip else name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.STATUS
            and entry.status != "ok"
        ):
            return self.warning_color
        return None


# ---------------------------------------------------------------------- the page


class BackupsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        info = session.info
        self.may_backup = info.may(Permission.MAKE_BACKUPS)
        self.may_restore = info.may(Permission.RESTORE_BACKUPS)
        self.may_configure = info.may(Permission.MANAGE_SETTINGS)
        self.state: BackupsState | None = None
        self.loaded = False
        self._loading = False
        self._stale = False
        self._generation = 0
        self.task: BackupTask | None = None
        self.restore_dialog: Any = None
        self.conflict_box: Any = None
        #: What the last action ended with: "created", "verified", "drilled", "restored",
        #: "cancelled", "failed" (tests and the screen reader's status line read it).
        self.last_outcome = ""
        self.drill_overdue = False
        self._shown_values: tuple[object, ...] | None = None  # the settings form as loaded
        self.errors = FieldErrors(self)

        heading = QLabel(translate("BackupsPage", "Backups"))
        heading.setObjectName("page_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)

        if not self.may_backup:
            text = QLabel(
                translate(
                    "BackupsPage",
                    "Unit managers and administrators make, check and restore the unit's "
                    "backups. Ask them if you need something restored.",
                )
            )
            text.setObjectName("backups_denied_text")
            text.setWordWrap(True)
            layout.addWidget(text)
            layout.addStretch(1)
            return

        layout.addWidget(self._build_status())
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self._build_list(), 3)
        columns.addWidget(self._build_settings(), 2)
        layout.addLayout(columns, 1)

        order = [
            self.create_button,
            self.refresh_button,
            self.open_folder_button,
            self.table,
            self.verify_button,
            self.restore_button,
            self.drill_button,
            self.folder_edit,
            self.browse_button,
            self.automatic_check,
            self.keep_daily_spin,
            self.keep_weekly_spin,
            self.keep_monthly_spin,
            self.save_button,
            self.revert_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._update_buttons()
        self._set_settings_enabled(False)

    # ------------------------------------------------------------------ building

    def _build_status(self) -> QWidget:
        self.status_frame = AccentFrame()
        self.status_frame.setObjectName("backup_status_frame")
        self.status_frame.setFrameShape(AccentFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.status_frame)
        row.setContentsMargins(14, 8, 10, 8)
        self.warning_icon = QLabel()
        self.warning_icon.setObjectName("backup_warning_icon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.warning_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.warning_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning_icon.setVisible(False)
        row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.folder_value = self._value("backup_folder_value")
        self.folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.automatic_value = self._value("backup_automatic_value")
        self.last_backup_value = self._value("last_backup_value")
        self.last_drill_value = self._value("last_drill_value")
        for line, (caption, value) in enumerate(
            (
                (translate("BackupsPage", "Backup folder:"), self.folder_value),
                (translate("BackupsPage", "Automatic backups:"), self.automatic_value),
                (translate("BackupsPage", "Last backup:"), self.last_backup_value),
                (translate("BackupsPage", "Last passed restore drill:"), self.last_drill_value),
            )
        ):
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, line, 1)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addLayout(grid)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("backup_advice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setVisible(False)
        column.addWidget(self.advice_label)
        row.addLayout(column, 1)
        return self.status_frame

    def _value(self, name: str) -> QLabel:
        label = QLabel(translate("BackupsPage", "Loading…"))
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_list(self) -> QGroupBox:
        box = QGroupBox(translate("BackupsPage", "Backups in the folder"))
        box.setObjectName("backup_list_box")
        self.create_button = self._button(
            "create_backup_button",
            translate("BackupsPage", "&Create backup now"),
            translate("BackupsPage", "Create a backup now"),
        )
        self.create_button.clicked.connect(self.create_backup)
        self.refresh_button = self._button(
            "refresh_backups_button",
            translate("BackupsPage", "Re&fresh"),
            translate("BackupsPage", "Refresh the list of backups"),
        )
        self.refresh_button.clicked.connect(self.reload)
        self.open_folder_button = self._button(
            "open_backup_folder_button",
            translate("BackupsPage", "&Open folder"),
            translate("BackupsPage", "Open the backup folder"),
        )
        self.open_folder_button.clicked.connect(self.open_backup_folder)
        top = QHBoxLayout()
        top.addWidget(self.create_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.open_folder_button)

        self.model = BackupListModel(self)
        self.model.warning_color = accent(self.palette(), light=ERROR_LIGHT, dark=ERROR_DARK)
        self.table = compact_table("backup_table", translate("BackupsPage", "Backups"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (BackupListModel.CREATED, BackupListModel.KIND, BackupListModel.SIZE):
            # A handful of rows: measuring them is cheap, and nothing is cut off.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("backup_list_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setVisible(False)

        self.verify_button = self._button(
            "verify_backup_button",
            translate("BackupsPage", "&Verify"),
            translate("BackupsPage", "Verify the selected backup"),
        )
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = self._button(
            "restore_backup_button",
            translate("BackupsPage", "&Restore…"),
            translate("BackupsPage", "Restore the selected backup to a new vault file"),
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(self.may_restore)
        self.drill_button = self._button(
            "drill_button",
            translate("BackupsPage", "Restore dr&ill"),
            translate("BackupsPage", "Run a restore drill on the selected or newest backup"),
        )
        self.drill_button.setToolTip(
            translate(
                "BackupsPage",
                "Restores the selected backup (or the newest) into a temporary vault, checks "
                "it and deletes the copy. The open vault is not touched.",
            )
        )
        self.drill_button.clicked.connect(self.run_drill)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.drill_button)
        bottom.addStretch(1)

        self.result_label = QLabel()
        self.result_label.setObjectName("backup_result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)
        restore_note = QLabel(
            translate(
                "BackupsPage",
                "An administrator restores a backup; the restored vault is a new file, the "
                "open vault is never replaced.",
            )
        )
        restore_note.setObjectName("restore_note")
        restore_note.setWordWrap(True)
        restore_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        restore_note.setVisible(not self.may_restore)

        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        layout.addWidget(restore_note)
        layout.addWidget(self.result_label)
        return box

    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(translate("BackupsPage", "Settings"))
        box.setObjectName("backup_settings_box")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backup_folder_edit")
        self.folder_edit.setPlaceholderText(translate("BackupsPage", "No folder chosen"))
        self.folder_edit.setAccessibleName(translate("BackupsPage", "Backup folder"))
        self.browse_button = self._button(
            "browse_backup_folder_button",
            translate("BackupsPage", "&Browse…"),
            translate("BackupsPage", "Choose the backup folder"),
        )
        self.browse_button.clicked.connect(self.choose_folder)
        folder_box = QWidget()
        folder_column = QVBoxLayout(folder_box)
        folder_column.setContentsMargins(0, 0, 0, 0)
        folder_column.setSpacing(2)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        folder_column.addLayout(folder_row)
        folder_hint = QLabel(
            translate(
                "BackupsPage",
                "Preferably another disk than the vault's: a network share or an external "
                "drive that is kept safe.",
            )
        )
        folder_hint.setWordWrap(True)
        folder_hint.setEnabled(False)  # the palette's muted text
        folder_column.addWidget(folder_hint)
        folder_column.addWidget(self.errors.error_label("backup_folder", self.folder_edit))
        folder_label = QLabel(translate("BackupsPage", "Fold&er:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_box)

        self.automatic_check = QCheckBox(
            translate("BackupsPage", "&Automatic: once a day and when Avhopp closes")
        )
        self.automatic_check.setObjectName("backup_automatic_check")
        self.automatic_check.setAccessibleName(translate("BackupsPage", "Automatic backups"))
        automatic_box = QWidget()
        automatic_column = QVBoxLayout(automatic_box)
        automatic_column.setContentsMargins(0, 0, 0, 0)
        automatic_column.setSpacing(2)
        automatic_column.addWidget(self.automatic_check)
        automatic_column.addWidget(
            self.errors.error_label("backup_automatic", self.automatic_check)
        )
        form.addRow(automatic_box)

        self.keep_daily_spin = self._keep_spin("daily")
        self.keep_weekly_spin = self._keep_spin("weekly")
        self.keep_monthly_spin = self._keep_spin("monthly")
        for label, spin, name in (
            (translate("BackupsPage", "Keep &daily:"), self.keep_daily_spin, "daily"),
            (translate("BackupsPage", "Keep &weekly:"), self.keep_weekly_spin, "weekly"),
            (translate("BackupsPage", "Keep &monthly:"), self.keep_monthly_spin, "monthly"),
        ):
            spin.setAccessibleName(label.replace("&", "").rstrip(":"))
            cell = QWidget()
            cell_column = QVBoxLayout(cell)
            cell_column.setContentsMargins(0, 0, 0, 0)
            cell_column.setSpacing(2)
            cell_row = QHBoxLayout()
            cell_row.addWidget(spin)
            cell_row.addStretch(1)
            cell_column.addLayout(cell_row)
            cell_column.addWidget(self.errors.error_label(f"backup_keep_{name}", spin))
            caption = QLabel(label)
            caption.setBuddy(spin)
            form.addRow(caption, cell)

        self.rotation_label = QLabel()
        self.rotation_label.setObjectName("rotation_label")
        self.rotation_label.setWordWrap(True)
        self.rotation_label.setEnabled(False)  # muted
        for spin in (self.keep_daily_spin, self.keep_weekly_spin, self.keep_monthly_spin):
            spin.valueChanged.connect(self._explain_rotation)

        self.save_button = self._button(
            "save_backup_settings_button",
            translate("BackupsPage", "&Save settings"),
            translate("BackupsPage", "Save the backup settings"),
        )
        self.save_button.clicked.connect(self.save_settings)
        self.revert_button = self._button(
            "revert_backup_settings_button",
            translate("BackupsPage", "&Undo changes"),
            translate("BackupsPage", "Undo changes to the backup settings"),
        )
        self.revert_button.clicked.connect(self.revert_settings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.revert_button):
            button.setVisible(self.may_configure)

        self.settings_status = QLabel()
        self.settings_status.setObjectName("backup_settings_status")
        self.settings_status.setWordWrap(True)
        if not self.may_configure:
            self.settings_status.setText(
                translate("BackupsPage", "Only an administrator can change these settings.")
            )

        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.rotation_label)
        layout.addLayout(buttons)
        layout.addWidget(self.settings_status)
        layout.addStretch(1)
        self._explain_rotation()
        return box

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _keep_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"keep_{name}_spin")
        spin.setRange(*backup_rules.KEEP_RANGES[name])
        spin.setMinimumWidth(90)
        return spin

    # ------------------------------------------------------------------ Page

    def activate(self) -> None:
        if self.may_backup and ((not self.loaded and not self._loading) or self._stale):
            self.reload()

    def refresh(self, changes: Changes) -> None:
        if not self.may_backup or not changes.touches("settings", "backups"):
            return
        if self._loading:
            self._stale = True
        elif self.loaded:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def forget(self) -> None:
        self._generation += 1
        if not self.may_backup:
            return
        if self.task is not None and alive(self.task):
            self.task.cancel()
        self.task = None
        close_dialog(self.restore_dialog)
        self.restore_dialog = None
        self.state = None
        self.loaded = False
        self._loading = False
        self._stale = False
        self.model.clear()
        self.folder_edit.clear()
        self._shown_values = None
        for label in (
            self.folder_value,
            self.automatic_value,
            self.last_backup_value,
            self.last_drill_value,
        ):
            label.clear()
        self._set_warning(False, "")
        self._show_result("")
        self._set_settings_enabled(False)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        if not self.may_backup:
            return
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        generation = self._generation
        self.session.call(
            load_state,
            on_done=guarded(self, lambda state: self._loaded(state, generation)),
            on_error=guarded(self, lambda error: self._load_failed(error, generation)),
        )

    def _load_failed(self, error: BaseException, generation: int) -> None:
        self._loading = False
        if generation == self._generation:
            error_presenter.present(self, error)

    def _loaded(self, state: BackupsState, generation: int) -> None:
        self._loading = False
        if generation != self._generation:
            return  # the session locked meanwhile
        self.state = state
        self.loaded = True
        selected = self.selected_entry()
        self.model.set_entries(list(state.entries))
        if selected is not None:
            for row, entry in enumerate(self.model.entries):
                if entry.name == selected.name:
                    self.table.selectRow(row)
        self._show_status(state)
        if not self.settings_edited():
            # A reload after an action must not throw away what the administrator typed.
            self._show_settings(state.view.settings)
        self._set_settings_enabled(self.may_configure)
        self._update_buttons()
        if self._stale:
            self.reload()

    def _show_status(self, state: BackupsState) -> None:
        settings = state.view.settings
        problems: list[str] = []
        if settings.backup_folder:
            folder = str(settings.backup_folder)
            if state.problem is not None:
                folder += "\n" + error_presenter.error_message(state.problem)
                problems.append("folder")
            self.folder_value.setText(folder)
        else:
            problems.append("folder")
            if self.may_configure:
                self.folder_value.setText(
                    translate(
                        "BackupsPage",
                        "No folder is set, so no backups are made. Choose one under Settings "
                        "on this page.",
                    )
                )
            else:
                self.folder_value.setText(
                    translate(
                        "BackupsPage",
                        "No folder is set, so no backups are made. Ask an administrator to "
                        "choose one.",
                    )
                )
        if settings.backup_automatic and settings.backup_folder:
            automatic = translate("BackupsPage", "On: once a day and when Avhopp closes")
        elif settings.backup_automatic:
            automatic = translate("BackupsPage", "On, but nothing happens until a folder is set")
        else:
            automatic = translate("BackupsPage", "Off: backups are only made by hand")
        self.automatic_value.setText(automatic)
        self.last_backup_value.setText(
            fmt_datetime(state.last_backup_at)
            if state.last_backup_at
            else translate("BackupsPage", "Never")
        )
        self.last_drill_value.setText(
            fmt_datetime(state.last_drill_at)
            if state.last_drill_at
            else translate("BackupsPage", "Never")
        )
        overdue = backup_rules.drill_overdue(state.last_drill_at, state.now)
        self.drill_overdue = overdue
        color = accent(self.palette(), light=WARNING_LIGHT, dark=WARNING_DARK)
        self.last_drill_value.setStyleSheet(
            f"color: {color.name()}; font-weight: 600;" if overdue else ""
        )
        self.folder_value.setStyleSheet(
            f"color: {color.name()}; font-weight: 600;" if "folder" in problems else ""
        )
        advice = ""
        if overdue:
            advice = translate(
                "BackupsPage",
                "No restore drill has passed in the last {days} days. Run one: it shows that "
                "the backups can really be restored.",
            ).format(days=backup_rules.DRILL_WARNING_DAYS)
        self._set_warning(bool(problems) or overdue, advice)

    def _set_warning(self, warning: bool, advice: str) -> None:
        self.warning_icon.setVisible(warning)
        self.status_frame.set_accent(
            accent(self.palette(), light=WARNING_LIGHT, dark=WARNING_DARK) if warning else None
        )
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        self.status_frame.setAccessibleDescription(advice)

    # ------------------------------------------------------------------ selection

    def selected_entry(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if len(rows) == 1 else None

    def select_entry(self, name: str) -> bool:
        for row, entry in enumerate(self.model.entries):
            if entry.name == name:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        if not self.may_backup:
            return
        busy = self.task is not None
        state = self.state
        folder = bool(state and state.view.settings.backup_folder and state.problem is None)
        entry = self.selected_entry()
        any_ok = any(e.status == "ok" for e in self.model.entries)
        self.create_button.setEnabled(not busy and folder)
        self.refresh_button.setEnabled(not busy)
        self.open_folder_button.setEnabled(folder)
        self.verify_button.setEnabled(not busy and entry is not None)
        self.restore_button.setEnabled(not busy and entry is not None and entry.status == "ok")
        self.drill_button.setEnabled(
            not busy and (entry.status == "ok" if entry is not None else any_ok)
        )
        count = self.model.rowCount()
        if state is None:
            empty = ""
        elif not state.view.settings.backup_folder:
            empty = translate("BackupsPage", "Choose a backup folder first.")
        elif state.problem is not None:
            empty = translate("BackupsPage", "The folder cannot be read.")
        else:
            empty = translate("BackupsPage", "There are no backups in the folder yet.")
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty) and not count)

    # ------------------------------------------------------------------ running jobs

    def _run(self, job: Any, *, title: str, label: str, done: Any) -> BackupTask | None:
        if self.task is not None:
            return None
        self._show_result("")
        task = BackupTask(self.session, self, job, title=title, label=label)
        task.done.connect(guarded(self, lambda result: self._task_done(done, result)))
        task.failed.connect(guarded(self, self._task_failed))
        task.cancelled.connect(guarded(self, self._task_cancelled))
        self.task = task
        self._update_buttons()
        task.start()
        return task

    def _task_ended(self) -> None:
        self.task = None
        self._update_buttons()
        # The dates, the list and the dashboard's backup box change with every action.
        self.session.notify(Changes.of("backups", "settings"))

    def _task_done(self, show: Any, result: Any) -> None:
        self._task_ended()
        show(result)

    def _task_failed(self, error: BaseException) -> None:
        self._task_ended()
        self.last_outcome = "failed"
        self._show_result("")
        error_presenter.present(self, error)

    def _task_cancelled(self) -> None:
        self._task_ended()
        self.last_outcome = "cancelled"
        self._show_result(translate("BackupsPage", "Cancelled. Nothing was saved or changed."))

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    # ------------------------------------------------------------------ create

    def create_backup(self) -> None:
        def job(vault: Any, progress: Any, cancel: Any) -> Any:
            return vault.backups.create(progress=progress, cancel=cancel)

        self._run(
            job,
            title=translate("BackupsPage", "Create backup"),
            label=translate("BackupsPage", "Creating an encrypted backup and reading it back…"),
            done=self._created,
        )

    def _created(self, made: Any) -> None:
        self.last_outcome = "created"
        self._show_result(
            translate(
                "BackupsPage",
                "Backup created and checked by reading it back: {name} ({size}, {rows} rows).",
            ).format(name=made.path.name, size=fmt_size(made.size), rows=fmt_count(made.rows))
        )

    # ------------------------------------------------------------------ verify

    def verify_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        path = entry.path

        def job(vault: Any, progress: Any, cancel: Any) -> Any:
            return vault.backups.verify(path, progress=progress, cancel=cancel)

        self._run(
            job,
            title=translate("BackupsPage", "Verify backup"),
            label=translate("BackupsPage", "Reading and checking the whole backup…"),
            done=self._verified,
        )

    def _verified(self, result: Any) -> None:
        self.last_outcome = "verified"
        counts = result.summary_counts
        text = translate(
            "BackupsPage",
            "The backup is whole: {rows} rows, created {time} by {user}. It holds {people} "
            "people, {cases} cases and {notes} journal notes.",
        ).format(
            rows=fmt_count(result.rows),
            time=fmt_datetime(result.header.created_at),
            user=result.created_by or "–",
            people=fmt_count(counts.get("people", 0)),
            cases=fmt_count(counts.get("cases", 0)),
            notes=fmt_count(counts.get("journal_notes", 0)),
        )
        self._show_result(text)

    # ------------------------------------------------------------------ drill

    def run_drill(self) -> None:
        entry = self.selected_entry()
        path = entry.path if entry is not None else None

        def job(vault: Any, progress: Any, cancel: Any) -> Any:
            return vault.backups.drill(path, progress=progress, cancel=cancel)

        self._run(
            job,
            title=translate("BackupsPage", "Restore drill"),
            label=translate(
                "BackupsPage", "Restoring the backup into a temporary vault and checking it…"
            ),
            done=self._drilled,
        )

    def _drilled(self, result: Any) -> None:
        self.last_outcome = "drilled"
        self._show_result(
            translate(
                "BackupsPage",
                "The restore drill passed: the backup from {time} was restored into a "
                "temporary vault with all {rows} rows, and its audit log of {entries} entries "
                "is unbroken. The temporary copy was deleted.",
            ).format(
                time=fmt_datetime(result.backup.header.created_at),
                rows=fmt_count(result.backup.rows),
                entries=fmt_count(result.audit_entries),
            )
        )

    # ------------------------------------------------------------------ restore

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.may_restore or self.task is not None:
            return
        from ui.dialogs.restore_backup_dialog import RestoreBackupDialog

        close_dialog(self.restore_dialog)
        dialog = RestoreBackupDialog(self.session, entry, parent=self)
        dialog.restored.connect(guarded(self, self._restored))
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, result: Any) -> None:
        self.last_outcome = "restored"
        self._show_result(
            translate(
                "BackupsPage", "Restored to {location}. The open vault was not changed."
            ).format(location=result.location)
        )
        self.session.notify(Changes.of("backups"))

    # ------------------------------------------------------------------ folder

    def open_backup_folder(self) -> None:
        state = self.state
        if state is not None and state.view.settings.backup_folder:
            open_folder(str(state.view.settings.backup_folder))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupsPage", "Backup folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(str(Path(folder)))

    # ------------------------------------------------------------------ settings

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.folder_edit.text(),
            self.automatic_check.isChecked(),
            self.keep_daily_spin.value(),
            self.keep_weekly_spin.value(),
            self.keep_monthly_spin.value(),
        )

    def settings_edited(self) -> bool:
        """The settings form holds changes not yet saved."""
        return self._shown_values is not None and self._form_values() != self._shown_values

    def _show_settings(self, settings: Any) -> None:
        self.errors.clear()
        self.folder_edit.setText(settings.backup_folder or "")
        self.automatic_check.setChecked(bool(settings.backup_automatic))
        self.keep_daily_spin.setValue(settings.backup_keep_daily)
        self.keep_weekly_spin.setValue(settings.backup_keep_weekly)
        self.keep_monthly_spin.setValue(settings.backup_keep_monthly)
        self._shown_values = self._form_values()
        self._explain_rotation()

    def _explain_rotation(self) -> None:
        daily = self.keep_daily_spin.value()
        weekly = self.keep_weekly_spin.value()
        monthly = self.keep_monthly_spin.value()
        # The oldest backup rotation keeps is what the longest rule reaches back to.
        if monthly:
            horizon = translate("BackupsPage", "%n month(s)", None, monthly)
        elif weekly:
            horizon = translate("BackupsPage", "%n week(s)", None, weekly)
        else:
            horizon = translate("BackupsPage", "%n day(s)", None, daily)
        self.rotation_label.setText(
            translate(
                "BackupsPage",
                "Rotation keeps every backup of the last 24 hours and the newest of each of "
                "the last {daily} days, {weekly} weeks and {monthly} months, and deletes older "
                "backup files. Data purged from the vault is therefore gone from the backups "
                "after at most {horizon}.",
            ).format(daily=daily, weekly=weekly, monthly=monthly, horizon=horizon)
        )

    def _set_settings_enabled(self, enabled: bool) -> None:
        for widget in (
            self.folder_edit,
            self.browse_button,
            self.automatic_check,
            self.keep_daily_spin,
            self.keep_weekly_spin,
            self.keep_monthly_spin,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(enabled)

    def typed_settings(self) -> Any:
        """The settings as saved, with this form's fields as typed (the core checks)."""
        assert self.state is not None
        return dataclasses.replace(
            self.state.view.settings,
            backup_folder=self.folder_edit.text(),
            backup_automatic=self.automatic_check.isChecked(),
            backup_keep_daily=self.keep_daily_spin.value(),
            backup_keep_weekly=self.keep_weekly_spin.value(),
            backup_keep_monthly=self.keep_monthly_spin.value(),
        )

    def save_settings(self) -> None:
        if self.state is None or not self.may_configure:
            return
        self.errors.clear()
        new, version = self.typed_settings(), self.state.view.version
        self.save_button.setEnabled(False)
        self.settings_status.clear()
        self.session.call(
            lambda vault: vault.settings.update(new, expected_version=version),
            on_done=guarded(self, self._settings_saved),
            on_error=guarded(self, self._settings_failed),
        )

    def _settings_saved(self, view: Any) -> None:
        self.save_button.setEnabled(True)
        if self.state is not None:
            self.state = dataclasses.replace(self.state, view=view)
            self._show_settings(view.settings)
        self.settings_status.setText(
            translate("BackupsPage", "Saved {time} by {user}.").format(
                time=fmt_datetime(view.updated_at), user=view.updated_by or ""
            )
        )
        self.session.notify(Changes.of("settings", "backups"))

    def _settings_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict_box = error_presenter.present(self, error, on_reload=self.reload)
            return
        self.errors.show(error)

    def revert_settings(self) -> None:
        if self.state is not None:
            self.errors.clear()
            self._show_settings(self.state.view.settings)
