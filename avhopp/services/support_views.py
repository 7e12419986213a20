"""Read models of a case's support: steps, assessments, plan goals, threat assessments,
consents, the agreement and breaches (frozen, no ORM)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from avhopp.domain.support import (
    DomainProgress,
    GoalInput,
    GoalStatus,
    StepInput,
    StepStatus,
    ThreatLevel,
    consent_valid_on,
)

__all__ = [
    "AgreementView",
    "AssessmentView",
    "BreachView",
    "ConsentView",
    "DomainProgress",
    "GoalView",
    "StepView",
    "ThreatView",
]


@dataclass(frozen=True)
class StepView:
    """A support step (insats)."""

    id: str
    case_id: str
    category: str
    item: str
    status: StepStatus
    decided_on: date | None
    starts_on: date | None
    ends_on: date | None
    external: bool
    provider: str
    legal_basis: str
    cost_sek: int | None
    police_funds_applied: bool
    police_funds_granted: bool | None
    police_funds_sek: int | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    version: int

    def to_input(self) -> StepInput:
        """The values as an input, to change some with ``dataclasses.replace``."""
        return StepInput(
            category=self.category,
            item=self.item,
            status=self.status,
            decided_on=self.decided_on,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            external=self.external,
            provider=self.provider,
            legal_basis=self.legal_basis,
            cost_sek=self.cost_sek,
            police_funds_applied=self.police_funds_applied,
            police_funds_granted=self.police_funds_granted,
            police_funds_sek=self.police_funds_sek,
        )


@dataclass(frozen=True)
class AssessmentView:
    """One life-domain assessment: scores 1–5 for the domains assessed that day."""

    id: str
    case_id: str
    assessed_on: date
    scores: Mapping[str, int]
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True)
class GoalView:
    """A goal of the implementation plan (genomförandeplan)."""

    id: str
    case_id: str
    life_domain: str
    goal: str
    owner: str
    deadline: date | None
    status: GoalStatus
    own_words: str
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    version: int

    def to_input(self) -> GoalInput:
        """The values as an input, to change some with ``dataclasses.replace``."""
        return GoalInput(
            life_domain=self.life_domain,
            goal=self.goal,
            owner=self.owner,
            deadline=self.deadline,
            status=self.status,
            own_words=self.own_words,
        )


@dataclass(frozen=True)
class ThreatView:
    """A threat / risk assessment (hotbild)."""

    id: str
    case_id: str
    level: ThreatLevel
    assessed_on: date
    next_review_on: date | None
    source: str
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True)
class ConsentView:
    """A consent to exchange information with the agencies named (10 kap. 1 § OSL)."""

    id: str
    case_id: str
    agencies: tuple[str, ...]
    scope: str
    written: bool
    valid_from: date
    valid_to: date | None
    withdrawn_on: date | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    version: int

    def valid_on(self, day: date) -> bool:
        """Within its period on ``day`` and not withdrawn by then."""
        return consent_valid_on(
            day, valid_from=self.valid_from, valid_to=self.valid_to, withdrawn_on=self.withdrawn_on
        )


@dataclass(frozen=True)
class BreachView:
    """A breach of the agreement's conditions (regelbrott)."""

    id: str
    case_id: str
    occurred_on: date
    description: str
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True)
class AgreementView:
    """The agreement / conditions of a case: when signed, and the breaches logged."""

    case_id: str
    signed_on: date | None
    breaches: tuple[BreachView, ...]
    #: The case's version (for ``expected_version`` when changing the signed date).
    case_version: int
