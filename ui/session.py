"""The logged-in state of the desktop client (GUI thread only).

A :class:`Session` owns the :class:`~ui.worker.VaultWorker` and knows who is logged in. Views
call :meth:`Session.call` to run a core service on the worker thread; after a change they
:meth:`Session.notify` a :class:`Changes` record so the open views refresh only what
changed (Anki's ``OpChanges``). Locking (by the user or after the idle time) first asks every
view to save its unsaved work as encrypted drafts, then closes the vault on the worker, which
drops the keys, then tells the views to forget their decrypted data.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from avhopp.domain.roles import Permission, Role
from avhopp.services.actor import Actor
from avhopp.services.vault_locations import LocationInfo
from ui import error_presenter
from ui.worker import Job, VaultWorker

T = TypeVar("T")

#: Idle time before locking when the unit's settings cannot be read.
DEFAULT_IDLE_MINUTES = 10


@dataclass(frozen=True)
class Changes:
    """What a committed action changed, so open views refresh selectively.

    ``kinds`` names areas: "participants", "cases", "notes", "steps", "plan", "consents",
    "contacts", "reminders", "flags", "users", "codes", "settings", "audit".
    """

    kinds: frozenset[str] = frozenset()
    person_ids: frozenset[str] = frozenset()
    case_ids: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        *kinds: str,
        person_ids: Iterable[str | None] = (),
        case_ids: Iterable[str | None] = (),
    ) -> Changes:
        return cls(
            kinds=frozenset(kinds),
            person_ids=frozenset(p for p in person_ids if p),
            case_ids=frozenset(c for c in case_ids if c),
        )

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in, as the GUI may know it (no key material)."""

    actor: Actor
    display_name: str
    unit: str | None
    location: LocationInfo
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    #: Every code list with inactive entries too (old records keep their labels):
    #: list name → code → entry (``CodeEntryView``).
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Colleagues who work with cases (``StaffMember``), for names and assignment.
    staff: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def code_label(self, code_list: str, code: str | None) -> str:
        """The label of a code in the interface language (the code itself if unknown)."""
        if not code:
            return ""
        entry = self.codes.get(code_list, {}).get(code)
        if entry is None:
            return code
        return str(entry.label_en if interface_language() == "en" else entry.label_sv)

    def code_entries(self, code_list: str, *, active_only: bool = True) -> list[Any]:
        """A list's entries in display order, for drop-downs."""
        entries = list(self.codes.get(code_list, {}).values())
        return [e for e in entries if e.active or not active_only]

    def staff_name(self, user_id: str | None) -> str:
        for member in self.staff:
            if member.id == user_id:
                return str(member.display_name)
        return ""

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)

    def has_role(self, *roles: Role) -> bool:
        return bool(self.actor.roles.intersection(roles))

    @property
    def sees_cases(self) -> bool:
        """Case workers and managers work with case content; administrators and log reviewers
        do not (DESIGN.md §4)."""
        return self.has_role(Role.CASE_WORKER, Role.MANAGER)

    @property
    def reviews_logs(self) -> bool:
        return self.may(Permission.READ_AUDIT_LOG)

    @property
    def administers(self) -> bool:
        return self.has_role(Role.ADMINISTRATOR)

    @property
    def manages(self) -> bool:
        return self.has_role(Role.MANAGER)


def _load_participant_list(vault: Any) -> tuple[list[Any], dict[str, frozenset[str]]]:
    """Worker thread: the visible cases and the active flags of their people."""
    rows = vault.people.list_participants()
    flags = vault.flags.active_flags_by_person()
    return rows, {k: frozenset(str(f) for f in v) for k, v in flags.items()}


def interface_language() -> str:
    """ "sv" or "en": what the installed translators chose (``QLocale.setDefault``)."""
    from PySide6.QtCore import QLocale

    return "en" if QLocale().language() == QLocale.Language.English else "sv"


