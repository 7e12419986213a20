"""Who may see a case (lag 2001:454: access only as each user's tasks need).

- A manager (enhetschef/samordnare) sees every case.
- A case worker sees the cases they are responsible for and their team's cases; any other
  case only through emergency access with a stated reason, flagged for the log review.
- An administrator and a log reviewer see no case content.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from avhopp.domain.roles import Role
from avhopp.errors import ValidationError

MIN_REASON_LENGTH = 10


class Access(enum.Enum):
    ALLOWED = "allowed"
    EMERGENCY_ONLY = "emergency_only"
    DENIED = "denied"


@dataclass(frozen=True)
class CaseScope:
    """What access rules need to know of a case."""

    responsible_user_id: str | None
    team: str | None


def case_access(
    *, user_id: str | None, roles: frozenset[Role], team: str | None, case: CaseScope
) -> Access:
    if Role.MANAGER in roles:
        return Access.ALLOWED
    if Role.CASE_WORKER in roles:
        if user_id is not None and case.responsible_user_id == user_id:
            return Access.ALLOWED
        if team is not None and case.team == team:
            return Access.ALLOWED
        return Access.EMERGENCY_ONLY
    return Access.DENIED


def check_emergency_reason(reason: str) -> str:
    """Raises:
    ValidationError: the reason is missing or too short to be reviewed.
    """
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_REASON_LENGTH:
        raise ValidationError(
            "State why you need emergency access (at least {n} characters).",
            field="reason",
            n=MIN_REASON_LENGTH,
        )
    return cleaned
