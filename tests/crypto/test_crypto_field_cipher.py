"""AES-256-GCM field encryption: round trip, tamper detection and binding to where a value lives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.crypto.field_cipher import HEADER_LENGTH, OVERHEAD, VERSION, FieldCipher
from avhopp.crypto.keys import KeyRing, new_vault_key
from avhopp.errors import IntegrityError

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
OTHER_VAULT_ID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"
WHERE = {"table": "participants", "column": "name", "row_id": "0b6f0f5e-row-1"}
SWEDISH = "abcåäöÅÄÖéü 0123-_.\n"

RING = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
CIPHER = FieldCipher(RING)


def encrypt(plaintext: bytes) -> bytes:
    return CIPHER.encrypt(plaintext, **WHERE)


def decrypt(envelope: bytes, **where: str) -> bytes:
    return CIPHER.decrypt(envelope, **{**WHERE, **where})


@settings(max_examples=200, database=None)
@given(plaintext=st.binary(max_size=512))
def test_bytes_round_trip(plaintext: bytes) -> None:
    envelope = encrypt(plaintext)
    assert len(envelope) == len(plaintext) + OVERHEAD
    assert decrypt(envelope) == plaintext


@settings(max_examples=200, database=None)
@given(text=st.text(alphabet=SWEDISH) | st.text(), row_id=st.text(min_size=1, max_size=40))
def test_text_round_trip_including_swedish_letters(text: str, row_id: str) -> None:
    envelope = CIPHER.encrypt_text(text, table="t", column="c", row_id=row_id)
    assert CIPHER.decrypt_text(envelope, table="t", column="c", row_id=row_id) == text


def test_a_new_cipher_on_the_same_key_ring_decrypts() -> None:
    envelope = CIPHER.encrypt_text("Åsa Öberg", **WHERE)
    again = FieldCipher(KeyRing(vault_id=VAULT_ID, vault_key=RING.vault_key))
    assert again.decrypt_text(envelope, **WHERE) == "Åsa Öberg"


def test_envelope_layout_starts_with_version_and_key_id() -> None:
    envelope = encrypt(b"x")
    assert envelope[0] == VERSION
    assert envelope[1:9] == bytes.fromhex(RING.key_id)


def test_every_single_byte_change_is_refused() -> None:
    plaintext = "Kalle Ström, 19800101-1234".encode()
    envelope = encrypt(plaintext)
    tried = 0
    for position in range(len(envelope)):
        for mask in range(1, 256):
            tampered = bytearray(envelope)
            tampered[position] ^= mask
            with pytest.raises(IntegrityError):
                decrypt(bytes(tampered))
            tried += 1
    assert tried == len(envelope) * 255
    assert decrypt(envelope) == plaintext  # the untampered one still decrypts


@pytest.mark.parametrize("plaintext", [b"", b"x", "hemlig uppgift om Åsa".encode()])
def test_truncation_is_refused(plaintext: bytes) -> None:
    envelope = encrypt(plaintext)
    for length in range(len(envelope)):
        with pytest.raises(IntegrityError):
            decrypt(envelope[:length])


def test_appended_bytes_are_refused() -> None:
    envelope = encrypt(b"value")
    for extra in (b"\0", b"x" * 16):
        with pytest.raises(IntegrityError):
            decrypt(envelope + extra)


@pytest.mark.parametrize(
    "moved_to",
    [
        {"row_id": "0b6f0f5e-row-2"},
        {"row_id": ""},
        {"column": "notes"},
        {"table": "users"},
        {"table": "name", "column": "participants"},  # table and column swapped
    ],
)
def test_envelope_moved_elsewhere_is_refused(moved_to: dict[str, str]) -> None:
    envelope = encrypt(b"personnummer")
    with pytest.raises(IntegrityError):
        decrypt(envelope, **moved_to)
    assert decrypt(envelope) == b"personnummer"


def test_value_from_another_vault_key_is_refused() -> None:
    other = FieldCipher(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    envelope = other.encrypt(b"secret", **WHERE)
    with pytest.raises(IntegrityError, match="another key"):
        decrypt(envelope)


def test_value_from_another_key_with_a_forged_key_id_is_refused() -> None:
    other = FieldCipher(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    envelope = other.encrypt(b"secret", **WHERE)
    forged = envelope[:1] + bytes.fromhex(RING.key_id) + envelope[9:]
    with pytest.raises(IntegrityError, match="failed authentication"):
        decrypt(forged)


def test_same_vault_key_in_another_vault_is_refused() -> None:
    # Same key id (it depends only on the vault key), but another field key via HKDF.
    other_ring = KeyRing(vault_id=OTHER_VAULT_ID, vault_key=RING.vault_key)
    assert other_ring.key_id == RING.key_id
    envelope = FieldCipher(other_ring).encrypt(b"secret", **WHERE)
    with pytest.raises(IntegrityError):
        decrypt(envelope)


def test_two_encryptions_of_the_same_plaintext_differ() -> None:
    envelopes = {encrypt(b"same plaintext") for _ in range(50)}
    assert len(envelopes) == 50
    nonces = {e[9:HEADER_LENGTH] for e in envelopes}
    assert len(nonces) == 50


def test_envelope_contains_no_plaintext() -> None:
    plaintext = "Åsa Öberg bor på Storgatan 12 i Västerås".encode()
    envelope = encrypt(plaintext)
    for start in range(len(plaintext) - 4):
        assert plaintext[start : start + 5] not in envelope


def test_error_message_names_the_place_but_not_the_value() -> None:
    envelope = CIPHER.encrypt_text("Storgatan 12", **WHERE)
    with pytest.raises(IntegrityError) as caught:
        decrypt(envelope, row_id="other-row")
    message = caught.value.message
    assert "participants.name" in message
    assert "Storgatan" not in message


def test_a_column_decryptor_checks_exactly_what_decrypt_checks() -> None:
    """Lists decrypt through one decryptor per column: same answers, same refusals."""
    read = CIPHER.decryptor(table=WHERE["table"], column=WHERE["column"])
    assert CIPHER.decryptor(table=WHERE["table"], column=WHERE["column"]) is read  # made once
    envelope = encrypt(b"personnummer")
    assert read(envelope, WHERE["row_id"]) == b"personnummer"
    with pytest.raises(IntegrityError, match="failed authentication"):
        read(envelope, "0b6f0f5e-row-2")  # moved to another row
    with pytest.raises(IntegrityError, match="failed authentication"):
        CIPHER.decryptor(table=WHERE["table"], column="notes")(envelope, WHERE["row_id"])
    with pytest.raises(IntegrityError, match="malformed"):
        read(envelope[: OVERHEAD - 1], WHERE["row_id"])
    with pytest.raises(IntegrityError, match="malformed"):
        read(b"\x02" + envelope[1:], WHERE["row_id"])
    other = FieldCipher(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    with pytest.raises(IntegrityError, match="another key"):
        read(other.encrypt(b"secret", **WHERE), WHERE["row_id"])
