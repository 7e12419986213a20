"""The audit hash chain: every field, the previous MAC and the key are bound."""

from __future__ import annotations

import dataclasses

import pytest

from avhopp.crypto.audit_mac import AuditChain, ChainedContent, genesis_of
from avhopp.crypto.keys import KeyRing, new_vault_key

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
RING = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
CHAIN = AuditChain(RING)

CONTENT = ChainedContent(
    seq=7,
    entry_id="5a1e0c9d-entry",
    occurred_at="2024-05-01T10:00:00.123456",
    user_id="user-1",
    username="kalle",
    action="participant.read",
    outcome="ok",
    target_type="participant",
    target_id="p-42",
    unit="Avhopparverksamheten Västerås",
    details=b"\x01envelope",
    key_id="0011223344556677",
)

CHANGES = [
    ("seq", 8),
    ("seq", 0),
    ("entry_id", "5a1e0c9d-entrx"),
    ("occurred_at", "2024-05-01T10:00:00.123457"),
    ("user_id", None),
    ("user_id", ""),
    ("user_id", "user-2"),
    ("username", None),
    ("username", "Kalle"),
    ("action", "participant.update"),
    ("outcome", "denied"),
    ("target_type", None),
    ("target_type", "user"),
    ("target_id", None),
    ("target_id", "p-43"),
    ("unit", None),
    ("unit", "Avhopparverksamheten Vasteras"),
    ("details", None),
    ("details", b""),
    ("details", b"\x01envelopf"),
    ("key_id", "0011223344556678"),
]


def test_mac_is_deterministic_and_checks() -> None:
    mac = CHAIN.mac(CONTENT, CHAIN.genesis)
    assert len(mac) == 32
    assert CHAIN.mac(CONTENT, CHAIN.genesis) == mac
    assert CHAIN.check(CONTENT, CHAIN.genesis, mac)
    assert AuditChain(KeyRing(vault_id=VAULT_ID, vault_key=RING.vault_key)).check(
        CONTENT, CHAIN.genesis, mac
    )


@pytest.mark.parametrize(("field", "value"), CHANGES, ids=[f"{f}={v!r}" for f, v in CHANGES])
def test_any_field_change_changes_the_mac(field: str, value: object) -> None:
    changed = dataclasses.replace(CONTENT, **{field: value})
    assert changed != CONTENT
    mac = CHAIN.mac(CONTENT, CHAIN.genesis)
    assert CHAIN.mac(changed, CHAIN.genesis) != mac
    assert not CHAIN.check(changed, CHAIN.genesis, mac)


def test_values_moved_between_fields_change_the_mac() -> None:
    swapped = dataclasses.replace(CONTENT, user_id=CONTENT.username, username=CONTENT.user_id)
    assert CHAIN.mac(swapped, CHAIN.genesis) != CHAIN.mac(CONTENT, CHAIN.genesis)
    shifted = dataclasses.replace(CONTENT, target_type="participantp-42", target_id="")
    assert CHAIN.mac(shifted, CHAIN.genesis) != CHAIN.mac(CONTENT, CHAIN.genesis)


def test_previous_mac_is_bound() -> None:
    first = CHAIN.mac(CONTENT, CHAIN.genesis)
    second_content = dataclasses.replace(CONTENT, seq=8, entry_id="next")
    second = CHAIN.mac(second_content, first)
    assert CHAIN.check(second_content, first, second)
    other_previous = bytearray(first)
    other_previous[0] ^= 1
    assert not CHAIN.check(second_content, bytes(other_previous), second)
    assert not CHAIN.check(second_content, CHAIN.genesis, second)
    assert not CHAIN.check(second_content, b"", second)


def test_tampered_mac_is_refused() -> None:
    mac = CHAIN.mac(CONTENT, CHAIN.genesis)
    for position in range(len(mac)):
        tampered = bytearray(mac)
        tampered[position] ^= 0x80
        assert not CHAIN.check(CONTENT, CHAIN.genesis, bytes(tampered))


def test_different_vault_keys_give_different_macs() -> None:
    other = AuditChain(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    mac = CHAIN.mac(CONTENT, CHAIN.genesis)
    assert other.mac(CONTENT, CHAIN.genesis) != mac
    assert not other.check(CONTENT, CHAIN.genesis, mac)
    assert other.key_id != CHAIN.key_id


def test_genesis_is_key_independent_so_the_chain_survives_a_rekey() -> None:
    # Since commit c0cece9 the genesis is public: SHA-256 of the vault id only, so the chain
    # start stays the same after a key rotation; each entry's own MAC is keyed.
    rotated = AuditChain(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    assert len(CHAIN.genesis) == 32
    assert rotated.genesis == CHAIN.genesis == genesis_of(VAULT_ID)


def test_genesis_depends_on_the_vault_id() -> None:
    other_vault = AuditChain(
        KeyRing(vault_id="9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", vault_key=RING.vault_key)
    )
    assert other_vault.genesis != CHAIN.genesis
    # and so a first entry cannot be replayed into another vault with the same key
    mac = CHAIN.mac(CONTENT, CHAIN.genesis)
    assert not other_vault.check(CONTENT, other_vault.genesis, mac)


def test_audit_key_is_not_the_row_mac_key() -> None:
    # An audit MAC must not double as a row MAC over the same bytes.
    assert RING.audit_key != RING.row_mac_key
