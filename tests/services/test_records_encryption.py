"""A participant's name, number, phone, address and journal text never reach the disk in clear:
grep the SQLite files (WAL included) and a pg_dump."""

from __future__ import annotations

from datetime import date

import pytest

from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import Address, PersonInput, ProtectionLevel
from avhopp.services import vault as vault_service
from avhopp.storage.location import witness_dir

NUMBER = make_test_number(date(1993, 8, 14), 482)
NOTE = "Hotbild från gänget i Skultuna"
CORRECTION = "Hotbilden gäller även systern i Skultuna"
SECRETS = [
    "Märta Hemligsdotter",
    "Hemligsdotter",
    "Märta",
    NOTE,
    "Skultuna",
    CORRECTION,
    "Hemliga gatan 7",
    "Deltagaren ringde kvällstid",
    "marta.hemlig@exempel.se",
    NUMBER,
    NUMBER[2:],
    "+46701740657",
    "0701740657",
    "AVH-2024-0001",
]


def _needles() -> dict[str, bytes]:
    return {
        f"{text!r} as {encoding}": text.encode(encoding)
        for text in SECRETS
        for encoding in ("utf-8", "utf-16-le")
    }


def _assert_clean(blobs: dict[str, bytes]) -> None:
    assert blobs
    leaks = [
        f"{what} in {where}"
        for where, data in blobs.items()
        for what, needle in _needles().items()
        if needle in data
    ]
    assert leaks == []


def _record_marta(vault) -> vault_service.Vault:
    """Register Märta with a note, a correction and a reveal; returns a still-open vault."""
    v = vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )
    registered = v.people.register_participant(
        PersonInput(
            "Märta",
            "Hemligsdotter",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=NUMBER,
            phone="070-174 06 57",
            email="marta.hemlig@exempel.se",
            address=Address(street="Hemliga gatan 7", postal_code="722 15", city="Västerås"),
            protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
        ),
        referral_source="police",
        inquiry_on=date(2024, 5, 2),
        summary="Deltagaren ringde kvällstid",
    )
    assert registered.case.reference == "AVH-2024-0001"
    case_id = registered.case.id
    note = v.journal.save_draft(case_id, note_type="event", event_date=date(2024, 5, 3), text=NOTE)
    v.journal.sign(note.id)
    v.journal.correct(note.id, text=CORRECTION, reason="Skultuna: systern också")
    v.cases.change_phase(case_id, "pre_assessment", entered_on=date(2024, 5, 4), comment=NOTE)
    v.people.reveal_address(registered.person.id, reason="Hemligsdotter behöver post")
    assert v.people.find_by_identity_number(IdentityKind.PERSONNUMMER, NUMBER) == [
        registered.person.id
    ]
    assert [n.text for n in v.journal.notes(case_id)] == [NOTE, CORRECTION]
    return v


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_sqlite_files_hold_no_participant_data(vault, read_files):
    opened = _record_marta(vault)
    try:
        # While the connection is open the WAL may hold the latest pages: check it too.
        _assert_clean({**read_files(vault.path.parent), **read_files(witness_dir())})
    finally:
        opened.close()
    blobs = {**read_files(vault.path.parent), **read_files(witness_dir())}
    assert str(vault.path) in blobs
    _assert_clean(blobs)


@pytest.mark.postgres
@pytest.mark.parametrize("engine_kind", ["postgres"])
def test_pg_dump_holds_no_participant_data(vault, pg_dump, read_files):
    _record_marta(vault).close()
    text = pg_dump(vault.location)
    # The dump is real: the case-record tables and their documented clear columns are there.
    for table in ("people", "cases", "case_phases", "journal_notes", "audit_entries"):
        assert f"COPY public.{table} ".encode() in text
    assert b"2024-05-03" in text  # a note's event date is a clear column
    assert b"pre_assessment" in text
    _assert_clean({"pg_dump": text, **read_files(witness_dir())})
