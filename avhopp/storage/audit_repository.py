"""Appending to and reading the audit log's hash chain."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from avhopp.crypto.audit_mac import AuditChain, ChainedContent
from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing
from avhopp.domain.clock import iso
from avhopp.domain.ids import new_id
from avhopp.errors import AuditChainError, IntegrityError
from avhopp.storage.models import AuditEntry, AuditHead, RetiredKey

TABLE = "audit_entries"


@dataclass(frozen=True)
class StoredEntry:
    """An entry as read back, details decrypted (they may hold personal data: never log)."""

    seq: int
    id: str
    occurred_at: datetime
    user_id: str | None
    username: str | None
    action: str
    outcome: str
    target_type: str | None
    target_id: str | None
    unit: str | None
    details: Mapping[str, object] | None


def content_of(row: AuditEntry) -> ChainedContent:
    return ChainedContent(
        seq=row.seq,
        entry_id=row.id,
        occurred_at=iso(row.occurred_at),
        user_id=row.user_id,
        username=row.username,
        action=row.action,
        outcome=row.outcome,
        target_type=row.target_type,
        target_id=row.target_id,
        unit=row.unit,
        details=bytes(row.details_ct) if row.details_ct is not None else None,
        key_id=row.key_id,
    )


class AuditRepository:
    def __init__(self, session: Session, keys: KeyRing, cipher: FieldCipher) -> None:
        self._session = session
        self._keys = keys
        self._cipher = cipher
        self._chain = AuditChain(keys)
        self._retired: dict[str, KeyRing] | None = None
        self.appended_head: tuple[int, bytes] | None = None

    def _keyring(self, key_id: str, seq: int) -> KeyRing:
        """The key ring an entry was written under: current, or retired by a ``rekey``
        (entries are never rewritten, so old ones keep their key)."""
        if key_id == self._keys.key_id:
            return self._keys
        if self._retired is None:
            self._retired = {}
            for row in self._session.execute(select(RetiredKey)).scalars():
                vault_key = self._cipher.decrypt(
                    bytes(row.vault_key_ct),
                    table="retired_keys",
                    column="vault_key",
                    row_id=row.key_id,
                )
                ring = KeyRing(vault_id=self._keys.vault_id, vault_key=vault_key)
                if ring.key_id != row.key_id:
                    raise IntegrityError(reason="a retired key does not match its id")
                self._retired[row.key_id] = ring
        retired = self._retired.get(key_id)
        if retired is None:
            raise AuditChainError(seq=seq, reason="entry was written under an unknown key")
        return retired

    def append(
        self,
        *,
        action: str,
        occurred_at: datetime,
        outcome: str = "ok",
        user_id: str | None = None,
        username: str | None = None,
        target_type: str | None = None,
        target_id: str | None = None,
        unit: str | None = None,
        details: Mapping[str, object] | None = None,
    ) -> int:
        """Append one entry in the caller's transaction; returns its sequence number.

        The head row is locked first (``FOR UPDATE`` on PostgreSQL; SQLite already holds the
        write lock), so concurrent writers get consecutive numbers and one chain.
        """
        head = self._session.execute(
            select(AuditHead).where(AuditHead.id == 1).with_for_update()
        ).scalar_one_or_none()
        if head is None:
            previous_seq, previous_mac = 0, self._chain.genesis
        else:
            previous_seq, previous_mac = head.seq, bytes(head.mac)
        entry_id = new_id()
        details_ct = None
        if details is not None:
            payload = json.dumps(details, sort_keys=True, ensure_ascii=False).encode("utf-8")
            details_ct = self._cipher.encrypt(
                payload, table=TABLE, column="details", row_id=entry_id
            )
        row = AuditEntry(
            seq=previous_seq + 1,
            id=entry_id,
            occurred_at=occurred_at,
            user_id=user_id,
            username=username,
            action=action,
            outcome=outcome,
            target_type=target_type,
            target_id=target_id,
            unit=unit,
            key_id=self._keys.key_id,
            details_ct=details_ct,
            mac=b"",
        )
        row.mac = self._chain.mac(content_of(row), previous_mac)
        self._session.add(row)
        if head is None:
            self._session.add(AuditHead(id=1, seq=row.seq, mac=row.mac))
        else:
            self._session.execute(
                update(AuditHead).where(AuditHead.id == 1).values(seq=row.seq, mac=row.mac)
            )
        self._session.flush()
        self.appended_head = (row.seq, row.mac)
        return row.seq

    def head(self) -> tuple[int, bytes]:
        head = self._session.execute(select(AuditHead)).scalar_one_or_none()
        if head is None:
            return 0, self._chain.genesis
        return head.seq, bytes(head.mac)

    def iter_rows(self, *, batch: int = 2000) -> Iterator[AuditEntry]:
        """All entries in chain order, fetched in batches (the log grows without bound)."""
        last = 0
        while True:
            rows = (
                self._session.execute(
                    select(AuditEntry)
                    .where(AuditEntry.seq > last)
                    .order_by(AuditEntry.seq)
                    .limit(batch)
                )
                .scalars()
                .all()
            )
            if not rows:
                return
            yield from rows
            last = rows[-1].seq
            self._session.expunge_all()

    def verify_chain(self) -> tuple[int, bytes]:
        """Check every entry's MAC, the numbering and the head row.

        Returns the last (seq, mac). Raises:
            AuditChainError: naming the first bad entry.
        """
        previous_seq, previous_mac = 0, self._chain.genesis
        chains: dict[str, AuditChain] = {self._keys.key_id: self._chain}
        for row in self.iter_rows():
            if row.seq != previous_seq + 1:
                missing = previous_seq + 1
                raise AuditChainError(
                    seq=missing, reason=f"entry {missing} is missing (next present is {row.seq})"
                )
            chain = chains.get(row.key_id)
            if chain is None:
                chain = chains[row.key_id] = AuditChain(self._keyring(row.key_id, row.seq))
            if not chain.check(content_of(row), previous_mac, bytes(row.mac)):
                raise AuditChainError(
                    seq=row.seq, reason="entry was altered, inserted or reordered"
                )
            previous_seq, previous_mac = row.seq, bytes(row.mac)
        head_seq, head_mac = self.head()
        if head_seq != previous_seq or head_mac != previous_mac:
            if head_seq > previous_seq:
                raise AuditChainError(
                    seq=previous_seq + 1,
                    reason=f"entries {previous_seq + 1}–{head_seq} were cut off the end",
                )
            raise AuditChainError(
                seq=head_seq + 1, reason="the chain head does not match the last entry"
            )
        return previous_seq, previous_mac

    def mac_at(self, seq: int) -> bytes | None:
        mac = self._session.execute(
            select(AuditEntry.mac).where(AuditEntry.seq == seq)
        ).scalar_one_or_none()
        return bytes(mac) if mac is not None else None

    def decode(self, row: AuditEntry) -> StoredEntry:
        details: Mapping[str, object] | None = None
        if row.details_ct is not None:
            cipher = (
                self._cipher
                if row.key_id == self._keys.key_id
                else FieldCipher(self._keyring(row.key_id, row.seq))
            )
            payload = cipher.decrypt(
                bytes(row.details_ct), table=TABLE, column="details", row_id=row.id
            )
            try:
                loaded = json.loads(payload.decode("utf-8"))
            except ValueError as exc:
                raise IntegrityError(
                    reason=f"audit entry {row.seq} has unreadable details"
                ) from exc
            details = loaded if isinstance(loaded, dict) else {"value": loaded}
        return StoredEntry(
            seq=row.seq,
            id=row.id,
            occurred_at=row.occurred_at,
            user_id=row.user_id,
            username=row.username,
            action=row.action,
            outcome=row.outcome,
            target_type=row.target_type,
            target_id=row.target_id,
            unit=row.unit,
            details=details,
        )
