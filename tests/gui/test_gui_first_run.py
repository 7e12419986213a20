"""The first-run wizard, driven through its widgets: no vault → the wizard; create a vault
(a weak passphrase refused next to the field, then a strong one; the KDF is calibrated as in
production), the recovery key shown once and saved as a PDF, Finish only after the
confirmation, then the login window of the new vault and a login as its administrator.
Opening an existing vault file and connecting to a server (a malformed URL is refused next to
the field)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontInfo
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from avhopp.crypto import recovery_key
from ui.app import AppController
from ui.first_run_wizard import (
    PAGE_CHOOSE,
    PAGE_CONNECT,
    PAGE_CREATE,
    PAGE_OPEN,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from ui.login_window import LoginWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

UNIT = "Avhopparverksamheten Örebro"
ADMIN = "märta.admin"  # not a valid user name: the core refuses it next to the field
ADMIN_OK = "marta.admin"
DISPLAY_NAME = "Märta Åström"
WEAK = "password1234567"  # long enough, but a top password with digits: refused by zxcvbn
STRONG = "trädgårdsslang-isbjörn-kompass-61"
KEY_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$")


def type_text(widget: QWidget, text: str) -> None:
    """Key by key (qtbot.keyClicks aborts the process on non-ASCII letters)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _retype(widget: Any, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def _button(wizard: QWizard, which: QWizard.WizardButton) -> Any:
    return wizard.button(which)


def _start_wizard(
    qtbot: QtBot, controller_factory: Callable[..., object], where: Path
) -> tuple[AppController, FirstRunWizard]:
    controller = controller_factory(str(where))
    assert isinstance(controller, AppController)
    wizard = controller.start()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.currentId() == PAGE_CHOOSE
    return controller, wizard


def test_no_vault_create_one_through_the_wizard_and_log_in(
    qtbot: QtBot,
    controller_factory: Callable[..., object],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    target = tmp_path / "enheten" / "vault.avhopp"
    controller, wizard = _start_wizard(qtbot, controller_factory, target)

    # (1) choose: a new vault on this PC is the default.
    assert wizard.choose_page.create_radio.isChecked()
    _button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_CREATE
    page = wizard.create_page
    create = _button(wizard, QWizard.WizardButton.CommitButton)
    assert page.location_edit.text().endswith("vault.avhopp")  # the default place
    assert not create.isEnabled()  # nothing typed yet

    # (2a) create: a user name the core refuses, shown next to its field.
    type_text(page.unit_edit, UNIT)
    type_text(page.username_edit, ADMIN)
    type_text(page.display_name_edit, DISPLAY_NAME)
    type_text(page.passphrase_edit, STRONG)
    type_text(page.repeat_edit, STRONG)
    _retype(page.location_edit, str(target))
    assert create.isEnabled()
    create.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert wizard.currentId() == PAGE_CREATE
    assert "user name" in page.errors.message("username")
    _retype(page.username_edit, ADMIN_OK)

    # Two different passphrases: refused before any slow work.
    _retype(page.repeat_edit, STRONG + "x")
    create.click()
    assert not page.busy
    assert page.errors.message("passphrase_repeat") == "The two passphrases are not the same."

    # A weak passphrase: the live meter says so, and the core refuses it next to the field.
    _retype(page.passphrase_edit, WEAK)
    _retype(page.repeat_edit, WEAK)
    page.meter.flush()
    assert 0 <= page.meter.score < 3
    create.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert wizard.currentId() == PAGE_CREATE
    assert "too easy to guess" in page.errors.message("passphrase")
    assert page.findChild(QWidget, "passphrase_error").isVisible()
    assert page.passphrase_edit.text() == WEAK  # what was typed stays
    assert page.unit_edit.text() == UNIT
    assert not target.exists()

    # A strong passphrase: created on the worker (KDF calibrated, about a second).
    _retype(page.passphrase_edit, STRONG)
    _retype(page.repeat_edit, STRONG)
    page.meter.flush()
    assert page.meter.score >= 3
    create.click()
    assert page.busy
    assert page.progress.isVisible()
    assert not create.isEnabled()
    assert not _button(wizard, QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # Escape while the vault is written: ignored
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=60_000)
    assert target.exists()
    assert page.passphrase_edit.text() == ""  # not kept once the vault exists

    # (3) the recovery key: shown once, valid, in a large monospace selectable label.
    recovery = wizard.recovery_page
    code = recovery.key_label.text()
    assert KEY_PATTERN.match(code), code
    assert len(recovery_key.parse(code)) == recovery_key.KEY_BYTES  # the checksum holds
    assert QFontInfo(recovery.key_label.font()).fixedPitch()
    assert recovery.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    finish = _button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()  # committed
    wizard.reject()  # closing before the key is stored: a reminder, not a lost key
    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_RECOVERY
    assert "not shown again" in recovery.reminder_label.text()

    # Save as PDF: the file dialog, then the file the user chose and nothing else.
    pdf_folder = tmp_path / "safe"
    pdf_folder.mkdir()
    pdf = pdf_folder / "nyckel.pdf"
    recovery.pdf_button.click()
    dialog = wizard.findChild(QFileDialog, "recovery_pdf_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.selectFile(str(pdf))
    dialog.accept()
    qtbot.waitUntil(pdf.exists, timeout=5_000)
    assert [p.name for p in pdf_folder.iterdir()] == ["nyckel.pdf"]  # nothing else written
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert code.encode() not in data  # (text is glyph-encoded; metadata carries no key)
    text = _pdf_text(pdf)
    flat = "".join(text.split()).replace("-", "")
    assert code.replace("-", "") in flat
    assert UNIT in text
    assert "Saved as" in recovery.saved_label.text()

    # Print…: Qt's print dialog (here its "print to file" printer, as offscreen has no other).
    recovery.print_button.click()
    print_dialog = wizard.findChild(QPrintDialog, "recovery_print_dialog")
    assert print_dialog is not None
    assert print_dialog.isVisible()
    printed = pdf_folder / "utskrift.pdf"
    file_field = print_dialog.findChild(QLineEdit, "filename")  # Qt's own widget name
    if file_field is not None:
        file_field.setText(str(printed))
        print_dialog.accept()
        assert printed.read_bytes().startswith(b"%PDF")
        assert str(printed) in recovery.saved_label.text()
    else:
        print_dialog.reject()

    # Finish only after the confirmation.
    recovery.stored_check.click()
    assert finish.isEnabled()
    finish.click()

    # The key is gone from the wizard; the login window of the new vault is up.
    assert recovery.key_label.text() == ""
    login = controller.window
    assert isinstance(login, LoginWindow)
    assert Path(login.location.text) == target
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2_000)

    # Log in as the new administrator.
    type_text(login.username_edit, ADMIN_OK)
    type_text(login.passphrase_edit, STRONG)
    login.login_button.click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)
    assert controller.session is not None
    assert controller.session.info.actor.username == ADMIN_OK
    assert "administration" in controller.main_window.pages  # type: ignore[union-attr]

    # The recovery key was never logged nor stored in the client's settings.
    controller.settings.sync()
    settings_text = Path(controller.settings.fileName()).read_text("utf-8")
    for secret in (code, code.replace("-", ""), STRONG):
        assert secret not in caplog.text
        assert secret not in settings_text


def _pdf_text(path: Path) -> str:
    """The PDF's text read back with pypdf, whitespace runs as single spaces (Qt's PDF
    writer places words apart, which pypdf reads as tabs)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(text.split())


def test_open_an_existing_vault_file(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object], tmp_path: Path
) -> None:
    controller, wizard = _start_wizard(qtbot, controller_factory, tmp_path / "none.avhopp")
    wizard.choose_page.open_radio.click()
    _button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_OPEN
    page = wizard.open_page
    open_button = _button(wizard, QWizard.WizardButton.FinishButton)
    assert open_button.text() == "&Open"
    assert not open_button.isEnabled()

    # A file that does not exist: refused next to the field.
    type_text(page.path_edit, str(tmp_path / "saknas.avhopp"))
    open_button.click()
    assert wizard.currentId() == PAGE_OPEN
    assert "There is no Avhopp vault" in page.errors.message("location")

    # The Choose… button opens a file dialog; choosing the vault fills the field.
    page.choose_button.click()
    dialog = page.findChild(QFileDialog, "open_file_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.selectFile(gui_vault.location)
    dialog.accept()
    assert page.path_edit.text() == gui_vault.location
    open_button.click()
    login = controller.window
    assert isinstance(login, LoginWindow)
    assert login.location.text == gui_vault.location


def test_connect_to_a_server_url(
    qtbot: QtBot, controller_factory: Callable[..., object], tmp_path: Path
) -> None:
    controller, wizard = _start_wizard(qtbot, controller_factory, tmp_path / "none.avhopp")
    wizard.choose_page.connect_radio.click()
    _button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_CONNECT
    page = wizard.connect_page
    connect = _button(wizard, QWizard.WizardButton.FinishButton)

    for malformed, expected in (
        ("postgresql+psycopg://avhopp@server:port/avhopp", "not a valid database URL"),
        ("mysql://avhopp@server/avhopp", "Only postgresql+psycopg:// URLs"),
        ("postgresql+asyncpg://avhopp@server/avhopp", "Use the psycopg driver"),
        ("server/avhopp", "not a valid database URL"),
    ):
        _retype(page.url_edit, malformed)
        connect.click()
        assert wizard.currentId() == PAGE_CONNECT, malformed
        assert expected in page.errors.message("location"), malformed
        assert page.findChild(QWidget, "location_error").isVisible()
    assert isinstance(controller.window, FirstRunWizard)

    # "Create a new vault on this server" leads to the create page for that URL.
    _retype(page.url_edit, "postgresql+psycopg://avhopp:hemligt@db.example:5432/avhopp")
    page.create_check.click()
    next_button = _button(wizard, QWizard.WizardButton.NextButton)
    assert next_button.isVisible()
    next_button.click()
    assert wizard.currentId() == PAGE_CREATE
    create = wizard.create_page
    assert create.location_edit.isReadOnly()
    assert "hemligt" not in create.location_edit.text()  # the password is never shown
    assert "db.example" in create.location_edit.text()
    assert not create.choose_button.isVisible()
    _button(wizard, QWizard.WizardButton.BackButton).click()

    # Plain connect: no connection is tried here; the login window says what the server holds.
    page.create_check.click()
    connect.click()
    login = controller.window
    assert isinstance(login, LoginWindow)
    assert login.location.kind == "postgresql"
    assert "hemligt" not in login.location_label.text()


def test_cancelling_the_wizard_returns_to_the_login_it_came_from(
    qtbot: QtBot, gui_vault: Any, controller_factory: Callable[..., object]
) -> None:
    controller = controller_factory(gui_vault.location)
    assert isinstance(controller, AppController)
    login = controller.start()
    assert isinstance(login, LoginWindow)
    login.other_button.click()
    wizard = controller.window
    assert isinstance(wizard, FirstRunWizard)
    _button(wizard, QWizard.WizardButton.CancelButton).click()
    back = controller.window
    assert isinstance(back, LoginWindow)
    assert back.location.text == gui_vault.location


def test_every_wizard_control_has_an_accessible_name(
    qtbot: QtBot, controller_factory: Callable[..., object], tmp_path: Path
) -> None:
    _, wizard = _start_wizard(qtbot, controller_factory, tmp_path / "none.avhopp")
    missing = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, QAbstractButton | QLineEdit):
                continue
            if not widget.isVisibleTo(page) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                missing.append(f"{page.objectName()}: {widget.objectName()}")
            assert widget.objectName(), f"{page.objectName()}: a control without objectName"
    assert missing == []


@pytest.mark.postgres
def test_create_a_vault_on_a_postgresql_server(
    qtbot: QtBot, controller_factory: Callable[..., object], tmp_path: Path, postgres_url: str
) -> None:
    controller, wizard = _start_wizard(qtbot, controller_factory, tmp_path / "none.avhopp")
    wizard.choose_page.connect_radio.click()
    _button(wizard, QWizard.WizardButton.NextButton).click()
    type_text(wizard.connect_page.url_edit, postgres_url)
    wizard.connect_page.create_check.click()
    _button(wizard, QWizard.WizardButton.NextButton).click()
    page = wizard.create_page
    assert page.location_edit.isReadOnly()
    type_text(page.unit_edit, UNIT)
    type_text(page.username_edit, ADMIN_OK)
    type_text(page.display_name_edit, DISPLAY_NAME)
    type_text(page.passphrase_edit, STRONG)
    type_text(page.repeat_edit, STRONG)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=60_000)
    assert KEY_PATTERN.match(wizard.recovery_page.key_label.text())
    wizard.recovery_page.stored_check.click()
    _button(wizard, QWizard.WizardButton.FinishButton).click()

    login = controller.window
    assert isinstance(login, LoginWindow)
    assert login.location.kind == "postgresql"
    type_text(login.username_edit, ADMIN_OK)
    type_text(login.passphrase_edit, STRONG)
    login.login_button.click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)

    # Creating a second vault on the same server is refused next to the location.
    _, again = _start_wizard(qtbot, controller_factory, tmp_path / "none.avhopp")
    again.choose_page.connect_radio.click()
    _button(again, QWizard.WizardButton.NextButton).click()
    type_text(again.connect_page.url_edit, postgres_url)
    again.connect_page.create_check.click()
    _button(again, QWizard.WizardButton.NextButton).click()
    page = again.create_page
    type_text(page.username_edit, ADMIN_OK)
    type_text(page.display_name_edit, DISPLAY_NAME)
    type_text(page.passphrase_edit, STRONG)
    type_text(page.repeat_edit, STRONG)
    _button(again, QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert again.currentId() == PAGE_CREATE
    assert "already exists" in page.errors.message("location")
