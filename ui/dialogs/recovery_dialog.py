"""A lost passphrase, from the login window: the vault's recovery key sets a new passphrase
for a user (``avhopp.services.vault.reset_passphrase_with_recovery_key``).

The recovery key is the sheet printed when the vault was created; whoever holds it can read
everything, so the core audits its use (``login.recovery-key``, then ``user.passphrase`` by
the recovery key). The work runs on the worker without installing a vault: it unlocks,
changes the one passphrase and closes again, so nothing stays open behind the login window.
Every refusal appears under the field it concerns, and what was typed stays (except that
the passphrases are cleared once the change is made).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import AuthenticationError, NotFoundError, ValidationError
from avhopp.services.vault_locations import LocationInfo
from ui import error_presenter
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.widgets.passphrase_meter import PassphraseMeter
from ui.worker import VaultWorker


def _reset(location: str, **kwargs: Any) -> None:
    """Worker thread: the core call (imported on first use, like the login's unlock)."""
    from avhopp.services import vault as vault_service

    vault_service.reset_passphrase_with_recovery_key(location, **kwargs)


class RecoveryDialog(QDialog):
    """After ``accepted``, :attr:`username` is the user whose passphrase was set."""

    def __init__(
        self,
        worker: VaultWorker,
        location: LocationInfo,
        *,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(translate("RecoveryDialog", "New passphrase with the recovery key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._worker = worker
        self._location = location
        self.busy = False
        self.username = ""
        self.errors = FieldErrors(self)

        intro = QLabel(
            translate(
                "RecoveryDialog",
                "If a passphrase is lost, the vault's recovery key (the sheet printed when "
                "the vault was created) can set a new one. Whoever holds the key can read "
                "everything, so its use is recorded in the access log.",
            )
        )
        intro.setObjectName("recovery_intro")
        intro.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recovery_key_edit")
        # Readable while typed from the sheet, hidden once the focus leaves the field.
        self.key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.errors.add_row(
            form,
            translate("RecoveryDialog", "&Recovery key:"),
            self.key_edit,
            "recovery_key",
            accessible_name=translate("RecoveryDialog", "Recovery key"),
        )
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("recovery_username_edit")
        self.errors.add_row(
            form,
            translate("RecoveryDialog", "&User name:"),
            self.username_edit,
            "username",
            accessible_name=translate("RecoveryDialog", "User name"),
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("recovery_passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter()
        self.meter.setObjectName("recovery_passphrase_meter")
        self.errors.add_row(
            form,
            translate("RecoveryDialog", "&New passphrase:"),
            self.passphrase_edit,
            "passphrase",
            accessible_name=translate("RecoveryDialog", "New passphrase"),
            below=self.meter,
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("recovery_repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(
            form,
            translate("RecoveryDialog", "Re&peat:"),
            self.repeat_edit,
            "passphrase_repeat",
            accessible_name=translate("RecoveryDialog", "Repeat the new passphrase"),
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("recovery_progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(translate("RecoveryDialog", "Setting the passphrase"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("recovery_ok_button")
        self.ok_button.setText(translate("RecoveryDialog", "&Set passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("RecoveryDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        for edit in (self.passphrase_edit, self.username_edit):
            edit.textChanged.connect(self._update_meter)
        # The dialog grows with what appears in it (an error, the meter's advice), so that
        # no wrapped line is cut off.
        self.meter.strength_changed.connect(self._fit)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 96)
        self.key_edit.setFocus()

    def _fit(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self.adjustSize)  # once the labels have their new text

    def _update_meter(self) -> None:
        name = self.username_edit.text().strip()
        self.meter.set_passphrase(self.passphrase_edit.text(), user_inputs=(name,))

    # ------------------------------------------------------------------ submitting

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        code = self.key_edit.text().strip()
        username = self.username_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        missing = self._missing(code, username, passphrase)
        if missing is not None:
            self.errors.show_field(*missing)
            self._fit()
            return
        location = self._location.text

        def work(_job: object) -> str:  # worker thread: never touches a widget
            _reset(location, code=code, username=username, new_passphrase=passphrase)
            return username

        self._set_busy(True)
        self._worker.submit(work, on_done=self._done, on_error=self._failed, needs_vault=False)

    def _missing(self, code: str, username: str, passphrase: str) -> tuple[str, str] | None:
        """The first field the form cannot hand to the core, with what to say under it."""
        if not code:
            return "recovery_key", translate(
                "RecoveryDialog", "Type the recovery key from the sheet."
            )
        if not username:
            return "username", translate(
                "RecoveryDialog", "Enter the user name whose passphrase is lost."
            )
        if not passphrase:
            return "passphrase", translate("RecoveryDialog", "Choose a new passphrase.")
        if passphrase != self.repeat_edit.text():
            return "passphrase_repeat", translate(
                "RecoveryDialog", "The two passphrases are not the same."
            )
        return None

    def _done(self, username: str) -> None:
        self._set_busy(False)
        self.username = username
        for edit in (self.key_edit, self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.errors.clear()
        if isinstance(error, ValidationError) and error.field in ("recovery_key", "passphrase"):
            self.errors.show(error)
        elif isinstance(error, NotFoundError):
            self.errors.show_field(
                "username",
                translate("RecoveryDialog", "There is no user with this user name."),
            )
        elif isinstance(error, AuthenticationError):  # a wrong key, or too many attempts
            self.errors.show_field("recovery_key", error_presenter.error_message(error))
        else:  # an unreachable server, not a vault (a box); a bug (the crash dialog)
            error_presenter.present(self, error)
        self._fit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.key_edit,
            self.username_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.ok_button,
        ):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if self.busy:  # the worker is changing the key header: let it finish
            return
        super().reject()
