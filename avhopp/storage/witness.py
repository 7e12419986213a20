"""The audit witness: the last chain head this PC saw, kept outside the database.

Cutting entries off the end of the log, or rolling the whole database back to an older copy,
leaves a chain that is internally consistent; the witness, MACed under a key derived from the
vault key, shows that a newer head once existed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from avhopp.crypto.keys import KeyRing, encode_parts
from avhopp.errors import StorageError
from avhopp.storage.files import write_atomic


@dataclass(frozen=True)
class Witness:
    seq: int
    mac: bytes


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
            return "the audit witness file is unreadable"
        try:
            if document["vault_id"] != self._keys.vault_id:
                return "the audit witness belongs to another vault"
            seq = int(document["seq"])
            mac = bytes.fromhex(document["mac"])
            tag = str(document["tag"])
        except (KeyError, TypeError, ValueError):
            return "the audit witness file is malformed"
        if not hmac.compare_digest(tag, _tag(self._keys, seq, mac)):
            return "the audit witness file was altered"
        return Witness(seq=seq, mac=mac)

    def reset(self, seq: int, mac: bytes) -> None:
        """Record ``seq``/``mac`` even if older or under another key (after a key rotation
        or a restore, which are themselves audited)."""
        self._store(seq, mac)

    def write(self, seq: int, mac: bytes) -> None:
        """Record a newer head. Never moves the witness backwards; failures are not fatal
        (the database commit already happened; the next commit writes it again)."""
        current = self.read()
        if isinstance(current, Witness) and current.seq >= seq:
            return
        self._store(seq, mac)

    def _store(self, seq: int, mac: bytes) -> None:
        document = {
            "vault_id": self._keys.vault_id,
            "seq": seq,
            "mac": mac.hex(),
            "tag": _tag(self._keys, seq, mac),
        }
        with contextlib.suppress(StorageError, OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(document).encode("utf-8"))
