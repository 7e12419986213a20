"""Code lists: reading, the administrator's edits, refusals that change nothing, optimistic
locking, and deactivated codes refused for new data; on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from avhopp.domain.code_lists import DEFAULTS, CodeList
from avhopp.domain.person import PersonInput
from avhopp.errors import (
    AlreadyExistsError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from avhopp.services import vault as vault_service
from avhopp.services.case_service import check_code
from avhopp.services.code_list_service import CodeEntryView, CodeListService
from avhopp.services.vault import Vault


@pytest.fixture
def admin(vault) -> Iterator[Vault]:
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as unlocked:
        yield unlocked


@pytest.fixture
def worker(vault) -> Iterator[Vault]:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as unlocked:
        yield unlocked


def code_audit(v: Vault) -> list[tuple[str, dict[str, object]]]:
    """The ``codes.*`` audit entries, details without the unit's name."""
    found = []
    with v.unit_of_work() as uow:
        for row in uow.audit.iter_rows():
            if row.action.startswith("codes."):
                entry = uow.audit.decode(row)
                details = {k: val for k, val in (entry.details or {}).items() if k != "unit"}
                found.append((entry.action, details))
    return found


def snapshot(v: Vault) -> dict[CodeList, list[CodeEntryView]]:
    codes = CodeListService(v)
    return {name: codes.entries(name, include_inactive=True) for name in CodeList}


def test_entries_are_the_defaults_in_order_for_any_user(admin, worker):
    codes = CodeListService(worker)
    for name, defaults in DEFAULTS.items():
        entries = codes.entries(name)
        assert [(e.code, e.label_sv, e.label_en, e.parent) for e in entries] == [
            (d.code, d.label_sv, d.label_en, d.parent) for d in defaults
        ], name
        assert all(e.active and e.version == 1 for e in entries)
        assert [e.sort_order for e in entries] == list(range(len(defaults)))
    assert codes.entries(CodeList.PHASE, include_inactive=True) == codes.entries(CodeList.PHASE)
    assert codes.get(CodeList.STEP_ITEM, "relocation").parent == "protection"
    with pytest.raises(NotFoundError):
        codes.get(CodeList.AGENCY, "nope")
    # Reading is not audited (the forms read the lists all the time).
    assert code_audit(admin) == []


def test_add_appends_trimmed_entries_and_audits(admin, worker):
    codes = CodeListService(admin)
    added = codes.add(
        CodeList.REFERRAL_SOURCE,
        " youth_centre ",
        label_sv="  Fritidsgård ",
        label_en="Youth centre\t",
    )
    assert added == CodeEntryView(
        code="youth_centre",
        label_sv="Fritidsgård",
        label_en="Youth centre",
        parent=None,
        active=True,
        sort_order=len(DEFAULTS[CodeList.REFERRAL_SOURCE]),
        version=1,
    )
    item = codes.add(
        CodeList.STEP_ITEM,
        "housing_first",
        label_sv="Bostad först",
        label_en="Housing First",
        parent="housing",
    )
    assert (item.parent, item.sort_order) == ("housing", len(DEFAULTS[CodeList.STEP_ITEM]))
    longest = codes.add(CodeList.AGENCY, "a" * 40, label_sv="Å" * 200, label_en="x")
    assert longest.label_sv == "Å" * 200

    # A case worker sees them in the drop-downs at once, last.
    seen = CodeListService(worker).entries(CodeList.REFERRAL_SOURCE)
    assert seen[-1] == added
    assert CodeListService(worker).entries(CodeList.STEP_ITEM)[-1] == item
    assert code_audit(admin) == [
        (
            "codes.add",
            {
                "list": "referral_source",
                "code": "youth_centre",
                "label_sv": "Fritidsgård",
                "label_en": "Youth centre",
                "parent": None,
            },
        ),
        (
            "codes.add",
            {
                "list": "step_item",
                "code": "housing_first",
                "label_sv": "Bostad först",
                "label_en": "Housing First",
                "parent": "housing",
            },
        ),
        (
            "codes.add",
            {
                "list": "agency",
                "code": "a" * 40,
                "label_sv": "Å" * 200,
                "label_en": "x",
                "parent": None,
            },
        ),
    ]


