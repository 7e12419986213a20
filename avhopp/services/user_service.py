"""Users, roles and passphrases."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from avhopp.crypto import kdf
from avhopp.crypto.key_slots import VaultHeader, create_slot, user_locator
from avhopp.domain import passphrase_policy
from avhopp.domain.clock import iso
from avhopp.domain.ids import new_id
from avhopp.domain.roles import Permission, Role
from avhopp.domain.usernames import normalize_username
from avhopp.errors import AlreadyExistsError, PermissionDeniedError, ValidationError
from avhopp.services.read_models import StaffMember, UserView
from avhopp.storage.user_repository import UserRecord

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


def _view(record: UserRecord) -> UserView:
    return UserView(
        id=record.id,
        username=record.username,
        display_name=record.display_name,
        roles=record.roles,
        team=record.team,
        active=record.active,
        created_at=record.created_at,
        updated_at=record.updated_at,
        version=record.version,
    )


class UserService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add_user(
        self,
        username: str,
        *,
        display_name: str,
        roles: frozenset[Role],
        passphrase: str,
        team: str | None = None,
        min_passphrase_length: int | None = None,
    ) -> UserView:
        """Create a user with a key slot opened by ``passphrase``.

        Raises:
            PermissionDeniedError, ValidationError, WeakPassphraseError, AlreadyExistsError.
        """
        from avhopp.services.vault import check_display_name

        vault = self._vault
        vault.actor.require(Permission.MANAGE_USERS)
        name = normalize_username(username)
        display = check_display_name(display_name)
        if not roles:
            raise ValidationError("A user needs at least one role.", field="role")
        passphrase_policy.check(
            passphrase,
            min_length=self._min_length(min_passphrase_length),
            user_inputs=(name, display),
        )
        user_id = new_id()
        now = vault.clock()
        header = vault.backend.read_header()
        params = _slot_params(header)
        # Argon2id runs before the transaction, so the write lock is held only briefly.
        slot = create_slot(
            vault_id=header.vault_id,
            slot_id=new_id(),
            kind="user",
            locator=user_locator(header.vault_id, name),
            user_id=user_id,
            created_at=iso(now),
            secret=passphrase.encode("utf-8"),
            params=params,
            vault_keys=[vault.keys.vault_key],
        )
        with vault.unit_of_work() as uow:
            if uow.users.exists(name):
                raise AlreadyExistsError(what=f"User {name!r}")
            current = uow.read_header()
            record = uow.users.add(
                user_id=user_id,
                username=name,
                display_name=display,
                roles=roles,
                now=now,
                by=vault.actor.username,
                team=check_team(team),
            )
            uow.stage_header(current.with_slot(slot).bump(), expected_revision=current.revision)
            vault.audit_entry(
                uow,
                "user.add",
                target_type="user",
                target_id=user_id,
                details={"roles": sorted(r.value for r in roles)},
            )
            uow.commit()
        return _view(record)

    def list_users(self) -> list[UserView]:
        vault = self._vault
        if not (
            vault.actor.may(Permission.MANAGE_USERS) or vault.actor.may(Permission.READ_AUDIT_LOG)
        ):
            raise PermissionDeniedError(action="list users")
        with vault.unit_of_work() as uow:
            records = uow.users.list()
            vault.audit_entry(uow, "user.list", details={"count": len(records)})
            uow.commit()
        return [_view(r) for r in records]

    def _min_length(self, given: int | None) -> int:
        """The unit's minimum (Administration → Settings) unless the caller gives one; never
        below the policy's floor."""
        if given is None:
            given = self._vault.settings.passphrase_min_length()
        return max(given, passphrase_policy.MIN_LENGTH_FLOOR)

    def staff(self) -> list[StaffMember]:
        """The colleagues who work with cases (active case workers and managers): the names
        the participant list shows for a case's owner, its case-worker filter and the choice
        when a case is assigned. Open to every logged-in user; not audited (no participant
        data)."""
        with self._vault.unit_of_work() as uow:
            records = uow.users.list()
        return [
            StaffMember(
                id=r.id,
                username=r.username,
                display_name=r.display_name,
                team=r.team,
                roles=r.roles,
            )
            for r in records
            if r.active and r.roles & {Role.CASE_WORKER, Role.MANAGER}
        ]

    def set_team(
        self, username: str, team: str | None, *, expected_version: int | None = None
    ) -> UserView:
        """Move a user to another team (or none). Raises: PermissionDeniedError,
        NotFoundError, ConflictError, ValidationError."""
        vault = self._vault
        vault.actor.require(Permission.MANAGE_USERS)
        name = normalize_username(username)
        cleaned = check_team(team)
        with vault.unit_of_work() as uow:
            record = uow.users.update(
                name,
                expected_version=expected_version,
                now=vault.clock(),
                by=vault.actor.username,
                team=cleaned,
                clear_team=cleaned is None,
            )
            vault.audit_entry(
                uow, "user.team", target_type="user", target_id=record.id, details={"team": cleaned}
            )
            uow.commit()
        return _view(record)

    def set_active(
        self, username: str, active: bool, *, expected_version: int | None = None
    ) -> UserView:
        """Disable or enable a user. A disabled user cannot unlock; their slot is kept so an
        enable restores access without a new passphrase.

        Raises:
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError.
        """
        vault = self._vault
        vault.actor.require(Permission.MANAGE_USERS)
        name = normalize_username(username)
        with vault.unit_of_work() as uow:
            target = uow.users.get(name)
            if not active and target.id == vault.actor.user_id:
                raise ValidationError("You cannot disable your own account.", field="username")
            if not active and Role.ADMINISTRATOR in target.roles:
                others = uow.users.count_active_with_role(Role.ADMINISTRATOR, excluding=target.id)
                if others == 0:
                    raise ValidationError(
                        "The last active administrator cannot be disabled.", field="username"
                    )
            record = uow.users.update(
                name,
                expected_version=expected_version,
                now=vault.clock(),
                by=vault.actor.username,
                active=active,
            )
            vault.audit_entry(
                uow,
                "user.enable" if active else "user.disable",
                target_type="user",
                target_id=record.id,
            )
            uow.commit()
        return _view(record)

    def change_passphrase(
        self,
        username: str,
        *,
        new_passphrase: str,
        min_passphrase_length: int | None = None,
    ) -> None:
        """Give ``username`` a new passphrase: the new slot replaces the old one in a single
        atomic write of the key header, so there is never a moment with neither.

        Users change their own; administrators may set anyone's (a reset).

        Raises:
            PermissionDeniedError, NotFoundError, WeakPassphraseError.
        """
        vault = self._vault
        name = normalize_username(username)
        own = name == vault.actor.username and vault.actor.user_id is not None
        if not own:
            vault.actor.require(Permission.MANAGE_USERS)
        with vault.unit_of_work() as uow:
            target = uow.users.get(name)
        passphrase_policy.check(
            new_passphrase,
            min_length=self._min_length(min_passphrase_length),
            user_inputs=(name, target.display_name),
        )
        header = vault.backend.read_header()
        slot = create_slot(
            vault_id=header.vault_id,
            slot_id=new_id(),
            kind="user",
            locator=user_locator(header.vault_id, name),
            user_id=target.id,
            created_at=iso(vault.clock()),
            secret=new_passphrase.encode("utf-8"),
            params=_slot_params(header),
            vault_keys=[vault.keys.vault_key],
        )
        with vault.unit_of_work() as uow:
            current = uow.read_header()
            uow.stage_header(current.with_slot(slot).bump(), expected_revision=current.revision)
            vault.audit_entry(
                uow,
                "user.passphrase",
                target_type="user",
                target_id=target.id,
                details={"reset_by_administrator": not own},
            )
            uow.commit()


def check_team(team: str | None) -> str | None:
    """Team codes are short and plain (a–z, 0–9, '-', '_'); empty means no team.

    Raises:
        ValidationError: on the field ``team``.
    """
    if team is None or not team.strip():
        return None
    cleaned = team.strip().lower()
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", cleaned):
        raise ValidationError(
            "A team code has 1–40 characters: a–z, 0–9, '-' or '_'.", field="team"
        )
    return cleaned


def _slot_params(header: VaultHeader) -> kdf.KdfParams:
    """New slots get the strongest parameters already in the vault (calibrated at creation)."""
    strongest = max(
        (s.kdf_params for s in header.slots),
        key=lambda p: (p.memory_kib, p.iterations),
        default=kdf.FLOOR,
    )
    return strongest
