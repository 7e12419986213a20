"""Roles: parsing, storage codes, the acting-manager rule and permissions."""

from __future__ import annotations

import itertools

import pytest

from avhopp.domain.roles import (
    Permission,
    Role,
    decode_roles,
    effective_roles,
    encode_roles,
    parse_role,
    permissions_of,
)
from avhopp.errors import ValidationError

AUDIT_PERMISSIONS = {
    Permission.READ_AUDIT_LOG,
    Permission.VERIFY_AUDIT_LOG,
    Permission.EXPORT_AUDIT_LOG,
}
ALL_ROLE_SETS = [
    frozenset(c) for n in range(1, len(Role) + 1) for c in itertools.combinations(Role, n)
]


def test_stored_codes_are_stable_ascii() -> None:
    assert {r.value for r in Role} == {"handlaggare", "enhetschef", "administrator", "loggranskare"}
    assert all(r.value.isascii() for r in Role)


@pytest.mark.parametrize("role", list(Role))
def test_parse_accepts_the_stored_code_in_any_case(role: Role) -> None:
    assert parse_role(role.value) is role
    assert parse_role(role.value.upper()) is role
    assert parse_role(f"  {role.value.title()} ") is role


@pytest.mark.parametrize("role", list(Role))
def test_parse_accepts_the_swedish_label(role: Role) -> None:
    # parse_role's docstring: "Accept the stored code, the Swedish label or an English alias".
    assert parse_role(role.label_sv) is role
    assert parse_role(role.label_sv.upper()) is role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("handläggare", Role.CASE_WORKER),
        ("HANDLÄGGARE", Role.CASE_WORKER),
        ("case-worker", Role.CASE_WORKER),
        ("enhetschef", Role.MANAGER),
        ("samordnare", Role.MANAGER),
        ("Manager", Role.MANAGER),
        ("administratör", Role.ADMINISTRATOR),
        ("Admin", Role.ADMINISTRATOR),
        ("log-reviewer", Role.LOG_REVIEWER),
        ("Loggranskare", Role.LOG_REVIEWER),
    ],
)
def test_parse_accepts_aliases(text: str, role: Role) -> None:
    assert parse_role(text) is role


@pytest.mark.parametrize("text", ["", "  ", "chef", "root", "superuser", "handlaggare,admin", "a"])
def test_parse_refuses_unknown_roles(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_role(text)
    assert caught.value.field == "role"
    assert "handlaggare" in caught.value.message  # lists the choices


def test_labels_are_swedish() -> None:
    assert Role.CASE_WORKER.label_sv == "handläggare"
    assert Role.ADMINISTRATOR.label_sv == "administratör"


@pytest.mark.parametrize("roles", ALL_ROLE_SETS)
def test_encode_decode_round_trip(roles: frozenset[Role]) -> None:
    stored = encode_roles(roles)
    assert decode_roles(stored) == roles
    assert stored == ",".join(sorted(r.value for r in roles))
    assert encode_roles(sorted(roles, reverse=True)) == stored  # order-independent


def test_encode_removes_duplicates_and_accepts_codes() -> None:
    stored = encode_roles([Role.MANAGER, Role.MANAGER, Role("handlaggare")])
    assert stored == "enhetschef,handlaggare"


def test_encode_refuses_no_roles() -> None:
    with pytest.raises(ValidationError):
        encode_roles([])


def test_decode_of_empty_storage_is_no_roles() -> None:
    assert decode_roles("") == frozenset()


def test_admin_acts_as_manager_until_another_manager_exists() -> None:
    admin = frozenset({Role.ADMINISTRATOR})
    acting = effective_roles(admin, another_manager_exists=False)
    assert acting == {Role.ADMINISTRATOR, Role.MANAGER}
    assert effective_roles(admin, another_manager_exists=True) == admin
    assert permissions_of(acting) >= AUDIT_PERMISSIONS
    assert Permission.READ_AUDIT_LOG not in permissions_of(admin)


@pytest.mark.parametrize("roles", [s for s in ALL_ROLE_SETS if Role.ADMINISTRATOR not in s])
@pytest.mark.parametrize("another_manager_exists", [True, False])
def test_only_administrators_are_promoted(
    roles: frozenset[Role], another_manager_exists: bool
) -> None:
    assert effective_roles(roles, another_manager_exists=another_manager_exists) == roles


def test_case_worker_has_no_permissions_at_all() -> None:
    assert permissions_of([Role.CASE_WORKER]) == frozenset()
    assert not AUDIT_PERMISSIONS & permissions_of([Role.CASE_WORKER])


def test_log_reviewer_reads_the_log_but_cannot_manage_anything() -> None:
    granted = permissions_of([Role.LOG_REVIEWER])
    assert granted == AUDIT_PERMISSIONS
    assert Permission.MANAGE_USERS not in granted
    assert Permission.ROTATE_KEYS not in granted
    assert Permission.MANAGE_SETTINGS not in granted


def test_manager_reads_the_log_and_makes_backups_but_cannot_manage_users() -> None:
    granted = permissions_of([Role.MANAGER])
    assert granted == AUDIT_PERMISSIONS | {Permission.MAKE_BACKUPS}
    assert Permission.MANAGE_USERS not in granted
    assert Permission.RESTORE_BACKUPS not in granted


def test_only_administrators_restore_backups() -> None:
    for role in Role:
        assert (Permission.RESTORE_BACKUPS in permissions_of([role])) == (
            role is Role.ADMINISTRATOR
        )
    assert Permission.MAKE_BACKUPS not in permissions_of([Role.CASE_WORKER])
    assert Permission.MAKE_BACKUPS not in permissions_of([Role.LOG_REVIEWER])


def test_administrator_manages_but_does_not_read_the_log_alone() -> None:
    granted = permissions_of([Role.ADMINISTRATOR])
    assert {Permission.MANAGE_USERS, Permission.ROTATE_KEYS, Permission.MANAGE_SETTINGS} <= granted
    assert Permission.READ_AUDIT_LOG not in granted
    assert Permission.EXPORT_AUDIT_LOG not in granted


@pytest.mark.parametrize("roles", ALL_ROLE_SETS)
def test_permissions_are_the_union_of_the_roles(roles: frozenset[Role]) -> None:
    union = frozenset().union(*(permissions_of([r]) for r in roles))
    assert permissions_of(roles) == union
    assert permissions_of([]) == frozenset()
