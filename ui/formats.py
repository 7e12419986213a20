"""Swedish formats for what the GUI shows: dates as YYYY-MM-DD, times as 24-hour HH:MM, local
time for time stamps (the core stores UTC)."""

from __future__ import annotations

from datetime import date, datetime


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local(value).date().isoformat()
    return value.isoformat()


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return local(value).strftime("%Y-%m-%d %H:%M")


def local(value: datetime) -> datetime:
    """Aware UTC (or naive, taken as UTC) → the PC's local time."""
    from datetime import UTC

    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` (the only form shown), or ``None`` for empty text.

    Raises:
        ValueError: any other text (forms turn it into a field error).
    """
    text = text.strip()
    if not text:
        return None
    return date.fromisoformat(text)