def test_bad_input_is_refused_and_changes_nothing(admin, worker):
    codes = CodeListService(admin)
    codes.deactivate(CodeList.AGENCY, "school", expected_version=1)
    before = snapshot(admin)
    audit_before = code_audit(admin)
    labels = {"label_sv": "Etikett", "label_en": "Label"}

    def refused(error: type[Exception], match: str, *, field: str | None = None, **kw) -> None:
        code_list = kw.pop("code_list", CodeList.REFERRAL_SOURCE)
        code = kw.pop("code", "new_code")
        with pytest.raises(error, match=match) as info:
            codes.add(code_list, code, **{**labels, **kw})
        if field is not None:
            assert isinstance(info.value, ValidationError)
            assert info.value.field == field

    for bad in ("", "   ", "Police", "with-dash", "with space", "åsa", "a" * 41, "x.y"):
        refused(ValidationError, "A code has 1–40 characters", field="code", code=bad)
    refused(
        AlreadyExistsError, "'police' of the list referral_source already exists", code="police"
    )
    refused(AlreadyExistsError, "reactivate it instead", code="school", code_list=CodeList.AGENCY)
    refused(ValidationError, "needs a step category", field="parent", code_list=CodeList.STEP_ITEM)
    refused(
        ValidationError,
        "needs a step category",
        field="parent",
        code_list=CodeList.STEP_ITEM,
        parent="  ",
    )
    for parent in ("nope", "relocation", "Housing"):  # unknown, an item, wrong case
        refused(
            ValidationError,
            "not an active step category",
            field="parent",
            code_list=CodeList.STEP_ITEM,
            parent=parent,
        )
    refused(ValidationError, "Only support-step items have a parent", field="parent", parent="x")
    refused(
        ValidationError,
        "Only support-step items",
        field="parent",
        code_list=CodeList.STEP_CATEGORY,
        parent="housing",
    )
    refused(ValidationError, "cannot be empty", field="label_sv", label_sv=" \t ")
    refused(ValidationError, "cannot be empty", field="label_en", label_en="")
    refused(ValidationError, "at most 200 characters", field="label_en", label_en="x" * 201)
    refused(ValidationError, "control characters", field="label_sv", label_sv="två\nrader")
    with pytest.raises(ValidationError, match="cannot be empty"):
        codes.relabel(
            CodeList.REFERRAL_SOURCE, "police", label_sv="", label_en="Police", expected_version=1
        )
    with pytest.raises(NotFoundError, match="'nope' of the list phase was not found"):
        codes.deactivate(CodeList.PHASE, "nope", expected_version=1)
    with pytest.raises(NotFoundError):
        codes.relabel(CodeList.PHASE, "nope", **labels, expected_version=1)

    # A case worker may read but not change the lists.
    others = CodeListService(worker)
    for attempt in (
        lambda: others.add(CodeList.REFERRAL_SOURCE, "new_code", **labels),
        lambda: others.relabel(CodeList.REFERRAL_SOURCE, "police", **labels, expected_version=1),
        lambda: others.deactivate(CodeList.REFERRAL_SOURCE, "police", expected_version=1),
        lambda: others.reactivate(CodeList.AGENCY, "school", expected_version=2),
    ):
        with pytest.raises(PermissionDeniedError, match="You do not have the right to change"):
            attempt()

    assert snapshot(admin) == before
    assert code_audit(admin) == audit_before


