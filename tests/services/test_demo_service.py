"""Demo vaults: realistic, reproducible, valid, encrypted, and never mixed with real data."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from avhopp.domain.identity import IdentityKind, parse_swedish
from avhopp.domain.network import CLOSED_GOAL_STATUSES, ReminderKind
from avhopp.domain.person import PersonInput
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.services.demo_service import generate_demo


def _names(location: str, admin: str, passphrase: str) -> list[tuple[str, str]]:
    with vault_service.unlock(location, username=admin, passphrase=passphrase) as v:
        return sorted((p.full_name, p.reference) for p in v.people.list_participants())


def test_demo_fills_a_vault_with_valid_linked_records(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        summary = generate_demo(v, participants=40, seed=11)
        assert summary.participants == 40
        assert summary.cases >= 40
        assert summary.notes >= summary.cases
        rows = v.people.list_participants()
        assert len(rows) == summary.cases
        for row in rows:
            assert row.reference.startswith("AVH-")
            if len(row.identity_number) == 12:
                parsed = parse_swedish(row.identity_number, today=date.today())
                assert parsed.kind in (IdentityKind.PERSONNUMMER, IdentityKind.SAMORDNINGSNUMMER)
        case = next(r for r in rows if r.phase != "inquiry")
        view = v.cases.get_case(case.case_id)
        assert view.history[0].phase == "inquiry"
        assert all(
            a.entered_on <= b.entered_on
            for a, b in zip(view.history, view.history[1:], strict=False)
        )
        assert v.journal.notes(case.case_id)
        assert v.audit.verify().entries > 0
        figures = v.stats.period(date(2021, 1, 1), date.today())
        assert figures.new_cases > 0


#: A fixed "now" (a Wednesday, noon UTC): the demo's dates and the reminders' states follow it.
NOW = datetime(2027, 3, 10, 12, 0)


def _now() -> datetime:
    return NOW


def test_demo_reminders_read_like_real_ones(vault) -> None:
    """Follow-ups and plan reviews on the decided cases, opened by the real read paths (a
    case's reminders, the case worker's dashboard), done on time, late or still open."""
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, clock=_now
    ) as v:
        summary = generate_demo(v, participants=40, seed=11)
    today = NOW.date()
    states: Counter[tuple[str, str]] = Counter()
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=_now
    ) as v:
        kalle = v.actor.user_id
        case_ids = {row.case_id for row in v.people.list_participants()}
        seen = 0
        for case_id in sorted(case_ids):
            case = v.cases.get_case(case_id)
            reminders = v.reminders.reminders(case_id, include_done=True)  # opens every payload
            seen += len(reminders)
            if case.decision_on is None:
                assert reminders == []
                continue
            assert reminders, "a decided case has follow-ups"
            goals = {goal.id: goal for goal in v.support.goals(case_id)}
            reviews = [r for r in reminders if r.kind is ReminderKind.PLAN_REVIEW]
            for reminder in reminders:
                assert reminder.kind in (ReminderKind.MANUAL, ReminderKind.PLAN_REVIEW)
                assert (reminder.case_id, reminder.owner_id) == (case_id, kalle)
                assert reminder.due_on > case.decision_on
                if case.closed_on is not None:
                    assert reminder.due_on <= case.closed_on
                    assert reminder.done_at is not None, "a closed case leaves nothing open"
                if reminder.kind is ReminderKind.MANUAL:
                    assert reminder.text
                    assert reminder.created_by == vault.worker
                    assert reminder.source_id is None
                else:
                    goal = goals[reminder.source_id or ""]
                    assert reminder.due_on == goal.deadline
                    assert reminder.done_at or goal.status.value not in CLOSED_GOAL_STATUSES
                if reminder.done_at is None:
                    assert reminder.done_by is None
                    # Forgotten ones are cleared within 60 days: no years of overdue ones.
                    assert reminder.due_on >= today - timedelta(days=60)
                    state = "open, overdue" if reminder.due_on < today else "open"
                else:
                    assert reminder.done_by == vault.worker
                    assert reminder.done_at <= NOW, "nothing is done in the future"
                    assert reminder.due_on < today
                    assert 7 <= reminder.done_at.hour < 15  # UTC: office hours in Sweden
                    if reminder.done_at.date() <= reminder.due_on:
                        state = "on time"
                        assert (reminder.due_on - reminder.done_at.date()).days <= 5
                    else:
                        state = "late"
                        if case.closed_on is None or reminder.done_at.date() != case.closed_on:
                            late = (reminder.done_at.date() - reminder.due_on).days
                            stale = (today - reminder.due_on).days > 60  # cleared later
                            assert late <= 30 or (stale and late <= 90)
                states[(reminder.kind.value, state)] += 1
            assert len({r.source_id for r in reviews}) == len(reviews) <= len(goals)
        assert seen == summary.reminders

        # The real automatic-reminder refresh finds the demo's plan reviews as it would
        # have left them: nothing moved, nothing dropped (it may add consent expiries).
        for case_id in sorted(case_ids)[:10]:
            refreshed = v.reminders.refresh_automatic_reminders(case_id)
            assert (refreshed.moved, refreshed.dropped) == (0, 0)

        # The case worker's "Mina bevakningar": overdue ones and those coming up.
        overview = v.dashboard.overview(horizon_days=30)
        assert overview.overdue_reminders
        assert overview.upcoming_reminders
        assert all(r.due_on < today for r in overview.overdue_reminders)
        assert all(r.done_at is None for r in overview.overdue_reminders)

    kinds = Counter(kind for kind, _ in states.elements())
    assert set(kinds) == {"manual", "plan_review"}
    by_state = Counter(state for _, state in states.elements())
    assert set(by_state) == {"on time", "late", "open, overdue", "open"}
    past = by_state["on time"] + by_state["late"] + by_state["open, overdue"]
    assert by_state["on time"] > 0.6 * past  # most are done on time
    assert by_state["late"] > by_state["open, overdue"] > 0


@pytest.mark.parametrize("engine_kind", ["sqlite"])  # one engine shows reproducibility
def test_same_seed_same_data(vault, tmp_path: Path) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    for source in vault.path.parent.iterdir():
        if source.name.startswith(vault.path.name):
            shutil.copy2(source, twin / source.name)
    reminders = []
    for location in (vault.location, str(twin / vault.path.name)):
        with vault_service.unlock(
            location, username=vault.admin, passphrase=vault.admin_passphrase, clock=_now
        ) as v:
            generate_demo(v, participants=15, seed=5)
            with v.engine.connect() as connection:
                rows = connection.exec_driver_sql("SELECT kind, due_on, done_at FROM reminders")
                reminders.append(sorted(tuple(map(str, row)) for row in rows))
    first = _names(vault.location, vault.admin, vault.admin_passphrase)
    second = _names(str(twin / vault.path.name), vault.admin, vault.admin_passphrase)
    assert first == second
    assert reminders[0] == reminders[1]
    assert reminders[0]


def test_demo_refuses_a_vault_with_participants_and_case_workers(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        with pytest.raises(PermissionDeniedError):
            generate_demo(v, participants=5)
        v.people.register_participant(
            PersonInput(first_name="Riktig", last_name="Person"),
            referral_source="police",
            inquiry_on=date(2026, 1, 5),
        )
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        with pytest.raises(ValidationError, match="empty vault"):
            generate_demo(v, participants=5)
        with pytest.raises(ValidationError):
            generate_demo(v, participants=0)
