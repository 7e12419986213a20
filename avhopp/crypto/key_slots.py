"""Key slots and the vault header that holds them.

Each slot owns an X25519 key pair. The private key is wrapped (AES-256-GCM) under a
key-encryption key that Argon2id derives from the user's passphrase (or the recovery key). The
vault key is *sealed* to the slot's public key (ephemeral X25519 + HKDF + AES-256-GCM).

Why a key pair instead of wrapping the vault key directly: ``rekey`` can seal a new vault key
to every slot without knowing anyone's passphrase, and a slot removed before a rekey never
learns the new key. Every byte of a slot's metadata is bound into the associated data, so a
slot edited in the header file simply stops opening.

The header is plain JSON (``docs/SECURITY.md`` documents it); for SQLite it lives in a file
beside the database, for PostgreSQL in a table. Parsing turns every malformation into
:class:`~avhopp.errors.NotAVaultError` or :class:`~avhopp.errors.IntegrityError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from avhopp.crypto import kdf
from avhopp.crypto.blind_index import normalize
from avhopp.crypto.keys import VAULT_KEY_LENGTH, encode_parts, key_id_of
from avhopp.errors import AuthenticationError, IntegrityError, NotAVaultError

HEADER_FORMAT = "avhopp-vault-header"
HEADER_VERSION = 1
#: A header larger than this is refused unread (it holds a few hundred slots at most).
MAX_HEADER_BYTES = 4 * 1024 * 1024
RECOVERY_LOCATOR = "recovery"

SlotKind = Literal["user", "recovery"]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise IntegrityError(reason=f"key slot field {what} is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise IntegrityError(reason=f"key slot field {what} is not base64") from exc


def user_locator(vault_id: str, username: str) -> str:
    """Where a user's slot is found. Not a secret: it only keeps user names out of the header
    file at a glance (docs/SECURITY.md says so)."""
    message = b"avhopp/v1/locator\0" + normalize(username).encode("utf-8")
    return hmac.new(vault_id.encode("ascii"), message, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    locator: str
    user_id: str | None
    created_at: str
    kdf_params: kdf.KdfParams
    salt: bytes
    public_key: bytes
    wrapped_private_key: bytes
    sealed: Mapping[str, bytes] = field(default_factory=dict)

    def binding(self, vault_id: str) -> bytes:
        """Associated data for the wrapped private key: every metadata byte of the slot."""
        params = json.dumps(self.kdf_params.to_json(), sort_keys=True).encode()
        return b"avhopp/slot/v1\0" + encode_parts(
            (
                vault_id,
                self.slot_id,
                self.kind,
                self.locator,
                self.user_id,  # None and "" encode differently
                self.created_at,
                params,
                self.salt,
                self.public_key,
            )
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "locator": self.locator,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "kdf": {**self.kdf_params.to_json(), "salt": _b64(self.salt)},
            "public_key": _b64(self.public_key),
            "wrapped_private_key": _b64(self.wrapped_private_key),
            "sealed": {key_id: _b64(blob) for key_id, blob in sorted(self.sealed.items())},
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        if not isinstance(data, dict):
            raise IntegrityError(reason="a key slot is not an object")
        try:
            kind = data["kind"]
            if kind not in ("user", "recovery"):
                raise IntegrityError(reason="unknown key slot kind")
            sealed_raw = data["sealed"]
            if not isinstance(sealed_raw, dict):
                raise IntegrityError(reason="malformed sealed keys in a key slot")
            user_id = data["user_id"]
            texts = [data["slot_id"], data["locator"], data["created_at"]]
            if not all(isinstance(t, str) for t in texts) or not (
                user_id is None or isinstance(user_id, str)
            ):
                raise IntegrityError(reason="malformed key slot identifiers")
            return cls(
                slot_id=data["slot_id"],
                kind=kind,
                locator=data["locator"],
                user_id=user_id,
                created_at=data["created_at"],
                kdf_params=kdf.KdfParams.from_json(data["kdf"]),
                salt=_unb64(data["kdf"]["salt"], "salt"),
                public_key=_unb64(data["public_key"], "public_key"),
                wrapped_private_key=_unb64(data["wrapped_private_key"], "wrapped_private_key"),
                sealed={str(k): _unb64(v, "sealed") for k, v in sealed_raw.items()},
            )
        except KeyError as exc:
            raise IntegrityError(reason=f"key slot lacks {exc.args[0]!s}") from exc
        except TypeError as exc:
            raise IntegrityError(reason="malformed key slot") from exc


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=b"avhopp/v1/seal",
    ).derive(shared)


def _seal_aad(vault_id: str, slot_id: str, key_id: str, public_key: bytes) -> bytes:
    return b"avhopp/seal/v1\0" + encode_parts((vault_id, slot_id, key_id, public_key))


def seal(*, vault_id: str, slot_id: str, public_key: bytes, vault_key: bytes) -> tuple[str, bytes]:
    """Seal ``vault_key`` to a slot's public key. Needs no passphrase. Returns (key id, blob)."""
    key_id = key_id_of(vault_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(12)
    aead = AESGCM(_seal_key(shared, ephemeral_public, public_key))
    ciphertext = aead.encrypt(nonce, vault_key, _seal_aad(vault_id, slot_id, key_id, public_key))
    return key_id, ephemeral_public + nonce + ciphertext


def create_slot(
    *,
    vault_id: str,
    slot_id: str,
    kind: SlotKind,
    locator: str,
    user_id: str | None,
    created_at: str,
    secret: bytes,
    params: kdf.KdfParams,
    vault_keys: list[bytes],
) -> KeySlot:
    """A new slot opened by ``secret`` (a passphrase's UTF-8 bytes or a recovery key's bytes),
    with each of ``vault_keys`` sealed to it. Runs Argon2id once."""
    private = X25519PrivateKey.generate()
    public_key = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    slot = KeySlot(
        slot_id=slot_id,
        kind=kind,
        locator=locator,
        user_id=user_id,
        created_at=created_at,
        kdf_params=params,
        salt=os.urandom(kdf.SALT_LENGTH),
        public_key=public_key,
        wrapped_private_key=b"",
    )
    kek = kdf.derive(secret, slot.salt, params)
    nonce = os.urandom(12)
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    wrapped = nonce + AESGCM(kek).encrypt(nonce, raw_private, slot.binding(vault_id))
    sealed = dict(
        seal(vault_id=vault_id, slot_id=slot_id, public_key=public_key, vault_key=key)
        for key in vault_keys
    )
    return replace(slot, wrapped_private_key=wrapped, sealed=sealed)


def open_slot(slot: KeySlot, *, vault_id: str, secret: bytes) -> X25519PrivateKey:
    """Unwrap a slot's private key with a passphrase or recovery key (runs Argon2id).

    Raises:
        AuthenticationError: wrong secret, or the slot's metadata was altered.
    """
    kek = kdf.derive(secret, slot.salt, slot.kdf_params)
    blob = slot.wrapped_private_key
    try:
        raw = AESGCM(kek).decrypt(blob[:12], blob[12:], slot.binding(vault_id))
    except (InvalidTag, ValueError):
        raise AuthenticationError() from None
    return X25519PrivateKey.from_private_bytes(raw)


def unseal(slot: KeySlot, *, vault_id: str, private_key: X25519PrivateKey, key_id: str) -> bytes:
    """The vault key with ``key_id`` sealed to this slot.

    Raises:
        IntegrityError: the slot holds no such key, or the sealed blob was altered.
    """
    blob = slot.sealed.get(key_id)
    if blob is None or len(blob) < 32 + 12 + VAULT_KEY_LENGTH + 16:
        raise IntegrityError(reason="the key slot does not hold the current vault key")
    ephemeral_public, nonce, ciphertext = blob[:32], blob[32:44], blob[44:]
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        aead = AESGCM(_seal_key(shared, ephemeral_public, slot.public_key))
        vault_key = aead.decrypt(
            nonce, ciphertext, _seal_aad(vault_id, slot.slot_id, key_id, slot.public_key)
        )
    except (InvalidTag, ValueError):
        raise IntegrityError(reason="a sealed vault key in the key slots was altered") from None
    if key_id_of(vault_key) != key_id:
        raise IntegrityError(reason="a sealed vault key does not match its key id")
    return vault_key


@dataclass(frozen=True)
class VaultHeader:
    """What must be readable before unlock: the vault id, which key is current, the slots."""

    vault_id: str
    created_at: str
    current_key_id: str
    revision: int
    slots: tuple[KeySlot, ...]
    pending_key_id: str | None = None

    def slot_for_locator(self, locator: str) -> KeySlot | None:
        for slot in self.slots:
            # As bytes: compare_digest refuses non-ASCII str, and an edited header may hold any.
            if hmac.compare_digest(slot.locator.encode("utf-8"), locator.encode("utf-8")):
                return slot
        return None

    def slots_of_user(self, user_id: str) -> list[KeySlot]:
        return [s for s in self.slots if s.user_id == user_id]

    def with_slot(self, slot: KeySlot) -> VaultHeader:
        """Add ``slot``, replacing any slot with the same locator (one passphrase per user)."""
        others = tuple(s for s in self.slots if s.locator != slot.locator)
        return replace(self, slots=(*others, slot))

    def bump(self) -> VaultHeader:
        """The next revision (the compare-and-swap counter of header writes)."""
        return replace(self, revision=self.revision + 1)

    def without_slots(self, slot_ids: set[str]) -> VaultHeader:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id not in slot_ids))

    def to_bytes(self) -> bytes:
        document = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "current_key_id": self.current_key_id,
            "pending_key_id": self.pending_key_id,
            "revision": self.revision,
            "slots": [slot.to_json() for slot in self.slots],
        }
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, *, location: str) -> VaultHeader:
        """Raises:
        NotAVaultError: not an Avhopp header at all.
        IntegrityError: an Avhopp header that is damaged or from a newer version.
        """
        if len(data) > MAX_HEADER_BYTES:
            raise NotAVaultError(location=location)
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise NotAVaultError(location=location) from None
        if not isinstance(document, dict) or document.get("format") != HEADER_FORMAT:
            raise NotAVaultError(location=location)
        version = document.get("version")
        if type(version) is not int or version != HEADER_VERSION:
            raise IntegrityError(
                reason="the key header has an unknown version (made by a newer Avhopp?)"
            )
        try:
            slots_raw = document["slots"]
            if not isinstance(slots_raw, list):
                raise IntegrityError(reason="malformed key slot list")
            pending = document.get("pending_key_id")
            header = cls(
                vault_id=document["vault_id"],
                created_at=document["created_at"],
                current_key_id=document["current_key_id"],
                pending_key_id=pending,
                revision=document["revision"],
                slots=tuple(KeySlot.from_json(s) for s in slots_raw),
            )
        except KeyError as exc:
            raise IntegrityError(reason=f"the key header lacks {exc.args[0]!s}") from exc
        texts = (header.vault_id, header.created_at, header.current_key_id)
        if not all(isinstance(t, str) for t in texts) or not isinstance(header.revision, int):
            raise IntegrityError(reason="malformed key header")
        if pending is not None and not isinstance(pending, str):
            raise IntegrityError(reason="malformed key header")
        return header
