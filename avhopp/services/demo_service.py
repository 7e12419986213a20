"""Synthetic demo vaults: realistic, reproducible (same seed, same data), never real people.

Names and addresses come from Faker (sv_SE); identity numbers are generated to be valid
(correct check digit, birth date and gender digit) but belong to invented people. Phases,
closures, lead times and journal notes follow plausible patterns of an exit programme over
several years. Rows are written with bulk inserts in one transaction, encrypted exactly as
the services encrypt them (the same payload layouts, with each person's participant-list row
and text-only notes), and the whole generation is one audit entry.

Decided cases get reminders (bevakningar) as a unit's would have them: the case worker's own
follow-up dates every one to two months and a review of each plan goal at its deadline, most
of those in the past done on time, some late and a few still open.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from faker import Faker
from sqlalchemy import func, insert, select

from avhopp.domain import phases
from avhopp.domain.code_lists import LIFE_DOMAINS, STEP_ITEMS
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.ids import new_id
from avhopp.domain.network import CLOSED_GOAL_STATUSES, ReminderKind
from avhopp.domain.person import LegalGender, ProtectionLevel
from avhopp.domain.roles import Role
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.services.case_service import CASE_TABLE, PHASE_TABLE, REFERENCE_INDEX
from avhopp.services.network_service import REMINDER_TABLE
from avhopp.services.participant_list import LIST_TABLE, list_payload
from avhopp.services.person_service import IDENTITY_INDEX
from avhopp.storage.case_models import (
    Assessment,
    Case,
    CaseContact,
    Consent,
    Contact,
    JournalNote,
    Person,
    PersonList,
    PhaseChangeRow,
    PlanGoal,
    Reminder,
    SupportStep,
    ThreatAssessment,
)
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

Progress = Callable[[int, int], None]
MAX_PARTICIPANTS = 200_000
BATCH = 2_000

REFERRAL_WEIGHTS = {
    "police": 34,
    "social_services_own": 14,
    "social_services_other": 5,
    "prison": 12,
    "probation": 9,
    "sis": 3,
    "school": 3,
    "relative": 6,
    "self": 9,
    "civil_society": 3,
    "health_care": 1,
    "other": 1,
}
NOTE_TYPES = {"conversation": 45, "phone": 25, "home_visit": 8, "conference": 12, "event": 10}

_OPENINGS = (
    "Samtal med deltagaren på kontoret.",
    "Telefonsamtal med deltagaren.",
    "Hembesök tillsammans med kollega.",
    "Samverkansmöte med Polisen och frivården.",
    "Uppföljande samtal enligt genomförandeplanen.",
    "Deltagaren hörde själv av sig under förmiddagen.",
)
_MIDDLES = (
    "Deltagaren berättar att motivationen att lämna den kriminella miljön är fortsatt hög.",
    "Vi gick igenom säkerhetsplanen och vad deltagaren ska göra om hotbilden förändras.",
    "Deltagaren uppger att tidigare kontakter har försökt nå honom via sociala medier.",
    "Boendesituationen är tillfälligt löst genom stödboendet, men ett eget kontrakt behövs.",
    "Vi diskuterade skuldsituationen och möjligheten att ansöka om skuldsanering.",
    "Deltagaren har påbörjat arbetsträning och beskriver att det fungerar bra.",
    "Kontakten med anhöriga har förbättrats och modern deltar vid nästa möte.",
    "Deltagaren berättar om sömnsvårigheter och vi pratade om kontakt med vårdcentralen.",
    "Polisen informerade om en uppdaterad hotbildsbedömning, som kvarstår som förhöjd.",
    "Vi planerade inför flytten och vilka myndigheter som behöver informeras.",
    "Deltagaren har hållit sig till överenskommelsen sedan förra mötet.",
    "Deltagaren uttrycker oro för sin ekonomi inför nästa månad.",
    "Vi gick igenom samtycket och vilka myndigheter som får utbyta information.",
    "Mentorn deltog i samtalet och beskrev framstegen under de senaste veckorna.",
    "Deltagaren har fått ett nytt telefonnummer och gamla kontakter är blockerade.",
)
_CLOSINGS = (
    "Nästa samtal bokat om två veckor.",
    "Handläggaren återkommer efter kontakt med Kronofogden.",
    "Uppföljning sker på samverkansmötet nästa månad.",
    "Deltagaren ska själv kontakta Arbetsförmedlingen före nästa möte.",
    "Inga nya uppgifter om hot har kommit fram.",
)


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    cases: int
    phase_changes: int
    notes: int
    support_steps: int
    seed: int
    reminders: int = 0


def _note_text(rng: random.Random) -> str:
    parts = [rng.choice(_OPENINGS)]
    parts += rng.sample(_MIDDLES, rng.randint(2, 7))
    parts.append(rng.choice(_CLOSINGS))
    return " ".join(parts)


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Generator:
    """Builds rows for one vault; all randomness from one seeded generator."""

    def __init__(self, uow: UnitOfWork, *, seed: int, today: date, workers: list[Any]) -> None:
        self.uow = uow
        self.rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
        # The reminders draw from their own stream of the same seed, so that they did not
        # change any other value of a seed's demo (tests pick their cases from it).
        self.reminder_rng = random.Random(f"{seed}/reminders")  # noqa: S311 - as above
        self.faker = Faker("sv_SE")
        self.faker.seed_instance(seed)
        self.today = today
        self.workers = workers
        self.references: dict[int, int] = {}

    def person(self) -> dict[str, Any]:
        rng, fake = self.rng, self.faker
        male = rng.random() < 0.82  # most participants are young men
        age = int(min(60, max(15, rng.gauss(24, 6))))
        birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        roll = rng.random()
        serial = rng.randrange(0, 100) * 10 + rng.choice(
            (1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8)
        )
        if roll < 0.86:
            kind, number = IdentityKind.PERSONNUMMER, make_test_number(birth, serial)
        elif roll < 0.92:
            kind = IdentityKind.SAMORDNINGSNUMMER
            number = make_test_number(birth, serial, coordination=True)
        elif roll < 0.97:
            kind, number = IdentityKind.MISSING, ""
        else:
            kind, number = IdentityKind.FOREIGN, f"{rng.randrange(10**8, 10**9)}"
        protection = None
        if rng.random() < 0.08:
            protection = rng.choice(list(ProtectionLevel)).value
        payload: dict[str, Any] = {
            "first_name": fake.first_name_male() if male else fake.first_name_female(),
            "last_name": fake.last_name(),
            "identity_kind": kind.value,
            "identity_number": number,
            "birth_date": birth.isoformat(),
            "legal_gender": (LegalGender.MALE if male else LegalGender.FEMALE).value,
            "language": ""
            if rng.random() < 0.8
            else rng.choice(["arabiska", "somaliska", "dari", "engelska"]),
            "interpreter": rng.random() < 0.07,
            "phone": f"+4670{rng.randrange(1_000_000, 9_999_999)}",
            "email": "",
            "address": {
                "street": fake.street_address(),
                "postal_code": fake.postcode().replace(" ", ""),
                "city": fake.city(),
            },
            "protection": protection,
            "protection_until": None,
            "guardians": [],
        }
        return payload

    def reference(self, year: int) -> str:
        number = self.references.get(year, 0) + 1
        self.references[year] = number
        return f"AVH-{year}-{number:04d}"

    def case_timeline(  # noqa: PLR0911 - one return per way a case can end
        self, inquiry: date
    ) -> tuple[list[tuple[str, date]], str | None]:
        """Phases with dates, and the closure reason if the case closed (before today)."""
        rng = self.rng
        day = inquiry
        history = [(phases.INQUIRY, day)]

        def step(phase: str, low: int, high: int) -> bool:
            nonlocal day
            day = day + timedelta(days=rng.randint(low, high))
            if day >= self.today:
                return False
            history.append((phase, day))
            return True

        def close(reason: str, low: int, high: int) -> tuple[list[tuple[str, date]], str | None]:
            if step(phases.CLOSED, low, high):
                return history, reason
            return history, None

        if not step(phases.PRE_ASSESSMENT, 2, 20):
            return history, None
        if rng.random() < 0.35:  # about a third drop out or are not eligible in assessment
            return close(rng.choice(["not_eligible", "ended_by_participant"]), 5, 40)
        if not step(phases.INVESTIGATION, 5, 30):
            return history, None
        if rng.random() < 0.12:
            return close("not_eligible", 10, 40)
        if rng.random() < 0.45 and not step(phases.PROTECTION, 10, 45):
            return history, None
        if not step(phases.ACTIVE_SUPPORT, 10, 90):
            return history, None
        roll = rng.random()
        if roll < 0.15:
            return close(rng.choice(["breach", "relapse", "ended_by_participant"]), 30, 300)
        if not step(phases.TRANSITION, 90, 360):
            return history, None
        if not step(phases.AFTERCARE, 30, 120):
            return history, None
        if roll < 0.2:
            return close("moved", 30, 300)
        return close("completed", 180, 720)


class _Details:
    """Support steps, assessments, plan, consent, threat, contacts and reminders of one case,
    in the payload layouts of the support and network services."""

    def __init__(self, gen: _Generator, uow: UnitOfWork, now: Any) -> None:
        self.gen, self.payloads, self.now = gen, uow.payloads, now
        self.rows: dict[type[Any], list[dict[str, Any]]] = {
            model: []
            for model in (
                Contact,
                CaseContact,
                SupportStep,
                Assessment,
                PlanGoal,
                Consent,
                ThreatAssessment,
                Reminder,
            )
        }
        self.reminders = 0

    def _stamp(self) -> dict[str, Any]:
        return {"created_at": self.now, "updated_at": self.now, "updated_by": "demo", "version": 1}

    def add(
        self,
        case_id: str,
        decision: date | None,
        end: date,
        *,
        steps_per_case: float,
        person_id: str,
        worker: Any,
        closed: date | None,
    ) -> int:
        rng, payloads = self.gen.rng, self.payloads
        self._contacts(case_id)
        if decision is None:
            return 0
        span = max(1, (end - decision).days)
        count = max(1, int(rng.expovariate(1 / steps_per_case)))
        for _ in range(count):
            category, item = rng.choice(_STEP_ITEMS)
            start = decision + timedelta(days=rng.randint(0, span))
            stop = start + timedelta(days=rng.randint(14, 240))
            status = "completed" if stop < end else "ongoing"
            if rng.random() < 0.05:
                status = "cancelled"
            applied = category == "protection" and rng.random() < 0.4
            granted = (rng.random() < 0.8) if applied else None
            step_id = new_id()
            self.rows[SupportStep].append(
                {
                    "id": step_id,
                    "case_id": case_id,
                    "category": category,
                    "item": item,
                    "status": status,
                    "decided_on": start,
                    "starts_on": start,
                    "ends_on": stop if status != "ongoing" else None,
                    "external": rng.random() < 0.4,
                    "cost_sek": rng.randrange(0, 60_000, 500),
                    "police_funds_applied": applied,
                    "police_funds_granted": granted,
                    "police_funds_sek": rng.randrange(5_000, 80_000, 1_000) if granted else None,
                    "payload_ct": payloads.seal(
                        "support_steps",
                        step_id,
                        {"provider": rng.choice(_PROVIDERS), "legal_basis": "4 kap. 1 § SoL"},
                    ),
                    **self._stamp(),
                }
            )
        self._assessments(case_id, decision, end)
        goals: list[tuple[str, str, date]] = []
        for domain in rng.sample(_LIFE_DOMAINS, 3):
            goal_id = new_id()
            status = rng.choice(["open", "open", "achieved", "partly"])
            deadline = decision + timedelta(days=rng.randint(60, 400))
            goals.append((goal_id, status, deadline))
            self.rows[PlanGoal].append(
                {
                    "id": goal_id,
                    "case_id": case_id,
                    "life_domain": domain,
                    "status": status,
                    "deadline": deadline,
                    "payload_ct": payloads.seal(
                        "plan_goals",
                        goal_id,
                        {
                            "goal": _GOALS[domain],
                            "owner": "Deltagaren och handläggaren",
                            "own_words": "Jag vill kunna leva ett vanligt liv.",
                        },
                    ),
                    **self._stamp(),
                }
            )
        consent_id = new_id()
        self.rows[Consent].append(
            {
                "id": consent_id,
                "case_id": case_id,
                "written": True,
                "valid_from": decision,
                "valid_to": decision + timedelta(days=rng.choice((365, 730))),
                "withdrawn_on": None,
                "payload_ct": payloads.seal(
                    "consents",
                    consent_id,
                    {
                        "agencies": ["police", "prison_service", "social_services"],
                        "scope": "Informationsutbyte inom avhopparverksamheten",
                    },
                ),
                **self._stamp(),
            }
        )
        threat_id = new_id()
        self.rows[ThreatAssessment].append(
            {
                "id": threat_id,
                "case_id": case_id,
                "level": rng.choice(["low", "medium", "medium", "high", "critical"]),
                "assessed_on": decision,
                "next_review_on": decision + timedelta(days=90),
                "created_at": self.now,
                "created_by": "demo",
                "payload_ct": payloads.seal("threat_assessments", threat_id, {"source": "Polisen"}),
            }
        )
        reminders = _CaseReminders(self, case_id, person_id, worker, closed)
        reminders.follow_ups(decision)
        reminders.plan_reviews(goals)
        return count

    def _assessments(self, case_id: str, decision: date, end: date) -> None:
        rng = self.gen.rng
        start_scores = {d: rng.randint(1, 3) for d in _LIFE_DOMAINS}
        later = {d: min(5, v + rng.choice((0, 0, 1, 1, 2, 3))) for d, v in start_scores.items()}
        for day, scores in ((decision, start_scores), (end, later)):
            assessment_id = new_id()
            self.rows[Assessment].append(
                {
                    "id": assessment_id,
                    "case_id": case_id,
                    "assessed_on": day,
                    "created_at": self.now,
                    "created_by": "demo",
                    "payload_ct": self.payloads.seal(
                        "assessments", assessment_id, {"scores": scores}
                    ),
                }
            )

    def _contacts(self, case_id: str) -> None:
        rng, fake = self.gen.rng, self.gen.faker
        for _ in range(rng.choice((1, 2, 2, 3, 4))):
            contact_id, link_id = new_id(), new_id()
            professional = rng.random() < 0.55
            if professional:
                agency, role = rng.choice(_AGENCIES)
                data = {
                    "name": fake.name(),
                    "agency": agency,
                    "title": "",
                    "relation": "",
                    "phone": f"+4610{rng.randrange(1_000_000, 9_999_999)}",
                    "email": "",
                    "notes": "",
                }
            else:
                relation, role = rng.choice(
                    (
                        ("mamma", "relative"),
                        ("pappa", "relative"),
                        ("syster", "relative"),
                        ("mentor", "mentor"),
                    )
                )
                data = {
                    "name": fake.name(),
                    "agency": "",
                    "title": "",
                    "relation": relation,
                    "phone": f"+4673{rng.randrange(1_000_000, 9_999_999)}",
                    "email": "",
                    "notes": "",
                }
            self.rows[Contact].append(
                {
                    "id": contact_id,
                    "kind": "professional" if professional else "private",
                    "payload_ct": self.payloads.seal("contacts", contact_id, data),
                    **self._stamp(),
                }
            )
            self.rows[CaseContact].append(
                {
                    "id": link_id,
                    "case_id": case_id,
                    "contact_id": contact_id,
                    "role": role,
                    "may_contact": rng.random() < 0.85,
                    "risk": rng.random() < 0.1,
                    "payload_ct": self.payloads.seal("case_contacts", link_id, {"note": ""}),
                    **self._stamp(),
                }
            )

    def size(self) -> int:
        return max(len(rows) for rows in self.rows.values())


class _CaseReminders:
    """A decided case's follow-ups (``manual``, with a text) and plan reviews
    (``plan_review``, one per goal at its deadline), laid out as
    :class:`~avhopp.services.network_service.ReminderService` lays them out: a manual one's
    payload is ``{"text", "created_by"}``, an automatic one has none until it is done, and
    marking either done adds ``"done_by"``. The owner is the case's responsible worker, as
    for the automatic reminders.

    Whether one due before today was done, and when (the unit's figures, roughly): about
    80 % on a weekday up to five days before the due date, about 12 % one to 30 days late,
    and about 8 % still open (overdue) — those due more than 60 days ago were done after
    all, one to three months late. Due today or later: open.

    A closed case looks as it would after a real closure: no follow-up is set after the
    closing date, and the plan reviews due after it are gone (closing a case drops its open
    automatic reminders, :func:`avhopp.domain.network.plan_automatic`); whatever was still
    open at the closure was done on the closing day (the worker clears the follow-ups and the
    closing assessment reviews the plan), so a closed case leaves nothing on a dashboard.
    Likewise a review of a goal already achieved is done, or gone if it would still be open
    (marking the goal achieved drops it). So refreshing a demo case's automatic reminders
    neither moves nor drops one of these.
    """

    def __init__(
        self, details: _Details, case_id: str, person_id: str, worker: Any, closed: date | None
    ) -> None:
        self.details, self.case_id, self.person_id = details, case_id, person_id
        self.rng, self.today = details.gen.reminder_rng, details.gen.today
        self.owner = worker.id if worker else None
        self.username = worker.username if worker else "demo"
        self.closed = closed

    def follow_ups(self, decision: date) -> None:
        """Every 30 to 60 days from the decision, up to the closure or a month ahead."""
        rng = self.rng
        last = self.closed or self.today + timedelta(days=_FOLLOW_UP_AHEAD)
        due = decision + timedelta(days=rng.randint(*_FOLLOW_UP_EVERY))
        while due <= last:
            done_at = self._done_at(due)
            self._add(ReminderKind.MANUAL, due, done_at, text=rng.choice(_FOLLOW_UP_TEXTS))
            due += timedelta(days=rng.randint(*_FOLLOW_UP_EVERY))

    def plan_reviews(self, goals: list[tuple[str, str, date]]) -> None:
        """A review of each goal at its deadline (``source_id`` = the goal)."""
        for goal_id, status, deadline in goals:
            if self.closed is not None and deadline > self.closed:
                continue  # dropped when the case closed
            done_at = self._done_at(deadline)
            if done_at is None and status in CLOSED_GOAL_STATUSES:
                continue  # dropped when the goal was marked achieved
            self._add(ReminderKind.PLAN_REVIEW, deadline, done_at, source_id=goal_id)

    def _done_at(self, due: date) -> datetime | None:
        """When a reminder due on ``due`` was done, or None while it is open."""
        if due >= self.today:
            return None
        roll = self.rng.random()
        if roll < _ON_TIME:
            done = self._office_time(due - timedelta(days=_EARLY_DAYS), due)
        elif roll < _ON_TIME + _LATE:
            # Never after yesterday: nothing is done in the future (not even later today).
            latest = min(due + timedelta(days=_LATE_DAYS), self.today - timedelta(days=1))
            done = self._office_time(due + timedelta(days=1), latest)
        elif due < self.today - timedelta(days=_STALE_DAYS):
            # Left open, but not for ever: a unit clears a forgotten follow-up within a few
            # months, so the demo's dashboards do not carry years of overdue ones.
            latest = min(due + timedelta(days=_STALE_DAYS + 30), self.today - timedelta(days=1))
            done = self._office_time(due + timedelta(days=_LATE_DAYS + 1), latest)
        else:
            done = None
        if self.closed is not None and (done is None or done.date() > self.closed):
            return self._office_time(self.closed, self.closed)
        return done

    def _office_time(self, first: date, last: date) -> datetime | None:
        """A weekday between ``first`` and ``last`` (any day if the span has none; None if
        it is empty), between 07:00 and 15:00 UTC: office hours in Sweden winter and summer,
        and the same calendar day in any European time zone."""
        span = (last - first).days + 1
        if span <= 0:
            return None
        days = [first + timedelta(days=i) for i in range(span)]
        day = self.rng.choice([d for d in days if d.weekday() < _SATURDAY] or days)
        minutes = self.rng.randrange(_OFFICE_MINUTES)
        return datetime.combine(day, _OFFICE_OPENS) + timedelta(minutes=minutes)

    def _add(
        self,
        kind: ReminderKind,
        due: date,
        done_at: datetime | None,
        *,
        text: str | None = None,
        source_id: str | None = None,
    ) -> None:
        reminder_id = new_id()
        data: dict[str, Any] = {}
        if text is not None:
            data = {"text": text, "created_by": self.username}
        if done_at is not None:
            data["done_by"] = self.username
        details, now = self.details, self.details.now
        details.reminders += 1
        details.rows[Reminder].append(
            {
                "id": reminder_id,
                "case_id": self.case_id,
                "person_id": self.person_id,
                "owner_id": self.owner,
                "kind": kind.value,
                "source_id": source_id,
                "due_on": due,
                "done_at": done_at,
                "payload_ct": details.payloads.seal(REMINDER_TABLE, reminder_id, data)
                if data
                else None,
                "created_at": now,
                "updated_at": now,
                "updated_by": "demo",
                "version": 1,
            }
        )


_STEP_ITEMS = [(e.parent or "", e.code) for e in STEP_ITEMS]
_FOLLOW_UP_EVERY = (30, 60)  # days between a case's follow-ups
_FOLLOW_UP_AHEAD = 30  # days: how far ahead a case worker has set follow-ups
_ON_TIME, _LATE = 0.80, 0.12  # of the reminders due before today; the rest are still open
_EARLY_DAYS, _LATE_DAYS = 5, 30  # done up to this many days before, or after, the due date
_STALE_DAYS = 60  # an open one due longer ago than this was done late after all
_OFFICE_OPENS, _OFFICE_MINUTES = time(7), 8 * 60  # UTC
_SATURDAY = 5
_FOLLOW_UP_TEXTS = (
    "Uppföljningssamtal",
    "Stäm av boendet",
    "Kontakta skolan",
    "Följ upp kontakten med Kronofogden",
    "Boka möte med frivården",
    "Stäm av säkerhetsplanen",
    "Följ upp arbetsträningen",
    "Ring mentorn",
    "Kontrollera att ansökan om försörjningsstöd kommit in",
    "Följ upp vårdkontakten",
    "Stäm av med Polisen om hotbilden",
)
_LIFE_DOMAINS = [e.code for e in LIFE_DOMAINS]
_PROVIDERS = ("Egen regi", "Stiftelsen Fryshuset", "KRIS", "Bostadsbolaget", "Kriminalvården")
_AGENCIES = (
    ("Polisen", "police_officer"),
    ("Kriminalvården", "probation_officer"),
    ("Socialtjänsten", "case_officer"),
    ("Arbetsförmedlingen", "case_officer"),
)
_GOALS = {
    "housing": "Ha ett eget hyreskontrakt.",
    "income": "Ha en egen försörjning.",
    "occupation": "Börja arbeta eller studera.",
    "health": "Regelbunden kontakt med vården.",
    "debts": "En plan för skulderna hos Kronofogden.",
    "network": "Återuppta kontakten med familjen.",
    "criminal_environment": "Ingen kontakt med den tidigare miljön.",
    "safety": "Följa säkerhetsplanen.",
}


def generate_demo(
    vault: Vault,
    *,
    participants: int,
    seed: int = 2026,
    notes_per_case: float = 24.0,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Fill an empty vault with synthetic participants, cases, phase histories and signed
    journal notes. Only on a vault without participants: demo data never mixes with real data.

    Raises:
        PermissionDeniedError: only an administrator or manager generates demo data.
        ValidationError: the vault already has participants, or the size is out of range.
    """
    actor = vault.actor
    if not ({Role.ADMINISTRATOR, Role.MANAGER} & actor.roles):
        raise PermissionDeniedError(action="generate demo data")
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise ValidationError(
            "Choose between 1 and {n} participants.", field="participants", n=MAX_PARTICIPANTS
        )
    with vault.unit_of_work() as uow:
        existing = uow.session.execute(select(func.count()).select_from(Person)).scalar_one()
        if existing:
            raise ValidationError(
                "Demo data is only generated into an empty vault (this one has participants).",
                field="participants",
            )
        workers = [u for u in uow.users.list() if u.active and Role.CASE_WORKER in u.roles]
        gen = _Generator(uow, seed=seed, today=vault.clock().date(), workers=workers)
        summary = _fill(
            vault,
            uow,
            gen,
            participants=participants,
            notes_per_case=notes_per_case,
            progress=progress,
            cancel=cancel,
            seed=seed,
        )
        vault.audit_entry(
            uow,
            "demo.generate",
            details={
                "participants": summary.participants,
                "cases": summary.cases,
                "notes": summary.notes,
                "support_steps": summary.support_steps,
                "reminders": summary.reminders,
                "seed": seed,
            },
        )
        uow.commit()
    return summary


def _note_rows(
    gen: _Generator,
    uow: UnitOfWork,
    case_id: str,
    *,
    inquiry: date,
    end: date,
    worker: Any,
    now: Any,
    notes_per_case: float,
) -> list[dict[str, Any]]:
    """A case's signed journal notes between its inquiry and its end (text-only payloads,
    as the journal service writes them)."""
    rng = gen.rng
    span = max(1, (end - inquiry).days)
    rows = []
    for _ in range(max(1, int(rng.expovariate(1 / notes_per_case)))):
        note_id = new_id()
        event = inquiry + timedelta(days=rng.randint(0, span - 1))
        rows.append(
            {
                "id": note_id,
                "case_id": case_id,
                "note_type": _weighted(rng, NOTE_TYPES),
                "event_date": event,
                "author_id": worker.id if worker else None,
                "status": "signed",
                "signed_at": now,
                "signed_by": worker.username if worker else "demo",
                "corrects_id": None,
                "payload_ct": uow.payloads.seal_text("journal_notes", note_id, _note_text(rng)),
                "created_at": now,
                "updated_at": now,
                "updated_by": "demo",
                "version": 1,
            }
        )
    return rows


def _fill(
    vault: Vault,
    uow: UnitOfWork,
    gen: _Generator,
    *,
    participants: int,
    notes_per_case: float,
    progress: Progress | None,
    cancel: threading.Event | None,
    seed: int,
    steps_per_decided_case: float = 20.0,
) -> DemoSummary:
    session, payloads, blind = uow.session, uow.payloads, uow.blind_index
    rng = gen.rng
    now = vault.clock()
    start_window = gen.today - timedelta(days=6 * 365)
    people: list[dict[str, Any]] = []
    lists: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    history_rows: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    totals = {"cases": 0, "phases": 0, "notes": 0, "steps": 0}
    details = _Details(gen, uow, now)

    def flush(force: bool = False) -> None:
        # Parents before children (foreign keys are checked at once), all lists together.
        if not force and max(len(people), len(cases), len(notes), details.size()) < BATCH:
            return
        batches: list[tuple[type[Any], list[dict[str, Any]]]] = [
            (Person, people),
            (PersonList, lists),
            (Case, cases),
            (PhaseChangeRow, history_rows),
            (JournalNote, notes),
            *details.rows.items(),
        ]
        for model, rows in batches:
            if rows:
                # render_nulls: a None goes in as NULL instead of leaving the column out, so
                # every row has the same columns and a table's batch is one executemany (the
                # models have no column defaults that a left-out column would have taken).
                session.execute(insert(model).execution_options(render_nulls=True), rows)
                rows.clear()

    for index in range(participants):
        if cancel is not None and cancel.is_set():
            raise ValidationError("Cancelled; nothing was written.")
        person_id = new_id()
        data = gen.person()
        number = data["identity_number"]
        swedish = data["identity_kind"] in ("personnummer", "samordningsnummer")
        people.append(
            {
                "id": person_id,
                "identity_bi": blind.of(number, kind=IDENTITY_INDEX) if swedish else None,
                "payload_ct": payloads.seal("people", person_id, data),
                "created_at": now,
                "updated_at": now,
                "updated_by": "demo",
                "version": 1,
            }
        )
        references: dict[str, str] = {}
        for _ in range(1 if rng.random() < 0.8 else 2):
            inquiry = start_window + timedelta(
                days=rng.randint(0, (gen.today - start_window).days - 1)
            )
            timeline, reason = gen.case_timeline(inquiry)
            case_id = new_id()
            reference = gen.reference(inquiry.year)
            references[case_id] = reference
            worker = rng.choice(gen.workers) if gen.workers else None
            decision = next((d for p, d in timeline if p in phases.AFTER_DECISION), None)
            closed = timeline[-1][1] if reason is not None else None
            cases.append(
                {
                    "id": case_id,
                    "person_id": person_id,
                    "reference_bi": blind.of(reference, kind=REFERENCE_INDEX),
                    "phase": timeline[-1][0],
                    "referral_source": _weighted(rng, REFERRAL_WEIGHTS),
                    "inquiry_on": inquiry,
                    "decision_on": decision,
                    "agreement_signed_on": decision,
                    "closed_on": closed,
                    "closure_reason": reason,
                    "responsible_user_id": worker.id if worker else None,
                    "team": worker.team if worker else None,
                    "payload_ct": payloads.seal(
                        CASE_TABLE, case_id, {"reference": reference, "summary": ""}
                    ),
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": "demo",
                    "version": 1,
                }
            )
            for seq, (phase, entered) in enumerate(timeline, start=1):
                row_id = new_id()
                history_rows.append(
                    {
                        "id": row_id,
                        "case_id": case_id,
                        "seq": seq,
                        "phase": phase,
                        "entered_on": entered,
                        "closure_reason": reason if phase == phases.CLOSED else None,
                        "created_at": now,
                        "created_by": "demo",
                        "payload_ct": payloads.seal(PHASE_TABLE, row_id, {"comment": ""}),
                    }
                )
            end = closed or gen.today
            case_notes = _note_rows(
                gen,
                uow,
                case_id,
                inquiry=inquiry,
                end=end,
                worker=worker,
                now=now,
                notes_per_case=notes_per_case,
            )
            notes += case_notes
            totals["cases"] += 1
            totals["phases"] += len(timeline)
            totals["notes"] += len(case_notes)
            totals["steps"] += details.add(
                case_id,
                decision,
                end,
                steps_per_case=steps_per_decided_case,
                person_id=person_id,
                worker=worker,
                closed=closed,
            )
        lists.append(
            {
                "person_id": person_id,
                "payload_ct": payloads.seal(LIST_TABLE, person_id, list_payload(data, references)),
            }
        )
        flush()
        if progress is not None and (index % 200 == 0 or index == participants - 1):
            progress(index + 1, participants)
    flush(force=True)
    return DemoSummary(
        participants=participants,
        cases=totals["cases"],
        phase_changes=totals["phases"],
        notes=totals["notes"],
        support_steps=totals["steps"],
        seed=seed,
        reminders=details.reminders,
    )
