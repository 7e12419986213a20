"""Disclosure control (röjandekontroll) for the council report: pure rules, no I/O.

A report is a set of *cells* (counts) bound by *constraints*, linear equations a reader knows
(a table's rows add up to its total; at start + new − closed = at end; this period's "active
at start" is the previous period's "active at end"). Some cells are never printed but still
describe people (those *without* a stable home when "with" and the total are printed).

- **Primary suppression**: every count from 1 to ``threshold − 1`` is printed as
  "<threshold" (SMALL); unprinted cells in that range are just as sensitive.
- **Secondary suppression**: while any sensitive cell could be worked out from what is
  printed, one more printed cell of a constraint it takes part in is hidden (HIDDEN, "×"):
  the smallest count that is not itself a total where possible, so as little as possible is
  lost. A cell is "worked out" when the constraints pin it to one value, either through
  linear algebra over the unknown cells (exact, with fractions) or through the bounds a
  reader knows (a SMALL cell lies in 1…threshold − 1; a HIDDEN one may be any count, as in
  τ-ARGUS's a-priori bounds for suppressed cells): both are checked after every step.
- Zeros are printed ("nobody" is not a person to protect). In a tiny unit's report where no
  larger count is left to hide, a zero is hidden, and as a last resort a small count's "<5"
  becomes "×" (when "<5" cells alone pin each other down: 1 + 1 = "<3" with threshold 3).

The test suite checks the result against an exact integer-programming attacker.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from avhopp.errors import ValidationError


class Status(enum.StrEnum):
    EXACT = "exact"  # printed as the number
    SMALL = "small"  # primary suppression: 1 … threshold − 1, printed "<threshold"
    HIDDEN = "hidden"  # secondary suppression, printed "×"
    WITHHELD = "withheld"  # a median or share not given because too few, printed "–"


@dataclass(frozen=True)
class Constraint:
    """Σ coefficient · value = 0 over the named cells (coefficients ±1 in practice)."""

    terms: tuple[tuple[str, int], ...]

    @classmethod
    def total(cls, parts: Iterable[str], total: str) -> Constraint:
        """The parts add up to the total."""
        return cls((*((p, 1) for p in parts), (total, -1)))

    @property
    def cells(self) -> tuple[str, ...]:
        return tuple(cell for cell, _ in self.terms)


def is_small(value: int, threshold: int) -> bool:
    return 1 <= value < threshold


def _check(values: Mapping[str, int], constraints: Sequence[Constraint], threshold: int) -> None:
    if threshold < 2:
        raise ValidationError("The suppression threshold must be at least 2.", field="threshold")
    for name, value in values.items():
        if value < 0:
            raise ValueError(f"cell {name} is negative")
    for constraint in constraints:
        if sum(values[c] * a for c, a in constraint.terms) != 0:
            raise ValueError(f"the figures break a constraint over {constraint.cells}")


class _Reader:
    """What a reader of the printed report can work out about the unknown cells."""

    def __init__(
        self,
        values: Mapping[str, int],
        constraints: Sequence[Constraint],
        threshold: int,
        status: Mapping[str, Status | None],
    ) -> None:
        self.values = values
        self.constraints = constraints
        self.threshold = threshold
        self.status = status

    def unknown(self, cell: str) -> bool:
        return self.status[cell] is not Status.EXACT

    def determined(self) -> set[str]:
        """The unknown cells a reader can pin to a single value."""
        return self._by_algebra() | self._by_bounds()

    def _by_algebra(self) -> set[str]:
        """Unknown cells that every solution of the linear system gives the same value: their
        column of the reduced row echelon form is a pivot whose row has no free column."""
        unknowns = sorted({c for con in self.constraints for c in con.cells if self.unknown(c)})
        column = {cell: i for i, cell in enumerate(unknowns)}
        rows: list[list[Fraction]] = []
        for con in self.constraints:
            row = [Fraction(0)] * len(unknowns)
            for cell, coefficient in con.terms:
                if self.unknown(cell):
                    row[column[cell]] += coefficient
            if any(row):
                rows.append(row)
        pivots = _reduce(rows, len(unknowns))
        determined = set()
        for row_index, col in pivots:
            others = (j for j in range(len(unknowns)) if j != col)
            if all(rows[row_index][j] == 0 for j in others):
                determined.add(unknowns[col])
        return determined

    def _by_bounds(self) -> set[str]:
        """Unknown cells whose known bounds, propagated through the constraints, meet."""
        low: dict[str, float] = {}
        high: dict[str, float] = {}
        for cell, state in self.status.items():
            if state is Status.EXACT:
                low[cell] = high[cell] = self.values[cell]
            elif state is Status.SMALL:
                low[cell], high[cell] = 1, self.threshold - 1
            else:  # hidden ("×" promises nothing about its value) or never printed
                low[cell], high[cell] = 0, math.inf
        # Bounds only ever narrow towards the true values (integers): this ends.
        while self._tighten(low, high):
            pass
        return {
            c for c, state in self.status.items() if state is not Status.EXACT and low[c] == high[c]
        }

    def _tighten(self, low: dict[str, float], high: dict[str, float]) -> bool:
        changed = False
        for con in self.constraints:
            for cell, coefficient in con.terms:
                # coefficient · cell = −Σ others
                rest_low = rest_high = 0.0
                for other, a in con.terms:
                    if other == cell:
                        continue
                    lo, hi = (a * low[other], a * high[other])
                    rest_low += min(lo, hi)
                    rest_high += max(lo, hi)
                lo, hi = sorted((-rest_high / coefficient, -rest_low / coefficient))
                lo = math.ceil(lo) if math.isfinite(lo) else lo
                hi = math.floor(hi) if math.isfinite(hi) else hi
                if lo > low[cell]:
                    low[cell], changed = lo, True
                if hi < high[cell]:
                    high[cell], changed = hi, True
        return changed


def _reduce(rows: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduced row echelon form in place; returns (row, pivot column) pairs."""
    pivots = []
    rank = 0
    for col in range(width):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][col]
        rows[rank] = [v / lead for v in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [v - factor * p for v, p in zip(rows[r], rows[rank], strict=True)]
        pivots.append((rank, col))
        rank += 1
    return pivots


def protect(
    values: Mapping[str, int],
    constraints: Sequence[Constraint],
    threshold: int,
    *,
    unprinted: Iterable[str] = (),
) -> dict[str, Status]:
    """The status of every printed cell after primary and secondary suppression.

    ``values`` holds every cell, printed or not; ``unprinted`` names those never printed
    (complements such as "without a plan"). Raises ValueError when the figures break a
    constraint (a bug upstream: the report would contradict itself).
    """
    _check(values, constraints, threshold)
    hidden_cells = set(unprinted)
    status: dict[str, Status | None] = {
        cell: None
        if cell in hidden_cells
        else Status.SMALL
        if is_small(value, threshold)
        else Status.EXACT
        for cell, value in values.items()
    }
    sensitive = {cell for cell, value in values.items() if is_small(value, threshold)}
    membership: dict[str, list[Constraint]] = {cell: [] for cell in values}
    for con in constraints:
        for cell in con.cells:
            membership[cell].append(con)
    reader = _Reader(values, constraints, threshold, status)
    while True:
        exposed = sorted(reader.determined() & sensitive)
        candidates = (_complement(c, values, status, membership, threshold) for c in exposed)
        candidate = next((c for c in candidates if c is not None), None)
        if candidate is None:
            break
        status[candidate] = Status.HIDDEN
    return {cell: state for cell, state in status.items() if state is not None}


def _complement(
    cell: str,
    values: Mapping[str, int],
    status: Mapping[str, Status | None],
    membership: Mapping[str, Sequence[Constraint]],
    threshold: int,
) -> str | None:
    """The printed cell to hide next to protect ``cell``: searched in the constraints of
    ``cell`` first, then in those one step further, and so on; within them the cell that sits
    in the fewest constraints (a part rather than a total), then the smallest, then by name.
    Only when no such count is left, a printed zero, and then a SMALL cell ("<5" → "×")."""
    tiers: tuple[Callable[[str], bool], ...] = (
        lambda c: status[c] is Status.EXACT and values[c] >= threshold,
        lambda c: status[c] is Status.EXACT and values[c] == 0,
        lambda c: status[c] is Status.SMALL,
    )
    for eligible in tiers:
        seen = {cell}
        frontier = [cell]
        while frontier:
            cells = {c for f in frontier for con in membership[f] for c in con.cells} - seen
            candidates = [c for c in cells if eligible(c)]
            if candidates:
                return min(candidates, key=lambda c: (len(membership[c]), values[c], c))
            seen |= cells
            frontier = sorted(cells)
    return None
