"""Period statistics for managers: loads plain facts (decrypting only assessment scores) and
hands them to :mod:`avhopp.domain.stats`. The single source of the council report."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ScalarSelect, func, or_, select
from sqlalchemy import case as sql_case

from avhopp.domain.roles import Role
from avhopp.domain.stats import (
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
    SupportStep,
)
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


def _active_cases(start: date, end: date) -> ScalarSelect[str]:
    return (
        select(Case.id)
        .where(Case.inquiry_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))
        .scalar_subquery()
    )


def support_figures(uow: UnitOfWork, start: date, end: date) -> SupportFigures:
    """The support-step figures aggregated in SQL (plain columns), with exactly the
    definitions of :func:`avhopp.domain.stats.compute` — a test compares both paths."""
    session = uow.session
    active = _active_cases(start, end)
    begin = func.coalesce(SupportStep.starts_on, SupportStep.decided_on)
    running = (
        SupportStep.case_id.in_(active),
        SupportStep.status.not_in(("cancelled", "planned")),
        begin.is_not(None),
        begin <= end,
        or_(SupportStep.ends_on.is_(None), SupportStep.ends_on >= start),
    )
    participants = dict(
        session.execute(
            select(SupportStep.category, func.count(func.distinct(Case.person_id)))
            .join(Case, Case.id == SupportStep.case_id)
            .where(*running)
            .group_by(SupportStep.category)
        ).all()
    )
    active_count, external = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(sql_case((SupportStep.external, 1), else_=0)), 0),
        ).where(*running)
    ).one()
    applied, granted, granted_sek = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(sql_case((SupportStep.police_funds_granted.is_(True), 1), else_=0)), 0
            ),
            func.coalesce(
                func.sum(
                    sql_case(
                        (SupportStep.police_funds_granted.is_(True), SupportStep.police_funds_sek),
                        else_=0,
                    )
                ),
                0,
            ),
        ).where(
            SupportStep.case_id.in_(active),
            SupportStep.police_funds_applied.is_(True),
            SupportStep.decided_on >= start,
            SupportStep.decided_on <= end,
        )
    ).one()
    return SupportFigures(
        participants=dict(sorted(participants.items())),
        active=int(active_count),
        external=int(external),
        applied=int(applied),
        granted=int(granted),
        granted_sek=int(granted_sek),
    )


def load_facts(
    uow: UnitOfWork, start: date, end: date, *, with_steps: bool = False
) -> list[CaseFacts]:
    """The cases active in [start, end] as plain facts; only assessment scores are decrypted
    (in memory).

    Every figure of a period is about cases active in it (new, closed, at start and end,
    decisions and first protection steps in the period all imply it), so nothing else is read.
    Steps are summarized (first protection step per case) unless ``with_steps``: their
    figures come from :func:`support_figures`.
    """
    session = uow.session
    active = _active_cases(start, end)
    history: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for phase_row in session.execute(
        select(PhaseChangeRow.case_id, PhaseChangeRow.phase, PhaseChangeRow.entered_on)
        .where(PhaseChangeRow.case_id.in_(active))
        .order_by(PhaseChangeRow.case_id, PhaseChangeRow.seq)
    ):
        history[phase_row.case_id].append((phase_row.phase, phase_row.entered_on))
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
        if with_steps
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
    for a in session.execute(
        select(Assessment.id, Assessment.case_id, Assessment.assessed_on, Assessment.payload_ct)
        .where(Assessment.case_id.in_(active))
        .order_by(Assessment.case_id, Assessment.assessed_on)
    ):
        data = uow.payloads.open("assessments", a.id, a.payload_ct)
        scores = data.get("scores") or {}
        assessments[a.case_id].append((a.assessed_on, {str(k): int(v) for k, v in scores.items()}))
    with_plan = {
        row
        for (row,) in session.execute(
            select(PlanGoal.case_id).where(PlanGoal.case_id.in_(active)).distinct()
        )
    }
    consents: dict[str, list[tuple[date, date | None, date | None]]] = defaultdict(list)
    for c in session.execute(
        select(Consent.case_id, Consent.valid_from, Consent.valid_to, Consent.withdrawn_on).where(
            Consent.case_id.in_(active)
        )
    ):
        consents[c.case_id].append((c.valid_from, c.valid_to, c.withdrawn_on))
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
    for case in session.execute(select(*case_columns).where(Case.id.in_(active))):
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
            )
        )
    return facts


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
            facts = load_facts(uow, start, end)
            support = support_figures(uow, start, end)
            vault.audit_entry(
                uow,
                "stats.read",
                details={"from": start.isoformat(), "to": end.isoformat()},
            )
            uow.commit()
        return compute(facts, start, end, support=support)
