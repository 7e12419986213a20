"""The support service on both engines: steps, assessments, plan, threat, consents, agreement
and breaches; refusals that change nothing; audit entries; nothing readable at rest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.domain.support import GoalInput, GoalStatus, StepInput, StepStatus, ThreatLevel
from avhopp.errors import (
    ConflictError,
    EmergencyAccessRequiredError,
    NotFoundError,
    ValidationError,
)
from avhopp.services import vault as vault_service
from avhopp.services.support_service import SupportService
from avhopp.storage.case_models import (
    Assessment,
    Breach,
    Case,
    Consent,
    PlanGoal,
    SupportStep,
    ThreatAssessment,
)
from avhopp.storage.models import Base

PROVIDER = "Flyttfirman Hemlighetsfull AB"
LEGAL_BASIS = "Bistånd enligt 4 kap. 1 § SoL, beslut Zyxwvut"
GOAL_TEXT = "Eget förstahandskontrakt i Qwertyby"
OWN_WORDS = "Jag vill aldrig mer träffa Brorsan Knivsson"
THREAT_SOURCE = "Polisen, underrättelse Hotbildsson"
CONSENT_SCOPE = "Informationsutbyte om Samtyckesvägen 12"
BREACH_TEXT = "Sågs med Gängledare Regelbrottsson"
SECRETS = (PROVIDER, LEGAL_BASIS, GOAL_TEXT, OWN_WORDS, THREAT_SOURCE, CONSENT_SCOPE, BREACH_TEXT)

LISA_PASSPHRASE = "grävling-paraply-isbit-trumpet-58"
SUPPORT_TABLES = (Assessment, Breach, Consent, PlanGoal, SupportStep, ThreatAssessment)


@dataclass(frozen=True)
class Setup:
    v: vault_service.Vault
    support: SupportService
    case_id: str
    today: date
    inquiry_on: date


@pytest.fixture
def setup(vault) -> Iterator[Setup]:
    """Case worker ``kalle`` with one registered participant and their case."""
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        today = v.clock().date()
        inquiry_on = today - timedelta(days=120)
        registered = v.people.register_participant(
            PersonInput(first_name="Testa", last_name="Avhoppsson"),
            referral_source="police",
            inquiry_on=inquiry_on,
        )
        yield Setup(v, SupportService(v), registered.case.id, today, inquiry_on)


def _state(v: vault_service.Vault) -> tuple[object, ...]:
    """Everything a refused call could have touched: support rows (with versions and
    payloads), the case row and the audit head."""
    with v.unit_of_work() as uow:
        rows = tuple(
            tuple(
                (row.id, getattr(row, "version", None), bytes(row.payload_ct))
                for row in uow.session.execute(select(model).order_by(model.id)).scalars()
            )
            for model in SUPPORT_TABLES
        )
        cases = tuple(
            (c.id, c.version, c.agreement_signed_on, c.phase)
            for c in uow.session.execute(select(Case)).scalars()
        )
        return rows, cases, uow.audit.head()[0]


def _actions(v: vault_service.Vault) -> list[tuple[str, str | None]]:
    with v.unit_of_work() as uow:
        return [
            (entry.action, entry.target_id)
            for entry in (uow.audit.decode(row) for row in uow.audit.iter_rows())
        ]


def _refused(call: Callable[[], object], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        call()
    assert excinfo.value.field == field, excinfo.value.message


# ---- support steps


def test_support_steps_add_update_list(setup: Setup) -> None:
    s, today = setup.support, setup.today
    audit_before = len(_actions(setup.v))
    simple = s.add_step(setup.case_id, StepInput(category="housing", item="supported_housing"))
    assert (simple.status, simple.version, simple.provider, simple.external) == (
        StepStatus.PLANNED,
        1,
        "",
        False,
    )
    full = s.add_step(
        setup.case_id,
        StepInput(
            category="protection",
            item="relocation",
            decided_on=today - timedelta(days=10),
            starts_on=today + timedelta(days=5),  # planned: the future is fine
            ends_on=today + timedelta(days=60),
            external=True,
            provider=PROVIDER,
            legal_basis=LEGAL_BASIS,
            cost_sek=45_000,
            police_funds_applied=True,
        ),
    )
    assert (full.provider, full.legal_basis, full.police_funds_granted) == (
        PROVIDER,
        LEGAL_BASIS,
        None,
    )

    changed = s.update_step(
        full.id,
        replace(
            full.to_input(),
            status=StepStatus.ONGOING,
            starts_on=today,
            police_funds_granted=True,
            police_funds_sek=30_000,
        ),
        expected_version=full.version,
    )
    assert changed.version == full.version + 1
    assert (changed.status, changed.police_funds_sek, changed.provider) == (
        StepStatus.ONGOING,
        30_000,
        PROVIDER,
    )
    assert changed.updated_by == "kalle"

    listed = s.steps(setup.case_id)
    assert [x.id for x in listed] == [simple.id, full.id]
    assert listed[1] == changed

    actions = [a for a, _ in _actions(setup.v)[audit_before:]]
    assert actions == ["step.add", "step.add", "step.update", "step.read"]


def test_stale_version_is_a_conflict_and_changes_nothing(setup: Setup) -> None:
    s = setup.support
    step = s.add_step(setup.case_id, StepInput(category="care", item="dental"))
    s.update_step(step.id, replace(step.to_input(), cost_sek=900), expected_version=step.version)
    before = _state(setup.v)
    with pytest.raises(ConflictError) as excinfo:
        s.update_step(step.id, replace(step.to_input(), cost_sek=1), expected_version=step.version)
    assert "kalle" in excinfo.value.message
    assert _state(setup.v) == before
    assert s.steps(setup.case_id)[0].cost_sek == 900
    with pytest.raises(NotFoundError):
        s.update_step("no-such-step", step.to_input(), expected_version=1)


def test_no_new_step_on_a_closed_case(setup: Setup) -> None:
    s, today = setup.support, setup.today
    step = s.add_step(
        setup.case_id, StepInput(category="occupation", item="work_training", starts_on=today)
    )
    setup.v.cases.change_phase(
        setup.case_id, "closed", entered_on=today, closure_reason="ended_by_participant"
    )
    before = _state(setup.v)
    _refused(
        lambda: s.add_step(setup.case_id, StepInput(category="housing", item="own_lease")),
        "phase",
    )
    assert _state(setup.v) == before
    # The outcome of an existing step is still recorded after closure.
    done = s.update_step(
        step.id,
        replace(step.to_input(), status="cancelled", ends_on=today),
        expected_version=step.version,
    )
    assert done.status is StepStatus.CANCELLED


# ---- refusals


def test_bad_inputs_are_refused_naming_the_field_and_change_nothing(setup: Setup) -> None:
    s, case_id, today = setup.support, setup.case_id, setup.today
    tomorrow = today + timedelta(days=1)
    step = s.add_step(case_id, StepInput(category="housing", item="own_lease"))
    goal = s.add_goal(case_id, GoalInput(life_domain="housing", goal="Eget boende"))
    consent = s.add_consent(
        case_id, agencies=["police"], written=True, valid_from=today - timedelta(days=3)
    )
    base = StepInput(category="housing", item="own_lease")
    cases: list[tuple[Callable[[], object], str]] = [
        # support steps
        (lambda: s.add_step(case_id, replace(base, item="dental")), "item"),
        (lambda: s.add_step(case_id, replace(base, item="no_such_item")), "item"),
        (lambda: s.add_step(case_id, replace(base, category="no_such")), "category"),
        (lambda: s.add_step(case_id, replace(base, category="care")), "item"),
        (
            lambda: s.add_step(
                case_id, replace(base, starts_on=today, ends_on=today - timedelta(days=1))
            ),
            "ends_on",
        ),
        (lambda: s.add_step(case_id, replace(base, decided_on=tomorrow)), "decided_on"),
        (lambda: s.add_step(case_id, replace(base, cost_sek=-1)), "cost_sek"),
        (lambda: s.add_step(case_id, replace(base, status="pågående")), "status"),
        (
            lambda: s.add_step(
                case_id, replace(base, police_funds_applied=True, police_funds_sek=5)
            ),
            "police_funds_sek",
        ),
        (
            lambda: s.update_step(
                step.id, replace(base, item="tattoo_removal"), expected_version=step.version
            ),
            "item",
        ),
        # assessments
        (
            lambda: s.add_assessment(case_id, assessed_on=tomorrow, scores={"housing": 2}),
            "assessed_on",
        ),
        (lambda: s.add_assessment(case_id, assessed_on=today, scores={}), "scores"),
        (lambda: s.add_assessment(case_id, assessed_on=today, scores={"weather": 3}), "scores"),
        (
            lambda: s.add_assessment(case_id, assessed_on=today, scores={"health": 6}),
            "scores.health",
        ),
        # plan goals
        (lambda: s.add_goal(case_id, GoalInput(life_domain="nope", goal="x")), "life_domain"),
        (lambda: s.add_goal(case_id, GoalInput(life_domain="income", goal=" ")), "goal"),
        (
            lambda: s.update_goal(
                goal.id, replace(goal.to_input(), status="done"), expected_version=goal.version
            ),
            "status",
        ),
        # threat
        (lambda: s.add_threat_assessment(case_id, level="severe", assessed_on=today), "level"),
        (
            lambda: s.add_threat_assessment(case_id, level="high", assessed_on=tomorrow),
            "assessed_on",
        ),
        (
            lambda: s.add_threat_assessment(
                case_id,
                level="high",
                assessed_on=today,
                next_review_on=today - timedelta(days=1),
            ),
            "next_review_on",
        ),
        # consents
        (
            lambda: s.add_consent(case_id, agencies=[], written=True, valid_from=today),
            "agencies",
        ),
        (
            lambda: s.add_consent(
                case_id, agencies=["police", "mi6"], written=True, valid_from=today
            ),
            "agencies",
        ),
        (
            lambda: s.add_consent(
                case_id,
                agencies=["police"],
                written=True,
                valid_from=today,
                valid_to=today - timedelta(days=1),
            ),
            "valid_to",
        ),
        (lambda: s.withdraw_consent(consent.id, withdrawn_on=tomorrow), "withdrawn_on"),
        # agreement and breaches
        (lambda: s.set_agreement_signed(case_id, tomorrow), "signed_on"),
        (
            lambda: s.set_agreement_signed(case_id, setup.inquiry_on - timedelta(days=1)),
            "signed_on",
        ),
        (lambda: s.add_breach(case_id, occurred_on=tomorrow, description="x"), "occurred_on"),
        (lambda: s.add_breach(case_id, occurred_on=today, description="  "), "description"),
    ]
    before = _state(setup.v)
    for call, field in cases:
        _refused(call, field)
    assert _state(setup.v) == before


# ---- assessments


def test_assessments_and_progress(setup: Setup) -> None:
    s, today = setup.support, setup.today
    start = today - timedelta(days=90)
    every = {
        "housing": 1,
        "income": 2,
        "occupation": 1,
        "health": 2,
        "debts": 1,
        "network": 3,
        "criminal_environment": 1,
        "safety": 1,
    }
    # Recorded out of order: the comparison goes by the assessment date.
    later = s.add_assessment(
        setup.case_id, assessed_on=today, scores={"housing": 4, "criminal_environment": 4}
    )
    first = s.add_assessment(setup.case_id, assessed_on=start, scores=every)
    assert dict(first.scores) == every
    assert first.created_by == "kalle"

    listed = s.assessments(setup.case_id)
    assert [a.id for a in listed] == [first.id, later.id]
    assert dict(listed[1].scores) == {"housing": 4, "criminal_environment": 4}

    progress = {p.life_domain: p for p in s.progress(setup.case_id)}
    assert list(progress) == list(every)
    assert (progress["housing"].start_score, progress["housing"].latest_score) == (1, 4)
    assert progress["housing"].change == 3
    assert (progress["housing"].start_on, progress["housing"].latest_on) == (start, today)
    assert progress["criminal_environment"].change == 3
    assert (progress["network"].latest_score, progress["network"].change) == (3, 0)


def test_progress_of_a_case_without_assessments(setup: Setup) -> None:
    progress = setup.support.progress(setup.case_id)
    assert len(progress) == 8
    assert all(p.change is None for p in progress)


# ---- plan goals


def test_plan_goals(setup: Setup) -> None:
    s, today = setup.support, setup.today
    goal = s.add_goal(
        setup.case_id,
        GoalInput(
            life_domain="housing",
            goal=GOAL_TEXT,
            owner="Kalle",
            deadline=today + timedelta(days=180),
            own_words=OWN_WORDS,
        ),
    )
    other = s.add_goal(setup.case_id, GoalInput(life_domain="occupation", goal="Praktikplats"))
    assert (goal.status, goal.goal, goal.own_words, goal.version) == (
        GoalStatus.OPEN,
        GOAL_TEXT,
        OWN_WORDS,
        1,
    )
    updated = s.update_goal(
        goal.id,
        replace(goal.to_input(), status=GoalStatus.PARTLY, owner="Kalle och Testa"),
        expected_version=goal.version,
    )
    assert (updated.status, updated.owner, updated.version) == (
        GoalStatus.PARTLY,
        "Kalle och Testa",
        2,
    )
    assert s.goals(setup.case_id) == [updated, other]
    with pytest.raises(ConflictError):
        s.update_goal(goal.id, goal.to_input(), expected_version=goal.version)
    with pytest.raises(NotFoundError):
        s.update_goal("no-such-goal", goal.to_input(), expected_version=1)
    assert s.goals(setup.case_id)[0] == updated


# ---- threat


def test_threat_assessments(setup: Setup) -> None:
    s, today = setup.support, setup.today
    assert s.latest_threat_assessment(setup.case_id) is None
    recent = s.add_threat_assessment(
        setup.case_id,
        level="medium",
        assessed_on=today,
        next_review_on=today + timedelta(days=30),
    )
    older = s.add_threat_assessment(
        setup.case_id,
        level=ThreatLevel.CRITICAL,
        assessed_on=today - timedelta(days=60),
        source=THREAT_SOURCE,
    )
    assert (older.level, older.source, older.next_review_on) == (
        ThreatLevel.CRITICAL,
        THREAT_SOURCE,
        None,
    )
    assert [t.id for t in s.threat_assessments(setup.case_id)] == [older.id, recent.id]
    assert s.latest_threat_assessment(setup.case_id) == recent


# ---- consents


def test_consent_register(setup: Setup) -> None:
    s, today = setup.support, setup.today
    start = today - timedelta(days=30)
    consent = s.add_consent(
        setup.case_id,
        agencies=["police", "social_insurance", "police"],
        scope=CONSENT_SCOPE,
        written=True,
        valid_from=start,
        valid_to=today + timedelta(days=335),
    )
    verbal = s.add_consent(
        setup.case_id, agencies="prison_service", written=False, valid_from=today
    )
    assert consent.agencies == ("police", "social_insurance")
    assert verbal.agencies == ("prison_service",)
    assert (consent.scope, consent.written, verbal.written) == (CONSENT_SCOPE, True, False)
    assert consent.valid_on(today)
    assert not consent.valid_on(start - timedelta(days=1))
    assert [c.id for c in s.valid_consents(setup.case_id, on=today)] == [consent.id, verbal.id]
    assert [c.id for c in s.valid_consents(setup.case_id, on=start)] == [consent.id]

    withdrawn = s.withdraw_consent(consent.id, withdrawn_on=today, expected_version=consent.version)
    assert (withdrawn.withdrawn_on, withdrawn.version, withdrawn.scope) == (
        today,
        consent.version + 1,
        CONSENT_SCOPE,
    )
    assert [c.id for c in s.valid_consents(setup.case_id, on=today)] == [verbal.id]
    assert [c.id for c in s.valid_consents(setup.case_id, on=today - timedelta(days=1))] == [
        consent.id
    ]
    assert s.consents(setup.case_id) == [withdrawn, verbal]

    before = _state(setup.v)
    _refused(lambda: s.withdraw_consent(consent.id, withdrawn_on=today), "withdrawn_on")
    with pytest.raises(ConflictError):
        s.withdraw_consent(verbal.id, withdrawn_on=today, expected_version=verbal.version + 5)
    with pytest.raises(NotFoundError):
        s.withdraw_consent("no-such-consent", withdrawn_on=today)
    assert _state(setup.v) == before


# ---- agreement and breaches


def test_agreement_and_breaches(setup: Setup) -> None:
    s, today = setup.support, setup.today
    empty = s.agreement(setup.case_id)
    assert (empty.signed_on, empty.breaches) == (None, ())
    signed_on = today - timedelta(days=20)
    signed = s.set_agreement_signed(setup.case_id, signed_on, expected_version=empty.case_version)
    assert signed.signed_on == signed_on
    assert signed.case_version == empty.case_version + 1
    assert setup.v.cases.get_case(setup.case_id).agreement_signed_on == signed_on
    with pytest.raises(ConflictError):
        s.set_agreement_signed(setup.case_id, today, expected_version=empty.case_version)

    second = s.add_breach(setup.case_id, occurred_on=today, description="Missade möte")
    first = s.add_breach(
        setup.case_id, occurred_on=today - timedelta(days=3), description=BREACH_TEXT
    )
    assert (first.description, first.created_by) == (BREACH_TEXT, "kalle")
    agreement = s.agreement(setup.case_id)
    assert agreement.signed_on == signed_on
    assert agreement.breaches == (first, second)

    cleared = s.set_agreement_signed(setup.case_id, None)
    assert cleared.signed_on is None
    assert cleared.breaches == (first, second)
    actions = [a for a, target in _actions(setup.v) if target == setup.case_id]
    assert actions.count("agreement.sign") == 2
    assert actions.count("breach.add") == 2


# ---- access and at rest


def test_access_is_checked_and_every_read_is_audited(setup: Setup, vault) -> None:
    s = setup.support
    with pytest.raises(NotFoundError):
        s.steps("no-such-case")
    before = len(_actions(setup.v))
    s.steps(setup.case_id)
    s.assessments(setup.case_id)
    s.goals(setup.case_id)
    s.latest_threat_assessment(setup.case_id)
    s.valid_consents(setup.case_id, on=setup.today)
    s.agreement(setup.case_id)
    assert _actions(setup.v)[before:] == [
        (action, setup.case_id)
        for action in (
            "step.read",
            "assessment.read",
            "plan.read",
            "threat.read",
            "consent.read",
            "agreement.read",
        )
    ]
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as admin:
        admin.users.add_user(
            "lisa",
            display_name="Lisa Annanteam",
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=LISA_PASSPHRASE,
        )
    with vault_service.unlock(vault.location, username="lisa", passphrase=LISA_PASSPHRASE) as lisa:
        other = SupportService(lisa)
        before = _state(setup.v)
        with pytest.raises(EmergencyAccessRequiredError):
            other.steps(setup.case_id)
        with pytest.raises(EmergencyAccessRequiredError):
            other.add_breach(setup.case_id, occurred_on=setup.today, description="x")
        assert _state(setup.v) == before
        lisa.cases.request_emergency_access(setup.case_id, reason="Akut hot mot deltagaren")
        assert other.steps(setup.case_id) == []
    with setup.v.unit_of_work() as uow:
        last = uow.audit.decode(list(uow.audit.iter_rows())[-1])
    assert (last.action, last.username, last.target_id) == ("step.read", "lisa", setup.case_id)
    assert last.details is not None
    assert last.details["emergency_access"] is True


def _record_secrets(setup: Setup) -> None:
    s, case_id, today = setup.support, setup.case_id, setup.today
    step = s.add_step(
        case_id,
        StepInput(
            category="support",
            item="mentor",
            external=True,
            provider=PROVIDER,
            legal_basis=LEGAL_BASIS,
        ),
    )
    s.update_step(step.id, replace(step.to_input(), status="ongoing"), expected_version=1)
    s.add_goal(case_id, GoalInput(life_domain="network", goal=GOAL_TEXT, own_words=OWN_WORDS))
    s.add_threat_assessment(case_id, level="high", assessed_on=today, source=THREAT_SOURCE)
    s.add_consent(case_id, agencies=["police"], scope=CONSENT_SCOPE, written=True, valid_from=today)
    s.add_breach(case_id, occurred_on=today, description=BREACH_TEXT)
    s.add_assessment(case_id, assessed_on=today, scores={"health": 2, "debts": 5})


def _needles() -> dict[str, bytes]:
    return {
        f"{text!r} as {encoding}": text.encode(encoding)
        for text in SECRETS
        for encoding in ("utf-8", "utf-16-le")
    }


def _leaks(blobs: dict[str, bytes]) -> list[str]:
    return [
        f"{what} in {where}"
        for where, data in blobs.items()
        for what, needle in _needles().items()
        if needle in data
    ]


def test_texts_are_encrypted_in_every_row(setup: Setup) -> None:
    """Inside the database (past SQLCipher on SQLite, plain on PostgreSQL) no column of any
    table holds the texts: they are in the row payloads, encrypted."""
    _record_secrets(setup)
    assert {p.provider for p in setup.support.steps(setup.case_id)} == {PROVIDER}
    blobs: dict[str, bytes] = {}
    with setup.v.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for number, row in enumerate(connection.execute(table.select())):
                blobs[f"{table.name}[{number}]"] = b"\x00".join(
                    value if isinstance(value, bytes) else str(value).encode("utf-8")
                    for value in row
                )
    assert any(name.startswith("support_steps") for name in blobs)
    assert _leaks(blobs) == []


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_texts_do_not_appear_in_the_sqlite_files(setup: Setup, vault) -> None:
    _record_secrets(setup)
    folder: Path = vault.path.parent

    def files() -> dict[str, bytes]:
        return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    assert _leaks(files()) == []  # WAL included while the vault is open
    setup.v.close()
    assert _leaks(files()) == []
