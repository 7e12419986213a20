"""The council report's renderer: every published figure is printed in its row exactly as its
status says (a number, "<5", "×", "–"), nothing suppressed leaks into the PDF, the manager's
summary is printed literally, both languages, metadata, page furniture and charts.

The figures are built from hand-made raw figures of two periods (PeriodStats) through the
disclosure control of :func:`avhopp.domain.council.council_figures`, so the raw value behind
every suppressed cell is known and can be looked for.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pdf_check
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect, String

from avhopp.domain.code_lists import DEFAULTS, CodeList
from avhopp.domain.council import (
    CouncilFigures,
    Figure,
    FigureRow,
    FigureTable,
    council_figures,
)
from avhopp.domain.disclosure import Status
from avhopp.domain.stats import Median, PeriodStats, previous_period
from avhopp.reports.base import SERIES
from avhopp.reports.charts import bar_chart, column_chart
from avhopp.reports.council import render_council
from avhopp.reports.texts import fmt_decimal, fmt_int, fmt_percent

# The shared PDF fixtures of this folder (a module, not a conftest.py: see pdf_check).
pdf_text = pdf_check.pdf_text
table_row = pdf_check.table_row
render_pngs = pdf_check.render_pngs

START, END = date(2026, 1, 1), date(2026, 6, 30)
PREV_START, PREV_END = previous_period(START, END)
GENERATED = datetime(2026, 7, 2, 9, 15)
MUNICIPALITY = "Exempelby kommun"


def labels(language: str = "sv") -> dict[str, dict[str, str]]:
    out = {}
    for code_list in (
        CodeList.REFERRAL_SOURCE,
        CodeList.CLOSURE_REASON,
        CodeList.PHASE,
        CodeList.STEP_CATEGORY,
        CodeList.LIFE_DOMAIN,
    ):
        out[str(code_list)] = {
            e.code: (e.label_en if language == "en" else e.label_sv) for e in DEFAULTS[code_list]
        }
    return out


def current_stats(**changes: Any) -> PeriodStats:
    stats = PeriodStats(
        start=START,
        end=END,
        inquiries_by_source={"police": 12, "prison": 8, "self": 3, "school": 3},
        assessment_outcomes={"decision": 18, "not_eligible": 3, "under_assessment": 5},
        active_at_start=48,
        active_at_end=54,
        new_cases=26,
        closed_cases=20,
        active_in_period=74,
        active_at_end_by_phase={"active_support": 30, "aftercare": 20, "protection": 4},
        closures_by_reason={"completed": 12, "ended_by_participant": 6, "breach": 2},
        lead_inquiry_to_decision_days=Median(31.5, 18),
        lead_decision_to_protection_days=Median(4.0, 3),
        months_in_programme_closed=Median(14.25, 20),
        participants_by_step_category={"protection": 9, "housing": 30, "care": 2},
        steps_active=80,
        steps_external=30,
        police_funds_applied=12,
        police_funds_granted=7,
        police_funds_granted_sek=450_000,
        outcomes_at_closure={
            "stable_housing": 10,
            "occupation": 8,
            "own_income": 3,
            "improved": 12,
        },
        closed_with_assessment=16,
        with_signed_agreement=40,
        with_plan=50,
        with_valid_consent_at_end=35,
        caseload_by_month=(
            ("2026-01", 50),
            ("2026-02", 3),
            ("2026-03", 52),
            ("2026-04", 55),
            ("2026-05", 53),
            ("2026-06", 54),
        ),
    )
    return replace(stats, **changes)


def previous_stats(**changes: Any) -> PeriodStats:
    stats = PeriodStats(
        start=PREV_START,
        end=PREV_END,
        inquiries_by_source={"police": 20, "self": 10},
        assessment_outcomes={"decision": 25, "not_eligible": 5},
        active_at_start=40,
        active_at_end=48,
        new_cases=30,
        closed_cases=22,
        active_in_period=70,
        active_at_end_by_phase={"active_support": 28, "aftercare": 20},
        closures_by_reason={"completed": 12, "moved": 10},
        lead_inquiry_to_decision_days=Median(29.0, 25),
        lead_decision_to_protection_days=Median(6.0, 8),
        months_in_programme_closed=Median(12.0, 22),
        participants_by_step_category={"protection": 8, "housing": 25},
        steps_active=70,
        steps_external=20,
        police_funds_applied=8,
        police_funds_granted=8,
        police_funds_granted_sek=300_000,
        outcomes_at_closure={"stable_housing": 6, "improved": 7},
        closed_with_assessment=8,
        with_signed_agreement=35,
        with_plan=40,
        with_valid_consent_at_end=30,
    )
    return replace(stats, **changes)


def make_figures(threshold: int = 5) -> CouncilFigures:
    order = {name: tuple(codes) for name, codes in labels().items()}
    return council_figures(current_stats(), previous_stats(), threshold, order=order)


def render(figures: CouncilFigures | None = None, **options: Any) -> bytes:
    language = options.pop("language", "sv")
    arguments: dict[str, Any] = {
        "labels": labels(language),
        "municipality": MUNICIPALITY,
        "summary_text": "Inflödet har ökat.",
        "language": language,
        "generated_at": GENERATED,
    }
    arguments.update(options)
    return render_council(figures or make_figures(), **arguments)


# -------------------------------------------------------------------- reading back


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def shown(figure: Figure, threshold: int, kind: str = "count") -> str:
    """How a published figure must read in the Swedish report."""
    if figure.status is Status.SMALL:
        return f"<{threshold}"
    if figure.status is Status.HIDDEN:
        return "×"
    if figure.status is Status.WITHHELD:
        return "–"
    assert figure.value is not None
    if kind == "share":
        return plain(fmt_percent(figure.value, "sv"))
    if kind == "median":
        return plain(fmt_decimal(figure.value, "sv", 1))
    if kind == "sek":
        return plain(fmt_int(round(figure.value), "sv")) + " kr"
    return plain(fmt_int(round(figure.value), "sv"))


HEADING = re.compile(r"^\d+\. \S")
CAPTION = re.compile(r"^(Figur|Figure) \d+\.")


def section(pages: list[str], heading: str) -> list[str]:
    """The layout lines of one numbered section, up to the next heading or chart caption."""
    lines = [line for page in pages for line in page.splitlines()]
    starts = [i for i, line in enumerate(lines) if line.strip() == heading]
    assert len(starts) == 1, f"heading {heading!r} found {len(starts)} times"
    out = []
    for line in lines[starts[0] + 1 :]:
        if HEADING.match(line.strip()) or CAPTION.match(line.strip()):
            break
        out.append(line)
    return out


SV_LABELS = labels("sv")


def count_rows(table: FigureTable, code_list: str | None) -> list[tuple[str, FigureRow]]:
    rows = [(SV_LABELS[code_list][r.key] if code_list else r.key, r) for r in table.rows]
    if table.total is not None:
        rows.append(("Totalt", table.total))
    return rows


ASSESSMENT_SV = {
    "decision": "Beslut om insatser",
    "not_eligible": "Ej aktuellt efter bedömning",
    "ended_by_participant": "Avbrutet av deltagaren",
    "closed_other": "Avslutat av annan orsak",
    "under_assessment": "Bedömning pågår",
}
CASELOAD_SV = {
    "active_at_start": "Aktiva vid periodens början",
    "new_cases": "Nya ärenden (förfrågningar)",
    "closed_cases": "Avslutade ärenden",
    "active_at_end": "Aktiva vid periodens slut",
}
LEAD_SV = {
    "inquiry_to_decision_days": "Förfrågan → beslut (dagar, median)",
    "decision_to_protection_days": "Beslut → första skyddsinsats (dagar, median)",
    "months_in_programme_closed": "Tid i programmet för avslutade (månader, median)",
}
OUTCOME_SV = {
    "stable_housing": "Stabilt boende",
    "occupation": "Sysselsättning (arbete, studier, praktik)",
    "own_income": "Egen försörjning",
    "debt_plan": "Skulder under kontroll (skuldplan)",
    "no_contact_with_criminal_environment": "Ingen känd kontakt med kriminell miljö",
    "improved": "Förbättrad skattning sedan första bedömningen",
}
QUALITY_SV = {
    "with_plan": "Med upprättad plan",
    "with_signed_agreement": "Med undertecknad överenskommelse",
    "with_valid_consent_at_end": "Med giltigt samtycke vid periodens slut",
}


def expected_rows(f: CouncilFigures) -> dict[str, list[tuple[str, list[str]]]]:
    """Section heading → [(row label, the cells it must show, in order)]."""
    t = f.threshold

    def counts(row: FigureRow) -> list[str]:
        return [shown(row.current, t), shown(row.previous, t)]

    def shares(row: Any) -> list[str]:
        return [
            shown(row.current, t),
            shown(row.current_share, t, "share"),
            shown(row.previous, t),
            shown(row.previous_share, t, "share"),
        ]

    phases = [
        (label, row) for label, row in count_rows(f.active_by_phase, "phase") if row.key != "closed"
    ]
    active_at_end = next(r for r in f.caseload.rows if r.key == "active_at_end")
    return {
        "1. Ärendeflöde": [(CASELOAD_SV[r.key], counts(r)) for r in f.caseload.rows],
        "2. Inflöde per aktualiseringskälla": [
            (label, counts(r)) for label, r in count_rows(f.inflow_by_source, "referral_source")
        ],
        "3. Utfall av förhandsbedömning": [
            (ASSESSMENT_SV.get(label, label), counts(r))
            for label, r in count_rows(f.assessment_outcomes, None)
        ],
        "4. Aktiva vid periodens slut per fas": [(label, counts(r)) for label, r in phases],
        "5. Avslut per orsak": [
            (label, counts(r)) for label, r in count_rows(f.closures_by_reason, "closure_reason")
        ],
        "6. Ledtider": [
            (
                LEAD_SV[r.key],
                [
                    shown(r.current, t, "median"),
                    shown(r.current_n, t),
                    shown(r.previous, t, "median"),
                    shown(r.previous_n, t),
                ],
            )
            for r in f.lead_times
        ],
        "7. Insatser": [
            *(
                (label, counts(r))
                for label, r in count_rows(f.support_by_category, "step_category")
            ),
            ("Pågående insatser under perioden", counts(f.steps_active)),
            ("varav utförda av extern aktör", shares(f.steps_external)),
            ("Ansökningar om Polisens avhopparmedel", counts(f.police_applied)),
            ("varav beviljade", shares(f.police_granted)),
            (
                "Beviljat belopp",
                [
                    shown(f.police_granted_sek.current, t, "sek"),
                    shown(f.police_granted_sek.previous, t, "sek"),
                ],
            ),
        ],
        "8. Utfall vid avslut": [
            ("Avslutade ärenden med skattning (bas)", counts(f.outcomes_base)),
            *((OUTCOME_SV[r.key], shares(r)) for r in f.outcomes),
        ],
        "9. Kvalitet": [
            ("Aktiva vid periodens slut (bas)", counts(active_at_end)),
            *((QUALITY_SV[r.key], shares(r)) for r in f.quality),
        ],
    }


# -------------------------------------------------------------------- figures in their rows


def test_the_test_figures_hold_every_status() -> None:
    """The dataset is only useful when it prints numbers, <5, × and – (else the row tests
    below would prove less than they claim)."""
    f = make_figures()
    statuses = {
        figure.status
        for table in (f.caseload, f.inflow_by_source, f.assessment_outcomes, f.closures_by_reason)
        for row in (*table.rows, *((table.total,) if table.total else ()))
        for figure in (row.current, row.previous)
    }
    statuses |= {r.current.status for r in f.lead_times} | {
        r.previous_share.status for r in f.outcomes
    }
    assert statuses == set(Status)


def test_every_figure_is_printed_in_its_row_as_its_status_says(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    f = make_figures()
    pages = pdf_text(render(f), layout=True)
    checked = 0
    for heading, rows in expected_rows(f).items():
        lines = section(pages, heading)
        for label, cells in rows:
            assert table_row(lines, label) == cells, (heading, label)
            checked += 1
    assert checked > 50


def test_known_values_in_the_caseload_and_support_rows(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    """A few answers written out by hand (not derived from the figures object)."""
    pages = pdf_text(render(), layout=True)
    caseload = section(pages, "1. Ärendeflöde")
    assert table_row(caseload, "Aktiva vid periodens början") == ["48", "40"]
    assert table_row(caseload, "Nya ärenden (förfrågningar)") == ["26", "30"]
    assert table_row(caseload, "Avslutade ärenden") == ["20", "22"]
    assert table_row(caseload, "Aktiva vid periodens slut") == ["54", "48"]
    support = section(pages, "7. Insatser")
    assert table_row(support, "Pågående insatser under perioden") == ["80", "70"]
    assert table_row(support, "varav utförda av extern aktör") == ["30", "38 %", "20", "29 %"]
    # 8 applications in the previous period: too few for a share.
    assert table_row(support, "varav beviljade") == ["7", "58 %", "8", "–"]
    assert table_row(support, "Beviljat belopp") == ["450 000 kr", "300 000 kr"]
    lead = section(pages, "6. Ledtider")
    # n = 3 in this period: the median is withheld, its n printed as small.
    assert table_row(lead, "Beslut → första skyddsinsats (dagar, median)") == [
        "–",
        "<5",
        "6,0",
        "8",
    ]
    assert table_row(lead, "Förfrågan → beslut (dagar, median)") == ["31,5", "18", "29,0", "25"]


def test_suppressed_cells_never_show_their_raw_value(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    f = make_figures()
    pages = pdf_text(render(f), layout=True)
    raw_closures = {"completed": 12, "ended_by_participant": 6, "breach": 2}
    raw_inflow = {"police": 12, "prison": 8, "self": 3, "school": 3}
    suppressed = 0
    for heading, table, raw, code_list in (
        ("5. Avslut per orsak", f.closures_by_reason, raw_closures, "closure_reason"),
        ("2. Inflöde per aktualiseringskälla", f.inflow_by_source, raw_inflow, "referral_source"),
    ):
        lines = section(pages, heading)
        for row in table.rows:
            if row.current.exact:
                continue
            suppressed += 1
            cells = table_row(lines, SV_LABELS[code_list][row.key])
            assert cells[0] in {"<5", "×"}
            assert str(raw[row.key]) not in cells
    assert suppressed >= 3
    closures = section(pages, "5. Avslut per orsak")
    assert table_row(closures, "Avbrutet på grund av regelbrott")[0] == "<5"
    # Secondary suppression hid one more cell of the table, printed as ×.
    assert "×" in [
        c
        for row in f.closures_by_reason.rows
        for c in table_row(closures, SV_LABELS["closure_reason"][row.key])
    ]
    # The small month of the caseload has no value anywhere in the chart: only its symbol.
    text = "\n".join(pdf_text(render(f)))
    chart = text[text.index("Figur 1.") : text.index("2. Inflöde")]
    assert "<5" in chart
    assert not re.search(r"(?m)^\s*3\s*$", chart)


def test_threshold_seven_prints_less_than_seven(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    f = make_figures(threshold=7)
    assert f.closures_by_reason.rows[1].current.status is Status.SMALL  # 6 < 7
    pages = pdf_text(render(f), layout=True)
    closures = section(pages, "5. Avslut per orsak")
    assert table_row(closures, "Avbrutet av deltagaren")[0] == "<7"
    assert "<5" not in "\n".join(pages)
    text = " ".join(" ".join(pdf_text(render(f))).split())
    assert "antal 1–6 visas som <7" in text
    assert "medianer bara när de bygger på minst 7 ärenden" in text
    for heading, rows in expected_rows(f).items():
        lines = section(pages, heading)
        for label, cells in rows:
            assert table_row(lines, label) == cells, (heading, label)


def test_hidden_and_withheld_counts_are_printed_as_symbols(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    """Statuses set by hand on figures a real dataset rarely suppresses."""
    f = make_figures()
    rows = list(f.caseload.rows)
    rows[0] = FigureRow(rows[0].key, Figure(Status.HIDDEN), Figure(Status.SMALL))
    rows[1] = FigureRow(rows[1].key, Figure(Status.WITHHELD), Figure(Status.EXACT, 1234.0))
    f = replace(f, caseload=FigureTable(rows=tuple(rows)))
    pages = pdf_text(render(f), layout=True)
    caseload = section(pages, "1. Ärendeflöde")
    assert table_row(caseload, "Aktiva vid periodens början") == ["×", "<5"]
    assert table_row(caseload, "Nya ärenden (förfrågningar)") == ["–", "1 234"]
    # No change is worked out from a hidden figure in the key-figure strip.
    first = pdf_text(render(f))[0]
    assert "Föregående period: 1 234" in first


def test_unknown_codes_are_printed_as_codes(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    f = make_figures()
    renamed = FigureRow(
        "legacy_source", f.inflow_by_source.rows[0].current, Figure(Status.EXACT, 0)
    )
    f = replace(
        f,
        inflow_by_source=replace(f.inflow_by_source, rows=(renamed, *f.inflow_by_source.rows[1:])),
    )
    pages = pdf_text(render(f), layout=True)
    inflow = section(pages, "2. Inflöde per aktualiseringskälla")
    assert table_row(inflow, "legacy_source") == ["12", "0"]


# -------------------------------------------------------------------- summary, language, metadata


def test_summary_is_printed_literally_never_as_markup(pdf_text: Callable[..., list[str]]) -> None:
    summary = "Läget: a < b & c <b>inte fet</b> &amp; klart.\n\nAndra stycket > första."
    first = pdf_text(render(summary_text=summary))[0]
    assert "Läget: a < b & c <b>inte fet</b> &amp; klart." in first
    assert "Andra stycket > första." in first
    assert "Ingen sammanfattning" not in first


def test_empty_summary_says_so(pdf_text: Callable[..., list[str]]) -> None:
    first = pdf_text(render(summary_text=""))[0]
    assert "Ingen sammanfattning." in first


def test_a_long_summary_runs_on_to_the_next_page(
    pdf_text: Callable[..., list[str]], render_pngs: Callable[[bytes], list[Path]]
) -> None:
    summary = "\n\n".join(f"Stycke {i}: " + "lång text om läget " * 12 for i in range(30))
    data = render(summary_text=summary)
    pages = pdf_text(data)
    assert "Stycke 0:" in pages[0]
    assert "Stycke 29:" in "\n".join(pages[1:])
    render_pngs(data)


def test_a_summary_of_many_short_lines_breaks_across_pages(
    pdf_text: Callable[..., list[str]],
) -> None:
    """3000 characters of one-word lines (the longest summary the service accepts)."""
    summary = "qwx\n" * 750
    pages = pdf_text(render(summary_text=summary))
    assert sum(page.count("qwx") for page in pages) == 750
    assert pages[1].count("qwx") > 0


def test_a_broken_logo_is_left_out(pdf_text: Callable[..., list[str]]) -> None:
    data = render(logo=b"not an image")
    assert not PdfReader(io.BytesIO(data)).pages[0].images
    assert "Rådsrapport — avhopparverksamheten" in pdf_text(data)[0]


def test_title_block_header_and_key_figures(pdf_text: Callable[..., list[str]]) -> None:
    first = pdf_text(render())[0]
    assert "Rådsrapport — avhopparverksamheten" in first
    assert MUNICIPALITY in first
    assert "Period: 2026-01-01 – 2026-06-30" in first
    assert f"Jämförelseperiod: {PREV_START} – {PREV_END}" in first
    assert "Skapad: 2026-07-02 09:15" in first
    assert f"{MUNICIPALITY} · Rådsrapport 2026-01-01 – 2026-06-30" in first
    # Active at the end 54 against 48, new 26 against 30, closed 20 against 22.
    assert "+6 mot föregående period (48)" in first
    assert "−4 mot föregående period (30)" in first
    assert "−2 mot föregående period (22)" in first


def test_english_report_is_in_english(pdf_text: Callable[..., list[str]]) -> None:
    pages = pdf_text(render(language="en", summary_text=""))
    text = "\n".join(pages)
    for heading in (
        "Council progress report — exit programme",
        "1. Caseload",
        "2. Inflow by referral source",
        "3. Outcome of the pre-assessment",
        "4. Active at the end of the period by phase",
        "5. Closures by reason",
        "6. Lead times",
        "7. Support delivered",
        "8. Outcomes at closure",
        "9. Quality",
        "10. Definitions and method",
        "No summary.",
        "Disclosure control has been applied",
        "Police",  # a code label from the English code list
        "Completed as planned",
    ):
        assert heading in text, heading
    for swedish in ("Ärendeflöde", "Sida ", "Perioden", "Totalt", "Polisen", "Röjandekontroll"):
        assert swedish not in text, swedish
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Aggregated figures, disclosure control applied · Generated 2026-07-02 09:15" in page


def test_english_numbers_use_english_separators(
    pdf_text: Callable[..., list[str]], table_row: Callable[[list[str], str], list[str]]
) -> None:
    pages = pdf_text(render(language="en"), layout=True)
    support = section(pages, "7. Support delivered")
    assert table_row(support, "Amount granted") == ["SEK 450,000", "SEK 300,000"]
    assert table_row(support, "of which granted") == ["7", "58%", "8", "–"]
    lead = section(pages, "6. Lead times")
    assert table_row(lead, "Inquiry → decision (days, median)") == ["31.5", "18", "29.0", "25"]


def test_metadata_has_the_title_and_nothing_personal() -> None:
    reader = PdfReader(io.BytesIO(render(summary_text="Karin Andersson har fått nytt boende.")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Rådsrapport 2026-01-01 – 2026-06-30"
    assert meta.subject == "Avhopparverksamhet"
    assert (meta.author or "") == ""
    assert (meta.get("/Keywords") or "") == ""
    values = " ".join(str(v) for v in meta.values())
    assert "Karin" not in values
    assert set(meta) <= {
        "/Title",
        "/Subject",
        "/Author",
        "/Keywords",
        "/Creator",
        "/Producer",
        "/CreationDate",
        "/ModDate",
        "/Trapped",
    }
    english = PdfReader(io.BytesIO(render(language="en"))).metadata
    assert english is not None
    assert english.title == "Council progress report 2026-01-01 – 2026-06-30"


# -------------------------------------------------------------------- pages and rendering


@pytest.mark.parametrize("language", ["sv", "en"])
def test_renders_with_pdftoppm_and_every_page_has_its_footer(
    language: str,
    pdf_text: Callable[..., list[str]],
    render_pngs: Callable[[bytes], list[Path]],
) -> None:
    data = render(language=language)
    pages = pdf_text(data)
    assert len(pages) >= 2
    label = "Sida {} av {}" if language == "sv" else "Page {} of {}"
    for number, page in enumerate(pages, start=1):
        assert label.format(number, len(pages)) in page
    assert "SEKRETESS" not in "\n".join(pages)  # aggregate: no OSL banner
    assert len(render_pngs(data)) == len(pages)


def test_on_page_is_called_for_each_page() -> None:
    seen: list[int] = []
    data = render(on_page=seen.append)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert seen == list(range(1, pages + 1))


def test_logo_is_drawn_on_the_first_page(render_pngs: Callable[[bytes], list[Path]]) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (200, 30, 30)).save(buffer, format="PNG")
    with_logo = render(logo=buffer.getvalue())
    reader = PdfReader(io.BytesIO(with_logo))
    assert reader.pages[0].images, "no image on the first page"
    assert not any(page.images for page in reader.pages[1:])
    assert not PdfReader(io.BytesIO(render())).pages[0].images
    first = render_pngs(with_logo)[0]
    with Image.open(first) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        # The red logo sits in the top right quarter.
        reds = [
            (x, y)
            for x in range(0, width, 3)
            for y in range(0, height // 4, 3)
            if rgb.getpixel((x, y)) == (200, 30, 30)
        ]
    assert reds
    assert min(x for x, _ in reds) > width // 2


# -------------------------------------------------------------------- charts


def shapes(drawing: Drawing) -> list[Any]:
    out: list[Any] = []
    for item in drawing.contents:
        out.append(item)
        if hasattr(item, "contents"):
            out.extend(shapes(item))
    return out


def bars(drawing: Drawing) -> list[Rect]:
    """The bars: filled rectangles drawn on the chart itself (the legend is a group)."""
    return [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor in SERIES]


def texts(drawing: Drawing) -> list[str]:
    return [s.text for s in shapes(drawing) if isinstance(s, String)]


def test_column_chart_draws_no_bar_for_a_suppressed_month() -> None:
    values = [
        Figure(Status.EXACT, 40.0),
        Figure(Status.SMALL),
        Figure(Status.HIDDEN),
        Figure(Status.EXACT, 0.0),
        Figure(Status.EXACT, 45.0),
    ]
    drawing = column_chart(
        ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"],
        values,
        threshold=5,
        language="sv",
        value_title="Aktiva ärenden",
        category_title="Månad",
    )
    drawn = bars(drawing)
    assert len(drawn) == 2  # 40 and 45; none for <5, ×, 0
    assert drawn[1].height / drawn[0].height == pytest.approx(45 / 40)
    labels_ = texts(drawing)
    assert {"<5", "×", "40", "45", "0", "jan", "maj", "2026", "Aktiva ärenden"} <= set(labels_)


def test_bar_chart_labels_suppressed_categories_without_a_bar() -> None:
    drawing = bar_chart(
        ["Polisen", "Skola", "SiS"],
        [
            ("2026", [Figure(Status.EXACT, 12.0), Figure(Status.SMALL), Figure(Status.HIDDEN)]),
            ("2025", [Figure(Status.EXACT, 8.0), Figure(Status.EXACT, 6.0), Figure(Status.SMALL)]),
        ],
        threshold=7,
        language="sv",
        value_title="Nya ärenden",
    )
    drawn = bars(drawing)
    assert len(drawn) == 3
    assert sorted(round(b.width / drawn[0].width, 3) for b in drawn) == sorted(
        round(v / 12, 3) for v in (12, 8, 6)
    )
    labels_ = texts(drawing)
    assert labels_.count("<7") == 2
    assert "×" in labels_
    assert {"Polisen", "Skola", "SiS", "2026", "2025", "Nya ärenden"} <= set(labels_)
