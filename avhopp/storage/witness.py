"""Audit witnesses: the last chain head this PC saw, kept outside the database.

Cutting entries off the end of the log, or rolling the whole database back to an older copy,
leaves a chain that is internally consistent; a witness, MACed under a key derived from the
vault key, shows that a newer head once existed. A SQLite vault has two: one beside the
database and one in the user's config folder (so replacing the vault's folder with an old
copy is not enough); a server vault has the one in each client's config folder.

A witness that fails its MAC is never overwritten: it stays as evidence until an
administrator looks at it (``audit verify`` reports it). Witnesses are written without fsync:
after a power cut one may lag behind the database, which is safe; never ahead of it, because
it is written only after the commit.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from avhopp.crypto.keys import KeyRing, encode_parts
from avhopp.errors import AuditChainError, IntegrityError, StorageError
from avhopp.storage.files import write_atomic


@dataclass(frozen=True)
class Witness:
    seq: int
    mac: bytes


class _Chain(Protocol):
    def mac_at(self, seq: int) -> bytes | None: ...


def _tag(keys: KeyRing, seq: int, mac: bytes) -> str:
    message = b"avhopp/witness/v1\0" + encode_parts((keys.vault_id, seq, mac))
    return hmac.new(keys.witness_key, message, hashlib.sha256).hexdigest()


class WitnessFile:
    def __init__(self, path: Path, keys: KeyRing) -> None:
        self.path = path
        self._keys = keys

    def read(self) -> Witness | str | None:
        """The witness; ``None`` when there is none; a reason string when it is not valid."""
        try:
            document = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return f"the audit witness {self.path} is unreadable"
        try:
            if document["vault_id"] != self._keys.vault_id:
                return f"the audit witness {self.path} belongs to another vault"
            seq = int(document["seq"])
            mac = bytes.fromhex(document["mac"])
            tag = str(document["tag"])
        except (KeyError, TypeError, ValueError):
            return f"the audit witness {self.path} is malformed"
        if not hmac.compare_digest(tag, _tag(self._keys, seq, mac)):
            return (
                f"the audit witness {self.path} does not match this vault's key: it was "
                "altered, or the vault was replaced by a copy from before a key rotation"
            )
        return Witness(seq=seq, mac=mac)

    def advance(self, seq: int, mac: bytes) -> None:
        """Record a newer head; never backwards, never over an invalid witness."""
        current = self.read()
        if isinstance(current, str) or (isinstance(current, Witness) and current.seq >= seq):
            return
        self.store(seq, mac)

    def store(self, seq: int, mac: bytes) -> None:
        document = {
            "vault_id": self._keys.vault_id,
            "seq": seq,
            "mac": mac.hex(),
            "tag": _tag(self._keys, seq, mac),
        }
        # Not fatal: the database commit already happened; the next commit writes it again.
        with contextlib.suppress(StorageError, OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(document).encode("utf-8"), durable=False)


class WitnessSet:
    def __init__(self, paths: Sequence[Path], keys: KeyRing) -> None:
        self.files = [WitnessFile(path, keys) for path in paths]

    def advance(self, seq: int, mac: bytes) -> None:
        for witness in self.files:
            witness.advance(seq, mac)

    def reset(self, seq: int, mac: bytes) -> None:
        """Record ``seq``/``mac`` under the current key even over an older or foreign-key
        witness: after a key rotation, which is itself audited."""
        for witness in self.files:
            witness.store(seq, mac)

    def check(self, chain: _Chain, last_seq: int) -> str:
        """Compare every witness with a verified chain ending at ``last_seq``.

        Returns "ok" when at least one witness was checked, "absent" when there is none.

        Raises:
            AuditChainError: the chain is shorter than, or differs from, what a witness saw.
            IntegrityError: a witness file was altered.
        """
        checked = 0
        for file in self.files:
            witness = file.read()
            if witness is None:
                continue
            if isinstance(witness, str):
                raise IntegrityError(reason=witness)
            if witness.seq > last_seq:
                raise AuditChainError(
                    seq=last_seq + 1,
                    reason=(
                        f"the log ends at {last_seq} but this PC saw entry {witness.seq}: "
                        "entries were cut off or the database was rolled back"
                    ),
                )
            if chain.mac_at(witness.seq) != witness.mac:
                raise AuditChainError(
                    seq=witness.seq,
                    reason="entry differs from the one this PC saw: the log was rewritten",
                )
            checked += 1
        return "ok" if checked else "absent"
