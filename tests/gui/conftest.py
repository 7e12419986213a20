"""GUI test fixtures: a demo vault with a manager, two case workers and some participants,
made once per session and copied per test; an application controller logged in through the
real login window."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

ADMIN = "admin"
ADMIN_PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"
WORKER = "kalle"
WORKER_PASSPHRASE = "morot-cykel-hängmatta-solsken-42"

MANAGER = "chef"
MANAGER_PASSPHRASE = "gullregn-tallkotte-vinbär-ekorre-31"
OTHER_WORKER = "stina"
OTHER_WORKER_PASSPHRASE = "hallon-segelbåt-korsord-tjäder-58"
REVIEWER = "granskare"
REVIEWER_PASSPHRASE = "blåbär-snöskoter-dragspel-lärka-73"
DEMO_PARTICIPANTS = 24


@dataclass(frozen=True)
class GuiVault:
    path: Path
    recovery_code: str

    @property
    def location(self) -> str:
        return str(self.path)


USERS = {
    ADMIN: ADMIN_PASSPHRASE,
    WORKER: WORKER_PASSPHRASE,
    MANAGER: MANAGER_PASSPHRASE,
    OTHER_WORKER: OTHER_WORKER_PASSPHRASE,
    REVIEWER: REVIEWER_PASSPHRASE,
}


def _populate(path: Path) -> str:
    from avhopp.crypto import kdf
    from avhopp.domain.roles import Role
    from avhopp.services import vault as vault_service
    from avhopp.services.demo_service import generate_demo

    created = vault_service.create_vault(
        str(path),
        admin_username=ADMIN,
        admin_display_name="Åsa Administratör",
        passphrase=ADMIN_PASSPHRASE,
        unit_name="Avhopparverksamheten Västerås",
        kdf_params=kdf.FLOOR,
    )
    with vault_service.unlock(str(path), username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        v.users.add_user(
            MANAGER,
            display_name="Maria Chef",
            roles=frozenset({Role.MANAGER}),
            passphrase=MANAGER_PASSPHRASE,
        )
        v.users.add_user(
            WORKER,
            display_name="Kalle Handläggare",
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=WORKER_PASSPHRASE,
            team="norr",
        )
        v.users.add_user(
            OTHER_WORKER,
            display_name="Stina Handläggare",
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=OTHER_WORKER_PASSPHRASE,
            team="syd",
        )
        v.users.add_user(
            REVIEWER,
            display_name="Gustav Granskare",
            roles=frozenset({Role.LOG_REVIEWER}),
            passphrase=REVIEWER_PASSPHRASE,
        )
    with vault_service.unlock(str(path), username=MANAGER, passphrase=MANAGER_PASSPHRASE) as v:
        generate_demo(v, participants=DEMO_PARTICIPANTS, notes_per_case=4.0)
    return created.recovery_code


@pytest.fixture(autouse=True)
def _no_leftover_boxes(qapp: object) -> Iterator[None]:
    """Message boxes and dialogs a test left open are closed after it, so the next test's
    "find the error box" never finds an old one."""
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture(scope="session")
def gui_vault_template(tmp_path_factory: pytest.TempPathFactory) -> GuiVault:
    folder = tmp_path_factory.mktemp("gui-vault-template")
    path = folder / "vault.avhopp"
    code = _populate(path)
    return GuiVault(path=path, recovery_code=code)


@pytest.fixture
def gui_vault(gui_vault_template: GuiVault, tmp_path: Path) -> GuiVault:
    """A copy of the demo vault for one test (SQLite)."""
    template = gui_vault_template.path
    target = tmp_path / "vault" / template.name
    target.parent.mkdir()
    for source in template.parent.iterdir():
        if source.name.startswith(template.name) and not source.name.endswith(".attempts"):
            shutil.copy2(source, target.with_name(source.name))
    return GuiVault(path=target, recovery_code=gui_vault_template.recovery_code)


@pytest.fixture
def controller_factory(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., object]]:
    """Builds an ``AppController`` with its own QSettings file; shuts every one down after."""
    from ui.app import AppController

    made: list[AppController] = []

    def make(location: str | None = None, **kwargs: object) -> AppController:
        settings = QSettings(str(tmp_path / f"client-{len(made)}.ini"), QSettings.Format.IniFormat)
        controller = AppController(location_text=location, settings=settings, **kwargs)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield make
    for controller in made:
        # As when the application quits (AppController.shutdown, without the exit backup):
        # no idle lock, no daily backup and no window may outlive the test — a timer of a
        # left-over session fired minutes later into some other test's event loop.
        if controller.session is not None:
            controller.session.idle.stop()
        if controller.automatic_backups is not None:
            controller.automatic_backups.stop()
        for window in (controller.window, controller.main_window):
            if window is not None and shiboken6.isValid(window):
                window.close()
                window.deleteLater()
        controller.worker.shutdown()
    # A controller (no Qt parent: owned by Python) sits in reference cycles through its signal
    # connections. Collect it here, on the GUI thread: left to Python's cyclic GC it may be
    # freed later on some test's worker thread, and Qt warns (timers stopped from another
    # thread), which fails that unrelated test.
    made.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def type_text(widget: object, text: str) -> None:
    """Type ``text`` key by key (non-ASCII safely: qtbot.keyClicks aborts on 'ä')."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,  # type: ignore[arg-type]
            Qt.Key.Key_unknown,
            ch,
            Qt.KeyboardModifier.NoModifier,
        )


@pytest.fixture
def logged_in(
    qtbot: QtBot, gui_vault: GuiVault, controller_factory: Callable[..., object]
) -> Callable[[str], object]:
    """Log in through the real login window as ``username``; returns the controller once the
    main window shows and the participant list (if any) is filled."""

    def login(username: str = WORKER) -> object:
        from ui.app import AppController
        from ui.login_window import LoginWindow
        from ui.main_window import MainWindow

        controller = controller_factory(gui_vault.location)
        assert isinstance(controller, AppController)
        window = controller.start()
        assert isinstance(window, LoginWindow)
        qtbot.addWidget(window)
        window.username_edit.setText(username)
        type_text(window.passphrase_edit, USERS[username])
        window.login_button.click()
        qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
        main = controller.window
        assert isinstance(main, MainWindow)
        participants = main.pages.get("participants")
        if participants is not None:
            qtbot.waitUntil(lambda: participants.loaded, timeout=20_000)  # type: ignore[attr-defined]
        return controller

    return login
