"""The register extract (registerutdrag, GDPR Art. 15) of one person (DOMAIN.md §3).

:func:`render_extract` lays out an :class:`ExtractReport` — plain values gathered and
labelled by :mod:`avhopp.services.individual_reports` — and returns the unencrypted PDF:
who the controller and the data protection officer are, purposes, legal basis, categories,
recipients, retention, sources, a copy of the person's data (structured data and signed
notes in full), the items withheld under secrecy, the person's rights and the access log
extract (who read or changed the record, when).

Every page carries the red secrecy banner, "printed by … at …" and "page x of y". The PDF's
metadata holds the title "Registerutdrag" and nothing personal.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from avhopp.domain.purge import purge_dates
from avhopp.reports import base
from avhopp.reports.summary import (
    ConsentRow,
    GoalRow,
    PhaseRow,
    StepRow,
    data_table,
    empty,
    escape_text,
    facts_table,
    heading,
    note_block,
    period_text,
)
from avhopp.reports.texts import check_language, fmt_date, fmt_int, pick

# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class PersonRecord:
    name: str
    identity_label: str
    identity_number: str
    birth_date: date | None
    gender: str
    language: str
    interpreter: bool
    phone: str
    email: str
    address: tuple[str, ...]
    protection: str  # labelled, empty when none
    protection_until: date | None


@dataclass(frozen=True)
class GuardianRow:
    name: str
    relation: str
    phone: str


@dataclass(frozen=True)
class AssessmentRow:
    assessed_on: date
    scores: tuple[tuple[str, int], ...]  # (life domain label, score 1–5)


@dataclass(frozen=True)
class ContactRow:
    """A professional contact linked to a case (private contacts are withheld)."""

    name: str
    agency: str
    title: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class ReminderRow:
    due_on: date
    text: str
    done_on: date | None


@dataclass(frozen=True)
class NoteRow:
    """A signed journal note, numbered within its case in event order."""

    number: int
    event_date: date
    note_type: str
    author: str
    signed_at: datetime | None  # local time
    text: str
    corrects: int | None  # the number of the note this one corrects
    correction_reason: str
    corrected_by: tuple[int, ...]


@dataclass(frozen=True)
class CaseRecord:
    reference: str
    phase: str
    referral_source: str
    inquiry_on: date
    decision_on: date | None
    agreement_signed_on: date | None
    closed_on: date | None
    closure_reason: str
    responsible: str
    summary: str
    phases: tuple[PhaseRow, ...]
    steps: tuple[StepRow, ...]
    goals: tuple[GoalRow, ...]
    assessments: tuple[AssessmentRow, ...]
    consents: tuple[ConsentRow, ...]
    breaches: tuple[tuple[date, str], ...]
    contacts: tuple[ContactRow, ...]
    private_contacts: int
    threat_assessments: tuple[date, ...]
    reminders: tuple[ReminderRow, ...]
    notes: tuple[NoteRow, ...]


@dataclass(frozen=True)
class FlagRow:
    kind: str
    set_on: date
    removed_on: date | None
    reason: str | None  # None when withheld


@dataclass(frozen=True)
class WithheldItem:
    """Something in the record that is not handed out, and why."""

    kind: str  # "threat", "private_contact" or "threat_flag"
    case_reference: str
    day: date | None
    detail: str = ""


@dataclass(frozen=True)
class LogRow:
    at: datetime  # local time
    user: str  # "Display Name (username)"
    action: str  # the audit action code
    case_reference: str


@dataclass(frozen=True)
class ExtractReport:
    language: str
    printed_by: str
    printed_at: datetime
    today: date
    controller: str
    data_protection_officer: str
    municipality: str
    person: PersonRecord
    guardians: tuple[GuardianRow, ...]
    cases: tuple[CaseRecord, ...]
    flags: tuple[FlagRow, ...]
    withheld: tuple[WithheldItem, ...]
    #: Agencies named in the person's consents (labelled, each once).
    recipients: tuple[str, ...]
    #: Referral sources of the person's cases (labelled, each once).
    sources: tuple[str, ...]
    last_note: date | None
    kept_for_research: bool
    access_log: tuple[LogRow, ...]


# --------------------------------------------------------------------------- texts

#: Audit action codes in plain words (unknown codes are printed as they are).
ACTIONS: dict[str, dict[str, str]] = {
    "sv": {
        "person.create": "Registrerade personen",
        "person.read": "Läste personuppgifterna",
        "person.update": "Ändrade personuppgifterna",
        "person.reveal-address": "Visade den skyddade adressen",
        "person.merge": "Slog samman dubbletter",
        "person.read-merged": "Läste sammanslagna uppgifter",
        "person.search": "Sökte efter personen",
        "case.create": "Öppnade ärendet",
        "case.read": "Läste ärendet",
        "case.phase": "Ändrade fas",
        "case.change-phase": "Ändrade fas",
        "case.close": "Avslutade ärendet",
        "case.reopen": "Återöppnade ärendet",
        "case.assign": "Bytte ansvarig handläggare",
        "case.emergency-access": "Nödåtkomst till ärendet",
        "case.locate": "Sökte fram ärendet",
        "journal.read": "Läste journalen",
        "journal.draft": "Skrev ett utkast i journalen",
        "journal.sign": "Signerade en journalanteckning",
        "journal.correct": "Rättade en journalanteckning",
        "step.read": "Läste insatserna",
        "step.add": "Lade till en insats",
        "step.update": "Ändrade en insats",
        "assessment.read": "Läste skattningarna",
        "assessment.add": "Gjorde en skattning av livsområden",
        "plan.read": "Läste genomförandeplanen",
        "plan.add-goal": "Lade till ett mål i planen",
        "plan.update-goal": "Ändrade ett mål i planen",
        "threat.read": "Läste hotbedömningarna",
        "threat.add": "Gjorde en hotbedömning",
        "consent.read": "Läste samtyckena",
        "consent.add": "Registrerade ett samtycke",
        "consent.withdraw": "Registrerade ett återkallat samtycke",
        "agreement.read": "Läste överenskommelsen",
        "agreement.sign": "Registrerade undertecknad överenskommelse",
        "breach.add": "Registrerade ett regelbrott",
        "contact.read": "Läste en kontakt",
        "contact.list": "Läste kontakterna",
        "contact.add": "Lade till en kontakt",
        "contact.update": "Ändrade en kontakt",
        "contact.link": "Kopplade en kontakt till ärendet",
        "contact.update-link": "Ändrade en kontakts koppling",
        "reminder.read": "Läste bevakningarna",
        "reminder.list": "Läste bevakningarna",
        "reminder.add": "Lade till en bevakning",
        "reminder.update": "Ändrade en bevakning",
        "reminder.done": "Klarmarkerade en bevakning",
        "reminder.refresh": "Uppdaterade automatiska bevakningar",
        "reminder.refresh-automatic": "Uppdaterade automatiska bevakningar",
        "flag.read": "Läste flaggorna",
        "flag.list": "Läste flaggorna",
        "flag.set": "Satte en flagga",
        "flag.remove": "Tog bort en flagga",
        "audit.person-log": "Läste åtkomstloggen",
        "audit.read": "Granskade loggen",
        "audit.export": "Tog ut ett loggutdrag",
        "audit.review": "Markerade loggposter som granskade",
        "audit.sample": "Stickprov i loggen",
        "report.generate": "Tog fram en rapport",
        "report.save": "Sparade en rapport",
        "report.print": "Skrev ut en rapport",
        "report.open": "Öppnade en rapport",
        "purge.list": "Tog fram gallringslistan",
        "purge.run": "Gallrade uppgifter",
        "purge.read-archive": "Läste arkiverade uppgifter",
        "import.file": "Importerade uppgifter",
        "report.generate:summary": "Tog fram en lägesrapport",
        "report.generate:extract": "Tog fram ett registerutdrag",
        "report.save:summary": "Sparade en lägesrapport",
        "report.save:extract": "Sparade ett registerutdrag",
        "report.print:summary": "Skrev ut en lägesrapport",
        "report.print:extract": "Skrev ut ett registerutdrag",
        "report.open:summary": "Öppnade en lägesrapport",
        "report.open:extract": "Öppnade ett registerutdrag",
    },
    "en": {
        "person.create": "Registered the person",
        "person.read": "Read the personal details",
        "person.update": "Changed the personal details",
        "person.reveal-address": "Showed the protected address",
        "person.merge": "Merged duplicate records",
        "person.read-merged": "Read merged records",
        "person.search": "Searched for the person",
        "case.create": "Opened the case",
        "case.read": "Read the case",
        "case.phase": "Changed the phase",
        "case.change-phase": "Changed the phase",
        "case.close": "Closed the case",
        "case.reopen": "Reopened the case",
        "case.assign": "Changed the responsible case worker",
        "case.emergency-access": "Emergency access to the case",
        "case.locate": "Looked up the case",
        "journal.read": "Read the journal",
        "journal.draft": "Wrote a draft in the journal",
        "journal.sign": "Signed a journal note",
        "journal.correct": "Corrected a journal note",
        "step.read": "Read the support steps",
        "step.add": "Added a support step",
        "step.update": "Changed a support step",
        "assessment.read": "Read the assessments",
        "assessment.add": "Made a life-domain assessment",
        "plan.read": "Read the implementation plan",
        "plan.add-goal": "Added a goal to the plan",
        "plan.update-goal": "Changed a goal of the plan",
        "threat.read": "Read the threat assessments",
        "threat.add": "Made a threat assessment",
        "consent.read": "Read the consents",
        "consent.add": "Registered a consent",
        "consent.withdraw": "Registered a withdrawn consent",
        "agreement.read": "Read the agreement",
        "agreement.sign": "Registered the signed agreement",
        "breach.add": "Registered a breach",
        "contact.read": "Read a contact",
        "contact.list": "Read the contacts",
        "contact.add": "Added a contact",
        "contact.update": "Changed a contact",
        "contact.link": "Linked a contact to the case",
        "contact.update-link": "Changed a contact's link",
        "reminder.read": "Read the reminders",
        "reminder.list": "Read the reminders",
        "reminder.add": "Added a reminder",
        "reminder.update": "Changed a reminder",
        "reminder.done": "Marked a reminder done",
        "reminder.refresh": "Updated automatic reminders",
        "reminder.refresh-automatic": "Updated automatic reminders",
        "flag.read": "Read the flags",
        "flag.list": "Read the flags",
        "flag.set": "Set a flag",
        "flag.remove": "Removed a flag",
        "audit.person-log": "Read the access log",
        "audit.read": "Reviewed the log",
        "audit.export": "Exported a log extract",
        "audit.review": "Marked log entries as reviewed",
        "audit.sample": "Spot check of the log",
        "report.generate": "Generated a report",
        "report.save": "Saved a report",
        "report.print": "Printed a report",
        "report.open": "Opened a report",
        "purge.list": "Listed records to purge",
        "purge.run": "Purged records",
        "purge.read-archive": "Read archived records",
        "import.file": "Imported records",
        "report.generate:summary": "Generated a progress summary",
        "report.generate:extract": "Generated a register extract",
        "report.save:summary": "Saved a progress summary",
        "report.save:extract": "Saved a register extract",
        "report.print:summary": "Printed a progress summary",
        "report.print:extract": "Printed a register extract",
        "report.open:summary": "Opened a progress summary",
        "report.open:extract": "Opened a register extract",
    },
}


def action_text(code: str, language: str) -> str:
    """An audit action in plain words; an unknown code as it is. ``report.generate:summary``
    names the kind of report (falling back to ``report.generate``)."""
    actions = pick(ACTIONS, language)
    if code in actions:
        return actions[code]
    plain = code.split(":", 1)[0]
    return actions.get(plain, plain)


TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Registerutdrag",
        "subtitle": "Enligt artikel 15 i dataskyddsförordningen (GDPR)",
        "subject": "Registerutdrag enligt artikel 15 i dataskyddsförordningen",
        "header": "Registerutdrag",
        "printed_by": "Utskriven av {who} {at}",
        "page": "Sida {page} av {pages}",
        "about": "Utdraget gäller",
        "made_on": "Upprättat",
        "intro": (
            "Du har begärt att få veta vilka personuppgifter om dig som behandlas i "
            "avhopparverksamhetens register. Här redovisas uppgifterna som de såg ut den dag "
            "utdraget togs fram, varför och med vilket stöd de behandlas, vilka uppgifter som "
            "inte lämnas ut och varför, dina rättigheter och vem som har läst eller ändrat "
            "uppgifterna."
        ),
        "not_set": "Ej angivet i inställningarna",
        "sec_controller": "1. Personuppgiftsansvarig och dataskyddsombud",
        "controller": "Personuppgiftsansvarig",
        "municipality": "Kommun / verksamhet",
        "dpo": "Dataskyddsombud",
        "sec_purposes": "2. Ändamål",
        "purposes": (
            "Uppgifterna behandlas inom socialtjänsten för att ta emot och utreda en förfrågan "
            "om stöd att lämna en kriminell miljö (avhopparverksamhet), besluta om och "
            "genomföra stöd- och skyddsinsatser, samordna arbetet med de myndigheter du har "
            "samtyckt till, följa upp insatserna och dokumentera handläggningen så som "
            "socialtjänstlagen kräver. Uppgifterna används också för uppföljning och statistik; "
            "statistik redovisas bara sammanställd och utan personuppgifter."
        ),
        "sec_legal": "3. Rättslig grund",
        "legal": (
            "Behandlingen sker inom socialtjänsten. Den är nödvändig för att utföra en uppgift "
            "av allmänt intresse och som ett led i myndighetsutövning (artikel 6.1 e i "
            "dataskyddsförordningen) enligt socialtjänstlagen (2025:400) och lagen (2001:454) "
            "om behandling av personuppgifter inom socialtjänsten. Dokumentationen följer "
            "socialtjänstlagen och Socialstyrelsens föreskrifter (SOSFS 2014:5)."
        ),
        "legal_sensitive": (
            "Känsliga personuppgifter, till exempel om hälsa och missbruk, behandlas med stöd "
            "av artikel 9.2 h (social omsorg) och artikel 9.2 g (viktigt allmänt intresse) i "
            "dataskyddsförordningen. Uppgifter om lagöverträdelser behandlas med stöd av "
            "artikel 10 i dataskyddsförordningen och lagen (2001:454) om behandling av "
            "personuppgifter inom socialtjänsten."
        ),
        "legal_secrecy": (
            "Uppgifterna omfattas av sekretess enligt 26 kap. 1 § offentlighets- och "
            "sekretesslagen (2009:400) och lämnas inte ut till andra utan ditt samtycke eller "
            "stöd i lag."
        ),
        "sec_categories": "4. Kategorier av personuppgifter",
        "categories": (
            "Identitetsuppgifter (namn, personnummer eller samordningsnummer, födelsedatum, "
            "juridiskt kön)|"
            "Kontaktuppgifter (telefon, e-post, adress) och uppgift om skyddade "
            "personuppgifter|"
            "Vårdnadshavare, om du är under 18 år|"
            "Ärendeuppgifter: aktualisering, faser, beslut, insatser, genomförandeplan, "
            "skattningar av livsområden, samtycken, överenskommelse och regelbrott|"
            "Journalanteckningar|"
            "Känsliga personuppgifter om hälsa och missbruk (artikel 9) och uppgifter om "
            "lagöverträdelser (artikel 10), i den mån de framgår av ärendet|"
            "Hot- och riskbedömningar|"
            "Kontakter hos andra myndigheter och i ditt privata nätverk|"
            "Bevakningar och flaggor|"
            "Loggar över vem som har läst eller ändrat uppgifterna"
        ),
        "sec_recipients": "5. Mottagare",
        "recipients": (
            "Uppgifterna lämnas inte ut rutinmässigt. Trygghetsrådet får bara sammanställd "
            "statistik utan personuppgifter. Uppgifter lämnas ut när en lag kräver det, till "
            "exempel till domstol eller tillsynsmyndighet."
        ),
        "recipients_consent": ("Med ditt samtycke utbyter verksamheten uppgifter med: {agencies}."),
        "recipients_none": "Du har inte lämnat något samtycke till informationsutbyte.",
        "sec_retention": "6. Lagringstid och gallring",
        "retention": (
            "Personakten gallras fem år efter den sista anteckningen, och gallringen ska vara "
            "klar vid utgången av det följande kalenderåret. Akter om personer som är födda den "
            "5, 15 eller 25 i någon månad gallras inte utan bevaras i arkiv för forskning."
        ),
        "retention_person": (
            "Den senaste anteckningen i din akt är från {last}. Görs inga nya anteckningar får "
            "akten gallras från {due} och ska vara gallrad senast {deadline}."
        ),
        "retention_research": (
            "Eftersom du är född den 5, 15 eller 25 i månaden bevaras din akt i arkiv i stället "
            "för att gallras."
        ),
        "retention_no_notes": "Det finns ännu inga signerade anteckningar i din akt.",
        "sec_sources": "7. Varifrån uppgifterna kommer",
        "sources": (
            "Uppgifterna kommer från dig själv, från den som aktualiserade ditt ärende "
            "({sources}) och, med ditt samtycke, från andra myndigheter{agencies}."
        ),
        "sec_data": "8. Dina uppgifter",
        "sec_person": "Personuppgifter",
        "name": "Namn",
        "birth_date": "Födelsedatum",
        "gender": "Juridiskt kön",
        "language": "Språk",
        "interpreter": "Behöver tolk",
        "phone": "Telefon",
        "email": "E-post",
        "address": "Adress",
        "protection": "Skyddade personuppgifter",
        "protection_until": "{level} (till och med {date})",
        "sec_guardians": "Vårdnadshavare",
        "col_relation": "Relation",
        "sec_flags": "Flaggor",
        "col_kind": "Typ",
        "col_set": "Satt",
        "col_removed": "Borttagen",
        "col_reason": "Skäl",
        "withheld_short": "Lämnas inte ut (se avsnitt 9)",
        "no_flags": "Inga flaggor.",
        "case": "Ärende {reference}",
        "phase": "Aktuell fas",
        "referral": "Aktualiserat",
        "referral_value": "{date} ({source})",
        "decision": "Beslut om stöd",
        "agreement": "Överenskommelse undertecknad",
        "closed": "Avslutat",
        "closed_value": "{date} ({reason})",
        "responsible": "Ansvarig handläggare",
        "case_summary": "Sammanfattning",
        "sub_phases": "Fashistorik",
        "col_phase": "Fas",
        "col_entered": "Från och med",
        "col_comment": "Kommentar",
        "sub_steps": "Insatser",
        "col_step": "Insats",
        "col_status": "Status",
        "col_decided": "Beslut",
        "col_period": "Period",
        "col_provider": "Utförare",
        "external": "extern",
        "step_legal_basis": "Lagrum: {text}",
        "step_cost": "Kostnad: {sek}\u00a0kr",
        "step_funds_applied": "Polisens avhopparmedel: sökt",
        "step_funds_granted": "Polisens avhopparmedel: beviljat {sek}\u00a0kr",
        "step_funds_refused": "Polisens avhopparmedel: avslag",
        "sub_plan": "Genomförandeplan",
        "col_domain": "Livsområde",
        "col_goal": "Mål",
        "col_owner": "Ansvarig",
        "col_deadline": "Senast",
        "col_own_words": "Dina egna ord",
        "sub_assessments": "Skattningar av livsområden (1–5)",
        "col_date": "Datum",
        "col_scores": "Skattningar",
        "sub_consents": "Samtycken",
        "col_agencies": "Myndigheter",
        "col_scope": "Omfattning",
        "col_written": "Skriftligt",
        "col_valid": "Giltigt",
        "col_withdrawn": "Återkallat",
        "sub_agreement": "Överenskommelse och regelbrott",
        "agreement_signed": "Överenskommelsen undertecknades {date}.",
        "agreement_unsigned": "Ingen undertecknad överenskommelse registrerad.",
        "col_breach": "Regelbrott",
        "sub_contacts": "Kontakter",
        "col_name": "Namn",
        "col_agency": "Myndighet",
        "col_role": "Roll",
        "col_contact": "Telefon / e-post",
        "no_contacts": "Inga kontakter hos myndigheter.",
        "private_withheld": (
            "{n} kontakt(er) i ditt privata nätverk: Uppgift om annan person: sekretess "
            "(26 kap. 1 § OSL)."
        ),
        "sub_threats": "Hotbedömningar",
        "threat_withheld": "Hotbedömning {date}: undantagen enligt 26 kap. OSL.",
        "sub_reminders": "Bevakningar",
        "col_due": "Datum",
        "col_what": "Vad",
        "col_done": "Klar",
        "sub_notes": "Journalanteckningar",
        "notes_note": (
            "Signerade anteckningar i sin helhet, i händelseordning. Osignerade utkast ingår "
            "inte i akten och lämnas inte ut."
        ),
        "no_notes": "Inga signerade anteckningar.",
        "note_head": "Anteckning {n} · {date} · {type} · {author}",
        "note_signed": "signerad {at}",
        "note_corrects": "Rättelse av anteckning {n}. Skäl: {reason}",
        "note_corrected": "Anteckningen har rättats, se anteckning {numbers}.",
        "none_registered": "Inga registrerade.",
        "sec_withheld": "9. Uppgifter som inte lämnas ut",
        "withheld_intro": (
            "Följande uppgifter finns i registret men lämnas inte ut, eftersom de omfattas av "
            "sekretess. Du kan begära ett skriftligt beslut om att uppgifterna inte lämnas ut; "
            "beslutet kan överklagas."
        ),
        "withheld_none": "Inga uppgifter har undantagits.",
        "col_item": "Uppgift",
        "col_case": "Ärende",
        "w_threat": "Hotbedömning",
        "w_threat_reason": "Hotbedömning: undantagen enligt 26 kap. OSL",
        "w_private_contact": "Privat kontakt ({detail})",
        "w_private_contact_reason": "Uppgift om annan person: sekretess (26 kap. 1 § OSL)",
        "w_threat_flag": "Skäl till flaggan Hot",
        "w_threat_flag_reason": "Hotbild: undantagen enligt 26 kap. OSL",
        "sec_rights": "10. Dina rättigheter",
        "rights": (
            "<b>Rättelse (artikel 16).</b> Du har rätt att få felaktiga uppgifter rättade och "
            "ofullständiga uppgifter kompletterade. En signerad journalanteckning rättas genom "
            "en ny anteckning som hänvisar till den ursprungliga; den ursprungliga finns kvar.|"
            "<b>Radering (artikel 17).</b> Du kan begära att uppgifter raderas. Uppgifter i "
            "socialtjänstens akter får dock bara gallras enligt socialtjänstlagen och "
            "arkivlagen (1990:782); rätten till radering gäller inte när behandlingen behövs "
            "för att fullgöra en rättslig förpliktelse eller en uppgift av allmänt intresse "
            "(artikel 17.3 b).|"
            "<b>Begränsning (artikel 18).</b> Du kan begära att behandlingen begränsas, till "
            "exempel medan det utreds om uppgifterna är riktiga.|"
            "<b>Invändning (artikel 21).</b> Du har rätt att invända mot behandling som grundas "
            "på artikel 6.1 e. Behandlingen får då bara fortsätta om det finns tvingande "
            "berättigade skäl som väger tyngre än dina intressen.|"
            "<b>Klagomål.</b> Är du missnöjd med hur dina personuppgifter behandlas kan du "
            "vända dig till dataskyddsombudet eller lämna klagomål till "
            "Integritetsskyddsmyndigheten (IMY), www.imy.se.|"
            "<b>Loggutdrag.</b> Du har rätt att få veta vem som har tagit del av dina uppgifter; "
            "se avsnitt 11."
        ),
        "sec_log": "11. Loggutdrag – vem som har läst eller ändrat uppgifterna",
        "log_intro": (
            "Varje läsning och ändring av din akt loggas. Listan visar alla registrerade "
            "åtgärder på dig och dina ärenden fram till att utdraget togs fram, äldst först. "
            "Samma åtgärd av samma användare i samma ärende inom samma minut visas på en rad "
            "med antalet gånger."
        ),
        "times": "{n} gånger",
        "log_none": "Inga registrerade åtgärder.",
        "col_time": "Tid",
        "col_user": "Användare",
        "col_action": "Åtgärd",
        "yes": "Ja",
        "no": "Nej",
        "none": "–",
    },
    "en": {
        "title": "Register extract",
        "subtitle": "Under Article 15 of the General Data Protection Regulation (GDPR)",
        "subject": "Register extract under Article 15 GDPR",
        "header": "Register extract",
        "printed_by": "Printed by {who} {at}",
        "page": "Page {page} of {pages}",
        "about": "Extract concerning",
        "made_on": "Made on",
        "intro": (
            "You have asked which personal data about you are processed in the exit "
            "programme's register. This extract shows the data as they were on the day it was "
            "made, why and on what basis they are processed, what is withheld and why, your "
            "rights, and who has read or changed the data."
        ),
        "not_set": "Not set in the settings",
        "sec_controller": "1. Controller and data protection officer",
        "controller": "Controller",
        "municipality": "Municipality / unit",
        "dpo": "Data protection officer",
        "sec_purposes": "2. Purposes",
        "purposes": (
            "The data are processed by the social services to receive and assess a request "
            "for support to leave a criminal environment (exit programme), to decide on and "
            "provide support and protection, to coordinate the work with the agencies you "
            "have consented to, to follow up the support and to document the case as the "
            "Social Services Act requires. They are also used for follow-up and statistics, "
            "which are only published aggregated and without personal data."
        ),
        "sec_legal": "3. Legal basis",
        "legal": (
            "The processing is carried out as social services. It is necessary for a task in "
            "the public interest and in the exercise of official authority (Article 6(1)(e) "
            "GDPR) under the Social Services Act (2025:400) and the Act (2001:454) on the "
            "processing of personal data in the social services. Documentation follows the "
            "Social Services Act and the National Board of Health and Welfare's regulations "
            "(SOSFS 2014:5)."
        ),
        "legal_sensitive": (
            "Special categories of data, such as health and substance use, are processed "
            "under Article 9(2)(h) (social care) and Article 9(2)(g) (substantial public "
            "interest) GDPR. Data on offences are processed under Article 10 GDPR and the Act "
            "(2001:454) on the processing of personal data in the social services."
        ),
        "legal_secrecy": (
            "The data are confidential under Chapter 26, Section 1 of the Public Access to "
            "Information and Secrecy Act (2009:400) and are not disclosed to others without "
            "your consent or a legal basis."
        ),
        "sec_categories": "4. Categories of personal data",
        "categories": (
            "Identity (name, personal identity or coordination number, date of birth, legal "
            "gender)|"
            "Contact details (phone, e-mail, address) and protected personal data|"
            "Guardians, if you are under 18|"
            "Case data: inquiry, phases, decisions, support steps, implementation plan, "
            "life-domain assessments, consents, agreement and breaches|"
            "Journal notes|"
            "Special categories on health and substance use (Article 9) and data on offences "
            "(Article 10), as far as they appear in the case|"
            "Threat and risk assessments|"
            "Contacts at other agencies and in your private network|"
            "Reminders and flags|"
            "Logs of who has read or changed the data"
        ),
        "sec_recipients": "5. Recipients",
        "recipients": (
            "The data are not disclosed routinely. The local safety council only receives "
            "aggregated statistics without personal data. Data are disclosed where a law "
            "requires it, for example to a court or a supervisory authority."
        ),
        "recipients_consent": "With your consent the unit exchanges information with: {agencies}.",
        "recipients_none": "You have not given consent to any exchange of information.",
        "sec_retention": "6. Retention and purge",
        "retention": (
            "The personal record is purged five years after the last note, and the purge is "
            "completed by the end of the following calendar year. Records of people born on "
            "the 5th, 15th or 25th of a month are not purged but archived for research."
        ),
        "retention_person": (
            "The latest note in your record is from {last}. If no new notes are made, the "
            "record may be purged from {due} and must be purged by {deadline}."
        ),
        "retention_research": (
            "As you were born on the 5th, 15th or 25th of a month, your record is archived "
            "instead of purged."
        ),
        "retention_no_notes": "There are no signed notes in your record yet.",
        "sec_sources": "7. Where the data come from",
        "sources": (
            "The data come from you, from whoever raised your case ({sources}) and, with "
            "your consent, from other agencies{agencies}."
        ),
        "sec_data": "8. Your data",
        "sec_person": "Personal details",
        "name": "Name",
        "birth_date": "Date of birth",
        "gender": "Legal gender",
        "language": "Language",
        "interpreter": "Needs an interpreter",
        "phone": "Phone",
        "email": "E-mail",
        "address": "Address",
        "protection": "Protected personal data",
        "protection_until": "{level} (until {date})",
        "sec_guardians": "Guardians",
        "col_relation": "Relation",
        "sec_flags": "Flags",
        "col_kind": "Kind",
        "col_set": "Set",
        "col_removed": "Removed",
        "col_reason": "Reason",
        "withheld_short": "Withheld (see section 9)",
        "no_flags": "No flags.",
        "case": "Case {reference}",
        "phase": "Current phase",
        "referral": "Inquiry",
        "referral_value": "{date} ({source})",
        "decision": "Decision on support",
        "agreement": "Agreement signed",
        "closed": "Closed",
        "closed_value": "{date} ({reason})",
        "responsible": "Responsible case worker",
        "case_summary": "Summary",
        "sub_phases": "Phase history",
        "col_phase": "Phase",
        "col_entered": "From",
        "col_comment": "Comment",
        "sub_steps": "Support steps",
        "col_step": "Step",
        "col_status": "Status",
        "col_decided": "Decision",
        "col_period": "Period",
        "col_provider": "Provider",
        "external": "external",
        "step_legal_basis": "Legal basis: {text}",
        "step_cost": "Cost: SEK\u00a0{sek}",
        "step_funds_applied": "Police exit funds: applied for",
        "step_funds_granted": "Police exit funds: granted SEK\u00a0{sek}",
        "step_funds_refused": "Police exit funds: refused",
        "sub_plan": "Implementation plan",
        "col_domain": "Life domain",
        "col_goal": "Goal",
        "col_owner": "Owner",
        "col_deadline": "Deadline",
        "col_own_words": "Your own words",
        "sub_assessments": "Life-domain assessments (1–5)",
        "col_date": "Date",
        "col_scores": "Scores",
        "sub_consents": "Consents",
        "col_agencies": "Agencies",
        "col_scope": "Scope",
        "col_written": "Written",
        "col_valid": "Valid",
        "col_withdrawn": "Withdrawn",
        "sub_agreement": "Agreement and breaches",
        "agreement_signed": "The agreement was signed on {date}.",
        "agreement_unsigned": "No signed agreement registered.",
        "col_breach": "Breach",
        "sub_contacts": "Contacts",
        "col_name": "Name",
        "col_agency": "Agency",
        "col_role": "Role",
        "col_contact": "Phone / e-mail",
        "no_contacts": "No contacts at agencies.",
        "private_withheld": (
            "{n} contact(s) in your private network: Data about another person: secrecy "
            "(Chapter 26, Section 1 OSL)."
        ),
        "sub_threats": "Threat assessments",
        "threat_withheld": "Threat assessment {date}: withheld under Chapter 26 OSL.",
        "sub_reminders": "Reminders",
        "col_due": "Date",
        "col_what": "What",
        "col_done": "Done",
        "sub_notes": "Journal notes",
        "notes_note": (
            "Signed notes in full, in event order. Unsigned drafts are not part of the "
            "record and are not handed out."
        ),
        "no_notes": "No signed notes.",
        "note_head": "Note {n} · {date} · {type} · {author}",
        "note_signed": "signed {at}",
        "note_corrects": "Correction of note {n}. Reason: {reason}",
        "note_corrected": "This note was corrected, see note {numbers}.",
        "none_registered": "None registered.",
        "sec_withheld": "9. Data that are withheld",
        "withheld_intro": (
            "The following data are in the register but are withheld because they are "
            "confidential. You may ask for a written decision on this; the decision can be "
            "appealed."
        ),
        "withheld_none": "Nothing has been withheld.",
        "col_item": "Data",
        "col_case": "Case",
        "w_threat": "Threat assessment",
        "w_threat_reason": "Threat assessment: withheld under Chapter 26 OSL",
        "w_private_contact": "Private contact ({detail})",
        "w_private_contact_reason": (
            "Data about another person: secrecy (Chapter 26, Section 1 OSL)"
        ),
        "w_threat_flag": "Reason for the threat flag",
        "w_threat_flag_reason": "Threat picture: withheld under Chapter 26 OSL",
        "sec_rights": "10. Your rights",
        "rights": (
            "<b>Rectification (Article 16).</b> You have the right to have inaccurate data "
            "corrected and incomplete data completed. A signed journal note is corrected by a "
            "new note referring to it; the original stays.|"
            "<b>Erasure (Article 17).</b> You may ask for data to be erased. Records of the "
            "social services may only be purged under the Social Services Act and the Archives "
            "Act (1990:782); the right to erasure does not apply where the processing is "
            "needed for a legal obligation or a task in the public interest (Article "
            "17(3)(b)).|"
            "<b>Restriction (Article 18).</b> You may ask for the processing to be restricted, "
            "for example while the accuracy of the data is checked.|"
            "<b>Objection (Article 21).</b> You have the right to object to processing based on "
            "Article 6(1)(e). It may then only continue where compelling legitimate grounds "
            "override your interests.|"
            "<b>Complaints.</b> If you are unhappy with how your data are processed, contact "
            "the data protection officer or complain to the Swedish Authority for Privacy "
            "Protection (Integritetsskyddsmyndigheten, IMY), www.imy.se.|"
            "<b>Access log.</b> You have the right to know who has accessed your data; see "
            "section 11."
        ),
        "sec_log": "11. Access log – who read or changed the data",
        "log_intro": (
            "Every read and change of your record is logged. The list shows every recorded "
            "action on you and your cases up to the making of this extract, oldest first. "
            "The same action by the same user on the same case within one minute is shown on "
            "one line with the number of times."
        ),
        "times": "{n} times",
        "log_none": "No recorded actions.",
        "col_time": "Time",
        "col_user": "User",
        "col_action": "Action",
        "yes": "Yes",
        "no": "No",
        "none": "–",
    },
}


# --------------------------------------------------------------------------- rendering


def render_extract(report: ExtractReport) -> bytes:
    """The unencrypted PDF of ``report``."""
    language = check_language(report.language)
    t = pick(TEXTS, language)
    s = base.styles()
    story: list[Flowable] = [
        Paragraph(escape_text(t["title"]), s["title"]),
        Paragraph(escape_text(t["subtitle"]), s["subtitle"]),
        facts_table(
            [
                (t["about"], _about(report.person)),
                (t["made_on"], fmt_date(report.today)),
            ]
        ),
        Spacer(1, 2 * mm),
        Paragraph(escape_text(t["intro"]), s["body"]),
    ]
    story += _controller(report, t)
    story += _legal(report, t)
    story += _your_data(report, t, language)
    story += _withheld(report, t)
    story += _rights(t)
    story += _access_log(report, t, language)
    header = t["header"]
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


def _about(person: PersonRecord) -> str:
    if person.identity_number:
        return f"{person.name}, {person.identity_number}"
    return person.name


def _paragraphs(text: str, style: str = "body") -> list[Flowable]:
    """Paragraphs of a catalogue text ("|" separates them; the text may hold <b>)."""
    s = base.styles()
    return [Paragraph(part, s[style], bulletText=None) for part in text.split("|")]


def _bullets(text: str) -> list[Flowable]:
    s = base.styles()
    return [Paragraph(escape_text(part), s["body"], bulletText="•") for part in text.split("|")]


def _controller(report: ExtractReport, t: Mapping[str, str]) -> list[Flowable]:
    rows = [
        (t["controller"], report.controller or t["not_set"]),
        (t["municipality"], report.municipality or t["not_set"]),
        (t["dpo"], report.data_protection_officer or t["not_set"]),
    ]
    return [heading(t["sec_controller"]), facts_table(rows)]


def _legal(report: ExtractReport, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = [
        heading(t["sec_purposes"]),
        Paragraph(escape_text(t["purposes"]), s["body"]),
        heading(t["sec_legal"]),
        Paragraph(escape_text(t["legal"]), s["body"]),
        Spacer(1, 1.5 * mm),
        Paragraph(escape_text(t["legal_sensitive"]), s["body"]),
        Spacer(1, 1.5 * mm),
        Paragraph(escape_text(t["legal_secrecy"]), s["body"]),
        heading(t["sec_categories"]),
        *_bullets(t["categories"]),
        heading(t["sec_recipients"]),
        Paragraph(escape_text(t["recipients"]), s["body"]),
        Spacer(1, 1.5 * mm),
    ]
    if report.recipients:
        out.append(
            Paragraph(
                escape_text(t["recipients_consent"].format(agencies=", ".join(report.recipients))),
                s["body"],
            )
        )
    else:
        out.append(Paragraph(escape_text(t["recipients_none"]), s["body"]))
    out += [
        heading(t["sec_retention"]),
        Paragraph(escape_text(t["retention"]), s["body"]),
        Spacer(1, 1.5 * mm),
    ]
    if report.kept_for_research:
        out.append(Paragraph(escape_text(t["retention_research"]), s["body"]))
    elif report.last_note is not None:
        dates = purge_dates(report.last_note)
        out.append(
            Paragraph(
                escape_text(
                    t["retention_person"].format(
                        last=fmt_date(report.last_note),
                        due=fmt_date(dates.due_from),
                        deadline=fmt_date(dates.deadline),
                    )
                ),
                s["body"],
            )
        )
    else:
        out.append(Paragraph(escape_text(t["retention_no_notes"]), s["body"]))
    agencies = f" ({', '.join(report.recipients)})" if report.recipients else ""
    out += [
        heading(t["sec_sources"]),
        Paragraph(
            escape_text(
                t["sources"].format(
                    sources=", ".join(report.sources) or t["none"], agencies=agencies
                )
            ),
            s["body"],
        ),
    ]
    return out


def _your_data(report: ExtractReport, t: Mapping[str, str], language: str) -> list[Flowable]:
    person = report.person
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(t["sec_data"])]
    rows = [
        (t["name"], person.name),
        (person.identity_label, person.identity_number or t["none"]),
        (t["birth_date"], fmt_date(person.birth_date) if person.birth_date else t["none"]),
        (t["gender"], person.gender),
        (t["language"], person.language or t["none"]),
        (t["interpreter"], t["yes"] if person.interpreter else t["no"]),
        (t["phone"], person.phone or t["none"]),
        (t["email"], person.email or t["none"]),
        (t["address"], ", ".join(person.address) or t["none"]),
    ]
    if person.protection:
        protection = person.protection
        if person.protection_until is not None:
            protection = t["protection_until"].format(
                level=protection, date=fmt_date(person.protection_until)
            )
        rows.append((t["protection"], protection))
    out += [heading(t["sec_person"], "h2"), facts_table(rows)]
    if report.guardians:
        out += [
            heading(t["sec_guardians"], "h2"),
            data_table(
                [t["name"], t["col_relation"], t["phone"]],
                [[g.name, g.relation or t["none"], g.phone or t["none"]] for g in report.guardians],
                [None, 50 * mm, 45 * mm],
            ),
        ]
    out.append(heading(t["sec_flags"], "h2"))
    if report.flags:
        out.append(
            data_table(
                [t["col_kind"], t["col_set"], t["col_removed"], t["col_reason"]],
                [
                    [
                        f.kind,
                        fmt_date(f.set_on),
                        fmt_date(f.removed_on) if f.removed_on else t["none"],
                        t["withheld_short"] if f.reason is None else (f.reason or t["none"]),
                    ]
                    for f in report.flags
                ],
                [40 * mm, 22 * mm, 22 * mm, None],
            )
        )
    else:
        out.append(empty(t["no_flags"]))
    for case in report.cases:
        out += _case(case, t, language)
        out += _case_plan(case, t)
        out += _case_consents(case, t)
        out += _case_contacts(case, t)
        out += _case_reminders_and_notes(case, t)
    return out


def _case(case: CaseRecord, t: Mapping[str, str], language: str) -> list[Flowable]:
    rows = [
        (t["phase"], case.phase),
        (t["responsible"], case.responsible or t["none"]),
        (
            t["referral"],
            t["referral_value"].format(date=fmt_date(case.inquiry_on), source=case.referral_source),
        ),
        (t["decision"], fmt_date(case.decision_on) if case.decision_on else t["none"]),
        (
            t["agreement"],
            fmt_date(case.agreement_signed_on) if case.agreement_signed_on else t["none"],
        ),
    ]
    if case.closed_on is not None:
        rows.append(
            (
                t["closed"],
                t["closed_value"].format(date=fmt_date(case.closed_on), reason=case.closure_reason),
            )
        )
    if case.summary.strip():
        rows.append((t["case_summary"], case.summary))
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        heading(t["case"].format(reference=case.reference)),
        facts_table(rows),
        heading(t["sub_phases"], "h2"),
        data_table(
            [t["col_phase"], t["col_entered"], t["col_comment"]],
            [[p.phase, fmt_date(p.entered_on), p.comment] for p in case.phases],
            [62 * mm, 27 * mm, None],
        ),
        heading(t["sub_steps"], "h2"),
    ]
    if case.steps:
        out.append(
            data_table(
                [
                    t["col_step"],
                    t["col_status"],
                    t["col_decided"],
                    t["col_period"],
                    t["col_provider"],
                ],
                [
                    [
                        _step_cell(st, t, language),
                        st.status,
                        fmt_date(st.decided_on) if st.decided_on else t["none"],
                        period_text(st.starts_on, st.ends_on, empty=t["none"]),
                        (st.provider or t["none"]) + (f" ({t['external']})" if st.external else ""),
                    ]
                    for st in case.steps
                ],
                [None, 22 * mm, 22 * mm, 25 * mm, 36 * mm],
            )
        )
    else:
        out.append(empty(t["none_registered"]))
    return out


def _case_plan(case: CaseRecord, t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = []
    out.append(heading(t["sub_plan"], "h2"))
    if case.goals:
        out.append(
            data_table(
                [
                    t["col_domain"],
                    t["col_goal"],
                    t["col_owner"],
                    t["col_deadline"],
                    t["col_status"],
                ],
                [
                    [
                        g.life_domain,
                        _goal_cell(g, t),
                        g.owner or t["none"],
                        fmt_date(g.deadline) if g.deadline else t["none"],
                        g.status,
                    ]
                    for g in case.goals
                ],
                [41 * mm, None, 28 * mm, 22 * mm, 25 * mm],
            )
        )
    else:
        out.append(empty(t["none_registered"]))
    out.append(heading(t["sub_assessments"], "h2"))
    if case.assessments:
        out.append(
            data_table(
                [t["col_date"], t["col_scores"]],
                [
                    [
                        fmt_date(a.assessed_on),
                        " · ".join(f"{label} {score}" for label, score in a.scores),
                    ]
                    for a in case.assessments
                ],
                [22 * mm, None],
            )
        )
    else:
        out.append(empty(t["none_registered"]))
    return out


def _case_consents(case: CaseRecord, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = []
    out.append(heading(t["sub_consents"], "h2"))
    if case.consents:
        out.append(
            data_table(
                [
                    t["col_agencies"],
                    t["col_scope"],
                    t["col_written"],
                    t["col_valid"],
                    t["col_withdrawn"],
                ],
                [
                    [
                        c.agencies,
                        c.scope or t["none"],
                        t["yes"] if c.written else t["no"],
                        period_text(c.valid_from, c.valid_to),
                        fmt_date(c.withdrawn_on) if c.withdrawn_on else t["none"],
                    ]
                    for c in case.consents
                ],
                [None, 40 * mm, 19 * mm, 25 * mm, 21 * mm],
            )
        )
    else:
        out.append(empty(t["none_registered"]))
    out.append(heading(t["sub_agreement"], "h2"))
    if case.agreement_signed_on is not None:
        out.append(
            Paragraph(
                escape_text(t["agreement_signed"].format(date=fmt_date(case.agreement_signed_on))),
                s["body"],
            )
        )
    else:
        out.append(empty(t["agreement_unsigned"]))
    if case.breaches:
        out.append(Spacer(1, 1.5 * mm))
        out.append(
            data_table(
                [t["col_date"], t["col_breach"]],
                [[fmt_date(day), text] for day, text in case.breaches],
                [22 * mm, None],
            )
        )
    return out


def _case_contacts(case: CaseRecord, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = []
    out.append(heading(t["sub_contacts"], "h2"))
    if case.contacts:
        out.append(
            data_table(
                [t["col_name"], t["col_agency"], t["col_role"], t["col_contact"]],
                [
                    [
                        c.name + (f", {c.title}" if c.title else ""),
                        c.agency or t["none"],
                        c.role,
                        " / ".join(x for x in (c.phone, c.email) if x) or t["none"],
                    ]
                    for c in case.contacts
                ],
                [None, 38 * mm, 32 * mm, 44 * mm],
            )
        )
    else:
        out.append(empty(t["no_contacts"]))
    if case.private_contacts:
        out.append(
            Paragraph(escape_text(t["private_withheld"].format(n=case.private_contacts)), s["note"])
        )
    if case.threat_assessments:
        out.append(heading(t["sub_threats"], "h2"))
        out += [
            Paragraph(escape_text(t["threat_withheld"].format(date=fmt_date(day))), s["body"])
            for day in case.threat_assessments
        ]
    return out


def _case_reminders_and_notes(case: CaseRecord, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = []
    out.append(heading(t["sub_reminders"], "h2"))
    if case.reminders:
        out.append(
            data_table(
                [t["col_due"], t["col_what"], t["col_done"]],
                [
                    [
                        fmt_date(r.due_on),
                        r.text,
                        fmt_date(r.done_on) if r.done_on else t["none"],
                    ]
                    for r in case.reminders
                ],
                [22 * mm, None, 22 * mm],
            )
        )
    else:
        out.append(empty(t["none_registered"]))
    out += [
        heading(t["sub_notes"], "h2"),
        Paragraph(escape_text(t["notes_note"]), s["note"]),
    ]
    if not case.notes:
        out.append(empty(t["no_notes"]))
    for note in case.notes:
        head = t["note_head"].format(
            n=note.number, date=fmt_date(note.event_date), type=note.note_type, author=note.author
        )
        signed = (
            t["note_signed"].format(at=f"{note.signed_at:%Y-%m-%d %H:%M}")
            if note.signed_at is not None
            else ""
        )
        out += note_block(head=head, text=note.text, remarks=_note_remarks(note, t), aside=signed)
    return out


def _step_cell(step: StepRow, t: Mapping[str, str], language: str) -> Paragraph:
    """The step, with its legal basis, cost and the Police's exit funds under it."""
    text = escape_text(f"{step.category}: {step.item}" if step.item else step.category)
    details = []
    if step.legal_basis:
        details.append(t["step_legal_basis"].format(text=step.legal_basis))
    if step.cost_sek is not None:
        details.append(t["step_cost"].format(sek=fmt_int(step.cost_sek, language)))
    if step.police_funds_applied:
        if step.police_funds_granted is None:
            details.append(t["step_funds_applied"])
        elif step.police_funds_granted:
            amount = fmt_int(step.police_funds_sek, language) if step.police_funds_sek else "–"
            details.append(t["step_funds_granted"].format(sek=amount))
        else:
            details.append(t["step_funds_refused"])
    if details:
        text += f"<br/><font color='#5B6573'>{escape_text(' · '.join(details))}</font>"
    return Paragraph(text, base.styles()["cell"])


