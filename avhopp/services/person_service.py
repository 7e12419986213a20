"""Participants: registering a person with their first case, reading and changing the person
record, duplicate warnings, revealing a protected address, and the participant list."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from avhopp.domain.identity import IdentityKind, IdentityNumber
from avhopp.domain.ids import new_id
from avhopp.domain.person import (
    Address,
    Guardian,
    LegalGender,
    PersonInput,
    ProtectionLevel,
    ValidPerson,
    validate_person,
)
from avhopp.errors import NotFoundError, PermissionDeniedError
from avhopp.services.case_guard import CaseGuard
from avhopp.services.participant_list import read_list, write_list
from avhopp.services.record_views import (
    DuplicateWarning,
    ParticipantSummary,
    PersonView,
    RegisteredParticipant,
)
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import Case, Person
from avhopp.storage.payloads import as_date
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.participant_file import ParticipantFile
    from avhopp.services.vault import Vault

TABLE = "people"
IDENTITY_INDEX = "identity_number"


def person_payload(person: ValidPerson) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "identity_kind": person.identity.kind.value,
        "identity_number": person.identity.value,
        "birth_date": person.birth_date,
        "legal_gender": person.legal_gender.value,
        "language": person.language,
        "interpreter": person.interpreter,
        "phone": person.phone,
        "email": person.email,
        "address": asdict(person.address),
        "protection": person.protection.value if person.protection else None,
        "protection_until": person.protection_until,
        "guardians": [asdict(g) for g in person.guardians],
    }


def person_view(row: Person, data: dict[str, Any], *, reveal_address: bool = False) -> PersonView:
    protection = ProtectionLevel(data["protection"]) if data.get("protection") else None
    address = Address(**data.get("address") or {})
    hidden = protection is not None and not reveal_address and not address.is_empty()
    return PersonView(
        id=row.id,
        first_name=data["first_name"],
        last_name=data["last_name"],
        identity_kind=IdentityKind(data["identity_kind"]),
        identity_number=data.get("identity_number") or "",
        birth_date=as_date(data.get("birth_date")),
        legal_gender=LegalGender(data.get("legal_gender") or "U"),
        language=data.get("language") or "",
        interpreter=bool(data.get("interpreter")),
        phone=data.get("phone") or "",
        email=data.get("email") or "",
        address=None if hidden else address,
        address_hidden=hidden,
        protection=protection,
        protection_until=as_date(data.get("protection_until")),
        guardians=tuple(Guardian(**g) for g in data.get("guardians") or ()),
        version=row.version,
    )


def identity_index(uow: UnitOfWork, identity: IdentityNumber) -> bytes | None:
    if not identity.kind.has_swedish_number:
        return None
    return uow.blind_index.of(identity.value, kind=IDENTITY_INDEX)


class PersonService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def _today(self) -> date:
        return self._vault.clock().date()

    def register_participant(
        self,
        person: PersonInput,
        *,
        referral_source: str,
        inquiry_on: date,
        summary: str = "",
        responsible_user_id: str | None = None,
        team: str | None = None,
    ) -> RegisteredParticipant:
        """Register a new participant and open their first case (an intake).

        The case goes to the acting case worker and their team unless others are given.
        Duplicates (same identity number, or same name and birth year) are reported, not
        refused: the case worker decides, and merging needs a manager.

        Raises:
            ValidationError, PermissionDeniedError.
        """
        from avhopp.services.case_service import open_case_row

        vault = self._vault
        valid = validate_person(person, today=self._today())
        with vault.unit_of_work() as uow:
            duplicates = self._duplicates(uow, valid, exclude=None)
            now = vault.clock()
            person_id = new_id()
            payload = person_payload(valid)
            row = Person(
                id=person_id,
                identity_bi=identity_index(uow, valid.identity),
                payload_ct=uow.payloads.seal(TABLE, person_id, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            case = open_case_row(
                vault,
                uow,
                person_id=person_id,
                referral_source=referral_source,
                inquiry_on=inquiry_on,
                summary=summary,
                responsible_user_id=responsible_user_id,
                team=team,
            )
            vault.audit_entry(
                uow,
                "person.create",
                target_type="person",
                target_id=person_id,
                details={"duplicates": len(duplicates), "case_id": case.id},
            )
            from avhopp.services.case_service import case_view

            result = RegisteredParticipant(
                person=person_view(row, payload),
                case=case_view(vault, uow, case),
                duplicates=tuple(duplicates),
            )
            write_list(uow, person_id, payload, references={case.id: result.case.reference})
            uow.commit()
        return result

    def _duplicates(
        self, uow: UnitOfWork, person: ValidPerson, *, exclude: str | None
    ) -> list[DuplicateWarning]:
        found: dict[str, DuplicateWarning] = {}
        index = identity_index(uow, person.identity)
        if index is not None:
            for (other,) in uow.session.execute(
                select(Person.id).where(Person.identity_bi == index)
            ):
                if other != exclude:
                    found[other] = DuplicateWarning(person_id=other, reason="identity_number")
        if person.birth_date is not None:
            # Names are encrypted: compare in memory (a unit has thousands of people at most).
            wanted = (person.first_name.casefold(), person.last_name.casefold())
            for row in uow.session.execute(select(Person)).scalars():
                if row.id == exclude or row.id in found:
                    continue
                data = uow.payloads.open(TABLE, row.id, row.payload_ct)
                birth = as_date(data.get("birth_date"))
                if (
                    birth is not None
                    and birth.year == person.birth_date.year
                    and (data["first_name"].casefold(), data["last_name"].casefold()) == wanted
                ):
                    found[row.id] = DuplicateWarning(person_id=row.id, reason="name_and_birth_year")
        return [
            warning if self._may_see(uow, other) else DuplicateWarning(None, warning.reason)
            for other, warning in found.items()
        ]

    def _may_see(self, uow: UnitOfWork, person_id: str) -> bool:
        cases = uow.session.execute(select(Case).where(Case.person_id == person_id)).scalars()
        return any(self._guard.can_see(uow, case) for case in cases)

    def _visible_person(self, uow: UnitOfWork, person_id: str) -> Person:
        """The person row if the actor may see at least one of their cases."""
        row = uow.session.get(Person, person_id)
        if row is None:
            raise NotFoundError(what="The person")
        cases = uow.session.execute(select(Case).where(Case.person_id == person_id)).scalars()
        if not any(self._guard.can_see(uow, case) for case in cases):
            raise PermissionDeniedError(action="see this person")
        return row

    def get_person(self, person_id: str) -> PersonView:
        """A person record; a protected address stays hidden (see :meth:`reveal_address`).

        Raises:
            NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            row = self._visible_person(uow, person_id)
            view = person_view(row, uow.payloads.open(TABLE, row.id, row.payload_ct))
            vault.audit_entry(uow, "person.read", target_type="person", target_id=person_id)
            uow.commit()
        return view

    def reveal_address(self, person_id: str, *, reason: str = "") -> PersonView:
        """Show a protected address: an explicit act, recorded in the audit log."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            row = self._visible_person(uow, person_id)
            view = person_view(
                row, uow.payloads.open(TABLE, row.id, row.payload_ct), reveal_address=True
            )
            vault.audit_entry(
                uow,
                "person.reveal-address",
                target_type="person",
                target_id=person_id,
                outcome="flagged" if view.protection else "ok",
                details={"reason": " ".join(reason.split())} if reason.strip() else None,
            )
            uow.commit()
        return view

    def update_person(
        self, person_id: str, person: PersonInput, *, expected_version: int
    ) -> tuple[PersonView, tuple[DuplicateWarning, ...]]:
        """Change a person record. A stale ``expected_version`` raises ConflictError.

        A hidden protected address cannot be wiped by accident: when the form never showed
        it (``person.address`` empty and the stored one protected), the stored one is kept.

        Raises:
            ValidationError, NotFoundError, PermissionDeniedError, ConflictError.
        """

        vault = self._vault
        valid = validate_person(person, today=self._today())
        with vault.unit_of_work() as uow:
            row = self._visible_person(uow, person_id)
            check_version(row, expected_version)
            stored = uow.payloads.open(TABLE, row.id, row.payload_ct)
            payload = person_payload(valid)
            if valid.address.is_empty() and stored.get("protection"):
                payload["address"] = stored.get("address") or asdict(Address())
            duplicates = self._duplicates(uow, valid, exclude=person_id)
            row.payload_ct = uow.payloads.seal(TABLE, row.id, payload)
            row.identity_bi = identity_index(uow, valid.identity)
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            write_list(uow, row.id, payload)
            vault.audit_entry(uow, "person.update", target_type="person", target_id=person_id)
            view = person_view(row, payload)
            uow.commit()
        with vault.unit_of_work() as uow:
            case_ids = [
                cid
                for (cid,) in uow.session.execute(
                    select(Case.id).where(Case.person_id == person_id)
                )
            ]
        for case_id in case_ids:  # the protection end date feeds automatic reminders
            vault.case_changed(case_id)
        return view, tuple(duplicates)

    def open_file(self, person_id: str) -> ParticipantFile:
        """Every tab of the participant view in one transaction (see
        :mod:`avhopp.services.participant_file`)."""
        from avhopp.services.participant_file import open_participant

        return open_participant(self._vault, person_id)

    def merge(self, keep_id: str, merge_id: str, *, reason: str) -> int:
        """Merge a duplicate record into another (managers only); returns cases moved.
        See :mod:`avhopp.services.merge_service`."""
        from avhopp.services.merge_service import merge_people

        return merge_people(self._vault, keep_id=keep_id, merge_id=merge_id, reason=reason)

    def merged_records(self, person_id: str) -> list[dict[str, Any]]:
        """The records merged into this one, as they were registered (newest merge first)."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            row = self._visible_person(uow, person_id)
            data = uow.payloads.open(TABLE, row.id, row.payload_ct)
            vault.audit_entry(uow, "person.read-merged", target_type="person", target_id=person_id)
            uow.commit()
        return list(reversed(data.get("merged_records") or []))

    def find_by_identity_number(self, kind: IdentityKind, number: str) -> list[str]:
        """Ids of the people with this exact number whom the actor may see (blind index)."""
        from avhopp.domain.identity import parse_identity

        vault = self._vault
        identity = parse_identity(kind, number, today=self._today())
        with vault.unit_of_work() as uow:
            index = identity_index(uow, identity)
            if index is None:
                return []
            ids = [
                pid
                for (pid,) in uow.session.execute(
                    select(Person.id).where(Person.identity_bi == index)
                )
            ]
            visible = []
            for pid in ids:
                cases = uow.session.execute(select(Case).where(Case.person_id == pid)).scalars()
                if any(self._guard.can_see(uow, case) for case in cases):
                    visible.append(pid)
            vault.audit_entry(uow, "person.search", details={"by": "identity_number"})
            uow.commit()
        return visible

    def list_participants(self) -> list[ParticipantSummary]:
        """Every case the actor may see, with its person's name and number: the source of
        the in-memory search index (built at unlock, dropped on lock). One audit entry.
        See :mod:`avhopp.services.participant_list`."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            summaries = read_list(uow, self._guard.visibility(uow))
            vault.audit_entry(uow, "participant.list", details={"count": len(summaries)})
            uow.commit()
        return summaries
