"""The vault key and the sub-keys HKDF derives from it (DESIGN.md §4).

The vault key never encrypts anything itself: each purpose gets its own HKDF-SHA256 sub-key,
so a weakness in one use cannot spill into another.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VAULT_KEY_LENGTH = 32
KEY_ID_LENGTH = 8


def _hkdf(key: bytes, purpose: str, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode("ascii"),
        info=b"avhopp/v1/" + purpose.encode("ascii"),
    ).derive(key)


def key_id_of(vault_key: bytes) -> str:
    """A short public identifier of a vault key (a hash: reveals nothing about the key)."""
    digest = hashlib.sha256(b"avhopp/v1/key-id\0" + vault_key).digest()
    return digest[:KEY_ID_LENGTH].hex()


def new_vault_key() -> bytes:
    return os.urandom(VAULT_KEY_LENGTH)


@dataclass(frozen=True, repr=False)
class KeyRing:
    """The unlocked vault key and its sub-keys. ``repr`` never shows key material."""

    vault_id: str
    vault_key: bytes
    key_id: str = field(init=False)
    field_key: bytes = field(init=False)
    blind_index_key: bytes = field(init=False)
    audit_key: bytes = field(init=False)
    backup_key: bytes = field(init=False)
    sqlcipher_key: bytes = field(init=False)
    witness_key: bytes = field(init=False)
    row_mac_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        if len(self.vault_key) != VAULT_KEY_LENGTH:
            raise ValueError("vault key must be 32 bytes")
        derived = {
            "key_id": key_id_of(self.vault_key),
            "field_key": _hkdf(self.vault_key, "field", self.vault_id),
            "blind_index_key": _hkdf(self.vault_key, "blind-index", self.vault_id),
            "audit_key": _hkdf(self.vault_key, "audit-mac", self.vault_id),
            "backup_key": _hkdf(self.vault_key, "backup", self.vault_id),
            "sqlcipher_key": _hkdf(self.vault_key, "sqlcipher", self.vault_id),
            "witness_key": _hkdf(self.vault_key, "witness", self.vault_id),
            "row_mac_key": _hkdf(self.vault_key, "row-mac", self.vault_id),
        }
        for name, value in derived.items():
            # frozen dataclass: derived fields are set once, here
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return f"KeyRing(vault_id={self.vault_id!r}, key_id={self.key_id!r})"

    def row_mac(self, *parts: str | bytes | int | None) -> bytes:
        """HMAC over plaintext columns that matter for security (a user's roles, say), so a
        database administrator cannot change them unnoticed."""
        return hmac.new(self.row_mac_key, _encode_parts(parts), hashlib.sha256).digest()

    def check_row_mac(self, mac: bytes, *parts: str | bytes | int | None) -> bool:
        return hmac.compare_digest(mac, self.row_mac(*parts))


def _encode_parts(parts: tuple[str | bytes | int | None, ...]) -> bytes:
    """Unambiguous encoding: each part length-prefixed, with a type tag."""
    out = bytearray()
    for part in parts:
        if part is None:
            out += b"N"
            continue
        if isinstance(part, bool):
            raw, tag = (b"1" if part else b"0"), b"B"
        elif isinstance(part, int):
            raw, tag = str(part).encode("ascii"), b"I"
        elif isinstance(part, str):
            raw, tag = part.encode("utf-8"), b"S"
        else:
            raw, tag = bytes(part), b"Y"
        out += tag + len(raw).to_bytes(4, "big") + raw
    return bytes(out)


encode_parts = _encode_parts
