"""Automatic reminders follow the changes that feed them, without a manual refresh."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from avhopp.domain.network import ReminderKind
from avhopp.domain.person import PersonInput
from avhopp.domain.support import GoalInput
from avhopp.services import vault as vault_service

NOW = datetime(2026, 11, 26, 9, 0)
TODAY = NOW.date()


def test_consent_goal_and_closing_update_the_reminders(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=lambda: NOW
    ) as v:
        case = v.people.register_participant(
            PersonInput(first_name="Nora", last_name="Påminnelse"),
            referral_source="police",
            inquiry_on=date(2026, 9, 1),
        ).case
        consent = v.support.add_consent(
            case.id,
            agencies=["police"],
            written=True,
            valid_from=date(2026, 9, 10),
            valid_to=TODAY + timedelta(days=60),
        )
        v.support.add_goal(
            case.id,
            GoalInput(
                life_domain="housing", goal="Eget kontrakt", deadline=TODAY + timedelta(days=30)
            ),
        )
        kinds = {(r.kind, r.due_on) for r in v.reminders.reminders(case.id)}
        assert (ReminderKind.CONSENT_EXPIRY, TODAY + timedelta(days=60)) in kinds
        assert (ReminderKind.PLAN_REVIEW, TODAY + timedelta(days=30)) in kinds

        v.support.withdraw_consent(consent.id, withdrawn_on=TODAY)
        kinds = {r.kind for r in v.reminders.reminders(case.id)}
        assert ReminderKind.CONSENT_EXPIRY not in kinds

        v.cases.change_phase(case.id, "closed", entered_on=TODAY, closure_reason="not_eligible")
        kinds = {r.kind for r in v.reminders.reminders(case.id)}
        assert kinds == {ReminderKind.PURGE}
