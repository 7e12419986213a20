"""The login window: user name and passphrase for the remembered vault.

Unlocking (the KDF takes about a second by design) runs on the worker thread; the window stays
responsive and shows that it is working. A throttled login shows a countdown and keeps the
button disabled until the wait is over. The passphrase field is cleared after every attempt.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import ThrottledError, UserError
from avhopp.services.vault_locations import LocationInfo
from ui import error_presenter
from ui.i18n import translate
from ui.session import SessionInfo
from ui.worker import VaultWorker

if TYPE_CHECKING:
    from ui.dialogs.recovery_dialog import RecoveryDialog

WINDOW_TITLE = "Avhopp"
#: A small status accent for refusals (wrong passphrase, throttled): colour only, no bold,
#: readable on light and dark palettes.
ALERT_STYLE = "color: #c62828;"


class LoginWindow(QWidget):
    """Emits ``logged_in(SessionInfo)`` once the vault is unlocked and installed on the
    worker; ``other_vault_requested()`` when the user wants another vault or a new one."""

    logged_in = Signal(object)
    other_vault_requested = Signal()

    def __init__(
        self,
        worker: VaultWorker,
        location: LocationInfo,
        *,
        unlock: Callable[..., Any],
        username: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_window")
        self.setWindowTitle(WINDOW_TITLE)
        self._worker = worker
        self._location = location
        self._unlock = unlock
        self._throttle_left = 0
        #: When the core allows the next attempt (monotonic clock). The countdown is derived
        #: from it, not from counting ticks: Qt's default timers may fire up to 5 % early,
        #: and five early ticks would offer a retry the core still refuses.
        self._throttle_until = 0.0
        self._throttle_timer = QTimer(self)
        self._throttle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._throttle_timer.setInterval(250)
        self._throttle_timer.timeout.connect(self._tick)

        # A calm, centred card on the window's background: the card uses the Base role of
        # the palette, so it follows light and dark themes; its width follows the font, so
        # 150 % scaling gets a wider card instead of wrapped labels.
        card = QFrame()
        card.setObjectName("login_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setAutoFillBackground(True)
        em = self.fontMetrics().averageCharWidth()
        card.setMinimumWidth(em * 60)
        card.setMaximumWidth(em * 72)
        form_box = QVBoxLayout(card)
        form_box.setContentsMargins(em * 4, em * 3, em * 4, em * 3)
        form_box.setSpacing(em)
        heading = QLabel(translate("LoginWindow", "Log in to Avhopp"))
        heading.setObjectName("login_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        form_box.addWidget(heading)

        self.location_label = QLabel(location.display)
        self.location_label.setObjectName("location_label")
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setAccessibleName(translate("LoginWindow", "Database"))
        self.location_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.location_label.setToolTip(translate("LoginWindow", "The database you log in to"))
        form_box.addWidget(self.location_label)
        form_box.addSpacing(em)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(em)
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("username_edit")
        self.username_edit.setAccessibleName(translate("LoginWindow", "User name"))
        form.addRow(translate("LoginWindow", "&User name:"), self.username_edit)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(translate("LoginWindow", "Passphrase"))
        form.addRow(translate("LoginWindow", "&Passphrase:"), self.passphrase_edit)
        form_box.addLayout(form)
        self.forgot_button = QPushButton(translate("LoginWindow", "Forgot the passphrase?"))
        self.forgot_button.setObjectName("forgot_passphrase_button")
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setAccessibleName(
            translate("LoginWindow", "Set a new passphrase with the recovery key")
        )
        self.forgot_button.setToolTip(self.forgot_button.accessibleName())
        self.forgot_button.clicked.connect(self.open_recovery)
        forgot_row = QHBoxLayout()
        forgot_row.addStretch(1)
        forgot_row.addWidget(self.forgot_button)
        form_box.addLayout(forgot_row)

        self.message_label = QLabel()
        self.message_label.setObjectName("login_message")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("LoginWindow", "Login message"))
        self.message_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.setText(notice)
        form_box.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(translate("LoginWindow", "Other database…"))
        self.other_button.setObjectName("other_vault_button")
        self.other_button.setAccessibleName(
            translate("LoginWindow", "Open another database or create a new one")
        )
        self.other_button.clicked.connect(self.other_vault_requested)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.login_button = QPushButton(translate("LoginWindow", "Log in"))
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.login_button.setMinimumWidth(em * 14)
        self.login_button.setAccessibleName(translate("LoginWindow", "Log in"))
        self.login_button.clicked.connect(self.submit)
        buttons.addWidget(self.login_button)
        form_box.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)  # a little above the middle reads as centred

        self.passphrase_edit.returnPressed.connect(self.submit)
        self.username_edit.returnPressed.connect(self.passphrase_edit.setFocus)
        self.setTabOrder(self.username_edit, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.login_button)
        self.setTabOrder(self.login_button, self.other_button)
        self.setTabOrder(self.other_button, self.forgot_button)
        self.recovery_dialog: RecoveryDialog | None = None
        self.login_button.setShortcut(QKeySequence("Ctrl+Return"))
        (self.passphrase_edit if username else self.username_edit).setFocus()
        self.resize(max(720, em * 90), max(480, em * 60))

    @property
    def location(self) -> LocationInfo:
        return self._location

    def open_recovery(self) -> RecoveryDialog:
        """The recovery-key dialog for this vault; when it has set a passphrase, the user
        name is filled in and the passphrase field waits."""
        from ui.dialogs.recovery_dialog import RecoveryDialog  # rarely needed: not at start

        dialog = RecoveryDialog(
            self._worker,
            self._location,
            username=self.username_edit.text().strip(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._recovered(dialog.username))
        dialog.finished.connect(lambda _result: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _recovered(self, username: str) -> None:
        self.username_edit.setText(username)
        self.passphrase_edit.clear()
        self._show_message(
            translate("LoginWindow", "A new passphrase was set for %1. Log in with it.").replace(
                "%1", username
            )
        )
        self.passphrase_edit.setFocus()

    def submit(self) -> None:
        if self._throttle_left > 0 or not self.login_button.isEnabled():
            return
        username = self.username_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if not username:
            self._show_message(translate("LoginWindow", "Enter your user name."), alert=True)
            self.username_edit.setFocus()
            return
        if not passphrase:
            self._show_message(translate("LoginWindow", "Enter your passphrase."), alert=True)
            self.passphrase_edit.setFocus()
            return
        self._set_busy(True)
        self._show_message(translate("LoginWindow", "Unlocking…"))
        location = self._location
        unlock = self._unlock
        worker = self._worker

        def work(_job: object) -> SessionInfo:  # worker thread
            vault = unlock(location.text, username=username, passphrase=passphrase)
            worker.install(vault)
            return session_info_of(vault, location)

        worker.submit(work, on_done=self._unlocked, on_error=self._failed, needs_vault=False)

    def _unlocked(self, info: SessionInfo) -> None:
        self._set_busy(False)
        self.message_label.clear()
        self.logged_in.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ThrottledError):
            self._throttle_left = max(1, error.retry_after)
            # A little past the core's moment: its clock started when it checked.
            self._throttle_until = time.monotonic() + self._throttle_left + 0.2
            self.login_button.setEnabled(False)
            self._throttle_timer.start()
            self._tick_text()
        elif isinstance(error, UserError):
            self._show_message(error_presenter.error_message(error), alert=True)
        else:
            self.message_label.clear()
            error_presenter.present(self, error)
        self.passphrase_edit.setFocus()

    def _tick(self) -> None:
        left = math.ceil(self._throttle_until - time.monotonic())
        if left == self._throttle_left and left > 0:
            return
        self._throttle_left = max(0, left)
        if self._throttle_left <= 0:
            self._throttle_timer.stop()
            self.login_button.setEnabled(True)
            self._show_message(translate("LoginWindow", "You can try again now."))
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self._show_message(
            translate(
                "LoginWindow",
                "Too many failed attempts. Try again in %n s.",
                None,
                self._throttle_left,
            ),
            alert=True,
        )

    def _show_message(self, text: str, *, alert: bool = False) -> None:
        # A small status accent for refusals; everything else in the palette's text colour.
        self.message_label.setStyleSheet(ALERT_STYLE if alert else "")
        self.message_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.username_edit,
            self.passphrase_edit,
            self.other_button,
            self.forgot_button,
        ):
            widget.setEnabled(not busy)
        self.login_button.setEnabled(not busy and self._throttle_left <= 0)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()


def session_info_of(vault: Any, location: LocationInfo) -> SessionInfo:
    """Worker thread: what the GUI may know about the logged-in user (no keys)."""
    staff = tuple(vault.users.staff())  # read once: names, and who is logged in
    me = next((m for m in staff if m.id == vault.actor.user_id), None)
    return SessionInfo(
        actor=vault.actor,
        display_name=str(me.display_name) if me is not None else str(vault.actor.username),
        unit=vault.unit,
        location=location,
        idle_minutes=_idle_minutes(vault),
        codes=load_codes(vault),
        staff=staff,
    )


def load_codes(vault: Any) -> dict[str, dict[str, Any]]:
    """Worker thread: every code list, inactive entries included, in display order."""
    from avhopp.domain.code_lists import CodeList

    return {
        code_list.value: {
            entry.code: entry
            for entry in vault.code_lists.entries(code_list, include_inactive=True)
        }
        for code_list in CodeList
    }


def _idle_minutes(vault: Any) -> int:
    settings = getattr(vault, "settings", None)
    if settings is None:
        from ui.session import DEFAULT_IDLE_MINUTES

        return DEFAULT_IDLE_MINUTES
    return int(settings.get().settings.idle_lock_minutes)
