"""The dashboard read model, on both engines: my open cases with their next reminder, my
reminders, flagged cases among the visible ones, the caseload by phase, the backup dates,
and one audit entry per look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from avhopp.domain.clock import utc_now
from avhopp.domain.network import FlagKind
from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.services import vault as vault_service
from avhopp.services.settings_service import LAST_BACKUP_KEY, LAST_DRILL_KEY, write_timestamp

TODAY = utc_now().date()
MAJA = ("maja", "Maja Chef", "solros-kaffekopp-Gävle-tuba-31", frozenset({Role.MANAGER}))
OLLE = ("olle", "Olle Jour", "granris-ekorre-Malmö-trumpet-77", frozenset({Role.CASE_WORKER}))


@dataclass
class Scenario:
    anna: str  # kalle's participant: two open cases, flagged
    anna_cases: tuple[str, str]
    anna_references: tuple[str, str]
    bo_case: str  # kalle's, closed
    cim: str  # olle's participant, flagged
    cim_case: str
    cim_reference: str
    overdue: str
    upcoming: str
    later: str


def _unlock(vault, user) -> vault_service.Vault:
    return vault_service.unlock(vault.location, username=user[0], passphrase=user[2])


def _admin(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _kalle(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )


def _setup(vault) -> Scenario:
    with _admin(vault) as admin:
        for name, display, passphrase, roles in (MAJA, OLLE):
            admin.users.add_user(name, display_name=display, roles=roles, passphrase=passphrase)
    with _kalle(vault) as kalle:
        anna = kalle.people.register_participant(
            PersonInput("Anna", "Ek"), referral_source="police", inquiry_on=TODAY
        )
        second = kalle.cases.open_case(anna.person.id, referral_source="self", inquiry_on=TODAY)
        kalle.cases.change_phase(second.id, "pre_assessment", entered_on=TODAY)
        kalle.flags.set_flag(anna.person.id, kind=FlagKind.THREAT, reason="Hot mot Anna")
        kalle.flags.set_flag(anna.person.id, kind=FlagKind.OTHER, reason="Tolk behövs")
        overdue = kalle.reminders.add_reminder(
            anna.case.id, due_on=TODAY - timedelta(days=2), text="Följ upp samtycket"
        )
        upcoming = kalle.reminders.add_reminder(
            anna.case.id, due_on=TODAY + timedelta(days=5), text="Planuppföljning"
        )
        later = kalle.reminders.add_reminder(
            second.id, due_on=TODAY + timedelta(days=60), text="Eftervård"
        )
        bo = kalle.people.register_participant(
            PersonInput("Bo", "Al"), referral_source="self", inquiry_on=TODAY
        )
        kalle.cases.change_phase(
            bo.case.id, "closed", entered_on=TODAY, closure_reason="not_eligible"
        )
    with _unlock(vault, OLLE) as olle:
        cim = olle.people.register_participant(
            PersonInput("Cim", "Ro"), referral_source="police", inquiry_on=TODAY
        )
        olle.flags.set_flag(cim.person.id, kind=FlagKind.PROTECTED_IDENTITY, reason="Skyddad")
        removed = olle.flags.set_flag(cim.person.id, kind=FlagKind.THREAT, reason="Gammalt hot")
        olle.flags.remove_flag(removed.id, reason="Hotet är inaktuellt nu")
    return Scenario(
        anna=anna.person.id,
        anna_cases=(anna.case.id, second.id),
        anna_references=(anna.case.reference, second.reference),
        bo_case=bo.case.id,
        cim=cim.person.id,
        cim_case=cim.case.id,
        cim_reference=cim.case.reference,
        overdue=overdue.id,
        upcoming=upcoming.id,
        later=later.id,
    )


def _audit(v) -> list[tuple[str, dict[str, object]]]:
    with v.unit_of_work() as uow:
        return [
            (row.action, dict(uow.audit.decode(row).details or {})) for row in uow.audit.iter_rows()
        ]


def test_a_case_workers_dashboard(vault) -> None:
    s = _setup(vault)
    with _kalle(vault) as kalle:
        before = len(_audit(kalle))
        board = kalle.dashboard.overview()
        log = _audit(kalle)

    assert board.today == TODAY
    assert [(c.case_id, c.person_id, c.reference, c.phase, c.next_reminder_on) for c in
            board.my_cases] == [
        (s.anna_cases[0], s.anna, s.anna_references[0], "inquiry", TODAY - timedelta(days=2)),
        (s.anna_cases[1], s.anna, s.anna_references[1], "pre_assessment",
         TODAY + timedelta(days=60)),
    ]  # fmt: skip
    assert [r.id for r in board.overdue_reminders] == [s.overdue]
    assert [r.id for r in board.upcoming_reminders] == [s.upcoming]  # 60 days is beyond
    assert board.upcoming_reminders[0].text == "Planuppföljning"
    # Olle's participant is not kalle's to see.
    assert [(f.case_id, f.person_id, f.reference, f.flags) for f in board.flagged_cases] == sorted(
        (
            (case_id, s.anna, reference, frozenset({FlagKind.THREAT, FlagKind.OTHER}))
            for case_id, reference in zip(s.anna_cases, s.anna_references, strict=True)
        ),
        key=lambda f: f[2],
    )
    assert list(board.open_cases_by_phase.items()) == [("inquiry", 1), ("pre_assessment", 1)]
    assert board.open_cases == 2
    assert (board.last_backup_at, board.last_drill_at) == (None, None)

    # One audit entry, with counts only.
    assert len(log) == before + 1
    assert log[-1][0] == "dashboard.read"
    assert {k: v for k, v in log[-1][1].items() if k != "unit"} == {
        "open_cases": 2,
        "my_cases": 2,
        "flagged_cases": 2,
        "overdue": 1,
        "upcoming": 1,
    }

    with _kalle(vault) as kalle:
        everything = kalle.dashboard.overview(horizon_days=None)
    assert [r.id for r in everything.upcoming_reminders][:2] == [s.upcoming, s.later]


def test_a_managers_dashboard_and_the_backup_dates(vault) -> None:
    s = _setup(vault)
    with _admin(vault) as admin:
        with admin.unit_of_work() as uow:
            write_timestamp(uow, LAST_BACKUP_KEY, datetime(2026, 11, 25, 23, 0), by="admin")
            write_timestamp(uow, LAST_DRILL_KEY, datetime(2026, 11, 1, 9, 15), by="admin")
            uow.commit()
        admins = admin.dashboard.overview()  # a manager exists: the admin sees no cases
    assert (admins.my_cases, admins.flagged_cases, admins.open_cases_by_phase) == ((), (), {})
    assert admins.last_backup_at == datetime(2026, 11, 25, 23, 0)
    assert admins.last_drill_at == datetime(2026, 11, 1, 9, 15)

    with _unlock(vault, MAJA) as maja:
        board = maja.dashboard.overview()
    assert board.my_cases == ()
    assert (board.overdue_reminders, board.upcoming_reminders) == ((), ())
    assert dict(board.open_cases_by_phase) == {"inquiry": 2, "pre_assessment": 1}
    assert list(board.open_cases_by_phase) == ["inquiry", "pre_assessment"]
    flagged = {f.case_id: f for f in board.flagged_cases}
    assert set(flagged) == {*s.anna_cases, s.cim_case}
    assert flagged[s.cim_case].flags == frozenset({FlagKind.PROTECTED_IDENTITY})  # removed one
    assert flagged[s.cim_case].reference == s.cim_reference
    assert board.last_backup_at == datetime(2026, 11, 25, 23, 0)


def test_an_empty_vault(vault) -> None:
    with _kalle(vault) as kalle:
        board = kalle.dashboard.overview()
    assert board.my_cases == board.flagged_cases == ()
    assert board.open_cases == 0
    assert board.open_cases_by_phase == {}
