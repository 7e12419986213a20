"""Logging in through the real login window on a real vault: the right passphrase opens the
main window; a wrong one keeps the login window with a message; after three failures the
fourth attempt is refused with a countdown ("try again in N s") and the button disabled until
the wait is over (avhopp/domain/throttling.py); a disabled account gets its own message."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from avhopp.domain import throttling
from avhopp.services import vault as vault_service
from ui.app import AppController
from ui.login_window import LoginWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

# The demo vault's users (tests/gui/conftest.py; a conftest cannot be imported by name here).
ADMIN, ADMIN_PASSPHRASE = "admin", "kanelbulle-fjällräv-brevlåda-97"
WORKER, WORKER_PASSPHRASE = "kalle", "morot-cykel-hängmatta-solsken-42"
OTHER_WORKER, OTHER_WORKER_PASSPHRASE = "stina", "hallon-segelbåt-korsord-tjäder-58"
WRONG = "fel-lösenfras-hela-vägen-00"
COUNTDOWN = re.compile(r"[Tt]ry again in (\d+) s")


def type_text(widget: QWidget, text: str) -> None:
    """Key by key (qtbot.keyClicks aborts the process on non-ASCII letters)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _login_window(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> tuple[AppController, LoginWindow]:
    controller = controller_factory(gui_vault.location)
    assert isinstance(controller, AppController)
    window = controller.start()
    assert isinstance(window, LoginWindow)
    return controller, window


def _attempt(
    qtbot: QtBot, controller: AppController, username: str, passphrase: str
) -> LoginWindow:
    """Type into the login window and submit; wait until the worker has answered."""
    window = controller.window
    assert isinstance(window, LoginWindow)
    window.username_edit.setText(username)
    type_text(window.passphrase_edit, passphrase)
    window.login_button.click()
    qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)
    return window


