"""A journal note's payload is its text alone (no JSON wrapper); a correction, which also
carries its reason, stays a JSON object; notes written before either way read the same."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from avhopp.domain.person import PersonInput
from avhopp.services import vault as vault_service
from avhopp.storage.case_models import JournalNote
from avhopp.storage.payloads import COLUMN, TEXT_MARK

TEXT = "Samtal med Åsa om flytten och säkerhetsplanen."


def _plain(v: vault_service.Vault, note_id: str) -> bytes:
    with v.unit_of_work() as uow:
        envelope = uow.session.execute(
            select(JournalNote.payload_ct).where(JournalNote.id == note_id)
        ).scalar_one()
        return uow.payloads._cipher.decrypt(  # beneath the codec
            envelope, table="journal_notes", column=COLUMN, row_id=note_id
        )


def test_notes_are_stored_as_text_and_read_alike_in_either_form(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        case_id = v.people.register_participant(
            PersonInput(first_name="Åsa", last_name="Journal"),
            referral_source="police",
            inquiry_on=date(2026, 1, 10),
        ).case.id
        draft = v.journal.save_draft(
            case_id, note_type="conversation", event_date=date(2026, 1, 12), text="utkast"
        )
        draft = v.journal.save_draft(
            case_id,
            note_type="conversation",
            event_date=date(2026, 1, 12),
            text=TEXT,
            note_id=draft.id,
            expected_version=draft.version,
        )
        signed = v.journal.sign(draft.id)
        direct = v.journal.write_signed(
            case_id, note_type="phone", event_date=date(2026, 1, 13), text="{inte json}"
        )
        fixed = v.journal.correct(signed.id, text=TEXT + " Rättat.", reason="Fel datum angivet")
        assert _plain(v, signed.id) == TEXT_MARK + TEXT.encode()
        assert _plain(v, direct.id) == TEXT_MARK + b"{inte json}"
        assert _plain(v, fixed.id).startswith(b"{")  # text and reason: a JSON object
        with v.unit_of_work() as uow:  # a note as the releases before wrote it
            uow.session.execute(
                update(JournalNote)
                .where(JournalNote.id == direct.id)
                .values(payload_ct=uow.payloads.seal("journal_notes", direct.id, {"text": "förr"}))
            )
            uow.commit()
        notes = {n.id: n for n in v.journal.notes(case_id)}
    assert (notes[signed.id].text, notes[signed.id].status) == (TEXT, "signed")
    assert notes[direct.id].text == "förr"
    assert (notes[fixed.id].text, notes[fixed.id].correction_reason) == (
        TEXT + " Rättat.",
        "Fel datum angivet",
    )
