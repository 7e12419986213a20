"""The archive file of a purge: the records of a person kept for research (docs/PURGE.md).

A file holds one JSON document (UTF-8), encrypted with AES-256-GCM::

    magic b"AVHARCH1" (8 bytes) | nonce (12 bytes) | ciphertext | tag (16 bytes)

- key: HKDF-SHA256 (no salt, info ``b"avhopp/v1/archive"``, 32 bytes) of the vault's
  backup key (itself HKDF of the vault key, see :mod:`avhopp.crypto.keys`);
- associated data: the magic followed by the vault id (ASCII), so a file only opens with the
  keys of the vault that wrote it, and any changed byte fails authentication.

A later backup issue may move these files to the age format; the magic then changes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from avhopp.crypto.keys import KeyRing
from avhopp.errors import IntegrityError, ValidationError
from avhopp.storage.files import translate_os_error, write_atomic

MAGIC = b"AVHARCH1"
NONCE_LENGTH = 12
TAG_LENGTH = 16
HKDF_INFO = b"avhopp/v1/archive"
#: File name suffix of archive files.
SUFFIX = ".avharch"
#: ``format`` of the JSON document inside.
DOCUMENT_FORMAT = "avhopp-archive"
DOCUMENT_VERSION = 1
#: Far above any one person's records; refuses to read a stray huge file into memory.
MAX_FILE_BYTES = 512 * 1024 * 1024


def archive_key(keys: KeyRing) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(
        keys.backup_key
    )


def _aad(vault_id: str) -> bytes:
    return MAGIC + vault_id.encode("ascii")


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot archive {type(value).__name__}")


def _dumps(document: Mapping[str, Any]) -> str:
    return json.dumps(document, default=_default, ensure_ascii=False, sort_keys=True, indent=1)


def normalized(document: Mapping[str, Any]) -> dict[str, Any]:
    """``document`` as :func:`decode_archive` will return it (dates as ISO text...)."""
    value: dict[str, Any] = json.loads(_dumps(document))
    return value


def encode_archive(document: Mapping[str, Any], keys: KeyRing) -> bytes:
    """The encrypted file content of ``document`` (dates become ISO text)."""
    plain = _dumps(document).encode("utf-8")
    nonce = os.urandom(NONCE_LENGTH)
    return MAGIC + nonce + AESGCM(archive_key(keys)).encrypt(nonce, plain, _aad(keys.vault_id))


def decode_archive(data: bytes, keys: KeyRing | Iterable[KeyRing]) -> dict[str, Any]:
    """The document in an archive file's content. ``keys`` may be several key rings of the
    same vault (the current one and those retired by ``rekey``): each is tried.

    Raises:
        IntegrityError: not an archive file, altered or cut off, or written by another vault
            (or under a key that is not given).
    """
    rings = [keys] if isinstance(keys, KeyRing) else list(keys)
    if len(data) < len(MAGIC) + NONCE_LENGTH + TAG_LENGTH or not data.startswith(MAGIC):
        raise IntegrityError(reason="the file is not an Avhopp archive (or is cut off)")
    nonce = data[len(MAGIC) : len(MAGIC) + NONCE_LENGTH]
    body = data[len(MAGIC) + NONCE_LENGTH :]
    for ring in rings:
        try:
            plain = AESGCM(archive_key(ring)).decrypt(nonce, body, _aad(ring.vault_id))
        except InvalidTag:
            continue
        try:
            value = json.loads(plain.decode("utf-8"))
        except ValueError:
            raise IntegrityError(reason="the archive holds no readable document") from None
        if not isinstance(value, dict):
            raise IntegrityError(reason="the archive holds no readable document")
        return value
    raise IntegrityError(
        reason="the archive failed authentication (altered, or written by another vault)"
    )


def write_archive(path: Path, document: Mapping[str, Any], keys: KeyRing) -> None:
    """Write ``document`` encrypted to ``path``, atomically and durably (mode 0600).

    Raises:
        DiskFullError, ReadOnlyLocationError, StorageError: nothing was written.
    """
    write_atomic(path, encode_archive(document, keys), mode=0o600)


def read_archive(path: Path, keys: KeyRing | Iterable[KeyRing]) -> dict[str, Any]:
    """The document of the archive file at ``path``.

    Raises:
        IntegrityError: see :func:`decode_archive`.
        ValidationError: the file is missing or far too large to be an archive.
        StorageError: the file cannot be read.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError("{path} is too large to be an archive file.", path=str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("{path} does not exist.", field="path", path=str(path)) from None
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    return decode_archive(data, keys)


def write_json(path: Path, document: Mapping[str, Any]) -> None:
    """Write a decrypted document as readable JSON (for the archivist), atomically and
    readable by the owner only: the file holds personal data in clear.

    Raises:
        DiskFullError, ReadOnlyLocationError, StorageError: nothing was written.
    """
    write_atomic(path, (_dumps(document) + "\n").encode("utf-8"), mode=0o600)
