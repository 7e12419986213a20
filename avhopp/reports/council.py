"""The safety council's progress report (rådsrapport): aggregate figures of the exit
programme for a period, compared with the period just before it (DOMAIN.md §4).

The renderer sees only :class:`~avhopp.domain.council.CouncilFigures`, the figures published
after disclosure control, and prints each one by its status: an exact count, "<5" (SMALL),
"×" (HIDDEN) or "–" (WITHHELD). It never computes a figure of its own from raw data; the one
derived number it prints, the change of a key figure, is the difference of two printed ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from avhopp.domain.council import (
    MIN_SHARE_BASE,
    CouncilFigures,
    Figure,
    FigureRow,
    FigureTable,
    ShareRow,
)
from avhopp.reports.base import (
    BRAND,
    BRAND_LIGHT,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    Metadata,
    PageFurniture,
    build_pdf,
    escape,
    printed_at_text,
    styles,
)
from avhopp.reports.charts import bar_chart, column_chart, figure_mark
from avhopp.reports.texts import (
    check_language,
    fmt_date,
    fmt_decimal,
    fmt_int,
    fmt_percent,
    pick,
)

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Rådsrapport — avhopparverksamheten",
        "meta_title": "Rådsrapport",
        "meta_subject": "Avhopparverksamhet",
        "header": "Rådsrapport",
        "footer": "Aggregerade uppgifter, röjandekontroll tillämpad · Skapad {date}",
        "page_label": "Sida {page} av {pages}",
        "period": "Period",
        "comparison": "Jämförelseperiod",
        "generated": "Skapad",
        "this_period": "Perioden",
        "previous_period": "Föregående period",
        "label": "",
        "count": "Antal",
        "share": "Andel",
        "median": "Median",
        "n": "Antal (n)",
        "total": "Totalt",
        "summary": "Sammanfattning",
        "no_summary": "Ingen sammanfattning.",
        "key_figures": "Nyckeltal",
        "key_active_at_end": "Aktiva vid periodens slut",
        "key_new_cases": "Nya ärenden",
        "key_closed_cases": "Avslutade ärenden",
        "o_stable_housing": "stabilt boende",
        "o_occupation": "sysselsättning",
        "o_own_income": "egen försörjning",
        "o_debt_plan": "skulder under kontroll",
        "o_no_contact_with_criminal_environment": "ingen känd kontakt med kriminell miljö",
        "change": "{change} mot föregående period ({previous})",
        "unchanged": "Oförändrat mot föregående period ({previous})",
        "previous_only": "Föregående period: {previous}",
        "legend_short": (
            "Teckenförklaring: <b>{small}</b> = {range} ärenden, "
            "<b>×</b> = dolt för att skydda ett annat värde, "
            "<b>–</b> = anges inte (för få ärenden). Se avsnitt {section}."
        ),
        # sections
        "s_caseload": "Ärendeflöde",
        "s_caseload_note": (
            "Aktiva vid periodens början + nya − avslutade = aktiva vid periodens slut."
        ),
        "c_caseload": "Figur 1. Aktiva ärenden vid varje månads slut, {start} – {end}",
        "axis_active": "Aktiva ärenden",
        "axis_month": "Månad",
        "s_inflow": "Inflöde per aktualiseringskälla",
        "s_inflow_note": (
            "Nya ärenden (förfrågningar) under perioden efter vem som aktualiserade dem."
        ),
        "c_inflow": "Figur 2. Nya ärenden per aktualiseringskälla, {start} – {end}",
        "axis_new": "Nya ärenden",
        "s_assessment": "Utfall av förhandsbedömning",
        "s_assessment_note": "Periodens nya ärenden efter hur förhandsbedömningen slutade.",
        "s_phase": "Aktiva vid periodens slut per fas",
        "c_phase": "Figur 3. Aktiva ärenden per fas vid periodens slut",
        "axis_phase": "Aktiva ärenden",
        "s_closures": "Avslut per orsak",
        "s_closures_note": "Ärenden som avslutades under perioden efter avslutsorsak.",
        "s_lead": "Ledtider",
        "s_lead_note": "Medianer; n är antalet ärenden som medianen bygger på.",
        "s_support": "Insatser",
        "support_category": "Deltagare med pågående insats per kategori",
        "support_note": (
            "En deltagare kan ha insatser i flera kategorier; därför anges ingen summa."
        ),
        "support_steps": "Insatser och Polisens avhopparmedel",
        "s_outcomes": "Utfall vid avslut",
        "s_outcomes_note": (
            "Andel av de avslutade ärenden som har en skattning av livsområden (basen)."
        ),
        "s_quality": "Kvalitet",
        "s_quality_note": (
            "Plan, överenskommelse och samtycke: andel av de ärenden som var aktiva vid "
            "periodens slut. Uppföljningar: andel av dem som förföll under perioden."
        ),
        "s_method": "Definitioner och metod",
        "definitions": "Definitioner",
        "disclosure": "Röjandekontroll",
        "legend": "Teckenförklaring",
        # rows
        "active_at_start": "Aktiva vid periodens början",
        "new_cases": "Nya ärenden (förfrågningar)",
        "closed_cases": "Avslutade ärenden",
        "active_at_end": "Aktiva vid periodens slut",
        "decision": "Beslut om insatser",
        "not_eligible": "Ej aktuellt efter bedömning",
        "ended_by_participant": "Avbrutet av deltagaren",
        "closed_other": "Avslutat av annan orsak",
        "under_assessment": "Bedömning pågår",
        "inquiry_to_decision_days": "Förfrågan → beslut (dagar, median)",
        "decision_to_protection_days": "Beslut → första skyddsinsats (dagar, median)",
        "months_in_programme_closed": "Tid i programmet för avslutade (månader, median)",
        "steps_active": "Pågående insatser under perioden",
        "steps_external": "varav utförda av extern aktör",
        "police_funds_applied": "Ansökningar om Polisens avhopparmedel",
        "police_funds_granted": "varav beviljade",
        "police_funds_granted_sek": "Beviljat belopp",
        "outcomes_base": "Avslutade ärenden med skattning (bas)",
        "stable_housing": "Stabilt boende",
        "occupation": "Sysselsättning (arbete, studier, praktik)",
        "own_income": "Egen försörjning",
        "debt_plan": "Skulder under kontroll (skuldplan)",
        "no_contact_with_criminal_environment": "Ingen känd kontakt med kriminell miljö",
        "improved": "Förbättrad skattning sedan första bedömningen",
        "quality_base": "Aktiva vid periodens slut (bas)",
        "with_plan": "Med upprättad plan",
        "with_signed_agreement": "Med undertecknad överenskommelse",
        "with_valid_consent_at_end": "Med giltigt samtycke vid periodens slut",
        "followups_due": "Uppföljningar under perioden (bas)",
        "followups_on_time": "Gjorda senast på förfallodagen",
        "sek": "{amount} kr",
        # definitions
        "d_active": (
            "<b>Aktivt under en period:</b> ärendet aktualiserades före eller under perioden "
            "och avslutades inte före periodens första dag."
        ),
        "d_start_end": (
            "<b>Aktiva vid periodens början</b> räknas när den första dagen börjar (ett ärende "
            "som avslutas den dagen räknas med); <b>aktiva vid periodens slut</b> är ärenden "
            "som aktualiserats senast den sista dagen och inte avslutats den dagen eller "
            "tidigare. Därför gäller: aktiva vid början + nya − avslutade = aktiva vid slutet."
        ),
        "d_new_closed": (
            "<b>Nya ärenden</b> är förfrågningar (aktualiseringar) under perioden; "
            "<b>avslutade</b> är ärenden med avslutsdatum under perioden. Jämförelseperioden "
            "slutar dagen före periodens första dag: en period av hela kalendermånader jämförs "
            "med lika många månader före (ett halvår med halvåret före), annars med lika många "
            "dagar."
        ),
        "d_lead": (
            "<b>Ledtider</b> är medianer: dagar från förfrågan till beslut för ärenden med "
            "beslut under perioden, dagar från beslut till första skyddsinsats för ärenden "
            "vars första skyddsinsats började under perioden, och månader (30,44 dagar) från "
            "förfrågan till avslut för ärenden som avslutades under perioden."
        ),
        "d_support": (
            "<b>Insatser</b> räknas när de pågått någon gång under perioden (planerade och "
            "avbrutna insatser räknas inte). Ansökningar om Polisens avhopparmedel räknas när "
            "de beslutades under perioden."
        ),
        "d_outcomes": (
            "<b>Utfall vid avslut</b> gäller ärenden som avslutades under perioden och har "
            "minst en skattning av livsområden. Ett utfall är uppnått när den senaste "
            "skattningen av livsområdet är minst 4 på skalan 1–5: {domains}. "
            "<b>Förbättrad</b>: summan av den senaste skattningen är högre än vid den första "
            "bedömningen (kräver minst två skattningar)."
        ),
        "d_quality": (
            "<b>Kvalitet</b>: andel av de aktiva vid periodens slut som har en plan, en "
            "undertecknad överenskommelse och ett giltigt samtycke den sista dagen. "
            "<b>Uppföljningar i tid</b>: handläggarnas bevakningar och planens uppföljningar "
            "i de aktiva ärendena med förfallodag under perioden (till och med den dag "
            "rapporten skapas); i tid betyder klarmarkerad senast på förfallodagen."
        ),
        "disclosure_text": (
            "Röjandekontroll har tillämpats: antal {range} visas som &lt;{t}, ytterligare "
            "celler är dolda (×) så att de inte kan räknas fram ur summor; andelar visas bara "
            "när nämnaren är minst {share_base}; medianer bara när de bygger på minst {t} "
            "ärenden. Uppgifterna är aggregerade och innehåller inga personuppgifter."
        ),
        "legend_small": "{range} ärenden; det exakta antalet visas inte",
        "legend_hidden": (
            "dolt, så att ett litet antal inte kan räknas fram ur summor eller andra tabeller"
        ),
        "legend_withheld": (
            "anges inte: för få ärenden för en andel (nämnare under {share_base}) eller en "
            "median (färre än {t} ärenden)"
        ),
        "outcome_domain": "{outcome} (livsområdet {domain})",
    },
    "en": {
        "title": "Council progress report — exit programme",
        "meta_title": "Council progress report",
        "meta_subject": "Exit programme",
        "header": "Council progress report",
        "footer": "Aggregated figures, disclosure control applied · Generated {date}",
        "page_label": "Page {page} of {pages}",
        "period": "Period",
        "comparison": "Comparison period",
        "generated": "Generated",
        "this_period": "This period",
        "previous_period": "Previous period",
        "label": "",
        "count": "Number",
        "share": "Share",
        "median": "Median",
        "n": "Cases (n)",
        "total": "Total",
        "summary": "Summary",
        "no_summary": "No summary.",
        "key_figures": "Key figures",
        "key_active_at_end": "Active at the end",
        "key_new_cases": "New cases",
        "key_closed_cases": "Closed cases",
        "o_stable_housing": "stable housing",
        "o_occupation": "occupation",
        "o_own_income": "own income",
        "o_debt_plan": "debts under control",
        "o_no_contact_with_criminal_environment": "no known contact with the criminal environment",
        "change": "{change} on the previous period ({previous})",
        "unchanged": "Unchanged on the previous period ({previous})",
        "previous_only": "Previous period: {previous}",
        "legend_short": (
            "Symbols: <b>{small}</b> = {range} cases, "
            "<b>×</b> = hidden to protect another value, "
            "<b>–</b> = not given (too few cases). See section {section}."
        ),
        "s_caseload": "Caseload",
        "s_caseload_note": (
            "Active at the start + new − closed = active at the end of the period."
        ),
        "c_caseload": "Figure 1. Active cases at the end of each month, {start} – {end}",
        "axis_active": "Active cases",
        "axis_month": "Month",
        "s_inflow": "Inflow by referral source",
        "s_inflow_note": "New cases (inquiries) in the period by who referred them.",
        "c_inflow": "Figure 2. New cases by referral source, {start} – {end}",
        "axis_new": "New cases",
        "s_assessment": "Outcome of the pre-assessment",
        "s_assessment_note": "The period's new cases by how the pre-assessment ended.",
        "s_phase": "Active at the end of the period by phase",
        "c_phase": "Figure 3. Active cases by phase at the end of the period",
        "axis_phase": "Active cases",
        "s_closures": "Closures by reason",
        "s_closures_note": "Cases closed in the period by reason for closure.",
        "s_lead": "Lead times",
        "s_lead_note": "Medians; n is the number of cases the median rests on.",
        "s_support": "Support delivered",
        "support_category": "Participants with an ongoing support step by category",
        "support_note": (
            "A participant may receive support in several categories, so no total is given."
        ),
        "support_steps": "Support steps and Police exit funds",
        "s_outcomes": "Outcomes at closure",
        "s_outcomes_note": "Share of the closed cases with a life-domain assessment (the base).",
        "s_quality": "Quality",
        "s_quality_note": (
            "Plan, agreement and consent: share of the cases active at the end of the "
            "period. Follow-ups: share of those due in the period."
        ),
        "s_method": "Definitions and method",
        "definitions": "Definitions",
        "disclosure": "Disclosure control",
        "legend": "Symbols",
        "active_at_start": "Active at the start of the period",
        "new_cases": "New cases (inquiries)",
        "closed_cases": "Closed cases",
        "active_at_end": "Active at the end of the period",
        "decision": "Decision on support",
        "not_eligible": "Not eligible after assessment",
        "ended_by_participant": "Ended by the participant",
        "closed_other": "Closed for another reason",
        "under_assessment": "Still under assessment",
        "inquiry_to_decision_days": "Inquiry → decision (days, median)",
        "decision_to_protection_days": "Decision → first protection step (days, median)",
        "months_in_programme_closed": "Time in programme, closed cases (months, median)",
        "steps_active": "Support steps ongoing in the period",
        "steps_external": "of which delivered by an external provider",
        "police_funds_applied": "Applications for Police exit funds",
        "police_funds_granted": "of which granted",
        "police_funds_granted_sek": "Amount granted",
        "outcomes_base": "Closed cases with an assessment (base)",
        "stable_housing": "Stable housing",
        "occupation": "Occupation (work, studies, internship)",
        "own_income": "Own income",
        "debt_plan": "Debts under control (debt plan)",
        "no_contact_with_criminal_environment": "No known contact with the criminal environment",
        "improved": "Improved scores since the first assessment",
        "quality_base": "Active at the end of the period (base)",
        "with_plan": "With a plan",
        "with_signed_agreement": "With a signed agreement",
        "with_valid_consent_at_end": "With valid consent at the end of the period",
        "followups_due": "Follow-ups due in the period (base)",
        "followups_on_time": "Done on or before the due date",
        "sek": "SEK {amount}",
        "d_active": (
            "<b>Active in a period:</b> the case started before or within the period and was "
            "not closed before its first day."
        ),
        "d_start_end": (
            "<b>Active at the start</b> is counted as the first day begins (a case closed on "
            "that day is included); <b>active at the end</b> are cases that started on or "
            "before the last day and were not closed on or before it. Hence: active at the "
            "start + new − closed = active at the end."
        ),
        "d_new_closed": (
            "<b>New cases</b> are inquiries (referrals) in the period; <b>closed</b> are cases "
            "with a closing date in the period. The comparison period ends the day before the "
            "period's first day: a period of whole calendar months is compared with as many "
            "months before it (a half-year with the half-year before), any other with as many "
            "days."
        ),
        "d_lead": (
            "<b>Lead times</b> are medians: days from inquiry to decision for cases with a "
            "decision in the period, days from decision to the first protection step for "
            "cases whose first protection step began in the period, and months (30.44 days) "
            "from inquiry to closure for cases closed in the period."
        ),
        "d_support": (
            "<b>Support steps</b> are counted when they were ongoing at some time in the "
            "period (planned and cancelled steps are not counted). Applications for Police "
            "exit funds are counted when they were decided in the period."
        ),
        "d_outcomes": (
            "<b>Outcomes at closure</b> cover cases closed in the period with at least one "
            "life-domain assessment. An outcome is reached when the last score of the life "
            "domain is at least 4 on the 1–5 scale: {domains}. <b>Improved</b>: the sum of the "
            "last scores is higher than at the first assessment (needs at least two)."
        ),
        "d_quality": (
            "<b>Quality</b>: share of the cases active at the end of the period with a plan, "
            "a signed agreement and valid consent on the last day. <b>Follow-ups on "
            "time</b>: the case workers' follow-up reminders and the plan reviews of the "
            "active cases due in the period (up to the day the report is made); on time means "
            "marked done on or before the due date."
        ),
        "disclosure_text": (
            "Disclosure control has been applied: counts of {range} are shown as &lt;{t}, "
            "further cells are hidden (×) so that they cannot be worked out from totals; "
            "shares are shown only when the denominator is at least {share_base}; medians "
            "only when they rest on at least {t} cases. The figures are aggregated and contain "
            "no personal data."
        ),
        "legend_small": "{range} cases; the exact number is not shown",
        "legend_hidden": (
            "hidden, so that a small number cannot be worked out from totals or other tables"
        ),
        "legend_withheld": (
            "not given: too few cases for a share (denominator under {share_base}) or a "
            "median (fewer than {t} cases)"
        ),
        "outcome_domain": "{outcome} (life domain {domain})",
    },
}

#: Outcome → the life domain whose last score decides it (avhopp.domain.stats).
OUTCOME_DOMAINS = (
    ("stable_housing", "housing"),
    ("occupation", "occupation"),
    ("own_income", "income"),
    ("debt_plan", "debts"),
    ("no_contact_with_criminal_environment", "criminal_environment"),
)

#: Sections, numbered in this order.
SECTIONS = (
    "s_caseload",
    "s_inflow",
    "s_assessment",
    "s_phase",
    "s_closures",
    "s_lead",
    "s_support",
    "s_outcomes",
    "s_quality",
    "s_method",
)

# Column widths (the frame is 170 mm).
_COUNT_COLS = (FRAME_WIDTH - 2 * 43 * mm, 43 * mm, 43 * mm)
_SHARE_COLS = (FRAME_WIDTH - 4 * 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm)
#: The largest logo (width, height).
_LOGO_BOX = (45 * mm, 20 * mm)


def _local_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    cell = base["cell"]
    return {
        **base,
        "num": ParagraphStyle("num", parent=cell, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle("num_bold", parent=cell, alignment=TA_RIGHT, fontName=FONT_BOLD),
        "head": ParagraphStyle(
            "head", parent=cell, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=BRAND
        ),
        "head_num": ParagraphStyle(
            "head_num",
            parent=cell,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=BRAND,
            alignment=TA_RIGHT,
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=base["small"],
            textColor=INK,
            fontName=FONT_BOLD,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "intro": ParagraphStyle("intro", parent=base["small"], spaceAfter=3),
        "meta": ParagraphStyle(
            "meta", parent=base["body"], fontSize=9, leading=13, textColor=MUTED
        ),
        "summary": ParagraphStyle("summary", parent=base["body"], leading=13.5),
        "key_label": ParagraphStyle(
            "key_label", parent=base["small"], textColor=BRAND, fontName=FONT_BOLD
        ),
        "key_value": ParagraphStyle(
            "key_value",
            parent=base["body"],
            fontName=FONT_BOLD,
            fontSize=22,
            leading=26,
            textColor=INK,
        ),
        "key_change": ParagraphStyle("key_change", parent=base["small"], fontSize=7.5, leading=9.5),
        "legend_mark": ParagraphStyle(
            "legend_mark", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER
        ),
    }


@dataclass(frozen=True)
class _Context:
    figures: CouncilFigures
    labels: Mapping[str, Mapping[str, str]]
    language: str
    text: Mapping[str, str]
    styles: Mapping[str, ParagraphStyle]

    @property
    def threshold(self) -> int:
        return self.figures.threshold

    def t(self, key: str, **values: object) -> str:
        template = self.text[key]
        return template.format(**values) if values else template

    def code(self, code_list: str, code: str) -> str:
        """The code's label in the report's language (the code itself when unknown)."""
        return self.labels.get(code_list, {}).get(code) or code

    def period(self, start: date, end: date) -> str:
        return f"{fmt_date(start)} – {fmt_date(end)}"

    @property
    def current(self) -> str:
        return self.period(self.figures.start, self.figures.end)

    @property
    def previous(self) -> str:
        return self.period(self.figures.previous_start, self.figures.previous_end)

    # ---------------------------------------------------------------- cell texts

    def count(self, figure: Figure) -> str:
        mark = figure_mark(figure, self.threshold)
        if mark is not None or figure.value is None:
            return mark or "–"
        return fmt_int(round(figure.value), self.language)

    def share(self, figure: Figure) -> str:
        mark = figure_mark(figure, self.threshold)
        if mark is not None or figure.value is None:
            return mark or "–"
        return fmt_percent(figure.value, self.language)

    def sek(self, figure: Figure) -> str:
        mark = figure_mark(figure, self.threshold)
        if mark is not None or figure.value is None:
            return mark or "–"
        return self.t("sek", amount=fmt_int(round(figure.value), self.language))

    def median(self, figure: Figure) -> str:
        mark = figure_mark(figure, self.threshold)
        if mark is not None or figure.value is None:
            return mark or "–"
        return fmt_decimal(figure.value, self.language, 1)

    def small_range(self) -> str:
        t = self.threshold
        return "1" if t == 2 else f"1–{t - 1}"


# -------------------------------------------------------------------- tables


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _header_cell(ctx: _Context, title: str, period: str) -> Paragraph:
    return _p(
        f"{escape(title)}<br/><font name='{FONT}' size='7.5'>{period}</font>",
        ctx.styles["head_num"],
    )


def _table_style(rows: int, header_rows: int, total_row: bool) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), BRAND_LIGHT),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, BRAND),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    body_end = rows - 2 if total_row else rows - 1
    if body_end >= header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, body_end), [colors.white, ZEBRA]))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    return commands


def _count_table(
    ctx: _Context, rows: Sequence[tuple[str, FigureRow]], total: FigureRow | None = None
) -> Table:
    """label | this period | previous period."""
    s = ctx.styles
    data: list[list[Any]] = [
        [
            _p("", s["head"]),
            _header_cell(ctx, ctx.t("this_period"), ctx.current),
            _header_cell(ctx, ctx.t("previous_period"), ctx.previous),
        ]
    ]
    for label, row in rows:
        data.append(
            [
                _p(escape(label), s["cell"]),
                _p(escape(ctx.count(row.current)), s["num"]),
                _p(escape(ctx.count(row.previous)), s["num"]),
            ]
        )
    if total is not None:
        data.append(
            [
                _p(escape(ctx.t("total")), s["cell_bold"]),
                _p(escape(ctx.count(total.current)), s["num_bold"]),
                _p(escape(ctx.count(total.previous)), s["num_bold"]),
            ]
        )
    table = Table(data, colWidths=_COUNT_COLS, repeatRows=1)
    table.setStyle(TableStyle(_table_style(len(data), 1, total is not None)))
    return table


@dataclass(frozen=True)
class _ShareLine:
    """One row of a count-and-share table; ``sek`` rows print an amount across both."""

    label: str
    current: str
    current_share: str
    previous: str
    previous_share: str
    bold: bool = False
    span: bool = False


def _share_table(
    ctx: _Context, lines: Sequence[_ShareLine], *, sub: tuple[str, str] | None = None
) -> Table:
    """label | number | share | number | share, each pair under its period."""
    s = ctx.styles
    first, second = sub or (ctx.t("count"), ctx.t("share"))
    data: list[list[Any]] = [
        [
            _p("", s["head"]),
            _header_cell(ctx, ctx.t("this_period"), ctx.current),
            "",
            _header_cell(ctx, ctx.t("previous_period"), ctx.previous),
            "",
        ],
        [
            _p("", s["head"]),
            _p(escape(first), s["head_num"]),
            _p(escape(second), s["head_num"]),
            _p(escape(first), s["head_num"]),
            _p(escape(second), s["head_num"]),
        ],
    ]
    spans: list[tuple[Any, ...]] = [
        ("SPAN", (1, 0), (2, 0)),
        ("SPAN", (3, 0), (4, 0)),
        ("SPAN", (0, 0), (0, 1)),
    ]
    for line in lines:
        label_style = s["cell_bold"] if line.bold else s["cell"]
        num = s["num_bold"] if line.bold else s["num"]
        row = len(data)
        data.append(
            [
                _p(escape(line.label), label_style),
                _p(escape(line.current), num),
                _p(escape(line.current_share), num),
                _p(escape(line.previous), num),
                _p(escape(line.previous_share), num),
            ]
        )
        if line.span:
            spans += [("SPAN", (1, row), (2, row)), ("SPAN", (3, row), (4, row))]
    table = Table(data, colWidths=_SHARE_COLS, repeatRows=2)
    commands = _table_style(len(data), 2, False)
    commands.append(("LINEBELOW", (1, 0), (-1, 0), 0.4, RULE))
    table.setStyle(TableStyle(commands + spans))
    return table


def _share_line(ctx: _Context, label: str, row: ShareRow) -> _ShareLine:
    return _ShareLine(
        label,
        ctx.count(row.current),
        ctx.share(row.current_share),
        ctx.count(row.previous),
        ctx.share(row.previous_share),
    )


def _count_line(ctx: _Context, label: str, row: FigureRow, *, bold: bool = False) -> _ShareLine:
    return _ShareLine(label, ctx.count(row.current), "", ctx.count(row.previous), "", bold)


# -------------------------------------------------------------------- sections


def _heading(ctx: _Context, key: str) -> Paragraph:
    number = SECTIONS.index(key) + 1
    return _p(f"{number}. {escape(ctx.t(key))}", ctx.styles["h1"])


def _section(ctx: _Context, key: str, *content: Any, note: str | None = None) -> KeepTogether:
    """A heading, its introduction and its table kept on one page."""
    parts: list[Any] = [_heading(ctx, key)]
    if note:
        parts.append(_p(escape(note), ctx.styles["intro"]))
    parts.extend(content)
    return KeepTogether(parts)


def _chart(ctx: _Context, caption: str, drawing: Any) -> KeepTogether:
    return KeepTogether([_p(escape(caption), ctx.styles["caption"]), drawing, Spacer(1, 2 * mm)])


def _table_rows(ctx: _Context, table: FigureTable, code_list: str) -> list[tuple[str, FigureRow]]:
    return [(ctx.code(code_list, row.key), row) for row in table.rows]


def _title_block(
    ctx: _Context, municipality: str, generated_at: datetime, logo: bytes | None
) -> list[Any]:
    s = ctx.styles
    image = _logo(logo)
    room = FRAME_WIDTH - (_LOGO_BOX[0] + 4 * mm if image is not None else 0)
    title = ctx.t("title")
    size = min(s["title"].fontSize, (room - 16) / stringWidth(title, FONT_BOLD, 1))
    fitted = ParagraphStyle("title_fitted", parent=s["title"], fontSize=size, leading=size * 1.25)
    lines = [_p(escape(title), fitted)]
    if municipality.strip():
        lines.append(_p(escape(municipality.strip()), s["subtitle"]))
    meta = (
        f"<b>{escape(ctx.t('period'))}:</b> {ctx.current}<br/>"
        f"<b>{escape(ctx.t('comparison'))}:</b> {ctx.previous}<br/>"
        f"<b>{escape(ctx.t('generated'))}:</b> {printed_at_text(generated_at)}"
    )
    lines.append(_p(meta, s["meta"]))
    if image is None:
        block: list[Any] = lines
    else:
        table = Table([[lines, image]], colWidths=(room, FRAME_WIDTH - room))
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        block = [table]
    return [*block, Spacer(1, 4 * mm)]


def _logo(data: bytes | None) -> Image | None:
    """The municipality's logo, at most 45 × 20 mm, keeping its proportions; left out when
    the bytes are not an image (a broken logo setting must not stop the report)."""
    if not data:
        return None
    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except OSError:
        return None
    scale = min(_LOGO_BOX[0] / width, _LOGO_BOX[1] / height)
    image = Image(BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "RIGHT"
    return image


def _summary_box(ctx: _Context, summary_text: str) -> list[Any]:
    """The manager's own words in a tinted box, one table row per line (so a long text
    continues on the next page); a blank line starts a new paragraph."""
    s = ctx.styles
    text = summary_text.replace("\r\n", "\n").replace("\r", "\n").strip()
    rows: list[list[Any]] = [[_p(escape(ctx.t("summary")), s["key_label"])]]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), BRAND_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, BRAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ]
    if text:
        new_paragraph = False
        for line in text.split("\n"):
            if not line.strip():
                new_paragraph = True
                continue
            if new_paragraph:
                commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 6))
                new_paragraph = False
            rows.append([_p(escape(line.strip()), s["summary"])])
    else:
        rows.append([_p(escape(ctx.t("no_summary")), s["note"])])
    commands.append(("BOTTOMPADDING", (0, -1), (-1, -1), 8))
    table = Table(rows, colWidths=(FRAME_WIDTH,), splitByRow=True)
    table.setStyle(TableStyle(commands))
    return [table, Spacer(1, 4 * mm)]


def _key_figures(ctx: _Context) -> list[Any]:
    """Active at the end, new and closed, with the change from the previous period."""
    s = ctx.styles
    rows = {row.key: row for row in ctx.figures.caseload.rows}
    cells = []
    for key in ("active_at_end", "new_cases", "closed_cases"):
        row = rows.get(key)
        if row is None:
            continue
        change = _change(ctx, row)
        cells.append(
            [
                _p(escape(ctx.t(f"key_{key}")), s["key_label"]),
                _p(escape(ctx.count(row.current)), s["key_value"]),
                _p(escape(change), s["key_change"]),
            ]
        )
    if not cells:
        return []
    gap = 4 * mm
    width = (FRAME_WIDTH - gap * (len(cells) - 1)) / len(cells)
    data: list[list[Any]] = [[]]
    widths: list[float] = []
    for index, cell in enumerate(cells):
        if index:
            data[0].append("")
            widths.append(gap)
        data[0].append(cell)
        widths.append(width)
    table = Table(data, colWidths=widths)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for column in range(0, len(widths), 2):
        commands += [
            ("BOX", (column, 0), (column, 0), 0.5, RULE),
            ("LINEABOVE", (column, 0), (column, 0), 2.5, BRAND),
            ("BACKGROUND", (column, 0), (column, 0), ZEBRA),
        ]
    table.setStyle(TableStyle(commands))
    return [
        _p(escape(ctx.t("key_figures")), s["h2"]),
        table,
        Spacer(1, 2 * mm),
        _p(
            ctx.t(
                "legend_short",
                small=f"&lt;{ctx.threshold}",
                range=ctx.small_range(),
                section=SECTIONS.index("s_method") + 1,
            ),
            s["small"],
        ),
    ]


def _change(ctx: _Context, row: FigureRow) -> str:
    """ "+3 compared with the previous period (40)", from two printed figures only."""
    previous = ctx.count(row.previous)
    now, before = row.current.value, row.previous.value
    if row.current.exact and row.previous.exact and now is not None and before is not None:
        diff = round(now) - round(before)
        if diff == 0:
            return ctx.t("unchanged", previous=previous)
        sign = "+" if diff > 0 else "−"
        return ctx.t(
            "change", change=f"{sign}{fmt_int(abs(diff), ctx.language)}", previous=previous
        )
    return ctx.t("previous_only", previous=previous)


def _caseload(ctx: _Context) -> list[Any]:
    f = ctx.figures
    rows = [(ctx.t(row.key), row) for row in f.caseload.rows]
    out: list[Any] = [
        _section(ctx, "s_caseload", _count_table(ctx, rows), note=ctx.t("s_caseload_note"))
    ]
    if f.caseload_by_month:
        months = [m for m, _ in f.caseload_by_month]
        values = [v for _, v in f.caseload_by_month]
        drawing = column_chart(
            months,
            values,
            threshold=ctx.threshold,
            language=ctx.language,
            value_title=ctx.t("axis_active"),
            category_title=ctx.t("axis_month"),
        )
        out.append(
            _chart(ctx, ctx.t("c_caseload", start=fmt_date(f.start), end=fmt_date(f.end)), drawing)
        )
    return out


def _worth_drawing(figures: Sequence[Figure]) -> bool:
    """A chart row is drawn unless it is an exact zero in every series."""
    return any(not (f.exact and f.value == 0) for f in figures)


def _inflow(ctx: _Context) -> list[Any]:
    f = ctx.figures
    table = f.inflow_by_source
    rows = _table_rows(ctx, table, "referral_source")
    out: list[Any] = [
        _section(ctx, "s_inflow", _count_table(ctx, rows, table.total), note=ctx.t("s_inflow_note"))
    ]
    drawn = [(label, row) for label, row in rows if _worth_drawing([row.current])]
    if drawn:
        drawing = bar_chart(
            [label for label, _ in drawn],
            [(ctx.current, [row.current for _, row in drawn])],
            threshold=ctx.threshold,
            language=ctx.language,
            value_title=ctx.t("axis_new"),
        )
        out.append(
            _chart(ctx, ctx.t("c_inflow", start=fmt_date(f.start), end=fmt_date(f.end)), drawing)
        )
    return out


def _assessment(ctx: _Context) -> list[Any]:
    table = ctx.figures.assessment_outcomes
    rows = [(ctx.text.get(row.key, row.key), row) for row in table.rows]
    return [
        _section(
            ctx,
            "s_assessment",
            _count_table(ctx, rows, table.total),
            note=ctx.t("s_assessment_note"),
        )
    ]


def _phases(ctx: _Context) -> list[Any]:
    table = ctx.figures.active_by_phase
    # An active case is never in the phase "closed": its row is left out when it is empty.
    rows = [
        (label, row)
        for label, row in _table_rows(ctx, table, "phase")
        if not (row.key == "closed" and not _worth_drawing([row.current, row.previous]))
    ]
    out: list[Any] = [_section(ctx, "s_phase", _count_table(ctx, rows, table.total))]
    drawn = [(label, row) for label, row in rows if _worth_drawing([row.current, row.previous])]
    if drawn:
        drawing = bar_chart(
            [label for label, _ in drawn],
            [
                (ctx.current, [row.current for _, row in drawn]),
                (ctx.previous, [row.previous for _, row in drawn]),
            ],
            threshold=ctx.threshold,
            language=ctx.language,
            value_title=ctx.t("axis_phase"),
        )
        out.append(_chart(ctx, ctx.t("c_phase"), drawing))
    return out


def _closures(ctx: _Context) -> list[Any]:
    table = ctx.figures.closures_by_reason
    rows = _table_rows(ctx, table, "closure_reason")
    return [
        _section(
            ctx, "s_closures", _count_table(ctx, rows, table.total), note=ctx.t("s_closures_note")
        )
    ]


def _lead_times(ctx: _Context) -> list[Any]:
    lines = [
        _ShareLine(
            ctx.text.get(row.key, row.key),
            ctx.median(row.current),
            ctx.count(row.current_n),
            ctx.median(row.previous),
            ctx.count(row.previous_n),
        )
        for row in ctx.figures.lead_times
    ]
    table = _share_table(ctx, lines, sub=(ctx.t("median"), ctx.t("n")))
    return [_section(ctx, "s_lead", table, note=ctx.t("s_lead_note"))]


def _support(ctx: _Context) -> list[Any]:
    f = ctx.figures
    s = ctx.styles
    categories = _count_table(ctx, _table_rows(ctx, f.support_by_category, "step_category"))
    sek = f.police_granted_sek
    lines = [
        _count_line(ctx, ctx.t("steps_active"), f.steps_active),
        _share_line(ctx, ctx.t("steps_external"), f.steps_external),
        _count_line(ctx, ctx.t("police_funds_applied"), f.police_applied),
        _share_line(ctx, ctx.t("police_funds_granted"), f.police_granted),
        _ShareLine(
            ctx.t("police_funds_granted_sek"),
            ctx.sek(sek.current),
            "",
            ctx.sek(sek.previous),
            "",
            span=True,
        ),
    ]
    return [
        _section(
            ctx,
            "s_support",
            _p(escape(ctx.t("support_category")), s["h2"]),
            categories,
            Spacer(1, 1 * mm),
            _p(escape(ctx.t("support_note")), s["note"]),
        ),
        KeepTogether([_p(escape(ctx.t("support_steps")), s["h2"]), _share_table(ctx, lines)]),
    ]


def _outcomes(ctx: _Context) -> list[Any]:
    f = ctx.figures
    lines = [_count_line(ctx, ctx.t("outcomes_base"), f.outcomes_base, bold=True)]
    lines += [_share_line(ctx, ctx.text.get(row.key, row.key), row) for row in f.outcomes]
    return [_section(ctx, "s_outcomes", _share_table(ctx, lines), note=ctx.t("s_outcomes_note"))]


def _quality(ctx: _Context) -> list[Any]:
    f = ctx.figures
    base = next((row for row in f.caseload.rows if row.key == "active_at_end"), None)
    lines = []
    if base is not None:
        lines.append(_count_line(ctx, ctx.t("quality_base"), base, bold=True))
    lines += [_share_line(ctx, ctx.text.get(row.key, row.key), row) for row in f.quality]
    lines.append(_count_line(ctx, ctx.t("followups_due"), f.followups_due, bold=True))
    lines.append(_share_line(ctx, ctx.t("followups_on_time"), f.followups_on_time))
    return [_section(ctx, "s_quality", _share_table(ctx, lines), note=ctx.t("s_quality_note"))]


def _method(ctx: _Context) -> list[Any]:
    s = ctx.styles
    t = ctx.threshold
    share_base = max(MIN_SHARE_BASE, t)
    domains = "; ".join(
        ctx.t(
            "outcome_domain",
            outcome=escape(ctx.t(f"o_{outcome}")),
            domain=escape(ctx.code("life_domain", domain)),
        )
        for outcome, domain in OUTCOME_DOMAINS
    )
    definitions = [
        ctx.t("d_active"),
        ctx.t("d_start_end"),
        ctx.t("d_new_closed"),
        ctx.t("d_lead"),
        ctx.t("d_support"),
        ctx.t("d_outcomes", domains=domains),
        ctx.t("d_quality"),
    ]
    body = ParagraphStyle("definition", parent=s["body"], fontSize=8.5, leading=11.5, spaceAfter=3)
    legend_rows = [
        (f"<{t}", ctx.t("legend_small", range=ctx.small_range())),
        ("×", ctx.t("legend_hidden")),
        ("–", ctx.t("legend_withheld", share_base=share_base, t=t)),
    ]
    legend = Table(
        [
            [_p(escape(mark), s["legend_mark"]), _p(escape(text), s["cell"])]
            for mark, text in legend_rows
        ],
        colWidths=(14 * mm, FRAME_WIDTH - 14 * mm),
    )
    legend.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [ZEBRA, colors.white]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    disclosure = ctx.t("disclosure_text", range=ctx.small_range(), t=t, share_base=share_base)
    return [
        _heading(ctx, "s_method"),
        _p(escape(ctx.t("definitions")), s["h2"]),
        *(_p(text, body) for text in definitions),
        KeepTogether(
            [
                _p(escape(ctx.t("disclosure")), s["h2"]),
                _p(disclosure, body),
                _p(escape(ctx.t("legend")), s["h2"]),
                legend,
            ]
        ),
    ]


def render_council(
    figures: CouncilFigures,
    *,
    labels: Mapping[str, Mapping[str, str]],
    municipality: str,
    summary_text: str,
    language: str,
    generated_at: datetime,
    logo: bytes | None = None,
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """The council progress report as a PDF (in memory).

    ``labels`` maps each code list ("referral_source", "closure_reason", "phase",
    "step_category", "life_domain") to its {code: label} in ``language``; unknown codes are
    printed as they are. ``summary_text`` is the manager's own text (printed as written,
    never read as markup). ``generated_at`` is local time. ``logo`` (PNG or JPEG) is drawn
    at the top right of the first page.
    """
    check_language(language)
    ctx = _Context(
        figures=figures,
        labels=labels,
        language=language,
        text=pick(TEXTS, language),
        styles=_local_styles(),
    )
    story: list[Any] = [
        *_title_block(ctx, municipality, generated_at, logo),
        *_summary_box(ctx, summary_text),
        *_key_figures(ctx),
        *_caseload(ctx),
        *_inflow(ctx),
        *_assessment(ctx),
        *_phases(ctx),
        *_closures(ctx),
        *_lead_times(ctx),
        *_support(ctx),
        *_outcomes(ctx),
        *_quality(ctx),
        *_method(ctx),
    ]
    period = f"{fmt_date(figures.start)} – {fmt_date(figures.end)}"
    header = f"{ctx.t('header')} {period}"
    if municipality.strip():
        header = f"{municipality.strip()} · {header}"
    furniture = PageFurniture(
        header=header,
        banner=None,
        footer=ctx.t("footer", date=printed_at_text(generated_at)),
        page_label=ctx.t("page_label"),
    )
    metadata = Metadata(
        title=f"{ctx.t('meta_title')} {period}",
        subject=ctx.t("meta_subject"),
        language=language,
    )
    return build_pdf(story, furniture, metadata, on_page=on_page)


__all__ = ["TEXTS", "render_council"]
