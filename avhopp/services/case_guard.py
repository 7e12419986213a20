"""The one door to a case: access rules, emergency access and the audit entry of every read.

Every service that touches a case's content loads it here. A read is recorded in the audit log
in the same transaction, before anything is returned (if the entry cannot be written, the
transaction fails and nothing is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from avhopp.domain.access import Access, CaseScope, case_access, check_emergency_reason
from avhopp.domain.ids import new_id
from avhopp.errors import EmergencyAccessRequiredError, NotFoundError, PermissionDeniedError
from avhopp.storage.case_models import Case, EmergencyAccess
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

EMERGENCY_ACCESS_HOURS = 8


class CaseGuard:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _rule(self, responsible_user_id: str | None, team: str | None) -> Access:
        actor = self._vault.actor
        return case_access(
            user_id=actor.user_id,
            roles=actor.roles,
            team=actor.team,
            case=CaseScope(responsible_user_id=responsible_user_id, team=team),
        )

    def access(self, uow: UnitOfWork, case: Case) -> tuple[Access, bool]:
        """(the rule's answer, whether a valid emergency grant exists)."""
        actor = self._vault.actor
        rule = self._rule(case.responsible_user_id, case.team)
        if rule != Access.EMERGENCY_ONLY or actor.user_id is None:
            return rule, False
        grant = uow.session.execute(
            select(EmergencyAccess.id).where(
                EmergencyAccess.user_id == actor.user_id,
                EmergencyAccess.case_id == case.id,
                EmergencyAccess.expires_at > self._vault.clock(),
            )
        ).first()
        return rule, grant is not None

    def visibility(self, uow: UnitOfWork) -> Callable[[str | None, str | None, str], bool]:
        """A fast test for many cases at once: ``(responsible_user_id, team, case_id) ->
        visible``, with the actor's emergency grants read once (lists of thousands)."""
        actor = self._vault.actor
        granted: set[str] = set()
        if actor.user_id is not None:
            granted = {
                case_id
                for (case_id,) in uow.session.execute(
                    select(EmergencyAccess.case_id).where(
                        EmergencyAccess.user_id == actor.user_id,
                        EmergencyAccess.expires_at > self._vault.clock(),
                    )
                )
            }

        # The rule depends only on (responsible, team): a handful of pairs for thousands of
        # cases, so each is asked once.
        rules: dict[tuple[str | None, str | None], Access] = {}

        def visible(responsible: str | None, team: str | None, case_id: str) -> bool:
            key = (responsible, team)
            rule = rules.get(key)
            if rule is None:
                rule = rules[key] = self._rule(responsible, team)
            return rule == Access.ALLOWED or (rule == Access.EMERGENCY_ONLY and case_id in granted)

        return visible

    def can_see(self, uow: UnitOfWork, case: Case) -> bool:
        rule, emergency = self.access(uow, case)
        return rule == Access.ALLOWED or emergency

    def load(self, uow: UnitOfWork, case_id: str, *, action: str) -> tuple[Case, bool]:
        """The case row, after checking access and appending the audit entry ``action``.

        Returns (case, through_emergency_access).

        Raises:
            NotFoundError: no such case.
            EmergencyAccessRequiredError: outside the user's cases, no valid grant.
            PermissionDeniedError: the role sees no case content.
        """
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFoundError(what="The case")
        rule, emergency = self.access(uow, case)
        if rule == Access.DENIED:
            raise PermissionDeniedError(action="see case content")
        if rule == Access.EMERGENCY_ONLY and not emergency:
            raise EmergencyAccessRequiredError()
        self._vault.audit_entry(
            uow,
            action,
            target_type="case",
            target_id=case.id,
            details={"emergency_access": True} if emergency else None,
        )
        return case, emergency

    def grant_emergency_access(self, uow: UnitOfWork, case_id: str, reason: str) -> None:
        """Record an emergency access (with its reason, encrypted) and flag it for review.

        Raises:
            NotFoundError, ValidationError, PermissionDeniedError (roles that see no cases,
            or a case the user may open anyway).
        """
        actor = self._vault.actor
        cleaned = check_emergency_reason(reason)
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFoundError(what="The case")
        rule, _ = self.access(uow, case)
        if rule == Access.DENIED or actor.user_id is None:
            raise PermissionDeniedError(action="request emergency access")
        if rule == Access.ALLOWED:
            raise PermissionDeniedError(action="request emergency access to your own case")
        now = self._vault.clock()
        grant_id = new_id()
        uow.session.add(
            EmergencyAccess(
                id=grant_id,
                user_id=actor.user_id,
                case_id=case_id,
                granted_at=now,
                expires_at=now + timedelta(hours=EMERGENCY_ACCESS_HOURS),
                payload_ct=uow.payloads.seal("emergency_access", grant_id, {"reason": cleaned}),
            )
        )
        self._vault.audit_entry(
            uow,
            "case.emergency-access",
            target_type="case",
            target_id=case_id,
            outcome="flagged",
            details={"reason": cleaned, "hours": EMERGENCY_ACCESS_HOURS},
        )
