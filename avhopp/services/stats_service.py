"""Period statistics for managers: loads plain facts (decrypting only assessment scores) and
hands them to :mod:`avhopp.domain.stats`. The single source of the council report."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from avhopp.domain.roles import Role
from avhopp.domain.stats import CaseFacts, PeriodStats, StepFacts, check_period, compute
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


def load_facts(uow: UnitOfWork, start: date, end: date) -> list[CaseFacts]:
    """The cases active in [start, end] as plain facts; only assessment scores are decrypted
    (in memory).

    Every figure of a period is about cases active in it (new, closed, at start and end,
    decisions and first protection steps in the period all imply it), so nothing else is read.
    """
    session = uow.session
    active = (
        select(Case.id)
        .where(Case.inquiry_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))
        .scalar_subquery()
    )
    history: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for phase_row in session.execute(
        select(PhaseChangeRow.case_id, PhaseChangeRow.phase, PhaseChangeRow.entered_on)
        .where(PhaseChangeRow.case_id.in_(active))
        .order_by(PhaseChangeRow.case_id, PhaseChangeRow.seq)
    ):
        history[phase_row.case_id].append((phase_row.phase, phase_row.entered_on))
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
    for s in session.execute(select(*step_columns).where(SupportStep.case_id.in_(active))):
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
            vault.audit_entry(
                uow,
                "stats.read",
                details={"from": start.isoformat(), "to": end.isoformat()},
            )
            uow.commit()
        return compute(facts, start, end)
