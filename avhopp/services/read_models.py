"""Frozen results that services hand to the GUI and the CLI (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from avhopp.domain.roles import Role


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    team: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class StaffMember:
    """A colleague as other users see them: who owns a case, whom to assign it to."""

    id: str
    username: str
    display_name: str
    team: str | None
    roles: frozenset[Role]


@dataclass(frozen=True)
class CreatedVault:
    vault_id: str
    location: str
    #: Shown once to the person creating the vault; never stored in clear anywhere.
    recovery_code: str


@dataclass(frozen=True)
class AuditVerification:
    entries: int
    head_seq: int
    witness: str  # "ok", "absent" (no witness on this PC yet) or "ahead-of-database"


@dataclass(frozen=True)
class RekeyResult:
    old_key_id: str
    new_key_id: str
    values_reencrypted: int
