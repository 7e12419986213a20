"""Purge (gallring) dates (DOMAIN.md §3; socialtjänstlagen 2025:400 — the period is a setting
because the primary text was not verified).

A person record is purged five years after the last note, at the latest by the end of the
following calendar year. People born on the 5th, 15th or 25th of a month are kept for
research: their records are exported to an archive instead of deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_RETENTION_YEARS = 5
RESEARCH_BIRTH_DAYS = frozenset({5, 15, 25})


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class PurgeDates:
    due_from: date  # may be purged from this day
    deadline: date  # must be purged by this day


def purge_dates(last_note: date, *, retention_years: int = DEFAULT_RETENTION_YEARS) -> PurgeDates:
    due = _add_years(last_note, retention_years)
    return PurgeDates(due_from=due, deadline=date(due.year + 1, 12, 31))


def kept_for_research(birth_date: date | None) -> bool:
    return birth_date is not None and birth_date.day in RESEARCH_BIRTH_DAYS
