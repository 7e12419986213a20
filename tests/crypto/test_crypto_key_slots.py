"""Key slots: passphrase-wrapped X25519 keys, vault keys sealed to them, metadata binding.

Argon2id at the floor costs ~0.3 s, so each slot is created once per module; every test that
calls ``open_slot`` pays one derivation and no test derives below ``kdf.FLOOR``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from avhopp.crypto import kdf, recovery_key
from avhopp.crypto.key_slots import (
    RECOVERY_LOCATOR,
    KeySlot,
    VaultHeader,
    create_slot,
    open_slot,
    seal,
    unseal,
    user_locator,
)
from avhopp.crypto.keys import key_id_of, new_vault_key
from avhopp.errors import AuthenticationError, IntegrityError

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
OTHER_VAULT_ID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"
PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"
USER_ID = "7c0d1e2f-user-kalle"
CREATED_AT = "2024-05-01T10:00:00.000000"
VAULT_KEY = new_vault_key()
KEY_ID = key_id_of(VAULT_KEY)


def raw_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


@pytest.fixture(scope="module")
def user_slot() -> KeySlot:
    return create_slot(
        vault_id=VAULT_ID,
        slot_id="slot-user-1",
        kind="user",
        locator=user_locator(VAULT_ID, "kalle"),
        user_id=USER_ID,
        created_at=CREATED_AT,
        secret=PASSPHRASE.encode("utf-8"),
        params=kdf.FLOOR,
        vault_keys=[VAULT_KEY],
    )


@pytest.fixture(scope="module")
def user_private(user_slot: KeySlot) -> X25519PrivateKey:
    return open_slot(user_slot, vault_id=VAULT_ID, secret=PASSPHRASE.encode("utf-8"))


@pytest.fixture(scope="module")
def recovery() -> tuple[str, bytes]:
    return recovery_key.generate()


@pytest.fixture(scope="module")
def recovery_slot(recovery: tuple[str, bytes]) -> KeySlot:
    _, raw = recovery
    return create_slot(
        vault_id=VAULT_ID,
        slot_id="slot-recovery",
        kind="recovery",
        locator=RECOVERY_LOCATOR,
        user_id=None,
        created_at=CREATED_AT,
        secret=raw,
        params=kdf.FLOOR,
        vault_keys=[VAULT_KEY],
    )


@pytest.fixture(scope="module")
def recovery_private(recovery_slot: KeySlot, recovery: tuple[str, bytes]) -> X25519PrivateKey:
    code, _ = recovery
    # The code as a user might type it: lower case, spaces instead of dashes.
    typed = code.lower().replace("-", " ")
    return open_slot(recovery_slot, vault_id=VAULT_ID, secret=recovery_key.parse(typed))


# ---- round trip


def test_user_slot_round_trip(user_slot: KeySlot, user_private: X25519PrivateKey) -> None:
    assert raw_public(user_private) == user_slot.public_key
    assert set(user_slot.sealed) == {KEY_ID}
    assert unseal(user_slot, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID) == (
        VAULT_KEY
    )


def test_recovery_slot_round_trip(
    recovery_slot: KeySlot, recovery_private: X25519PrivateKey
) -> None:
    assert raw_public(recovery_private) == recovery_slot.public_key
    assert (
        unseal(recovery_slot, vault_id=VAULT_ID, private_key=recovery_private, key_id=KEY_ID)
        == VAULT_KEY
    )


def test_slots_have_their_own_key_pairs_and_salts(
    user_slot: KeySlot, recovery_slot: KeySlot
) -> None:
    assert user_slot.public_key != recovery_slot.public_key
    assert user_slot.salt != recovery_slot.salt
    assert len(user_slot.salt) == kdf.SALT_LENGTH
    assert user_slot.sealed[KEY_ID] != recovery_slot.sealed[KEY_ID]


def test_slot_holds_no_key_material_in_the_clear(user_slot: KeySlot) -> None:
    document = repr(user_slot.to_json()).encode()
    assert VAULT_KEY not in user_slot.wrapped_private_key
    assert VAULT_KEY not in user_slot.sealed[KEY_ID]
    assert VAULT_KEY.hex().encode() not in document
    assert PASSPHRASE.encode() not in document


def test_wrong_passphrase_is_refused(user_slot: KeySlot) -> None:
    with pytest.raises(AuthenticationError):
        open_slot(user_slot, vault_id=VAULT_ID, secret=PASSPHRASE[:-1].encode("utf-8") + b"8")


# ---- every metadata byte is bound


def _other_salt(slot: KeySlot) -> KeySlot:
    return replace(slot, salt=bytes(b ^ 0x01 for b in slot.salt))


def _other_public_key(slot: KeySlot) -> KeySlot:
    return replace(slot, public_key=raw_public(X25519PrivateKey.generate()))


METADATA_EDITS: dict[str, Callable[[KeySlot], KeySlot]] = {
    "locator": lambda s: replace(s, locator=user_locator(VAULT_ID, "olle")),
    "user_id": lambda s: replace(s, user_id="7c0d1e2f-user-olle"),
    "kind": lambda s: replace(s, kind="recovery"),
    "created_at": lambda s: replace(s, created_at="2024-05-01T10:00:00.000001"),
    "slot_id": lambda s: replace(s, slot_id="slot-user-2"),
    "salt": _other_salt,
    "public_key": _other_public_key,
    "kdf iterations": lambda s: replace(
        s, kdf_params=replace(s.kdf_params, iterations=s.kdf_params.iterations + 1)
    ),
    "kdf lanes": lambda s: replace(
        s, kdf_params=replace(s.kdf_params, lanes=s.kdf_params.lanes + 1)
    ),
    "kdf memory": lambda s: replace(
        s, kdf_params=replace(s.kdf_params, memory_kib=s.kdf_params.memory_kib + 1024)
    ),
}


@pytest.mark.parametrize("edit", METADATA_EDITS.values(), ids=METADATA_EDITS.keys())
def test_edited_metadata_makes_the_slot_refuse_to_open(
    user_slot: KeySlot, edit: Callable[[KeySlot], KeySlot]
) -> None:
    edited = edit(user_slot)
    assert edited != user_slot
    edited.kdf_params.check_stored()  # still a legal slot, only a different one
    with pytest.raises(AuthenticationError):
        open_slot(edited, vault_id=VAULT_ID, secret=PASSPHRASE.encode("utf-8"))


def test_slot_moved_to_another_vault_refuses_to_open(user_slot: KeySlot) -> None:
    with pytest.raises(AuthenticationError):
        open_slot(user_slot, vault_id=OTHER_VAULT_ID, secret=PASSPHRASE.encode("utf-8"))


def test_recovery_slot_user_id_edited_from_null_to_empty_refuses_to_open(
    recovery_slot: KeySlot, recovery: tuple[str, bytes]
) -> None:
    # KeySlot.binding encodes user_id as `(self.user_id or "")`, so JSON null and "" give the
    # same associated data: this header edit goes unnoticed although the module promises that
    # "every byte of a slot's metadata is bound".
    edited = replace(recovery_slot, user_id="")
    assert KeySlot.from_json(edited.to_json()) != KeySlot.from_json(recovery_slot.to_json())
    with pytest.raises(AuthenticationError):
        open_slot(edited, vault_id=VAULT_ID, secret=recovery[1])


@pytest.mark.parametrize(
    "wrapped",
    [
        lambda w: w[:20] + bytes([w[20] ^ 0x01]) + w[21:],  # ciphertext byte flipped
        lambda w: w[:5],  # truncated into the nonce
    ],
    ids=["flipped", "truncated"],
)
def test_altered_wrapped_private_key_refuses_to_open(
    user_slot: KeySlot, wrapped: Callable[[bytes], bytes]
) -> None:
    edited = replace(user_slot, wrapped_private_key=wrapped(user_slot.wrapped_private_key))
    with pytest.raises(AuthenticationError):
        open_slot(edited, vault_id=VAULT_ID, secret=PASSPHRASE.encode("utf-8"))


# ---- sealed vault keys (no derivation needed once the private key is known)


def test_every_single_byte_change_of_a_sealed_blob_is_refused(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    blob = user_slot.sealed[KEY_ID]
    for position in range(len(blob)):
        tampered = bytearray(blob)
        tampered[position] ^= 0x01
        edited = replace(user_slot, sealed={KEY_ID: bytes(tampered)})
        with pytest.raises(IntegrityError):
            unseal(edited, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID)


def test_truncated_or_missing_sealed_blob_is_refused(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    blob = user_slot.sealed[KEY_ID]
    for length in (0, 32, 44, len(blob) - 1):
        edited = replace(user_slot, sealed={KEY_ID: blob[:length]})
        with pytest.raises(IntegrityError):
            unseal(edited, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID)
    with pytest.raises(IntegrityError):
        unseal(user_slot, vault_id=VAULT_ID, private_key=user_private, key_id="00" * 8)


def test_sealed_blob_moved_to_another_slot_is_refused(
    user_slot: KeySlot, recovery_slot: KeySlot, recovery_private: X25519PrivateKey
) -> None:
    moved = replace(recovery_slot, sealed={KEY_ID: user_slot.sealed[KEY_ID]})
    with pytest.raises(IntegrityError):
        unseal(moved, vault_id=VAULT_ID, private_key=recovery_private, key_id=KEY_ID)


def test_sealed_blob_moved_to_another_key_id_is_refused(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    other_id = key_id_of(new_vault_key())
    moved = replace(user_slot, sealed={other_id: user_slot.sealed[KEY_ID]})
    with pytest.raises(IntegrityError):
        unseal(moved, vault_id=VAULT_ID, private_key=user_private, key_id=other_id)


def test_sealed_blob_read_in_another_vault_is_refused(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    with pytest.raises(IntegrityError):
        unseal(user_slot, vault_id=OTHER_VAULT_ID, private_key=user_private, key_id=KEY_ID)


def test_unseal_with_another_slots_private_key_is_refused(
    user_slot: KeySlot, recovery_private: X25519PrivateKey
) -> None:
    with pytest.raises(IntegrityError):
        unseal(user_slot, vault_id=VAULT_ID, private_key=recovery_private, key_id=KEY_ID)


def test_a_blob_sealed_under_a_lying_key_id_is_refused(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    # Someone with the public key seals an attacker-chosen key and files it under KEY_ID.
    _, blob = seal(
        vault_id=VAULT_ID,
        slot_id=user_slot.slot_id,
        public_key=user_slot.public_key,
        vault_key=new_vault_key(),
    )
    forged = replace(user_slot, sealed={KEY_ID: blob})
    with pytest.raises(IntegrityError):
        unseal(forged, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID)


def test_seal_a_second_key_without_the_passphrase(
    user_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    """What rekey does: seal a new vault key to the public key only; the owner unseals it."""
    new_key = new_vault_key()
    new_id, blob = seal(
        vault_id=VAULT_ID,
        slot_id=user_slot.slot_id,
        public_key=user_slot.public_key,
        vault_key=new_key,
    )
    assert new_id == key_id_of(new_key) != KEY_ID
    rekeyed = replace(user_slot, sealed={**user_slot.sealed, new_id: blob})
    # Adding a sealed key does not disturb the wrapped private key...
    private = open_slot(rekeyed, vault_id=VAULT_ID, secret=PASSPHRASE.encode("utf-8"))
    # ...and both the old and the new vault key come out.
    assert unseal(rekeyed, vault_id=VAULT_ID, private_key=private, key_id=new_id) == new_key
    assert unseal(rekeyed, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID) == (
        VAULT_KEY
    )


def test_seal_is_randomized(user_slot: KeySlot) -> None:
    blobs = {
        seal(
            vault_id=VAULT_ID,
            slot_id=user_slot.slot_id,
            public_key=user_slot.public_key,
            vault_key=VAULT_KEY,
        )[1]
        for _ in range(10)
    }
    assert len(blobs) == 10


def test_slot_survives_the_header_file(
    user_slot: KeySlot, recovery_slot: KeySlot, user_private: X25519PrivateKey
) -> None:
    header = VaultHeader(
        vault_id=VAULT_ID,
        created_at=CREATED_AT,
        current_key_id=KEY_ID,
        revision=1,
        slots=(user_slot, recovery_slot),
    )
    parsed = VaultHeader.from_bytes(header.to_bytes(), location="vault.avhopp")
    assert parsed == header
    slot = parsed.slot_for_locator(user_locator(VAULT_ID, "  KALLE "))
    assert slot == user_slot
    assert unseal(slot, vault_id=VAULT_ID, private_key=user_private, key_id=KEY_ID) == VAULT_KEY
    assert parsed.slot_for_locator(RECOVERY_LOCATOR) == recovery_slot


# ---- locators


def test_user_locator_is_normalized_per_vault_and_hides_the_name() -> None:
    locator = user_locator(VAULT_ID, "kalle")
    assert len(locator) == 32
    assert user_locator(VAULT_ID, "  Kalle ") == locator
    assert user_locator(VAULT_ID, "olle") != locator
    assert user_locator(OTHER_VAULT_ID, "kalle") != locator
    assert "kalle" not in locator
    assert locator != RECOVERY_LOCATOR


def test_key_slot_is_immutable(user_slot: KeySlot) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        user_slot.locator = "x"  # type: ignore[misc]
