"""The council report's published figures: what is printed, hidden or withheld, by rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_disclosure import attacker_range

from avhopp.domain.council import MIN_SHARE_BASE, Figure, council_figures
from avhopp.domain.disclosure import Constraint, Status
from avhopp.domain.stats import Median, PeriodStats


def period(start: date, end: date, **changes: object) -> PeriodStats:
    base = PeriodStats(
        start=start,
        end=end,
        inquiries_by_source={"police": 20, "self": 12},
        assessment_outcomes={"decision": 25, "not_eligible": 7},
        active_at_start=40,
        active_at_end=50,
        new_cases=32,
        closed_cases=22,
        active_in_period=72,
        active_at_end_by_phase={"active_support": 30, "aftercare": 20},
        closures_by_reason={"completed": 12, "moved": 10},
        lead_inquiry_to_decision_days=Median(31.0, 25),
        lead_decision_to_protection_days=Median(4.5, 8),
        months_in_programme_closed=Median(14.2, 22),
        participants_by_step_category={"protection": 9, "housing": 30},
        steps_active=80,
        steps_external=30,
        police_funds_applied=14,
        police_funds_granted=9,
        police_funds_granted_sek=450_000,
        outcomes_at_closure={"stable_housing": 15, "improved": 20},
        closed_with_assessment=20,
        with_signed_agreement=40,
        with_plan=45,
        with_valid_consent_at_end=35,
        caseload_by_month=(("2026-01", 44), ("2026-02", 50)),
    )
    stats = replace(base, **changes)
    end = stats.active_at_end  # the quality counts are of the cases active at the end
    return replace(
        stats,
        with_plan=min(stats.with_plan, end),
        with_signed_agreement=min(stats.with_signed_agreement, end),
        with_valid_consent_at_end=min(stats.with_valid_consent_at_end, end),
    )


CUR = (date(2026, 1, 1), date(2026, 2, 28))
PREV = (date(2025, 11, 3), date(2025, 12, 31))
ORDER = {
    "referral_source": ("police", "school", "self"),
    "phase": ("active_support", "aftercare"),
    "closure_reason": ("completed", "moved"),
    "step_category": ("protection", "housing"),
}


def figures(current: PeriodStats | None = None, previous: PeriodStats | None = None, t: int = 5):
    current = current or period(*CUR)
    previous = previous or period(
        *PREV,
        active_at_end=40,
        active_at_start=30,
        active_at_end_by_phase={"active_support": 20, "aftercare": 20},
    )
    return council_figures(current, previous, t, order=ORDER)


def exact(value: float) -> Figure:
    return Figure(Status.EXACT, value)


def test_large_figures_are_printed_as_they_are() -> None:
    f = figures()
    assert [r.key for r in f.caseload.rows] == [
        "active_at_start",
        "new_cases",
        "closed_cases",
        "active_at_end",
    ]
    assert [r.current for r in f.caseload.rows] == [exact(40), exact(32), exact(22), exact(50)]
    assert [r.key for r in f.inflow_by_source.rows] == ["police", "school", "self"]
    assert f.inflow_by_source.rows[1].current == exact(0)  # in the code list, no inflow
    assert f.inflow_by_source.total is not None
    assert f.inflow_by_source.total.current == exact(32)
    assert f.support_by_category.total is None
    assert f.steps_external.current_share == exact(30 / 80)
    assert f.police_granted.current_share == exact(9 / 14)
    assert f.police_granted_sek.current == exact(450_000)
    assert f.lead_times[1].current == exact(4.5)
    assert f.lead_times[1].current_n == exact(8)
    assert f.outcomes_base.current == exact(20)
    assert f.outcomes[0].key == "stable_housing"
    assert f.outcomes[0].current_share == exact(0.75)
    assert f.quality[0].current_share == exact(45 / 50)
    assert f.caseload_by_month == (("2026-01", exact(44)), ("2026-02", exact(50)))
    assert (f.start, f.end, f.previous_start, f.previous_end) == (*CUR, *PREV)


def test_small_counts_and_what_follows_from_them() -> None:
    current = period(
        *CUR,
        inquiries_by_source={"police": 29, "self": 3},
        police_funds_applied=12,
        police_funds_granted=3,
        lead_decision_to_protection_days=Median(4.0, 3),
        with_plan=48,  # two without a plan
    )
    f = figures(current)
    police, school, self_ = f.inflow_by_source.rows
    assert self_.current.status is Status.SMALL
    assert police.current.status is Status.HIDDEN  # else 32 − 29 gives the 3 away
    assert school.current == exact(0)
    assert f.police_granted.current.status is Status.SMALL
    assert f.police_granted.current_share.status is Status.WITHHELD
    assert f.police_granted_sek.current.status is Status.WITHHELD  # no amount for < 5 grants
    assert f.lead_times[1].current.status is Status.WITHHELD  # median of 3
    assert f.lead_times[1].current_n.status is Status.SMALL
    with_plan = f.quality[0]
    assert with_plan.current.status is Status.HIDDEN  # the 2 without one stay unknown
    assert with_plan.current_share.status is Status.WITHHELD


def test_no_share_of_a_base_under_ten() -> None:
    current = period(*CUR, steps_active=MIN_SHARE_BASE - 1, steps_external=0)
    assert figures(current).steps_external.current_share.status is Status.WITHHELD
    current = period(*CUR, steps_active=MIN_SHARE_BASE, steps_external=0)
    assert figures(current).steps_external.current_share == exact(0)


def test_a_higher_threshold_raises_the_share_base_too() -> None:
    current = period(*CUR, steps_active=12, steps_external=0)
    assert figures(current, t=13).steps_external.current_share.status is Status.WITHHELD


def test_a_missing_median_is_withheld() -> None:
    current = period(*CUR, months_in_programme_closed=Median(None, 0))
    assert figures(current).lead_times[2].current.status is Status.WITHHELD


def test_the_periods_are_linked() -> None:
    # This period's "at start" is the previous period's "at end": hiding one hides the other.
    previous = period(
        *PREV,
        active_at_start=5,
        new_cases=2,
        closed_cases=0,
        active_at_end=7,
        inquiries_by_source={"police": 2},
        assessment_outcomes={"decision": 2},
        closures_by_reason={},
        active_at_end_by_phase={"active_support": 7},
    )
    current = period(
        *CUR,
        active_at_start=7,
        active_at_end=17,
        active_at_end_by_phase={"active_support": 17},
        caseload_by_month=(("2026-01", 10), ("2026-02", 17)),
    )
    f = figures(current, previous)
    start, end = f.caseload.rows[0], f.caseload.rows[3]
    assert start.current == end.previous == exact(7)
    # 5 + 2 − 0 = 7 would give the previous period's 2 new cases away: its start is hidden.
    assert start.previous.status is Status.HIDDEN
    assert f.caseload.rows[1].previous.status is Status.SMALL


def test_codes_outside_the_code_list_are_kept() -> None:
    current = period(*CUR, inquiries_by_source={"police": 20, "retired_code": 12})
    keys = [r.key for r in figures(current).inflow_by_source.rows]
    assert keys == ["police", "school", "self", "retired_code"]


def test_figures_that_contradict_themselves_are_a_bug() -> None:
    current = period(*CUR, new_cases=33)  # sources add up to 32
    with pytest.raises(ValueError, match="constraint"):
        figures(current)


def test_no_months_no_link() -> None:
    f = figures(period(*CUR, caseload_by_month=()))
    assert f.caseload_by_month == ()


# --------------------------------------------------------------------------- property


@st.composite
def two_periods(draw):
    """Consistent raw figures of two linked periods, small enough that suppression bites."""
    count = st.integers(0, 9)
    stats = []
    start = draw(st.integers(0, 20))
    for bounds in (PREV, CUR):
        sources = {k: draw(count) for k in ("police", "school", "self")}
        new = sum(sources.values())
        decided = draw(st.integers(0, new))
        outcomes = {"decision": decided, "under_assessment": new - decided}
        reasons = {k: draw(count) for k in ("completed", "moved")}
        while sum(reasons.values()) > start + new:
            reasons[max(reasons, key=reasons.__getitem__)] -= 1
        closed = sum(reasons.values())
        end = start + new - closed
        support = draw(st.integers(0, end))
        phases = {"active_support": support, "aftercare": end - support}
        applied = draw(count)
        granted = draw(st.integers(0, applied))
        base = draw(st.integers(0, closed))
        followups = draw(st.integers(0, 14))
        stats.append(
            period(
                *bounds,
                inquiries_by_source=sources,
                assessment_outcomes=outcomes,
                active_at_start=start,
                new_cases=new,
                closed_cases=closed,
                active_at_end=end,
                active_at_end_by_phase=phases,
                closures_by_reason=reasons,
                police_funds_applied=applied,
                police_funds_granted=granted,
                steps_active=draw(st.integers(0, 12)),
                steps_external=0,
                outcomes_at_closure={"stable_housing": draw(st.integers(0, base))},
                closed_with_assessment=base,
                with_plan=draw(st.integers(0, end)),
                with_signed_agreement=0,
                with_valid_consent_at_end=0,
                caseload_by_month=(("2026-01", draw(count)), ("2026-02", end)),
                followups_due=followups,
                followups_on_time=draw(st.integers(0, followups)),
            )
        )
        start = end
    return stats[1], stats[0]


def _reader_system(f, cur: PeriodStats, prev: PeriodStats):
    """Every cell a reader sees, with the true values, and the relations a reader knows —
    written out here from the report's own definitions, not taken from the code under test."""
    cells: dict[str, tuple[int, Figure | None]] = {}
    relations: list[Constraint] = []
    for p, stats, pick in (("cur", cur, "current"), ("prev", prev, "previous")):

        def put(name, value, figure, p=p):
            cells[f"{p}.{name}"] = (value, figure)
            return f"{p}.{name}"

        rows = {r.key: getattr(r, pick) for r in f.caseload.rows}
        flow = [
            put(k, getattr(stats, k), rows[k])
            for k in ("active_at_start", "new_cases", "closed_cases", "active_at_end")
        ]
        relations.append(Constraint(tuple(zip(flow, (1, 1, -1, -1), strict=True))))
        for table, counts, total in (
            (f.inflow_by_source, stats.inquiries_by_source, "new_cases"),
            (f.assessment_outcomes, stats.assessment_outcomes, "new_cases"),
            (f.closures_by_reason, stats.closures_by_reason, "closed_cases"),
            (f.active_by_phase, stats.active_at_end_by_phase, "active_at_end"),
        ):
            parts = [
                put(f"{id(table)}.{r.key}", counts.get(r.key, 0), getattr(r, pick))
                for r in table.rows
            ]
            relations.append(Constraint.total(parts, f"{p}.{total}"))
        for share, value, base_name, base_value, base_figure in (
            (f.police_granted, stats.police_funds_granted, "applied",
             stats.police_funds_applied, getattr(f.police_applied, pick)),
            (f.outcomes[0], stats.outcomes_at_closure.get("stable_housing", 0), "base",
             stats.closed_with_assessment, getattr(f.outcomes_base, pick)),
            (f.quality[0], stats.with_plan, None, stats.active_at_end, None),
            (f.followups_on_time, stats.followups_on_time, "followups_due",
             stats.followups_due, getattr(f.followups_due, pick)),
        ):  # fmt: skip
            base = put(base_name, base_value, base_figure) if base_name else f"{p}.active_at_end"
            yes = put(f"{share.key}.yes", value, getattr(share, pick))
            no = put(f"{share.key}.no", base_value - value, None)  # never printed
            relations.append(Constraint.total((yes, no), base))
    relations.append(Constraint((("cur.active_at_start", 1), ("prev.active_at_end", -1))))
    _month, figure = f.caseload_by_month[-1]
    cells["month"] = (cur.caseload_by_month[-1][1], figure)
    relations.append(Constraint((("month", 1), ("cur.active_at_end", -1))))
    return cells, relations


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(periods=two_periods(), threshold=st.sampled_from([3, 5]))
def test_no_suppressed_count_can_be_recovered_from_the_printed_report(periods, threshold):
    cur, prev = periods
    f = council_figures(cur, prev, threshold, order=ORDER)
    cells, relations = _reader_system(f, cur, prev)
    values = {name: value for name, (value, _) in cells.items()}
    status = {name: fig.status for name, (_, fig) in cells.items() if fig is not None}
    for name, (value, fig) in cells.items():
        if fig is not None and fig.exact:
            assert fig.value == value, name  # printed exactly means printed right
        if fig is not None and fig.status is Status.SMALL:
            assert 1 <= value < threshold, name
        if 1 <= value < threshold:
            lo, hi = attacker_range(values, relations, status, threshold, name)
            assert lo < hi, f"{name}={value} can be worked out from the printed report"


def test_follow_ups_on_time_have_their_own_base() -> None:
    f = figures(period(*CUR, followups_due=40, followups_on_time=30))
    assert f.followups_due.current == exact(40)
    assert f.followups_on_time.current == exact(30)
    assert f.followups_on_time.current_share == exact(0.75)
    assert f.followups_due.previous == exact(0)  # the default: none due
    assert f.followups_on_time.previous_share.status is Status.WITHHELD  # base under 10

    # Two late of 40: the on-time count would give the two away, so it is hidden.
    f = figures(period(*CUR, followups_due=40, followups_on_time=38))
    assert f.followups_on_time.current.status is Status.HIDDEN
    assert f.followups_on_time.current_share.status is Status.WITHHELD
    # Three due: a small base, its share withheld.
    f = figures(period(*CUR, followups_due=3, followups_on_time=0))
    assert f.followups_due.current.status is Status.SMALL
