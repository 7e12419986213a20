"""Contacts, reminders and flags: the pure rules (avhopp.domain.network)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from avhopp.domain.network import (
    AUTOMATIC_KINDS,
    MAX_FUTURE_YEARS,
    MAX_NOTE,
    MAX_PAST_DAYS,
    MAX_REMINDER_TEXT,
    AutoReminder,
    ConsentTerm,
    ContactInput,
    ContactKind,
    FlagKind,
    GoalDeadline,
    ReminderKind,
    StoredReminder,
    automatic_reminders,
    check_due_date,
    check_flag_reason,
    check_link_note,
    check_new_flag,
    check_reminder_text,
    parse_kind,
    plan_automatic,
    split_due,
    validate_contact,
)
from avhopp.errors import ValidationError

TODAY = date(2026, 3, 10)


def _field(error: pytest.ExceptionInfo[ValidationError]) -> str | None:
    return error.value.field


# --------------------------------------------------------------------------- kinds


def test_stored_codes_are_stable_ascii() -> None:
    assert {k.value for k in ContactKind} == {"professional", "private"}
    assert {k.value for k in FlagKind} == {"threat", "protected_identity", "other"}
    assert {k.value for k in ReminderKind} == {
        "manual",
        "plan_review",
        "consent_expiry",
        "protection_expiry",
        "purge",
    }
    assert ReminderKind.MANUAL not in AUTOMATIC_KINDS
    assert set(ReminderKind) - {ReminderKind.MANUAL} == AUTOMATIC_KINDS


def test_parse_kind() -> None:
    assert parse_kind(FlagKind, "threat", "kind") is FlagKind.THREAT
    with pytest.raises(ValidationError) as error:
        parse_kind(FlagKind, "danger", "kind")
    assert _field(error) == "kind"


# --------------------------------------------------------------------------- contacts


def test_professional_contact_is_normalized() -> None:
    valid = validate_contact(
        ContactInput(
            kind="professional",
            name="  Anna   Polis ",
            agency=" Polisen  Västerås",
            title="Kontaktpolis",
            phone="070-123 45 67",
            email="Anna.Polis@Example.COM ",
            notes="  Nås dagtid.\nInte helger. ",
        )
    )
    assert valid.kind is ContactKind.PROFESSIONAL
    assert valid.name == "Anna Polis"
    assert valid.agency == "Polisen Västerås"
    assert valid.phone == "+46701234567"
    assert valid.email == "Anna.Polis@example.com"
    assert valid.notes == "Nås dagtid.\nInte helger."
    assert valid.relation == ""


def test_private_contact_needs_only_a_name() -> None:
    valid = validate_contact(ContactInput(kind=ContactKind.PRIVATE, name="Mamma", relation="mor"))
    assert (valid.kind, valid.name, valid.relation, valid.phone, valid.email) == (
        ContactKind.PRIVATE,
        "Mamma",
        "mor",
        "",
        "",
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ContactInput(kind="friend", name="X"), "kind"),
        (ContactInput(kind="private", name="   "), "name"),
        (ContactInput(kind="private", name="x" * 201), "name"),
        (ContactInput(kind="professional", name="X", agency="a" * 201), "agency"),
        (ContactInput(kind="professional", name="X"), "agency"),
        (
            ContactInput(kind="professional", name="X", agency="Polisen", relation="bror"),
            "relation",
        ),
        (ContactInput(kind="private", name="X", agency="Polisen"), "agency"),
        (ContactInput(kind="private", name="X", title="Chef"), "title"),
        (ContactInput(kind="private", name="X", phone="12"), "phone"),
        (ContactInput(kind="private", name="X", phone="inte ett nummer"), "phone"),
        (ContactInput(kind="private", name="X", email="a@"), "email"),
        (ContactInput(kind="private", name="X", notes="n" * (MAX_NOTE + 1)), "notes"),
    ],
)
def test_bad_contact_names_the_field(data: ContactInput, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        validate_contact(data)
    assert _field(error) == field


def test_link_note() -> None:
    assert check_link_note("  ringer varannan vecka \n") == "ringer varannan vecka"
    with pytest.raises(ValidationError) as error:
        check_link_note("n" * (MAX_NOTE + 1))
    assert _field(error) == "note"


# --------------------------------------------------------------------------- reminders


def test_reminder_text() -> None:
    assert check_reminder_text(" Ring frivården\n") == "Ring frivården"
    for bad in ("", "  \n ", "t" * (MAX_REMINDER_TEXT + 1)):
        with pytest.raises(ValidationError) as error:
            check_reminder_text(bad)
        assert _field(error) == "text"


def test_due_date_limits() -> None:
    earliest = TODAY - timedelta(days=MAX_PAST_DAYS)
    latest = date(TODAY.year + MAX_FUTURE_YEARS, 12, 31)
    for ok in (TODAY, earliest, latest):
        assert check_due_date(ok, today=TODAY) == ok
    for bad in (None, earliest - timedelta(days=1), latest + timedelta(days=1)):
        with pytest.raises(ValidationError) as error:
            check_due_date(bad, today=TODAY)
        assert _field(error) == "due_on"


def test_split_due_sorts_and_limits_the_horizon() -> None:
    items = [
        (TODAY + timedelta(days=40), "far"),
        (TODAY, "today"),
        (TODAY - timedelta(days=1), "yesterday"),
        (TODAY - timedelta(days=9), "long ago"),
        (TODAY + timedelta(days=7), "next week"),
    ]
    everything = split_due(items, today=TODAY)
    assert everything.overdue == ("long ago", "yesterday")
    assert everything.upcoming == ("today", "next week", "far")
    week = split_due(items, today=TODAY, horizon_days=7)
    assert week.upcoming == ("today", "next week")
    assert split_due([], today=TODAY).overdue == ()


def _auto(**changes: object) -> tuple[AutoReminder, ...]:
    arguments: dict[str, object] = {
        "case_id": "case",
        "closed_on": None,
        "goals": (),
        "consents": (),
        "person_id": "person",
        "protection_until": None,
        "last_note_on": None,
    }
    arguments.update(changes)
    return automatic_reminders(**arguments)  # type: ignore[arg-type]


def test_open_case_follows_goals_consents_and_protection() -> None:
    goals = [
        GoalDeadline("g-open", "ongoing", date(2026, 5, 1)),
        GoalDeadline("g-no-deadline", "ongoing", None),
        GoalDeadline("g-achieved", "achieved", date(2026, 4, 1)),
    ]
    consents = [
        ConsentTerm("c-valid", date(2026, 12, 31), None),
        ConsentTerm("c-open-ended", None, None),
        ConsentTerm("c-withdrawn", date(2026, 9, 1), date(2026, 2, 1)),
    ]
    wanted = _auto(goals=goals, consents=consents, protection_until=date(2027, 1, 1))
    assert wanted == (
        AutoReminder(ReminderKind.PLAN_REVIEW, "g-open", date(2026, 5, 1)),
        AutoReminder(ReminderKind.CONSENT_EXPIRY, "c-valid", date(2026, 12, 31)),
        AutoReminder(ReminderKind.PROTECTION_EXPIRY, "person", date(2027, 1, 1)),
    )
    assert wanted[0].key == ("plan_review", "g-open")


def test_closed_case_has_a_purge_date_and_no_plan_or_consent_reminders() -> None:
    goals = [GoalDeadline("g", "ongoing", date(2026, 5, 1))]
    consents = [ConsentTerm("c", date(2026, 12, 31), None)]
    closed = _auto(
        closed_on=date(2026, 2, 1),
        goals=goals,
        consents=consents,
        last_note_on=date(2026, 1, 20),
    )
    assert closed == (AutoReminder(ReminderKind.PURGE, "case", date(2031, 1, 20)),)
    # No notes: from the closing date; the retention period is a setting.
    no_notes = _auto(closed_on=date(2026, 2, 1), retention_years=3)
    assert no_notes == (AutoReminder(ReminderKind.PURGE, "case", date(2029, 2, 1)),)


def _stored(
    rid: str, kind: str, source: str | None, due: date, done: bool = False
) -> StoredReminder:
    return StoredReminder(reminder_id=rid, kind=kind, source_id=source, due_on=due, done=done)


def test_plan_creates_moves_and_is_idempotent() -> None:
    wanted = (
        AutoReminder(ReminderKind.PLAN_REVIEW, "g", date(2026, 5, 1)),
        AutoReminder(ReminderKind.CONSENT_EXPIRY, "c", date(2026, 12, 31)),
    )
    first = plan_automatic(wanted, [])
    assert first.create == wanted
    assert (first.move, first.drop, first.changed) == ((), (), True)
    stored = [
        _stored("r1", "plan_review", "g", date(2026, 5, 1)),
        _stored("r2", "consent_expiry", "c", date(2026, 12, 31)),
    ]
    again = plan_automatic(wanted, stored)
    assert (again.create, again.move, again.drop, again.changed) == ((), (), (), False)
    later = (AutoReminder(ReminderKind.PLAN_REVIEW, "g", date(2026, 6, 1)), wanted[1])
    moved = plan_automatic(later, stored)
    assert moved.move == (("r1", date(2026, 6, 1)),)
    assert (moved.create, moved.drop) == ((), ())


def test_plan_drops_open_reminders_whose_source_is_gone_and_keeps_done_ones() -> None:
    stored = [
        _stored("open", "plan_review", "g1", date(2026, 5, 1)),
        _stored("done", "plan_review", "g2", date(2026, 4, 1), done=True),
        _stored("legacy", "purge", None, date(2031, 1, 1)),
    ]
    result = plan_automatic([], stored)
    assert set(result.drop) == {"open", "legacy"}
    assert (result.create, result.move) == ((), ())


def test_plan_merges_duplicates_keeping_the_open_one() -> None:
    wanted = (AutoReminder(ReminderKind.PURGE, "case", date(2031, 1, 20)),)
    stored = [
        _stored("a-done", "purge", "case", date(2031, 1, 20), done=True),
        _stored("b-open", "purge", "case", date(2031, 1, 20)),
        _stored("c-open", "purge", "case", date(2031, 1, 20)),
    ]
    result = plan_automatic(wanted, stored)
    assert set(result.drop) == {"a-done", "c-open"}
    assert (result.create, result.move) == ((), ())


# --------------------------------------------------------------------------- flags


def test_flag_reason() -> None:
    assert check_flag_reason("  Hot från tidigare gäng ") == "Hot från tidigare gäng"
    with pytest.raises(ValidationError) as error:
        check_flag_reason("   ", field="removal_reason")
    assert _field(error) == "removal_reason"
    with pytest.raises(ValidationError) as error:
        check_flag_reason("r" * 1001)
    assert _field(error) == "reason"


def test_threat_and_protected_identity_flags_are_set_once() -> None:
    check_new_flag(FlagKind.THREAT, active=["other", "protected_identity"])
    check_new_flag(FlagKind.OTHER, active=["other"])
    for kind in (FlagKind.THREAT, FlagKind.PROTECTED_IDENTITY):
        with pytest.raises(ValidationError) as error:
            check_new_flag(kind, active=[kind.value])
        assert _field(error) == "kind"
