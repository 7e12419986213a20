"""Backup rules without I/O: file names, rotation (grandfather–father–son), drill freshness.

Rotation keeps the newest backup of each of the last ``daily`` days that have one, of the last
``weekly`` ISO weeks and of the last ``monthly`` calendar months (the rule of restic's
``forget --keep-daily/--keep-weekly/--keep-monthly``). A backup kept by any rule stays; the
newest backup always stays, and so does every backup of the last 24 hours (a manual backup
made before a risky change is not deleted by the exit backup an hour later). Everything else
is deleted, so data purged from the vault leaves the backups once every backup taken before
the purge has aged out: after ``monthly`` months (twelve with the defaults; docs/BACKUPS.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from avhopp.errors import ValidationError

SUFFIX = ".avhbackup"
#: avhopp-20261126-101500-manual.avhbackup (UTC time of the snapshot; no unit or user name).
#: The hidden name a backup is written under until it is verified: .avhopp-…avhbackup.<pid>.part
_PART = re.compile(r"^\.avhopp-\d{8}-\d{6}(?:-\d+)?-(manual|daily|exit)\.avhbackup\.\d+\.part$")
#: A .part file older than this is a leftover of a crash (a backup takes minutes at most; on a
#: shared folder another PC may be writing one right now, so age decides, not the process id).
STALE_PART_AGE = timedelta(hours=6)
_NAME = re.compile(r"^avhopp-(\d{8})-(\d{6})(?:-(\d+))?-(manual|daily|exit)\.avhbackup$")
TRIGGERS = ("manual", "daily", "exit")
DEFAULT_KEEP = (7, 4, 12)
KEEP_RANGES = {"daily": (1, 366), "weekly": (0, 260), "monthly": (0, 240)}
#: A restore drill older than this is reported as overdue (issue 6).
DRILL_WARNING_DAYS = 30
#: The automatic daily backup runs when the last one is at least this old.
DAILY_INTERVAL = timedelta(hours=24)


def file_name(created_at: datetime, trigger: str, *, attempt: int = 0) -> str:
    if trigger not in TRIGGERS:
        raise ValueError(f"unknown trigger {trigger!r}")
    extra = f"-{attempt}" if attempt else ""
    return f"avhopp-{created_at:%Y%m%d-%H%M%S}{extra}-{trigger}{SUFFIX}"


def parse_file_name(name: str) -> tuple[datetime, str] | None:
    """(created, trigger) of a backup's file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return created, match[4]


@dataclass(frozen=True)
class Keep:
    daily: int = DEFAULT_KEEP[0]
    weekly: int = DEFAULT_KEEP[1]
    monthly: int = DEFAULT_KEEP[2]

    def __post_init__(self) -> None:
        for name, (low, high) in KEEP_RANGES.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(
                    "Choose a whole number from {low} to {high}.",
                    field=f"backup_keep_{name}",
                    low=low,
                    high=high,
                )


#: Every backup younger than this is kept, whatever the rules say.
KEEP_ALL_WITHIN = timedelta(hours=24)


def to_delete(backups: Iterable[tuple[str, datetime]], keep: Keep, now: datetime) -> list[str]:
    """The names of the backups rotation removes, oldest first.

    ``backups`` are (name, created) pairs of one vault's verified backups.
    """
    ordered = sorted(backups, key=lambda item: (item[1], item[0]), reverse=True)
    kept = {name for name, created in ordered if now - created < KEEP_ALL_WITHIN}
    rules = (
        (keep.daily, lambda at: at.date()),
        (keep.weekly, lambda at: at.isocalendar()[:2]),
        (keep.monthly, lambda at: (at.year, at.month)),
    )
    for count, bucket in rules:
        seen: set[object] = set()
        for name, created in ordered:
            if len(seen) >= count:
                break
            key = bucket(created)
            if key not in seen:
                seen.add(key)
                kept.add(name)
    if ordered:
        kept.add(ordered[0][0])
    return [name for name, _ in reversed(ordered) if name not in kept]


def is_part_name(name: str) -> bool:
    """Whether ``name`` is a backup's temporary (``.part``) file name."""
    return _PART.match(name) is not None


def is_stale_part(name: str, modified: datetime, now: datetime) -> bool:
    """Whether ``name`` is a backup's temporary file left by a crash long enough ago to
    delete (it may hold a complete backup: rotation must not let it linger)."""
    return is_part_name(name) and now - modified > STALE_PART_AGE


def daily_due(last_backup_at: datetime | None, now: datetime) -> bool:
    """Whether the automatic daily backup should run now."""
    return last_backup_at is None or now - last_backup_at >= DAILY_INTERVAL


def drill_overdue(last_drill_at: datetime | None, now: datetime) -> bool:
    """No passed restore drill within :data:`DRILL_WARNING_DAYS` days (or never)."""
    return last_drill_at is None or now - last_drill_at > timedelta(days=DRILL_WARNING_DAYS)
