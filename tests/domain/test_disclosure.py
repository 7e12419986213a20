"""Disclosure control: rules by example, and a property test against an exact attacker.

The attacker knows everything a council member could: every printed number, that "<5" means
1–4, that "×" may hide any count (τ-ARGUS's a-priori bounds), every relation
between the cells (tables add up, at start + new − closed = at end, the periods link), and
solves an integer program (scipy's MILP) for the smallest and largest value of each
sensitive cell. A sensitive cell is protected when they differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from avhopp.domain.disclosure import Constraint, Status, is_small, protect
from avhopp.errors import ValidationError

T = 5


def attacker_range(
    values: Mapping[str, int],
    constraints: Sequence[Constraint],
    status: Mapping[str, Status],
    threshold: int,
    cell: str,
) -> tuple[int, int]:
    """The smallest and largest value of ``cell`` consistent with the printed report."""
    unknown = sorted(c for c in values if status.get(c) is not Status.EXACT)
    index = {c: i for i, c in enumerate(unknown)}
    big = 10 * (sum(values.values()) + threshold + 10)
    low, high = [], []
    for c in unknown:
        state = status.get(c)
        if state is Status.SMALL:
            low.append(1), high.append(threshold - 1)
        else:  # hidden ("×" promises nothing) or never printed
            low.append(0), high.append(big)
    rows, rhs = [], []
    for con in constraints:
        row = np.zeros(len(unknown))
        known = 0
        for c, a in con.terms:
            if c in index:
                row[index[c]] += a
            else:
                known += a * values[c]
        if row.any():
            rows.append(row)
            rhs.append(-known)
    bounds = Bounds(low, high)
    integral = np.ones(len(unknown))
    limits = [LinearConstraint(np.array(rows), rhs, rhs)] if rows else []
    found = []
    for sign in (1, -1):
        objective = np.zeros(len(unknown))
        objective[index[cell]] = sign
        result = milp(objective, constraints=limits, integrality=integral, bounds=bounds)
        assert result.success, result.message
        found.append(round(result.x[index[cell]]))
    return found[0], found[1]


def assert_protected(values, constraints, threshold, unprinted=()):
    status = protect(values, constraints, threshold, unprinted=unprinted)
    for cell, value in values.items():
        if cell in unprinted:
            assert cell not in status
        if not is_small(value, threshold):
            continue
        if cell not in unprinted:  # "<5", or "×" when "<5" cells alone pin each other
            assert status[cell] in (Status.SMALL, Status.HIDDEN)
        lo, hi = attacker_range(values, constraints, status, threshold, cell)
        assert lo <= value <= hi
        assert lo < hi, f"{cell}={value} can be worked out from the printed report"
    for cell, state in status.items():
        if state is Status.EXACT:
            assert not is_small(values[cell], threshold)
    return status


# --------------------------------------------------------------------------- examples


def test_a_lone_small_cell_gets_a_partner() -> None:
    values = {"police": 3, "school": 20, "self": 0, "new": 23}
    status = assert_protected(values, [Constraint.total(["police", "school", "self"], "new")], T)
    assert status == {
        "police": Status.SMALL,
        "school": Status.HIDDEN,
        "self": Status.EXACT,
        "new": Status.EXACT,
    }


def test_the_partner_is_the_smallest_part_not_a_total() -> None:
    values = {"a": 2, "b": 40, "c": 9, "d": 12, "total": 63}
    status = assert_protected(values, [Constraint.total(["a", "b", "c", "d"], "total")], T)
    assert [c for c, s in status.items() if s is Status.HIDDEN] == ["c"]
    assert status["total"] is Status.EXACT


def test_two_small_cells_protect_each_other() -> None:
    values = {"a": 2, "b": 3, "c": 30, "total": 35}
    status = assert_protected(values, [Constraint.total(["a", "b", "c"], "total")], T)
    assert Status.HIDDEN not in status.values()


def test_bounds_reveal_what_algebra_does_not() -> None:
    # Three "<3" cells of 1 + 1 = 2: each part is at least 1 and the total at most 2, so both
    # parts are 1 although no equation alone says so. Nothing larger is left to hide: the
    # other part's "<3" becomes "×".
    values = {"a": 1, "b": 1, "total": 2}
    status = assert_protected(values, [Constraint.total(["a", "b"], "total")], 3)
    assert status == {"a": Status.SMALL, "b": Status.HIDDEN, "total": Status.SMALL}


def test_a_zero_is_hidden_before_a_small_count() -> None:
    values = {"a": 1, "b": 1, "z": 0, "total": 2}
    status = assert_protected(values, [Constraint.total(["a", "b", "z"], "total")], 3)
    assert status["z"] is Status.HIDDEN
    assert status["total"] is Status.SMALL


def test_an_unprinted_small_complement_is_protected() -> None:
    # 38 of 40 with a plan: the two without one must not be worked out.
    values = {"with": 38, "without": 2, "all": 40}
    status = assert_protected(
        values, [Constraint.total(["with", "without"], "all")], T, unprinted=["without"]
    )
    assert status == {"with": Status.HIDDEN, "all": Status.EXACT}


def test_a_zero_complement_needs_nothing() -> None:
    values = {"with": 40, "without": 0, "all": 40}
    status = protect(
        values, [Constraint.total(["with", "without"], "all")], T, unprinted=["without"]
    )
    assert status == {"with": Status.EXACT, "all": Status.EXACT}


def test_hiding_spreads_through_linked_tables() -> None:
    # Sources add up to new; new is part of the caseload identity.
    values = {
        "src.a": 3, "src.b": 6, "new": 9,
        "start": 30, "closed": 12, "end": 27,
    }  # fmt: skip
    constraints = [
        Constraint.total(["src.a", "src.b"], "new"),
        Constraint((("start", 1), ("new", 1), ("closed", -1), ("end", -1))),
    ]
    status = assert_protected(values, constraints, T)
    assert status["src.a"] is Status.SMALL
    # b alone would be 6 = 9 − a: b is hidden, or new is — and then the identity spreads it.
    assert status["src.b"] is Status.HIDDEN or status["new"] is Status.HIDDEN


def test_two_small_cells_equal_by_constraint_stay_small() -> None:
    # a = total, both "<5": a reader learns they are equal, not what they are.
    values = {"a": 2, "b": 0, "total": 2}
    status = assert_protected(values, [Constraint.total(["a", "b"], "total")], T)
    assert status == {"a": Status.SMALL, "b": Status.EXACT, "total": Status.SMALL}


def test_nothing_left_to_hide_stops() -> None:
    # With threshold 2, "<2" can only be 1: both cells end hidden, and then nothing is left.
    values = {"a": 1, "total": 1}
    status = assert_protected(values, [Constraint.total(["a"], "total")], 2)
    assert status == {"a": Status.HIDDEN, "total": Status.HIDDEN}


def test_a_pinned_cell_with_no_partner_left_stays_as_it_is() -> None:
    # A cell whose only constraint holds nothing else to hide ends the loop.
    values = {"a": 1, "z": 0}
    status = protect(values, [Constraint((("a", 1), ("a", -1)))], 2)
    assert status == {"a": Status.SMALL, "z": Status.EXACT}


def test_partner_found_one_constraint_further() -> None:
    # x's own constraint has nothing printed left to hide but y (small); the partner
    # comes from y's other constraint.
    values = {"x": 2, "y": 3, "t": 5, "y2": 9, "u": 12}
    constraints = [
        Constraint.total(["x", "y"], "t"),
        Constraint.total(["y", "y2"], "u"),
    ]
    status = assert_protected(values, constraints, T)
    assert Status.HIDDEN in status.values()


def test_wrong_input_is_refused() -> None:
    with pytest.raises(ValidationError):
        protect({"a": 1}, [], 1)
    with pytest.raises(ValueError, match="negative"):
        protect({"a": -1}, [], T)
    with pytest.raises(ValueError, match="constraint"):
        protect({"a": 1, "t": 2}, [Constraint.total(["a"], "t")], T)


def test_constraint_cells() -> None:
    assert Constraint.total(["a", "b"], "t").cells == ("a", "b", "t")


# --------------------------------------------------------------------------- properties


@st.composite
def one_table(draw):
    parts = draw(st.lists(st.integers(0, 14), min_size=1, max_size=7))
    values = {f"p{i}": v for i, v in enumerate(parts)}
    values["total"] = sum(parts)
    return values, [Constraint.total([f"p{i}" for i in range(len(parts))], "total")], ()


@st.composite
def council_like(draw):
    """Two periods of a council report's counts with all their relations: sources and
    assessment outcomes add up to new, reasons to closed, phases to at end, the caseload
    identity, binary splits of at end (quality) with unprinted complements, and this
    period's start equal to the previous period's end."""
    small = st.integers(0, 9)
    values: dict[str, int] = {}
    constraints: list[Constraint] = []
    unprinted: list[str] = []

    def parts_of(prefix: str, total: int, k: int) -> list[str]:
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=k - 1, max_size=k - 1)))
        bounds = [0, *cuts, total]
        names = []
        for i in range(k):
            names.append(f"{prefix}{i}")
            values[names[-1]] = bounds[i + 1] - bounds[i]
        return names

    prev_end = None
    for p in ("prev", "cur"):
        sources = [draw(small) for _ in range(draw(st.integers(1, 4)))]
        new = sum(sources)
        for i, v in enumerate(sources):
            values[f"{p}.src{i}"] = v
        closed_parts = [draw(small) for _ in range(draw(st.integers(1, 3)))]
        closed = sum(closed_parts)
        for i, v in enumerate(closed_parts):
            values[f"{p}.why{i}"] = v
        start = prev_end if prev_end is not None else draw(st.integers(0, 25))
        while closed > start + new:  # cannot close more cases than were open
            largest = max(range(len(closed_parts)), key=closed_parts.__getitem__)
            closed_parts[largest] -= 1
            values[f"{p}.why{largest}"] -= 1
            closed -= 1
        end = start + new - closed
        values.update(
            {f"{p}.start": start, f"{p}.new": new, f"{p}.closed": closed, f"{p}.end": end}
        )
        constraints += [
            Constraint.total([f"{p}.src{i}" for i in range(len(sources))], f"{p}.new"),
            Constraint.total([f"{p}.why{i}" for i in range(len(closed_parts))], f"{p}.closed"),
            Constraint(((f"{p}.start", 1), (f"{p}.new", 1), (f"{p}.closed", -1), (f"{p}.end", -1))),
            Constraint.total(parts_of(f"{p}.out", new, 3), f"{p}.new"),
            Constraint.total(parts_of(f"{p}.phase", end, draw(st.integers(1, 4))), f"{p}.end"),
        ]
        with_plan = draw(st.integers(0, end))
        values[f"{p}.plan"] = with_plan
        values[f"{p}.plan.no"] = end - with_plan
        unprinted.append(f"{p}.plan.no")
        constraints.append(Constraint.total([f"{p}.plan", f"{p}.plan.no"], f"{p}.end"))
        if prev_end is not None:
            constraints.append(Constraint(((f"{p}.start", 1), ("prev.end", -1))))
        prev_end = end
    return values, constraints, tuple(unprinted)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=one_table(), threshold=st.integers(3, 7))
def test_no_small_cell_of_a_table_can_be_worked_out(case, threshold) -> None:
    values, constraints, unprinted = case
    assert_protected(values, constraints, threshold, unprinted)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=council_like(), threshold=st.sampled_from([3, 5, 7]))
def test_no_small_cell_of_linked_tables_can_be_worked_out(case, threshold) -> None:
    values, constraints, unprinted = case
    assert_protected(values, constraints, threshold, unprinted)
