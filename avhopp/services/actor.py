"""Who is acting: the unlocked user, with effective roles."""

from __future__ import annotations

from dataclasses import dataclass

from avhopp.domain.roles import Permission, Role, permissions_of
from avhopp.errors import PermissionDeniedError


@dataclass(frozen=True)
class Actor:
    user_id: str | None  # None when unlocked with the recovery key
    username: str
    roles: frozenset[Role]
    via_recovery_key: bool = False
    team: str | None = None

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        """Raises:
        PermissionDeniedError: this actor's roles do not grant ``permission``.
        """
        if not self.may(permission):
            raise PermissionDeniedError(action=permission.value)
