"""The rules of the case records: phases, journal, access, purge dates and code lists."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.domain import phases
from avhopp.domain.access import (
    MIN_REASON_LENGTH,
    Access,
    CaseScope,
    case_access,
    check_emergency_reason,
)
from avhopp.domain.code_lists import (
    CLOSURE_REASONS,
    DEFAULTS,
    PHASES,
    REFERRAL_SOURCES,
    STEP_CATEGORIES,
    STEP_ITEMS,
    CodeList,
)
from avhopp.domain.journal import (
    MAX_NOTE_LENGTH,
    NoteStatus,
    check_correction,
    check_draft_change,
    check_event_date,
    check_text,
)
from avhopp.domain.phases import (
    ACTIVE_SUPPORT,
    AFTER_DECISION,
    AFTERCARE,
    BACKWARD,
    CLOSED,
    INQUIRY,
    INVESTIGATION,
    OPEN_ORDER,
    PRE_ASSESSMENT,
    PROTECTION,
    TRANSITION,
    check_phase_date,
    check_reopen,
    check_transition,
)
from avhopp.domain.purge import kept_for_research, purge_dates
from avhopp.domain.roles import Role
from avhopp.errors import PermissionDeniedError, ValidationError

TODAY = date(2025, 6, 15)


def _field_of(call) -> str | None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.type is ValidationError
    return caught.value.field


def _refusal(call) -> ValidationError | None:
    try:
        call()
    except ValidationError as error:
        return error
    return None


# ---- phases


def test_is_open() -> None:
    assert all(phases.is_open(p) for p in OPEN_ORDER)
    assert not phases.is_open(CLOSED)


def test_forward_moves_through_investigation_are_allowed() -> None:
    path = [INQUIRY, PRE_ASSESSMENT, INVESTIGATION, PROTECTION, ACTIVE_SUPPORT, TRANSITION]
    history: tuple[str, ...] = ()
    for current, target in itertools.pairwise([*path, AFTERCARE]):
        history = (*history, current)
        check_transition(current, target, closure_reason=None, history=history)


def test_skipping_a_pre_phase_is_allowed() -> None:
    check_transition(INQUIRY, INVESTIGATION, closure_reason=None)
    check_transition(INVESTIGATION, ACTIVE_SUPPORT, closure_reason=None)


@pytest.mark.parametrize("target", sorted(AFTER_DECISION))
@pytest.mark.parametrize("current", [INQUIRY, PRE_ASSESSMENT])
def test_support_phases_need_a_decision(current: str, target: str) -> None:
    assert _field_of(lambda: check_transition(current, target, closure_reason=None)) == "phase"


def test_a_decision_in_the_history_opens_support_phases() -> None:
    """Back to pre-assessment after an investigation, then on to support again."""
    history = (INQUIRY, INVESTIGATION, PRE_ASSESSMENT)
    check_transition(PRE_ASSESSMENT, PROTECTION, closure_reason=None, history=history)


def test_moves_among_support_phases_need_no_history() -> None:
    """A case already in a support phase has had its decision."""
    check_transition(PROTECTION, AFTERCARE, closure_reason=None)


@pytest.mark.parametrize(("current", "target"), sorted(BACKWARD))
def test_listed_backward_moves_are_allowed(current: str, target: str) -> None:
    check_transition(current, target, closure_reason=None, history=(INVESTIGATION,))


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (current, target)
        for current, target in itertools.permutations(OPEN_ORDER, 2)
        if OPEN_ORDER.index(target) < OPEN_ORDER.index(current)
        and (current, target) not in BACKWARD
    ],
)
def test_other_backward_moves_are_refused(current: str, target: str) -> None:
    history = (INQUIRY, INVESTIGATION)
    field = _field_of(
        lambda: check_transition(current, target, closure_reason=None, history=history)
    )
    assert field == "phase"


def test_staying_put_and_moving_a_closed_case_are_refused() -> None:
    assert _field_of(lambda: check_transition(INQUIRY, INQUIRY, closure_reason=None)) == "phase"
    error = _field_of(lambda: check_transition(CLOSED, INQUIRY, closure_reason=None))
    assert error == "phase"
    error = _field_of(lambda: check_transition(CLOSED, CLOSED, closure_reason="completed"))
    assert error == "phase"


@pytest.mark.parametrize("current", OPEN_ORDER)
def test_closing_needs_a_reason_from_any_open_phase(current: str) -> None:
    for empty in (None, ""):
        field = _field_of(lambda e=empty: check_transition(current, CLOSED, closure_reason=e))
        assert field == "closure_reason"
    check_transition(current, CLOSED, closure_reason="completed")


def test_a_closure_reason_only_when_closing() -> None:
    field = _field_of(lambda: check_transition(INQUIRY, PRE_ASSESSMENT, closure_reason="completed"))
    assert field == "closure_reason"


def test_phases_added_by_an_administrator_move_freely() -> None:
    check_transition("local_phase", ACTIVE_SUPPORT, closure_reason=None)
    check_transition(AFTERCARE, "local_phase", closure_reason=None)
    check_transition("local_phase", CLOSED, closure_reason="other")


def test_reopen() -> None:
    check_reopen(CLOSED, PRE_ASSESSMENT)
    check_reopen(CLOSED, ACTIVE_SUPPORT, history=(INQUIRY, INVESTIGATION, CLOSED))
    # A support phase needs the investigation and decision first, reopened or not.
    assert _field_of(lambda: check_reopen(CLOSED, ACTIVE_SUPPORT, history=(INQUIRY,))) == "phase"
    assert _field_of(lambda: check_reopen(INQUIRY, PRE_ASSESSMENT)) == "phase"
    assert _field_of(lambda: check_reopen(CLOSED, CLOSED)) == "phase"


def test_phase_dates_are_chronological_and_not_in_the_future() -> None:
    check_phase_date(TODAY, previous=TODAY, today=TODAY)
    check_phase_date(TODAY, previous=None, today=TODAY)
    assert (
        _field_of(lambda: check_phase_date(TODAY + timedelta(days=1), previous=None, today=TODAY))
        == "entered_on"
    )
    with pytest.raises(ValidationError) as caught:
        check_phase_date(date(2025, 1, 1), previous=date(2025, 1, 2), today=TODAY)
    assert caught.value.field == "entered_on"
    assert "2025-01-02" in caught.value.message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*OPEN_ORDER, CLOSED]), min_size=1, max_size=12))
def test_no_path_reaches_support_without_an_investigation(targets: list[str]) -> None:
    """Whatever the sequence of attempted moves, support phases are entered only after an
    investigation, and a closed case moves nowhere."""
    current, history = INQUIRY, [INQUIRY]
    for target in targets:
        reason = "completed" if target == CLOSED else None
        refusal = _refusal(
            lambda c=current, t=target, r=reason, h=tuple(history): check_transition(
                c, t, closure_reason=r, history=h
            )
        )
        if refusal is not None:
            assert refusal.field == "phase"
            continue
        assert current != CLOSED
        if target in AFTER_DECISION:
            assert INVESTIGATION in history
        current = target
        history.append(target)


# ---- journal


def test_note_text() -> None:
    assert check_text("Samtal med deltagaren.") == "Samtal med deltagaren."
    assert check_text("x" * MAX_NOTE_LENGTH)
    assert _field_of(lambda: check_text(" \n\t ")) == "text"
    assert _field_of(lambda: check_text("x" * (MAX_NOTE_LENGTH + 1))) == "text"


def test_event_date() -> None:
    check_event_date(TODAY, today=TODAY)
    assert (
        _field_of(lambda: check_event_date(TODAY + timedelta(days=1), today=TODAY)) == "event_date"
    )


def test_draft_change() -> None:
    check_draft_change(status=NoteStatus.DRAFT, author_id="u1", actor_id="u1")
    field = _field_of(
        lambda: check_draft_change(status=NoteStatus.SIGNED, author_id="u1", actor_id="u1")
    )
    assert field == "text"
    for actor in ("u2", None):
        with pytest.raises(PermissionDeniedError) as caught:
            check_draft_change(status=NoteStatus.DRAFT, author_id="u1", actor_id=actor)
        assert "another user's draft" in caught.value.message


def test_correction() -> None:
    assert check_correction(original_status=NoteStatus.SIGNED, reason="  fel   datum ") == (
        "fel datum"
    )
    field = _field_of(
        lambda: check_correction(original_status=NoteStatus.DRAFT, reason="fel datum")
    )
    assert field == "corrects"
    for reason in ("", "   ", "fel", "fel!"):
        field = _field_of(
            lambda r=reason: check_correction(original_status=NoteStatus.SIGNED, reason=r)
        )
        assert field == "correction_reason"


# ---- access

SCOPE_KALLE = CaseScope(responsible_user_id="kalle", team="norr")
SCOPE_NO_TEAM = CaseScope(responsible_user_id="kalle", team=None)


@pytest.mark.parametrize(
    ("user_id", "roles", "team", "scope", "expected"),
    [
        ("maja", {Role.MANAGER}, None, SCOPE_KALLE, Access.ALLOWED),
        ("maja", {Role.MANAGER, Role.ADMINISTRATOR}, None, SCOPE_NO_TEAM, Access.ALLOWED),
        ("kalle", {Role.CASE_WORKER}, None, SCOPE_KALLE, Access.ALLOWED),
        ("nils", {Role.CASE_WORKER}, "norr", SCOPE_KALLE, Access.ALLOWED),
        ("sara", {Role.CASE_WORKER}, "syd", SCOPE_KALLE, Access.EMERGENCY_ONLY),
        ("sara", {Role.CASE_WORKER}, None, SCOPE_NO_TEAM, Access.EMERGENCY_ONLY),
        (None, {Role.CASE_WORKER}, None, CaseScope(None, None), Access.EMERGENCY_ONLY),
        ("sara", {Role.CASE_WORKER}, None, CaseScope(None, "norr"), Access.EMERGENCY_ONLY),
        ("adam", {Role.ADMINISTRATOR}, "norr", SCOPE_KALLE, Access.DENIED),
        ("lisa", {Role.LOG_REVIEWER}, "norr", SCOPE_KALLE, Access.DENIED),
        ("kalle", {Role.ADMINISTRATOR, Role.LOG_REVIEWER}, "norr", SCOPE_KALLE, Access.DENIED),
        ("kalle", set(), "norr", SCOPE_KALLE, Access.DENIED),
    ],
)
def test_case_access(user_id, roles, team, scope, expected) -> None:
    got = case_access(user_id=user_id, roles=frozenset(roles), team=team, case=scope)
    assert got is expected


def test_emergency_reason() -> None:
    assert check_emergency_reason("  Akut   hot mot deltagaren ") == "Akut hot mot deltagaren"
    assert check_emergency_reason("x" * MIN_REASON_LENGTH) == "x" * MIN_REASON_LENGTH
    for reason in ("", "kort", "x" * (MIN_REASON_LENGTH - 1), "a b c d e "):
        assert _field_of(lambda r=reason: check_emergency_reason(r)) == "reason"


# ---- purge


def test_purge_dates() -> None:
    dates = purge_dates(date(2020, 3, 10))
    assert dates.due_from == date(2025, 3, 10)
    assert dates.deadline == date(2026, 12, 31)
    leap = purge_dates(date(2020, 2, 29))
    assert leap.due_from == date(2025, 2, 28)
    assert leap.deadline == date(2026, 12, 31)
    assert purge_dates(date(2020, 2, 29), retention_years=4).due_from == date(2024, 2, 29)
    assert purge_dates(date(2020, 12, 31), retention_years=1).deadline == date(2022, 12, 31)


@pytest.mark.parametrize(
    ("birth", "kept"),
    [
        (None, False),
        (date(1990, 1, 5), True),
        (date(1990, 1, 15), True),
        (date(1990, 1, 25), True),
        (date(1990, 1, 4), False),
        (date(1990, 1, 31), False),
    ],
)
def test_kept_for_research(birth: date | None, kept: bool) -> None:
    assert kept_for_research(birth) is kept


# ---- code lists


def test_every_list_has_defaults_with_unique_ascii_codes() -> None:
    assert set(DEFAULTS) == set(CodeList)
    for code_list, entries in DEFAULTS.items():
        codes = [e.code for e in entries]
        assert entries, code_list
        assert len(codes) == len(set(codes)), code_list
        assert all(c.isascii() and c == c.strip() and len(c) <= 40 for c in codes)
        assert all(e.label_sv and e.label_en for e in entries)


def test_phase_list_matches_the_phase_model() -> None:
    assert [e.code for e in PHASES] == [*OPEN_ORDER, CLOSED]


def test_domain_lists() -> None:
    assert len(REFERRAL_SOURCES) == 12
    assert {e.code for e in REFERRAL_SOURCES} >= {"police", "self", "school", "other"}
    assert len(CLOSURE_REASONS) == 8
    categories = {e.code for e in STEP_CATEGORIES}
    assert len(categories) == 8
    assert {e.parent for e in STEP_ITEMS} == categories
    assert all(e.parent is None for e in STEP_CATEGORIES)