def test_relabel_and_stale_versions(admin):
    codes = CodeListService(admin)
    relabelled = codes.relabel(
        CodeList.JOURNAL_TYPE,
        "phone",
        label_sv=" Telefonsamtal ",
        label_en="Phone call",
        expected_version=1,
    )
    assert (relabelled.label_sv, relabelled.label_en, relabelled.version) == (
        "Telefonsamtal",
        "Phone call",
        2,
    )
    assert codes.get(CodeList.JOURNAL_TYPE, "phone") == relabelled
    # The same labels again: nothing to do, nothing written.
    assert (
        codes.relabel(
            CodeList.JOURNAL_TYPE,
            "phone",
            label_sv="Telefonsamtal",
            label_en="Phone call",
            expected_version=2,
        )
        == relabelled
    )

    # Someone who read version 1 loses.
    with pytest.raises(ConflictError, match=r"changed by someone else \(admin, "):
        codes.relabel(
            CodeList.JOURNAL_TYPE, "phone", label_sv="Tfn", label_en="Tel", expected_version=1
        )
    with pytest.raises(ConflictError):
        codes.deactivate(CodeList.JOURNAL_TYPE, "phone", expected_version=1)
    with pytest.raises(ConflictError):
        codes.reactivate(CodeList.JOURNAL_TYPE, "phone", expected_version=3)
    assert codes.get(CodeList.JOURNAL_TYPE, "phone") == relabelled
    assert code_audit(admin) == [
        (
            "codes.relabel",
            {
                "list": "journal_type",
                "code": "phone",
                "before": {"label_sv": "Telefon", "label_en": "Phone call"},
                "label_sv": "Telefonsamtal",
                "label_en": "Phone call",
            },
        )
    ]


def _person() -> PersonInput:
    return PersonInput(first_name="Test", last_name="Testsson")


def test_deactivated_code_is_refused_for_new_data_until_reactivated(admin, worker):
    codes = CodeListService(admin)
    off = codes.deactivate(CodeList.REFERRAL_SOURCE, "school", expected_version=1)
    assert (off.active, off.version) == (False, 2)
    # Deactivating again changes nothing.
    assert codes.deactivate(CodeList.REFERRAL_SOURCE, "school", expected_version=2) == off
    assert "school" not in [e.code for e in codes.entries(CodeList.REFERRAL_SOURCE)]
    listed = codes.entries(CodeList.REFERRAL_SOURCE, include_inactive=True)
    assert [e for e in listed if e.code == "school"] == [off]

    with pytest.raises(ValidationError, match="'school' is not an active entry") as info:
        worker.people.register_participant(
            _person(), referral_source="school", inquiry_on=date(2024, 3, 1)
        )
    assert info.value.field == "referral_source"
    with worker.unit_of_work() as uow, pytest.raises(ValidationError):
        check_code(uow, CodeList.REFERRAL_SOURCE, "school", "referral_source")

    on = codes.reactivate(CodeList.REFERRAL_SOURCE, "school", expected_version=2)
    assert (on.active, on.version) == (True, 3)
    registered = worker.people.register_participant(
        _person(), referral_source="school", inquiry_on=date(2024, 3, 1)
    )
    assert registered.case.referral_source == "school"
    assert code_audit(admin) == [
        ("codes.deactivate", {"list": "referral_source", "code": "school"}),
        ("codes.reactivate", {"list": "referral_source", "code": "school"}),
    ]


def test_closed_phase_and_last_active_entry_cannot_be_deactivated(admin):
    codes = CodeListService(admin)
    with pytest.raises(ValidationError, match="'closed' cannot be deactivated"):
        codes.deactivate(CodeList.PHASE, "closed", expected_version=1)
    # Another phase may go (the unit does not use it).
    assert not codes.deactivate(CodeList.PHASE, "protection", expected_version=1).active

    *others, last = [e.code for e in codes.entries(CodeList.JOURNAL_TYPE)]
    for code in others:
        codes.deactivate(CodeList.JOURNAL_TYPE, code, expected_version=1)
    with pytest.raises(ValidationError, match="last active entry of the list journal_type"):
        codes.deactivate(CodeList.JOURNAL_TYPE, last, expected_version=1)
    assert [e.code for e in codes.entries(CodeList.JOURNAL_TYPE)] == [last]
    # A reactivated entry makes room again.
    codes.reactivate(CodeList.JOURNAL_TYPE, others[0], expected_version=2)
    assert not codes.deactivate(CodeList.JOURNAL_TYPE, last, expected_version=1).active
    assert [e.code for e in codes.entries(CodeList.JOURNAL_TYPE)] == [others[0]]
