"""The backup file format: an authenticated header, then the content in AEAD chunks.

``docs/BACKUP-FORMAT.md`` is the specification; this module is its reference writer and
reader. In short::

    preamble   magic "AVHOPPBK" (8) | format version u16 BE | header length u32 BE
    header     UTF-8 JSON (public: what is needed to find the key, and what the file holds)
    header tag HMAC-SHA256(header key, preamble | header)                       (32 bytes)
    chunk i    AES-256-GCM(content key, nonce_i, plaintext_i, aad = SHA-256(preamble..tag))

    nonce_i = nonce prefix (7 random bytes from the header) | i as u32 BE | final flag (1 byte)

Every chunk but the last holds exactly ``chunk_size`` plaintext bytes; the last one holds
0..``chunk_size`` and carries the final flag. This is the STREAM construction (Hoang, Reyhanitabar,
Rogaway, Vizár 2015) that age and Tink use: a flipped byte fails its chunk's tag; a reordered,
repeated or spliced chunk fails because its counter (or, from another file, its key) differs; a
truncated file has no final chunk; anything appended makes the real final chunk a non-final one.

Header key and content key come from the vault's backup key (:class:`KeyRing.backup_key`) and a
random per-file salt through HKDF-SHA256; the vault key itself is found through the key slots
the header carries, exactly as at unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from avhopp.errors import IntegrityError, UserError

MAGIC = b"AVHOPPBK"
FORMAT_VERSION = 1
PREAMBLE = struct.Struct(">8sHI")
TAG_LENGTH = 16
HEADER_TAG_LENGTH = 32
SALT_LENGTH = 32
NONCE_PREFIX_LENGTH = 7
DEFAULT_CHUNK_SIZE = 256 * 1024
MIN_CHUNK_SIZE = 1024
MAX_CHUNK_SIZE = 4 * 1024 * 1024
MAX_HEADER_BYTES = 8 * 1024 * 1024
#: 2**32 chunks of at most 4 MiB: far beyond any vault, and the counter never wraps.
MAX_CHUNKS = 2**32


class NotABackupError(UserError):
    template = "{name} is not an Avhopp backup."


class NewerBackupError(UserError):
    template = (
        "{name} was made by a newer version of Avhopp (backup format {version}); update "
        "Avhopp to read it."
    )


def _hkdf(backup_key: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"avhopp/backup/v1/" + purpose
    ).derive(backup_key)


@dataclass(frozen=True)
class FileKeys:
    header_key: bytes
    content_key: bytes

    @classmethod
    def derive(cls, backup_key: bytes, salt: bytes) -> FileKeys:
        return cls(
            header_key=_hkdf(backup_key, salt, b"header"),
            content_key=_hkdf(backup_key, salt, b"content"),
        )

    def __repr__(self) -> str:
        return "FileKeys(<secret>)"


@dataclass(frozen=True)
class ParsedHeader:
    """A header as read from a file: ``fields`` is NOT authenticated until
    :meth:`authenticate` succeeds with the right keys."""

    version: int
    fields: dict[str, Any]
    signed_bytes: bytes  # preamble + header JSON
    tag: bytes

    @property
    def length(self) -> int:
        return len(self.signed_bytes) + HEADER_TAG_LENGTH

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.signed_bytes + self.tag).digest()

    def authenticate(self, keys: FileKeys) -> None:
        """Raises:
        IntegrityError: the header was altered (or belongs to other keys)."""
        expected = hmac.new(keys.header_key, self.signed_bytes, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, self.tag):
            raise IntegrityError(reason="the backup's header was altered")


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def new_nonce_prefix() -> bytes:
    return os.urandom(NONCE_PREFIX_LENGTH)


def encode_header(fields: dict[str, Any], keys: FileKeys) -> bytes:
    """Preamble, header JSON and tag: the first bytes of a backup file."""
    body = json.dumps(fields, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()
    if len(body) > MAX_HEADER_BYTES:
        raise ValueError("backup header too large")
    signed = PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    return signed + hmac.new(keys.header_key, signed, hashlib.sha256).digest()


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    return data if data is not None else b""


def read_header(stream: BinaryIO, *, name: str) -> ParsedHeader:
    """Parse (not yet authenticate) the header at the start of ``stream``.

    Raises:
        NotABackupError: no backup magic or an unusable header.
        NewerBackupError: a format version this release does not know.
        IntegrityError: a backup header that is cut short or malformed.
    """
    preamble = _read_exact(stream, PREAMBLE.size)
    if len(preamble) < len(MAGIC) or not preamble.startswith(MAGIC):
        raise NotABackupError(name=name)
    if len(preamble) < PREAMBLE.size:
        raise IntegrityError(reason="the backup file is cut short inside its header")
    _, version, length = PREAMBLE.unpack(preamble)
    if version > FORMAT_VERSION:
        raise NewerBackupError(name=name, version=version)
    if version < 1:
        raise NotABackupError(name=name)
    if length > MAX_HEADER_BYTES:
        raise IntegrityError(reason="the backup header is impossibly large")
    body = _read_exact(stream, length)
    tag = _read_exact(stream, HEADER_TAG_LENGTH)
    if len(body) < length or len(tag) < HEADER_TAG_LENGTH:
        raise IntegrityError(reason="the backup file is cut short inside its header")
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise IntegrityError(reason="the backup header is not readable") from None
    if not isinstance(fields, dict):
        raise IntegrityError(reason="the backup header is not readable")
    return ParsedHeader(version=version, fields=fields, signed_bytes=preamble + body, tag=tag)


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if final else 0)


class ChunkWriter:
    """Encrypts a byte stream into chunks written to ``out``. Call :meth:`close` once at the
    end: it writes the final chunk (possibly empty). Nothing is buffered beyond one chunk."""

    def __init__(
        self,
        out: BinaryIO,
        *,
        keys: FileKeys,
        nonce_prefix: bytes,
        header_digest: bytes,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError("chunk size out of range")
        self._out = out
        self._aead = AESGCM(keys.content_key)
        self._prefix = nonce_prefix
        self._aad = header_digest
        self._size = chunk_size
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        #: plaintext bytes accepted so far
        self.plaintext_bytes = 0

    def write(self, data: bytes) -> None:
        assert not self._closed
        self.plaintext_bytes += len(data)
        self._buffer += data
        while len(self._buffer) > self._size:  # keep at least one byte back for the final one
            self._emit(bytes(self._buffer[: self._size]), final=False)
            del self._buffer[: self._size]

    def _emit(self, plaintext: bytes, *, final: bool) -> None:
        if self._index >= MAX_CHUNKS:
            raise ValueError("too many chunks")
        nonce = _nonce(self._prefix, self._index, final)
        self._out.write(self._aead.encrypt(nonce, plaintext, self._aad))
        self._index += 1

    def close(self) -> None:
        """Write the final chunk."""
        if not self._closed:
            self._closed = True
            self._emit(bytes(self._buffer), final=True)
            self._buffer.clear()

    @property
    def chunks(self) -> int:
        return self._index


def read_chunks(
    stream: BinaryIO,
    *,
    keys: FileKeys,
    nonce_prefix: bytes,
    header_digest: bytes,
    chunk_size: int,
) -> Iterator[bytes]:
    """Yield the authenticated plaintext of every chunk in order.

    A chunk is yielded only after its tag checks; the end of the stream is only reached
    through an authenticated final chunk. The caller must still treat everything it has
    consumed as provisional until the iterator is exhausted: a later chunk may fail.

    Raises:
        IntegrityError: a chunk fails to authenticate, the file is truncated, or something
            follows the final chunk.
    """
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise IntegrityError(reason="the backup header names an impossible chunk size")
    aead = AESGCM(keys.content_key)
    sealed = chunk_size + TAG_LENGTH
    index = 0
    current = _read_exact(stream, sealed)
    while True:
        if index >= MAX_CHUNKS:
            raise IntegrityError(reason="the backup has too many chunks")
        following = _read_exact(stream, sealed) if len(current) == sealed else b""
        final = not following
        if len(current) < TAG_LENGTH:
            raise IntegrityError(reason=f"the backup is cut short (chunk {index} is missing)")
        try:
            plaintext = aead.decrypt(_nonce(nonce_prefix, index, final), current, header_digest)
        except InvalidTag:
            if final:
                raise IntegrityError(
                    reason=(
                        f"chunk {index} does not authenticate as the last one: the file is "
                        "damaged or cut short"
                    )
                ) from None
            raise IntegrityError(
                reason=f"chunk {index} does not authenticate: the file was altered"
            ) from None
        yield plaintext
        if final:
            return
        current = following
        index += 1
