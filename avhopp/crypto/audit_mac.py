"""The audit log's hash chain: each entry's HMAC covers its content and the previous MAC."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from avhopp.crypto.keys import KeyRing, encode_parts


@dataclass(frozen=True)
class ChainedContent:
    """Everything an audit entry's MAC covers, in canonical form."""

    seq: int
    entry_id: str
    occurred_at: str  # UTC, ISO 8601 with microseconds, no offset
    user_id: str | None
    username: str | None
    action: str
    outcome: str
    target_type: str | None
    target_id: str | None
    unit: str | None
    details: bytes | None  # the encrypted details envelope, as stored
    key_id: str


def genesis_of(vault_id: str) -> bytes:
    """The "previous MAC" of entry 1. Public and key-independent, so the chain survives a
    key rotation; every entry's own MAC is keyed."""
    return hashlib.sha256(b"avhopp/audit/v1/genesis\0" + vault_id.encode()).digest()


class AuditChain:
    def __init__(self, keys: KeyRing) -> None:
        self._key = keys.audit_key
        self.key_id = keys.key_id
        self.genesis = genesis_of(keys.vault_id)

    def mac(self, content: ChainedContent, previous_mac: bytes) -> bytes:
        message = b"avhopp/audit/v1\0" + encode_parts(
            (
                content.seq,
                content.entry_id,
                content.occurred_at,
                content.user_id,
                content.username,
                content.action,
                content.outcome,
                content.target_type,
                content.target_id,
                content.unit,
                content.details,
                content.key_id,
                previous_mac,
            )
        )
        return hmac.new(self._key, message, hashlib.sha256).digest()

    def check(self, content: ChainedContent, previous_mac: bytes, mac: bytes) -> bool:
        return hmac.compare_digest(self.mac(content, previous_mac), mac)
