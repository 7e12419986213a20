"""The vault header file: round trip, and every malformation refused with a vault error.

No Argon2id here: the slots are built from random bytes, since parsing never derives.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avhopp.crypto import kdf
from avhopp.crypto.key_slots import (
    HEADER_FORMAT,
    HEADER_VERSION,
    MAX_HEADER_BYTES,
    RECOVERY_LOCATOR,
    KeySlot,
    VaultHeader,
    user_locator,
)
from avhopp.errors import IntegrityError, NotAVaultError

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
LOCATION = "/srv/avhopp/vault.avhopp"


def make_slot(slot_id: str, *, username: str | None, **changes: Any) -> KeySlot:
    slot = KeySlot(
        slot_id=slot_id,
        kind="user" if username else "recovery",
        locator=user_locator(VAULT_ID, username) if username else RECOVERY_LOCATOR,
        user_id=f"user-{username}" if username else None,
        created_at="2024-05-01T10:00:00.000000",
        kdf_params=kdf.KdfParams(memory_kib=128 * 1024, iterations=4, lanes=4),
        salt=os.urandom(kdf.SALT_LENGTH),
        public_key=os.urandom(32),
        wrapped_private_key=os.urandom(12 + 32 + 16),
        sealed={"0011223344556677": os.urandom(92), "8899aabbccddeeff": os.urandom(92)},
    )
    return replace(slot, **changes)


HEADER = VaultHeader(
    vault_id=VAULT_ID,
    created_at="2024-05-01T10:00:00.000000",
    current_key_id="0011223344556677",
    revision=3,
    slots=(make_slot("s1", username="kalle"), make_slot("s2", username=None)),
    pending_key_id="8899aabbccddeeff",
)
DOCUMENT: dict[str, Any] = json.loads(HEADER.to_bytes())

VAULT_ERRORS = (NotAVaultError, IntegrityError)


def parse(data: bytes) -> VaultHeader:
    return VaultHeader.from_bytes(data, location=LOCATION)


def dump(document: object) -> bytes:
    return json.dumps(document).encode("utf-8")


# ---- round trip


@pytest.mark.parametrize(
    "header",
    [
        HEADER,
        replace(HEADER, pending_key_id=None),
        replace(HEADER, slots=()),
        replace(HEADER, slots=(make_slot("s3", username="åsa", sealed={}),)),
    ],
)
def test_round_trip(header: VaultHeader) -> None:
    data = header.to_bytes()
    assert parse(data) == header
    assert parse(data).to_bytes() == data  # canonical: stable byte for byte


def test_header_document_is_the_documented_json() -> None:
    assert DOCUMENT["format"] == HEADER_FORMAT
    assert DOCUMENT["version"] == HEADER_VERSION
    slot = DOCUMENT["slots"][0]
    assert slot["kdf"]["alg"] == "argon2id"
    assert slot["locator"] == user_locator(VAULT_ID, "kalle")  # not the user name itself


# ---- refusals


@settings(max_examples=200, database=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_raise_only_vault_errors(data: bytes) -> None:
    with pytest.raises(VAULT_ERRORS):
        parse(data)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=100, database=None)
@given(document=json_values)
def test_random_json_raises_only_vault_errors(document: object) -> None:
    with pytest.raises(VAULT_ERRORS):
        parse(dump(document))


@settings(max_examples=60, database=None)
@given(
    extra=st.dictionaries(st.text(max_size=15), json_values, max_size=4),
    version=st.sampled_from([HEADER_VERSION, 2, "1", None]),
)
def test_random_json_claiming_to_be_a_header_raises_only_vault_errors(
    extra: dict[str, object], version: object
) -> None:
    document = {**extra, "format": HEADER_FORMAT, "version": version}
    with pytest.raises(VAULT_ERRORS):
        parse(dump(document))


def _paths(node: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


PATHS = [p for p in _paths(DOCUMENT) if p[0] != "format"]


@settings(max_examples=150, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), value=json_values, delete=st.booleans())
def test_a_header_with_one_field_replaced_or_removed_parses_or_raises_vault_errors(
    path: tuple[str | int, ...], value: object, delete: bool
) -> None:
    document = copy.deepcopy(DOCUMENT)
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    try:
        header = parse(dump(document))
    except VAULT_ERRORS:
        return
    # What does parse must be a usable header with typed fields.
    assert isinstance(header.vault_id, str)
    assert isinstance(header.revision, int)
    for slot in header.slots:
        slot.kdf_params.check_stored()
        assert isinstance(slot.salt, bytes)
        assert all(isinstance(k, str) and isinstance(v, bytes) for k, v in slot.sealed.items())


@pytest.mark.parametrize("document", [[], [DOCUMENT], 1, 1.5, "header", None, True, {}])
def test_non_header_json_is_not_a_vault(document: object) -> None:
    with pytest.raises(NotAVaultError) as caught:
        parse(dump(document))
    assert LOCATION in caught.value.message


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe\x00", b"SQLite format 3\x00" + bytes(100), b"{", b"[1,", b"\x00" * 50],
)
def test_non_json_is_not_a_vault(data: bytes) -> None:
    with pytest.raises(NotAVaultError):
        parse(data)


def test_deeply_nested_json_is_not_a_vault() -> None:
    with pytest.raises(NotAVaultError):
        parse(b"[" * 100_000 + b"]" * 100_000)


def test_oversized_header_is_refused_unread() -> None:
    padded = HEADER.to_bytes() + b" " * (MAX_HEADER_BYTES + 1 - len(HEADER.to_bytes()))
    assert len(padded) == MAX_HEADER_BYTES + 1
    with pytest.raises(NotAVaultError):
        parse(padded)


def test_other_format_is_not_a_vault() -> None:
    with pytest.raises(NotAVaultError):
        parse(dump({**DOCUMENT, "format": "other-app-header"}))


@pytest.mark.parametrize("version", [2, 0, HEADER_VERSION + 1, "1", None])
def test_unknown_version_is_an_integrity_error(version: object) -> None:
    with pytest.raises(IntegrityError, match="unknown version"):
        parse(dump({**DOCUMENT, "version": version}))


def test_missing_version_is_an_integrity_error() -> None:
    document = {k: v for k, v in DOCUMENT.items() if k != "version"}
    with pytest.raises(IntegrityError):
        parse(dump(document))


@pytest.mark.parametrize("key", ["vault_id", "created_at", "current_key_id", "revision", "slots"])
def test_missing_header_field_is_an_integrity_error(key: str) -> None:
    document = {k: v for k, v in DOCUMENT.items() if k != key}
    with pytest.raises(IntegrityError):
        parse(dump(document))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("vault_id", 5),
        ("created_at", None),
        ("current_key_id", ["x"]),
        ("revision", "3"),
        ("revision", 3.5),
        ("pending_key_id", 7),
        ("slots", {"s1": 1}),
        ("slots", [1]),
        ("slots", "[]"),
    ],
)
def test_mistyped_header_field_is_an_integrity_error(key: str, value: object) -> None:
    with pytest.raises(IntegrityError):
        parse(dump({**DOCUMENT, key: value}))


SLOT_KEYS = [
    "slot_id",
    "kind",
    "locator",
    "user_id",
    "created_at",
    "kdf",
    "public_key",
    "wrapped_private_key",
    "sealed",
]


@pytest.mark.parametrize("key", SLOT_KEYS)
def test_missing_slot_field_is_an_integrity_error(key: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    del document["slots"][0][key]
    with pytest.raises(IntegrityError):
        parse(dump(document))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("kind", "admin"),
        ("slot_id", 1),
        ("locator", None),
        ("user_id", 5),
        ("created_at", []),
        ("public_key", "not base64!"),
        ("public_key", 12),
        ("wrapped_private_key", "åäö"),
        ("sealed", []),
        ("sealed", {"0011223344556677": "%%%"}),
        ("kdf", {"alg": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}),
        ("kdf", {**kdf.FLOOR.to_json(), "salt": "***"}),
        ("kdf", kdf.FLOOR.to_json()),  # no salt
        ("kdf", "argon2id"),
    ],
)
def test_mistyped_slot_field_is_an_integrity_error(key: str, value: object) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["slots"][1][key] = value
    with pytest.raises(IntegrityError):
        parse(dump(document))


def test_non_finite_kdf_cost_in_a_slot_is_an_integrity_error() -> None:
    # Python's json reads Infinity (and 1e400 overflows to inf); int(inf) raises OverflowError,
    # which KdfParams.from_json does not translate, so it escapes VaultHeader.from_bytes.
    text = HEADER.to_bytes().decode().replace('"memory_kib": 131072', '"memory_kib": Infinity')
    assert "Infinity" in text
    with pytest.raises(IntegrityError):
        parse(text.encode())


# ---- header operations


def test_with_slot_replaces_the_slot_with_the_same_locator() -> None:
    replacement = make_slot("s9", username="kalle")
    updated = HEADER.with_slot(replacement)
    assert len(updated.slots) == len(HEADER.slots)
    assert replacement in updated.slots
    assert HEADER.slots[0] not in updated.slots
    assert HEADER.slots[1] in updated.slots
    assert updated.slot_for_locator(user_locator(VAULT_ID, "kalle")) == replacement
    assert HEADER.slot_for_locator(user_locator(VAULT_ID, "kalle")) == HEADER.slots[0]


def test_with_slot_adds_a_slot_with_a_new_locator() -> None:
    added = make_slot("s4", username="olle")
    updated = HEADER.with_slot(added)
    assert updated.slots == (*HEADER.slots, added)
    assert updated.revision == HEADER.revision  # bumping is a separate step


def test_bump_increments_the_revision_only() -> None:
    bumped = HEADER.bump()
    assert bumped.revision == HEADER.revision + 1
    assert bumped.bump().revision == HEADER.revision + 2
    assert replace(bumped, revision=HEADER.revision) == HEADER
    assert HEADER.revision == 3  # the original is unchanged


def test_without_slots_and_lookups() -> None:
    assert HEADER.without_slots({"s1"}).slots == (HEADER.slots[1],)
    assert HEADER.without_slots({"nope"}) == HEADER
    assert HEADER.slots_of_user("user-kalle") == [HEADER.slots[0]]
    assert HEADER.slots_of_user("user-olle") == []
    assert HEADER.slot_for_locator(user_locator(VAULT_ID, "olle")) is None
