"""Bad input to the case-record services: each refusal is a ValidationError (or a permission
error) naming the field, and nothing is stored, not even an audit entry. Both engines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from avhopp.domain.clock import utc_now
from avhopp.domain.code_lists import CodeList
from avhopp.domain.identity import IdentityKind, luhn_check_digit, make_test_number
from avhopp.domain.person import Guardian, PersonInput
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.storage.case_models import (
    Case,
    CodeEntryRow,
    EmergencyAccess,
    JournalNote,
    Person,
    PhaseChangeRow,
)

ADULT = date(1990, 3, 7)
CHILD = date(2012, 9, 1)
INQUIRY_ON = date(2024, 2, 1)


def _as_worker(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )


def _as_admin(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _snapshot(v) -> tuple[int, ...]:
    """Row counts of every case-record table touched here, and the audit log's length."""
    with v.unit_of_work() as uow:
        counts = tuple(
            uow.session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Person, Case, PhaseChangeRow, JournalNote, EmergencyAccess)
        )
        return (*counts, uow.audit.head()[0])


def _deactivate(v, code_list: CodeList, code: str) -> None:
    with v.unit_of_work() as uow:
        result = uow.session.execute(
            update(CodeEntryRow)
            .where(CodeEntryRow.list_name == code_list.value, CodeEntryRow.code == code)
            .values(active=False)
        )
        assert result.rowcount == 1
        uow.commit()


def _refused(v, call, field: str, error: type[Exception] = ValidationError) -> Exception:
    """``call`` raises exactly ``error`` (naming ``field``) and changes nothing."""
    before = _snapshot(v)
    with pytest.raises(error) as caught:
        call()
    assert caught.type is error
    if field:
        assert caught.value.field == field, caught.value.message
    assert _snapshot(v) == before
    return caught.value


def _register(v, first: str = "Märta", last: str = "Hemligsdotter", **person):
    return v.people.register_participant(
        PersonInput(first, last, **person), referral_source="police", inquiry_on=INQUIRY_ON
    )


def _ten_digits_with_check(yymmdd: str, serial3: str = "123") -> str:
    nine = yymmdd + serial3
    return f"{nine}{luhn_check_digit(nine)}"


def test_invalid_identity_numbers_are_refused(vault):
    today = utc_now().date()
    good = make_test_number(ADULT, 123)
    bad_numbers = {
        "wrong check digit": good[:-1] + str((int(good[-1]) + 3) % 10),
        "month 13": _ten_digits_with_check("901307"),
        "30 February": _ten_digits_with_check("900230"),
        "samordningsnummer day 92": _ten_digits_with_check("900192"),
        "birth date in the future": make_test_number(today + timedelta(days=2), 123),
        "too short": "9003071",
    }
    with _as_worker(vault) as v:
        for why, number in bad_numbers.items():
            for kind in (IdentityKind.PERSONNUMMER, IdentityKind.SAMORDNINGSNUMMER):
                error = _refused(
                    v,
                    lambda n=number, k=kind: _register(v, identity_kind=k, identity_number=n),
                    "identity_number",
                )
                assert error.message, why
        # The same checks guard a look-up by number.
        _refused(
            v,
            lambda: v.people.find_by_identity_number(
                IdentityKind.PERSONNUMMER, bad_numbers["month 13"]
            ),
            "identity_number",
        )
        assert v.people.list_participants() == []


