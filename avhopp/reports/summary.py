"""The individual progress summary (lägesrapport) for a case conference (DOMAIN.md §2–3).

:func:`render_summary` lays out a :class:`SummaryReport` — plain values gathered and
labelled by :mod:`avhopp.services.individual_reports` — and returns the unencrypted PDF. It
never touches the vault: what it is handed is what it prints, so a pseudonymised report is
pseudonymised before it gets here (:class:`Redactor` does the free text).

Every page carries the red secrecy banner, "printed by … at …" and "page x of y". The PDF's
metadata holds the title "Lägesrapport" and nothing personal.

The table helpers at the bottom (:func:`data_table`, :func:`facts_table`, :func:`text`) and
the shared labels (:data:`STATUS_LABELS`) are also used by the register extract.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from avhopp.reports import base
from avhopp.reports.texts import check_language, fmt_date, pick

# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class Identification:
    """Who the report is about. With ``pseudonymised`` only the case reference is set."""

    reference: str
    pseudonymised: bool
    name: str = ""
    identity_label: str = ""  # "Personnummer", "Samordningsnummer" ...
    identity_number: str = ""  # as displayed (YYYYMMDD-NNNN) or empty
    birth_date: date | None = None
    #: Printed address lines; empty when not printed (see ``address_protected``).
    address: tuple[str, ...] = ()
    #: The person has protected personal data (the address is printed only when revealed).
    address_protected: bool = False


@dataclass(frozen=True)
class CaseStatus:
    phase: str
    referral_source: str
    inquiry_on: date
    decision_on: date | None
    agreement_signed_on: date | None
    closed_on: date | None
    closure_reason: str
    responsible: str
    team: str


@dataclass(frozen=True)
class PhaseRow:
    phase: str
    entered_on: date
    comment: str  # the closure reason and the comment, already labelled


@dataclass(frozen=True)
class ConsentRow:
    agencies: str
    scope: str
    written: bool
    valid_from: date
    valid_to: date | None
    withdrawn_on: date | None
    valid_today: bool


@dataclass(frozen=True)
class GoalRow:
    life_domain: str
    goal: str
    owner: str
    deadline: date | None
    status: str
    own_words: str


@dataclass(frozen=True)
class StepRow:
    category: str
    item: str
    status: str
    decided_on: date | None
    starts_on: date | None
    ends_on: date | None
    provider: str
    external: bool
    #: Printed in the register extract only (the summary keeps to what a conference needs).
    legal_basis: str = ""
    cost_sek: int | None = None
    police_funds_applied: bool = False
    police_funds_granted: bool | None = None
    police_funds_sek: int | None = None


@dataclass(frozen=True)
class ScoreRow:
    life_domain: str
    start: int | None
    start_on: date | None
    latest: int | None
    latest_on: date | None

    @property
    def change(self) -> int | None:
        if self.start is None or self.latest is None:
            return None
        return self.latest - self.start


@dataclass(frozen=True)
class EventRow:
    """A signed note of the period."""

    event_date: date
    note_type: str
    author: str
    text: str
    #: For a correction: the date and type of the note it corrects, and the reason.
    corrects: tuple[date, str] | None = None
    correction_reason: str = ""
    #: The dates of later notes correcting this one.
    corrected_on: tuple[date, ...] = ()


@dataclass(frozen=True)
class RiskInfo:
    level: str | None  # the latest threat assessment's level, labelled
    assessed_on: date | None
    next_review_on: date | None
    flags: tuple[str, ...]  # active flag kinds, labelled (no reasons)


@dataclass(frozen=True)
class NextStep:
    due_on: date
    text: str
    overdue: bool


@dataclass(frozen=True)
class SummaryReport:
    language: str
    municipality: str
    printed_by: str  # "Display Name (username)"
    printed_at: datetime  # local time
    today: date
    period_start: date
    period_end: date
    identification: Identification
    status: CaseStatus
    phases: tuple[PhaseRow, ...]
    consents: tuple[ConsentRow, ...]
    goals: tuple[GoalRow, ...]
    steps: tuple[StepRow, ...]
    scores: tuple[ScoreRow, ...]
    events: tuple[EventRow, ...]
    risk: RiskInfo
    next_steps: tuple[NextStep, ...]
    case_worker: str
    address_revealed: bool = False


# --------------------------------------------------------------------------- texts

#: Labels of the fixed choices (enums), shared with the register extract.
STATUS_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "step.planned": "Planerad",
        "step.ongoing": "Pågående",
        "step.completed": "Avslutad",
        "step.cancelled": "Avbruten",
        "goal.open": "Pågående",
        "goal.achieved": "Uppnått",
        "goal.partly": "Delvis uppnått",
        "goal.not_achieved": "Inte uppnått",
        "goal.cancelled": "Avbrutet",
        "threat.low": "Låg",
        "threat.medium": "Medel",
        "threat.high": "Hög",
        "threat.critical": "Kritisk",
        "flag.threat": "Hot",
        "flag.protected_identity": "Skyddad identitet",
        "flag.other": "Övrigt",
        "reminder.manual": "Bevakning",
        "reminder.plan_review": "Uppföljning av plan",
        "reminder.consent_expiry": "Samtycke upphör",
        "reminder.protection_expiry": "Skyddade personuppgifter upphör",
        "reminder.purge": "Gallringsdatum",
        "identity.personnummer": "Personnummer",
        "identity.samordningsnummer": "Samordningsnummer",
        "identity.missing": "Nummer saknas",
        "identity.foreign": "Utländskt nummer",
        "identity.fictitious": "Fingerad identitet",
        "identity.temporary": "Tillfälligt nummer",
        "gender.M": "Man",
        "gender.F": "Kvinna",
        "gender.U": "Ej angivet",
        "protection.sekretessmarkering": "Sekretessmarkering",
        "protection.skyddad_folkbokforing": "Skyddad folkbokföring",
        "protection.fingerade_personuppgifter": "Fingerade personuppgifter",
    },
    "en": {
        "step.planned": "Planned",
        "step.ongoing": "Ongoing",
        "step.completed": "Completed",
        "step.cancelled": "Cancelled",
        "goal.open": "Open",
        "goal.achieved": "Achieved",
        "goal.partly": "Partly achieved",
        "goal.not_achieved": "Not achieved",
        "goal.cancelled": "Cancelled",
        "threat.low": "Low",
        "threat.medium": "Medium",
        "threat.high": "High",
        "threat.critical": "Critical",
        "flag.threat": "Threat",
        "flag.protected_identity": "Protected identity",
        "flag.other": "Other",
        "reminder.manual": "Reminder",
        "reminder.plan_review": "Plan review",
        "reminder.consent_expiry": "Consent expires",
        "reminder.protection_expiry": "Protected personal data expires",
        "reminder.purge": "Purge date",
        "identity.personnummer": "Personal identity number",
        "identity.samordningsnummer": "Coordination number",
        "identity.missing": "No number",
        "identity.foreign": "Foreign number",
        "identity.fictitious": "Fictitious identity",
        "identity.temporary": "Temporary number",
        "gender.M": "Male",
        "gender.F": "Female",
        "gender.U": "Not stated",
        "protection.sekretessmarkering": "Confidentiality marking",
        "protection.skyddad_folkbokforing": "Protected registration",
        "protection.fingerade_personuppgifter": "Fictitious personal data",
    },
}


def status_label(kind: str, code: str, language: str) -> str:
    """``status_label("step", "ongoing", "sv")`` → "Pågående" (the code itself if unknown)."""
    return pick(STATUS_LABELS, language).get(f"{kind}.{code}", code)


#: The words that stand in for redacted free text in a pseudonymised report.
REDACTION_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "name": "[namn]",
        "number": "[personnummer]",
        "birth": "[födelsedatum]",
        "address": "[adress]",
        "contact": "[kontakt]",
    },
    "en": {
        "name": "[name]",
        "number": "[identity number]",
        "birth": "[birth date]",
        "address": "[address]",
        "contact": "[contact]",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Lägesrapport",
        "subtitle": "Underlag för samverkansmöte",
        "subject": "Lägesrapport för samverkansmöte",
        "header": "Lägesrapport · ärende {reference}",
        "period": "Händelser under perioden {start} – {end}",
        "printed_by": "Utskriven av {who} {at}",
        "page": "Sida {page} av {pages}",
        "sec_identity": "Identifiering",
        "reference": "Ärende",
        "name": "Namn",
        "birth_date": "Födelsedatum",
        "address": "Adress",
        "address_protected": "Skyddade personuppgifter – adressen skrivs inte ut",
        "address_revealed": "Skyddad adress utskriven på begäran; visningen är loggad.",
        "pseudonymised": (
            "Pseudonymiserad rapport: namn, personnummer, födelsedatum och adress skrivs inte "
            "ut. I fritext har namn, nummer och adressuppgifter ersatts med markeringar som "
            "[namn]. Kontrollera ändå texten innan den lämnas ut."
        ),
        "sec_status": "Status och fashistorik",
        "phase": "Aktuell fas",
        "responsible": "Ansvarig handläggare",
        "team": "Team",
        "inquiry": "Aktualiserad",
        "inquiry_value": "{date} ({source})",
        "decision": "Beslut om stöd",
        "agreement": "Överenskommelse undertecknad",
        "closed": "Avslutat",
        "closed_value": "{date} ({reason})",
        "col_phase": "Fas",
        "col_entered": "Från och med",
        "col_comment": "Kommentar",
        "sec_consents": "Samtycken",
        "col_agencies": "Myndigheter",
        "col_scope": "Omfattning",
        "col_written": "Skriftligt",
        "col_valid": "Giltigt",
        "col_withdrawn": "Återkallat",
        "col_valid_today": "Gäller idag",
        "no_consents": "Inga samtycken registrerade.",
        "sec_plan": "Genomförandeplan",
        "col_domain": "Livsområde",
        "col_goal": "Mål",
        "col_owner": "Ansvarig",
        "col_deadline": "Senast",
        "col_status": "Status",
        "no_goals": "Ingen genomförandeplan registrerad.",
        "sec_steps": "Insatser",
        "col_step": "Insats",
        "col_decided": "Beslut",
        "col_period": "Period",
        "col_provider": "Utförare",
        "external": "extern",
        "no_steps": "Inga insatser registrerade.",
        "sec_scores": "Livsområden – start och nu",
        "scores_note": (
            "Skattning 1–5, där högre är bättre. Start är den första skattningen i ärendet, "
            "nu den senaste."
        ),
        "col_start": "Start",
        "col_now": "Nu",
        "col_change": "Förändring",
        "no_scores": "Ingen skattning av livsområden gjord.",
        "sec_events": "Viktiga händelser under perioden",
        "events_note": (
            "Signerade journalanteckningar med händelsedatum {start} – {end}. "
            "Osignerade utkast tas aldrig med."
        ),
        "no_events": "Inga signerade anteckningar under perioden.",
        "correction": "Rättelse av anteckningen {date} ({type}). Skäl: {reason}",
        "corrected": "Anteckningen har rättats, se rättelsen {dates}.",
        "sec_risks": "Risker",
        "threat": "Senaste hotbedömning",
        "threat_value": "{level}, bedömd {date}",
        "next_review": "Nästa omprövning",
        "not_set": "Inte bestämd",
        "review_overdue": "passerad",
        "no_threat": "Ingen hotbedömning registrerad",
        "flags": "Aktiva flaggor",
        "no_flags": "Inga",
        "sec_next": "Nästa steg",
        "col_date": "Datum",
        "col_what": "Vad",
        "overdue": "försenad",
        "no_next": "Inga öppna bevakningar eller mål med datum.",
        "goal_deadline": "Mål ({domain}): {goal}",
        "sec_view": "Deltagarens syn",
        "view_note": "Deltagarens egna ord i genomförandeplanen.",
        "no_view": "Deltagarens egna ord är inte dokumenterade i planen.",
        "sec_signoff": "Underskrifter",
        "case_worker": "Handläggare",
        "date": "Datum",
        "participant": "Deltagare",
        "manager": "Enhetschef",
        "yes": "Ja",
        "no": "Nej",
        "none": "–",
    },
    "en": {
        "title": "Progress summary",
        "subtitle": "For a case conference",
        "subject": "Progress summary for a case conference",
        "header": "Progress summary · case {reference}",
        "period": "Events in the period {start} – {end}",
        "printed_by": "Printed by {who} {at}",
        "page": "Page {page} of {pages}",
        "sec_identity": "Identification",
        "reference": "Case",
        "name": "Name",
        "birth_date": "Date of birth",
        "address": "Address",
        "address_protected": "Protected personal data – the address is not printed",
        "address_revealed": "Protected address printed on request; the disclosure is logged.",
        "pseudonymised": (
            "Pseudonymised report: name, identity number, date of birth and address are not "
            "printed. In free text, names, numbers and address details are replaced by "
            "markers such as [name]. Still check the text before handing it out."
        ),
        "sec_status": "Status and phase history",
        "phase": "Current phase",
        "responsible": "Responsible case worker",
        "team": "Team",
        "inquiry": "Inquiry",
        "inquiry_value": "{date} ({source})",
        "decision": "Decision on support",
        "agreement": "Agreement signed",
        "closed": "Closed",
        "closed_value": "{date} ({reason})",
        "col_phase": "Phase",
        "col_entered": "From",
        "col_comment": "Comment",
        "sec_consents": "Consents",
        "col_agencies": "Agencies",
        "col_scope": "Scope",
        "col_written": "Written",
        "col_valid": "Valid",
        "col_withdrawn": "Withdrawn",
        "col_valid_today": "Valid today",
        "no_consents": "No consents registered.",
        "sec_plan": "Implementation plan",
        "col_domain": "Life domain",
        "col_goal": "Goal",
        "col_owner": "Owner",
        "col_deadline": "Deadline",
        "col_status": "Status",
        "no_goals": "No implementation plan registered.",
        "sec_steps": "Support steps",
        "col_step": "Step",
        "col_decided": "Decision",
        "col_period": "Period",
        "col_provider": "Provider",
        "external": "external",
        "no_steps": "No support steps registered.",
        "sec_scores": "Life domains – start and now",
        "scores_note": (
            "Scores 1–5, higher is better. Start is the case's first assessment, now the latest."
        ),
        "col_start": "Start",
        "col_now": "Now",
        "col_change": "Change",
        "no_scores": "No life-domain assessment made.",
        "sec_events": "Key events in the period",
        "events_note": (
            "Signed journal notes with an event date {start} – {end}. Unsigned drafts are "
            "never included."
        ),
        "no_events": "No signed notes in the period.",
        "correction": "Correction of the note of {date} ({type}). Reason: {reason}",
        "corrected": "This note was corrected, see the correction of {dates}.",
        "sec_risks": "Risks",
        "threat": "Latest threat assessment",
        "threat_value": "{level}, assessed {date}",
        "next_review": "Next review",
        "not_set": "Not set",
        "review_overdue": "passed",
        "no_threat": "No threat assessment registered",
        "flags": "Active flags",
        "no_flags": "None",
        "sec_next": "Next steps",
        "col_date": "Date",
        "col_what": "What",
        "overdue": "overdue",
        "no_next": "No open reminders or goals with dates.",
        "goal_deadline": "Goal ({domain}): {goal}",
        "sec_view": "The participant's view",
        "view_note": "The participant's own words in the implementation plan.",
        "no_view": "The participant's own words are not documented in the plan.",
        "sec_signoff": "Signatures",
        "case_worker": "Case worker",
        "date": "Date",
        "participant": "Participant",
        "manager": "Unit manager",
        "yes": "Yes",
        "no": "No",
        "none": "–",
    },
}


# --------------------------------------------------------------------------- redaction


class Redactor:
    """Replaces identifying words in free text of a pseudonymised report: the person's
    names (also in the genitive), identity number (with or without century and dash),
    birth date, street and postal code, and the names of their private contacts.

    Best effort: a nickname or a misspelling is not found, which is why the report asks the
    reader to check the text before handing it out.
    """

    def __init__(
        self,
        *,
        names: Iterable[str] = (),
        numbers: Iterable[str] = (),
        birth_dates: Iterable[date] = (),
        address: Iterable[str] = (),
        contacts: Iterable[str] = (),
        language: str,
    ) -> None:
        words = pick(REDACTION_WORDS, language)
        self._rules: list[tuple[re.Pattern[str], str]] = []
        self._add(_name_terms(names), words["name"])
        self._add(_name_terms(contacts), words["contact"])
        number_patterns = [_number_pattern(n) for n in numbers if len(n) == 12 and n.isdigit()]
        if number_patterns:
            self._rules.append((_bounded("|".join(number_patterns)), words["number"]))
        birth_patterns = []
        for day in birth_dates:
            birth_patterns += [
                re.escape(day.isoformat()),
                re.escape(f"{day:%Y%m%d}"),
                re.escape(f"{day:%y%m%d}"),
                re.escape(f"{day.day}/{day.month} {day.year}"),
                re.escape(f"{day.day}/{day.month}-{day:%y}"),
            ]
        if birth_patterns:
            self._rules.append((_bounded("|".join(birth_patterns)), words["birth"]))
        self._add([a for a in address if len(a.strip()) >= 3], words["address"], tokens=False)

    def _add(self, terms: Iterable[str], word: str, *, tokens: bool = True) -> None:
        unique = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        if not unique:
            return
        alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in unique)
        suffix = "(?:s|:s)?" if tokens else ""
        self._rules.append((_bounded(f"(?:{alternatives}){suffix}"), word))

    def __call__(self, text: str) -> str:
        for pattern, word in self._rules:
            text = pattern.sub(word, text)
        return text


def _bounded(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


def _name_terms(names: Iterable[str]) -> list[str]:
    """Whole names and their parts (two letters or more: "Li" is a name, "J." is not)."""
    terms: list[str] = []
    for name in names:
        cleaned = " ".join(name.split())
        if not cleaned:
            continue
        terms.append(cleaned)
        terms += [part for part in re.split(r"[\s\-]+", cleaned) if len(part) >= 2]
    return terms


def _number_pattern(number: str) -> str:
    """YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN, with or without separator."""
    century, short, serial = number[:2], number[2:8], number[8:]
    return rf"(?:{century})?{short}\s?[-+]?\s?{serial}"


# --------------------------------------------------------------------------- rendering


def render_summary(report: SummaryReport) -> bytes:
    """The unencrypted PDF of ``report``."""
    language = check_language(report.language)
    t = pick(TEXTS, language)
    s = base.styles()
    ident = report.identification
    story: list[Flowable] = [
        Paragraph(escape_text(t["title"]), s["title"]),
        Paragraph(
            escape_text(
                f"{t['subtitle']} · "
                + t["period"].format(
                    start=fmt_date(report.period_start), end=fmt_date(report.period_end)
                )
            ),
            s["subtitle"],
        ),
    ]
    story += _identification(report, t)
    story += _status(report, t)
    story += _consents(report, t)
    story += _plan(report, t)
    story += _steps(report, t)
    story += _scores(report, t)
    story += _events(report, t)
    story += _risks(report, t)
    story += _next_steps(report, t)
    story += _participant_view(report, t)
    story += _signoff(report, t)
    header = t["header"].format(reference=ident.reference)
    if report.municipality:
        header = f"{report.municipality} · {header}"
    furniture = base.PageFurniture(
        header=header,
        banner=base.SECRECY_BANNER,
        footer=t["printed_by"].format(
            who=report.printed_by, at=base.printed_at_text(report.printed_at)
        ),
        page_label=t["page"],
    )
    metadata = base.Metadata(title=t["title"], subject=t["subject"], language=language)
    return base.build_pdf(story, furniture, metadata)


def _identification(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    ident = report.identification
    s = base.styles()
    out: list[Flowable] = [heading(t["sec_identity"])]
    rows: list[tuple[str, str]] = [(t["reference"], ident.reference)]
    if ident.pseudonymised:
        out += [
            facts_table(rows),
            Spacer(1, 1.5 * mm),
            Paragraph(escape_text(t["pseudonymised"]), s["note"]),
        ]
        return out
    rows.append((t["name"], ident.name))
    if ident.identity_number:
        rows.append((ident.identity_label, ident.identity_number))
    else:
        rows.append((ident.identity_label, t["none"]))
    if ident.birth_date is not None:
        rows.append((t["birth_date"], fmt_date(ident.birth_date)))
    if ident.address:
        rows.append((t["address"], ", ".join(ident.address)))
    elif ident.address_protected:
        rows.append((t["address"], t["address_protected"]))
    out.append(facts_table(rows))
    if ident.address and report.address_revealed:
        out.append(Paragraph(escape_text(t["address_revealed"]), s["note"]))
    return out


def _status(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    st = report.status
    rows: list[tuple[str, str]] = [
        (t["phase"], st.phase),
        (t["responsible"], st.responsible or t["none"]),
    ]
    if st.team:
        rows.append((t["team"], st.team))
    rows.append(
        (
            t["inquiry"],
            t["inquiry_value"].format(date=fmt_date(st.inquiry_on), source=st.referral_source),
        )
    )
    rows.append((t["decision"], _day(st.decision_on, t)))
    rows.append((t["agreement"], _day(st.agreement_signed_on, t)))
    if st.closed_on is not None:
        rows.append(
            (
                t["closed"],
                t["closed_value"].format(date=fmt_date(st.closed_on), reason=st.closure_reason),
            )
        )
    out: list[Flowable] = [heading(t["sec_status"]), facts_table(rows), Spacer(1, 2 * mm)]
    out.append(
        data_table(
            [t["col_phase"], t["col_entered"], t["col_comment"]],
            [[p.phase, fmt_date(p.entered_on), p.comment] for p in report.phases],
            [62 * mm, 27 * mm, None],
        )
    )
    return out


def _consents(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_consents"])]
    if not report.consents:
        return [*out, empty(t["no_consents"])]
    rows = [
        [
            c.agencies,
            c.scope or t["none"],
            t["yes"] if c.written else t["no"],
            period_text(c.valid_from, c.valid_to),
            _day(c.withdrawn_on, t),
            t["yes"] if c.valid_today else t["no"],
        ]
        for c in report.consents
    ]
    out.append(
        data_table(
            [
                t["col_agencies"],
                t["col_scope"],
                t["col_written"],
                t["col_valid"],
                t["col_withdrawn"],
                t["col_valid_today"],
            ],
            rows,
            [None, 40 * mm, 19 * mm, 25 * mm, 21 * mm, 22 * mm],
        )
    )
    return out


def _plan(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_plan"])]
    if not report.goals:
        return [*out, empty(t["no_goals"])]
    rows = [
        [g.life_domain, g.goal, g.owner or t["none"], _day(g.deadline, t), g.status]
        for g in report.goals
    ]
    out.append(
        data_table(
            [t["col_domain"], t["col_goal"], t["col_owner"], t["col_deadline"], t["col_status"]],
            rows,
            [41 * mm, None, 28 * mm, 22 * mm, 25 * mm],
        )
    )
    return out


def _steps(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_steps"])]
    if not report.steps:
        return [*out, empty(t["no_steps"])]
    rows = []
    for step in report.steps:
        provider = step.provider or t["none"]
        if step.external:
            provider = f"{provider} ({t['external']})"
        rows.append(
            [
                f"{step.category}: {step.item}" if step.item else step.category,
                step.status,
                _day(step.decided_on, t),
                period_text(step.starts_on, step.ends_on, empty=t["none"]),
                provider,
            ]
        )
    out.append(
        data_table(
            [
                t["col_step"],
                t["col_status"],
                t["col_decided"],
                t["col_period"],
                t["col_provider"],
            ],
            rows,
            [None, 22 * mm, 22 * mm, 25 * mm, 36 * mm],
        )
    )
    return out


def _scores(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_scores"])]
    scored = [row for row in report.scores if row.start is not None]
    if not scored:
        return [*out, empty(t["no_scores"])]
    rows = []
    for row in report.scores:
        change = row.change
        rows.append(
            [
                row.life_domain,
                _score(row.start, row.start_on, t),
                _score(row.latest, row.latest_on, t),
                t["none"] if change is None else (f"+{change}" if change > 0 else _minus(change)),
            ]
        )
    out.append(
        data_table(
            [t["col_domain"], t["col_start"], t["col_now"], t["col_change"]],
            rows,
            [None, 34 * mm, 34 * mm, 24 * mm],
            align_right=(3,),
        )
    )
    out.append(Paragraph(escape_text(t["scores_note"]), base.styles()["note"]))
    return out


def _events(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    period = {"start": fmt_date(report.period_start), "end": fmt_date(report.period_end)}
    out: list[Flowable] = [
        heading(t["sec_events"]),
        Paragraph(escape_text(t["events_note"].format(**period)), s["note"]),
        Spacer(1, 1.5 * mm),
    ]
    if not report.events:
        return [*out, empty(t["no_events"])]
    for event in report.events:
        out += note_block(
            head=f"{fmt_date(event.event_date)} · {event.note_type} · {event.author}",
            text=event.text,
            remarks=_event_remarks(event, t),
        )
    return out


def _event_remarks(event: EventRow, t: Mapping[str, str]) -> list[str]:
    remarks = []
    if event.corrects is not None:
        day, kind = event.corrects
        remarks.append(
            t["correction"].format(date=fmt_date(day), type=kind, reason=event.correction_reason)
        )
    if event.corrected_on:
        remarks.append(t["corrected"].format(dates=", ".join(map(fmt_date, event.corrected_on))))
    return remarks


def _risks(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    risk = report.risk
    if risk.level is None or risk.assessed_on is None:
        threat = t["no_threat"]
    else:
        threat = t["threat_value"].format(level=risk.level, date=fmt_date(risk.assessed_on))
    rows = [(t["threat"], threat)]
    if risk.level is not None:
        review = _day(risk.next_review_on, t, t["not_set"])
        if risk.next_review_on is not None and risk.next_review_on < report.today:
            review += f" ({t['review_overdue']})"
        rows.append((t["next_review"], review))
    rows.append((t["flags"], ", ".join(risk.flags) if risk.flags else t["no_flags"]))
    return [heading(t["sec_risks"]), facts_table(rows)]


def _next_steps(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_next"])]
    if not report.next_steps:
        return [*out, empty(t["no_next"])]
    rows = [
        [
            fmt_date(step.due_on) + (f" ({t['overdue']})" if step.overdue else ""),
            step.text,
        ]
        for step in report.next_steps
    ]
    out.append(data_table([t["col_date"], t["col_what"]], rows, [40 * mm, None]))
    return out


def _participant_view(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = [heading(t["sec_view"])]
    words = [g for g in report.goals if g.own_words.strip()]
    if not words:
        return [*out, empty(t["no_view"])]
    quotes: list[Flowable] = [Paragraph(escape_text(t["view_note"]), s["note"]), Spacer(1, 1 * mm)]
    for goal in words:
        quotes.append(
            Paragraph(
                f"<b>{escape_text(goal.life_domain)}:</b> "
                f"<i>”{escape_text(goal.own_words.strip())}”</i>",
                _quote_style(),
            )
        )
    return [KeepTogether([*out, *quotes])]


def _signoff(report: SummaryReport, t: Mapping[str, str]) -> list[Flowable]:
    """Three signature lines (case worker with the name printed, participant, unit
    manager), each with a date line beside it."""
    label = _label_style()
    people = [
        (t["case_worker"], report.case_worker),
        (t["participant"], ""),
        (t["manager"], ""),
    ]
    rows: list[list[Flowable | str]] = []
    for who, name in people:
        text = escape_text(who) + (f" – {escape_text(name)}" if name else "")
        rows.append(["", "", ""])  # room to sign
        rows.append([Paragraph(text, label), "", Paragraph(escape_text(t["date"]), label)])
    table = Table(
        rows,
        colWidths=[100 * mm, 10 * mm, 50 * mm],
        rowHeights=[12 * mm if i % 2 == 0 else None for i in range(len(rows))],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in range(1, len(rows), 2):
        commands += [
            ("LINEABOVE", (0, i), (0, i), 0.6, base.INK),
            ("LINEABOVE", (2, i), (2, i), 0.6, base.INK),
        ]
    table.setStyle(TableStyle(commands))
    return [KeepTogether([heading(t["sec_signoff"]), table])]


def _day(day: date | None, t: Mapping[str, str], missing: str | None = None) -> str:
    if day is None:
        return t["none"] if missing is None else missing
    return fmt_date(day)


def _score(score: int | None, day: date | None, t: Mapping[str, str]) -> str:
    if score is None:
        return t["none"]
    return f"{score} ({fmt_date(day)})" if day is not None else str(score)


def _minus(change: int) -> str:
    return "0" if change == 0 else f"\u2212{-change}"


@cache
def _quote_style() -> ParagraphStyle:
    return ParagraphStyle("quote", parent=base.styles()["body"], leftIndent=4 * mm, spaceAfter=3)


# --------------------------------------------------------------------------- building blocks
# (shared with the register extract)


def escape_text(value: str) -> str:
    """User text for a Paragraph: markup escaped, line breaks kept."""
    return base.escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def heading(title: str, level: str = "h1") -> Paragraph:
    return Paragraph(escape_text(title), base.styles()[level])


def empty(message: str) -> Paragraph:
    return Paragraph(escape_text(message), base.styles()["small"])


def period_text(start: date | None, end: date | None, *, empty: str = "–") -> str:
    if start is None and end is None:
        return empty
    if end is None:
        return f"{fmt_date(start)} –" if start else empty
    return f"{fmt_date(start) if start else '…'} – {fmt_date(end)}"


def facts_table(rows: Sequence[tuple[str, str]], label_width: float = 52 * mm) -> Table:
    """Label / value pairs, labels muted."""
    s = base.styles()
    data = [
        [Paragraph(escape_text(label), _label_style()), Paragraph(escape_text(value), s["cell"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, base.FRAME_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, base.ZEBRA),
            ]
        )
    )
    return table


@cache
def _label_style() -> ParagraphStyle:
    return ParagraphStyle("label", parent=base.styles()["cell"], textColor=base.MUTED)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float | None],
    *,
    align_right: Sequence[int] = (),
    plain: bool = False,
) -> Table:
    """A zebra table with a header row repeated on each page. ``None`` widths share what is
    left of the frame. Strings are wrapped in Paragraphs (escaped) unless ``plain``: plain
    cells are drawn as single lines, much faster for long logs."""
    s = base.styles()
    fixed = sum(w for w in widths if w is not None)
    free = [w for w in widths if w is None]
    share = (base.FRAME_WIDTH - fixed) / len(free) if free else 0
    col_widths = [share if w is None else w for w in widths]
    right = set(align_right)
    head = [
        Paragraph(escape_text(h), _right(s["cell_bold"]) if i in right else s["cell_bold"])
        for i, h in enumerate(header)
    ]
    body: list[list[str | Flowable]] = []
    for row in rows:
        if plain:
            body.append(list(row))
        else:
            body.append(
                [
                    Paragraph(escape_text(cell), _right(s["cell"]) if i in right else s["cell"])
                    if isinstance(cell, str)
                    else cell
                    for i, cell in enumerate(row)
                ]
            )
    table = Table([head, *body], colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), base.BRAND_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, base.BRAND),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, base.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if plain:
        commands += [
            ("FONT", (0, 1), (-1, -1), base.FONT, 8.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), base.INK),
        ]
    commands += [("BACKGROUND", (0, i), (-1, i), base.ZEBRA) for i in range(2, len(body) + 1, 2)]
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in align_right]
    table.setStyle(TableStyle(commands))
    return table


@cache
def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def note_block(
    *, head: str, text: str, remarks: Sequence[str] = (), aside: str = ""
) -> list[Flowable]:
    """A journal note: a bold line (date · type · author, then ``aside`` in muted plain
    type), the text, remarks in italics."""
    s = base.styles()
    parts: list[Flowable] = [NoteHead(head, aside)]
    parts += [Paragraph(escape_text(r), s["note"]) for r in remarks]
    style = _note_text_style()
    parts.append(
        PlainText(
            text,
            font=style.fontName,
            size=style.fontSize,
            leading=style.leading,
            indent=style.leftIndent,
            space_after=style.spaceAfter,
        )
    )
    return parts


class NoteHead(Flowable):  # type: ignore[misc] # reportlab is untyped
    """A note's heading line: ``head`` in bold brand blue, then ``aside`` in small muted
    type, kept with the note's text. Drawn directly when it fits on one line (the usual
    case); a longer one falls back to a wrapping Paragraph."""

    ASIDE_SIZE = 7.5

    def __init__(self, head: str, aside: str = "") -> None:
        super().__init__()
        self.head = head
        self.aside = f" · {aside}" if aside else ""
        self.style = _note_head_style()
        self.keepWithNext = True
        self._fallback: Paragraph | None = None

    def _paragraph(self) -> Paragraph:
        if self._fallback is None:
            line = escape_text(self.head)
            if self.aside:
                line += (
                    f"<font name='{base.FONT}' size='{self.ASIDE_SIZE}' color='#5B6573'>"
                    f"{escape_text(self.aside)}</font>"
                )
            self._fallback = Paragraph(line, self.style)
        return self._fallback

    def _one_line_width(self) -> float:
        return _word_width(self.head, self.style.fontName, self.style.fontSize) + _word_width(
            self.aside, base.FONT, self.ASIDE_SIZE
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._one_line_width() <= availWidth:
            self._fallback = None
            self.width, self.height = availWidth, self.style.leading
            return self.width, self.height
        width, height = self._paragraph().wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        canvas = self.canv
        baseline = self.height - self.style.fontSize
        canvas.setFillColor(self.style.textColor)
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.drawString(0, baseline, self.head)
        if self.aside:
            canvas.setFillColor(base.MUTED)
            canvas.setFont(base.FONT, self.ASIDE_SIZE)
            canvas.drawString(
                _word_width(self.head, self.style.fontName, self.style.fontSize),
                baseline,
                self.aside,
            )


class PlainText(Flowable):  # type: ignore[misc] # reportlab is untyped
    """Plain text in one font and colour (a journal note), wrapped at spaces and split
    across pages. Many times faster than a ``Paragraph`` for long journals: no markup to
    parse, and each word's width is measured once per process (notes repeat words)."""

    def __init__(
        self,
        text: str,
        *,
        font: str,
        size: float,
        leading: float,
        indent: float = 0,
        space_after: float = 0,
        lines: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.indent = indent
        self.space_after = space_after
        #: Pre-wrapped lines (the parts of a split) are kept as they are.
        self._fixed = lines is not None
        self._lines: list[str] = list(lines) if lines is not None else []
        self._wrapped_for: float | None = None

    def _layout(self, avail_width: float) -> list[str]:
        if not self._fixed and self._wrapped_for != avail_width:
            self._lines = wrap_plain(self.text, self.font, self.size, avail_width - self.indent)
            self._wrapped_for = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = max(1, len(lines)) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fit = int(availHeight // self.leading)
        if fit < 2 or len(lines) - fit < 2:  # no widow or orphan lines
            fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        head = PlainText(
            "",
            font=self.font,
            size=self.size,
            leading=self.leading,
            indent=self.indent,
            lines=lines[:fit],
        )
        tail = PlainText(
            "",
            font=self.font,
            size=self.size,
            leading=self.leading,
            indent=self.indent,
            space_after=self.space_after,
            lines=lines[fit:],
        )
        return [head, tail]

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_after

    def draw(self) -> None:
        lines = self._lines
        text = self.canv.beginText(self.indent, self.height - self.size)
        text.setFont(self.font, self.size, self.leading)
        text.setFillColor(base.INK)
        for line in lines:
            text.textLine(line)
        self.canv.drawText(text)


@lru_cache(maxsize=50_000)
def _word_width(word: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(word, font, size))


def wrap_plain(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces; a word longer than a line is broken by character.
    Line breaks in the text are kept; runs of spaces become one."""
    space = _word_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = _word_width(word, font, size)
            if w > width:  # break an over-long word (a URL, a long number)
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                piece = ""
                for char in word:
                    if piece and _word_width(piece + char, font, size) > width:
                        lines.append(piece)
                        piece = ""
                    piece += char
                current, used = [piece], _word_width(piece, font, size)
                continue
            extra = w if not current else space + w
            if current and used + extra > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
    return lines


@cache
def _note_head_style() -> ParagraphStyle:
    return ParagraphStyle(
        "note_head",
        parent=base.styles()["cell_bold"],
        textColor=base.BRAND,
        spaceBefore=5,
        keepWithNext=True,
    )


@cache
def _note_text_style() -> ParagraphStyle:
    return ParagraphStyle(
        "note_text", parent=base.styles()["body"], leftIndent=3 * mm, spaceAfter=2
    )
