"""Optimistic locking for service writes: a save based on a stale read is refused with who
changed the record and when, never silently overwritten (DESIGN.md §3)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from avhopp.errors import ConflictError


class VersionedRow(Protocol):
    version: int
    updated_by: str | None
    updated_at: datetime


def check_version(row: VersionedRow, expected_version: int | None) -> None:
    """Raises:
    ConflictError: ``expected_version`` is given and the row has moved on since.
    """
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            changed_by=row.updated_by or "another user",
            changed_at=row.updated_at.isoformat(sep=" ", timespec="seconds"),
        )