def test_bad_person_fields_are_refused(vault):
    today = utc_now().date()
    guardian = Guardian(name="Mamma Hemligsdotter", phone="070-174 06 43")
    with _as_worker(vault) as v:
        _refused(v, lambda: _register(v, birth_date=ADULT, guardians=(guardian,)), "guardians")
        _refused(v, lambda: _register(v, phone="070-12"), "phone")
        _refused(v, lambda: _register(v, phone="inte ett nummer"), "phone")
        _refused(v, lambda: _register(v, email="marta@"), "email")
        _refused(v, lambda: _register(v, first=" "), "first_name")
        _refused(v, lambda: _register(v, birth_date=today + timedelta(days=1)), "birth_date")
        _refused(
            v,
            lambda: v.people.register_participant(
                PersonInput("Märta", "Hemligsdotter"),
                referral_source="police",
                inquiry_on=today + timedelta(days=1),
            ),
            "inquiry_on",
        )
        _refused(
            v,
            lambda: v.people.register_participant(
                PersonInput("Märta", "Hemligsdotter"),
                referral_source="grannen",
                inquiry_on=INQUIRY_ON,
            ),
            "referral_source",
        )
        _refused(
            v,
            lambda: v.people.register_participant(
                PersonInput("Märta", "Hemligsdotter"),
                referral_source="police",
                inquiry_on=INQUIRY_ON,
                responsible_user_id="no-such-user",
            ),
            "responsible_user_id",
        )
        # A guardian for a child is fine, and a child's registration goes through.
        child = _register(v, birth_date=CHILD, guardians=(guardian,))
        assert child.person.guardians == (Guardian("Mamma Hemligsdotter", "+46701740643", ""),)
        person_id, version = child.person.id, child.person.version
        # The same checks guard an update; the record stays as it was.
        for data, field in (
            (PersonInput("Märta", "Hemligsdotter", phone="12"), "phone"),
            (PersonInput("Märta", "Hemligsdotter", email="x@"), "email"),
            (
                PersonInput("Märta", "Hemligsdotter", birth_date=ADULT, guardians=(guardian,)),
                "guardians",
            ),
        ):
            _refused(
                v,
                lambda d=data: v.people.update_person(person_id, d, expected_version=version),
                field,
            )
        assert v.people.get_person(person_id).birth_date == CHILD
    with _as_admin(vault) as admin:
        _deactivate(admin, CodeList.REFERRAL_SOURCE, "school")
    with _as_worker(vault) as v:
        _refused(
            v,
            lambda: v.people.register_participant(
                PersonInput("Märta", "Hemligsdotter"),
                referral_source="school",
                inquiry_on=INQUIRY_ON,
            ),
            "referral_source",
        )
        assert len(v.people.list_participants()) == 1


def test_forbidden_phase_changes_are_refused(vault):
    today = utc_now().date()
    with _as_worker(vault) as v:
        case = _register(v).case
        cid = case.id

        def change(target, on=date(2024, 3, 1), **kwargs):
            return lambda: v.cases.change_phase(cid, target, entered_on=on, **kwargs)

        _refused(v, change("active_support"), "phase")  # no decision yet
        _refused(v, change("protection"), "phase")
        _refused(v, change("inquiry"), "phase")  # already there
        _refused(v, change("closed"), "closure_reason")  # no reason
        _refused(v, change("closed", closure_reason=""), "closure_reason")
        _refused(v, change("closed", closure_reason="tröttnade"), "closure_reason")  # unknown
        _refused(v, change("pre_assessment", closure_reason="completed"), "closure_reason")
        _refused(v, change("no_such_phase"), "phase")
        _refused(v, change("pre_assessment", on=INQUIRY_ON - timedelta(days=1)), "entered_on")
        _refused(v, change("pre_assessment", on=today + timedelta(days=1)), "entered_on")
        _refused(v, lambda: v.cases.reopen(cid, entered_on=date(2024, 3, 1)), "phase")
        v.cases.change_phase(cid, "pre_assessment", entered_on=date(2024, 3, 1))
        # Backward moves outside BACKWARD are refused.
        _refused(v, change("inquiry", on=date(2024, 3, 2)), "phase")
        v.cases.change_phase(cid, "investigation", entered_on=date(2024, 3, 5))
        v.cases.change_phase(cid, "active_support", entered_on=date(2024, 3, 10))
        _refused(v, change("investigation", on=date(2024, 3, 11)), "phase")
        _refused(v, change("pre_assessment", on=date(2024, 3, 11)), "phase")
        v.cases.change_phase(cid, "closed", entered_on=date(2024, 4, 1), closure_reason="moved")
        # A closed case moves only by reopening, to an open phase, not before the closure.
        _refused(v, change("active_support", on=date(2024, 4, 2)), "phase")
        _refused(
            v, lambda: v.cases.reopen(cid, entered_on=date(2024, 4, 2), phase="closed"), "phase"
        )
        _refused(
            v, lambda: v.cases.reopen(cid, entered_on=date(2024, 4, 2), phase="nowhere"), "phase"
        )
        _refused(v, lambda: v.cases.reopen(cid, entered_on=date(2024, 3, 31)), "entered_on")
        after = v.cases.get_case(cid)
        assert after.phase == "closed"
        assert [h.phase for h in after.history] == [
            "inquiry",
            "pre_assessment",
            "investigation",
            "active_support",
            "closed",
        ]
    with _as_admin(vault) as admin:
        _deactivate(admin, CodeList.PHASE, "transition")
        _deactivate(admin, CodeList.CLOSURE_REASON, "relapse")
    with _as_worker(vault) as v:
        v.cases.reopen(cid, entered_on=date(2024, 5, 1), phase="active_support")
        _refused(v, change("transition", on=date(2024, 5, 2)), "phase")
        _refused(
            v, change("closed", on=date(2024, 5, 2), closure_reason="relapse"), "closure_reason"
        )
        # The deactivated entries stay valid in the history.
        v.cases.change_phase(cid, "aftercare", entered_on=date(2024, 5, 3))


