"""Typed identifiers. Primary keys are random UUIDs made in Python (DESIGN.md §3)."""

from __future__ import annotations

import uuid
from typing import NewType

UserId = NewType("UserId", str)
VaultId = NewType("VaultId", str)
AuditEntryId = NewType("AuditEntryId", str)


def new_id() -> str:
    """A new random UUID in its canonical 36-character text form."""
    return str(uuid.uuid4())
