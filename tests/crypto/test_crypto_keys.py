"""The key ring: HKDF sub-keys, key ids, row MACs and the unambiguous part encoding."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.crypto.keys import (
    KEY_ID_LENGTH,
    VAULT_KEY_LENGTH,
    KeyRing,
    encode_parts,
    key_id_of,
    new_vault_key,
)

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
OTHER_VAULT_ID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"
SUB_KEYS = (
    "field_key",
    "blind_index_key",
    "audit_key",
    "backup_key",
    "sqlcipher_key",
    "witness_key",
    "row_mac_key",
)

Part = str | bytes | int | None
parts_strategy = st.lists(
    st.none() | st.text(max_size=20) | st.binary(max_size=20) | st.integers() | st.booleans(),
    max_size=6,
)


def sub_keys(ring: KeyRing) -> dict[str, bytes]:
    return {name: getattr(ring, name) for name in SUB_KEYS}


def test_new_vault_keys_are_random_and_32_bytes() -> None:
    keys = {new_vault_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(k) == VAULT_KEY_LENGTH for k in keys)


def test_sub_keys_are_distinct_32_byte_keys_and_not_the_vault_key() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    keys = sub_keys(ring)
    assert all(len(k) == 32 for k in keys.values())
    assert len(set(keys.values())) == len(SUB_KEYS)
    assert ring.vault_key not in keys.values()


def test_sub_keys_are_deterministic_for_the_same_vault_key_and_id() -> None:
    vault_key = new_vault_key()
    first = KeyRing(vault_id=VAULT_ID, vault_key=vault_key)
    second = KeyRing(vault_id=VAULT_ID, vault_key=bytes(vault_key))
    assert sub_keys(first) == sub_keys(second)
    assert first.key_id == second.key_id


def test_sub_keys_differ_across_vault_ids_but_the_key_id_does_not() -> None:
    vault_key = new_vault_key()
    first = sub_keys(KeyRing(vault_id=VAULT_ID, vault_key=vault_key))
    second = sub_keys(KeyRing(vault_id=OTHER_VAULT_ID, vault_key=vault_key))
    for name in SUB_KEYS:
        assert first[name] != second[name], name
    assert key_id_of(vault_key) == KeyRing(vault_id=OTHER_VAULT_ID, vault_key=vault_key).key_id


def test_sub_keys_differ_across_vault_keys() -> None:
    first = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    second = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    assert first.key_id != second.key_id
    for name in SUB_KEYS:
        assert getattr(first, name) != getattr(second, name), name


def test_key_id_is_short_hex_and_not_a_prefix_of_the_key() -> None:
    vault_key = new_vault_key()
    key_id = key_id_of(vault_key)
    assert len(key_id) == 2 * KEY_ID_LENGTH
    assert bytes.fromhex(key_id) != vault_key[:KEY_ID_LENGTH]
    assert key_id not in vault_key.hex()


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_vault_key_of_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        KeyRing(vault_id=VAULT_ID, vault_key=b"k" * length)


def test_key_ring_is_immutable() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    with pytest.raises(dataclasses.FrozenInstanceError):
        ring.field_key = b"\0" * 32  # type: ignore[misc]


def test_repr_and_str_show_no_key_material() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    for shown in (repr(ring), str(ring), f"{ring}", f"{ring!r}"):
        assert VAULT_ID in shown
        assert ring.key_id in shown
        for secret in (ring.vault_key, *sub_keys(ring).values()):
            assert secret.hex() not in shown
            assert repr(secret) not in shown
            assert secret.hex()[:16] not in shown


ROW = ("user-1", "kalle", "administrator,handlaggare", 3, None, b"\x00\x01")


def test_row_mac_round_trip() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    mac = ring.row_mac(*ROW)
    assert len(mac) == 32
    assert ring.check_row_mac(mac, *ROW)
    assert ring.row_mac(*ROW) == mac


REPLACEMENTS: list[Part] = ["", None, 0, b"", "x", 4, b"\x00\x02", True, "3", 3]
ROW_CHANGES = [
    (index, value)
    for index in range(len(ROW))
    for value in REPLACEMENTS
    if not (type(value) is type(ROW[index]) and value == ROW[index])
]


@pytest.mark.parametrize(("index", "replacement"), ROW_CHANGES)
def test_row_mac_detects_a_change_of_any_part(index: int, replacement: Part) -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    mac = ring.row_mac(*ROW)
    changed = list(ROW)
    changed[index] = replacement
    assert not ring.check_row_mac(mac, *changed)


def test_row_mac_detects_dropped_added_and_reordered_parts() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    mac = ring.row_mac(*ROW)
    assert not ring.check_row_mac(mac, *ROW[:-1])
    assert not ring.check_row_mac(mac, *ROW, None)
    assert not ring.check_row_mac(mac, *ROW, "")
    assert not ring.check_row_mac(mac, ROW[1], ROW[0], *ROW[2:])


def test_row_mac_detects_a_changed_mac_and_another_key() -> None:
    ring = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    mac = ring.row_mac(*ROW)
    for position in range(len(mac)):
        tampered = bytearray(mac)
        tampered[position] ^= 0x01
        assert not ring.check_row_mac(bytes(tampered), *ROW)
    assert not ring.check_row_mac(mac[:-1], *ROW)
    other = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
    assert not other.check_row_mac(mac, *ROW)
    same_key_other_vault = KeyRing(vault_id=OTHER_VAULT_ID, vault_key=ring.vault_key)
    assert not same_key_other_vault.check_row_mac(mac, *ROW)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("ab", "c"), ("a", "bc")),
        ((b"ab", b"c"), (b"a", b"bc")),
        ((None,), ("",)),
        ((None,), (b"",)),
        (("",), (b"",)),
        ((), ("",)),
        ((), (None,)),
        ((None, None), (None,)),
        (("1",), (1,)),
        ((b"1",), (1,)),
        ((True,), (1,)),
        ((False,), (0,)),
        ((1, 23), (12, 3)),
        (("a", None), (None, "a")),
    ],
)
def test_encode_parts_is_unambiguous(first: tuple[Part, ...], second: tuple[Part, ...]) -> None:
    assert encode_parts(first) != encode_parts(second)


def _decode_parts(data: bytes) -> list[tuple[str, Part]]:
    """A reference decoder: if it recovers every input, the encoding is injective."""
    out: list[tuple[str, Part]] = []
    position = 0
    while position < len(data):
        tag = data[position : position + 1]
        position += 1
        if tag == b"N":
            out.append(("none", None))
            continue
        length = int.from_bytes(data[position : position + 4], "big")
        raw = data[position + 4 : position + 4 + length]
        assert len(raw) == length
        position += 4 + length
        if tag == b"B":
            out.append(("bool", raw == b"1"))
        elif tag == b"I":
            out.append(("int", int(raw)))
        elif tag == b"S":
            out.append(("str", raw.decode("utf-8")))
        else:
            assert tag == b"Y"
            out.append(("bytes", raw))
    return out


def _typed(parts: list[Part]) -> list[tuple[str, Part]]:
    names = {type(None): "none", bool: "bool", int: "int", str: "str", bytes: "bytes"}
    return [(names[type(p)], p) for p in parts]


@settings(max_examples=300, database=None)
@given(parts=parts_strategy)
def test_encode_parts_decodes_back_to_the_typed_parts(parts: list[Part]) -> None:
    assert _decode_parts(encode_parts(tuple(parts))) == _typed(parts)


@settings(max_examples=150, database=None)
@given(first=parts_strategy, second=parts_strategy)
def test_encode_parts_collides_only_for_identical_typed_parts(
    first: list[Part], second: list[Part]
) -> None:
    same_encoding = encode_parts(tuple(first)) == encode_parts(tuple(second))
    assert same_encoding == (_typed(first) == _typed(second))
