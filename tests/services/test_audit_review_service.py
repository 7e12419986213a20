"""The log review through the service, on both engines: filters (a person's entries include
their cases'), random spot checks, "granskad" marks in an append-only encrypted table, a
participant's access log and its CSV extract, who may do what, and rekey."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text, update

from avhopp.domain.clock import utc_now
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.network import FlagKind
from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.domain.settings import UnitSettings
from avhopp.errors import (
    IntegrityError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from avhopp.services import vault as vault_service
from avhopp.services.audit_review_service import EXTRACT_COLUMNS, AuditEntryView
from avhopp.storage import reencrypt
from avhopp.storage.models import AuditReview, Base

TODAY = utc_now().date()
FIRST, LAST = "Märta", "Hemligsdotter"
NUMBER = make_test_number(date(1995, 4, 12), 235)
REASON = "Hotbild mot deltagaren, jouren behöver läsa ärendet"
REMARK = "Stickprov november: läsningen var i tjänsten"

MAJA = ("maja", "Maja Chef", "solros-kaffekopp-Gävle-tuba-31", frozenset({Role.MANAGER}))
LISA = ("lisa", "Lisa Granskare", "vinter-Kiruna-pannkaka-lykta-58", frozenset({Role.LOG_REVIEWER}))
OLLE = ("olle", "Olle Jour", "granris-ekorre-Malmö-trumpet-77", frozenset({Role.CASE_WORKER}))


@dataclass
class Scenario:
    person: str  # Märta: two cases, a reminder, a flag
    cases: tuple[str, str]
    references: tuple[str, str]
    reminder: str
    other_person: str
    other_case: str


def _unlock(vault, user: tuple[str, str, str, frozenset[Role]]) -> vault_service.Vault:
    return vault_service.unlock(vault.location, username=user[0], passphrase=user[2])


def _admin(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _kalle(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )


def _setup(vault, *users: tuple[str, str, str, frozenset[Role]]) -> Scenario:
    with _admin(vault) as admin:
        for name, display, passphrase, roles in users:
            admin.users.add_user(name, display_name=display, roles=roles, passphrase=passphrase)
    with _kalle(vault) as kalle:
        first = kalle.people.register_participant(
            PersonInput(
                FIRST,
                LAST,
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=NUMBER,
            ),
            referral_source="police",
            inquiry_on=TODAY - timedelta(days=20),
        )
        second = kalle.cases.open_case(
            first.person.id, referral_source="self", inquiry_on=TODAY - timedelta(days=2)
        )
        kalle.cases.get_case(first.case.id)
        reminder = kalle.reminders.add_reminder(
            second.id, due_on=TODAY + timedelta(days=3), text="Ring Märta om boendet"
        )
        kalle.flags.set_flag(first.person.id, kind=FlagKind.THREAT, reason="Hot från gänget")
        other = kalle.people.register_participant(
            PersonInput("Bo", "Annansson"), referral_source="self", inquiry_on=TODAY
        )
        kalle.cases.get_case(other.case.id)
    return Scenario(
        person=first.person.id,
        cases=(first.case.id, second.id),
        references=(first.case.reference, second.reference),
        reminder=reminder.id,
        other_person=other.person.id,
        other_case=other.case.id,
    )


def _targets(views: list[AuditEntryView]) -> set[tuple[str | None, str | None]]:
    return {(v.target_type, v.target_id) for v in views}


def _last(v, action: str) -> tuple[str | None, str | None, dict[str, object]]:
    with v.unit_of_work() as uow:
        rows = [r for r in uow.audit.iter_rows() if r.action == action]
        entry = uow.audit.decode(rows[-1])
        details = {k: v for k, v in (entry.details or {}).items() if k != "unit"}
        return entry.target_type, entry.target_id, details


def _head(v) -> int:
    with v.unit_of_work() as uow:
        return uow.audit.head()[0]


def _review_rows(v) -> list[tuple[str, int, bytes]]:
    with v.engine.connect() as connection:
        return [
            (r.id, r.audit_seq, bytes(r.remark_ct))
            for r in connection.execute(select(AuditReview).order_by(AuditReview.id))
        ]


# --------------------------------------------------------------------------- reading


def test_entries_are_filtered_and_the_reading_is_logged(vault) -> None:
    s = _setup(vault, MAJA)
    with _unlock(vault, MAJA) as maja:
        everything = maja.audit_review.entries(limit=5000)
        seqs = [e.seq for e in everything]
        assert seqs == sorted(seqs, reverse=True)  # newest first
        assert _last(maja, "audit.read")[2] == {"count": len(everything)}

        # A person's entries: the person, both cases, the reminder; not the other person.
        mine = maja.audit_review.entries(person_id=s.person)
        targets = _targets(mine)
        assert ("person", s.person) in targets
        assert {("case", s.cases[0]), ("case", s.cases[1])} <= targets
        assert ("reminder", s.reminder) in targets
        assert targets <= {("person", s.person), ("case", s.cases[0]), ("case", s.cases[1])} | {
            ("reminder", s.reminder)
        }
        assert {"case.create", "case.read", "reminder.add", "flag.set"} <= {e.action for e in mine}
        # The read itself is on the person (their own access log shows it).
        assert _last(maja, "audit.read") == ("person", s.person, {"count": len(mine)})

        one_case = maja.audit_review.entries(case_id=s.cases[1])
        assert _targets(one_case) == {("case", s.cases[1]), ("reminder", s.reminder)}
        both = maja.audit_review.entries(person_id=s.person, case_id=s.cases[0])
        assert _targets(both) == {("case", s.cases[0])}
        assert maja.audit_review.entries(person_id=s.other_person, case_id=s.cases[0]) == []

        reads = maja.audit_review.entries(username="KALLE ", action="case.read")
        assert {(e.username, e.action) for e in reads} == {("kalle", "case.read")}
        assert _targets(reads) == {("case", s.cases[0]), ("case", s.other_case)}

        assert len(maja.audit_review.entries(start=TODAY, end=TODAY, limit=5000)) > 10
        assert maja.audit_review.entries(end=TODAY - timedelta(days=1)) == []
        assert maja.audit_review.entries(start=TODAY + timedelta(days=1)) == []
        _, _, details = _last(maja, "audit.read")
        assert details == {"from": (TODAY + timedelta(days=1)).isoformat(), "count": 0}

        # Pages.
        page = maja.audit_review.entries(limit=3, offset=2)
        current = maja.audit_review.entries(limit=5000)
        assert [e.seq for e in page] == [e.seq for e in current[3:6]]  # one more read since

        # Details: ids and codes; no name, no identity number, no unit name.
        for entry in current:
            shown = repr(entry.details)
            for secret in (FIRST, LAST, NUMBER, NUMBER[2:], "Västerås"):
                assert secret not in shown, (entry.action, shown)
            assert "unit" not in entry.details
        assert all(not e.reviewed and e.review_remark is None for e in current)


def test_actions_are_the_filter_choices(vault) -> None:
    s = _setup(vault)
    with _admin(vault) as admin:  # the first administrator acts as manager
        head = _head(admin)
        everything = admin.audit_review.actions()
        assert everything == sorted(everything)
        assert {"login", "user.add", "case.create", "flag.set"} <= set(everything)
        assert admin.audit_review.actions(person_id=s.other_person) == [
            "case.create",
            "case.read",
            "person.create",
        ]
        assert "user.add" not in admin.audit_review.actions(username="kalle")
        assert admin.audit_review.actions(start=TODAY + timedelta(days=1)) == []
        assert _head(admin) == head  # not audited: only action codes
        with pytest.raises(ValidationError) as caught:
            admin.audit_review.actions(start=TODAY, end=TODAY - timedelta(days=1))
        assert caught.value.field == "end"


def test_bad_filters_are_refused(vault) -> None:
    with _admin(vault) as admin:
        head = _head(admin)
        for kwargs, field in (
            ({"start": TODAY, "end": TODAY - timedelta(days=1)}, "end"),
            ({"limit": 0}, "limit"),
            ({"limit": 5001}, "limit"),
            ({"offset": -1}, "offset"),
        ):
            with pytest.raises(ValidationError) as caught:
                admin.audit_review.entries(**kwargs)  # type: ignore[arg-type]
            assert caught.value.field == field
        assert _head(admin) == head


def test_who_may_read_the_log(vault) -> None:
    s = _setup(vault, MAJA, LISA)
    with _unlock(vault, LISA) as lisa:  # the log reviewer reads, samples, reviews
        assert lisa.audit_review.entries(person_id=s.person)
        assert lisa.audit_review.actions()
        assert lisa.audit_review.sample(size=2, start=TODAY, end=TODAY)
        assert lisa.audit_review.mark_reviewed([1]) == 1
    # A case worker, and an administrator once a real manager exists, may not.
    for v in (_kalle(vault), _admin(vault)):
        with v:
            head = _head(v)
            for call in (
                lambda v=v: v.audit_review.entries(),
                lambda v=v: v.audit_review.actions(),
                lambda v=v: v.audit_review.sample(size=1, start=TODAY, end=TODAY),
                lambda v=v: v.audit_review.mark_reviewed([1]),
                lambda v=v: v.audit_review.export_person_extract(s.person, io.StringIO()),
            ):
                with pytest.raises(PermissionDeniedError):
                    call()
            assert _head(v) == head


# --------------------------------------------------------------------------- spot checks


def test_a_random_sample_of_a_period(vault, monkeypatch) -> None:
    _setup(vault)
    drawn_with: list[str] = []
    original = secrets.SystemRandom.sample

    def spy(self, population, k):  # type: ignore[no-untyped-def]
        drawn_with.append(type(self).__name__)
        return original(self, population, k)

    monkeypatch.setattr(secrets.SystemRandom, "sample", spy)
    with _admin(vault) as admin:
        population = len(admin.audit_review.entries(start=TODAY, end=TODAY, limit=5000))
        sample = admin.audit_review.sample(size=5, start=TODAY, end=TODAY)
        assert drawn_with == ["SystemRandom"]
        assert len(sample) == 5
        assert [e.seq for e in sample] == sorted({e.seq for e in sample})
        assert all(e.occurred_at.date() == TODAY for e in sample)
        _, _, details = _last(admin, "audit.sample")
        assert details["seqs"] == [e.seq for e in sample]
        assert (details["size"], details["from"], details["to"]) == (
            5,
            TODAY.isoformat(),
            TODAY.isoformat(),
        )
        assert details["population"] == population + 1  # the entries() read above

        everything = admin.audit_review.sample(size=1000, start=TODAY, end=TODAY)
        assert len(everything) == population + 2
        assert admin.audit_review.sample(size=3, start=date(2000, 1, 1), end=date(2000, 1, 2)) == []

        head = _head(admin)
        for kwargs, field in (
            ({"size": 0, "start": TODAY, "end": TODAY}, "size"),
            ({"size": 1001, "start": TODAY, "end": TODAY}, "size"),
            ({"size": 3, "start": TODAY, "end": TODAY - timedelta(days=1)}, "end"),
        ):
            with pytest.raises(ValidationError) as caught:
                admin.audit_review.sample(**kwargs)  # type: ignore[arg-type]
            assert caught.value.field == field
        assert _head(admin) == head


# --------------------------------------------------------------------------- reviews


def test_entries_are_marked_reviewed_with_an_encrypted_remark(vault) -> None:
    s = _setup(vault, MAJA)
    with _unlock(vault, MAJA) as maja:
        picked = [e.seq for e in maja.audit_review.entries(person_id=s.person, limit=2)]
        assert maja.audit_review.mark_reviewed([*picked, picked[0]], remark=f"  {REMARK} ") == 2
        _, _, details = _last(maja, "audit.review")
        assert details == {"count": 2, "seqs": sorted(picked), "remark": True}
        assert REMARK not in repr(details)

        shown = {e.seq: e for e in maja.audit_review.entries(person_id=s.person)}
        for seq in picked:
            assert shown[seq].reviewed
            assert shown[seq].review_remark == REMARK
            assert shown[seq].reviewed_by == "maja"
            assert shown[seq].reviewed_at is not None
        assert not any(e.reviewed for seq, e in shown.items() if seq not in picked)

        # Again: a newer review wins; the first one stays in the table.
        assert maja.audit_review.mark_reviewed([picked[0]]) == 1
        again = {e.seq: e for e in maja.audit_review.entries(person_id=s.person)}
        assert again[picked[0]].review_remark == ""
        assert again[picked[1]].review_remark == REMARK
        rows = _review_rows(maja)
        assert len(rows) == 3
        for _, _, blob in rows:
            assert REMARK.encode() not in blob


def test_bad_reviews_change_nothing(vault) -> None:
    with _admin(vault) as admin:
        head, rows = _head(admin), _review_rows(admin)
        for seqs, remark, error, field in (
            ([], "", ValidationError, "seqs"),
            (list(range(1, 5002)), "", ValidationError, "seqs"),
            ([1], "x" * 2001, ValidationError, "remark"),
            ([1, 99999], "", NotFoundError, None),
        ):
            with pytest.raises(error) as caught:
                admin.audit_review.mark_reviewed(seqs, remark=remark)
            if field is not None:
                assert caught.value.field == field
        assert (_head(admin), _review_rows(admin)) == (head, rows)


def test_reviews_are_append_only_and_bound_to_their_row(vault) -> None:
    with _admin(vault) as admin:
        admin.audit_review.mark_reviewed([1, 2], remark=REMARK)
        (first_id, _, first_blob), (second_id, _, second_blob) = sorted(
            _review_rows(admin), key=lambda r: r[1]
        )
        for statement in (
            update(AuditReview).where(AuditReview.id == first_id).values(audit_seq=3),
            update(AuditReview).where(AuditReview.id == first_id).values(reviewed_by="x"),
            AuditReview.__table__.delete().where(AuditReview.id == first_id),
        ):
            with pytest.raises(IntegrityError), admin.unit_of_work() as uow:
                uow.session.execute(statement)
        # Only the remark may be rewritten (rekey does), and a moved one does not decrypt.
        with admin.unit_of_work() as uow:
            uow.session.execute(
                update(AuditReview).where(AuditReview.id == first_id).values(remark_ct=second_blob)
            )
            uow.commit()
        with pytest.raises(IntegrityError):
            admin.audit_review.entries()

        # Someone who drops the triggers and edits the plain columns is caught too.
        with admin.unit_of_work() as uow:
            uow.session.execute(
                update(AuditReview).where(AuditReview.id == first_id).values(remark_ct=first_blob)
            )
            uow.commit()
        assert admin.audit_review.entries(limit=5000)
        with admin.engine.begin() as connection:
            if vault.kind == "sqlite":
                connection.execute(text("DROP TRIGGER audit_reviews_no_update"))
            else:
                connection.execute(text("ALTER TABLE audit_reviews DISABLE TRIGGER USER"))
            connection.execute(
                update(AuditReview).where(AuditReview.id == second_id).values(audit_seq=3)
            )
        with pytest.raises(IntegrityError, match="review of audit entry 3 was altered"):
            admin.audit_review.entries()


# --------------------------------------------------------------------------- a participant's log


def test_a_participants_access_log(vault) -> None:
    s = _setup(vault, MAJA, OLLE)
    with _unlock(vault, OLLE) as olle:  # another case worker: not without emergency access
        with pytest.raises(PermissionDeniedError):
            olle.audit_review.person_access_log(s.person)
        olle.cases.request_emergency_access(s.cases[0], reason=REASON)
        assert olle.audit_review.person_access_log(s.person)
    with _unlock(vault, MAJA) as maja:
        maja.audit_review.mark_reviewed(
            [e.seq for e in maja.audit_review.entries(action="case.emergency-access")],
            remark=REMARK,
        )
        full = maja.audit_review.person_access_log(s.person)
    with _kalle(vault) as kalle:
        log = kalle.audit_review.person_access_log(s.person)
        assert _last(kalle, "audit.person-log") == ("person", s.person, {"count": len(log)})
        with pytest.raises(NotFoundError):
            kalle.audit_review.person_access_log("no-such-person")

    assert [e.seq for e in log] == sorted((e.seq for e in log), reverse=True)
    assert _targets(log) <= {
        ("person", s.person),
        ("case", s.cases[0]),
        ("case", s.cases[1]),
        ("reminder", s.reminder),
    }
    users = {(e.username, e.action) for e in log}
    assert {("kalle", "case.read"), ("olle", "case.emergency-access"), ("olle", "case.read")} <= (
        users
    )
    assert ("maja", "audit.person-log") in users  # reading the log is on the person too
    # The manager sees the reason and the review; the case worker sees neither.
    by_seq = {e.seq: e for e in full}
    emergency = next(e for e in log if e.action == "case.emergency-access")
    assert emergency.details == {"hours": 8}
    assert emergency.reviewed
    assert (emergency.review_remark, emergency.reviewed_by, emergency.reviewed_at) == (
        None,
        None,
        None,
    )
    assert by_seq[emergency.seq].details == {"hours": 8, "reason": REASON}
    assert by_seq[emergency.seq].review_remark == REMARK

    # The administrator sees no cases, and a manager exists: no log review either.
    with _admin(vault) as admin, pytest.raises(PermissionDeniedError):
        admin.audit_review.person_access_log(s.person)


def test_a_merged_persons_old_entries_follow_the_record(vault) -> None:
    s = _setup(vault)
    with _admin(vault) as admin:
        before = _targets(admin.audit_review.entries(person_id=s.other_person, limit=5000))
        admin.people.merge(s.person, s.other_person, reason="Samma person, dubbel registrering")
        log = admin.audit_review.person_access_log(s.person)
        assert before <= _targets(log)
        assert ("case", s.other_case) in _targets(log)
        assert ("person", s.other_person) in _targets(
            admin.audit_review.entries(person_id=s.person, limit=5000)
        )


def test_a_participants_log_extract(vault) -> None:
    s = _setup(vault, MAJA)
    with _unlock(vault, MAJA) as maja:
        out = io.StringIO()
        count = maja.audit_review.export_person_extract(s.person, out)
        assert _last(maja, "audit.export") == (
            "person",
            s.person,
            {"format": "csv", "scope": "person", "entries": count},
        )
        with pytest.raises(NotFoundError):
            maja.audit_review.export_person_extract("no-such-person", io.StringIO())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == EXTRACT_COLUMNS
    assert len(rows) == count > 5
    assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)  # oldest first
    reads = [r for r in rows if r["action"] == "case.read"]
    assert reads
    assert {(r["username"], r["name"]) for r in reads} == {("kalle", "Kalle Handläggare")}
    assert {r["case_reference"] for r in rows if r["target_type"] == "case"} == set(s.references)
    assert {r["case_reference"] for r in rows if r["target_type"] != "case"} == {""}
    text_out = out.getvalue()
    assert NUMBER not in text_out
    assert "Hot från gänget" not in text_out  # no flag reasons, no details at all
    with _kalle(vault) as kalle, pytest.raises(PermissionDeniedError):
        kalle.audit_review.export_person_extract(s.person, io.StringIO())


# --------------------------------------------------------------------------- rekey


def test_every_encrypted_column_is_re_encrypted_by_rekey() -> None:
    listed = [
        (table.model.__tablename__, attr)
        for table in reencrypt.registry()
        for attr in table.columns
    ]
    registered = set(listed)
    assert len(registered) == len(listed)  # twice would decrypt with the retired key
    encrypted = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.name.endswith("_ct")
    }
    # Audit entries are never rewritten: the old key stays in retired_keys to read them.
    assert encrypted - registered == {("audit_entries", "details_ct")}
    assert ("audit_reviews", "remark_ct") in registered
    assert ("settings", "value_ct") in registered


def test_reviews_and_settings_survive_a_rekey(vault) -> None:
    with _admin(vault) as admin:
        admin.audit_review.mark_reviewed([1, 2], remark=REMARK)
        saved = admin.settings.update(
            replace(UnitSettings(), municipality="Hemligköping"), expected_version=0
        )
        result = admin.key_management.rekey()
        assert result.values_reencrypted > 0
        assert admin.settings.get().settings == saved.settings
        reviewed = {e.seq: e for e in admin.audit_review.entries(limit=5000) if e.reviewed}
        assert set(reviewed) == {1, 2}
        assert {e.review_remark for e in reviewed.values()} == {REMARK}
    with _admin(vault) as admin:  # and after unlocking again under the new key
        assert admin.settings.get().settings.municipality == "Hemligköping"
        assert admin.audit_review.entries(limit=5000)[-1].seq == 1
        assert admin.audit.verify().entries > 0
