"""Row payloads: one encrypted JSON object per row holding its personal fields.

A payload that is a single text (a journal note) may be stored as the text itself behind a
marker byte instead of a JSON object (``seal_text``): reading a participant's notes is then
one decryption and one UTF-8 decoding per note. ``open`` reads both forms and returns the
text form as ``{"text": ...}``, so every reader sees the same mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import orjson

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.errors import IntegrityError

#: The column name bound into the associated data of every ``payload_ct``.
COLUMN = "payload"
#: The key under which a text payload is returned.
TEXT_KEY = "text"
#: First byte of a text payload; a JSON object always starts with "{".
TEXT_MARK = b"\x00"

Opener = Callable[[str, bytes], dict[str, Any]]


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"cannot store {type(value).__name__} in a payload")


def _parse(plain: bytes, table: str, row_id: str) -> dict[str, Any]:
    if plain[:1] == TEXT_MARK:
        try:
            return {TEXT_KEY: plain[1:].decode("utf-8")}
        except UnicodeDecodeError:
            raise IntegrityError(reason=f"unreadable payload in {table} row {row_id}") from None
    try:
        value = orjson.loads(plain)
    except orjson.JSONDecodeError:
        raise IntegrityError(reason=f"unreadable payload in {table} row {row_id}") from None
    if not isinstance(value, dict):
        raise IntegrityError(reason=f"malformed payload in {table} row {row_id}")
    return value


class PayloadCodec:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    def seal(
        self, table: str, row_id: str, payload: Mapping[str, Any], *, column: str = COLUMN
    ) -> bytes:
        # orjson: ~3× faster than the json module, and payloads are decrypted by the tens of
        # thousands at unlock. Same JSON text (UTF-8, compact, dates as ISO 8601).
        data = orjson.dumps(payload, default=_default, option=orjson.OPT_NON_STR_KEYS)
        return self._cipher.encrypt(data, table=table, column=column, row_id=row_id)

    def seal_text(self, table: str, row_id: str, text: str, *, column: str = COLUMN) -> bytes:
        """A payload that is only ``{"text": text}``, stored without the JSON wrapper."""
        data = TEXT_MARK + text.encode("utf-8")
        return self._cipher.encrypt(data, table=table, column=column, row_id=row_id)

    def open(
        self, table: str, row_id: str, envelope: bytes, *, column: str = COLUMN
    ) -> dict[str, Any]:
        """Raises:
        IntegrityError: the payload was altered, moved or is not a JSON object.
        """
        plain = self._cipher.decrypt(bytes(envelope), table=table, column=column, row_id=row_id)
        return _parse(plain, table, row_id)

    def opener(self, table: str, *, column: str = COLUMN) -> Opener:
        """``open`` for many rows of one table, as ``(row_id, envelope) -> payload`` (the
        per-column work done once; same checks, same errors)."""
        decrypt = self._cipher.decryptor(table=table, column=column)

        def open_row(row_id: str, envelope: bytes) -> dict[str, Any]:
            plain = decrypt(bytes(envelope), row_id)
            if plain[:1] == TEXT_MARK:  # the common case of a note, without a call
                try:
                    return {TEXT_KEY: plain[1:].decode("utf-8")}
                except UnicodeDecodeError:
                    pass  # _parse reports it
            return _parse(plain, table, row_id)

        return open_row


def as_date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None
