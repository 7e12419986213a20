"""Period statistics for managers: loads plain facts (decrypting only assessment scores) and
hands them to :mod:`avhopp.domain.stats`. The single source of the council report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Engine, ScalarSelect, and_, func, or_, select
from sqlalchemy import case as sql_case

from avhopp.domain.clock import local_date
from avhopp.domain.roles import Role
from avhopp.domain.stats import (
    FOLLOW_UP_KINDS,
    CaseFacts,
    PeriodStats,
    StepFacts,
    SupportFigures,
    check_period,
    compute,
)
from avhopp.errors import PermissionDeniedError
from avhopp.storage.case_models import (
    Assessment,
    Case,
    Consent,
    PhaseChangeRow,
    PlanGoal,
    Reminder,
    SupportStep,
)
from avhopp.storage.engine import read_only_connection
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


def _is_active(start: date, end: date) -> ColumnElement[bool]:
    """A case active in [start, end] (the domain's definition)."""
    return and_(Case.inquiry_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))


def _active_cases(start: date, end: date) -> ScalarSelect[str]:
    return select(Case.id).where(_is_active(start, end)).scalar_subquery()


def _active_on_day(day: date) -> ColumnElement[bool]:
    """Active at the end of ``day`` (``at_end`` in the domain when it is a period's end)."""
    return and_(Case.inquiry_on <= day, or_(Case.closed_on.is_(None), Case.closed_on > day))


def _active_at_end(end: date, *more: date) -> ScalarSelect[str]:
    """The cases active on the period's last day (or on any of several such days)."""
    condition = or_(*(_active_on_day(day) for day in (end, *more)))
    return select(Case.id).where(condition).scalar_subquery()


def _closed_in(start: date, end: date) -> ScalarSelect[str]:
    return select(Case.id).where(Case.closed_on >= start, Case.closed_on <= end).scalar_subquery()


def support_figures(connection: Connection, start: date, end: date) -> SupportFigures:
    """The support-step figures aggregated in SQL (plain columns) in one pass over the steps
    of the active cases, with exactly the definitions of :func:`avhopp.domain.stats.compute`
    — a test compares both paths."""
    begin = func.coalesce(SupportStep.starts_on, SupportStep.decided_on)
    running = and_(
        SupportStep.status.not_in(("cancelled", "planned")),
        begin.is_not(None),
        begin <= end,
        or_(SupportStep.ends_on.is_(None), SupportStep.ends_on >= start),
    )
    funded = and_(
        SupportStep.police_funds_applied.is_(True),
        SupportStep.decided_on >= start,
        SupportStep.decided_on <= end,
    )
    granted = and_(funded, SupportStep.police_funds_granted.is_(True))

    def total(condition: ColumnElement[bool], value: Any = 1) -> ColumnElement[Any]:
        return func.coalesce(func.sum(sql_case((condition, value), else_=0)), 0)

    rows = connection.execute(
        select(
            SupportStep.category,
            func.count(func.distinct(sql_case((running, Case.person_id)))),
            total(running),
            total(and_(running, SupportStep.external.is_(True))),
            total(funded),
            total(granted),
            total(granted, SupportStep.police_funds_sek),
        )
        .join(Case, Case.id == SupportStep.case_id)
        .where(SupportStep.case_id.in_(_active_cases(start, end)))
        .group_by(SupportStep.category)
    ).all()
    return SupportFigures(
        participants={row[0]: int(row[1]) for row in sorted(rows) if row[1]},
        active=sum(int(row[2]) for row in rows),
        external=sum(int(row[3]) for row in rows),
        applied=sum(int(row[4]) for row in rows),
        granted=sum(int(row[5]) for row in rows),
        granted_sek=sum(int(row[6]) for row in rows),
    )


def _phase_at_end(uow: UnitOfWork, end: date) -> dict[str, tuple[str, date]]:
    """(phase, entered_on) on the period's last day of each case active then: the last
    change (by sequence) entered on or before it, chosen in SQL."""
    last = (
        select(PhaseChangeRow.case_id, func.max(PhaseChangeRow.seq).label("seq"))
        .where(PhaseChangeRow.entered_on <= end, PhaseChangeRow.case_id.in_(_active_at_end(end)))
        .group_by(PhaseChangeRow.case_id)
        .subquery()
    )
    query = select(PhaseChangeRow.case_id, PhaseChangeRow.phase, PhaseChangeRow.entered_on).join(
        last, and_(PhaseChangeRow.case_id == last.c.case_id, PhaseChangeRow.seq == last.c.seq)
    )
    return {row.case_id: (row.phase, row.entered_on) for row in uow.session.execute(query)}