def _goal_cell(goal: GoalRow, t: Mapping[str, str]) -> Paragraph:
    """The goal, with the participant's own words under it."""
    text = escape_text(goal.goal)
    if goal.own_words.strip():
        text += (
            f"<br/><font color='#5B6573'>{escape_text(t['col_own_words'])}:</font> "
            f"<i>”{escape_text(goal.own_words.strip())}”</i>"
        )
    return Paragraph(text, base.styles()["cell"])


def _note_remarks(note: NoteRow, t: Mapping[str, str]) -> list[str]:
    remarks = []
    if note.corrects is not None:
        remarks.append(t["note_corrects"].format(n=note.corrects, reason=note.correction_reason))
    if note.corrected_by:
        remarks.append(t["note_corrected"].format(numbers=", ".join(map(str, note.corrected_by))))
    return remarks


def _withheld(report: ExtractReport, t: Mapping[str, str]) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = [CondPageBreak(40 * mm), heading(t["sec_withheld"])]
    if not report.withheld:
        return [*out, Paragraph(escape_text(t["withheld_none"]), s["body"])]
    out.append(Paragraph(escape_text(t["withheld_intro"]), s["body"]))
    out.append(Spacer(1, 2 * mm))
    out.append(
        data_table(
            [t["col_item"], t["col_case"], t["col_date"], t["col_reason"]],
            [
                [
                    t[f"w_{item.kind}"].format(detail=item.detail),
                    item.case_reference or t["none"],
                    fmt_date(item.day) if item.day else t["none"],
                    t[f"w_{item.kind}_reason"],
                ]
                for item in report.withheld
            ],
            [46 * mm, 30 * mm, 22 * mm, None],
        )
    )
    return out


