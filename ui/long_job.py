"""One long core job (a report, a backup, a verification, a drill, a restore) run on the
worker behind a window-modal progress dialog with a working Cancel.

Cancel sets the ``threading.Event`` the core checks between steps; the core then raises
``CancelledError``, removes what it had begun and records nothing, and the job emits
``cancelled`` — a quiet outcome, never an error box. The dialog stays up, busy, until the
core has really stopped, so the user never believes a half-stopped job is gone. A lock of
the session cancels the job as well.

What happens to a result that arrives after Cancel was pressed (the core had passed its last
check) depends on what it is, so callers say it with ``keep_late_result``:

- a file the job has already written (a backup, a restored vault) exists whatever the user
  pressed, so the result is delivered and the user told;
- a document held only in memory (a report) is dropped unseen.
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


class LongJob(QObject):
    """Signals (GUI thread), exactly one after :meth:`start`: ``done(result)``,
    ``failed(error)`` (every error but the cancellation), ``cancelled()``."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        job: Job,
        *,
        title: str,
        label: str,
        keep_late_result: bool,
        object_name: str = "long_job_progress",
        minimum_width: int = 420,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.job = job
        self.keep_late_result = keep_late_result
        self.cancel_event = threading.Event()
        self.running = False
        dialog = QProgressDialog(parent)
        dialog.setObjectName(object_name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setCancelButtonText(translate("LongJob", "Cancel"))
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the core reports its first step
        dialog.setMinimumWidth(minimum_width)
        # The job closes the dialog when the core has finished, not the last step's value.
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
            dialog.setLabelText(translate("LongJob", "Cancelling…"))
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
        if not self.keep_late_result and (self.cancel_event.is_set() or self.session.is_locking):
            self.cancelled.emit()  # cancelled after the core's last check: dropped unseen
            return
        self.done.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if is_cancelled(error):
            self.cancelled.emit()
            return
        self.failed.emit(error)
