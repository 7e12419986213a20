"""Users: encrypted display names, MAC-protected roles and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing
from avhopp.domain.roles import Role, decode_roles, encode_roles
from avhopp.errors import ConflictError, IntegrityError, NotFoundError
from avhopp.storage.models import User

TABLE = "users"


@dataclass(frozen=True)
class UserRecord:
    id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    team: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    version: int


class UserRepository:
    def __init__(self, session: Session, keys: KeyRing, cipher: FieldCipher) -> None:
        self._session = session
        self._keys = keys
        self._cipher = cipher

    @staticmethod
    def mac_parts(row: User) -> tuple[str | bool, ...]:
        """What the row MAC covers. The team decides which cases a case worker sees, so it
        is covered too (appended only when set: vaults from before teams keep their MACs)."""
        parts: tuple[str | bool, ...] = (TABLE, row.id, row.username, row.roles, row.active)
        return parts if row.team is None else (*parts, row.team)

    def _mac(self, row: User) -> bytes:
        return self._keys.row_mac(*self.mac_parts(row))

    def _record(self, row: User) -> UserRecord:
        if not self._keys.check_row_mac(bytes(row.row_mac), *self.mac_parts(row)):
            raise IntegrityError(reason=f"the roles or status of user {row.username} were altered")
        return UserRecord(
            id=row.id,
            username=row.username,
            display_name=self._cipher.decrypt_text(
                bytes(row.display_name_ct), table=TABLE, column="display_name", row_id=row.id
            ),
            roles=decode_roles(row.roles),
            team=row.team,
            active=row.active,
            created_at=row.created_at,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
            version=row.version,
        )

    def add(
        self,
        *,
        user_id: str,
        username: str,
        display_name: str,
        roles: frozenset[Role],
        now: datetime,
        by: str | None,
        team: str | None = None,
    ) -> UserRecord:
        row = User(
            id=user_id,
            username=username,
            display_name_ct=self._cipher.encrypt_text(
                display_name, table=TABLE, column="display_name", row_id=user_id
            ),
            roles=encode_roles(roles),
            team=team,
            active=True,
            created_at=now,
            updated_at=now,
            updated_by=by,
            row_mac=b"",
        )
        row.row_mac = self._mac(row)
        self._session.add(row)
        self._session.flush()
        return self._record(row)

    def _row(self, username: str) -> User:
        row = self._session.execute(
            select(User).where(User.username == username)
        ).scalar_one_or_none()
        if row is None:
            raise NotFoundError(what=f"User {username!r}")
        return row

    def get(self, username: str) -> UserRecord:
        return self._record(self._row(username))

    def get_by_id(self, user_id: str) -> UserRecord:
        row = self._session.get(User, user_id)
        if row is None:
            raise NotFoundError(what="The user")
        return self._record(row)

    def exists(self, username: str) -> bool:
        return (
            self._session.execute(
                select(func.count()).select_from(User).where(User.username == username)
            ).scalar_one()
            > 0
        )

    def list(self) -> list[UserRecord]:
        rows = self._session.execute(select(User).order_by(User.username)).scalars().all()
        return [self._record(row) for row in rows]

    def update(
        self,
        username: str,
        *,
        expected_version: int | None,
        now: datetime,
        by: str | None,
        roles: frozenset[Role] | None = None,
        active: bool | None = None,
        display_name: str | None = None,
        team: str | None = None,
        clear_team: bool = False,
    ) -> UserRecord:
        """Change a user; ``expected_version`` (from the read the user saw) makes a stale save
        raise :class:`~avhopp.errors.ConflictError` instead of overwriting."""
        row = self._row(username)
        self._record(row)  # refuse to build on a tampered row
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(
                changed_by=row.updated_by or "another user",
                changed_at=row.updated_at.isoformat(sep=" ", timespec="seconds"),
            )
        if roles is not None:
            row.roles = encode_roles(roles)
        if active is not None:
            row.active = active
        if team is not None or clear_team:
            row.team = team
        if display_name is not None:
            row.display_name_ct = self._cipher.encrypt_text(
                display_name, table=TABLE, column="display_name", row_id=row.id
            )
        row.updated_at = now
        row.updated_by = by
        row.row_mac = self._mac(row)
        self._session.flush()
        return self._record(row)

    def count_active_with_role(self, role: Role, *, excluding: str | None = None) -> int:
        rows = self._session.execute(select(User).where(User.active.is_(True))).scalars().all()
        return sum(1 for row in rows if role in decode_roles(row.roles) and row.id != excluding)
