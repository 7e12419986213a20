"""Contacts and network, reminders (bevakningar) and flags.

Everything personal (names, agencies, phones, e-mails, notes, reminder texts, flag reasons)
is in the rows' encrypted payloads; plain columns hold only ids, codes, markers and dates.
Every read of a case's contacts or reminders goes through :class:`CaseGuard` (access check and
audit entry); every change writes an audit entry of its own. Audit details never hold a
decrypted value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from avhopp.domain import network
from avhopp.domain.access import Access, CaseScope, case_access
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.network import (
    AUTOMATIC_KINDS,
    ConsentTerm,
    ContactInput,
    FlagKind,
    GoalDeadline,
    ReminderKind,
    StoredReminder,
    ValidContact,
)
from avhopp.domain.purge import DEFAULT_RETENTION_YEARS
from avhopp.errors import NotFoundError, PermissionDeniedError, ValidationError
from avhopp.services.case_guard import CaseGuard
from avhopp.services.case_service import CASE_TABLE, check_code
from avhopp.services.network_views import (
    CaseContactView,
    ContactLinkView,
    ContactView,
    DirectoryCase,
    DirectoryEntry,
    FlagView,
    MyReminders,
    ReminderRefresh,
    ReminderView,
)
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import (
    Case,
    CaseContact,
    Consent,
    Contact,
    Flag,
    JournalNote,
    Person,
    PlanGoal,
    Reminder,
)
from avhopp.storage.payloads import as_date
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

CONTACT_TABLE = "contacts"
LINK_TABLE = "case_contacts"
REMINDER_TABLE = "reminders"
FLAG_TABLE = "flags"
PERSON_TABLE = "people"
#: Rows fetched per ``IN (...)`` query (well under SQLite's and PostgreSQL's limits).
CHUNK = 500


# --------------------------------------------------------------------------- shared helpers


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


class _Visibility:
    """Which cases the actor may see, asked once per case within one unit of work."""

    def __init__(self, guard: CaseGuard, uow: UnitOfWork) -> None:
        self._guard = guard
        self._uow = uow
        self._seen: dict[str, bool] = {}

    def case(self, case: Case) -> bool:
        known = self._seen.get(case.id)
        if known is None:
            known = self._guard.can_see(self._uow, case)
            self._seen[case.id] = known
        return known

    def all_cases(self) -> dict[str, Case]:
        cases = self._uow.session.execute(select(Case)).scalars()
        return {case.id: case for case in cases if self.case(case)}

    def person(self, person_id: str) -> bool:
        cases = self._uow.session.execute(select(Case).where(Case.person_id == person_id))
        return any(self.case(case) for case in cases.scalars())


def _visible_person(guard: CaseGuard, uow: UnitOfWork, person_id: str) -> Person:
    """The person row if the actor may see at least one of their cases.

    Raises:
        NotFoundError, PermissionDeniedError.
    """
    row = uow.session.get(Person, person_id)
    if row is None:
        raise NotFoundError(what="The person")
    if not _Visibility(guard, uow).person(person_id):
        raise PermissionDeniedError(action="see this person")
    return row


# --------------------------------------------------------------------------- contacts


def _contact_payload(valid: ValidContact) -> dict[str, Any]:
    return {
        "name": valid.name,
        "agency": valid.agency,
        "title": valid.title,
        "relation": valid.relation,
        "phone": valid.phone,
        "email": valid.email,
        "notes": valid.notes,
    }


def _contact_view(
    row: Contact, data: dict[str, Any], links: tuple[ContactLinkView, ...] = ()
) -> ContactView:
    return ContactView(
        id=row.id,
        kind=network.ContactKind(row.kind),
        name=data.get("name", ""),
        agency=data.get("agency", ""),
        title=data.get("title", ""),
        relation=data.get("relation", ""),
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        notes=data.get("notes", ""),
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        version=row.version,
        links=links,
    )


def _link_view(row: CaseContact, note: str) -> ContactLinkView:
    return ContactLinkView(
        id=row.id,
        case_id=row.case_id,
        contact_id=row.contact_id,
        role=row.role,
        may_contact=row.may_contact,
        risk=row.risk,
        note=note,
        version=row.version,
    )


def _open_link(uow: UnitOfWork, row: CaseContact) -> ContactLinkView:
    note = ""
    if row.payload_ct is not None:
        note = uow.payloads.open(LINK_TABLE, row.id, row.payload_ct).get("note", "")
    return _link_view(row, note)


class ContactService:
    """Professional contacts and the private network, linked to any number of cases.

    A contact is visible to a user through the cases it is linked to: only links to cases the
    user may see are shown, and a contact linked only to other cases is not shown at all. That
    is why a contact is always created together with its first link.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def _visible_contact(
        self, uow: UnitOfWork, contact_id: str
    ) -> tuple[Contact, list[CaseContact]]:
        """The contact and its links to cases the actor may see (at least one).

        Raises:
            NotFoundError, PermissionDeniedError.
        """
        row = uow.session.get(Contact, contact_id)
        if row is None:
            raise NotFoundError(what="The contact")
        visibility = _Visibility(self._guard, uow)
        links = [
            link
            for link, case in uow.session.execute(
                select(CaseContact, Case)
                .join(Case, Case.id == CaseContact.case_id)
                .where(CaseContact.contact_id == contact_id)
                .order_by(CaseContact.created_at)
            )
            if visibility.case(case)
        ]
        if not links:
            raise PermissionDeniedError(action="see this contact")
        return row, links

    def _new_link(
        self,
        uow: UnitOfWork,
        *,
        case_id: str,
        contact_id: str,
        role: str,
        may_contact: bool,
        risk: bool,
        note: str,
    ) -> CaseContact:
        vault = self._vault
        now = vault.clock()
        link_id = new_id()
        link = CaseContact(
            id=link_id,
            case_id=case_id,
            contact_id=contact_id,
            role=role,
            may_contact=may_contact,
            risk=risk,
            payload_ct=uow.payloads.seal(LINK_TABLE, link_id, {"note": note}),
            created_at=now,
            updated_at=now,
            updated_by=vault.actor.username,
        )
        uow.session.add(link)
        return link

    def add_contact(
        self,
        case_id: str,
        contact: ContactInput,
        *,
        role: str,
        may_contact: bool = True,
        risk: bool = False,
        note: str = "",
    ) -> CaseContactView:
        """Create a contact and link it to a case (its first link).

        Args:
            case_id: the case the contact belongs to.
            contact: the contact's details (validated and normalized here).
            role: a code of the contact_role list.
            may_contact: whether the participant agrees that this contact may be contacted.
            risk: whether this contact is a risk to the participant.
            note: a note on the link (encrypted).

        Raises:
            ValidationError: bad contact details, role or note (naming the field).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        valid = network.validate_contact(contact)
        cleaned_note = network.check_link_note(note)
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="contact.link")
            check_code(uow, CodeList.CONTACT_ROLE, role, "role")
            now = vault.clock()
            contact_id = new_id()
            payload = _contact_payload(valid)
            row = Contact(
                id=contact_id,
                kind=valid.kind.value,
                payload_ct=uow.payloads.seal(CONTACT_TABLE, contact_id, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            link = self._new_link(
                uow,
                case_id=case_id,
                contact_id=contact_id,
                role=role,
                may_contact=may_contact,
                risk=risk,
                note=cleaned_note,
            )
            uow.session.flush()
            vault.audit_entry(
                uow,
                "contact.add",
                target_type="contact",
                target_id=contact_id,
                details={"kind": valid.kind.value, "case_id": case_id, "link_id": link.id},
            )
            link_view = _link_view(link, cleaned_note)
            view = CaseContactView(
                contact=_contact_view(row, payload, (link_view,)), link=link_view
            )
            uow.commit()
        return view

    def update_contact(
        self, contact_id: str, contact: ContactInput, *, expected_version: int | None = None
    ) -> ContactView:
        """Change a contact's details (they are shared by every case it is linked to).

        Raises:
            ValidationError, ConflictError (stale ``expected_version``), NotFoundError,
            PermissionDeniedError (not linked to any case the actor may see).
        """
        vault = self._vault
        valid = network.validate_contact(contact)
        with vault.unit_of_work() as uow:
            row, links = self._visible_contact(uow, contact_id)
            check_version(row, expected_version)
            payload = _contact_payload(valid)
            row.kind = valid.kind.value
            row.payload_ct = uow.payloads.seal(CONTACT_TABLE, row.id, payload)
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "contact.update",
                target_type="contact",
                target_id=contact_id,
                details={"kind": valid.kind.value},
            )
            view = _contact_view(row, payload, tuple(_open_link(uow, link) for link in links))
            uow.commit()
        return view

    def get_contact(self, contact_id: str) -> ContactView:
        """A contact with its links to the cases the actor may see; each of those cases gets
        a read entry in the audit log.

        Raises:
            NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            row, links = self._visible_contact(uow, contact_id)
            for link in links:
                self._guard.load(uow, link.case_id, action="contact.read")
            view = _contact_view(
                row,
                uow.payloads.open(CONTACT_TABLE, row.id, row.payload_ct),
                tuple(_open_link(uow, link) for link in links),
            )
            uow.commit()
        return view

    def link_contact(
        self,
        contact_id: str,
        *,
        case_id: str,
        role: str,
        may_contact: bool = True,
        risk: bool = False,
        note: str = "",
    ) -> ContactLinkView:
        """Link a contact the actor can see to another case.

        Raises:
            ValidationError (unknown role; already linked to that case: change the link
            instead), NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        cleaned_note = network.check_link_note(note)
        with vault.unit_of_work() as uow:
            self._visible_contact(uow, contact_id)
            self._guard.load(uow, case_id, action="contact.link")
            check_code(uow, CodeList.CONTACT_ROLE, role, "role")
            taken = uow.session.execute(
                select(CaseContact.id).where(
                    CaseContact.case_id == case_id, CaseContact.contact_id == contact_id
                )
            ).first()
            if taken is not None:
                raise ValidationError(
                    "The contact is already linked to this case; change that link instead.",
                    field="case_id",
                )
            link = self._new_link(
                uow,
                case_id=case_id,
                contact_id=contact_id,
                role=role,
                may_contact=may_contact,
                risk=risk,
                note=cleaned_note,
            )
            uow.session.flush()
            vault.audit_entry(
                uow,
                "contact.link",
                target_type="contact",
                target_id=contact_id,
                details={"case_id": case_id, "link_id": link.id, "role": role},
            )
            view = _link_view(link, cleaned_note)
            uow.commit()
        return view

    def update_link(
        self,
        link_id: str,
        *,
        role: str,
        may_contact: bool,
        risk: bool,
        note: str,
        expected_version: int | None = None,
    ) -> ContactLinkView:
        """Change a link's role, markers and note. Links are never deleted: they are part of
        the case's history.

        Raises:
            ValidationError, ConflictError, NotFoundError, EmergencyAccessRequiredError,
            PermissionDeniedError.
        """
        vault = self._vault
        cleaned_note = network.check_link_note(note)
        with vault.unit_of_work() as uow:
            link = uow.session.get(CaseContact, link_id)
            if link is None:
                raise NotFoundError(what="The link")
            self._guard.load(uow, link.case_id, action="contact.update-link")
            check_code(uow, CodeList.CONTACT_ROLE, role, "role")
            check_version(link, expected_version)
            link.role = role
            link.may_contact = may_contact
            link.risk = risk
            link.payload_ct = uow.payloads.seal(LINK_TABLE, link.id, {"note": cleaned_note})
            link.updated_at = vault.clock()
            link.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "contact.update-link",
                target_type="contact",
                target_id=link.contact_id,
                details={
                    "case_id": link.case_id,
                    "link_id": link.id,
                    "role": role,
                    "may_contact": may_contact,
                    "risk": risk,
                },
            )
            view = _link_view(link, cleaned_note)
            uow.commit()
        return view

    def contacts_of_case(self, case_id: str) -> list[CaseContactView]:
        """A case's contacts with their links to it, by name. One audit entry.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="contact.read")
            rows = uow.session.execute(
                select(CaseContact, Contact)
                .join(Contact, Contact.id == CaseContact.contact_id)
                .where(CaseContact.case_id == case_id)
            )
            views = []
            for link, contact in rows:
                link_view = _open_link(uow, link)
                data = uow.payloads.open(CONTACT_TABLE, contact.id, contact.payload_ct)
                views.append(
                    CaseContactView(
                        contact=_contact_view(contact, data, (link_view,)), link=link_view
                    )
                )
            uow.commit()
        views.sort(key=lambda v: (v.contact.name.casefold(), v.contact.id))
        return views

    def directory(self) -> list[DirectoryEntry]:
        """Every contact linked to a case the actor may see, with those cases (and only
        those), by name. Contacts linked only to other cases are left out. One audit entry.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            visible = _Visibility(self._guard, uow).all_cases()
            links_of: dict[str, list[CaseContact]] = defaultdict(list)
            for link in uow.session.execute(
                select(CaseContact).order_by(CaseContact.created_at)
            ).scalars():
                if link.case_id in visible:
                    links_of[link.contact_id].append(link)
            references: dict[str, str] = {}
            entries: list[DirectoryEntry] = []
            for batch in _chunks(links_of):
                contacts = uow.session.execute(
                    select(Contact).where(Contact.id.in_(batch))
                ).scalars()
                for contact in contacts:
                    data = uow.payloads.open(CONTACT_TABLE, contact.id, contact.payload_ct)
                    cases = []
                    for link in links_of[contact.id]:
                        reference = references.get(link.case_id)
                        if reference is None:
                            case = visible[link.case_id]
                            reference = uow.payloads.open(CASE_TABLE, case.id, case.payload_ct)[
                                "reference"
                            ]
                            references[link.case_id] = reference
                        cases.append(
                            DirectoryCase(
                                case_id=link.case_id,
                                reference=reference,
                                role=link.role,
                                may_contact=link.may_contact,
                                risk=link.risk,
                            )
                        )
                    entries.append(
                        DirectoryEntry(contact=_contact_view(contact, data), cases=tuple(cases))
                    )
            vault.audit_entry(uow, "contact.list", details={"count": len(entries)})
            uow.commit()
        entries.sort(key=lambda e: (e.contact.name.casefold(), e.contact.id))
        return entries


# --------------------------------------------------------------------------- reminders


def _reminder_view(row: Reminder, data: dict[str, Any]) -> ReminderView:
    return ReminderView(
        id=row.id,
        case_id=row.case_id,
        person_id=row.person_id,
        owner_id=row.owner_id,
        kind=ReminderKind(row.kind),
        source_id=row.source_id,
        due_on=row.due_on,
        text=data.get("text", ""),
        created_at=row.created_at,
        created_by=data.get("created_by"),
        done_at=row.done_at,
        done_by=data.get("done_by"),
        version=row.version,
    )


def _open_reminder(uow: UnitOfWork, row: Reminder) -> dict[str, Any]:
    if row.payload_ct is None:
        return {}
    return uow.payloads.open(REMINDER_TABLE, row.id, row.payload_ct)


class ReminderService:
    """Reminders (bevakningar): manual ones with a text, and automatic ones that follow plan
    goals, consents, the person's protection and the purge date of a closed case."""

    def __init__(self, vault: Vault, *, retention_years: int = DEFAULT_RETENTION_YEARS) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)
        self._retention_years = retention_years

    def _today(self) -> date:
        return self._vault.clock().date()

    def _check_owner(self, uow: UnitOfWork, case: Case, owner_id: str | None) -> str | None:
        """The owner (default: the actor) must be an active user who may open the case."""
        owner = owner_id or self._vault.actor.user_id
        if owner is None:
            return None
        try:
            user = uow.users.get_by_id(owner)
        except NotFoundError:
            raise ValidationError("No such user.", field="owner_id") from None
        scope = CaseScope(responsible_user_id=case.responsible_user_id, team=case.team)
        allowed = case_access(user_id=user.id, roles=user.roles, team=user.team, case=scope)
        if not user.active or allowed != Access.ALLOWED:
            raise ValidationError(
                "The owner must be an active user who works on this case.", field="owner_id"
            )
        return owner

    def _load(self, uow: UnitOfWork, reminder_id: str, *, action: str) -> tuple[Reminder, Case]:
        row = uow.session.get(Reminder, reminder_id)
        if row is None or row.case_id is None:  # this service's reminders are on a case
            raise NotFoundError(what="The reminder")
        case, _ = self._guard.load(uow, row.case_id, action=action)
        return row, case

    def add_reminder(
        self, case_id: str, *, due_on: date | None, text: str, owner_id: str | None = None
    ) -> ReminderView:
        """A manual reminder on a case, for ``owner_id`` (default: the actor).

        Raises:
            ValidationError: no text, no due date or one far off (``due_on``), an owner who
                cannot work on the case (``owner_id``).
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        cleaned = network.check_reminder_text(text)
        due = network.check_due_date(due_on, today=self._today())
        with vault.unit_of_work() as uow:
            case, _ = self._guard.load(uow, case_id, action="reminder.add")
            owner = self._check_owner(uow, case, owner_id)
            now = vault.clock()
            reminder_id = new_id()
            data = {"text": cleaned, "created_by": vault.actor.username}
            row = Reminder(
                id=reminder_id,
                case_id=case_id,
                person_id=case.person_id,
                owner_id=owner,
                kind=ReminderKind.MANUAL.value,
                source_id=None,
                due_on=due,
                payload_ct=uow.payloads.seal(REMINDER_TABLE, reminder_id, data),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            vault.audit_entry(
                uow,
                "reminder.add",
                target_type="reminder",
                target_id=reminder_id,
                details={"case_id": case_id, "due_on": due.isoformat(), "owner_id": owner},
            )
            view = _reminder_view(row, data)
            uow.commit()
        return view

    def update_reminder(
        self,
        reminder_id: str,
        *,
        due_on: date | None,
        text: str,
        owner_id: str | None = None,
        expected_version: int | None = None,
    ) -> ReminderView:
        """Change a manual reminder (automatic ones follow their source).

        Raises:
            ValidationError, ConflictError, NotFoundError, EmergencyAccessRequiredError,
            PermissionDeniedError.
        """
        vault = self._vault
        cleaned = network.check_reminder_text(text)
        due = network.check_due_date(due_on, today=self._today())
        with vault.unit_of_work() as uow:
            row, case = self._load(uow, reminder_id, action="reminder.update")
            if row.kind != ReminderKind.MANUAL.value:
                raise ValidationError(
                    "An automatic reminder follows its source and is not edited.", field="kind"
                )
            check_version(row, expected_version)
            owner = self._check_owner(uow, case, owner_id or row.owner_id)
            data = {**_open_reminder(uow, row), "text": cleaned}
            row.due_on = due
            row.owner_id = owner
            row.payload_ct = uow.payloads.seal(REMINDER_TABLE, row.id, data)
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "reminder.update",
                target_type="reminder",
                target_id=row.id,
                details={"due_on": due.isoformat(), "owner_id": owner},
            )
            view = _reminder_view(row, data)
            uow.commit()
        return view

    def complete(self, reminder_id: str, *, expected_version: int | None = None) -> ReminderView:
        """Mark a reminder done (it stays, with who did it and when). Doing it again changes
        nothing.

        Raises:
            ConflictError, NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            row, _ = self._load(uow, reminder_id, action="reminder.done")
            check_version(row, expected_version)
            data = _open_reminder(uow, row)
            if row.done_at is None:
                now = vault.clock()
                data["done_by"] = vault.actor.username
                row.done_at = now
                row.payload_ct = uow.payloads.seal(REMINDER_TABLE, row.id, data)
                row.updated_at = now
                row.updated_by = vault.actor.username
                uow.session.flush()
                vault.audit_entry(uow, "reminder.done", target_type="reminder", target_id=row.id)
            view = _reminder_view(row, data)
            uow.commit()
        return view

    def reminders(self, case_id: str, *, include_done: bool = False) -> list[ReminderView]:
        """A case's reminders by due date. One audit entry.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="reminder.read")
            query = select(Reminder).where(Reminder.case_id == case_id)
            if not include_done:
                query = query.where(Reminder.done_at.is_(None))
            rows = uow.session.execute(
                query.order_by(Reminder.due_on, Reminder.created_at)
            ).scalars()
            views = [_reminder_view(row, _open_reminder(uow, row)) for row in rows]
            uow.commit()
        return views

    def my_reminders(self, *, horizon_days: int | None = None) -> MyReminders:
        """The dashboard: the actor's open reminders on cases they may (still) see, split into
        overdue (due before today) and upcoming (today and later, up to ``horizon_days``
        ahead when given). One audit entry.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            mine = self.collect_my_reminders(uow, horizon_days=horizon_days)
            vault.audit_entry(
                uow,
                "reminder.list",
                details={"overdue": len(mine.overdue), "upcoming": len(mine.upcoming)},
            )
            uow.commit()
        return mine

    def collect_my_reminders(
        self, uow: UnitOfWork, *, horizon_days: int | None = None
    ) -> MyReminders:
        """:meth:`my_reminders` inside the caller's unit of work, without an audit entry:
        the caller (the dashboard) writes its own. Reminders beyond the horizon are not even
        read (a case worker owns one purge reminder per closed case, years ahead)."""
        today = self._today()
        owner = self._vault.actor.user_id
        items: list[tuple[date, ReminderView]] = []
        if owner is not None:
            visible = self._guard.visibility(uow)
            query = (
                select(Reminder, Case.id, Case.responsible_user_id, Case.team)
                .join(Case, Case.id == Reminder.case_id)
                .where(Reminder.owner_id == owner, Reminder.done_at.is_(None))
            )
            if horizon_days is not None:
                query = query.where(Reminder.due_on <= today + timedelta(days=horizon_days))
            for row, case_id, responsible, team in uow.session.execute(query):
                if visible(responsible, team, case_id):
                    items.append((row.due_on, _reminder_view(row, _open_reminder(uow, row))))
        split = network.split_due(items, today=today, horizon_days=horizon_days)
        return MyReminders(today=today, overdue=split.overdue, upcoming=split.upcoming)

    def refresh_automatic_reminders(self, case_id: str) -> ReminderRefresh:
        """Bring a case's automatic reminders in step with its plan goals, consents, the
        person's protection and (closed cases) the purge date. Idempotent: one reminder per
        kind and source; moved dates are updated (and reopen a reminder marked done); open
        reminders whose source is gone are removed. The owner is the case's responsible
        case worker.

        Raises:
            NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            case, _ = self._guard.load(uow, case_id, action="reminder.refresh")
            wanted = network.automatic_reminders(
                case_id=case.id,
                closed_on=case.closed_on,
                goals=self._goals(uow, case_id),
                consents=self._consents(uow, case_id),
                person_id=case.person_id,
                protection_until=self._protection_until(uow, case.person_id),
                last_note_on=uow.session.execute(
                    select(func.max(JournalNote.event_date)).where(JournalNote.case_id == case_id)
                ).scalar(),
                retention_years=self._retention_years,
            )
            stored = {
                row.id: row
                for row in uow.session.execute(
                    select(Reminder).where(
                        Reminder.case_id == case_id,
                        Reminder.kind.in_([k.value for k in AUTOMATIC_KINDS]),
                    )
                ).scalars()
            }
            plan = network.plan_automatic(
                wanted,
                [
                    StoredReminder(
                        reminder_id=row.id,
                        kind=row.kind,
                        source_id=row.source_id,
                        due_on=row.due_on,
                        done=row.done_at is not None,
                    )
                    for row in stored.values()
                ],
            )
            now = vault.clock()
            owner = case.responsible_user_id
            for item in plan.create:
                row = Reminder(
                    id=new_id(),
                    case_id=case.id,
                    person_id=case.person_id,
                    owner_id=owner,
                    kind=item.kind.value,
                    source_id=item.source_id,
                    due_on=item.due_on,
                    payload_ct=None,
                    created_at=now,
                    updated_at=now,
                    updated_by=vault.actor.username,
                )
                uow.session.add(row)
                stored[row.id] = row
            for reminder_id, due in plan.move:
                row = stored[reminder_id]
                row.due_on = due
                row.done_at = None
                row.updated_at = now
                row.updated_by = vault.actor.username
            for reminder_id in plan.drop:
                uow.session.delete(stored.pop(reminder_id))
            reassigned = 0
            for row in stored.values():
                if row.done_at is None and row.owner_id != owner:
                    row.owner_id = owner
                    row.updated_at = now
                    row.updated_by = vault.actor.username
                    reassigned += 1
            uow.session.flush()
            if plan.changed or reassigned:
                vault.audit_entry(
                    uow,
                    "reminder.refresh-automatic",
                    target_type="case",
                    target_id=case.id,
                    details={
                        "created": len(plan.create),
                        "moved": len(plan.move),
                        "dropped": len(plan.drop),
                        "reassigned": reassigned,
                    },
                )
            views = tuple(
                sorted(
                    (_reminder_view(row, _open_reminder(uow, row)) for row in stored.values()),
                    key=lambda v: (v.due_on, v.kind.value, v.source_id or ""),
                )
            )
            uow.commit()
        return ReminderRefresh(
            created=len(plan.create),
            moved=len(plan.move),
            dropped=len(plan.drop),
            reminders=views,
        )

    @staticmethod
    def _goals(uow: UnitOfWork, case_id: str) -> list[GoalDeadline]:
        rows = uow.session.execute(
            select(PlanGoal.id, PlanGoal.status, PlanGoal.deadline).where(
                PlanGoal.case_id == case_id
            )
        )
        return [GoalDeadline(goal_id=i, status=s, deadline=d) for i, s, d in rows]

    @staticmethod
    def _consents(uow: UnitOfWork, case_id: str) -> list[ConsentTerm]:
        rows = uow.session.execute(
            select(Consent.id, Consent.valid_to, Consent.withdrawn_on).where(
                Consent.case_id == case_id
            )
        )
        return [ConsentTerm(consent_id=i, valid_to=t, withdrawn_on=w) for i, t, w in rows]

    @staticmethod
    def _protection_until(uow: UnitOfWork, person_id: str) -> date | None:
        person = uow.session.get(Person, person_id)
        if person is None:  # pragma: no cover - cases cascade with their person
            return None
        data = uow.payloads.open(PERSON_TABLE, person.id, person.payload_ct)
        return as_date(data.get("protection_until")) if data.get("protection") else None


# --------------------------------------------------------------------------- flags


def _flag_view(row: Flag, data: dict[str, Any]) -> FlagView:
    removed = row.removed_at is not None
    return FlagView(
        id=row.id,
        person_id=row.person_id,
        kind=FlagKind(row.kind),
        reason=data.get("reason", ""),
        set_at=row.created_at,
        set_by=data.get("set_by"),
        removed_at=row.removed_at,
        removed_by=row.updated_by if removed else None,
        removal_reason=data.get("removal_reason", ""),
        version=row.version,
    )


class FlagService:
    """Flags on a person (threat, protected identity, other), shown next to the name
    everywhere. Setting and removing need a reason; a removed flag stays in the history."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def set_flag(self, person_id: str, *, kind: FlagKind | str, reason: str) -> FlagView:
        """Raises:
        ValidationError: unknown kind, the same threat or protected-identity flag already
            set (``kind``), no reason (``reason``).
        NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        flag_kind = network.parse_kind(FlagKind, str(kind), "kind")
        cleaned = network.check_flag_reason(reason)
        with vault.unit_of_work() as uow:
            _visible_person(self._guard, uow, person_id)
            active = uow.session.execute(
                select(Flag.kind).where(Flag.person_id == person_id, Flag.removed_at.is_(None))
            ).scalars()
            network.check_new_flag(flag_kind, active=active)
            now = vault.clock()
            flag_id = new_id()
            data = {"reason": cleaned, "set_by": vault.actor.username}
            row = Flag(
                id=flag_id,
                person_id=person_id,
                kind=flag_kind.value,
                removed_at=None,
                payload_ct=uow.payloads.seal(FLAG_TABLE, flag_id, data),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            vault.audit_entry(
                uow,
                "flag.set",
                target_type="person",
                target_id=person_id,
                details={"flag_id": flag_id, "kind": flag_kind.value},
            )
            view = _flag_view(row, data)
            uow.commit()
        return view

    def remove_flag(
        self, flag_id: str, *, reason: str, expected_version: int | None = None
    ) -> FlagView:
        """Remove a flag with a reason; the flag stays in the history with both reasons.

        Raises:
            ValidationError: no reason (``reason``); already removed (``flag_id``).
            ConflictError, NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        cleaned = network.check_flag_reason(reason)
        with vault.unit_of_work() as uow:
            row = uow.session.get(Flag, flag_id)
            if row is None:
                raise NotFoundError(what="The flag")
            _visible_person(self._guard, uow, row.person_id)
            if row.removed_at is not None:
                raise ValidationError("The flag was already removed.", field="flag_id")
            check_version(row, expected_version)
            now = vault.clock()
            data = {
                **uow.payloads.open(FLAG_TABLE, row.id, row.payload_ct),
                "removal_reason": cleaned,
            }
            row.removed_at = now
            row.payload_ct = uow.payloads.seal(FLAG_TABLE, row.id, data)
            row.updated_at = now
            row.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "flag.remove",
                target_type="person",
                target_id=row.person_id,
                details={"flag_id": row.id, "kind": row.kind},
            )
            view = _flag_view(row, data)
            uow.commit()
        return view

    def flags(self, person_id: str, *, include_removed: bool = False) -> list[FlagView]:
        """A person's flags, oldest first (removed ones too when asked). One audit entry.

        Raises:
            NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            _visible_person(self._guard, uow, person_id)
            query = select(Flag).where(Flag.person_id == person_id)
            if not include_removed:
                query = query.where(Flag.removed_at.is_(None))
            rows = uow.session.execute(query.order_by(Flag.created_at)).scalars()
            views = [
                _flag_view(row, uow.payloads.open(FLAG_TABLE, row.id, row.payload_ct))
                for row in rows
            ]
            vault.audit_entry(uow, "flag.read", target_type="person", target_id=person_id)
            uow.commit()
        return views

    def active_flags_by_person(self) -> dict[str, frozenset[FlagKind]]:
        """{person id: kinds of active flags} for the people the actor may see and who have
        one: what lists show next to each name. Nothing is decrypted. One audit entry."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            # Plain columns and the guard's bulk rule: this runs at every login over every
            # case a manager may see (tens of thousands), so no ORM objects, no payloads.
            visible = self._guard.visibility(uow)
            visible_people = {
                person_id
                for case_id, person_id, owner, team in uow.session.execute(
                    select(Case.id, Case.person_id, Case.responsible_user_id, Case.team)
                )
                if visible(owner, team, case_id)
            }
            kinds: dict[str, set[FlagKind]] = defaultdict(set)
            for person_id, kind in uow.session.execute(
                select(Flag.person_id, Flag.kind).where(Flag.removed_at.is_(None))
            ):
                if person_id in visible_people:
                    kinds[person_id].add(FlagKind(kind))
            vault.audit_entry(uow, "flag.list", details={"people": len(kinds)})
            uow.commit()
        return {person_id: frozenset(found) for person_id, found in kinds.items()}
