"""Time. Stored times are naive UTC with microseconds; the UI converts to local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime) -> str:
    """Canonical text of a stored time (what MACs cover)."""
    return moment.isoformat(timespec="microseconds")
