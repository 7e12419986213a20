"""One long backup job (create, verify, drill, restore) on the worker behind a window-modal
progress dialog with a working Cancel.

The shape of ``ui.report_output.ReportGeneration``, with one difference that matters for
files: a result that arrives is always delivered, even if Cancel was pressed after the core's
last check — the backup or the restored vault exists then, and the user must be told so.
Cancel sets the ``threading.Event`` the core checks between batches; the core then raises
``CancelledError``, removes what it had begun and records nothing, and this job emits
``cancelled`` (a quiet outcome, never an error box).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from avhopp.errors import CancelledError
from ui.dialogs.form_dialog import alive, guarded
from ui.i18n import translate
from ui.session import Session

#: ``job(vault, progress, cancel) -> result`` (worker thread; never touches a widget).
Job = Callable[[Any, Callable[[int, int], None], threading.Event], Any]


def is_cancelled(error: BaseException) -> bool:
    return isinstance(error, CancelledError)


class BackupTask(QObject):
    """Signals (GUI thread), exactly one after :meth:`start`: ``done(result)``,
    ``failed(error)`` (every error but the cancellation), ``cancelled()``."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self, session: Session, parent: QWidget, job: Job, *, title: str, label: str
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.job = job
        self.cancel_event = threading.Event()
        self.running = False
        dialog = QProgressDialog(parent)
        dialog.setObjectName("backup_progress")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setCancelButtonText(translate("BackupTask", "Cancel"))
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the core reports its first step
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.reset()  # QProgressDialog shows itself after its minimum duration otherwise
        self.progress_dialog = dialog
        session.about_to_lock.connect(self.cancel)

    def start(self) -> None:
        job, cancel = self.job, self.cancel_event
        progress = self.session.worker.progress_reporter(guarded(self, self._progress))
        self.running = True
        self.progress_dialog.show()

        def run(vault: Any) -> Any:
            return job(vault, progress, cancel)

        self.session.call(
            run, on_done=guarded(self, self._done), on_error=guarded(self, self._failed)
        )

    def cancel(self) -> None:
        """Cancel pressed (or the session locks): the core stops at its next check."""
        self.cancel_event.set()
        dialog = self.progress_dialog
        if alive(dialog) and self.running:
            # QProgressDialog hides itself on Cancel: keep it up until the core has stopped.
            dialog.setLabelText(translate("BackupTask", "Cancelling…"))
            dialog.setRange(0, 0)
            dialog.show()

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if not self.running or not alive(dialog) or self.cancel_event.is_set():
            return
        if dialog.maximum() != max(total, 1):
            dialog.setRange(0, max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.running = False
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.about_to_lock.disconnect(self.cancel)
        if alive(self.progress_dialog):
            with contextlib.suppress(RuntimeError, TypeError):
                self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
        self.deleteLater()

    def _done(self, result: Any) -> None:
        self._finish()
        self.done.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if is_cancelled(error):
            self.cancelled.emit()
            return
        self.failed.emit(error)
