"""Roles and what each may do (DESIGN.md §4, lag 2001:454: access only as tasks need)."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from avhopp.errors import IntegrityError, ValidationError


class Role(enum.StrEnum):
    """Stored codes are stable ASCII; the UI shows the Swedish labels."""

    CASE_WORKER = "handlaggare"
    MANAGER = "enhetschef"
    ADMINISTRATOR = "administrator"
    LOG_REVIEWER = "loggranskare"

    @property
    def label_sv(self) -> str:
        return _LABELS_SV[self]


_LABELS_SV = {
    Role.CASE_WORKER: "handläggare",
    Role.MANAGER: "enhetschef/samordnare",
    Role.ADMINISTRATOR: "administratör",
    Role.LOG_REVIEWER: "loggranskare",
}

_ALIASES = {
    "handläggare": Role.CASE_WORKER,
    "case-worker": Role.CASE_WORKER,
    "enhetschef": Role.MANAGER,
    "samordnare": Role.MANAGER,
    "manager": Role.MANAGER,
    "administratör": Role.ADMINISTRATOR,
    "admin": Role.ADMINISTRATOR,
    "log-reviewer": Role.LOG_REVIEWER,
}


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage users"
    READ_AUDIT_LOG = "read the audit log"
    VERIFY_AUDIT_LOG = "verify the audit log"
    EXPORT_AUDIT_LOG = "export the audit log"
    ROTATE_KEYS = "rotate the vault key"
    MANAGE_SETTINGS = "change settings"
    MAKE_BACKUPS = "make, verify and drill backups"
    RESTORE_BACKUPS = "restore backups"


_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASE_WORKER: frozenset(),
    Role.MANAGER: frozenset(
        {
            Permission.READ_AUDIT_LOG,
            Permission.VERIFY_AUDIT_LOG,
            Permission.EXPORT_AUDIT_LOG,
            Permission.MAKE_BACKUPS,
        }
    ),
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.MANAGE_USERS,
            Permission.ROTATE_KEYS,
            Permission.MANAGE_SETTINGS,
            Permission.VERIFY_AUDIT_LOG,
            Permission.MAKE_BACKUPS,
            Permission.RESTORE_BACKUPS,
        }
    ),
    Role.LOG_REVIEWER: frozenset(
        {Permission.READ_AUDIT_LOG, Permission.VERIFY_AUDIT_LOG, Permission.EXPORT_AUDIT_LOG}
    ),
}


def parse_role(text: str) -> Role:
    """Accept the stored code, the Swedish label or an English alias, in any case."""
    key = text.strip().casefold()
    for role in Role:
        if key in (role.value, role.label_sv.casefold()):
            return role
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValidationError(
        "Unknown role {role!r}; use one of: {choices}.",
        field="role",
        role=text,
        choices=", ".join(r.value for r in Role),
    )


def encode_roles(roles: Iterable[Role]) -> str:
    """Roles as stored: sorted codes joined by commas."""
    unique = sorted({Role(r) for r in roles})
    if not unique:
        raise ValidationError("A user needs at least one role.", field="role")
    return ",".join(unique)


def decode_roles(stored: str) -> frozenset[Role]:
    """Raises:
    IntegrityError: an unknown role code is stored (an edited database).
    """
    try:
        return frozenset(Role(code) for code in stored.split(",") if code)
    except ValueError:
        raise IntegrityError(reason="a stored role is unknown") from None


def effective_roles(roles: frozenset[Role], *, another_manager_exists: bool) -> frozenset[Role]:
    """The first administrator acts as manager until an active manager exists (issue 2)."""
    if Role.ADMINISTRATOR in roles and not another_manager_exists:
        return roles | {Role.MANAGER}
    return roles


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= _PERMISSIONS[role]
    return frozenset(granted)
