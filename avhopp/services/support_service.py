"""A case's support: support steps (insatser), life-domain assessments, the implementation
plan, threat assessments, the consent register, the agreement and breaches.

Every call is one unit of work that loads the case through :class:`CaseGuard` (access check
and the audit entry, reads included). Personal text and the life-domain scores (health and
substance use are special-category data) live in the encrypted payload of each row; codes,
dates, flags and amounts are plain columns for reports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from avhopp.domain import support
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.support import (
    GoalInput,
    GoalStatus,
    StepInput,
    StepStatus,
    ThreatLevel,
    ValidGoal,
    ValidStep,
)
from avhopp.errors import NotFoundError, ValidationError
from avhopp.services.case_guard import CaseGuard
from avhopp.services.case_service import check_code
from avhopp.services.support_views import (
    AgreementView,
    AssessmentView,
    BreachView,
    ConsentView,
    DomainProgress,
    GoalView,
    StepView,
    ThreatView,
)
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import (
    Assessment,
    Breach,
    CodeEntryRow,
    Consent,
    PlanGoal,
    SupportStep,
    ThreatAssessment,
)
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from datetime import datetime

    from avhopp.services.vault import Vault

STEP_TABLE = "support_steps"
ASSESSMENT_TABLE = "assessments"
GOAL_TABLE = "plan_goals"
THREAT_TABLE = "threat_assessments"
CONSENT_TABLE = "consents"
BREACH_TABLE = "breaches"


class _Versioned(Protocol):
    @property
    def version(self) -> int: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def updated_by(self) -> str | None: ...


def _code_row(uow: UnitOfWork, code_list: CodeList, code: str) -> CodeEntryRow | None:
    return uow.session.execute(
        select(CodeEntryRow).where(
            CodeEntryRow.list_name == code_list.value, CodeEntryRow.code == code
        )
    ).scalar_one_or_none()


def _check_step_codes(uow: UnitOfWork, step: ValidStep, *, stored: SupportStep | None) -> None:
    """Active codes, the item under its category. A code deactivated since the step was
    saved stays valid for that step (history stays as it was)."""
    if stored is None or step.category != stored.category:
        check_code(uow, CodeList.STEP_CATEGORY, step.category, "category")
    item = _code_row(uow, CodeList.STEP_ITEM, step.item)
    unchanged = stored is not None and step.item == stored.item
    if item is None or not (item.active or unchanged):
        raise ValidationError(
            "{code!r} is not an active entry of the list {list}.",
            field="item",
            code=step.item,
            list=CodeList.STEP_ITEM.value,
        )
    support.check_item_in_category(category=step.category, item_parent=item.parent)


def _life_domains(uow: UnitOfWork, *, active_only: bool) -> list[str]:
    query = select(CodeEntryRow.code).where(CodeEntryRow.list_name == CodeList.LIFE_DOMAIN.value)
    if active_only:
        query = query.where(CodeEntryRow.active.is_(True))
    return list(uow.session.execute(query.order_by(CodeEntryRow.sort_order)).scalars())


def _step_payload(step: ValidStep) -> dict[str, Any]:
    return {"provider": step.provider, "legal_basis": step.legal_basis}


def _step_view(row: SupportStep, data: Mapping[str, Any]) -> StepView:
    return StepView(
        id=row.id,
        case_id=row.case_id,
        category=row.category,
        item=row.item,
        status=StepStatus(row.status),
        decided_on=row.decided_on,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        external=row.external,
        provider=data.get("provider", ""),
        legal_basis=data.get("legal_basis", ""),
        cost_sek=row.cost_sek,
        police_funds_applied=row.police_funds_applied,
        police_funds_granted=row.police_funds_granted,
        police_funds_sek=row.police_funds_sek,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
    )


def _apply_step(row: SupportStep, step: ValidStep) -> None:
    row.category = step.category
    row.item = step.item
    row.status = step.status.value
    row.decided_on = step.decided_on
    row.starts_on = step.starts_on
    row.ends_on = step.ends_on
    row.external = step.external
    row.cost_sek = step.cost_sek
    row.police_funds_applied = step.police_funds_applied
    row.police_funds_granted = step.police_funds_granted
    row.police_funds_sek = step.police_funds_sek


def _assessment_view(row: Assessment, data: Mapping[str, Any]) -> AssessmentView:
    scores = {str(k): int(v) for k, v in (data.get("scores") or {}).items()}
    return AssessmentView(
        id=row.id,
        case_id=row.case_id,
        assessed_on=row.assessed_on,
        scores=MappingProxyType(scores),
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _goal_payload(goal: ValidGoal) -> dict[str, Any]:
    return {"goal": goal.goal, "owner": goal.owner, "own_words": goal.own_words}


def _goal_view(row: PlanGoal, data: Mapping[str, Any]) -> GoalView:
    return GoalView(
        id=row.id,
        case_id=row.case_id,
        life_domain=row.life_domain,
        goal=data.get("goal", ""),
        owner=data.get("owner", ""),
        deadline=row.deadline,
        status=GoalStatus(row.status),
        own_words=data.get("own_words", ""),
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
    )


def _threat_view(row: ThreatAssessment, data: Mapping[str, Any]) -> ThreatView:
    return ThreatView(
        id=row.id,
        case_id=row.case_id,
        level=ThreatLevel(row.level),
        assessed_on=row.assessed_on,
        next_review_on=row.next_review_on,
        source=data.get("source", ""),
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _consent_view(row: Consent, data: Mapping[str, Any]) -> ConsentView:
    return ConsentView(
        id=row.id,
        case_id=row.case_id,
        agencies=tuple(data.get("agencies") or ()),
        scope=data.get("scope", ""),
        written=row.written,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        withdrawn_on=row.withdrawn_on,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
    )


def _breach_view(row: Breach, data: Mapping[str, Any]) -> BreachView:
    return BreachView(
        id=row.id,
        case_id=row.case_id,
        occurred_on=row.occurred_on,
        description=data.get("description", ""),
        created_at=row.created_at,
        created_by=row.created_by,
    )


class SupportService:
    """Support steps, assessments, plan, threat, consents, agreement and breaches of a case.

    Threading: like every service, call it from the database worker thread only.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def _today(self) -> date:
        return self._vault.clock().date()

    # ----------------------------------------------------------------------- support steps

    def add_step(self, case_id: str, step: StepInput) -> StepView:
        """Record a support step (insats) of an open case.

        Raises:
            ValidationError: a closed case (``phase``), an unknown code (``category``,
                ``item``), an item of another category (``item``), dates out of order or a
                decision in the future, a negative cost, Police funds given inconsistently.
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        valid = support.check_step(step, today=self._today())
        with vault.unit_of_work() as uow:
            case, _ = self._guard.load(uow, case_id, action="step.add")
            support.check_case_open(case.phase)
            _check_step_codes(uow, valid, stored=None)
            now = vault.clock()
            step_id = new_id()
            payload = _step_payload(valid)
            row = SupportStep(
                id=step_id,
                case_id=case_id,
                payload_ct=uow.payloads.seal(STEP_TABLE, step_id, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            _apply_step(row, valid)
            uow.session.add(row)
            uow.session.flush()
            view = _step_view(row, payload)
            uow.commit()
        return view

    def update_step(self, step_id: str, step: StepInput, *, expected_version: int) -> StepView:
        """Change a support step (all its values; see :meth:`StepView.to_input`). Allowed on
        a closed case too: a step's outcome is often recorded after closure.

        Raises:
            ConflictError: someone changed the step since ``expected_version``.
            ValidationError, NotFoundError, EmergencyAccessRequiredError,
            PermissionDeniedError.
        """
        vault = self._vault
        valid = support.check_step(step, today=self._today())
        with vault.unit_of_work() as uow:
            row = uow.session.get(SupportStep, step_id)
            if row is None:
                raise NotFoundError(what="The support step")
            self._guard.load(uow, row.case_id, action="step.update")
            check_version(row, expected_version)
            _check_step_codes(uow, valid, stored=row)
            payload = _step_payload(valid)
            _apply_step(row, valid)
            row.payload_ct = uow.payloads.seal(STEP_TABLE, row.id, payload)
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            view = _step_view(row, payload)
            uow.commit()
        return view

    def steps(self, case_id: str) -> list[StepView]:
        """A case's support steps in the order they were recorded.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="step.read")
            rows = uow.session.execute(
                select(SupportStep)
                .where(SupportStep.case_id == case_id)
                .order_by(SupportStep.created_at, SupportStep.id)
            ).scalars()
            views = [
                _step_view(row, uow.payloads.open(STEP_TABLE, row.id, row.payload_ct))
                for row in rows
            ]
            uow.commit()
        return views

    # ----------------------------------------------------------------------- assessments

    def add_assessment(
        self, case_id: str, *, assessed_on: date, scores: Mapping[str, int]
    ) -> AssessmentView:
        """Score some or all life domains 1–5 (repeatable: start and now are compared).

        Raises:
            ValidationError: a date in the future (``assessed_on``), no scores or an unknown
                domain (``scores``), a score outside 1–5 (``scores.<domain>``).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        support.check_past(assessed_on, "assessed_on", today=self._today())
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="assessment.add")
            checked = support.check_scores(
                scores, life_domains=_life_domains(uow, active_only=True)
            )
            assessment_id = new_id()
            payload = {"scores": checked}
            row = Assessment(
                id=assessment_id,
                case_id=case_id,
                assessed_on=assessed_on,
                created_at=vault.clock(),
                created_by=vault.actor.username,
                payload_ct=uow.payloads.seal(ASSESSMENT_TABLE, assessment_id, payload),
            )
            uow.session.add(row)
            uow.session.flush()
            view = _assessment_view(row, payload)
            uow.commit()
        return view

    def _assessments(self, uow: UnitOfWork, case_id: str) -> list[AssessmentView]:
        rows = uow.session.execute(
            select(Assessment)
            .where(Assessment.case_id == case_id)
            .order_by(Assessment.assessed_on, Assessment.created_at, Assessment.id)
        ).scalars()
        return [
            _assessment_view(row, uow.payloads.open(ASSESSMENT_TABLE, row.id, row.payload_ct))
            for row in rows
        ]

    def assessments(self, case_id: str) -> list[AssessmentView]:
        """A case's life-domain assessments, oldest first.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="assessment.read")
            views = self._assessments(uow, case_id)
            uow.commit()
        return views

    def progress(self, case_id: str) -> list[DomainProgress]:
        """Start vs latest score per life domain (every active domain, in list order).

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="assessment.read")
            history = [(a.assessed_on, a.scores) for a in self._assessments(uow, case_id)]
            result = support.progress(history, life_domains=_life_domains(uow, active_only=True))
            uow.commit()
        return list(result)

    # ----------------------------------------------------------------------- plan goals

    def _check_life_domain(self, uow: UnitOfWork, goal: ValidGoal, stored: str | None) -> None:
        if goal.life_domain != stored:
            check_code(uow, CodeList.LIFE_DOMAIN, goal.life_domain, "life_domain")

    def add_goal(self, case_id: str, goal: GoalInput) -> GoalView:
        """Add a goal to the implementation plan (genomförandeplan).

        Raises:
            ValidationError: an unknown life domain (``life_domain``), no goal text
                (``goal``), an unknown status (``status``), text too long.
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        valid = support.check_goal(goal)
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="plan.add-goal")
            self._check_life_domain(uow, valid, None)
            now = vault.clock()
            goal_id = new_id()
            payload = _goal_payload(valid)
            row = PlanGoal(
                id=goal_id,
                case_id=case_id,
                life_domain=valid.life_domain,
                status=valid.status.value,
                deadline=valid.deadline,
                payload_ct=uow.payloads.seal(GOAL_TABLE, goal_id, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            view = _goal_view(row, payload)
            uow.commit()
        self._vault.case_changed(view.case_id)
        return view

    def update_goal(self, goal_id: str, goal: GoalInput, *, expected_version: int) -> GoalView:
        """Change a plan goal (all its values; see :meth:`GoalView.to_input`).

        Raises:
            ConflictError: someone changed the goal since ``expected_version``.
            ValidationError, NotFoundError, EmergencyAccessRequiredError,
            PermissionDeniedError.
        """
        vault = self._vault
        valid = support.check_goal(goal)
        with vault.unit_of_work() as uow:
            row = uow.session.get(PlanGoal, goal_id)
            if row is None:
                raise NotFoundError(what="The plan goal")
            self._guard.load(uow, row.case_id, action="plan.update-goal")
            check_version(row, expected_version)
            self._check_life_domain(uow, valid, row.life_domain)
            payload = _goal_payload(valid)
            row.life_domain = valid.life_domain
            row.status = valid.status.value
            row.deadline = valid.deadline
            row.payload_ct = uow.payloads.seal(GOAL_TABLE, row.id, payload)
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            view = _goal_view(row, payload)
            uow.commit()
        self._vault.case_changed(view.case_id)
        return view

    def goals(self, case_id: str) -> list[GoalView]:
        """The plan's goals in the order they were added.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="plan.read")
            rows = uow.session.execute(
                select(PlanGoal)
                .where(PlanGoal.case_id == case_id)
                .order_by(PlanGoal.created_at, PlanGoal.id)
            ).scalars()
            views = [
                _goal_view(row, uow.payloads.open(GOAL_TABLE, row.id, row.payload_ct))
                for row in rows
            ]
            uow.commit()
        return views

    # ----------------------------------------------------------------------- threat

    def add_threat_assessment(
        self,
        case_id: str,
        *,
        level: str,
        assessed_on: date,
        next_review_on: date | None = None,
        source: str = "",
    ) -> ThreatView:
        """Record a threat / risk assessment. Keep ``source`` minimal (who assessed, not
        what was said).

        Raises:
            ValidationError: an unknown level (``level``), a date in the future
                (``assessed_on``), a review before the assessment (``next_review_on``), a
                source too long (``source``).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        valid = support.check_threat(
            level=level,
            assessed_on=assessed_on,
            next_review_on=next_review_on,
            source=source,
            today=self._today(),
        )
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="threat.add")
            threat_id = new_id()
            payload = {"source": valid.source}
            row = ThreatAssessment(
                id=threat_id,
                case_id=case_id,
                level=valid.level.value,
                assessed_on=valid.assessed_on,
                next_review_on=valid.next_review_on,
                created_at=vault.clock(),
                created_by=vault.actor.username,
                payload_ct=uow.payloads.seal(THREAT_TABLE, threat_id, payload),
            )
            uow.session.add(row)
            uow.session.flush()
            view = _threat_view(row, payload)
            uow.commit()
        return view

    def _threat_rows(self, uow: UnitOfWork, case_id: str) -> list[ThreatAssessment]:
        return list(
            uow.session.execute(
                select(ThreatAssessment)
                .where(ThreatAssessment.case_id == case_id)
                .order_by(
                    ThreatAssessment.assessed_on, ThreatAssessment.created_at, ThreatAssessment.id
                )
            ).scalars()
        )

    def threat_assessments(self, case_id: str) -> list[ThreatView]:
        """A case's threat assessments, oldest first.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="threat.read")
            views = [
                _threat_view(row, uow.payloads.open(THREAT_TABLE, row.id, row.payload_ct))
                for row in self._threat_rows(uow, case_id)
            ]
            uow.commit()
        return views

    def latest_threat_assessment(self, case_id: str) -> ThreatView | None:
        """The most recent threat assessment (by assessment date), or ``None``.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="threat.read")
            rows = self._threat_rows(uow, case_id)
            latest = rows[-1] if rows else None
            view = (
                _threat_view(latest, uow.payloads.open(THREAT_TABLE, latest.id, latest.payload_ct))
                if latest is not None
                else None
            )
            uow.commit()
        return view

    # ----------------------------------------------------------------------- consents

    def add_consent(
        self,
        case_id: str,
        *,
        agencies: Sequence[str],
        scope: str = "",
        written: bool,
        valid_from: date,
        valid_to: date | None = None,
    ) -> ConsentView:
        """Register a consent to exchange information with the agencies named (codes of the
        agency list).

        Raises:
            ValidationError: no agency or an unknown one (``agencies``), an end before the
                start (``valid_to``), a scope too long (``scope``).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        if isinstance(agencies, str):  # one code passed bare would be split into letters
            agencies = [agencies]
        checked = support.check_agencies(agencies)
        support.check_consent_period(valid_from, valid_to)
        cleaned_scope = support.clean_text(scope, "scope")
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="consent.add")
            for agency in checked:
                check_code(uow, CodeList.AGENCY, agency, "agencies")
            now = vault.clock()
            consent_id = new_id()
            payload = {"agencies": list(checked), "scope": cleaned_scope}
            row = Consent(
                id=consent_id,
                case_id=case_id,
                written=bool(written),
                valid_from=valid_from,
                valid_to=valid_to,
                withdrawn_on=None,
                payload_ct=uow.payloads.seal(CONSENT_TABLE, consent_id, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            view = _consent_view(row, payload)
            uow.commit()
        self._vault.case_changed(view.case_id)
        return view

    def withdraw_consent(
        self, consent_id: str, *, withdrawn_on: date, expected_version: int | None = None
    ) -> ConsentView:
        """Mark a consent withdrawn from ``withdrawn_on`` (it stays in the register).

        Raises:
            ValidationError: already withdrawn, or a date in the future (``withdrawn_on``).
            ConflictError, NotFoundError, EmergencyAccessRequiredError,
            PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            row = uow.session.get(Consent, consent_id)
            if row is None:
                raise NotFoundError(what="The consent")
            self._guard.load(uow, row.case_id, action="consent.withdraw")
            check_version(row, expected_version)
            support.check_withdrawal(
                withdrawn_on, already_withdrawn_on=row.withdrawn_on, today=self._today()
            )
            row.withdrawn_on = withdrawn_on
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            view = _consent_view(row, uow.payloads.open(CONSENT_TABLE, row.id, row.payload_ct))
            uow.commit()
        self._vault.case_changed(view.case_id)
        return view

    def consents(self, case_id: str) -> list[ConsentView]:
        """The consent register of a case, by start date; withdrawn consents included.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="consent.read")
            rows = uow.session.execute(
                select(Consent)
                .where(Consent.case_id == case_id)
                .order_by(Consent.valid_from, Consent.created_at, Consent.id)
            ).scalars()
            views = [
                _consent_view(row, uow.payloads.open(CONSENT_TABLE, row.id, row.payload_ct))
                for row in rows
            ]
            uow.commit()
        return views

    def valid_consents(self, case_id: str, *, on: date) -> list[ConsentView]:
        """The consents that cover the day ``on`` (see :meth:`ConsentView.valid_on`).

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        return [c for c in self.consents(case_id) if c.valid_on(on)]

    # ----------------------------------------------------------------------- agreement

    def _breaches(self, uow: UnitOfWork, case_id: str) -> tuple[BreachView, ...]:
        rows = uow.session.execute(
            select(Breach)
            .where(Breach.case_id == case_id)
            .order_by(Breach.occurred_on, Breach.created_at, Breach.id)
        ).scalars()
        return tuple(
            _breach_view(row, uow.payloads.open(BREACH_TABLE, row.id, row.payload_ct))
            for row in rows
        )

    def set_agreement_signed(
        self, case_id: str, signed_on: date | None, *, expected_version: int | None = None
    ) -> AgreementView:
        """Record the date the agreement / conditions were signed (``None`` clears a date
        entered by mistake; the audit log keeps both acts).

        Raises:
            ValidationError: a date in the future or before the inquiry (``signed_on``).
            ConflictError: the case changed since ``expected_version``.
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            case, _ = self._guard.load(uow, case_id, action="agreement.sign")
            check_version(case, expected_version)
            if signed_on is not None:
                support.check_agreement_date(
                    signed_on, inquiry_on=case.inquiry_on, today=self._today()
                )
            case.agreement_signed_on = signed_on
            case.updated_at = vault.clock()
            case.updated_by = vault.actor.username
            uow.session.flush()
            view = AgreementView(
                case_id=case_id,
                signed_on=signed_on,
                breaches=self._breaches(uow, case_id),
                case_version=case.version,
            )
            uow.commit()
        return view

    def add_breach(self, case_id: str, *, occurred_on: date, description: str) -> BreachView:
        """Log a breach of the agreement's conditions (regelbrott).

        Raises:
            ValidationError: a date in the future (``occurred_on``), no description
                (``description``).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        cleaned = support.check_breach(
            occurred_on=occurred_on, description=description, today=self._today()
        )
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="breach.add")
            breach_id = new_id()
            payload = {"description": cleaned}
            row = Breach(
                id=breach_id,
                case_id=case_id,
                occurred_on=occurred_on,
                created_at=vault.clock(),
                created_by=vault.actor.username,
                payload_ct=uow.payloads.seal(BREACH_TABLE, breach_id, payload),
            )
            uow.session.add(row)
            uow.session.flush()
            view = _breach_view(row, payload)
            uow.commit()
        return view

    def agreement(self, case_id: str) -> AgreementView:
        """When the agreement was signed, and the breaches, oldest first.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        with self._vault.unit_of_work() as uow:
            case, _ = self._guard.load(uow, case_id, action="agreement.read")
            view = AgreementView(
                case_id=case_id,
                signed_on=case.agreement_signed_on,
                breaches=self._breaches(uow, case_id),
                case_version=case.version,
            )
            uow.commit()
        return view
