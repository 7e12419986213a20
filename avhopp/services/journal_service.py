"""The journal: drafts saved continuously, signing locks a note, corrections are new linked
notes with a reason; nothing is edited after signing or deleted.

A note's payload is its text alone (:meth:`PayloadCodec.seal_text`, no JSON wrapper), or a
JSON object when it also carries a correction reason."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from avhopp.domain import journal
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.journal import NoteStatus
from avhopp.errors import NotFoundError, ValidationError
from avhopp.services.case_guard import CaseGuard
from avhopp.services.case_service import check_code
from avhopp.services.record_views import NoteView
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import JournalNote
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

TABLE = "journal_notes"


def note_view(row: JournalNote, data: dict[str, Any]) -> NoteView:
    return NoteView(
        id=row.id,
        case_id=row.case_id,
        note_type=row.note_type,
        event_date=row.event_date,
        text=data.get("text", ""),
        status=row.status,
        author_id=row.author_id,
        created_at=row.created_at,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        corrects_id=row.corrects_id,
        correction_reason=data.get("correction_reason", ""),
        version=row.version,
    )


class JournalService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    def _note(self, uow: UnitOfWork, note_id: str, *, action: str) -> JournalNote:
        row = uow.session.get(JournalNote, note_id)
        if row is None:
            raise NotFoundError(what="The note")
        self._guard.load(uow, row.case_id, action=action)
        return row

    def save_draft(
        self,
        case_id: str,
        *,
        note_type: str,
        event_date: date,
        text: str,
        note_id: str | None = None,
        expected_version: int | None = None,
    ) -> NoteView:
        """Create a draft, or update one's own draft (autosave calls this repeatedly).

        Raises:
            ValidationError, ConflictError (the draft changed elsewhere), NotFoundError,
            PermissionDeniedError (another user's draft; a signed note).
        """
        vault = self._vault
        journal.check_text(text)
        journal.check_event_date(event_date, today=vault.clock().date())
        with vault.unit_of_work() as uow:
            now = vault.clock()
            if note_id is None:
                self._guard.load(uow, case_id, action="journal.draft")
                check_code(uow, CodeList.JOURNAL_TYPE, note_type, "note_type")
                note_id = new_id()
                row = JournalNote(
                    id=note_id,
                    case_id=case_id,
                    note_type=note_type,
                    event_date=event_date,
                    author_id=vault.actor.user_id,
                    status=NoteStatus.DRAFT.value,
                    payload_ct=uow.payloads.seal_text(TABLE, note_id, text),
                    created_at=now,
                    updated_at=now,
                    updated_by=vault.actor.username,
                )
                uow.session.add(row)
            else:
                row = self._note(uow, note_id, action="journal.draft")
                if row.case_id != case_id:
                    raise ValidationError("The note belongs to another case.", field="case_id")
                check_code(uow, CodeList.JOURNAL_TYPE, note_type, "note_type")
                journal.check_draft_change(
                    status=NoteStatus(row.status),
                    author_id=row.author_id or "",
                    actor_id=vault.actor.user_id,
                )
                check_version(row, expected_version)
                row.note_type = note_type
                row.event_date = event_date
                row.payload_ct = uow.payloads.seal_text(TABLE, note_id, text)
                row.updated_at = now
                row.updated_by = vault.actor.username
            uow.session.flush()
            view = note_view(row, {"text": text})
            uow.commit()
        return view

    def write_signed(
        self, case_id: str, *, note_type: str, event_date: date, text: str
    ) -> NoteView:
        """Write and sign a note in one step (one durable commit with its audit entry), for
        notes that need no draft.

        Raises:
            ValidationError, NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        journal.check_text(text)
        journal.check_event_date(event_date, today=vault.clock().date())
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="journal.sign")
            check_code(uow, CodeList.JOURNAL_TYPE, note_type, "note_type")
            now = vault.clock()
            note_id = new_id()
            row = JournalNote(
                id=note_id,
                case_id=case_id,
                note_type=note_type,
                event_date=event_date,
                author_id=vault.actor.user_id,
                status=NoteStatus.SIGNED.value,
                signed_at=now,
                signed_by=vault.actor.username,
                payload_ct=uow.payloads.seal_text(TABLE, note_id, text),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            view = note_view(row, {"text": text})
            uow.commit()
        return view

    def sign(self, note_id: str, *, expected_version: int | None = None) -> NoteView:
        """Sign one's own draft: from now on it never changes.

        Raises:
            ValidationError (already signed), PermissionDeniedError (not the author),
            ConflictError (the draft changed after the user last saw it), NotFoundError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            row = self._note(uow, note_id, action="journal.sign")
            journal.check_draft_change(
                status=NoteStatus(row.status),
                author_id=row.author_id or "",
                actor_id=vault.actor.user_id,
            )
            check_version(row, expected_version)
            now = vault.clock()
            row.status = NoteStatus.SIGNED.value
            row.signed_at = now
            row.signed_by = vault.actor.username
            row.updated_at = now
            row.updated_by = vault.actor.username
            uow.session.flush()
            data = uow.payloads.open(TABLE, row.id, row.payload_ct)
            view = note_view(row, data)
            uow.commit()
        return view

    def correct(
        self,
        note_id: str,
        *,
        text: str,
        reason: str,
        note_type: str | None = None,
        event_date: date | None = None,
    ) -> NoteView:
        """Correct a signed note: a new signed note linked to it, with the reason; the
        original stays as it was and visible.

        Raises:
            ValidationError (a draft, no reason, no text), NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        journal.check_text(text)
        with vault.unit_of_work() as uow:
            original = self._note(uow, note_id, action="journal.correct")
            cleaned = journal.check_correction(
                original_status=NoteStatus(original.status), reason=reason
            )
            kind = note_type or original.note_type
            check_code(uow, CodeList.JOURNAL_TYPE, kind, "note_type")
            when = event_date or original.event_date
            journal.check_event_date(when, today=vault.clock().date())
            now = vault.clock()
            new = new_id()
            payload = {"text": text, "correction_reason": cleaned}
            row = JournalNote(
                id=new,
                case_id=original.case_id,
                note_type=kind,
                event_date=when,
                author_id=vault.actor.user_id,
                status=NoteStatus.SIGNED.value,
                signed_at=now,
                signed_by=vault.actor.username,
                corrects_id=original.id,
                payload_ct=uow.payloads.seal(TABLE, new, payload),
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            uow.session.flush()
            view = note_view(row, payload)
            uow.commit()
        return view

    def notes(self, case_id: str, *, note_type: str | None = None) -> list[NoteView]:
        """A case's notes in event order (drafts only the author's own). One audit entry."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            self._guard.load(uow, case_id, action="journal.read")
            query = select(JournalNote).where(JournalNote.case_id == case_id)
            if note_type is not None:
                query = query.where(JournalNote.note_type == note_type)
            rows = uow.session.execute(
                query.order_by(JournalNote.event_date, JournalNote.created_at)
            ).scalars()
            open_note = uow.payloads.opener(TABLE)
            views = [
                note_view(row, open_note(row.id, row.payload_ct))
                for row in rows
                if row.status == NoteStatus.SIGNED.value or row.author_id == vault.actor.user_id
            ]
            uow.commit()
        return views