def _rights(t: Mapping[str, str]) -> list[Flowable]:
    out: list[Flowable] = [heading(t["sec_rights"])]
    for paragraph in _paragraphs(t["rights"]):
        out += [paragraph, Spacer(1, 1.5 * mm)]
    return out


def _access_log(report: ExtractReport, t: Mapping[str, str], language: str) -> list[Flowable]:
    s = base.styles()
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        heading(t["sec_log"]),
        Paragraph(escape_text(t["log_intro"]), s["body"]),
        Spacer(1, 2 * mm),
    ]
    if not report.access_log:
        return [*out, empty(t["log_none"])]
    rows: list[Sequence[str]] = []
    for minute, entries in itertools.groupby(
        report.access_log, key=lambda r: f"{r.at:%Y-%m-%d %H:%M}"
    ):
        # Within a minute: one line per user, action and case, in order of first occurrence.
        counts = collections.Counter((r.user, r.action, r.case_reference) for r in entries)
        for (user, action, case), count in counts.items():
            text = action_text(action, language)
            if count > 1:
                text = f"{text} ({t['times'].format(n=count)})"
            rows.append([minute, _fit(user, 46 * mm), _fit(text, 56 * mm), case])
    out.append(
        data_table(
            [t["col_time"], t["col_user"], t["col_action"], t["col_case"]],
            rows,
            [31 * mm, 50 * mm, 60 * mm, None],
            plain=True,
        )
    )
    return out


def _fit(text: str, width: float, size: float = 8.5) -> str:
    """``text`` shortened with "…" to fit ``width`` points in a plain (single-line) cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, base.FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", base.FONT, size) > width:
        text = text[:-1]
    return text + "…"


__all__: Sequence[str] = (
    "AssessmentRow",
    "CaseRecord",
    "ContactRow",
    "ExtractReport",
    "FlagRow",
    "GuardianRow",
    "LogRow",
    "NoteRow",
    "PersonRecord",
    "ReminderRow",
    "WithheldItem",
    "render_extract",
)
