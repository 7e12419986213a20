"""Contacts and network, reminders (bevakningar) and flags (DOMAIN.md §2): pure rules.

- A contact is professional (agency, name, title) or private (name, relation); both may have
  a phone, an e-mail and notes. Each link to a case carries a role, a "may be contacted" and a
  "risk" marker.
- A reminder has a due date, an owner and a text. Automatic reminders follow a row of the
  case (a plan goal, a consent, the person's protection, the case's purge date) and are kept
  in step with it by :func:`plan_automatic`.
- A flag (threat, protected identity, other) is set with a reason; removing one needs a reason
  too, and the flag stays in the history.

Each check raises :class:`~avhopp.errors.ValidationError` naming the field.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from avhopp.domain.person import normalize_email, normalize_phone
from avhopp.domain.purge import DEFAULT_RETENTION_YEARS, purge_dates
from avhopp.errors import ValidationError

MAX_NAME = 200
MAX_SHORT_TEXT = 200
MAX_NOTE = 2000
MAX_REMINDER_TEXT = 1000
MAX_REASON = 1000
#: A manual reminder may be back-dated a little (entered late), not by years (a typo).
MAX_PAST_DAYS = 31
#: Nor set further ahead than this (a mistyped year).
MAX_FUTURE_YEARS = 10

#: Plan-goal statuses after which the goal needs no review. Any other status is open.
CLOSED_GOAL_STATUSES = frozenset({"achieved", "completed", "not_achieved", "cancelled", "closed"})


class ContactKind(enum.StrEnum):
    PROFESSIONAL = "professional"
    PRIVATE = "private"


class FlagKind(enum.StrEnum):
    THREAT = "threat"
    PROTECTED_IDENTITY = "protected_identity"
    OTHER = "other"


class ReminderKind(enum.StrEnum):
    MANUAL = "manual"
    PLAN_REVIEW = "plan_review"
    CONSENT_EXPIRY = "consent_expiry"
    PROTECTION_EXPIRY = "protection_expiry"
    PURGE = "purge"

    @property
    def automatic(self) -> bool:
        return self is not ReminderKind.MANUAL


AUTOMATIC_KINDS = frozenset(k for k in ReminderKind if k.automatic)

E = TypeVar("E", bound=enum.StrEnum)
T = TypeVar("T")


# --------------------------------------------------------------------------- helpers


def _line(value: str, field: str, *, limit: int, required: bool = False) -> str:
    """One line of text, inner whitespace collapsed."""
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError("This field is required.", field=field)
    if len(cleaned) > limit:
        raise ValidationError("At most {n} characters.", field=field, n=limit)
    return cleaned


def _block(value: str, field: str, *, limit: int, required: bool = False) -> str:
    """Free text: line breaks kept, outer whitespace stripped."""
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError("This field is required.", field=field)
    if len(cleaned) > limit:
        raise ValidationError("At most {n} characters.", field=field, n=limit)
    return cleaned


def parse_kind(kind_type: type[E], value: str, field: str) -> E:
    """``value`` as a member of ``kind_type``.

    Raises:
        ValidationError: not one of its codes, on ``field``.
    """
    try:
        return kind_type(value)
    except ValueError:
        raise ValidationError("{value!r} is not a known kind.", field=field, value=value) from None


# --------------------------------------------------------------------------- contacts


@dataclass(frozen=True)
class ContactInput:
    """What a contact form hands to the contact service (plain values)."""

    kind: ContactKind | str
    name: str
    agency: str = ""  # professional contacts
    title: str = ""  # professional contacts: role or title at the agency
    relation: str = ""  # private network: relative, mentor, contact person...
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ValidContact:
    kind: ContactKind
    name: str
    agency: str
    title: str
    relation: str
    phone: str  # E.164 or empty
    email: str  # normalized or empty
    notes: str


def validate_contact(data: ContactInput) -> ValidContact:
    """Check and normalize a contact.

    A professional contact needs an agency and has no relation; a private one has no agency or
    title (they would be stored but never shown in the right place).

    Raises:
        ValidationError: naming the first field that is wrong.
    """
    kind = parse_kind(ContactKind, str(data.kind), "kind")
    name = _line(data.name, "name", limit=MAX_NAME, required=True)
    agency = _line(data.agency, "agency", limit=MAX_SHORT_TEXT)
    title = _line(data.title, "title", limit=MAX_SHORT_TEXT)
    relation = _line(data.relation, "relation", limit=MAX_SHORT_TEXT)
    if kind is ContactKind.PROFESSIONAL:
        if not agency:
            raise ValidationError("A professional contact needs an agency.", field="agency")
        if relation:
            raise ValidationError("A relation belongs to a private contact.", field="relation")
    else:
        if agency:
            raise ValidationError("An agency belongs to a professional contact.", field="agency")
        if title:
            raise ValidationError("A title belongs to a professional contact.", field="title")
    return ValidContact(
        kind=kind,
        name=name,
        agency=agency,
        title=title,
        relation=relation,
        phone=normalize_phone(data.phone),
        email=normalize_email(data.email),
        notes=_block(data.notes, "notes", limit=MAX_NOTE),
    )


def check_link_note(note: str) -> str:
    """Raises:
    ValidationError: on ``note``.
    """
    return _block(note, "note", limit=MAX_NOTE)


# --------------------------------------------------------------------------- reminders


def check_reminder_text(text: str) -> str:
    """Raises:
    ValidationError: empty or too long, on ``text``.
    """
    return _block(text, "text", limit=MAX_REMINDER_TEXT, required=True)


def check_due_date(due_on: date | None, *, today: date) -> date:
    """A manual reminder's due date: at most :data:`MAX_PAST_DAYS` back and
    :data:`MAX_FUTURE_YEARS` ahead.

    Raises:
        ValidationError: on ``due_on``.
    """
    if due_on is None:
        raise ValidationError("A reminder needs a due date.", field="due_on")
    if due_on < today - timedelta(days=MAX_PAST_DAYS):
        raise ValidationError(
            "The due date is too far in the past (at most {n} days back).",
            field="due_on",
            n=MAX_PAST_DAYS,
        )
    if due_on.year > today.year + MAX_FUTURE_YEARS:
        raise ValidationError(
            "The due date is too far ahead (at most {n} years).",
            field="due_on",
            n=MAX_FUTURE_YEARS,
        )
    return due_on


@dataclass(frozen=True)
class DueSplit(Generic[T]):
    overdue: tuple[T, ...]
    upcoming: tuple[T, ...]


def split_due(
    items: Iterable[tuple[date, T]], *, today: date, horizon_days: int | None = None
) -> DueSplit[T]:
    """Open reminders for a dashboard: overdue (due before today) and upcoming (due today or
    later, within ``horizon_days`` if given), each sorted by due date."""
    ordered = sorted(items, key=lambda pair: pair[0])
    last = None if horizon_days is None else today + timedelta(days=horizon_days)
    overdue = tuple(item for due, item in ordered if due < today)
    upcoming = tuple(
        item for due, item in ordered if due >= today and (last is None or due <= last)
    )
    return DueSplit(overdue=overdue, upcoming=upcoming)


@dataclass(frozen=True)
class GoalDeadline:
    goal_id: str
    status: str
    deadline: date | None


@dataclass(frozen=True)
class ConsentTerm:
    consent_id: str
    valid_to: date | None
    withdrawn_on: date | None


@dataclass(frozen=True)
class AutoReminder:
    """An automatic reminder a case should have: one per ``(kind, source_id)``."""

    kind: ReminderKind
    source_id: str
    due_on: date

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind.value, self.source_id)


def automatic_reminders(
    *,
    case_id: str,
    closed_on: date | None,
    goals: Sequence[GoalDeadline],
    consents: Sequence[ConsentTerm],
    person_id: str,
    protection_until: date | None,
    last_note_on: date | None,
    retention_years: int = DEFAULT_RETENTION_YEARS,
) -> tuple[AutoReminder, ...]:
    """The automatic reminders of one case.

    - plan review: each open goal with a deadline (open cases only);
    - consent expiry: each consent with an end date that was not withdrawn (open cases only);
    - end of a confidentiality marking: the person's ``protection_until``;
    - purge: closed cases only, from the last journal note (the closing date when there is
      none) via :func:`avhopp.domain.purge.purge_dates`.
    """
    wanted: list[AutoReminder] = []
    if closed_on is None:
        wanted.extend(
            AutoReminder(ReminderKind.PLAN_REVIEW, goal.goal_id, goal.deadline)
            for goal in goals
            if goal.deadline is not None and goal.status not in CLOSED_GOAL_STATUSES
        )
        wanted.extend(
            AutoReminder(ReminderKind.CONSENT_EXPIRY, consent.consent_id, consent.valid_to)
            for consent in consents
            if consent.valid_to is not None and consent.withdrawn_on is None
        )
    if protection_until is not None:
        wanted.append(AutoReminder(ReminderKind.PROTECTION_EXPIRY, person_id, protection_until))
    if closed_on is not None:
        last = last_note_on or closed_on
        due = purge_dates(last, retention_years=retention_years).due_from
        wanted.append(AutoReminder(ReminderKind.PURGE, case_id, due))
    return tuple(wanted)


@dataclass(frozen=True)
class StoredReminder:
    """An automatic reminder as stored."""

    reminder_id: str
    kind: str
    source_id: str | None
    due_on: date
    done: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.source_id or "")


@dataclass(frozen=True)
class AutoSync:
    """What to do to bring stored automatic reminders in step with the wanted ones."""

    create: tuple[AutoReminder, ...]
    #: (reminder id, new due date): a moved deadline also reopens a reminder marked done.
    move: tuple[tuple[str, date], ...]
    #: Reminders whose source is gone (and not done), and duplicates.
    drop: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.create or self.move or self.drop)


def plan_automatic(wanted: Sequence[AutoReminder], stored: Sequence[StoredReminder]) -> AutoSync:
    """Idempotent: applying the result and planning again gives an empty :class:`AutoSync`.

    A reminder that was marked done stays as history when its source goes away; one still
    open is dropped. Two rows for one key (two clients refreshing at once) become one.
    """
    by_key: dict[tuple[str, str], StoredReminder] = {}
    drop: list[str] = []
    # Keep the open row of a duplicated key, else the first.
    for row in sorted(stored, key=lambda r: (r.done, r.reminder_id)):
        if row.key in by_key:
            drop.append(row.reminder_id)
        else:
            by_key[row.key] = row
    create: list[AutoReminder] = []
    move: list[tuple[str, date]] = []
    wanted_keys = set()
    for item in wanted:
        wanted_keys.add(item.key)
        existing = by_key.get(item.key)
        if existing is None:
            create.append(item)
        elif existing.due_on != item.due_on:
            move.append((existing.reminder_id, item.due_on))
    drop.extend(
        row.reminder_id for key, row in by_key.items() if key not in wanted_keys and not row.done
    )
    return AutoSync(create=tuple(create), move=tuple(move), drop=tuple(drop))


# --------------------------------------------------------------------------- flags


def check_flag_reason(reason: str, *, field: str = "reason") -> str:
    """Setting and removing a flag both need a reason.

    Raises:
        ValidationError: on ``field``.
    """
    cleaned = _block(reason, field, limit=MAX_REASON)
    if not cleaned:
        raise ValidationError("State the reason.", field=field)
    return cleaned


def check_new_flag(kind: FlagKind, *, active: Iterable[str]) -> None:
    """A threat or protected-identity flag is set once; several "other" flags may coexist.

    Raises:
        ValidationError: on ``kind``.
    """
    if kind is not FlagKind.OTHER and kind.value in set(active):
        raise ValidationError("This flag is already set.", field="kind")