class Session(QObject):
    """Lives from a successful login until the lock. Emits, on the GUI thread:

    - ``changed(Changes)`` after a committed change;
    - ``about_to_lock()`` when views must save drafts (they submit jobs; those run first);
    - ``locked(reason)`` once the vault is closed and the keys are dropped.
    """

    changed = Signal(object)
    about_to_lock = Signal()
    locked = Signal(str)
    #: The participant list arrived (or was reloaded): ``participants`` is current.
    participants_loaded = Signal()
    #: Ask the main window to open a participant: (person id, case id or "").
    open_participant_requested = Signal(str, str)

    def __init__(
        self, worker: VaultWorker, info: SessionInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.info = info
        #: The visible cases (``ParticipantSummary``) by case id, filled by the participant
        #: list; other views take names from here instead of decrypting again.
        self.participants: dict[str, Any] = {}
        #: Active flag kinds by person id, loaded with the list.
        self.participant_flags: dict[str, frozenset[str]] = {}
        self.participants_loaded_once = False
        self._locking = False
        self.idle = IdleWatcher(info.idle_minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock(reason="idle"))

    @property
    def actor(self) -> Actor:
        return self.info.actor

    @property
    def is_locking(self) -> bool:
        return self._locking

    def call(
        self,
        fn: Callable[[Any], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        on_reload: Callable[[], None] | None = None,
    ) -> Job[T]:
        """Run ``fn(vault)`` on the worker. Errors go to ``on_error`` or, by default, to the
        one error presenter (with a "Reload" button for conflicts when ``on_reload`` is
        given)."""

        def show(error: BaseException) -> None:
            error_presenter.present(parent, error, on_reload=on_reload)

        return self.worker.submit(fn, on_done=on_done, on_error=on_error or show)

    def load_participants(self) -> None:
        """Load the participant list on the worker; ``participants_loaded`` follows.

        Called by the controller right after login, before the main window is built, so the
        worker decrypts the list while the GUI thread lays out the window."""
        if not self.info.sees_cases:
            return
        self.call(_load_participant_list, on_done=self._participants_arrived)

    def _participants_arrived(self, result: tuple[list[Any], dict[str, frozenset[str]]]) -> None:
        if self._locking:
            return
        rows, flags = result
        self.participants = {row.case_id: row for row in rows}
        self.participant_flags = flags
        self.participants_loaded_once = True
        self.participants_loaded.emit()

    def open_participant(self, person_id: str, case_id: str = "") -> None:
        self.open_participant_requested.emit(person_id, case_id)

    def participant_name(self, case_id: str) -> str:
        row = self.participants.get(case_id)
        return str(row.full_name) if row is not None else ""

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def lock(self, *, reason: str = "user") -> None:
        """Save drafts, close the vault (dropping keys), then emit ``locked``."""
        if self._locking:
            return
        self._locking = True
        self.idle.stop()
        if self.worker.is_shut_down:  # the application quit: the vault is already closed
            self.locked.emit(reason)
            return
        self.about_to_lock.emit()  # views submit their draft saves now, before the close
        self.worker.submit(
            self.worker.close_vault_job(),
            on_done=lambda _none: self.locked.emit(reason),
            on_error=lambda _error: self.locked.emit(reason),
            needs_vault=False,
        )


class IdleWatcher(QObject):
    """Fires ``idle`` after ``timeout_ms`` without keyboard or mouse input anywhere in the
    application.

    An application-wide event filter sees every event of every widget (thousands when a
    view is built), and a Python call for each costs real time. Idle detection needs far
    less: one input event per check interval. So the filter is installed, removes itself at
    the first input event it sees (noting the time), and the check timer installs it again;
    a lock comes at most one interval (≤ 5 s) late."""

    idle = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(100, min(5_000, timeout_ms // 4)))
        self._timer.timeout.connect(self._check)
        self._listen()
        self._timer.start()

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._timer.setInterval(max(100, min(5_000, timeout_ms // 4)))
        self.poke()

    def poke(self) -> None:
        self._last = time.monotonic()

    def stop(self) -> None:
        self._timer.stop()
        self._unlisten()

    def _listen(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def _unlisten(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self._last = time.monotonic()
            self._unlisten()  # seen: until the next check, nothing more to learn
        return False

    def _check(self) -> None:
        if (time.monotonic() - self._last) * 1000 >= self.timeout_ms:
            self.stop()
            self.idle.emit()
            return
        self._listen()
