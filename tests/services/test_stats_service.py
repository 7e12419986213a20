"""`stats` through the real services and the CLI, on both engines: a small unit's year."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pytest

from avhopp.cli.main import main
from avhopp.domain.person import PersonInput
from avhopp.errors import PermissionDeniedError
from avhopp.services import vault as vault_service

TODAY = datetime(2026, 11, 26, 12, 0)


def clock() -> datetime:
    return TODAY


def test_stats_of_a_small_year(vault, tmp_path) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=clock
    ) as v:
        first = v.people.register_participant(
            PersonInput(first_name="Anna", last_name="Ek"),
            referral_source="police",
            inquiry_on=date(2026, 2, 1),
        ).case
        v.cases.change_phase(first.id, "investigation", entered_on=date(2026, 2, 10))
        v.cases.change_phase(first.id, "protection", entered_on=date(2026, 3, 3))  # decision
        second = v.people.register_participant(
            PersonInput(first_name="Bo", last_name="Al"),
            referral_source="self",
            inquiry_on=date(2026, 4, 1),
        ).case
        v.cases.change_phase(
            second.id, "closed", entered_on=date(2026, 4, 20), closure_reason="not_eligible"
        )
        v.people.register_participant(
            PersonInput(first_name="Cim", last_name="Ro"),
            referral_source="police",
            inquiry_on=date(2025, 12, 1),  # before the period
        )
        with pytest.raises(PermissionDeniedError):  # a case worker sees no unit figures
            v.stats.period(date(2026, 1, 1), date(2026, 6, 30))

    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, clock=clock
    ) as v:
        figures = v.stats.period(date(2026, 1, 1), date(2026, 6, 30))
    assert figures.new_cases == 2
    assert figures.inquiries_by_source == {"police": 1, "self": 1}
    assert figures.active_at_start == 1
    assert figures.active_at_end == 2
    assert figures.closures_by_reason == {"not_eligible": 1}
    assert figures.active_at_end_by_phase == {"protection": 1, "inquiry": 1}
    assert figures.lead_inquiry_to_decision_days.value == 30  # 1 Feb → 3 Mar
    assert figures.assessment_outcomes == {"decision": 1, "not_eligible": 1}

    # The CLI gives the same figures as JSON, and the read is in the audit log.
    out = io.StringIO()
    code = main(
        [
            "--db", vault.location, "--user", vault.admin, "--passphrase-stdin",
            "stats", "--from", "2026-01-01", "--to", "2026-06-30", "--json",
        ],
        stdin=io.StringIO(vault.admin_passphrase + "\n"),
        stdout=out,
    )  # fmt: skip
    assert code == 0
    data = json.loads(out.getvalue())
    assert data["new_cases"] == 2
    assert data["lead_inquiry_to_decision_days"] == {"value": 30, "n": 1}
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        log = io.StringIO()
        v.audit.export_csv(log)
    assert log.getvalue().count(",stats.read,") == 2


def test_sql_aggregates_match_the_domain_definitions(vault) -> None:
    """The service aggregates support steps in SQL, picks the phase at the period's end in
    SQL and reads assessments, plans and consents only where they count; on a demo vault it
    must give exactly what the pure domain function gives from every step, phase change and
    assessment of the active cases."""
    from avhopp.domain.clock import local_date
    from avhopp.domain.stats import compute, previous_period
    from avhopp.services.demo_service import generate_demo
    from avhopp.services.stats_service import load_facts, period_figures

    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, clock=clock
    ) as v:
        generate_demo(v, participants=60, seed=3)
        assessed = 0
        for start, end in (
            (date(2024, 1, 1), date(2024, 12, 31)),
            (date(2025, 7, 1), date(2026, 6, 30)),
            (date(2023, 3, 1), date(2023, 3, 31)),  # later phase changes matter here
            (date(2021, 1, 1), date(2026, 11, 26)),
        ):
            fast = v.stats.period(start, end)
            with v.unit_of_work() as uow:
                today = local_date(v.clock())
                slow = compute(load_facts(uow, start, end, complete=True, as_of=today), start, end)
            assert fast == slow
            # The council report's path: this period and the one before from one load.
            before = previous_period(start, end)
            with v.unit_of_work() as uow:
                both = period_figures(uow, [(start, end), before], as_of=today)
            assert both == [fast, v.stats.period(*before)]
            assert fast.steps_active > 0
            assert len(fast.active_at_end_by_phase) > 1
            assessed += fast.closed_with_assessment
        assert assessed > 0  # the outcomes at closure were compared too


def test_follow_ups_on_time_through_the_services(vault) -> None:
    """The quality indicator "follow-ups on time": a case worker's follow-up reminders due in
    the period, done on or before their due date; one done late or still open counts against
    it, one due after the day the figures are made is not late yet and is left out, and one
    due after the period belongs to the next."""
    now = [datetime(2026, 1, 5, 9, 0)]

    def moving_clock() -> datetime:
        return now[0]

    with vault_service.unlock(
        vault.location,
        username=vault.worker,
        passphrase=vault.worker_passphrase,
        clock=moving_clock,
    ) as v:
        case = v.people.register_participant(
            PersonInput(first_name="Dana", last_name="Ek"),
            referral_source="police",
            inquiry_on=date(2026, 1, 2),
        ).case

        def remind(day: date) -> str:
            return v.reminders.add_reminder(case.id, due_on=day, text="Uppföljning").id

        on_time = remind(date(2026, 2, 1))
        late = remind(date(2026, 3, 1))
        remind(date(2026, 5, 1))  # never done
        remind(date(2026, 6, 20))  # due after the day of the first figures
        remind(date(2026, 8, 1))  # due after the period
        now[0] = datetime(2026, 1, 30, 10, 0)
        v.reminders.complete(on_time)
        now[0] = datetime(2026, 3, 10, 10, 0)
        v.reminders.complete(late)

    def figures_on(day: datetime) -> tuple[int, int]:
        now[0] = day
        with vault_service.unlock(
            vault.location,
            username=vault.admin,
            passphrase=vault.admin_passphrase,
            clock=moving_clock,
        ) as v:
            stats = v.stats.period(date(2026, 1, 1), date(2026, 6, 30))
        return stats.followups_due, stats.followups_on_time

    assert figures_on(datetime(2026, 6, 10, 12, 0)) == (3, 1)
    assert figures_on(datetime(2026, 7, 5, 12, 0)) == (4, 1)
