"""The application controller: which window is up (wizard, login, main) and the session.

It holds no personal data itself: the vault lives on the worker thread, the main window's
pages hold what they show, and both are dropped at the lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from avhopp.errors import ValidationError
from avhopp.services import vault_locations
from avhopp.services.vault_locations import LocationInfo
from ui import error_presenter
from ui.i18n import translate
from ui.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.session import Session, SessionInfo
from ui.widgets.automatic_backups import AutomaticBackups, backup_before_exit
from ui.worker import VaultWorker

log = logging.getLogger("avhopp.ui")


def log_error(error: BaseException) -> None:
    log.warning("preloading failed: %s", type(error).__name__)


SETTINGS_LOCATION = "vault/location"
SETTINGS_USERNAME = "login/username"


def remembered_settings() -> QSettings:
    """Per-user client settings (the last vault and user name; nothing personal about
    participants). On Linux under ``$XDG_CONFIG_HOME/Avhopp``."""
    return QSettings("Avhopp", "Avhopp")


def _unlock(*args: Any, **kwargs: Any) -> Any:
    """``avhopp.services.vault.unlock``, imported on first use (worker thread): the core with
    SQLAlchemy and Alembic is not needed to show the login window."""
    from avhopp.services import vault as vault_service

    return vault_service.unlock(*args, **kwargs)


def preload_core() -> None:
    """Worker thread: import the core while the user types the passphrase."""
    import avhopp.services.participant_file
    import avhopp.services.vault  # noqa: F401


def preload_main_window() -> None:
    """Import every page module (once per process; cheap when already imported)."""
    import importlib

    from ui.main_window import PAGES

    for spec in PAGES:
        importlib.import_module(spec.factory.split(":")[0])
    importlib.import_module("ui.pages.participant_view")


class AppController(QObject):
    """Owns the worker and switches between the first-run wizard, the login window and the
    main window. ``window`` is the one currently shown."""

    window_changed = Signal(object)

    def __init__(
        self,
        *,
        location_text: str | None = None,
        username: str | None = None,
        unlock: Callable[..., Any] | None = None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or remembered_settings()
        self.worker = VaultWorker(self)
        self.worker.unhandled_error.connect(lambda error: error_presenter.present(None, error))
        self._unlock = unlock or _unlock
        self._location_text = location_text
        self._username = username
        self.window: QWidget | None = None
        self.session: Session | None = None
        self.main_window: MainWindow | None = None
        self._login_location: LocationInfo | None = None  # of the last login window shown
        self.automatic_backups: AutomaticBackups | None = None  # the open session's
        #: What the backup on exit came to ("made", "none", "cancelled", "failed").
        self.exit_backup_outcome = ""

    # ------------------------------------------------------------------ start

    def start(self) -> QWidget:
        """Show the login window for the chosen or remembered vault, or the first-run wizard
        when there is none yet."""
        text = self._location_text or self.settings.value(SETTINGS_LOCATION, "") or None
        try:
            location = vault_locations.describe(str(text)) if text else vault_locations.default()
            exists = vault_locations.vault_exists(location.text)
        except ValidationError as error:
            box = error_presenter.present(None, error)
            location, exists = vault_locations.default(), False
            del box
        if not exists:
            return self.show_wizard()
        return self.show_login(location)

    def show_login(self, location: LocationInfo, *, notice: str = "") -> LoginWindow:
        username = self._username or str(self.settings.value(SETTINGS_USERNAME, "") or "")
        login = LoginWindow(
            self.worker, location, unlock=self._unlock, username=username, notice=notice
        )
        self._login_location = location
        login.logged_in.connect(self._logged_in)
        login.other_vault_requested.connect(self.show_wizard)
        self._switch(login)
        # While the user types the passphrase, import the main window's modules, so that
        # the time from unlock to a filled list is not spent importing.
        QTimer.singleShot(150, preload_main_window)
        self.worker.submit(lambda _job: preload_core(), needs_vault=False, on_error=log_error)
        return login

    def show_wizard(self) -> QWidget:
        from ui.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self.worker)
        wizard.vault_chosen.connect(self.show_login)
        wizard.rejected.connect(self._wizard_cancelled)
        self._switch(wizard)
        return wizard

    def _wizard_cancelled(self) -> None:
        # Back to the login window the wizard was opened from, or to the login of the
        # remembered vault, if there is one; otherwise quit.
        if self._login_location is not None:
            self.show_login(self._login_location)
            return
        text = self.settings.value(SETTINGS_LOCATION, "")
        if text and vault_locations.vault_exists(str(text)):
            self.show_login(vault_locations.describe(str(text)))
        else:
            QApplication.quit()

    # ------------------------------------------------------------------ session

    def _logged_in(self, info: SessionInfo) -> None:
        if info.location.text == info.location.display:  # never store a password
            self.settings.setValue(SETTINGS_LOCATION, info.location.text)
        self.settings.setValue(SETTINGS_USERNAME, info.actor.username)
        session = Session(self.worker, info, self)
        session.locked.connect(self._locked)
        self.session = session
        session.load_participants()  # the worker decrypts while the window is built
        window = MainWindow(session)
        window.lock_requested.connect(lambda: session.lock(reason="user"))
        self.main_window = window
        self._switch(window)
        # The daily backup: checked shortly after the unlock, then every hour (it dies with
        # the session).
        self.automatic_backups = AutomaticBackups(session, window.statusBar())
        self.automatic_backups.start()

    def lock(self) -> None:
        if self.session is not None:
            self.session.lock(reason="user")

    def _locked(self, reason: str) -> None:
        if self.worker.is_shut_down:
            # The application is quitting and the vault is closed: there is no login to show,
            # and the windows are going away with everything else.
            if self.session is not None:
                self.session.idle.stop()
            return
        session, self.session = self.session, None
        window, self.main_window = self.main_window, None
        self.automatic_backups = None
        if window is not None:
            window.forget()
        location = session.info.location if session else vault_locations.default()
        notice = ""
        if reason == "idle" and session is not None:
            notice = translate(
                "AppController",
                "Avhopp locked itself after %n minute(s) without activity. "
                "Unsaved text was kept as a draft.",
                None,
                session.info.idle_minutes,
            )
        self.show_login(location, notice=notice)
        if session is not None:
            session.idle.stop()
            session.deleteLater()

    # ------------------------------------------------------------------ windows

    def _switch(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not None and old is not window:
            old.close()
            old.deleteLater()
        self.window_changed.emit(window)

    def shutdown(self) -> None:
        """Lock (saving drafts), make the backup on exit (when switched on and a folder is
        set; it can be cancelled and never keeps Avhopp from closing), then stop the worker,
        which closes the vault; called when the application quits."""
        if self.session is not None:
            self.session.idle.stop()  # no idle lock once the application is quitting
            self.session.about_to_lock.emit()  # drafts are queued before the backup
            self.exit_backup_outcome = backup_before_exit(self.session, self.worker)
        self.worker.shutdown()