def test_right_passphrase_opens_the_main_window(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    assert window.location_label.text() == gui_vault.location
    window.username_edit.setText(WORKER)
    type_text(window.passphrase_edit, WORKER_PASSPHRASE)
    qtbot.keyClick(window.passphrase_edit, "\r")  # Enter submits
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    assert controller.session is not None
    assert controller.session.info.actor.username == WORKER


def test_wrong_passphrase_stays_on_the_login_window_with_a_message(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    _attempt(qtbot, controller, WORKER, WRONG)
    assert controller.window is window
    assert controller.session is None
    assert window.message_label.text() == "The user name or passphrase is wrong."
    assert window.passphrase_edit.text() == ""
    assert window.login_button.isEnabled()
    # An unknown user gets exactly the same message (user names stay unguessable).
    _attempt(qtbot, controller, "ingen-sadan", WRONG)
    assert window.message_label.text() == "The user name or passphrase is wrong."
    # Empty fields are caught before any slow work.
    window.username_edit.setText(WORKER)
    window.login_button.click()
    assert window.message_label.text() == "Enter your passphrase."


def test_fourth_attempt_is_throttled_with_a_countdown(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    for _ in range(throttling.FREE_ATTEMPTS):
        _attempt(qtbot, controller, WORKER, WRONG)
        assert window.message_label.text() == "The user name or passphrase is wrong."
        assert window.login_button.isEnabled()

    # The fourth attempt — even with the right passphrase — is refused before the KDF runs.
    _attempt(qtbot, controller, WORKER, WORKER_PASSPHRASE)
    assert controller.window is window
    match = COUNTDOWN.search(window.message_label.text())
    assert match, window.message_label.text()
    first = int(match.group(1))
    assert 1 <= first <= throttling.delay_after(throttling.FREE_ATTEMPTS)
    assert not window.login_button.isEnabled()

    # Enter in the passphrase field does nothing while the wait lasts.
    type_text(window.passphrase_edit, WORKER_PASSPHRASE)
    qtbot.keyClick(window.passphrase_edit, "\r")
    assert controller.worker.pending == 0  # nothing submitted
    assert COUNTDOWN.search(window.message_label.text())
    window.passphrase_edit.clear()

    # The countdown counts down...
    if first > 1:
        qtbot.waitUntil(
            lambda: (
                (m := COUNTDOWN.search(window.message_label.text())) is not None
                and int(m.group(1)) < first
            ),
            timeout=3_000,
        )
    # ...and the button comes back when the wait is over; then the right passphrase works.
    qtbot.waitUntil(window.login_button.isEnabled, timeout=(first + 3) * 1000)
    assert window.message_label.text() == "You can try again now."
    _attempt(qtbot, controller, WORKER, WORKER_PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)


def test_throttling_is_per_user(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    for _ in range(throttling.FREE_ATTEMPTS):
        _attempt(qtbot, controller, WORKER, WRONG)
    _attempt(qtbot, controller, WORKER, WRONG)
    assert COUNTDOWN.search(window.message_label.text())
    assert not window.login_button.isEnabled()
    # Another user at the same PC is not locked out; the button is disabled for the countdown
    # in this window, so log in through a fresh window as the other user.
    controller2 = controller_factory(gui_vault.location)
    assert isinstance(controller2, AppController)
    window2 = controller2.start()
    assert isinstance(window2, LoginWindow)
    _attempt(qtbot, controller2, OTHER_WORKER, OTHER_WORKER_PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(controller2.window, MainWindow), timeout=20_000)


def test_disabled_account_gets_the_disabled_message(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    with vault_service.unlock(gui_vault.location, username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        v.users.set_active(OTHER_WORKER, False)
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    _attempt(qtbot, controller, OTHER_WORKER, OTHER_WORKER_PASSPHRASE)
    assert controller.window is window
    assert controller.session is None
    assert window.message_label.text() == "This account is disabled. Ask an administrator."
    assert window.login_button.isEnabled()


def test_a_lost_passphrase_is_replaced_with_the_recovery_key(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    """From the login window: "Forgot the passphrase?" opens the recovery-key dialog. A
    mistyped or wrong key, an unknown user, two different passphrases and a weak one are each
    refused under their own field with nothing changed; the right key sets the new
    passphrase, the login window then has the user name filled in, and the new passphrase
    logs in while the old one no longer does."""
    new = "vinterbad-kompost-tallrik-pelargon-64"
    controller, window = _login_window(qtbot, gui_vault, controller_factory)
    window.username_edit.setText(WORKER)
    window.forgot_button.click()
    dialog = window.recovery_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.username_edit.text() == WORKER  # taken over from the login window

    def attempt(key: str, username: str, passphrase: str, repeat: str | None = None) -> None:
        dialog.key_edit.setText(key)
        dialog.username_edit.setText(username)
        dialog.passphrase_edit.clear()
        type_text(dialog.passphrase_edit, passphrase)
        dialog.repeat_edit.clear()
        type_text(dialog.repeat_edit, passphrase if repeat is None else repeat)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy and controller.worker.pending == 0, timeout=20_000)

    code = gui_vault.recovery_code
    mistyped = code[:-1] + ("0" if code[-1] != "0" else "1")
    attempt(mistyped, WORKER, new)
    assert "mistyped" in dialog.errors.message("recovery_key")
    attempt(code, "ingen.sadan", new)
    assert dialog.errors.message("username")
    attempt(code, WORKER, new, repeat=new + "x")
    assert dialog.errors.message("passphrase_repeat")
    attempt(code, WORKER, "kort")
    assert dialog.errors.message("passphrase")
    assert dialog.isVisible()
    with vault_service.unlock(gui_vault.location, username=WORKER, passphrase=WORKER_PASSPHRASE):
        pass  # nothing was changed: the old passphrase still opens

    attempt(code, WORKER, new)
    qtbot.waitUntil(lambda: window.recovery_dialog is None, timeout=5_000)
    assert window.username_edit.text() == WORKER
    assert WORKER in window.message_label.text()
    assert window.passphrase_edit.hasFocus() or not window.isActiveWindow()

    _attempt(qtbot, controller, WORKER, WORKER_PASSPHRASE)
    assert isinstance(controller.window, LoginWindow)  # the old passphrase is gone
    _attempt(qtbot, controller, WORKER, new)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
