"""All vault work of the desktop client runs here: one background thread, one call at a time.

The GUI thread never touches the database, the key ring or the KDF. It submits a function
``fn(vault)``; the function runs on the worker thread inside its own unit(s) of work and returns
frozen read models; the result (or the error) comes back to the GUI thread through a queued
signal and is handed to the callbacks there. Calls run in the order they were submitted, so a
"save draft" submitted before "lock" is committed before the keys are dropped.

Threading contract: ``fn`` runs on the worker thread and must never touch a widget; the
callbacks ``on_done``/``on_error``/``progress`` run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from avhopp.errors import UserError

log = logging.getLogger("avhopp.ui.worker")

T = TypeVar("T")

#: Progress reports from long work: (done, total).
Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised inside long work when the user pressed Cancel."""


@dataclass
class Job(Generic[T]):
    """One submitted call. ``cancel`` is set from the GUI thread; long work checks it."""

    fn: Callable[[Any], T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    needs_vault: bool
    cancel: threading.Event = field(default_factory=threading.Event)
    future: Future[None] | None = None


class VaultWorker(QObject):
    """Owns the unlocked :class:`~avhopp.services.vault.Vault` and the thread that uses it.

    ``vault`` is set and cleared only on the worker thread (by :meth:`open` and :meth:`close`
    jobs), so no lock is needed around it.
    """

    _delivered = Signal(object, object, object)  # job, result, error
    _progressed = Signal(object, int, int)  # callback, done, total
    busy_changed = Signal(bool)
    #: An error that no caller handles: the session presents it.
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="avhopp-vault")
        self._vault: Any = None
        self._pending = 0
        self._shut_down = False
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._report_progress, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ GUI thread API

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet delivered."""
        return self._pending

    def submit(
        self,
        fn: Callable[[Any], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        needs_vault: bool = True,
    ) -> Job[T]:
        """Run ``fn(vault)`` on the worker thread (``fn(None)`` when ``needs_vault`` is false,
        e.g. for unlocking). Errors without ``on_error`` go to :attr:`unhandled_error`."""
        job: Job[T] = Job(fn=fn, on_done=on_done, on_error=on_error, needs_vault=needs_vault)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        job.future = self._executor.submit(self._run, job)
        return job

    def progress_reporter(self, callback: Callable[[int, int], None]) -> Progress:
        """A ``progress(done, total)`` for core code that forwards to ``callback`` on the GUI
        thread."""

        def report(done: int, total: int) -> None:
            self._progressed.emit(callback, done, total)

        return report

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def shutdown(self) -> None:
        """Close the vault (dropping its keys) and stop the thread, waiting for queued jobs.
        A second call does nothing."""
        if self._shut_down:
            return
        self._shut_down = True
        self._executor.submit(self._close_vault)
        self._executor.shutdown(wait=True)

    # ------------------------------------------------------------------ worker thread

    def install(self, vault: Any) -> None:
        """Worker thread only: make ``vault`` the one later jobs receive."""
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault

    def _close_vault(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            try:
                vault.close()
            except Exception:  # closing must never keep the keys alive
                log.exception("closing the vault failed")

    def close_vault_job(self) -> Callable[[Any], None]:
        """A job function that closes the vault and drops its keys (for :meth:`submit`)."""

        def close(_vault: Any) -> None:
            self._close_vault()

        return close

    def _run(self, job: Job[Any]) -> None:
        try:
            if job.needs_vault and self._vault is None:
                raise LockedError()
            result = job.fn(self._vault if job.needs_vault else job)
        except BaseException as exc:
            if not isinstance(exc, UserError | Cancelled):
                log.error("job failed: %s", type(exc).__name__)
            self._delivered.emit(job, None, exc)
        else:
            self._delivered.emit(job, result, None)

    # ------------------------------------------------------------------ back on GUI thread

    @Slot(object, object, object)
    def _deliver(self, job: Job[Any], result: object, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if error is None:
                if job.on_done is not None:
                    job.on_done(result)
            elif isinstance(error, Cancelled):
                pass
            elif job.on_error is not None:
                job.on_error(error)
            else:
                self.unhandled_error.emit(error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    @Slot(object, int, int)
    def _report_progress(self, callback: Callable[[int, int], None], done: int, total: int) -> None:
        callback(done, total)


class LockedError(UserError):
    """A job reached the worker after the vault was locked."""

    template = "Avhopp is locked. Log in again and repeat what you were doing."