def load_facts(
    uow: UnitOfWork,
    start: date,
    end: date,
    *,
    complete: bool = False,
    also_at: Sequence[date] = (),
    as_of: date | None = None,
) -> list[CaseFacts]:
    """The cases active in [start, end] as plain facts; only assessment scores are decrypted
    (in memory).

    Every figure of a period is about cases active in it (new, closed, at start and end,
    decisions and first protection steps in the period all imply it), so nothing else is read.
    By default each case carries only what :func:`compute` reads of it: the phase at the
    period's end as its whole ``phase_history`` (cases active at the end), assessments, plan
    and consents only where they count (closed in the period; active at the end), and the
    first protection date instead of the steps, whose figures come from
    :func:`support_figures`. ``complete`` loads everything of the active cases instead (the
    reference a test compares the summarized path with).

    ``also_at`` names more days within [start, end] that end a period: each case then carries
    its phase on each of them, and plans and consents count for the cases active on any, so
    that every period inside the span can be computed from these same facts.

    ``as_of`` is the day the figures are made (this PC's date): follow-ups due after it are
    not late yet and are left out.
    """
    session = uow.session
    active = _active_cases(start, end)
    ends = sorted({end, *also_at})
    at_end = active if complete else _active_at_end(*ends)
    closed = active if complete else _closed_in(start, end)
    history: dict[str, list[tuple[str, date]]] = defaultdict(list)
    if complete:
        for phase_row in session.execute(
            select(PhaseChangeRow.case_id, PhaseChangeRow.phase, PhaseChangeRow.entered_on)
            .where(PhaseChangeRow.case_id.in_(active))
            .order_by(PhaseChangeRow.case_id, PhaseChangeRow.seq)
        ):
            history[phase_row.case_id].append((phase_row.phase, phase_row.entered_on))
    else:
        for day in ends:  # the phase on each period's end, in date order
            for case_id, last in _phase_at_end(uow, day).items():
                if last not in history[case_id]:
                    history[case_id].append(last)
    first_protection = dict(
        session.execute(
            select(
                SupportStep.case_id,
                func.min(func.coalesce(SupportStep.starts_on, SupportStep.decided_on)),
            )
            .where(SupportStep.case_id.in_(active), SupportStep.category == "protection")
            .group_by(SupportStep.case_id)
        ).all()
    )
    steps: dict[str, list[StepFacts]] = defaultdict(list)
    # Plain column reads (no ORM objects): hundreds of thousands of rows at full scale.
    step_columns = (
        SupportStep.case_id,
        SupportStep.category,
        SupportStep.status,
        SupportStep.starts_on,
        SupportStep.ends_on,
        SupportStep.decided_on,
        SupportStep.external,
        SupportStep.police_funds_applied,
        SupportStep.police_funds_granted,
        SupportStep.police_funds_sek,
    )
    step_rows = (
        session.execute(select(*step_columns).where(SupportStep.case_id.in_(active)))
        if complete
        else ()
    )
    for s in step_rows:
        steps[s.case_id].append(
            StepFacts(
                category=s.category,
                status=s.status,
                starts_on=s.starts_on,
                ends_on=s.ends_on,
                decided_on=s.decided_on,
                external=s.external,
                police_funds_applied=s.police_funds_applied,
                police_funds_granted=s.police_funds_granted,
                police_funds_sek=s.police_funds_sek,
            )
        )
    assessments: dict[str, list[tuple[date, dict[str, int]]]] = defaultdict(list)
    open_assessment = uow.payloads.opener("assessments")
    for a in session.execute(
        select(Assessment.id, Assessment.case_id, Assessment.assessed_on, Assessment.payload_ct)
        .where(Assessment.case_id.in_(closed))
        .order_by(Assessment.case_id, Assessment.assessed_on)
    ):
        scores = open_assessment(a.id, a.payload_ct).get("scores") or {}
        assessments[a.case_id].append((a.assessed_on, {str(k): int(v) for k, v in scores.items()}))
    with_plan = {
        row
        for (row,) in session.execute(
            select(PlanGoal.case_id).where(PlanGoal.case_id.in_(at_end)).distinct()
        )
    }
    consents: dict[str, list[tuple[date, date | None, date | None]]] = defaultdict(list)
    for c in session.execute(
        select(Consent.case_id, Consent.valid_from, Consent.valid_to, Consent.withdrawn_on).where(
            Consent.case_id.in_(at_end)
        )
    ):
        consents[c.case_id].append((c.valid_from, c.valid_to, c.withdrawn_on))
    followups: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    last_due = end if as_of is None else min(end, as_of)
    for r in session.execute(
        select(Reminder.case_id, Reminder.due_on, Reminder.done_at).where(
            Reminder.case_id.in_(active),
            Reminder.kind.in_(FOLLOW_UP_KINDS),
            Reminder.due_on >= start,
            Reminder.due_on <= last_due,
        )
    ):
        done = local_date(r.done_at) if r.done_at is not None else None
        followups[str(r.case_id)].append((r.due_on, done))
    facts = []
    case_columns = (
        Case.id,
        Case.person_id,
        Case.referral_source,
        Case.inquiry_on,
        Case.decision_on,
        Case.closed_on,
        Case.closure_reason,
        Case.agreement_signed_on,
    )
    for case in session.execute(select(*case_columns).where(_is_active(start, end))):
        facts.append(
            CaseFacts(
                case_id=case.id,
                person_id=case.person_id,
                referral_source=case.referral_source,
                inquiry_on=case.inquiry_on,
                decision_on=case.decision_on,
                closed_on=case.closed_on,
                closure_reason=case.closure_reason,
                phase_history=tuple(history.get(case.id, ())),
                steps=tuple(steps.get(case.id, ())),
                assessments=tuple(assessments.get(case.id, ())),
                agreement_signed_on=case.agreement_signed_on,
                has_plan=case.id in with_plan,
                consents=tuple(consents.get(case.id, ())),
                first_protection_on=first_protection.get(case.id),
                followups=tuple(sorted(followups.get(case.id, ()))),
            )
        )
    return facts


