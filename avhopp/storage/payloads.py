"""Row payloads: one encrypted JSON object per row holding its personal fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.errors import IntegrityError

COLUMN = "payload"


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"cannot store {type(value).__name__} in a payload")


class PayloadCodec:
    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    def seal(self, table: str, row_id: str, payload: Mapping[str, Any]) -> bytes:
        data = json.dumps(payload, default=_default, ensure_ascii=False, separators=(",", ":"))
        return self._cipher.encrypt(data.encode("utf-8"), table=table, column=COLUMN, row_id=row_id)

    def open(self, table: str, row_id: str, envelope: bytes) -> dict[str, Any]:
        """Raises:
        IntegrityError: the payload was altered, moved or is not a JSON object.
        """
        plain = self._cipher.decrypt(bytes(envelope), table=table, column=COLUMN, row_id=row_id)
        try:
            value = json.loads(plain.decode("utf-8"))
        except ValueError:
            raise IntegrityError(reason=f"unreadable payload in {table} row {row_id}") from None
        if not isinstance(value, dict):
            raise IntegrityError(reason=f"malformed payload in {table} row {row_id}")
        return value


def as_date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None
