"""The participant list reads each person's small list row (``person_lists``): the rows stay in
step with the records through every writer, are filled when missing (vaults from before
revision 0004, bulk imports, cases added later), survive a rekey, and are bound to their row
like every payload. On both engines."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update

from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import PersonInput, ProtectionLevel
from avhopp.domain.roles import Role
from avhopp.errors import IntegrityError
from avhopp.services import vault as vault_service
from avhopp.services.purge_service import PurgeService
from avhopp.services.record_views import ParticipantSummary
from avhopp.storage import reencrypt
from avhopp.storage.case_models import PersonList

LISA = ("lisa", "Lisa Nordlag", "vinter-Kiruna-pannkaka-lykta-58")
FIXTURES = Path(__file__).parent.parent / "fixtures" / "vault-0001"
GOLDEN_PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"


def _worker(vault, **kwargs) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, **kwargs
    )


def _manager(vault, **kwargs) -> vault_service.Vault:
    """The first administrator acts as manager while the vault has none."""
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, **kwargs
    )


def _anna(**changes: object) -> PersonInput:
    person = PersonInput(
        first_name="Anna",
        last_name="Listersson",
        identity_kind=IdentityKind.PERSONNUMMER,
        identity_number=make_test_number(date(1996, 3, 12), 124),
    )
    return replace(person, **changes)  # type: ignore[arg-type]


def _by_case(rows: list[ParticipantSummary]) -> dict[str, ParticipantSummary]:
    return {row.case_id: row for row in rows}


def _list_rows(v: vault_service.Vault) -> dict[str, bytes]:
    with v.unit_of_work() as uow:
        return dict(uow.session.execute(select(PersonList.person_id, PersonList.payload_ct)).all())


def _forget_lists(v: vault_service.Vault) -> None:
    """The state of a vault upgraded from before revision 0004 (or after a bulk import)."""
    with v.unit_of_work() as uow:
        uow.session.execute(delete(PersonList))
        uow.commit()


def test_the_list_follows_registration_updates_and_new_cases(vault) -> None:
    with _worker(vault) as v:
        anna = v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        (row,) = v.people.list_participants()
        assert row == ParticipantSummary(
            person_id=anna.person.id,
            full_name="Anna Listersson",
            identity_number=anna.person.identity_number,
            birth_year=1996,
            case_id=anna.case.id,
            reference=anna.case.reference,
            phase="inquiry",
            responsible_user_id=v.actor.user_id,
            protected=False,
        )
        assert set(_list_rows(v)) == {anna.person.id}  # written with the record

        view, _ = v.people.update_person(
            anna.person.id,
            _anna(last_name="Omdöpt", protection=ProtectionLevel.CONFIDENTIALITY_MARKING),
            expected_version=anna.person.version,
        )
        second = v.cases.open_case(
            anna.person.id, referral_source="self", inquiry_on=date(2026, 3, 1)
        )
        v.cases.change_phase(anna.case.id, "pre_assessment", entered_on=date(2026, 1, 20))
        rows = _by_case(v.people.list_participants())
        assert set(rows) == {anna.case.id, second.id}
        assert {r.full_name for r in rows.values()} == {"Anna Omdöpt"}
        assert all(r.protected for r in rows.values())
        assert rows[second.id].reference == second.reference  # filled from the case
        assert rows[anna.case.id].phase == "pre_assessment"  # plain column, always current
        stored = _list_rows(v)[anna.person.id]
        # The filled reference is kept: the next list reads the same row, unchanged.
        assert _by_case(v.people.list_participants()) == rows
        assert _list_rows(v)[anna.person.id] == stored
        # An update keeps the references the row already holds.
        v.people.update_person(anna.person.id, _anna(), expected_version=view.version)
        assert _list_rows(v)[anna.person.id] != stored
        rows = _by_case(v.people.list_participants())
        assert {(r.full_name, r.protected, r.reference) for r in rows.values()} == {
            ("Anna Listersson", False, anna.case.reference),
            ("Anna Listersson", False, second.reference),
        }


def test_missing_rows_are_filled_once_from_the_records(vault) -> None:
    """A vault from before revision 0004 has no list rows: the first list reads the records,
    fills the rows, and lists exactly what it listed before."""
    with _worker(vault) as v:
        anna = v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        bo = v.people.register_participant(
            PersonInput(first_name="Bo", last_name="Utannummer", birth_date=date(2001, 5, 2)),
            referral_source="self",
            inquiry_on=date(2026, 2, 1),
        )
        before = _by_case(v.people.list_participants())
        _forget_lists(v)
        assert _by_case(v.people.list_participants()) == before
        filled = _list_rows(v)
        assert set(filled) == {anna.person.id, bo.person.id}
        assert before[bo.case.id].identity_number == ""
        assert before[bo.case.id].birth_year == 2001
        assert _by_case(v.people.list_participants()) == before
        assert _list_rows(v) == filled  # nothing left to fill


def test_a_case_worker_fills_only_what_they_see(vault) -> None:
    with _manager(vault) as v:
        v.users.add_user(
            LISA[0],
            display_name=LISA[1],
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=LISA[2],
            team="syd",
        )
    with _worker(vault) as v:
        anna = v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        _forget_lists(v)
    with vault_service.unlock(vault.location, username=LISA[0], passphrase=LISA[2]) as v:
        assert v.people.list_participants() == []
        assert _list_rows(v) == {}  # nothing she may not see was read or written
        v.cases.request_emergency_access(anna.case.id, reason="Akut hot, ansvarig nås inte")
        (row,) = v.people.list_participants()
        assert (row.case_id, row.full_name) == (anna.case.id, "Anna Listersson")
        assert set(_list_rows(v)) == {anna.person.id}


def test_a_merge_lists_the_moved_cases_under_the_kept_record(vault) -> None:
    number = make_test_number(date(1998, 4, 9), 237)
    with _worker(vault) as v:
        first = v.people.register_participant(
            _anna(identity_number=number), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        second = v.people.register_participant(
            _anna(identity_number=number, first_name="Ana"),
            referral_source="self",
            inquiry_on=date(2026, 2, 1),
        )
    with _manager(vault) as v:
        v.people.list_participants()
        assert set(_list_rows(v)) == {first.person.id, second.person.id}
        v.people.merge(first.person.id, second.person.id, reason="Samma person, dubblett")
        assert set(_list_rows(v)) == {first.person.id}  # the merged row went with its record
        rows = _by_case(v.people.list_participants())
    assert {case_id: (r.person_id, r.full_name, r.reference) for case_id, r in rows.items()} == {
        first.case.id: (first.person.id, "Anna Listersson", first.case.reference),
        second.case.id: (first.person.id, "Anna Listersson", second.case.reference),
    }


def test_a_purge_takes_the_list_row_with_the_record(vault, tmp_path) -> None:
    clock = [datetime(2019, 6, 30, 12, 0)]
    with _worker(vault, clock=lambda: clock[0]) as v:
        erik = v.people.register_participant(
            PersonInput(
                "Erik",
                "Gallrad",
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=make_test_number(date(1970, 1, 24), 456),
            ),
            referral_source="police",
            inquiry_on=date(2019, 4, 1),
        )
        v.cases.change_phase(
            erik.case.id, "closed", entered_on=date(2019, 5, 1), closure_reason="not_eligible"
        )
    clock[0] = datetime(2026, 6, 1, 9, 30)
    with _manager(vault, clock=lambda: clock[0]) as v:
        assert set(_list_rows(v)) == {erik.person.id}
        service = PurgeService(v)
        assert [c.person_id for c in service.purge_list()] == [erik.person.id]
        service.run_purge([erik.person.id], archive_folder=tmp_path)
        assert _list_rows(v) == {}
        assert v.people.list_participants() == []


def test_list_rows_are_re_encrypted_by_rekey(vault) -> None:
    assert ("person_lists", "payload_ct") in {
        (table.model.__tablename__, attr)
        for table in reencrypt.registry()
        for attr in table.columns
    }
    with _worker(vault) as v:
        v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
    with _manager(vault) as v:
        before = v.people.list_participants()
        old = _list_rows(v)
        v.key_management.rekey()
        assert v.people.list_participants() == before
        new = _list_rows(v)
        assert set(new) == set(old)
        assert all(new[pid][1:9] != old[pid][1:9] for pid in new)  # another key id
    with _manager(vault) as v:  # and after unlocking again under the new key
        assert v.people.list_participants() == before


def test_a_list_row_moved_to_another_person_is_refused(vault) -> None:
    with _worker(vault) as v:
        anna = v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        bo = v.people.register_participant(
            PersonInput(first_name="Bo", last_name="Annan"),
            referral_source="self",
            inquiry_on=date(2026, 2, 1),
        )
        rows = _list_rows(v)
        with v.unit_of_work() as uow:  # what someone with write access to the database could do
            uow.session.execute(
                update(PersonList)
                .where(PersonList.person_id == bo.person.id)
                .values(payload_ct=rows[anna.person.id])
            )
            uow.commit()
        with pytest.raises(IntegrityError):
            v.people.list_participants()


def test_a_vault_from_the_first_release_lists_after_the_upgrade(tmp_path) -> None:
    """The golden vault (revision 0001) migrates through 0004; its list is empty and then
    follows new registrations."""
    for name in ("vault.avhopp", "vault.avhopp.keys"):
        shutil.copy2(FIXTURES / name, tmp_path / name)
    location = str(tmp_path / "vault.avhopp")
    with vault_service.unlock(location, username="admin", passphrase=GOLDEN_PASSPHRASE) as v:
        with v.unit_of_work() as uow:
            tables = {
                name
                for (name,) in uow.session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'table'")
                )
            }
            assert "person_lists" in tables
            assert uow.session.execute(select(func.count()).select_from(PersonList)).scalar() == 0
        assert v.people.list_participants() == []
        anna = v.people.register_participant(
            _anna(), referral_source="police", inquiry_on=date(2026, 1, 10)
        )
        (row,) = v.people.list_participants()
        assert (row.person_id, row.full_name, row.reference) == (
            anna.person.id,
            "Anna Listersson",
            anna.case.reference,
        )
