"""Time. Stored times are naive UTC with microseconds; the UI converts to local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime) -> str:
    """Canonical text of a stored time (what MACs cover)."""
    return moment.isoformat(timespec="microseconds")


def local_date(moment: datetime) -> date:
    """The day a stored time (naive UTC) fell on by this PC's clock: a reminder done at
    00:30 in Västerås was done that day, not the day before as in UTC."""
    return moment.replace(tzinfo=UTC).astimezone().date()
