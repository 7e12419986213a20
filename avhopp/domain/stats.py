"""The figures of a period (DOMAIN.md §4), computed from plain facts: no I/O.

These are *raw* figures for managers. The council report renders them after disclosure
control (small counts suppressed); nothing here is suppressed.

Definitions (also printed in the report's method note):
- A case is *active in a period* when it started (inquiry) on or before the period's last day
  and was not closed before its first day.
- *Active at start*: inquiry before the first day, not closed before it (a case closed on the
  first day was active as it began); so at start + new − closed = at end, exactly. *Active at end*:
  inquiry on or before the last day, not closed on or before it.
- Lead times are medians in days over the cases whose later event falls in the period; time in
  programme is the median in months (30.44 days) over cases closed in the period.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from avhopp.domain import phases
from avhopp.domain.network import ReminderKind
from avhopp.errors import ValidationError

DAYS_PER_MONTH = 30.44
#: Closure reasons that end a case before any support was decided.
ASSESSMENT_OUTCOMES = ("not_eligible", "ended_by_participant")
#: A life-domain score at or above this counts as "in place" (stable housing, occupation...).
GOOD_SCORE = 4


@dataclass(frozen=True)
class StepFacts:
    category: str
    status: str
    starts_on: date | None
    ends_on: date | None
    decided_on: date | None
    external: bool
    police_funds_applied: bool
    police_funds_granted: bool | None
    police_funds_sek: int | None


@dataclass(frozen=True)
class CaseFacts:
    case_id: str
    person_id: str
    referral_source: str
    inquiry_on: date
    decision_on: date | None
    closed_on: date | None
    closure_reason: str | None
    #: (phase, entered_on) in order.
    phase_history: tuple[tuple[str, date], ...]
    steps: tuple[StepFacts, ...] = ()
    #: (assessed_on, {life domain: score 1–5}) in order.
    assessments: tuple[tuple[date, dict[str, int]], ...] = ()
    agreement_signed_on: date | None = None
    has_plan: bool = False
    #: (valid_from, valid_to, withdrawn_on) of each consent.
    consents: tuple[tuple[date, date | None, date | None], ...] = ()
    #: The first protection step's start (or decision), when the caller computed it instead
    #: of passing every step (``steps`` may then be empty).
    first_protection_on: date | None = None
    #: (due_on, done_on or None) of the case's follow-ups (reminders of the kinds in
    #: :data:`FOLLOW_UP_KINDS`) that had fallen due when the figures were made: one due
    #: later is not late yet, and the loader leaves it out.
    followups: tuple[tuple[date, date | None], ...] = ()


@dataclass(frozen=True)
class Median:
    value: float | None
    n: int


@dataclass(frozen=True)
class PeriodStats:
    start: date
    end: date
    inquiries_by_source: dict[str, int]
    assessment_outcomes: dict[str, int]
    active_at_start: int
    active_at_end: int
    new_cases: int
    closed_cases: int
    active_in_period: int
    active_at_end_by_phase: dict[str, int]
    closures_by_reason: dict[str, int]
    lead_inquiry_to_decision_days: Median
    lead_decision_to_protection_days: Median
    months_in_programme_closed: Median
    participants_by_step_category: dict[str, int]
    steps_active: int
    steps_external: int
    police_funds_applied: int
    police_funds_granted: int
    police_funds_granted_sek: int
    outcomes_at_closure: dict[str, int]
    closed_with_assessment: int
    with_signed_agreement: int
    with_plan: int
    with_valid_consent_at_end: int
    caseload_by_month: tuple[tuple[str, int], ...] = field(default=())
    #: Follow-ups of the active cases due in the period (by the day the figures were made),
    followups_due: int = 0
    #: and those of them done on or before their due date.
    followups_on_time: int = 0


#: The reminders that count as follow-ups for the quality indicator "follow-ups on time": a
#: case worker's own follow-up dates and the reviews of the plan (DOMAIN.md §2, §4).
FOLLOW_UP_KINDS: tuple[str, ...] = (ReminderKind.MANUAL.value, ReminderKind.PLAN_REVIEW.value)


def check_period(start: date, end: date) -> None:
    """Raises:
    ValidationError: the period ends before it starts.
    """
    if end < start:
        raise ValidationError("The period ends before it starts.", field="to")


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period just before, for comparisons. A period of whole calendar months (a
    half-year, a year, a quarter) is compared with the same number of months before it
    (January–June with July–December); any other range with as many days just before it."""
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = start.year * 12 + start.month - 1 - months
        return date(first // 12, first % 12 + 1, 1), start - timedelta(days=1)
    length = end - start
    prev_end = start - timedelta(days=1)
    return prev_end - length, prev_end


def _median(values: Iterable[float]) -> Median:
    data = list(values)
    return Median(value=statistics.median(data) if data else None, n=len(data))


def _active_on(case: CaseFacts, day: date) -> bool:
    return case.inquiry_on <= day and (case.closed_on is None or case.closed_on > day)


def _phase_on(case: CaseFacts, day: date) -> str | None:
    current = None
    for phase, entered in case.phase_history:
        if entered <= day:
            current = phase
    return current


def _step_active(step: StepFacts, start: date, end: date) -> bool:
    if step.status in ("cancelled", "planned"):
        return False
    begin = step.starts_on or step.decided_on
    return begin is not None and begin <= end and (step.ends_on is None or step.ends_on >= start)


def _month_ends(start: date, end: date) -> list[date]:
    points = []
    year, month = start.year, start.month
    while True:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        last = date.fromordinal(nxt.toordinal() - 1)
        points.append(min(last, end))
        if last >= end:
            return points
        year, month = nxt.year, nxt.month


def _caseload(cases: Sequence[CaseFacts], days: Sequence[date]) -> list[int]:
    """How many cases are active (:func:`_active_on`) on each of ``days`` (ascending,
    distinct). A case is active on one unbroken run of them, [first day on or after its
    inquiry, first day on or after its closure), found by bisection: O(cases · log days)
    instead of asking every case about every day."""
    change = [0] * (len(days) + 1)
    for case in cases:
        first = bisect_left(days, case.inquiry_on)
        stop = len(days) if case.closed_on is None else bisect_left(days, case.closed_on)
        if first < stop:
            change[first] += 1
            change[stop] -= 1
    counts, running = [], 0
    for step in change[:-1]:
        running += step
        counts.append(running)
    return counts


def _outcome_flags(scores: dict[str, int], first: dict[str, int] | None) -> list[str]:
    flags = []
    for domain, label in (
        ("housing", "stable_housing"),
        ("occupation", "occupation"),
        ("income", "own_income"),
        ("debts", "debt_plan"),
        ("criminal_environment", "no_contact_with_criminal_environment"),
    ):
        if scores.get(domain, 0) >= GOOD_SCORE:
            flags.append(label)
    if first is not None:
        common = [d for d in scores if d in first]
        if common and sum(scores[d] for d in common) > sum(first[d] for d in common):
            flags.append("improved")
    return flags


def _assessment_outcomes(new: Sequence[CaseFacts]) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    for case in new:
        if case.decision_on is not None:
            outcomes["decision"] += 1
        elif case.closure_reason in ASSESSMENT_OUTCOMES:
            outcomes[str(case.closure_reason)] += 1
        elif case.closed_on is not None:
            outcomes["closed_other"] += 1
        else:
            outcomes["under_assessment"] += 1
    return outcomes


def _protection_leads(cases: Sequence[CaseFacts], start: date, end: date) -> list[int]:
    """Days from decision to the first protection step, for first steps in the period."""
    leads = []
    for case in cases:
        if case.decision_on is None:
            continue
        begins = [s.starts_on or s.decided_on for s in case.steps if s.category == "protection"]
        if case.first_protection_on is not None:
            begins.append(case.first_protection_on)
        earliest = min((d for d in begins if d is not None), default=None)
        if earliest is not None and start <= earliest <= end:
            leads.append(max(0, (earliest - case.decision_on).days))
    return leads


@dataclass(frozen=True)
class SupportFigures:
    """The support-step figures of a period; :func:`compute` derives them from the cases'
    steps, or takes them ready-made from a caller that aggregated them in SQL."""

    participants: dict[str, int]
    active: int
    external: int
    applied: int
    granted: int
    granted_sek: int


def _support(active_cases: Sequence[CaseFacts], start: date, end: date) -> SupportFigures:
    participants: dict[str, set[str]] = {}
    steps_active = steps_external = applied = granted = granted_sek = 0
    for case in active_cases:
        for step in case.steps:
            decided_in_period = step.decided_on is not None and start <= step.decided_on <= end
            if step.police_funds_applied and decided_in_period:
                applied += 1
                if step.police_funds_granted:
                    granted += 1
                    granted_sek += step.police_funds_sek or 0
            if not _step_active(step, start, end):
                continue
            steps_active += 1
            steps_external += step.external
            participants.setdefault(step.category, set()).add(case.person_id)
    return SupportFigures(
        participants={k: len(v) for k, v in sorted(participants.items())},
        active=steps_active,
        external=steps_external,
        applied=applied,
        granted=granted,
        granted_sek=granted_sek,
    )


def compute(
    cases: Sequence[CaseFacts],
    start: date,
    end: date,
    *,
    support: SupportFigures | None = None,
) -> PeriodStats:
    """All figures of the period [start, end] (both days included). ``support`` replaces
    the step figures when the caller aggregated them itself (same definitions)."""
    check_period(start, end)
    new = [c for c in cases if start <= c.inquiry_on <= end]
    closed = [c for c in cases if c.closed_on is not None and start <= c.closed_on <= end]
    active = [
        c for c in cases if c.inquiry_on <= end and (c.closed_on is None or c.closed_on >= start)
    ]
    # Active as the first day begins: a case closed on that day still counts (so that
    # at start + new − closed = at end holds exactly, which the council report relies on).
    at_start = [
        c for c in cases if c.inquiry_on < start and (c.closed_on is None or c.closed_on >= start)
    ]
    at_end = [c for c in cases if _active_on(c, end)]

    outcomes = _assessment_outcomes(new)

    by_phase: Counter[str] = Counter()
    for case in at_end:
        by_phase[_phase_on(case, end) or phases.INQUIRY] += 1

    lead_decision = _median(
        (c.decision_on - c.inquiry_on).days
        for c in cases
        if c.decision_on is not None and start <= c.decision_on <= end
    )
    protection_leads = _protection_leads(cases, start, end)
    months = _median(
        (c.closed_on - c.inquiry_on).days / DAYS_PER_MONTH
        for c in closed
        if c.closed_on is not None
    )

    if support is None:
        support = _support(active, start, end)

    results: Counter[str] = Counter()
    with_assessment = 0
    for case in closed:
        if not case.assessments:
            continue
        with_assessment += 1
        baseline = case.assessments[0][1] if len(case.assessments) > 1 else None
        results.update(_outcome_flags(case.assessments[-1][1], baseline))

    def consent_valid(case: CaseFacts) -> bool:
        return any(
            frm <= end and (to is None or to >= end) and (wd is None or wd > end)
            for frm, to, wd in case.consents
        )

    followups = [(due, done) for c in active for due, done in c.followups if start <= due <= end]
    month_ends = _month_ends(start, end)
    return PeriodStats(
        start=start,
        end=end,
        inquiries_by_source=dict(Counter(c.referral_source for c in new)),
        assessment_outcomes=dict(outcomes),
        active_at_start=len(at_start),
        active_at_end=len(at_end),
        new_cases=len(new),
        closed_cases=len(closed),
        active_in_period=len(active),
        active_at_end_by_phase=dict(by_phase),
        closures_by_reason=dict(Counter(str(c.closure_reason) for c in closed)),
        lead_inquiry_to_decision_days=lead_decision,
        lead_decision_to_protection_days=_median(protection_leads),
        months_in_programme_closed=months,
        participants_by_step_category=support.participants,
        steps_active=support.active,
        steps_external=support.external,
        police_funds_applied=support.applied,
        police_funds_granted=support.granted,
        police_funds_granted_sek=support.granted_sek,
        outcomes_at_closure=dict(results),
        closed_with_assessment=with_assessment,
        with_signed_agreement=sum(
            1 for c in at_end if c.agreement_signed_on is not None and c.agreement_signed_on <= end
        ),
        with_plan=sum(1 for c in at_end if c.has_plan),
        with_valid_consent_at_end=sum(1 for c in at_end if consent_valid(c)),
        caseload_by_month=tuple(
            (f"{day:%Y-%m}", count)
            for day, count in zip(month_ends, _caseload(cases, month_ends), strict=True)
        ),
        followups_due=len(followups),
        followups_on_time=sum(1 for due, done in followups if done is not None and done <= due),
    )
