"""AES-256-GCM encryption of single stored values, bound to where they are stored.

Envelope (bytes stored in the database)::

    version (1 byte, 0x01) | key id (8 bytes) | nonce (12 bytes) | ciphertext | tag (16 bytes)

The associated data binds the envelope header to ``table``, ``column`` and the row's id, so a
ciphertext copied to another row or column fails authentication instead of decrypting there.
"""

from __future__ import annotations

import functools
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from avhopp.crypto.keys import KEY_ID_LENGTH, KeyRing
from avhopp.errors import IntegrityError

VERSION = 1
NONCE_LENGTH = 12
TAG_LENGTH = 16
HEADER_LENGTH = 1 + KEY_ID_LENGTH + NONCE_LENGTH
OVERHEAD = HEADER_LENGTH + TAG_LENGTH


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


class FieldCipher:
    """Encrypts and decrypts values for one key ring. Create one per unlock: the ``AESGCM``
    object is built once per key (DESIGN.md §7)."""

    def __init__(self, keys: KeyRing) -> None:
        self._aead = AESGCM(keys.field_key)
        self._key_id = bytes.fromhex(keys.key_id)
        self._prefix = bytes([VERSION]) + self._key_id

    def encrypt(self, plaintext: bytes, *, table: str, column: str, row_id: str) -> bytes:
        nonce = os.urandom(NONCE_LENGTH)
        header = self._prefix + nonce
        return header + self._aead.encrypt(nonce, plaintext, _aad(header, table, column, row_id))

    def decrypt(self, envelope: bytes, *, table: str, column: str, row_id: str) -> bytes:
        """Raises:
        IntegrityError: the value was altered, moved, truncated or made with another key.
        """
        where = f"{table}.{column} of row {row_id}"
        if len(envelope) < OVERHEAD or envelope[0] != VERSION:
            raise IntegrityError(reason=f"malformed encrypted value in {where}")
        header = envelope[:HEADER_LENGTH]
        if header[1 : 1 + KEY_ID_LENGTH] != self._key_id:
            raise IntegrityError(reason=f"value in {where} was encrypted with another key")
        nonce = header[1 + KEY_ID_LENGTH :]
        try:
            return self._aead.decrypt(
                nonce, envelope[HEADER_LENGTH:], _aad(header, table, column, row_id)
            )
        except InvalidTag:
            raise IntegrityError(
                reason=f"encrypted value in {where} failed authentication"
            ) from None

    def encrypt_text(self, text: str, *, table: str, column: str, row_id: str) -> bytes:
        return self.encrypt(text.encode("utf-8"), table=table, column=column, row_id=row_id)

    def decrypt_text(self, envelope: bytes, *, table: str, column: str, row_id: str) -> str:
        return self.decrypt(envelope, table=table, column=column, row_id=row_id).decode("utf-8")
