"""The automatic backups of the desktop client: the daily one and the one when Avhopp closes.

``vault.backups.automatic(trigger)`` decides (on, a folder set, the daily one only when the
last backup is a day old) and returns ``None`` when nothing was due; the client only asks at
the right moments:

- daily: shortly after the session unlocks, then every hour while it stays unlocked, on a
  thread of its own with a second handle on the vault (the worker stays free for the user).
  Quietly: a line in the main window's status bar while it runs, a warning there when it
  failed, never a modal box during work.
- on exit: when the application quits with a session open (the user closed the main window),
  after the views have queued their drafts and before the vault is closed, behind a small
  progress window with Cancel. Whatever happens (failure, Cancel), Avhopp still closes; a
  failure is shown briefly first.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QStatusBar

from avhopp.errors import CancelledError, UserError
from ui import error_presenter
from ui.dialogs.form_dialog import alive
from ui.formats import fmt_datetime
from ui.i18n import translate
from ui.session import Changes, Session
from ui.worker import VaultWorker

log = logging.getLogger("avhopp.ui.backup")

WARNING_STYLE = "color: #b45309; font-weight: 600;"


def _message(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error_presenter.error_message(error)
    return type(error).__name__


class AutomaticBackups(QObject):
    """The daily backup of one session (a child of the session: it dies with it)."""

    #: (made or None, error or None), emitted from the backup thread.
    _finished = Signal(object, object)

    #: First check after the unlock (the participant list loads first), then every hour.
    FIRST_DELAY_MS = 5_000
    INTERVAL_MS = 60 * 60 * 1000

    def __init__(self, session: Session, status_bar: QStatusBar | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.running = False
        self.cancel_event = threading.Event()
        self.thread: threading.Thread | None = None
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        #: "made", "none" (not due or switched off), "failed", "cancelled" (the last check).
        self.last_outcome = ""
        self.label = QLabel()
        self.label.setObjectName("automatic_backup_label")
        self.label.setVisible(False)
        if status_bar is not None:
            status_bar.addWidget(self.label, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.run_daily)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(self.FIRST_DELAY_MS)
        self.first.timeout.connect(self.run_daily)
        session.about_to_lock.connect(self.stop)

    def start(self) -> None:
        self.first.start()
        self.timer.start()

    def stop(self) -> None:
        """The session is locking or the application quits: no new check, and a running
        daily backup stops at its next step (the lock must not wait for it)."""
        self.first.stop()
        self.timer.stop()
        self.cancel_event.set()

    def run_daily(self) -> None:
        """Check (and make, when due) the daily backup. The worker only hands out a second
        handle on the vault (``vault.sibling()``); the backup itself runs on a thread of its
        own with its own connections, so the user's work does not queue behind it (a large
        vault takes seconds to back up)."""
        if self.running or self.session.is_locking:
            return
        self.running = True
        self.cancel_event = cancel = threading.Event()
        self._show(translate("AutomaticBackups", "Checking the daily backup…"), warning=False)

        def job(vault: Any) -> Any:
            return vault.sibling()

        def start(sibling: Any) -> None:
            if cancel.is_set():
                sibling.close()
                self._failed(CancelledError())
                return
            self.thread = threading.Thread(
                target=self._run_on_own_thread,
                args=(sibling, cancel),
                name="avhopp-daily-backup",
                daemon=True,
            )
            self.thread.start()

        try:
            self.session.worker.submit(job, on_done=start, on_error=self._failed)
        except RuntimeError:  # the worker has shut down: the application is closing
            self.running = False
            self.stop()
            self._show("", warning=False)

    def _run_on_own_thread(self, sibling: Any, cancel: threading.Event) -> None:
        """Backup thread: the result goes back to the GUI thread through a queued signal."""
        try:
            made = sibling.backups.automatic("daily", cancel=cancel)
        except BaseException as exc:  # delivered to the GUI thread, shown or logged there
            self._finished.emit(None, exc)
        else:
            self._finished.emit(made, None)
        finally:
            sibling.close()

    def _deliver(self, made: Any, error: BaseException | None) -> None:
        if error is not None:
            self._failed(error)
        else:
            self._done(made)

    def _done(self, made: Any) -> None:
        self.running = False
        if made is None:
            self.last_outcome = "none"
            self._show("", warning=False)
            return
        self.last_outcome = "made"
        self._show(
            translate("AutomaticBackups", "Daily backup made {time}.").format(
                time=fmt_datetime(made.header.created_at)
            ),
            warning=False,
        )
        if not self.session.is_locking:
            self.session.notify(Changes.of("backups", "settings"))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, CancelledError) or self.session.is_locking:
            self.last_outcome = "cancelled"
            self._show("", warning=False)
            return
        self.last_outcome = "failed"
        log.warning("the daily backup failed: %s", type(error).__name__)
        self._show(
            translate(
                "AutomaticBackups",
                "The daily backup failed: {reason} See Backups.",
            ).format(reason=_message(error)),
            warning=True,
        )

    def _show(self, text: str, *, warning: bool) -> None:
        if not alive(self.label):  # the main window is gone
            return
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.setStyleSheet(WARNING_STYLE if warning else "")
        self.label.setVisible(bool(text))


# ---------------------------------------------------------------------- on exit


class ExitBackup(QObject):
    """The backup when Avhopp closes: runs the worker job inside a local event loop (the
    application's own loop has ended) behind a progress window with Cancel.

    ``outcome`` after :meth:`run`: "made", "none", "cancelled" or "failed"."""

    #: The progress window appears only when the backup takes longer than this (a check that
    #: finds the automatic backups off must not flash a window).
    SHOW_AFTER_MS = 400
    #: How long a failure notice stays before Avhopp closes anyway.
    NOTICE_MS = 8_000

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.cancel_event = threading.Event()
        self.outcome = ""
        self.made: Any = None
        self.error: BaseException | None = None
        self.notice: QMessageBox | None = None
        self.dialog: QProgressDialog | None = None

    def run(self) -> str:
        loop = QEventLoop()
        dialog = QProgressDialog()
        dialog.setObjectName("exit_backup_progress")
        dialog.setWindowTitle(translate("AutomaticBackups", "Avhopp is closing"))
        dialog.setLabelText(translate("AutomaticBackups", "Backing up before Avhopp closes…"))
        dialog.setCancelButtonText(translate("AutomaticBackups", "Cancel"))
        dialog.setAccessibleName(translate("AutomaticBackups", "Backup before closing"))
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(self.SHOW_AFTER_MS)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = dialog
        cancel = self.cancel_event

        def cancelled() -> None:
            cancel.set()
            dialog.setLabelText(translate("AutomaticBackups", "Cancelling…"))
            dialog.show()

        dialog.canceled.connect(cancelled)

        def progress(done: int, total: int) -> None:
            if not cancel.is_set() and alive(dialog):
                dialog.setRange(0, max(total, 1))
                dialog.setValue(min(done, max(total, 1)))

        reporter = self.worker.progress_reporter(progress)

        def job(vault: Any) -> Any:
            return vault.backups.automatic("exit", progress=reporter, cancel=cancel)

        def done(made: Any) -> None:
            self.made = made
            self.outcome = "none" if made is None else "made"
            loop.quit()

        def failed(error: BaseException) -> None:
            self.error = error
            self.outcome = "cancelled" if isinstance(error, CancelledError) else "failed"
            loop.quit()

        self.worker.submit(job, on_done=done, on_error=failed)
        if not self.outcome:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
        self.dialog = None
        if self.outcome == "failed":
            assert self.error is not None
            log.warning("the backup on exit failed: %s", type(self.error).__name__)
            self._tell(
                translate(
                    "AutomaticBackups",
                    "The backup before closing failed: {reason} Avhopp closes anyway; make a "
                    "backup on the Backups page next time.",
                ).format(reason=_message(self.error))
            )
        return self.outcome

    def _tell(self, text: str) -> None:
        """A short notice that closes itself: Avhopp is on its way out."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("AutomaticBackups", "Backup"), text)
        box.setObjectName("exit_backup_notice")
        box.addButton(QMessageBox.StandardButton.Ok)
        self.notice = box
        loop = QEventLoop()
        box.finished.connect(lambda _result=0: loop.quit())
        QTimer.singleShot(self.NOTICE_MS, box.close)
        box.open()
        loop.exec()
        box.deleteLater()
        self.notice = None


def backup_before_exit(session: Session | None, worker: VaultWorker) -> str:
    """Run the on-exit backup if a session is open and not locking; never raises."""
    if session is None or session.is_locking:
        return "none"
    try:
        return ExitBackup(worker).run()
    except Exception:  # Avhopp must close whatever happens here
        log.exception("the backup on exit could not run")
        return "failed"
