"""AES-256-GCM encryption of single stored values, bound to where they are stored.

Envelope (bytes stored in the database)::

    version (1 byte, 0x01) | key id (8 bytes) | nonce (12 bytes) | ciphertext | tag (16 bytes)

The associated data binds the envelope header to ``table``, ``column`` and the row's id, so a
ciphertext copied to another row or column fails authentication instead of decrypting there.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from avhopp.crypto.keys import KEY_ID_LENGTH, KeyRing
from avhopp.errors import IntegrityError

VERSION = 1
NONCE_LENGTH = 12
TAG_LENGTH = 16
HEADER_LENGTH = 1 + KEY_ID_LENGTH + NONCE_LENGTH
OVERHEAD = HEADER_LENGTH + TAG_LENGTH
_PREFIX_LENGTH = 1 + KEY_ID_LENGTH  # version and key id


_AAD_PREFIX = b"avhopp/field/v1\0"


@functools.lru_cache(maxsize=512)
def _place(table: str, column: str) -> bytes:
    t, c = table.encode(), column.encode()
    return len(t).to_bytes(2, "big") + t + len(c).to_bytes(2, "big") + c


def _aad(header: bytes, table: str, column: str, row_id: str) -> bytes:
    # The header has a fixed length and every other part is length-prefixed, so no two
    # (table, column, row) triples give the same bytes. Cached per place: this runs for
    # every stored value (hundreds of thousands at unlock).
    r = row_id.encode()
    return b"".join((_AAD_PREFIX, header, _place(table, column), len(r).to_bytes(2, "big"), r))


def _refused(envelope: bytes, where: str) -> IntegrityError:
    """Why an envelope is refused before decryption (wrong format or another key)."""
    if len(envelope) < OVERHEAD or envelope[0] != VERSION:
        return IntegrityError(reason=f"malformed encrypted value in {where}")
    return IntegrityError(reason=f"value in {where} was encrypted with another key")


class FieldCipher:
    """Encrypts and decrypts values for one key ring. Create one per unlock: the ``AESGCM``
    object is built once per key (DESIGN.md §7)."""

    def __init__(self, keys: KeyRing) -> None:
        self._aead = AESGCM(keys.field_key)
        self._key_id = bytes.fromhex(keys.key_id)
        self._prefix = bytes([VERSION]) + self._key_id
        self._decryptors: dict[tuple[str, str], Callable[[bytes, str], bytes]] = {}

    def encrypt(self, plaintext: bytes, *, table: str, column: str, row_id: str) -> bytes:
        nonce = os.urandom(NONCE_LENGTH)
        header = self._prefix + nonce
        return header + self._aead.encrypt(nonce, plaintext, _aad(header, table, column, row_id))

    def decrypt(self, envelope: bytes, *, table: str, column: str, row_id: str) -> bytes:
        """Raises:
        IntegrityError: the value was altered, moved, truncated or made with another key.
        """
        decrypt = self._decryptors.get((table, column)) or self.decryptor(
            table=table, column=column
        )
        return decrypt(envelope, row_id)

    def decryptor(self, *, table: str, column: str) -> Callable[[bytes, str], bytes]:
        """``decrypt`` for the values of one column, as ``(envelope, row_id) -> plaintext``
        with the per-column work done once (lists decrypt tens of thousands of values, where
        the per-call overhead costs more than AES-GCM itself). Same checks, same errors.

        Raises (when called):
            IntegrityError: as :meth:`decrypt`.
        """
        known = self._decryptors.get((table, column))
        if known is not None:
            return known
        aead_decrypt = self._aead.decrypt
        prefix = self._prefix
        place = _place(table, column)

        def decrypt(envelope: bytes, row_id: str) -> bytes:
            if len(envelope) < OVERHEAD or envelope[:_PREFIX_LENGTH] != prefix:
                raise _refused(envelope, f"{table}.{column} of row {row_id}")
            # The associated data of _aad(), built inline: this runs for every value read.
            r = row_id.encode()
            try:
                return aead_decrypt(
                    envelope[_PREFIX_LENGTH:HEADER_LENGTH],
                    envelope[HEADER_LENGTH:],
                    b"".join(
                        (_AAD_PREFIX, envelope[:HEADER_LENGTH], place, len(r).to_bytes(2, "big"), r)
                    ),
                )
            except InvalidTag:
                where = f"{table}.{column} of row {row_id}"
                raise IntegrityError(
                    reason=f"encrypted value in {where} failed authentication"
                ) from None

        self._decryptors[table, column] = decrypt
        return decrypt

    def encrypt_text(self, text: str, *, table: str, column: str, row_id: str) -> bytes:
        return self.encrypt(text.encode("utf-8"), table=table, column=column, row_id=row_id)

    def decrypt_text(self, envelope: bytes, *, table: str, column: str, row_id: str) -> str:
        return self.decrypt(envelope, table=table, column=column, row_id=row_id).decode("utf-8")
