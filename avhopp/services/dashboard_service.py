"""The start page's read model: my open cases, my reminders, flagged cases, the caseload by
phase, and when the last backup and restore drill ran.

Built for speed over every case a manager may see (tens of thousands): plain column reads,
the case guard's bulk visibility test, and decryption only of what is shown (the references
of my cases and of flagged cases, my reminders' texts). No names: the GUI joins the
participant list it already holds by case id.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select

from avhopp.domain import phases
from avhopp.domain.network import FlagKind
from avhopp.services.case_guard import CaseGuard
from avhopp.services.network_views import ReminderView
from avhopp.services.settings_service import LAST_BACKUP_KEY, LAST_DRILL_KEY, read_timestamp
from avhopp.storage.case_models import Case, Flag, Reminder
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

CASE_TABLE = "cases"
#: How far ahead "upcoming" reminders reach by default.
DEFAULT_HORIZON_DAYS = 30
#: Rows fetched per ``IN (...)`` query (well under SQLite's and PostgreSQL's limits).
CHUNK = 500


@dataclass(frozen=True)
class MyCase:
    """An open case the actor is responsible for."""

    case_id: str
    person_id: str
    reference: str
    phase: str
    #: The earliest open reminder on the case (anyone's), if any.
    next_reminder_on: date | None


@dataclass(frozen=True)
class FlaggedCase:
    """An open, visible case whose person has an active flag."""

    person_id: str
    case_id: str
    reference: str
    phase: str
    flags: frozenset[FlagKind]


@dataclass(frozen=True)
class Dashboard:
    today: date
    my_cases: tuple[MyCase, ...]
    #: The actor's open reminders due before today, and from today up to the horizon.
    overdue_reminders: tuple[ReminderView, ...]
    upcoming_reminders: tuple[ReminderView, ...]
    flagged_cases: tuple[FlaggedCase, ...]
    #: Open cases the actor may see, by phase code (default phases in their order first).
    open_cases_by_phase: Mapping[str, int]
    #: None until the backup jobs record them (settings ``last_backup_at``/``last_drill_at``).
    last_backup_at: datetime | None
    last_drill_at: datetime | None

    @property
    def open_cases(self) -> int:
        return sum(self.open_cases_by_phase.values())


class _OpenCase(NamedTuple):
    id: str
    person_id: str
    phase: str
    responsible: str | None


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _phase_order(phase: str) -> tuple[int, str]:
    order = phases.OPEN_ORDER
    return (order.index(phase), "") if phase in order else (len(order), phase)


class DashboardService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def overview(self, *, horizon_days: int | None = DEFAULT_HORIZON_DAYS) -> Dashboard:
        """Everything the start page shows, in one transaction. One audit entry
        ``dashboard.read`` (with counts only).

        Roles that see no case content (administrator, log reviewer) get empty case parts
        and the backup dates.

        Raises:
            IntegrityError: a stored value was altered.
        """
        vault = self._vault
        actor = vault.actor
        with vault.unit_of_work() as uow:
            visible = self._guard.visibility(uow)
            # Plain tuples: this runs over every open case a manager may see.
            open_cases = [
                _OpenCase(case_id, person_id, phase, responsible)
                for case_id, person_id, phase, responsible, team in uow.session.execute(
                    select(
                        Case.id,
                        Case.person_id,
                        Case.phase,
                        Case.responsible_user_id,
                        Case.team,
                    ).where(Case.phase != phases.CLOSED)
                )
                if visible(responsible, team, case_id)
            ]
            counts = Counter(case.phase for case in open_cases)
            by_phase = {phase: counts[phase] for phase in sorted(counts, key=_phase_order)}

            me = actor.user_id
            mine = [c for c in open_cases if c.responsible == me] if me is not None else []
            flags = self._active_flags(uow, {case.person_id for case in open_cases})
            flagged = [case for case in open_cases if case.person_id in flags]
            references = self._references(uow, {case.id for case in (*mine, *flagged)})
            next_due = self._next_due(uow, [case.id for case in mine])
            reminders = vault.reminders.collect_my_reminders(uow, horizon_days=horizon_days)

            dashboard = Dashboard(
                today=reminders.today,
                my_cases=tuple(
                    sorted(
                        (
                            MyCase(
                                case_id=case.id,
                                person_id=case.person_id,
                                reference=references[case.id],
                                phase=case.phase,
                                next_reminder_on=next_due.get(case.id),
                            )
                            for case in mine
                        ),
                        key=lambda c: (c.next_reminder_on or date.max, c.reference, c.case_id),
                    )
                ),
                overdue_reminders=reminders.overdue,
                upcoming_reminders=reminders.upcoming,
                flagged_cases=tuple(
                    sorted(
                        (
                            FlaggedCase(
                                person_id=case.person_id,
                                case_id=case.id,
                                reference=references[case.id],
                                phase=case.phase,
                                flags=flags[case.person_id],
                            )
                            for case in flagged
                        ),
                        key=lambda c: (c.reference, c.case_id),
                    )
                ),
                open_cases_by_phase=by_phase,
                last_backup_at=read_timestamp(uow, LAST_BACKUP_KEY),
                last_drill_at=read_timestamp(uow, LAST_DRILL_KEY),
            )
            vault.audit_entry(
                uow,
                "dashboard.read",
                details={
                    "open_cases": dashboard.open_cases,
                    "my_cases": len(dashboard.my_cases),
                    "flagged_cases": len(dashboard.flagged_cases),
                    "overdue": len(dashboard.overdue_reminders),
                    "upcoming": len(dashboard.upcoming_reminders),
                },
            )
            uow.commit()
        return dashboard

    @staticmethod
    def _active_flags(uow: UnitOfWork, people: set[str]) -> dict[str, frozenset[FlagKind]]:
        """{person id: kinds of active flags} for ``people``; nothing is decrypted."""
        kinds: dict[str, set[FlagKind]] = defaultdict(set)
        for person_id, kind in uow.session.execute(
            select(Flag.person_id, Flag.kind).where(Flag.removed_at.is_(None))
        ):
            if person_id in people:
                kinds[person_id].add(FlagKind(kind))
        return {person_id: frozenset(found) for person_id, found in kinds.items()}

    @staticmethod
    def _references(uow: UnitOfWork, case_ids: set[str]) -> dict[str, str]:
        """The case references (decrypted) of just these cases."""
        references: dict[str, str] = {}
        for batch in _chunks(sorted(case_ids)):
            for case_id, blob in uow.session.execute(
                select(Case.id, Case.payload_ct).where(Case.id.in_(batch))
            ):
                references[case_id] = str(
                    uow.payloads.open(CASE_TABLE, case_id, blob).get("reference", "")
                )
        return references

    @staticmethod
    def _next_due(uow: UnitOfWork, case_ids: list[str]) -> dict[str, date]:
        """The earliest open reminder of each of these cases."""
        due: dict[str, date] = {}
        for batch in _chunks(case_ids):
            for case_id, first in uow.session.execute(
                select(Reminder.case_id, func.min(Reminder.due_on))
                .where(Reminder.case_id.in_(batch), Reminder.done_at.is_(None))
                .group_by(Reminder.case_id)
            ):
                if case_id is not None:  # always: the query filters on the case
                    due[case_id] = first
        return due
