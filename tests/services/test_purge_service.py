"""Purge (gallring) through the real services, on both engines: who is on the purge list,
what a run deletes (every table, row by row) and keeps, the research archive and its
tamper checks, refusals that change nothing, and no trace left in the SQLite file.

Records are made with a controlled clock: in 2019 (and 2021/2022 for people not yet due),
then purged with the clock in June 2026.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from avhopp.crypto.keys import KeyRing
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.network import ContactInput, ContactKind
from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.domain.support import GoalInput, StepInput
from avhopp.errors import DiskFullError, IntegrityError, PermissionDeniedError, ValidationError
from avhopp.services import archive_format
from avhopp.services import vault as vault_service
from avhopp.services.purge_service import PurgeService, archive_file_name
from avhopp.storage.case_models import (
    Assessment,
    Breach,
    Case,
    CaseContact,
    Consent,
    Contact,
    EmergencyAccess,
    Flag,
    JournalNote,
    Person,
    PhaseChangeRow,
    PlanGoal,
    PurgeRun,
    Reminder,
    SupportStep,
    ThreatAssessment,
)

T2019 = datetime(2019, 6, 30, 12, 0)
T2021 = datetime(2021, 9, 1, 12, 0)
T2022 = datetime(2022, 6, 1, 12, 0)
PURGE_DAY = datetime(2026, 6, 1, 9, 30)
LISA = ("lisa", "Lisa Nordlag", "vinter-Kiruna-pannkaka-lykta-58")

A_NOTE = "Samtal med Anna om flytten till Eskilstuna och skulden hos Kronofogden."
B_NOTE = "Bertil berättade om hotet från den gamla gruppen i Råby."
B_CORRECTION = "Rättelse: hotet gällde gruppen i Bäckby, inte Råby."
B_DRAFT = "Utkast som aldrig signerades om Bertils bror."
C_NOTE = "Cecilia vill fortsätta med arbetsträningen."

POLICE = ContactInput(
    kind=ContactKind.PROFESSIONAL,
    name="Göran Kontaktpolis",
    agency="Polisen Västerås",
    phone="070-123 45 67",
)
MENTOR = ContactInput(kind=ContactKind.PRIVATE, name="Mona Mentorsson", relation="mentor")

#: Every table that holds a person's records, and how a row is tied to the person.
RECORD_MODELS = (
    Person,
    Case,
    PhaseChangeRow,
    SupportStep,
    Assessment,
    PlanGoal,
    ThreatAssessment,
    Consent,
    Breach,
    Contact,
    CaseContact,
    JournalNote,
    Reminder,
    Flag,
    EmergencyAccess,
    PurgeRun,
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Scenario:
    clock: Clock
    people: dict[str, str] = field(default_factory=dict)  # letter -> person id
    cases: dict[str, list[str]] = field(default_factory=dict)  # letter -> case ids
    contacts: dict[str, str] = field(default_factory=dict)  # "police"/"mentor" -> contact id


def _unlock(vault, username: str, passphrase: str, clock: Clock) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=username, passphrase=passphrase, clock=clock
    )


def as_worker(vault, clock: Clock) -> vault_service.Vault:
    return _unlock(vault, vault.worker, vault.worker_passphrase, clock)


def as_manager(vault, clock: Clock) -> vault_service.Vault:
    """The first administrator acts as manager while the vault has none (issue 2)."""
    return _unlock(vault, vault.admin, vault.admin_passphrase, clock)


def _register(v, s: Scenario, key: str, first: str, last: str, birth: date, serial: int, inquiry):
    registered = v.people.register_participant(
        PersonInput(
            first,
            last,
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=make_test_number(birth, serial),
        ),
        referral_source="police",
        inquiry_on=inquiry,
    )
    s.people[key] = registered.person.id
    s.cases[key] = [registered.case.id]
    return registered.case.id


def _signed_note(v, case_id: str, day: date, body: str):
    draft = v.journal.save_draft(case_id, note_type="conversation", event_date=day, text=body)
    return v.journal.sign(draft.id)


def _close(v, case_id: str, day: date, reason: str = "ended_by_participant") -> None:
    v.cases.change_phase(case_id, "closed", entered_on=day, closure_reason=reason)


def build(vault) -> Scenario:
    """Candidates on 2026-06-01: A (everything recorded), B (born on the 15th: archived, two
    cases, a correction and a draft), E (closed, no notes), H (due exactly that day).
    Never candidates: C (open case), G (reopened), D (recent note), F (closed recently)."""
    s = Scenario(clock=Clock(T2019))
    with as_manager(vault, s.clock) as v:
        v.users.add_user(
            LISA[0],
            display_name=LISA[1],
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=LISA[2],
            team="syd",
        )
    with as_worker(vault, s.clock) as v:
        a = _register(v, s, "A", "Anna", "Gallring", date(1990, 3, 12), 123, date(2019, 1, 10))
        _signed_note(v, a, date(2019, 2, 1), A_NOTE)
        s.contacts["police"] = v.contacts.add_contact(a, POLICE, role="police_officer").contact.id
        v.flags.set_flag(s.people["A"], kind="threat", reason="Hot från tidigare gäng")
        v.reminders.add_reminder(a, due_on=date(2019, 8, 1), text="Följ upp boendet")
        v.support.add_step(a, StepInput(category="protection", item="safety_plan"))
        v.support.add_assessment(a, assessed_on=date(2019, 2, 1), scores={"housing": 2})
        v.support.add_goal(a, GoalInput(life_domain="housing", goal="Eget kontrakt"))
        v.support.add_threat_assessment(a, level="high", assessed_on=date(2019, 2, 1))
        v.support.add_consent(a, agencies=["police"], written=True, valid_from=date(2019, 2, 1))
        v.support.add_breach(a, occurred_on=date(2019, 2, 15), description="Missade mötet")
        _close(v, a, date(2019, 3, 1))
        v.reminders.refresh_automatic_reminders(a)  # the purge reminder of a closed case

        b = _register(v, s, "B", "Bertil", "Forskning", date(1985, 7, 15), 234, date(2019, 1, 20))
        original = _signed_note(v, b, date(2019, 4, 1), B_NOTE)
        v.journal.correct(original.id, text=B_CORRECTION, reason="Fel område angivet")
        v.journal.save_draft(b, note_type="phone", event_date=date(2019, 3, 1), text=B_DRAFT)
        s.contacts["mentor"] = v.contacts.add_contact(b, MENTOR, role="mentor").contact.id
        v.support.add_goal(b, GoalInput(life_domain="occupation", goal="Arbetsträning"))
        _close(v, b, date(2019, 4, 10))
        b2 = v.cases.open_case(s.people["B"], referral_source="self", inquiry_on=date(2019, 5, 1))
        s.cases["B"].append(b2.id)
        _close(v, b2.id, date(2019, 5, 20), reason="not_eligible")

        c = _register(v, s, "C", "Cecilia", "Öppen", date(1995, 11, 3), 345, date(2019, 2, 1))
        _signed_note(v, c, date(2019, 2, 5), C_NOTE)
        v.contacts.link_contact(s.contacts["mentor"], case_id=c, role="mentor")

        e = _register(v, s, "E", "Erik", "Utannoter", date(1970, 1, 24), 456, date(2019, 4, 1))
        _close(v, e, date(2019, 5, 1), reason="not_eligible")

        g = _register(v, s, "G", "Greta", "Återöppnad", date(1988, 2, 5), 567, date(2019, 1, 5))
        _close(v, g, date(2019, 2, 1))
        v.cases.reopen(g, entered_on=date(2019, 3, 1))

        s.clock.now = T2021
        f = _register(v, s, "F", "Fia", "Nyare", date(1999, 9, 9), 678, date(2021, 6, 1))
        _close(v, f, date(2021, 8, 1), reason="not_eligible")
        h = _register(v, s, "H", "Hugo", "Exakt", date(1992, 12, 1), 789, date(2021, 5, 1))
        _signed_note(v, h, date(2021, 6, 1), "Sista samtalet med Hugo.")
        _close(v, h, date(2021, 6, 15))

        s.clock.now = T2022
        d = _register(v, s, "D", "David", "Nyligen", date(1980, 5, 6), 890, date(2019, 3, 1))
        _signed_note(v, d, date(2022, 5, 1), "Uppföljning med David.")
        _close(v, d, date(2022, 5, 15))
    s.clock.now = T2022
    with _unlock(vault, LISA[0], LISA[2], s.clock) as v:  # emergency grants: A's and C's case
        v.cases.request_emergency_access(a, reason="Akut hot, ansvarig handläggare nås inte")
        v.cases.request_emergency_access(c, reason="Akut hot, ansvarig handläggare nås inte")
    s.clock.now = PURGE_DAY
    return s


def ids_by_table(v) -> dict[str, set[str]]:
    with v.unit_of_work() as uow:
        return {
            m.__tablename__: set(uow.session.execute(select(m.id)).scalars()) for m in RECORD_MODELS
        }


def snapshot(v) -> tuple[dict[str, set[str]], int]:
    with v.unit_of_work() as uow:
        head = uow.audit.head()[0]
    return ids_by_table(v), head


def rows_of(v, people: set[str]) -> dict[str, set[str]]:
    """The ids of every row that belongs to ``people`` (what a purge of them must delete)."""
    with v.unit_of_work() as uow:
        q = uow.session.execute
        cases = set(q(select(Case.id).where(Case.person_id.in_(people))).scalars())
        rows: dict[str, set[str]] = {
            "people": set(people),
            "cases": cases,
            "reminders": set(
                q(
                    select(Reminder.id).where(
                        Reminder.case_id.in_(cases) | Reminder.person_id.in_(people)
                    )
                ).scalars()
            ),
            "flags": set(q(select(Flag.id).where(Flag.person_id.in_(people))).scalars()),
        }
        for model in (
            PhaseChangeRow,
            SupportStep,
            Assessment,
            PlanGoal,
            ThreatAssessment,
            Consent,
            Breach,
            CaseContact,
            JournalNote,
            EmergencyAccess,
        ):
            rows[model.__tablename__] = set(
                q(select(model.id).where(model.case_id.in_(cases))).scalars()
            )
        theirs = set(q(select(CaseContact.contact_id).where(CaseContact.case_id.in_(cases))))
        others = set(q(select(CaseContact.contact_id).where(CaseContact.case_id.not_in(cases))))
        rows["contacts"] = {row[0] for row in theirs - others}
        return rows


def audit_details(v, action: str) -> list[dict]:
    with v.unit_of_work() as uow:
        return [
            dict(uow.audit.decode(row).details or {})
            for row in uow.audit.iter_rows()
            if row.action == action
        ]


# --------------------------------------------------------------------------- the list and a run


def test_purge_list_and_run(vault, tmp_path):
    s = build(vault)
    folder = tmp_path / "arkiv"
    folder.mkdir()
    p = s.people

    with as_worker(vault, s.clock) as v:  # case workers neither list nor purge
        with pytest.raises(PermissionDeniedError):
            PurgeService(v).purge_list()
        with pytest.raises(PermissionDeniedError):
            PurgeService(v).run_purge([p["A"]], archive_folder=folder)

    with as_manager(vault, s.clock) as v:
        service = PurgeService(v)
        listed = {c.person_id: c for c in service.purge_list()}
        assert set(listed) == {p["A"], p["B"], p["E"], p["H"]}
        a, b, e, h = (listed[p[k]] for k in "ABEH")
        assert (a.full_name, a.birth_date, a.archive) == ("Anna Gallring", date(1990, 3, 12), False)
        assert (a.last_activity, a.due_from, a.deadline) == (
            date(2019, 2, 1),
            date(2024, 2, 1),
            date(2025, 12, 31),
        )
        assert a.overdue
        assert a.case_references == ("AVH-2019-0001",)
        assert (b.full_name, b.archive, b.last_activity) == (
            "Bertil Forskning",
            True,
            date(2019, 4, 1),
        )
        assert set(b.case_ids) == set(s.cases["B"])
        assert len(b.case_references) == 2
        assert (e.last_activity, e.due_from, e.archive) == (
            date(2019, 5, 1),
            date(2024, 5, 1),
            False,
        )
        assert (h.due_from, h.deadline, h.overdue) == (date(2026, 6, 1), date(2027, 12, 31), False)
        # An earlier day: only A was due then.
        assert [c.person_id for c in service.purge_list(today=date(2024, 3, 1))] == [p["A"]]

        # Ids that are not candidates now: refused, naming them, and nothing changes.
        before = snapshot(v)
        with pytest.raises(ValidationError) as refused:
            service.run_purge([p["A"], p["C"], "no-such-person"], archive_folder=folder)
        assert refused.value.field == "person_ids"
        assert p["C"] in refused.value.message
        assert "no-such-person" in refused.value.message
        assert p["A"] not in refused.value.message
        assert snapshot(v) == before
        assert list(folder.iterdir()) == []

        expected = rows_of(v, {p["A"], p["B"]})
        # Every kind of record is covered by the scenario; the shared mentor is not A's or B's.
        assert all(expected[m.__tablename__] for m in RECORD_MODELS if m is not PurgeRun)
        assert expected["contacts"] == {s.contacts["police"]}
        before_ids = ids_by_table(v)

        result = service.run_purge([p["A"], p["B"]], archive_folder=folder)

        after_ids = ids_by_table(v)
        for table, ids in before_ids.items():
            if table == "purge_runs":
                continue
            assert after_ids[table] == ids - expected[table], table
            assert result.rows_deleted.get(table, 0) == len(expected[table]), table
        assert (result.people_deleted, result.people_archived) == (2, 1)
        assert (result.cases_deleted, result.contacts_deleted) == (3, 1)
        assert s.contacts["mentor"] in after_ids["contacts"]  # still linked to C's case
        assert result.compacted is (vault.kind == "sqlite")
        assert result.warnings == ()

        # The purge log: counts and dates only.
        assert len(after_ids["purge_runs"]) == 1
        with v.unit_of_work() as uow:
            run = uow.session.execute(select(PurgeRun)).scalar_one()
            assert (run.id, run.approved_by, run.people_deleted, run.people_archived) == (
                result.run_id,
                vault.admin,
                2,
                1,
            )
            assert (run.cutoff, run.run_at, run.approved_at) == (
                PURGE_DAY.date(),
                PURGE_DAY,
                PURGE_DAY,
            )
            raw = uow.session.execute(text("select count(*) from people")).scalar_one()
            assert raw == 6  # 8 registered, minus A and B (a raw select)
        runs = audit_details(v, "purge.run")
        assert len(runs) == 1
        assert {k: runs[0][k] for k in runs[0] if k != "unit"} == {
            "people_deleted": 2,
            "people_archived": 1,
            "cases_deleted": 3,
            "contacts_deleted": 1,
        }
        assert [{k: d[k] for k in d if k != "unit"} for d in audit_details(v, "purge.list")] == [
            {"candidates": 4, "to_archive": 1},
            {"candidates": 1, "to_archive": 0},
        ]

        # The archive: B's file only, opened by the codec and by the service (audited).
        assert result.archive_files == (folder / archive_file_name(p["B"], PURGE_DAY.date()),)
        archive = result.archive_files[0]
        assert [f.name for f in folder.iterdir()] == [archive.name]  # no temp files left
        document = archive_format.read_archive(archive, v.keys)
        assert document == service.read_archive(archive)
        assert audit_details(v, "purge.read-archive")
        assert document["person"]["id"] == p["B"]
        _check_archive(document, s)

        # Tampering with any byte is refused.
        for position in (0, 9, 25, len(archive.read_bytes()) // 2, -1):
            copy = tmp_path / f"tampered{position}.avharch"
            data = bytearray(archive.read_bytes())
            data[position] ^= 0x01
            copy.write_bytes(bytes(data))
            with pytest.raises(IntegrityError):
                archive_format.read_archive(copy, v.keys)
            with pytest.raises(IntegrityError):
                service.read_archive(copy)

        # The rest of the list is still there; the log is intact.
        assert {c.person_id for c in service.purge_list()} == {p["E"], p["H"]}
        v.audit.verify()

    if vault.kind == "sqlite":
        _check_no_trace(vault)


def _check_archive(document: dict, s: Scenario) -> None:
    assert document["format"] == "avhopp-archive"
    assert document["version"] == 1
    assert document["cutoff"] == "2026-06-01"
    assert document["last_activity"] == "2019-04-01"
    person = document["person"]["content"]
    assert (person["first_name"], person["last_name"]) == ("Bertil", "Forskning")
    assert person["identity_number"] == make_test_number(date(1985, 7, 15), 234)
    assert "identity_bi" not in document["person"]
    assert [c["id"] for c in document["cases"]] == s.cases["B"]
    first, second = document["cases"]
    assert [h["phase"] for h in first["phase_history"]] == ["inquiry", "closed"]
    assert first["reference"].startswith("AVH-2019-")
    notes = [n["content"]["text"] for n in first["journal_notes"]]
    assert notes == [B_NOTE, B_CORRECTION]  # signed notes only: the draft is not archived
    assert first["journal_notes"][1]["corrects_id"] == first["journal_notes"][0]["id"]
    assert first["journal_notes"][1]["content"]["correction_reason"] == "Fel område angivet"
    assert [g["content"]["goal"] for g in first["plan_goals"]] == ["Arbetsträning"]
    assert [c["contact"]["content"]["name"] for c in first["contacts"]] == [MENTOR.name]
    assert second["closure_reason"] == "not_eligible"
    assert document["staff"]  # who wrote the notes, by name
    assert B_DRAFT not in json.dumps(document, ensure_ascii=False)


def _check_no_trace(vault) -> None:
    """After the VACUUM and checkpoint: no purged value in the file or its WAL (SQLCipher
    encrypts pages anyway), no free pages left holding old content, an empty WAL."""
    path = vault.path
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in ("Gallring", "Bertil", "Forskning", A_NOTE, B_NOTE, POLICE.name):
        assert secret.encode("utf-8") not in data
    assert not wal.exists() or wal.stat().st_size == 0
    with (
        vault_service.unlock(
            vault.location, username=vault.admin, passphrase=vault.admin_passphrase
        ) as v,
        v.unit_of_work() as uow,
    ):
        assert uow.session.execute(text("PRAGMA freelist_count")).scalar_one() == 0
        names = [
            uow.payloads.open("people", pid, ct)["last_name"]
            for pid, ct in uow.session.execute(select(Person.id, Person.payload_ct))
        ]
        assert "Gallring" not in names
        assert "Forskning" not in names


# --------------------------------------------------------------------------- refusals


def _small(vault, clock: Clock) -> dict[str, str]:
    """Two research-kept people (born on the 5th and the 25th) and one other, all due."""
    ids = {}
    with as_worker(vault, clock) as v:
        for key, first, birth in (
            ("X", "Xena", date(1991, 4, 5)),
            ("Y", "Yngve", date(1992, 4, 25)),
            ("Z", "Zlatan", date(1993, 4, 26)),
        ):
            case = v.people.register_participant(
                PersonInput(first, "Testsson", birth_date=birth),
                referral_source="police",
                inquiry_on=date(2019, 1, 10),
            ).case
            ids[key] = case.person_id
            ids[key + "_case"] = case.id
            _signed_note(v, case.id, date(2019, 2, 1), f"Anteckning om {first}.")
            _close(v, case.id, date(2019, 3, 1))
    return ids


def test_an_archive_that_cannot_be_written_deletes_nothing(vault, tmp_path, monkeypatch):
    clock = Clock(T2019)
    ids = _small(vault, clock)
    clock.now = PURGE_DAY
    folder = tmp_path / "arkiv"
    folder.mkdir()
    everyone = [ids["X"], ids["Y"], ids["Z"]]
    with as_manager(vault, clock) as v:
        service = PurgeService(v)
        before = snapshot(v)

        # The disk fills up at Y's file: X's file was written and is removed again.
        real_write = archive_format.write_archive
        calls: list[str] = []

        def write_then_fail(path, document, keys):
            calls.append(path.name)
            if len(calls) == 2:
                raise DiskFullError()
            real_write(path, document, keys)

        monkeypatch.setattr(archive_format, "write_archive", write_then_fail)
        with pytest.raises(DiskFullError):
            service.run_purge(everyone, archive_folder=folder)
        monkeypatch.undo()
        assert calls == [archive_file_name(ids[k], PURGE_DAY.date()) for k in "XY"]
        assert snapshot(v) == before
        assert list(folder.iterdir()) == []

        # A real write failure (the name is taken by a folder) and an existing file.
        blocker = folder / archive_file_name(ids["Y"], PURGE_DAY.date())
        blocker.mkdir()
        with pytest.raises(ValidationError) as taken:
            service.run_purge(everyone, archive_folder=folder)
        assert taken.value.field == "archive_folder"
        assert blocker.name in taken.value.message
        blocker.rmdir()
        with pytest.raises(ValidationError) as missing:
            service.run_purge([ids["X"]], archive_folder=tmp_path / "saknas")
        assert missing.value.field == "archive_folder"
        with pytest.raises(ValidationError):
            service.run_purge([], archive_folder=folder)
        assert snapshot(v) == before

        result = service.run_purge(everyone, archive_folder=folder)
        assert (result.people_deleted, result.people_archived) == (3, 2)
        assert sorted(f.name for f in folder.iterdir()) == sorted(
            archive_file_name(ids[k], PURGE_DAY.date()) for k in "XY"
        )
        assert [archive_format.read_archive(f, v.keys)["person"]["id"] for f in folder.iterdir()]


def test_records_that_changed_since_the_list_are_refused(vault, tmp_path):
    clock = Clock(T2019)
    ids = _small(vault, clock)
    clock.now = PURGE_DAY
    with as_manager(vault, clock) as v:
        shown = PurgeService(v).purge_list()
    assert {c.person_id for c in shown} == {ids["X"], ids["Y"], ids["Z"]}
    with as_worker(vault, clock) as v:  # a later note: Z is still due, on other grounds
        _signed_note(v, ids["Z_case"], date(2020, 1, 10), "En sen anteckning.")
        _signed_note(v, ids["X_case"], date(2026, 5, 1), "Deltagaren hörde av sig igen.")
    with as_manager(vault, clock) as v:
        service = PurgeService(v)
        before = snapshot(v)
        with pytest.raises(ValidationError) as changed:
            service.run_purge([ids["Z"]], archive_folder=tmp_path, expected_candidates=shown)
        assert ids["Z"] in changed.value.message
        with pytest.raises(ValidationError) as gone:  # no longer due at all
            service.run_purge([ids["X"]], archive_folder=tmp_path, expected_candidates=shown)
        assert ids["X"] in gone.value.message
        assert snapshot(v) == before
        result = service.run_purge(
            [ids["Y"]], archive_folder=tmp_path, expected_candidates=service.purge_list()
        )
        assert result.people_deleted == 1


# --------------------------------------------------------------------------- the archive format


def test_archive_files_open_after_a_rekey(vault, tmp_path):
    path = tmp_path / "gammal.avharch"
    with as_manager(vault, Clock(PURGE_DAY)) as v:
        archive_format.write_archive(
            path, {"person": {"id": "p1"}, "day": date(2026, 1, 2)}, v.keys
        )
        v.key_management.rekey()
        assert PurgeService(v).read_archive(path) == {"person": {"id": "p1"}, "day": "2026-01-02"}
    with as_manager(vault, Clock(PURGE_DAY)) as v:  # a new session: the old key is retired
        assert PurgeService(v).read_archive(path)["person"] == {"id": "p1"}
        with pytest.raises(IntegrityError):
            archive_format.read_archive(path, v.keys)  # the current key alone does not open it
    with as_worker(vault, Clock(PURGE_DAY)) as v, pytest.raises(PermissionDeniedError):
        PurgeService(v).read_archive(path)


def _ring(vault_id: str = "vault-1", byte: int = 7) -> KeyRing:
    return KeyRing(vault_id=vault_id, vault_key=bytes([byte]) * 32)


def test_archive_format_round_trip_and_tampering(tmp_path):
    keys = _ring()
    document = {"person": {"name": "Åsa Östlund"}, "on": date(2019, 1, 2), "n": [1, 2]}
    path = tmp_path / "a.avharch"
    archive_format.write_archive(path, document, keys)
    data = path.read_bytes()
    assert data.startswith(b"AVHARCH1")
    assert len(data) == 8 + 12 + len(archive_format.encode_archive(document, keys)) - 20
    assert "Östlund".encode() not in data
    assert archive_format.read_archive(path, keys) == {
        "person": {"name": "Åsa Östlund"},
        "on": "2019-01-02",
        "n": [1, 2],
    }
    assert path.stat().st_mode & 0o777 == 0o600
    for position in range(len(data)):
        tampered = bytearray(data)
        tampered[position] ^= 0x80
        with pytest.raises(IntegrityError):
            archive_format.decode_archive(bytes(tampered), keys)
    for bad in (data[:-1], data[:20], b"", b"AVHARCH2" + data[8:], data + b"\0"):
        with pytest.raises(IntegrityError):
            archive_format.decode_archive(bad, keys)
    with pytest.raises(IntegrityError):  # another vault's key
        archive_format.decode_archive(data, _ring(byte=8))
    with pytest.raises(IntegrityError):  # same key, another vault id (the AAD)
        archive_format.decode_archive(data, _ring(vault_id="vault-2"))
    # Several rings (current and retired): the right one opens it.
    assert archive_format.decode_archive(data, [_ring(byte=8), keys])["n"] == [1, 2]
    with pytest.raises(ValidationError):
        archive_format.read_archive(tmp_path / "missing.avharch", keys)


def test_archive_key_is_hkdf_of_the_backup_key():
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    keys = _ring()
    expected = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"avhopp/v1/archive"
    ).derive(keys.backup_key)
    assert archive_format.archive_key(keys) == expected
    data = archive_format.encode_archive({"a": 1}, keys)
    # The documented envelope, decrypted independently of the module.
    plain = AESGCM(expected).decrypt(data[8:20], data[20:], b"AVHARCH1" + b"vault-1")
    assert json.loads(plain) == {"a": 1}
