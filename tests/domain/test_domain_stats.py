"""The period figures against a hand-built dataset whose answers were worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.domain.stats import (
    CaseFacts,
    Median,
    StepFacts,
    _active_on,
    _month_ends,
    compute,
    previous_period,
)
from avhopp.errors import ValidationError

START, END = date(2026, 1, 1), date(2026, 6, 30)


def step(
    category: str,
    status: str,
    *,
    starts: date | None,
    ends: date | None = None,
    decided: date | None = None,
    external: bool = False,
    applied: bool = False,
    granted: bool | None = None,
    sek: int | None = None,
) -> StepFacts:
    return StepFacts(category, status, starts, ends, decided, external, applied, granted, sek)


A = CaseFacts(  # active throughout, decided before the period
    case_id="A",
    person_id="pA",
    referral_source="police",
    inquiry_on=date(2025, 10, 1),
    decision_on=date(2025, 11, 1),
    closed_on=None,
    closure_reason=None,
    phase_history=(
        ("inquiry", date(2025, 10, 1)),
        ("pre_assessment", date(2025, 10, 10)),
        ("investigation", date(2025, 10, 20)),
        ("active_support", date(2025, 11, 1)),
    ),
    steps=(
        step(
            "protection",
            "ongoing",
            starts=date(2025, 11, 5),
            decided=date(2025, 11, 2),
            external=True,
            applied=True,
            granted=True,
            sek=50_000,
        ),
        step("housing", "ongoing", starts=date(2026, 2, 1)),
    ),
    agreement_signed_on=date(2025, 11, 1),
    has_plan=True,
    consents=((date(2025, 10, 15), None, None),),
)
B = CaseFacts(  # new, decided and closed in the period, with assessments
    case_id="B",
    person_id="pB",
    referral_source="police",
    inquiry_on=date(2026, 2, 1),
    decision_on=date(2026, 3, 1),
    closed_on=date(2026, 5, 31),
    closure_reason="completed",
    phase_history=(
        ("inquiry", date(2026, 2, 1)),
        ("investigation", date(2026, 2, 15)),
        ("protection", date(2026, 3, 1)),
        ("closed", date(2026, 5, 31)),
    ),
    steps=(
        step(
            "protection",
            "completed",
            starts=date(2026, 3, 3),
            ends=date(2026, 5, 1),
            decided=date(2026, 3, 1),
            applied=True,
            granted=True,
            sek=20_000,
        ),
    ),
    assessments=(
        (date(2026, 2, 10), {"housing": 2, "occupation": 1, "income": 2}),
        (date(2026, 5, 20), {"housing": 4, "occupation": 4, "income": 2}),
    ),
)
C = CaseFacts(  # new, found not eligible
    case_id="C",
    person_id="pC",
    referral_source="self",
    inquiry_on=date(2026, 3, 15),
    decision_on=None,
    closed_on=date(2026, 4, 1),
    closure_reason="not_eligible",
    phase_history=(("inquiry", date(2026, 3, 15)), ("closed", date(2026, 4, 1))),
)
D = CaseFacts(  # new on the last day, consent withdrawn that day
    case_id="D",
    person_id="pD",
    referral_source="school",
    inquiry_on=date(2026, 6, 30),
    decision_on=None,
    closed_on=None,
    closure_reason=None,
    phase_history=(("inquiry", date(2026, 6, 30)),),
    consents=((date(2026, 6, 30), None, date(2026, 6, 30)),),
)
E = CaseFacts(  # closed the day before the period: not active in it
    case_id="E",
    person_id="pE",
    referral_source="police",
    inquiry_on=date(2025, 5, 1),
    decision_on=None,
    closed_on=date(2025, 12, 31),
    closure_reason="moved",
    phase_history=(("inquiry", date(2025, 5, 1)), ("closed", date(2025, 12, 31))),
)
F = CaseFacts(  # closed on the first day: active in the period and as it began
    case_id="F",
    person_id="pF",
    referral_source="relative",
    inquiry_on=date(2025, 12, 1),
    decision_on=None,
    closed_on=date(2026, 1, 1),
    closure_reason="ended_by_participant",
    phase_history=(("inquiry", date(2025, 12, 1)), ("closed", date(2026, 1, 1))),
)


@pytest.fixture
def stats():
    return compute([A, B, C, D, E, F], START, END)


def test_inflow(stats):
    assert stats.new_cases == 3
    assert stats.inquiries_by_source == {"police": 1, "self": 1, "school": 1}
    assert stats.assessment_outcomes == {"decision": 1, "not_eligible": 1, "under_assessment": 1}


def test_caseload(stats):
    assert stats.active_at_start == 2  # A and F (closed on the first day); not E (the day before)
    assert stats.active_at_end == 2  # A and D
    assert stats.closed_cases == 3  # B, C, F
    assert stats.active_in_period == 5  # all but E
    assert stats.active_at_end_by_phase == {"active_support": 1, "inquiry": 1}
    assert stats.closures_by_reason == {
        "completed": 1,
        "not_eligible": 1,
        "ended_by_participant": 1,
    }
    assert stats.caseload_by_month == (
        ("2026-01", 1),
        ("2026-02", 2),
        ("2026-03", 3),
        ("2026-04", 2),
        ("2026-05", 1),
        ("2026-06", 2),
    )


def test_lead_times(stats):
    assert stats.lead_inquiry_to_decision_days == Median(28, 1)  # B: 1 Feb → 1 Mar
    assert stats.lead_decision_to_protection_days == Median(2, 1)  # B: 1 Mar → 3 Mar
    months = stats.months_in_programme_closed
    assert months.n == 3
    assert months.value == pytest.approx(31 / 30.44)  # median of 119, 17 and 31 days


def test_support(stats):
    assert stats.participants_by_step_category == {"housing": 1, "protection": 2}
    assert stats.steps_active == 3
    assert stats.steps_external == 1
    # A's application was decided before the period; B's inside it.
    assert (stats.police_funds_applied, stats.police_funds_granted) == (1, 1)
    assert stats.police_funds_granted_sek == 20_000


def test_outcomes_and_quality(stats):
    assert stats.closed_with_assessment == 1
    assert stats.outcomes_at_closure == {"stable_housing": 1, "occupation": 1, "improved": 1}
    assert stats.with_signed_agreement == 1
    assert stats.with_plan == 1
    assert stats.with_valid_consent_at_end == 1  # D's consent was withdrawn on the last day


def test_empty_period_and_bad_period():
    empty = compute([], START, END)
    assert empty.new_cases == 0
    assert empty.lead_inquiry_to_decision_days == Median(None, 0)
    with pytest.raises(ValidationError) as caught:
        compute([], END, START)
    assert caught.value.field == "to"


def test_previous_period_of_whole_months_is_as_many_months():
    assert previous_period(START, END) == (date(2025, 7, 1), date(2025, 12, 31))
    assert previous_period(date(2026, 1, 1), date(2026, 12, 31)) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )


def test_previous_period_of_any_other_range_has_equal_length():
    start, end = date(2026, 1, 10), date(2026, 2, 14)
    prev_start, prev_end = previous_period(start, end)
    assert prev_end == date(2026, 1, 9)
    assert prev_end - prev_start == end - start


def test_edge_cases_of_each_figure():
    """Branches the hand-built year does not reach: a phase entered after the period, a
    planned and a cancelled step, a step with no dates, a refused application, a case closed
    for another reason before any decision, and assessments with nothing in common."""
    g = CaseFacts(
        case_id="G",
        person_id="pG",
        referral_source="police",
        inquiry_on=date(2026, 1, 10),
        decision_on=None,
        closed_on=date(2026, 2, 1),
        closure_reason="moved",
        phase_history=(("inquiry", date(2026, 1, 10)), ("closed", date(2026, 2, 1))),
        assessments=((date(2026, 1, 11), {"housing": 2}), (date(2026, 1, 30), {"debts": 5})),
    )
    h = CaseFacts(
        case_id="H",
        person_id="pH",
        referral_source="self",
        inquiry_on=date(2025, 11, 1),
        decision_on=date(2026, 1, 20),
        closed_on=None,
        closure_reason=None,
        phase_history=(
            ("inquiry", date(2025, 11, 1)),
            ("investigation", date(2026, 1, 5)),
            ("active_support", date(2026, 1, 20)),
            ("transition", date(2026, 8, 1)),
        ),
        steps=(
            step("housing", "planned", starts=date(2026, 2, 1)),
            step("care", "cancelled", starts=date(2026, 2, 1)),
            step("support", "ongoing", starts=None),
            step(
                "protection",
                "ongoing",
                starts=None,
                decided=date(2026, 2, 1),
                applied=True,
                granted=False,
            ),
            step("finances", "completed", starts=date(2025, 12, 1), ends=date(2025, 12, 20)),
        ),
    )
    i = CaseFacts(  # closed with a single assessment: no baseline to improve on
        case_id="I",
        person_id="pI",
        referral_source="police",
        inquiry_on=date(2025, 6, 1),
        decision_on=None,
        closed_on=date(2026, 3, 1),
        closure_reason="other",
        phase_history=(("inquiry", date(2025, 6, 1)),),
        assessments=((date(2026, 2, 1), {"housing": 5}),),
    )
    stats = compute([g, h, i], START, END)
    assert stats.assessment_outcomes == {"closed_other": 1}
    assert stats.active_at_end_by_phase == {"active_support": 1}  # transition comes later
    assert stats.participants_by_step_category == {"protection": 1}
    assert (stats.police_funds_applied, stats.police_funds_granted) == (1, 0)
    assert stats.police_funds_granted_sek == 0
    # G: no domain in common, so no "improved"; I: one assessment, so no baseline.
    assert stats.outcomes_at_closure == {"debt_plan": 1, "stable_housing": 1}
    assert stats.lead_decision_to_protection_days == Median(12, 1)


def test_precomputed_support_figures_and_first_protection_dates():
    """What the service computes in SQL can be handed in: step figures as SupportFigures and
    each case's first protection step as a date instead of every step."""
    from dataclasses import replace

    from avhopp.domain.stats import SupportFigures

    summarized = replace(B, steps=(), first_protection_on=date(2026, 3, 3))
    figures = SupportFigures(
        participants={"protection": 9},
        active=9,
        external=4,
        applied=2,
        granted=1,
        granted_sek=7_000,
    )
    stats = compute([A, summarized], START, END, support=figures)
    assert stats.lead_decision_to_protection_days == Median(2, 1)
    assert stats.participants_by_step_category == {"protection": 9}
    assert (stats.steps_active, stats.steps_external) == (9, 4)
    assert (stats.police_funds_applied, stats.police_funds_granted) == (2, 1)
    assert stats.police_funds_granted_sek == 7_000


