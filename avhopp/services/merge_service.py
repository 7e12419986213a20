"""Merging two person records that turned out to be the same person (a manager's decision).

Nothing is lost: the merged record's cases, reminders and flags move to the kept record, and
its person data is kept inside the kept record's payload under ``merged_records``, so what was
registered stays readable. One flagged audit entry records the merge and its reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update

from avhopp.domain.roles import Role
from avhopp.errors import NotFoundError, PermissionDeniedError, ValidationError
from avhopp.storage.case_models import Case, Flag, Person, Reminder

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

TABLE = "people"
MIN_REASON = 10


def merge_people(vault: Vault, *, keep_id: str, merge_id: str, reason: str) -> int:
    """Merge ``merge_id`` into ``keep_id``; returns the number of cases moved.

    Raises:
        PermissionDeniedError: only a manager merges records.
        ValidationError: the same record twice, or no reason.
        NotFoundError: either record is missing.
    """
    if Role.MANAGER not in vault.actor.roles:
        raise PermissionDeniedError(action="merge person records")
    if keep_id == merge_id:
        raise ValidationError("Choose two different records to merge.", field="merge_id")
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_REASON:
        raise ValidationError(
            "State why the records are the same person (at least {n} characters).",
            field="reason",
            n=MIN_REASON,
        )
    with vault.unit_of_work() as uow:
        keep = uow.session.get(Person, keep_id)
        gone = uow.session.get(Person, merge_id)
        if keep is None or gone is None:
            raise NotFoundError(what="The person record")
        kept_data = uow.payloads.open(TABLE, keep.id, keep.payload_ct)
        merged_data = uow.payloads.open(TABLE, gone.id, gone.payload_ct)
        history = list(kept_data.get("merged_records") or [])
        history.append(
            {
                "person_id": gone.id,
                "merged_at": vault.clock().isoformat(timespec="seconds"),
                "merged_by": vault.actor.username,
                "reason": cleaned,
                "record": {k: v for k, v in merged_data.items() if k != "merged_records"},
            }
        )
        history.extend(merged_data.get("merged_records") or [])
        kept_data["merged_records"] = history
        moved = uow.session.execute(
            select(func.count()).select_from(Case).where(Case.person_id == merge_id)
        ).scalar_one()
        uow.session.execute(
            update(Case).where(Case.person_id == merge_id).values(person_id=keep_id)
        )
        uow.session.execute(
            update(Reminder).where(Reminder.person_id == merge_id).values(person_id=keep_id)
        )
        uow.session.execute(
            update(Flag).where(Flag.person_id == merge_id).values(person_id=keep_id)
        )
        keep.payload_ct = uow.payloads.seal(TABLE, keep.id, kept_data)
        keep.updated_at = vault.clock()
        keep.updated_by = vault.actor.username
        uow.session.flush()
        uow.session.execute(delete(Person).where(Person.id == merge_id))
        vault.audit_entry(
            uow,
            "person.merge",
            target_type="person",
            target_id=keep_id,
            outcome="flagged",
            details={"merged_person_id": merge_id, "cases_moved": moved, "reason": cleaned},
        )
        uow.commit()
    return int(moved)