def test_journal_refusals(vault):
    today = utc_now().date()
    with _as_worker(vault) as v:
        cid = _register(v).case.id
        draft = v.journal.save_draft(
            cid, note_type="conversation", event_date=INQUIRY_ON, text="Första samtalet."
        )

        def new_draft(**changes):
            args = {"note_type": "conversation", "event_date": INQUIRY_ON, "text": "Text."}
            args.update(changes)
            return lambda: v.journal.save_draft(cid, **args)

        _refused(v, new_draft(text="  \n "), "text")
        _refused(v, new_draft(event_date=today + timedelta(days=1)), "event_date")
        _refused(v, new_draft(note_type="chatt"), "note_type")
        _refused(
            v,
            lambda: v.journal.correct(draft.id, text="Ny text.", reason="fel uppgift"),
            "corrects",
        )
        signed = v.journal.sign(draft.id)
        # A signed note never changes: not by save_draft, not by signing again.
        _refused(v, new_draft(note_id=signed.id, text="Ändrad i efterhand."), "text")
        _refused(v, lambda: v.journal.sign(signed.id), "text")
        # A correction needs a reason (and text, and a known type).
        _refused(
            v, lambda: v.journal.correct(signed.id, text="Rätt.", reason=""), "correction_reason"
        )
        _refused(
            v, lambda: v.journal.correct(signed.id, text="Rätt.", reason="fel"), "correction_reason"
        )
        _refused(v, lambda: v.journal.correct(signed.id, text=" ", reason="fel datum"), "text")
        _refused(
            v,
            lambda: v.journal.correct(
                signed.id, text="Rätt.", reason="fel datum", note_type="chatt"
            ),
            "note_type",
        )
        _refused(
            v,
            lambda: v.journal.correct(
                signed.id,
                text="Rätt.",
                reason="fel datum",
                event_date=today + timedelta(days=1),
            ),
            "event_date",
        )
        # A draft saved under another case's id is refused.
        other_case = _register(v, first="Annan").case.id
        open_draft = v.journal.save_draft(
            cid, note_type="phone", event_date=INQUIRY_ON, text="Utkast."
        )
        _refused(
            v,
            lambda: v.journal.save_draft(
                other_case,
                note_type="phone",
                event_date=INQUIRY_ON,
                text="Flyttad?",
                note_id=open_draft.id,
            ),
            "case_id",
        )
        assert [n.text for n in v.journal.notes(cid)] == ["Första samtalet.", "Utkast."]
    with _as_admin(vault) as admin:
        # The administrator acts as manager (no other manager exists): sees the case, but
        # never edits or signs someone else's draft.
        assert admin.cases.get_case(cid).id == cid
        _refused(
            admin,
            lambda: admin.journal.save_draft(
                cid,
                note_type="phone",
                event_date=INQUIRY_ON,
                text="Skriver över.",
                note_id=open_draft.id,
            ),
            "",
            PermissionDeniedError,
        )
        _refused(admin, lambda: admin.journal.sign(open_draft.id), "", PermissionDeniedError)
        _deactivate(admin, CodeList.JOURNAL_TYPE, "home_visit")
    with _as_worker(vault) as v:
        _refused(v, new_draft(note_type="home_visit"), "note_type")
        notes = v.journal.notes(cid)
        assert [(n.text, n.status) for n in notes] == [
            ("Första samtalet.", "signed"),
            ("Utkast.", "draft"),
        ]