def period_figures(
    uow: UnitOfWork, periods: Sequence[tuple[date, date]], *, as_of: date | None = None
) -> list[PeriodStats]:
    """The raw figures of several periods (the council report's period and the one before),
    each exactly what :meth:`StatsService.period` gives for it alone (a test compares them).

    The case facts are read ONCE over the whole span and every period is computed from them,
    so figures that must agree across periods do, whatever else commits meanwhile: this
    period's "active at start" is the previous period's "active at end" (disclosure control
    relies on it). The step figures are aggregated per period. ``as_of``: see
    :func:`load_facts`.
    """
    for start, end in periods:
        check_period(start, end)
    first = min(start for start, _ in periods)
    last = max(end for _, end in periods)
    # The step figures are one aggregate query per period, all work inside the database
    # engine (which releases the GIL): they run on helper threads, each on a read-only
    # connection of its own, while this thread reads the case facts. On SQLite the unit of
    # work holds the write lock meanwhile, so the helpers see exactly its committed state.
    bind = uow.session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine

    def support_of(period: tuple[date, date]) -> SupportFigures:
        with read_only_connection(engine) as connection:
            return support_figures(connection, *period)

    with ThreadPoolExecutor(len(periods), thread_name_prefix="avhopp-stats") as pool:
        support = pool.map(support_of, periods)
        facts = load_facts(uow, first, last, also_at=[end for _, end in periods], as_of=as_of)
        supports = list(support)
    return [
        compute(facts, start, end, support=figures)
        for (start, end), figures in zip(periods, supports, strict=True)
    ]


class StatsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def period(self, start: date, end: date) -> PeriodStats:
        """The raw figures of [start, end] for managers (no suppression: never hand these
        to the council directly; the council report applies disclosure control).

        Raises:
            PermissionDeniedError: only managers see unit-wide figures.
            ValidationError: the period ends before it starts.
        """
        vault = self._vault
        if Role.MANAGER not in vault.actor.roles:
            raise PermissionDeniedError(action="see unit statistics")
        check_period(start, end)
        with vault.unit_of_work() as uow:
            (figures,) = period_figures(uow, [(start, end)], as_of=local_date(vault.clock()))
            vault.audit_entry(
                uow,
                "stats.read",
                details={"from": start.isoformat(), "to": end.isoformat()},
            )
            uow.commit()
        return figures