# The caseload per month-end is counted by bisection; it must equal asking every case about
# every day (the definition), for any dates, a closure on or before the inquiry included.
_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))


@given(
    cases=st.lists(st.tuples(_days, st.one_of(st.none(), _days)), max_size=40),
    period=st.tuples(_days, _days).map(sorted),
)
@settings(max_examples=300, deadline=None)
def test_caseload_by_month_equals_the_definition(cases, period):
    start, end = period
    facts = [
        CaseFacts(
            case_id=f"c{i}",
            person_id=f"p{i}",
            referral_source="social",
            inquiry_on=inquiry,
            decision_on=None,
            closed_on=closed,
            closure_reason=None,
            phase_history=(),
        )
        for i, (inquiry, closed) in enumerate(cases)
    ]
    expected = tuple(
        (f"{day:%Y-%m}", sum(1 for c in facts if _active_on(c, day)))
        for day in _month_ends(start, end)
    )
    assert compute(facts, start, end).caseload_by_month == expected


def test_follow_ups_on_time_counts_those_due_in_the_period_on_active_cases():
    day = date(2026, 3, 15)
    followed = CaseFacts(
        case_id="f",
        person_id="pf",
        referral_source="social",
        inquiry_on=date(2025, 11, 1),
        decision_on=None,
        closed_on=None,
        closure_reason=None,
        phase_history=(),
        followups=(
            (date(2025, 12, 20), date(2025, 12, 19)),  # before the period
            (date(2026, 1, 10), date(2026, 1, 10)),  # on the due day: on time
            (date(2026, 2, 1), date(2026, 1, 28)),  # early: on time
            (date(2026, 3, 1), date(2026, 3, 2)),  # a day late
            (day, None),  # still open
            (date(2026, 7, 1), None),  # after the period
        ),
    )
    closed_before = CaseFacts(  # not active in the period: its follow-ups do not count
        case_id="g",
        person_id="pg",
        referral_source="social",
        inquiry_on=date(2025, 1, 1),
        decision_on=None,
        closed_on=date(2025, 12, 31),
        closure_reason="completed",
        phase_history=(),
        followups=((date(2026, 1, 15), None),),
    )
    stats = compute([followed, closed_before], date(2026, 1, 1), date(2026, 6, 30))
    assert (stats.followups_due, stats.followups_on_time) == (4, 2)


def test_a_stored_time_falls_on_the_local_day(monkeypatch):
    """A reminder ticked off at 00:30 in Västerås (23:30 UTC the evening before) was done
    on the local day."""
    import time

    from avhopp.domain.clock import local_date

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        assert local_date(datetime(2026, 3, 1, 23, 30)) == date(2026, 3, 2)  # UTC+1
        assert local_date(datetime(2026, 7, 1, 21, 59)) == date(2026, 7, 1)  # UTC+2
        assert local_date(datetime(2026, 7, 1, 22, 0)) == date(2026, 7, 2)
    finally:
        monkeypatch.undo()
        time.tzset()
