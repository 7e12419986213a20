"""The council report's figures after disclosure control (DOMAIN.md §4): what may be printed.

:func:`council_figures` takes the raw figures of two periods (this one and the one of equal
length before it) and returns :class:`CouncilFigures`, in which every count carries its
:class:`~avhopp.domain.disclosure.Status`. The PDF renderer only ever sees this object, never
the raw :class:`~avhopp.domain.stats.PeriodStats`, so it cannot print a suppressed value.

Rules applied (the report's method note repeats them):

- counts of 1 … threshold − 1 are SMALL ("<5"); secondary suppression (HIDDEN, "×") so that
  no SMALL cell, and no small *complement* (those without a plan, steps not granted), can be
  worked out from the tables' totals, the caseload identity (at start + new − closed = at
  end), the link between the periods (this period's "at start" is the previous one's "at
  end") and the monthly caseload (its last month is "at end");
- a share is printed only when its count and its base are printed exactly and the base is at
  least :data:`MIN_SHARE_BASE` (and the threshold);
- a median is printed only when it rests on at least ``threshold`` cases;
- Police funds in SEK only when the number of grants is printed exactly;
- one variable per table; participants per support-step category have no total (a person
  may receive steps in several categories).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from avhopp.domain.disclosure import Constraint, Status, protect
from avhopp.domain.stats import Median, PeriodStats

#: No share (percentage) of a base smaller than this (DOMAIN.md §4).
MIN_SHARE_BASE = 10

CASELOAD_KEYS = ("active_at_start", "new_cases", "closed_cases", "active_at_end")
LEAD_TIME_KEYS = (
    "inquiry_to_decision_days",
    "decision_to_protection_days",
    "months_in_programme_closed",
)
OUTCOME_KEYS = (
    "stable_housing",
    "occupation",
    "own_income",
    "debt_plan",
    "no_contact_with_criminal_environment",
    "improved",
)
QUALITY_KEYS = ("with_plan", "with_signed_agreement", "with_valid_consent_at_end")
ASSESSMENT_OUTCOME_KEYS = (
    "decision",
    "not_eligible",
    "ended_by_participant",
    "closed_other",
    "under_assessment",
)


@dataclass(frozen=True)
class Figure:
    """One printed value: ``value`` only when ``status`` is EXACT (a count, a median, a share
    as a fraction 0–1, or an amount in SEK)."""

    status: Status
    value: float | None = None

    @property
    def exact(self) -> bool:
        return self.status is Status.EXACT


WITHHELD = Figure(Status.WITHHELD)


@dataclass(frozen=True)
class FigureRow:
    key: str
    current: Figure
    previous: Figure


@dataclass(frozen=True)
class FigureTable:
    """One variable: a row per code (in the code list's order), and the total when the rows
    add up to one."""

    rows: tuple[FigureRow, ...]
    total: FigureRow | None = None


@dataclass(frozen=True)
class MedianRow:
    key: str
    current: Figure
    current_n: Figure
    previous: Figure
    previous_n: Figure


@dataclass(frozen=True)
class ShareRow:
    """A count and its share of a base (the base is printed on its own row or table)."""

    key: str
    current: Figure
    current_share: Figure
    previous: Figure
    previous_share: Figure


@dataclass(frozen=True)
class CouncilFigures:
    start: date
    end: date
    previous_start: date
    previous_end: date
    threshold: int
    #: Rows active_at_start, new_cases, closed_cases, active_at_end; no total.
    caseload: FigureTable
    #: New cases by referral source; total = new cases.
    inflow_by_source: FigureTable
    #: New cases by the outcome of assessment (ASSESSMENT_OUTCOME_KEYS); total = new cases.
    assessment_outcomes: FigureTable
    #: Cases closed in the period by reason; total = closed cases.
    closures_by_reason: FigureTable
    #: Cases active at the end by phase; total = active at the end.
    active_by_phase: FigureTable
    #: Medians (days, days, months) with the number of cases each rests on.
    lead_times: tuple[MedianRow, ...]
    #: Participants with an active step per category; no total.
    support_by_category: FigureTable
    #: Steps active in the period (row key "steps_active").
    steps_active: FigureRow
    #: External steps and their share of the active steps (key "steps_external").
    steps_external: ShareRow
    #: Police exit funds: applications decided in the period ("police_funds_applied"),
    police_applied: FigureRow
    #: grants and their share of the applications ("police_funds_granted"),
    police_granted: ShareRow
    #: and the granted amount in SEK ("police_funds_granted_sek").
    police_granted_sek: FigureRow
    #: Closed cases with a life-domain assessment: the base of the outcomes.
    outcomes_base: FigureRow
    outcomes: tuple[ShareRow, ...]
    #: The quality indicators' base is ``caseload``'s active_at_end.
    quality: tuple[ShareRow, ...]
    #: Follow-ups due in the period ("followups_due": the base of the next row),
    followups_due: FigureRow
    #: and those done on or before their due date, with their share ("followups_on_time").
    followups_on_time: ShareRow
    #: Active cases at each month's end of this period ("YYYY-MM", figure).
    caseload_by_month: tuple[tuple[str, Figure], ...]


class _Cells:
    """Collects every count of both periods under a unique name, with the constraints a
    reader knows, then publishes each after :func:`protect`."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.constraints: list[Constraint] = []
        self.unprinted: set[str] = set()
        self.status: dict[str, Status] = {}

    def add(self, name: str, value: int, *, printed: bool = True) -> str:
        self.values[name] = value
        if not printed:
            self.unprinted.add(name)
        return name

    def binary(self, name: str, count: int, base: str) -> None:
        """``count`` of the (already added) ``base`` and its unprinted complement: a reader
        knows that the two add up to the base."""
        yes = self.add(name, count)
        no = self.add(f"{name}.complement", self.values[base] - count, printed=False)
        self.constraints.append(Constraint.total((yes, no), base))

    def figure(self, name: str) -> Figure:
        state = self.status[name]
        return Figure(state, float(self.values[name]) if state is Status.EXACT else None)


def _periods(current: PeriodStats, previous: PeriodStats) -> tuple[tuple[str, PeriodStats], ...]:
    return (("cur", current), ("prev", previous))


def _keys(order: Sequence[str], *counts: Mapping[str, int]) -> list[str]:
    """The code list's order, then any code found in the figures but missing from it."""
    extra = sorted({k for c in counts for k in c} - set(order))
    return [*order, *extra]


def council_figures(
    current: PeriodStats,
    previous: PeriodStats,
    threshold: int,
    *,
    order: Mapping[str, Sequence[str]],
) -> CouncilFigures:
    """The publishable figures. ``order`` gives each code table's rows in the code list's
    order: keys "referral_source", "closure_reason", "phase", "step_category"."""
    cells = _Cells()
    tables: dict[str, list[str]] = {
        "inflow": _keys(
            order.get("referral_source", ()),
            current.inquiries_by_source,
            previous.inquiries_by_source,
        ),
        "assessment": list(ASSESSMENT_OUTCOME_KEYS),
        "closures": _keys(
            order.get("closure_reason", ()),
            current.closures_by_reason,
            previous.closures_by_reason,
        ),
        "phase": _keys(
            order.get("phase", ()), current.active_at_end_by_phase, previous.active_at_end_by_phase
        ),
        "support": _keys(
            order.get("step_category", ()),
            current.participants_by_step_category,
            previous.participants_by_step_category,
        ),
    }
    for p, stats in _periods(current, previous):
        flow = {
            "active_at_start": stats.active_at_start,
            "new_cases": stats.new_cases,
            "closed_cases": stats.closed_cases,
            "active_at_end": stats.active_at_end,
        }
        for key, value in flow.items():
            cells.add(f"{p}.{key}", value)
        cells.constraints.append(
            Constraint(
                (
                    (f"{p}.active_at_start", 1),
                    (f"{p}.new_cases", 1),
                    (f"{p}.closed_cases", -1),
                    (f"{p}.active_at_end", -1),
                )
            )
        )
        sources: list[tuple[str, Mapping[str, int], str | None]] = [
            ("inflow", stats.inquiries_by_source, f"{p}.new_cases"),
            ("assessment", stats.assessment_outcomes, f"{p}.new_cases"),
            ("closures", stats.closures_by_reason, f"{p}.closed_cases"),
            ("phase", stats.active_at_end_by_phase, f"{p}.active_at_end"),
            ("support", stats.participants_by_step_category, None),
        ]
        for name, counts, total_cell in sources:
            parts = [cells.add(f"{p}.{name}.{k}", counts.get(k, 0)) for k in tables[name]]
            if total_cell is not None:
                cells.constraints.append(Constraint.total(parts, total_cell))
        for key, median in _medians(stats).items():
            cells.add(f"{p}.n.{key}", median.n)
        cells.add(f"{p}.steps_active", stats.steps_active)
        cells.binary(f"{p}.steps_external", stats.steps_external, f"{p}.steps_active")
        cells.add(f"{p}.police_funds_applied", stats.police_funds_applied)
        cells.binary(
            f"{p}.police_funds_granted", stats.police_funds_granted, f"{p}.police_funds_applied"
        )
        cells.add(f"{p}.outcomes_base", stats.closed_with_assessment)
        for key in OUTCOME_KEYS:
            count = stats.outcomes_at_closure.get(key, 0)
            cells.binary(f"{p}.outcome.{key}", count, f"{p}.outcomes_base")
        quality = {
            "with_plan": stats.with_plan,
            "with_signed_agreement": stats.with_signed_agreement,
            "with_valid_consent_at_end": stats.with_valid_consent_at_end,
        }
        for key, value in quality.items():
            cells.binary(f"{p}.quality.{key}", value, f"{p}.active_at_end")
        cells.add(f"{p}.followups_due", stats.followups_due)
        cells.binary(f"{p}.followups_on_time", stats.followups_on_time, f"{p}.followups_due")
    cells.constraints.append(Constraint((("cur.active_at_start", 1), ("prev.active_at_end", -1))))
    months = []
    for month, count in current.caseload_by_month:
        months.append((month, cells.add(f"cur.month.{month}", count)))
    if months:
        cells.constraints.append(Constraint(((months[-1][1], 1), ("cur.active_at_end", -1))))

    cells.status = protect(cells.values, cells.constraints, threshold, unprinted=cells.unprinted)

    def row(key: str, name: str | None = None) -> FigureRow:
        name = name or key
        return FigureRow(key, cells.figure(f"cur.{name}"), cells.figure(f"prev.{name}"))

    def table(name: str, total: str | None) -> FigureTable:
        return FigureTable(
            rows=tuple(row(k, f"{name}.{k}") for k in tables[name]),
            total=row(total) if total else None,
        )

    def share(key: str, name: str, base: str) -> ShareRow:
        figures = [
            (cells.figure(f"{p}.{name}"), _share(cells, f"{p}.{name}", f"{p}.{base}", threshold))
            for p in ("cur", "prev")
        ]
        return ShareRow(key, figures[0][0], figures[0][1], figures[1][0], figures[1][1])

    def lead(key: str) -> MedianRow:
        parts = []
        for p, stats in _periods(current, previous):
            median = _medians(stats)[key]
            n = cells.figure(f"{p}.n.{key}")
            shown = (
                Figure(Status.EXACT, float(median.value))
                if n.exact and median.value is not None and median.n >= threshold
                else WITHHELD
            )
            parts.append((shown, n))
        return MedianRow(key, parts[0][0], parts[0][1], parts[1][0], parts[1][1])

    def sek(p: str, stats: PeriodStats) -> Figure:
        if cells.figure(f"{p}.police_funds_granted").exact:
            return Figure(Status.EXACT, float(stats.police_funds_granted_sek))
        return WITHHELD

    return CouncilFigures(
        start=current.start,
        end=current.end,
        previous_start=previous.start,
        previous_end=previous.end,
        threshold=threshold,
        caseload=FigureTable(rows=tuple(row(k) for k in CASELOAD_KEYS)),
        inflow_by_source=table("inflow", "new_cases"),
        assessment_outcomes=table("assessment", "new_cases"),
        closures_by_reason=table("closures", "closed_cases"),
        active_by_phase=table("phase", "active_at_end"),
        lead_times=tuple(lead(k) for k in LEAD_TIME_KEYS),
        support_by_category=table("support", None),
        steps_active=row("steps_active"),
        steps_external=share("steps_external", "steps_external", "steps_active"),
        police_applied=row("police_funds_applied"),
        police_granted=share(
            "police_funds_granted", "police_funds_granted", "police_funds_applied"
        ),
        police_granted_sek=FigureRow(
            "police_funds_granted_sek", sek("cur", current), sek("prev", previous)
        ),
        outcomes_base=row("outcomes_base"),
        outcomes=tuple(share(k, f"outcome.{k}", "outcomes_base") for k in OUTCOME_KEYS),
        quality=tuple(share(k, f"quality.{k}", "active_at_end") for k in QUALITY_KEYS),
        followups_due=row("followups_due"),
        followups_on_time=share("followups_on_time", "followups_on_time", "followups_due"),
        caseload_by_month=tuple((month, cells.figure(name)) for month, name in months),
    )


def _medians(stats: PeriodStats) -> dict[str, Median]:
    return {
        "inquiry_to_decision_days": stats.lead_inquiry_to_decision_days,
        "decision_to_protection_days": stats.lead_decision_to_protection_days,
        "months_in_programme_closed": stats.months_in_programme_closed,
    }


def _share(cells: _Cells, count: str, base: str, threshold: int) -> Figure:
    if not (cells.figure(count).exact and cells.figure(base).exact):
        return WITHHELD
    total = cells.values[base]
    if total < max(MIN_SHARE_BASE, threshold):
        return WITHHELD
    return Figure(Status.EXACT, cells.values[count] / total)
