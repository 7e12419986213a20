"""Row payloads: JSON objects, and single texts stored without the JSON wrapper; both read
back the same way, one row at a time or through a per-table opener."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing, new_vault_key
from avhopp.errors import IntegrityError
from avhopp.storage.payloads import COLUMN, TEXT_KEY, TEXT_MARK, PayloadCodec

CIPHER = FieldCipher(
    KeyRing(vault_id="3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", vault_key=new_vault_key())
)
CODEC = PayloadCodec(CIPHER)
ROW = "0b6f0f5e-7d1c-4a8e-9f00-1234567890ab"


def test_a_json_payload_round_trips_with_dates_as_iso_text() -> None:
    envelope = CODEC.seal("people", ROW, {"first_name": "Åsa", "birth_date": date(1990, 3, 12)})
    expected = {"first_name": "Åsa", "birth_date": "1990-03-12"}
    assert CODEC.open("people", ROW, envelope) == expected
    assert CODEC.opener("people")(ROW, envelope) == expected


@settings(max_examples=100, database=None)
@given(text=st.text())
def test_a_text_payload_reads_as_the_mapping_it_stands_for(text: str) -> None:
    envelope = CODEC.seal_text("journal_notes", ROW, text)
    plain = CIPHER.decrypt(envelope, table="journal_notes", column=COLUMN, row_id=ROW)
    assert plain == TEXT_MARK + text.encode()  # no JSON around the text
    assert CODEC.open("journal_notes", ROW, envelope) == {TEXT_KEY: text}
    assert CODEC.opener("journal_notes")(ROW, envelope) == {TEXT_KEY: text}


def test_old_json_notes_and_new_text_notes_read_alike() -> None:
    old = CODEC.seal("journal_notes", ROW, {"text": "Samtal om boendet."})
    new = CODEC.seal_text("journal_notes", ROW, "Samtal om boendet.")
    assert len(new) < len(old)
    read = CODEC.opener("journal_notes")
    assert read(ROW, old) == read(ROW, new) == {"text": "Samtal om boendet."}


@pytest.mark.parametrize(
    ("plain", "reason"),
    [
        (TEXT_MARK + b"\xff\xfe", "unreadable"),  # a text payload that is not UTF-8
        (b"{not json", "unreadable"),
        (b"[1, 2]", "malformed"),  # JSON, but not an object
    ],
)
def test_a_payload_that_is_neither_form_is_refused(plain: bytes, reason: str) -> None:
    envelope = CIPHER.encrypt(plain, table="journal_notes", column=COLUMN, row_id=ROW)
    with pytest.raises(IntegrityError, match=reason):
        CODEC.open("journal_notes", ROW, envelope)
    with pytest.raises(IntegrityError, match=reason):
        CODEC.opener("journal_notes")(ROW, envelope)


def test_a_payload_is_bound_to_its_table_column_and_row() -> None:
    envelope = CODEC.seal_text("journal_notes", ROW, "hemligt")
    with pytest.raises(IntegrityError):
        CODEC.opener("journal_notes")("another-row", envelope)
    with pytest.raises(IntegrityError):
        CODEC.opener("people")(ROW, envelope)
    with pytest.raises(IntegrityError):
        CODEC.open("journal_notes", ROW, envelope, column="list")
