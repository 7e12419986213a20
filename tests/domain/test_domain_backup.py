"""Backup rules: file names, rotation (grandfather–father–son), daily and drill timing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from avhopp.domain import backup as rules
from avhopp.errors import ValidationError

T0 = datetime(2026, 11, 26, 10, 15, 0)
#: A week after T0: nothing in the examples is younger than a day.
LATER = T0 + timedelta(days=7)


def test_file_name_round_trips_and_refuses_unknown_triggers() -> None:
    name = rules.file_name(T0, "daily")
    assert name == "avhopp-20261126-101500-daily.avhbackup"
    assert rules.parse_file_name(name) == (T0, "daily")
    second = rules.file_name(T0, "manual", attempt=2)
    assert second == "avhopp-20261126-101500-2-manual.avhbackup"
    assert rules.parse_file_name(second) == (T0, "manual")
    with pytest.raises(ValueError, match="unknown trigger"):
        rules.file_name(T0, "drill")


@pytest.mark.parametrize(
    "name",
    [
        "vault.avhopp",
        ".avhopp-20261126-101500-daily.avhbackup.part",
        "avhopp-20261126-101500-daily.avhbackup.bak",
        "avhopp-20261126-101500-weekly.avhbackup",
        "avhopp-20261399-101500-daily.avhbackup",  # month 13: looks right, is no date
    ],
)
def test_other_files_are_not_backups(name: str) -> None:
    assert rules.parse_file_name(name) is None


def _daily_series(days: int, *, start: datetime = T0) -> list[tuple[str, datetime]]:
    return [(f"b{i:04d}", start - timedelta(days=i)) for i in range(days)]


def test_rotation_keeps_seven_days_four_weeks_twelve_months() -> None:
    backups = _daily_series(400)
    doomed = set(rules.to_delete(backups, rules.Keep(), LATER))
    kept = [(n, at) for n, at in backups if n not in doomed]
    kept_dates = sorted(at.date() for _, at in kept)
    # The newest seven days are all kept.
    assert all((T0 - timedelta(days=i)).date() in kept_dates for i in range(7))
    # Twelve distinct months and four distinct ISO weeks are covered.
    assert len({(at.year, at.month) for _, at in kept}) == 12
    assert len({at.isocalendar()[:2] for _, at in kept}) >= 4
    # Nothing older than twelve months survives; the total is small.
    oldest = min(at for _, at in kept)
    assert T0 - oldest < timedelta(days=366)
    assert len(kept) <= 7 + 4 + 12
    # Deleted oldest first.
    order = [at for n, at in backups if n in doomed]
    assert rules.to_delete(backups, rules.Keep(), LATER) == [
        n for n, _ in sorted(((n, at) for n, at in backups if n in doomed), key=lambda x: x[1])
    ]
    assert len(order) == len(doomed)


def test_rotation_keeps_the_newest_of_each_day_and_always_the_newest() -> None:
    same_day = [("early", T0.replace(hour=8)), ("late", T0.replace(hour=17))]
    only_daily = rules.Keep(daily=1, weekly=0, monthly=0)
    assert rules.to_delete(same_day, only_daily, LATER) == ["early"]
    assert rules.to_delete([], rules.Keep(), LATER) == []
    # Even when the rules keep nothing else, the newest backup stays.
    two = [("old", T0 - timedelta(days=3)), ("new", T0)]
    assert rules.to_delete(two, only_daily, LATER) == ["old"]


def test_rotation_keeps_everything_of_the_last_day() -> None:
    same_day = [("early", T0.replace(hour=8)), ("late", T0.replace(hour=17))]
    only_daily = rules.Keep(daily=1, weekly=0, monthly=0)
    assert rules.to_delete(same_day, only_daily, T0.replace(hour=18)) == []
    assert rules.to_delete(same_day, only_daily, T0.replace(hour=8) + timedelta(hours=24)) == [
        "early"
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("daily", 0),
        ("daily", 367),
        ("weekly", -1),
        ("monthly", 241),
        ("weekly", True),
        ("monthly", "3"),
    ],
)
def test_keep_ranges_are_checked(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.Keep(**{field: value})  # type: ignore[arg-type]
    assert caught.value.field == f"backup_keep_{field}"


def test_daily_due_and_drill_overdue() -> None:
    assert rules.daily_due(None, T0)
    assert not rules.daily_due(T0 - timedelta(hours=23, minutes=59), T0)
    assert rules.daily_due(T0 - timedelta(hours=24), T0)
    assert rules.drill_overdue(None, T0)
    assert not rules.drill_overdue(T0 - timedelta(days=30), T0)
    assert rules.drill_overdue(T0 - timedelta(days=30, seconds=1), T0)


def test_stale_part_files_are_recognised_by_name_and_age() -> None:
    part = ".avhopp-20261126-101500-daily.avhbackup.4242.part"
    assert rules.is_stale_part(part, T0, T0 + timedelta(hours=7))
    assert not rules.is_stale_part(part, T0, T0 + timedelta(hours=5))  # maybe being written
    assert not rules.is_stale_part(".avhopp-notes.part", T0, LATER)
    assert not rules.is_stale_part("avhopp-20261126-101500-daily.avhbackup", T0, LATER)
