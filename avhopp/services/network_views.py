"""Read models of contacts, reminders and flags, handed to the GUI and the CLI (frozen, no
ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from avhopp.domain.network import ContactKind, FlagKind, ReminderKind


@dataclass(frozen=True)
class ContactLinkView:
    """A contact's link to one case (only links to cases the actor may see are shown)."""

    id: str
    case_id: str
    contact_id: str
    role: str  # a code of the contact_role list
    may_contact: bool
    risk: bool
    note: str
    version: int


@dataclass(frozen=True)
class ContactView:
    id: str
    kind: ContactKind
    name: str
    agency: str
    title: str
    relation: str
    phone: str  # E.164 or empty
    email: str
    notes: str
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    version: int
    #: Links to the cases the actor may see.
    links: tuple[ContactLinkView, ...] = ()


@dataclass(frozen=True)
class CaseContactView:
    """One row of a case's contact list: the contact and its link to this case."""

    contact: ContactView
    link: ContactLinkView


@dataclass(frozen=True)
class DirectoryCase:
    case_id: str
    reference: str
    role: str
    may_contact: bool
    risk: bool


@dataclass(frozen=True)
class DirectoryEntry:
    """One row of the contact directory: a contact and the visible cases it is linked to."""

    contact: ContactView
    cases: tuple[DirectoryCase, ...]


@dataclass(frozen=True)
class ReminderView:
    id: str
    case_id: str | None
    person_id: str | None
    owner_id: str | None
    kind: ReminderKind
    #: For automatic reminders: the row they follow (plan goal, consent, person, case).
    source_id: str | None
    due_on: date
    #: Empty for automatic reminders: ``kind`` says what they are about.
    text: str
    created_at: datetime
    created_by: str | None
    done_at: datetime | None
    done_by: str | None
    version: int

    @property
    def automatic(self) -> bool:
        return self.kind.automatic

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class MyReminders:
    """The dashboard: the actor's open reminders, each part sorted by due date."""

    today: date
    overdue: tuple[ReminderView, ...]
    upcoming: tuple[ReminderView, ...]


@dataclass(frozen=True)
class ReminderRefresh:
    """What :meth:`ReminderService.refresh_automatic_reminders` changed."""

    created: int
    moved: int
    dropped: int
    reminders: tuple[ReminderView, ...]


@dataclass(frozen=True)
class FlagView:
    id: str
    person_id: str
    kind: FlagKind
    reason: str
    set_at: datetime
    set_by: str | None
    removed_at: datetime | None
    removed_by: str | None
    removal_reason: str
    version: int

    @property
    def active(self) -> bool:
        return self.removed_at is None
