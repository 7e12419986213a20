"""The council report end to end on both engines: a unit's half-year built through the real
services with answers worked out by hand, the PDF read back with pypdf, every figure compared;
the same for a unit so small that disclosure control bites; and no personal value anywhere in
the PDF's text, metadata or file name.

Dataset (period 2026-01-01 – 2026-06-30, compared with 2025-07-01 – 2025-12-31):
- 12 "old" cases: inquiry 2025-08-01 (Polisen), investigation 2025-08-15, active support
  2025-09-01 (the decision: 31 days). Six of them close on 2026-05-01 (completed).
- New in the period: Polisen 8 (2026-02-01; five of them reach protection on 2026-03-03, a
  decision after 30 days), Självanmälan 6 (2026-03-01), Skola 2 (2026-04-01).
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from avhopp.domain.person import PersonInput
from avhopp.services import vault as vault_service

TODAY = datetime(2026, 11, 26, 12, 0)
START, END = date(2026, 1, 1), date(2026, 6, 30)
NAMES = [("Xerxes", f"Provdocka{i:02d}") for i in range(30)]
NOW = [TODAY]  # the fixture turns the clock back while it sets and ticks off reminders


def clock() -> datetime:
    return NOW[0]


def at(moment: datetime, action):  # type: ignore[no-untyped-def]
    NOW[0] = moment
    try:
        return action()
    finally:
        NOW[0] = TODAY


def register(v, first, last, source, day, number=None):
    return v.people.register_participant(
        PersonInput(first_name=first, last_name=last, identity_number=number or ""),
        referral_source=source,
        inquiry_on=day,
    ).case


@pytest.fixture
def unit(vault):
    """The dataset above; returns what must never be printed (names, numbers, references,
    note texts)."""
    personal: list[str] = []
    names = iter(NAMES)
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=clock
    ) as v:
        old = []
        for _ in range(12):
            first, last = next(names)
            case = register(v, first, last, "police", date(2025, 8, 1))
            v.cases.change_phase(case.id, "investigation", entered_on=date(2025, 8, 15))
            v.cases.change_phase(case.id, "active_support", entered_on=date(2025, 9, 1))
            old.append(case)
            personal += [last, case.reference]
        for case in old[:6]:
            v.cases.change_phase(
                case.id, "closed", entered_on=date(2026, 5, 1), closure_reason="completed"
            )
        # Follow-ups on the old cases: all 12 due on 15 February done the day before; of the
        # 12 due on 15 April six are done on the day and six ten days late; one more each,
        # due after the period, does not count. 24 due, 18 on time (75 %).
        for i, case in enumerate(old):
            for due, done in (
                (date(2026, 2, 15), datetime(2026, 2, 14, 10, 0)),
                (date(2026, 4, 15), datetime(2026, 4, 15 if i % 2 else 25, 10, 0)),
                (date(2026, 7, 20), None),
            ):
                made = at(
                    datetime(2026, 1, 10, 9, 0),
                    lambda case=case, due=due: v.reminders.add_reminder(
                        case.id, due_on=due, text="Uppföljningssamtal"
                    ),
                )
                if done is not None:
                    at(done, lambda made=made: v.reminders.complete(made.id))
        for i, (source, day, count) in enumerate(
            (
                ("police", date(2026, 2, 1), 8),
                ("self", date(2026, 3, 1), 6),
                ("school", date(2026, 4, 1), 2),
            )
        ):
            for j in range(count):
                first, last = next(names)
                case = register(v, first, last, source, day)
                personal += [last, case.reference]
                if i == 0 and j < 5:
                    v.cases.change_phase(case.id, "investigation", entered_on=date(2026, 2, 10))
                    v.cases.change_phase(case.id, "protection", entered_on=date(2026, 3, 3))
                if i == 1 and j == 0:
                    note = "Hemlig anteckning om Lövstavägen 7"
                    v.journal.write_signed(
                        case.id, note_type="conversation", event_date=day, text=note
                    )
                    personal.append(note)
    return personal


def council_text(vault, **options) -> tuple[str, PdfReader, str]:
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, clock=clock
    ) as v:
        document = v.reports.council(START, END, **options)
    reader = PdfReader(io.BytesIO(document.data))
    return "\n".join(page.extract_text() for page in reader.pages), reader, document.file_name


def section(text: str, heading: str) -> list[str]:
    """The lines of the numbered section whose heading starts with ``heading``."""
    match = re.search(rf"^\d+\. {re.escape(heading)}.*$", text, re.MULTILINE)
    assert match, heading
    rest = text[match.end() :]
    following = re.search(r"^\d+\. \S", rest, re.MULTILINE)
    return [line.strip() for line in rest[: following.start() if following else None].splitlines()]


def row(lines: list[str], label: str, width: int = 2) -> list[str]:
    """The ``width`` values printed after the row label."""
    index = lines.index(label)
    return lines[index + 1 : index + 1 + width]


def test_every_figure_of_a_known_half_year(vault, unit) -> None:
    """One dataset per engine (building it is the slow part), every section checked."""
    report = council_text(vault)
    check_caseload_and_inflow(report)
    check_outcomes_phases_and_closures(report)
    check_lead_times(report)
    check_caseload_chart_months(report)
    check_quality(report)
    assert "Röjandekontroll har tillämpats" in report[0]
    check_no_personal_value_anywhere(report, unit)
    english = council_text(vault, language="en")
    assert "Council progress report" in english[0]
    assert row(section(english[0], "Inflow"), "Total") == ["16", "12"]
    check_no_personal_value_anywhere(english, unit)


def check_caseload_and_inflow(report) -> None:
    text, _, _ = report
    flow = section(text, "Ärendeflöde")
    assert row(flow, "Aktiva vid periodens början") == ["12", "0"]
    assert row(flow, "Nya ärenden (förfrågningar)") == ["16", "12"]
    assert row(flow, "Avslutade ärenden") == ["6", "0"]
    assert row(flow, "Aktiva vid periodens slut") == ["22", "12"]
    inflow = section(text, "Inflöde")
    assert row(inflow, "Polisen") == ["8", "12"]
    # Skola 2 is "<5"; Självanmälan 6 is hidden, or 16 − 8 − 0… would give the 2 away.
    assert row(inflow, "Skola") == ["<5", "0"]
    assert row(inflow, "Självanmälan") == ["×", "0"]
    assert row(inflow, "Kriminalvården anstalt") == ["0", "0"]
    assert row(inflow, "Totalt") == ["16", "12"]


def check_outcomes_phases_and_closures(report) -> None:
    text, _, _ = report
    outcome = section(text, "Utfall av förhandsbedömning")
    assert row(outcome, "Beslut om insatser") == ["5", "12"]
    assert row(outcome, "Bedömning pågår") == ["11", "0"]
    assert row(outcome, "Totalt") == ["16", "12"]
    phases = section(text, "Aktiva vid periodens slut per fas")
    assert row(phases, "Förfrågan / aktualisering") == ["11", "0"]
    assert row(phases, "Akut fas / skyddsfas") == ["5", "0"]
    assert row(phases, "Aktivt stöd / genomförande") == ["6", "12"]
    assert row(phases, "Totalt") == ["22", "12"]
    closures = section(text, "Avslut per orsak")
    assert row(closures, "Genomfört enligt plan") == ["6", "0"]
    assert row(closures, "Totalt") == ["6", "0"]


def check_lead_times(report) -> None:
    text, _, _ = report
    leads = section(text, "Ledtider")
    # 5 decisions after 30 days now; 12 after 31 days before.
    assert row(leads, "Förfrågan → beslut (dagar, median)", 4) == ["30,0", "5", "31,0", "12"]
    # 2025-08-01 → 2026-05-01 is 273 days: 8.97 months.
    months = row(leads, "Tid i programmet för avslutade (månader, median)", 4)
    assert months[:2] == ["9,0", "6"]
    assert months[2:] == ["–", "0"]


def check_quality(report) -> None:
    text, _, _ = report
    quality = section(text, "Kvalitet")
    assert row(quality, "Uppföljningar under perioden (bas)") == ["24", "0"]
    assert row(quality, "Gjorda senast på förfallodagen", 4) == ["18", "75 %", "0", "–"]


def check_caseload_chart_months(report) -> None:
    text, _, _ = report
    flow = section(text, "Ärendeflöde")
    chart = flow[flow.index("Aktiva ärenden") :]
    for month_end in ("12", "20", "26", "28", "22"):
        assert month_end in chart


def check_no_personal_value_anywhere(report, unit) -> None:
    text, reader, file_name = report
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    for value in unit:
        assert value not in text
        assert value not in metadata
        assert value not in file_name
    for first, _ in NAMES:
        assert first not in text


def test_a_small_unit_is_suppressed(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=clock
    ) as v:
        for i in range(3):
            register(v, "Ylva", f"Liten{i}", "police", date(2026, 2, 1))
        for i in range(7):
            register(v, "Ylva", f"Större{i}", "self", date(2026, 2, 1))
    text, _, _ = council_text(vault)
    inflow = section(text, "Inflöde")
    assert row(inflow, "Polisen") == ["<5", "0"]
    assert row(inflow, "Självanmälan") == ["×", "0"]  # else 10 − 7 = 3
    assert row(inflow, "Totalt") == ["10", "0"]
    flow = section(text, "Ärendeflöde")
    assert row(flow, "Nya ärenden (förfrågningar)") == ["10", "0"]
    leads = section(text, "Ledtider")
    assert row(leads, "Förfrågan → beslut (dagar, median)", 4) == ["–", "0", "–", "0"]
