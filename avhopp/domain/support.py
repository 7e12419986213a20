"""Support in a case (DOMAIN.md §2): support steps (insatser), life-domain assessments, the
implementation plan (genomförandeplan), threat assessments, the consent register, the
agreement and its breaches (regelbrott).

Pure rules on plain values. Every check raises :class:`~avhopp.errors.ValidationError` naming
the field, so a form can show the message next to it. Dates of things that have happened
(decisions, assessments, breaches, withdrawals, signatures) cannot be in the future; planned
starts, ends, deadlines and review dates can.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from avhopp.domain.phases import CLOSED
from avhopp.errors import ValidationError

MIN_SCORE = 1
MAX_SCORE = 5
#: Provider names and goal owners.
MAX_NAME = 200
#: Legal basis, goals, the participant's own words, consent scope, breach descriptions.
MAX_TEXT = 4000
#: The source of a threat assessment: keep detail minimal (DOMAIN.md §2).
MAX_THREAT_SOURCE = 500
#: A sanity bound on amounts (SEK): a typing slip, not a real cost.
MAX_SEK = 100_000_000


class StepStatus(enum.StrEnum):
    PLANNED = "planned"  # planerad
    ONGOING = "ongoing"  # pågående
    COMPLETED = "completed"  # avslutad
    CANCELLED = "cancelled"  # avbruten


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    CANCELLED = "cancelled"


class ThreatLevel(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


_E = TypeVar("_E", bound=enum.StrEnum)


def parse_choice(kind: type[_E], value: str, field: str) -> _E:
    """A member of a fixed choice (``StepStatus``, ``GoalStatus``, ``ThreatLevel``).

    Raises:
        ValidationError: not one of the codes, on ``field``.
    """
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(
            "{value!r} is not one of: {choices}.",
            field=field,
            value=value,
            choices=", ".join(member.value for member in kind),
        ) from None


def clean_text(value: str, field: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    """Trimmed text within ``limit`` characters (line breaks kept).

    Raises:
        ValidationError: empty while required, or too long, on ``field``.
    """
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError("This field is required.", field=field)
    if len(cleaned) > limit:
        raise ValidationError("At most {n} characters.", field=field, n=limit)
    return cleaned


def check_past(day: date, field: str, *, today: date) -> date:
    """Raises:
    ValidationError: ``day`` is after ``today``, on ``field``.
    """
    if day > today:
        raise ValidationError("This date cannot be in the future.", field=field)
    return day


def check_order(
    first: date | None, last: date | None, field: str, *, first_label: str = "the start date"
) -> None:
    """``last`` is not before ``first`` (either may be missing).

    Raises:
        ValidationError: on ``field`` (the later date's field).
    """
    if first is not None and last is not None and last < first:
        raise ValidationError(
            "This date cannot be before {what} ({first}).",
            field=field,
            what=first_label,
            first=first.isoformat(),
        )


def check_sek(value: int | None, field: str) -> int | None:
    """A whole, non-negative amount of kronor, or ``None`` (not known).

    Raises:
        ValidationError: not an integer, negative or absurdly large, on ``field``.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("Give a whole number of kronor.", field=field)
    if value < 0:
        raise ValidationError("An amount cannot be negative.", field=field)
    if value > MAX_SEK:
        raise ValidationError("At most {n} SEK.", field=field, n=MAX_SEK)
    return value


def check_case_open(phase: str) -> None:
    """New support steps go to open cases only.

    Raises:
        ValidationError: the case is closed, on the field ``phase``.
    """
    if phase == CLOSED:
        raise ValidationError("The case is closed. Reopen it to add a support step.", field="phase")


# --------------------------------------------------------------------------- support steps


@dataclass(frozen=True)
class StepInput:
    """A support step as a form hands it over (plain values).

    ``police_funds_granted`` is ``None`` while the Police have not decided; an amount is
    only given when the funds were granted.
    """

    category: str
    item: str
    status: str = StepStatus.PLANNED
    decided_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    external: bool = False
    provider: str = ""
    legal_basis: str = ""
    cost_sek: int | None = None
    police_funds_applied: bool = False
    police_funds_granted: bool | None = None
    police_funds_sek: int | None = None


@dataclass(frozen=True)
class ValidStep:
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


def check_item_in_category(*, category: str, item_parent: str | None) -> None:
    """A step item belongs to the chosen category (``CodeEntry.parent`` of the item).

    Raises:
        ValidationError: on the field ``item``.
    """
    if item_parent != category:
        raise ValidationError(
            "This support step does not belong to the category {category}.",
            field="item",
            category=category,
        )


def _check_police_funds(step: StepInput) -> int | None:
    if step.police_funds_granted is not None and not step.police_funds_applied:
        raise ValidationError(
            "Police exit funds can only be granted or refused once applied for.",
            field="police_funds_granted",
        )
    amount = check_sek(step.police_funds_sek, "police_funds_sek")
    if amount is not None and step.police_funds_granted is not True:
        raise ValidationError(
            "An amount is only given when the Police exit funds were granted.",
            field="police_funds_sek",
        )
    return amount


def check_step(step: StepInput, *, today: date) -> ValidStep:
    """Check a support step's own values (the codes are checked against the code lists by
    the service, see :func:`check_item_in_category`).

    Raises:
        ValidationError: naming the offending field.
    """
    category = clean_text(step.category, "category", limit=MAX_NAME, required=True)
    item = clean_text(step.item, "item", limit=MAX_NAME, required=True)
    status = parse_choice(StepStatus, step.status, "status")
    if step.decided_on is not None:
        check_past(step.decided_on, "decided_on", today=today)
    check_order(step.starts_on, step.ends_on, "ends_on")
    if status in (StepStatus.ONGOING, StepStatus.COMPLETED) and (
        step.starts_on is not None and step.starts_on > today
    ):
        raise ValidationError(
            "A step that has started cannot have a start date in the future.", field="starts_on"
        )
    if status == StepStatus.COMPLETED and step.ends_on is not None and step.ends_on > today:
        raise ValidationError(
            "A completed step cannot have an end date in the future.", field="ends_on"
        )
    return ValidStep(
        category=category,
        item=item,
        status=status,
        decided_on=step.decided_on,
        starts_on=step.starts_on,
        ends_on=step.ends_on,
        external=bool(step.external),
        provider=clean_text(step.provider, "provider", limit=MAX_NAME),
        legal_basis=clean_text(step.legal_basis, "legal_basis"),
        cost_sek=check_sek(step.cost_sek, "cost_sek"),
        police_funds_applied=bool(step.police_funds_applied),
        police_funds_granted=step.police_funds_granted,
        police_funds_sek=_check_police_funds(step),
    )


# --------------------------------------------------------------------------- assessments


def check_scores(scores: Mapping[str, int], *, life_domains: Collection[str]) -> dict[str, int]:
    """Scores 1–5 for all life domains or a subset.

    Raises:
        ValidationError: no score at all or an unknown domain (field ``scores``), a score
            outside 1–5 (field ``scores.<domain>``).
    """
    if not scores:
        raise ValidationError("Score at least one life domain.", field="scores")
    checked: dict[str, int] = {}
    for domain, score in scores.items():
        if domain not in life_domains:
            raise ValidationError(
                "{domain!r} is not an active life domain.", field="scores", domain=domain
            )
        if isinstance(score, bool) or not isinstance(score, int):
            raise ValidationError("A score is a whole number.", field=f"scores.{domain}")
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise ValidationError(
                "A score is from {low} to {high}.",
                field=f"scores.{domain}",
                low=MIN_SCORE,
                high=MAX_SCORE,
            )
        checked[domain] = score
    return checked


@dataclass(frozen=True)
class DomainProgress:
    """One life domain's first and latest score in a case ("start vs now")."""

    life_domain: str
    start_score: int | None
    start_on: date | None
    latest_score: int | None
    latest_on: date | None

    @property
    def change(self) -> int | None:
        """Latest minus start (positive is better); ``None`` until scored."""
        if self.start_score is None or self.latest_score is None:
            return None
        return self.latest_score - self.start_score


def progress(
    assessments: Iterable[tuple[date, Mapping[str, int]]], *, life_domains: Sequence[str]
) -> tuple[DomainProgress, ...]:
    """Start vs latest per domain, over assessments given in chronological order.

    A domain scored only once has the same start and latest score. Domains that were never
    scored are listed with ``None``; domains scored but not in ``life_domains`` (a deactivated
    code) are appended in the order met.
    """
    first: dict[str, tuple[date, int]] = {}
    last: dict[str, tuple[date, int]] = {}
    for assessed_on, scores in assessments:
        for domain, score in scores.items():
            first.setdefault(domain, (assessed_on, score))
            last[domain] = (assessed_on, score)
    order = list(life_domains) + [d for d in first if d not in life_domains]
    result = []
    for domain in order:
        start = first.get(domain)
        latest = last.get(domain)
        result.append(
            DomainProgress(
                life_domain=domain,
                start_score=start[1] if start else None,
                start_on=start[0] if start else None,
                latest_score=latest[1] if latest else None,
                latest_on=latest[0] if latest else None,
            )
        )
    return tuple(result)


# --------------------------------------------------------------------------- plan goals


@dataclass(frozen=True)
class GoalInput:
    """A goal of the implementation plan as a form hands it over."""

    life_domain: str
    goal: str
    owner: str = ""
    deadline: date | None = None
    status: str = GoalStatus.OPEN
    own_words: str = ""


@dataclass(frozen=True)
class ValidGoal:
    life_domain: str
    goal: str
    owner: str
    deadline: date | None
    status: GoalStatus
    own_words: str


def check_goal(goal: GoalInput) -> ValidGoal:
    """Raises:
    ValidationError: naming the offending field.
    """
    return ValidGoal(
        life_domain=clean_text(goal.life_domain, "life_domain", limit=MAX_NAME, required=True),
        goal=clean_text(goal.goal, "goal", required=True),
        owner=clean_text(goal.owner, "owner", limit=MAX_NAME),
        deadline=goal.deadline,
        status=parse_choice(GoalStatus, goal.status, "status"),
        own_words=clean_text(goal.own_words, "own_words"),
    )


# --------------------------------------------------------------------------- threat


@dataclass(frozen=True)
class ValidThreat:
    level: ThreatLevel
    assessed_on: date
    next_review_on: date | None
    source: str


def check_threat(
    *,
    level: str,
    assessed_on: date,
    next_review_on: date | None,
    source: str,
    today: date,
) -> ValidThreat:
    """Raises:
    ValidationError: naming the offending field.
    """
    checked = parse_choice(ThreatLevel, level, "level")
    check_past(assessed_on, "assessed_on", today=today)
    check_order(assessed_on, next_review_on, "next_review_on", first_label="the assessment")
    return ValidThreat(
        level=checked,
        assessed_on=assessed_on,
        next_review_on=next_review_on,
        source=clean_text(source, "source", limit=MAX_THREAT_SOURCE),
    )


# --------------------------------------------------------------------------- consent


def check_agencies(agencies: Iterable[str]) -> tuple[str, ...]:
    """At least one agency; duplicates dropped, the order kept.

    Raises:
        ValidationError: no agency, on the field ``agencies``.
    """
    cleaned = tuple(dict.fromkeys(a.strip() for a in agencies if a.strip()))
    if not cleaned:
        raise ValidationError(
            "A consent names at least one agency information may be exchanged with.",
            field="agencies",
        )
    return cleaned


def check_consent_period(valid_from: date, valid_to: date | None) -> None:
    """Raises:
    ValidationError: the end is before the start, on ``valid_to``.
    """
    check_order(valid_from, valid_to, "valid_to")


def check_withdrawal(withdrawn_on: date, *, already_withdrawn_on: date | None, today: date) -> None:
    """Raises:
    ValidationError: already withdrawn, or a date in the future, on ``withdrawn_on``.
    """
    if already_withdrawn_on is not None:
        raise ValidationError(
            "The consent was already withdrawn on {day}.",
            field="withdrawn_on",
            day=already_withdrawn_on.isoformat(),
        )
    check_past(withdrawn_on, "withdrawn_on", today=today)


def consent_valid_on(
    day: date, *, valid_from: date, valid_to: date | None, withdrawn_on: date | None
) -> bool:
    """Whether a consent covers ``day``: within its period and not yet withdrawn (a withdrawal
    takes effect on the day it is made)."""
    if day < valid_from:
        return False
    if valid_to is not None and day > valid_to:
        return False
    return withdrawn_on is None or day < withdrawn_on


# --------------------------------------------------------------------------- agreement


def check_agreement_date(signed_on: date, *, inquiry_on: date, today: date) -> None:
    """The agreement is signed during the case, never in the future.

    Raises:
        ValidationError: on the field ``signed_on``.
    """
    check_past(signed_on, "signed_on", today=today)
    check_order(inquiry_on, signed_on, "signed_on", first_label="the inquiry")


def check_breach(*, occurred_on: date, description: str, today: date) -> str:
    """Raises:
    ValidationError: a future date (``occurred_on``), no description (``description``).
    """
    check_past(occurred_on, "occurred_on", today=today)
    return clean_text(description, "description", required=True)
