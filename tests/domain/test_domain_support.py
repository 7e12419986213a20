"""Support rules: steps, assessments and progress, plan goals, threat, consent, agreement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from avhopp.domain import support
from avhopp.domain.support import (
    DomainProgress,
    GoalInput,
    GoalStatus,
    StepInput,
    StepStatus,
    ThreatLevel,
)
from avhopp.errors import ValidationError

TODAY = date(2025, 6, 15)
DOMAINS = ("housing", "income", "health")


def _field(excinfo: pytest.ExceptionInfo[ValidationError]) -> str | None:
    return excinfo.value.field


# ---- choices and small checks


def test_codes_are_stable_ascii() -> None:
    assert [s.value for s in StepStatus] == ["planned", "ongoing", "completed", "cancelled"]
    assert [s.value for s in GoalStatus] == [
        "open",
        "achieved",
        "partly",
        "not_achieved",
        "cancelled",
    ]
    assert [t.value for t in ThreatLevel] == ["low", "medium", "high", "critical"]


def test_parse_choice_accepts_codes_and_names_the_field() -> None:
    assert support.parse_choice(StepStatus, "ongoing", "status") is StepStatus.ONGOING
    with pytest.raises(ValidationError) as excinfo:
        support.parse_choice(ThreatLevel, "extreme", "level")
    assert _field(excinfo) == "level"
    assert "low, medium, high, critical" in excinfo.value.message


def test_clean_text() -> None:
    assert support.clean_text("  a\nb  ", "scope") == "a\nb"
    assert support.clean_text("   ", "scope") == ""
    with pytest.raises(ValidationError) as excinfo:
        support.clean_text(" ", "goal", required=True)
    assert _field(excinfo) == "goal"
    with pytest.raises(ValidationError) as excinfo:
        support.clean_text("x" * 11, "owner", limit=10)
    assert _field(excinfo) == "owner"


def test_check_past() -> None:
    assert support.check_past(TODAY, "decided_on", today=TODAY) == TODAY
    with pytest.raises(ValidationError) as excinfo:
        support.check_past(date(2025, 6, 16), "decided_on", today=TODAY)
    assert _field(excinfo) == "decided_on"


@pytest.mark.parametrize(
    ("first", "last"),
    [(None, None), (TODAY, None), (None, TODAY), (TODAY, TODAY), (TODAY, date(2026, 1, 1))],
)
def test_check_order_accepts(first: date | None, last: date | None) -> None:
    support.check_order(first, last, "ends_on")


def test_check_order_refuses_an_end_before_the_start() -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_order(TODAY, date(2025, 6, 14), "ends_on")
    assert _field(excinfo) == "ends_on"
    assert "2025-06-15" in excinfo.value.message


@pytest.mark.parametrize("value", [None, 0, 1, support.MAX_SEK])
def test_check_sek_accepts(value: int | None) -> None:
    assert support.check_sek(value, "cost_sek") == value


@pytest.mark.parametrize("value", [-1, support.MAX_SEK + 1, True, 1.5, "100"])
def test_check_sek_refuses(value: object) -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_sek(value, "cost_sek")  # type: ignore[arg-type]
    assert _field(excinfo) == "cost_sek"


def test_closed_case_takes_no_new_step() -> None:
    support.check_case_open("active_support")
    with pytest.raises(ValidationError) as excinfo:
        support.check_case_open("closed")
    assert _field(excinfo) == "phase"


# ---- support steps

STEP = StepInput(category="housing", item="supported_housing")


def test_item_must_belong_to_the_category() -> None:
    support.check_item_in_category(category="housing", item_parent="housing")
    with pytest.raises(ValidationError) as excinfo:
        support.check_item_in_category(category="housing", item_parent="care")
    assert _field(excinfo) == "item"
    with pytest.raises(ValidationError):
        support.check_item_in_category(category="housing", item_parent=None)


def test_a_minimal_step_is_planned_and_internal() -> None:
    valid = support.check_step(STEP, today=TODAY)
    assert valid.status is StepStatus.PLANNED
    assert (valid.external, valid.provider, valid.legal_basis) == (False, "", "")
    assert (valid.cost_sek, valid.police_funds_sek, valid.police_funds_granted) == (
        None,
        None,
        None,
    )
    assert valid.police_funds_applied is False


def test_a_full_step_is_cleaned() -> None:
    step = StepInput(
        category=" protection ",
        item=" relocation ",
        status="completed",
        decided_on=date(2025, 1, 10),
        starts_on=date(2025, 1, 15),
        ends_on=TODAY,
        external=True,
        provider="  Flyttfirman AB ",
        legal_basis=" 4 kap. 1 § SoL ",
        cost_sek=12_000,
        police_funds_applied=True,
        police_funds_granted=True,
        police_funds_sek=10_000,
    )
    valid = support.check_step(step, today=TODAY)
    assert (valid.category, valid.item, valid.status) == (
        "protection",
        "relocation",
        StepStatus.COMPLETED,
    )
    assert (valid.provider, valid.legal_basis) == ("Flyttfirman AB", "4 kap. 1 § SoL")
    assert (valid.cost_sek, valid.police_funds_sek) == (12_000, 10_000)
    assert valid.police_funds_granted is True


def test_planned_steps_may_lie_in_the_future() -> None:
    future = replace(STEP, starts_on=date(2025, 7, 1), ends_on=date(2025, 12, 31))
    assert support.check_step(future, today=TODAY).starts_on == date(2025, 7, 1)
    ongoing = replace(future, status="ongoing", starts_on=TODAY)
    assert support.check_step(ongoing, today=TODAY).ends_on == date(2025, 12, 31)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": " "}, "category"),
        ({"item": ""}, "item"),
        ({"status": "pågående"}, "status"),
        ({"decided_on": date(2025, 6, 16)}, "decided_on"),
        ({"starts_on": date(2025, 3, 1), "ends_on": date(2025, 2, 28)}, "ends_on"),
        ({"status": "ongoing", "starts_on": date(2025, 6, 16)}, "starts_on"),
        ({"status": "completed", "starts_on": date(2025, 6, 16)}, "starts_on"),
        ({"status": "completed", "ends_on": date(2025, 6, 16)}, "ends_on"),
        ({"provider": "x" * (support.MAX_NAME + 1)}, "provider"),
        ({"legal_basis": "x" * (support.MAX_TEXT + 1)}, "legal_basis"),
        ({"cost_sek": -5}, "cost_sek"),
        ({"police_funds_granted": True}, "police_funds_granted"),
        ({"police_funds_granted": False}, "police_funds_granted"),
        ({"police_funds_applied": True, "police_funds_sek": 100}, "police_funds_sek"),
        (
            {"police_funds_applied": True, "police_funds_granted": False, "police_funds_sek": 1},
            "police_funds_sek",
        ),
        (
            {"police_funds_applied": True, "police_funds_granted": True, "police_funds_sek": -1},
            "police_funds_sek",
        ),
    ],
)
def test_step_refusals_name_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_step(replace(STEP, **change), today=TODAY)  # type: ignore[arg-type]
    assert _field(excinfo) == field


def test_police_funds_pending_or_refused_without_amount() -> None:
    pending = replace(STEP, police_funds_applied=True)
    assert support.check_step(pending, today=TODAY).police_funds_granted is None
    refused = replace(pending, police_funds_granted=False)
    assert support.check_step(refused, today=TODAY).police_funds_granted is False
    granted = replace(pending, police_funds_granted=True)
    assert support.check_step(granted, today=TODAY).police_funds_sek is None


def test_a_cancelled_step_may_keep_its_planned_future_dates() -> None:
    step = replace(STEP, status="cancelled", starts_on=date(2025, 9, 1), ends_on=date(2025, 10, 1))
    assert support.check_step(step, today=TODAY).status is StepStatus.CANCELLED


# ---- assessments and progress


def test_scores_for_all_or_some_domains() -> None:
    assert support.check_scores({"housing": 1, "income": 5}, life_domains=DOMAINS) == {
        "housing": 1,
        "income": 5,
    }
    every = dict.fromkeys(DOMAINS, 3)
    assert support.check_scores(every, life_domains=DOMAINS) == every


@pytest.mark.parametrize(
    ("scores", "field"),
    [
        ({}, "scores"),
        ({"weather": 3}, "scores"),
        ({"housing": 0}, "scores.housing"),
        ({"housing": 6}, "scores.housing"),
        ({"income": True}, "scores.income"),
        ({"income": 2.5}, "scores.income"),
        ({"health": "3"}, "scores.health"),
    ],
)
def test_score_refusals_name_the_field(scores: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_scores(scores, life_domains=DOMAINS)  # type: ignore[arg-type]
    assert _field(excinfo) == field


def test_progress_compares_the_first_and_the_latest_score_per_domain() -> None:
    history = [
        (date(2025, 1, 1), {"housing": 1, "income": 2}),
        (date(2025, 3, 1), {"housing": 3}),
        (date(2025, 6, 1), {"housing": 4, "health": 2, "old_domain": 1}),
    ]
    result = support.progress(history, life_domains=DOMAINS)
    assert [p.life_domain for p in result] == ["housing", "income", "health", "old_domain"]
    housing, income, health, old = result
    assert housing == DomainProgress("housing", 1, date(2025, 1, 1), 4, date(2025, 6, 1))
    assert housing.change == 3
    assert (income.start_score, income.latest_score, income.change) == (2, 2, 0)
    assert (health.start_on, health.latest_on) == (date(2025, 6, 1), date(2025, 6, 1))
    assert old.change == 0


def test_progress_lists_unscored_domains_without_scores() -> None:
    result = support.progress([], life_domains=DOMAINS)
    assert [p.life_domain for p in result] == list(DOMAINS)
    assert all(p.start_score is None and p.latest_score is None for p in result)
    assert all(p.change is None for p in result)
    half = DomainProgress("housing", 2, TODAY, None, None)
    assert half.change is None


# ---- plan goals


def test_a_goal_is_cleaned_and_open_by_default() -> None:
    valid = support.check_goal(
        GoalInput(
            life_domain="housing",
            goal="  Eget kontrakt ",
            owner=" Kalle ",
            deadline=date(2026, 1, 1),
            own_words=" Jag vill bo själv. ",
        )
    )
    assert (valid.goal, valid.owner, valid.own_words) == (
        "Eget kontrakt",
        "Kalle",
        "Jag vill bo själv.",
    )
    assert valid.status is GoalStatus.OPEN
    assert valid.deadline == date(2026, 1, 1)
    assert support.check_goal(GoalInput("income", "Arbete", status="partly")).status is (
        GoalStatus.PARTLY
    )


@pytest.mark.parametrize(
    ("goal", "field"),
    [
        (GoalInput("", "Arbete"), "life_domain"),
        (GoalInput("income", "  "), "goal"),
        (GoalInput("income", "Arbete", owner="x" * (support.MAX_NAME + 1)), "owner"),
        (GoalInput("income", "Arbete", status="done"), "status"),
        (GoalInput("income", "Arbete", own_words="x" * (support.MAX_TEXT + 1)), "own_words"),
    ],
)
def test_goal_refusals_name_the_field(goal: GoalInput, field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_goal(goal)
    assert _field(excinfo) == field


# ---- threat


def test_a_threat_assessment() -> None:
    valid = support.check_threat(
        level="high",
        assessed_on=TODAY,
        next_review_on=date(2025, 7, 15),
        source=" Polisen ",
        today=TODAY,
    )
    assert (valid.level, valid.source, valid.next_review_on) == (
        ThreatLevel.HIGH,
        "Polisen",
        date(2025, 7, 15),
    )
    same_day = support.check_threat(
        level="low", assessed_on=TODAY, next_review_on=TODAY, source="", today=TODAY
    )
    assert same_day.next_review_on == TODAY
    no_review = support.check_threat(
        level="low", assessed_on=TODAY, next_review_on=None, source="", today=TODAY
    )
    assert no_review.next_review_on is None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"level": "severe"}, "level"),
        ({"assessed_on": date(2025, 6, 16)}, "assessed_on"),
        ({"next_review_on": date(2025, 6, 14)}, "next_review_on"),
        ({"source": "x" * (support.MAX_THREAT_SOURCE + 1)}, "source"),
    ],
)
def test_threat_refusals_name_the_field(values: dict[str, object], field: str) -> None:
    arguments: dict[str, object] = {
        "level": "medium",
        "assessed_on": TODAY,
        "next_review_on": None,
        "source": "",
        **values,
    }
    with pytest.raises(ValidationError) as excinfo:
        support.check_threat(**arguments, today=TODAY)  # type: ignore[arg-type]
    assert _field(excinfo) == field


# ---- consent


def test_agencies_are_deduplicated_in_order() -> None:
    assert support.check_agencies([" police", "school", "police", ""]) == ("police", "school")


@pytest.mark.parametrize("agencies", [[], ["", "  "]])
def test_a_consent_without_agencies_is_refused(agencies: list[str]) -> None:
    with pytest.raises(ValidationError) as excinfo:
        support.check_agencies(agencies)
    assert _field(excinfo) == "agencies"


def test_consent_period() -> None:
    support.check_consent_period(TODAY, None)
    support.check_consent_period(TODAY, TODAY)
    with pytest.raises(ValidationError) as excinfo:
        support.check_consent_period(TODAY, date(2025, 6, 1))
    assert _field(excinfo) == "valid_to"


def test_withdrawal() -> None:
    support.check_withdrawal(TODAY, already_withdrawn_on=None, today=TODAY)
    with pytest.raises(ValidationError) as excinfo:
        support.check_withdrawal(date(2025, 6, 16), already_withdrawn_on=None, today=TODAY)
    assert _field(excinfo) == "withdrawn_on"
    with pytest.raises(ValidationError) as excinfo:
        support.check_withdrawal(TODAY, already_withdrawn_on=date(2025, 5, 1), today=TODAY)
    assert _field(excinfo) == "withdrawn_on"
    assert "2025-05-01" in excinfo.value.message


@pytest.mark.parametrize(
    ("day", "valid_to", "withdrawn_on", "expected"),
    [
        (date(2025, 1, 1), None, None, True),  # first day
        (date(2024, 12, 31), None, None, False),  # before the start
        (date(2030, 1, 1), None, None, True),  # open-ended
        (date(2025, 12, 31), date(2025, 12, 31), None, True),  # last day
        (date(2026, 1, 1), date(2025, 12, 31), None, False),  # after the end
        (date(2025, 5, 31), None, date(2025, 6, 1), True),  # the day before withdrawal
        (date(2025, 6, 1), None, date(2025, 6, 1), False),  # withdrawn that day
    ],
)
def test_consent_valid_on(
    day: date, valid_to: date | None, withdrawn_on: date | None, expected: bool
) -> None:
    assert (
        support.consent_valid_on(
            day, valid_from=date(2025, 1, 1), valid_to=valid_to, withdrawn_on=withdrawn_on
        )
        is expected
    )


# ---- agreement and breaches


def test_agreement_date() -> None:
    support.check_agreement_date(TODAY, inquiry_on=TODAY, today=TODAY)
    with pytest.raises(ValidationError) as excinfo:
        support.check_agreement_date(date(2025, 6, 16), inquiry_on=TODAY, today=TODAY)
    assert _field(excinfo) == "signed_on"
    with pytest.raises(ValidationError) as excinfo:
        support.check_agreement_date(date(2025, 1, 1), inquiry_on=date(2025, 2, 1), today=TODAY)
    assert _field(excinfo) == "signed_on"


def test_breach() -> None:
    assert (
        support.check_breach(occurred_on=TODAY, description=" Kontakt med gänget ", today=TODAY)
        == "Kontakt med gänget"
    )
    with pytest.raises(ValidationError) as excinfo:
        support.check_breach(occurred_on=date(2025, 6, 16), description="x", today=TODAY)
    assert _field(excinfo) == "occurred_on"
    with pytest.raises(ValidationError) as excinfo:
        support.check_breach(occurred_on=TODAY, description="   ", today=TODAY)
    assert _field(excinfo) == "description"
