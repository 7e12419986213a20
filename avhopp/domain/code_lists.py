"""The default code lists (DOMAIN.md §2). An administrator edits them; entries are deactivated,
never deleted, so history stays reportable. Codes are stable ASCII; labels are Swedish (the
UI's language) with English beside them for the English UI and reports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CodeList(enum.StrEnum):
    PHASE = "phase"
    REFERRAL_SOURCE = "referral_source"
    CLOSURE_REASON = "closure_reason"
    STEP_CATEGORY = "step_category"
    STEP_ITEM = "step_item"
    JOURNAL_TYPE = "journal_type"
    LIFE_DOMAIN = "life_domain"
    CONTACT_ROLE = "contact_role"
    AGENCY = "agency"


@dataclass(frozen=True)
class CodeEntry:
    code: str
    label_sv: str
    label_en: str
    #: For support-step items: the category they belong to.
    parent: str | None = None


def _entries(rows: list[tuple[str, str, str]], parent: str | None = None) -> list[CodeEntry]:
    return [CodeEntry(code, sv, en, parent) for code, sv, en in rows]


PHASES = _entries(
    [
        ("inquiry", "Förfrågan / aktualisering", "Inquiry"),
        ("pre_assessment", "Förhandsbedömning och kartläggning", "Pre-assessment"),
        ("investigation", "Utredning och beslut", "Investigation and decision"),
        ("protection", "Akut fas / skyddsfas", "Emergency / protection"),
        ("active_support", "Aktivt stöd / genomförande", "Active support"),
        ("transition", "Utslussning", "Transition"),
        ("aftercare", "Eftervård / uppföljning", "Aftercare"),
        ("closed", "Avslutat", "Closed"),
    ]
)

REFERRAL_SOURCES = _entries(
    [
        ("police", "Polisen", "Police"),
        ("social_services_own", "Socialtjänst (egen kommun)", "Social services (own municipality)"),
        (
            "social_services_other",
            "Socialtjänst (annan kommun)",
            "Social services (other municipality)",
        ),
        ("prison", "Kriminalvården anstalt", "Prison and Probation: prison"),
        ("probation", "Kriminalvården frivård", "Prison and Probation: probation"),
        ("sis", "SiS", "National Board of Institutional Care (SiS)"),
        ("school", "Skola", "School"),
        ("relative", "Anhörig", "Relative"),
        ("self", "Självanmälan", "Self-referral"),
        ("civil_society", "Civilsamhälle", "Civil society"),
        ("health_care", "Hälso- och sjukvård", "Health care"),
        ("other", "Övrigt", "Other"),
    ]
)

CLOSURE_REASONS = _entries(
    [
        ("completed", "Genomfört enligt plan", "Completed as planned"),
        ("ended_by_participant", "Avbrutet av deltagaren", "Ended by the participant"),
        ("breach", "Avbrutet på grund av regelbrott", "Ended because of a breach"),
        ("not_eligible", "Ej aktuellt efter bedömning", "Not eligible after assessment"),
        ("moved", "Överflyttat till annan kommun", "Moved to another municipality"),
        ("relapse", "Återfall i kriminell miljö", "Relapse into the criminal environment"),
        ("deceased", "Avliden", "Deceased"),
        ("other", "Övrigt", "Other"),
    ]
)

STEP_CATEGORIES = _entries(
    [
        ("protection", "Skydd och säkerhet", "Protection and safety"),
        ("housing", "Boende", "Housing"),
        ("finances", "Försörjning och ekonomi", "Income and finances"),
        ("occupation", "Sysselsättning", "Occupation"),
        ("care", "Vård och behandling", "Care and treatment"),
        ("support", "Stöd och relationer", "Support and relationships"),
        ("identity", "Identitet och utträde", "Identity and exit"),
        ("authorities", "Myndighetskontakter", "Contacts with authorities"),
    ]
)

STEP_ITEMS = [
    *_entries(
        [
            ("sheltered_housing", "Skyddat/akut boende", "Sheltered/emergency housing"),
            ("relocation", "Flytt till annan ort", "Relocation"),
            ("removal", "Flytt av bohag", "Removal of belongings"),
            ("protected_data", "Skyddade personuppgifter", "Protected personal data"),
            ("safety_plan", "Säkerhetsplan", "Safety plan"),
            ("police_protection", "Polisiära skyddsinsatser", "Police protection"),
        ],
        "protection",
    ),
    *_entries(
        [
            ("emergency_housing", "Akut boende", "Emergency housing"),
            ("supported_housing", "Stödboende/träningslägenhet", "Supported housing"),
            ("own_lease", "Eget kontrakt", "Own lease"),
        ],
        "housing",
    ),
    *_entries(
        [
            ("financial_aid", "Ekonomiskt bistånd", "Financial assistance"),
            ("debt_counselling", "Budget- och skuldrådgivning", "Budget and debt counselling"),
            ("debt_relief", "Skuldsanering (Kronofogden)", "Debt relief"),
            ("trustee", "God man", "Trustee"),
        ],
        "finances",
    ),
    *_entries(
        [
            ("work_training", "Arbetsträning", "Work training"),
            ("internship", "Praktik", "Internship"),
            ("work", "Arbete", "Work"),
            ("education", "Utbildning", "Education"),
        ],
        "occupation",
    ),
    *_entries(
        [
            ("substance_treatment", "Missbruksbehandling", "Substance use treatment"),
            ("psychiatry", "Psykiatri/terapi", "Psychiatry/therapy"),
            ("medical_assessment", "Medicinsk utredning", "Medical assessment"),
            ("dental", "Tandvård", "Dental care"),
        ],
        "care",
    ),
    *_entries(
        [
            ("counselling", "Samtalsstöd/motivationsarbete", "Counselling"),
            ("contact_person", "Kontaktperson", "Contact person"),
            ("mentor", "Mentor", "Mentor"),
            ("family_support", "Anhörigstöd", "Support to relatives"),
            ("network_work", "Nätverksarbete", "Network work"),
        ],
        "support",
    ),
    *_entries(
        [
            ("tattoo_removal", "Tatueringsborttagning", "Tattoo removal"),
            ("new_phone", "Byte av telefon", "New phone"),
            ("name_change", "Namnbyte", "Name change"),
        ],
        "identity",
    ),
    *_entries(
        [
            ("prison_service", "Kriminalvården", "Prison and Probation Service"),
            ("police_contact", "Polisen", "Police"),
            ("social_insurance", "Försäkringskassan", "Social Insurance Agency"),
            ("tax_agency", "Skatteverket", "Tax Agency"),
            ("enforcement", "Kronofogden", "Enforcement Authority"),
        ],
        "authorities",
    ),
]

JOURNAL_TYPES = _entries(
    [
        ("conversation", "Samtal", "Conversation"),
        ("home_visit", "Hembesök", "Home visit"),
        ("phone", "Telefon", "Phone call"),
        ("conference", "Samverkansmöte", "Case conference"),
        ("event", "Händelse", "Event"),
        ("decision", "Beslut", "Decision"),
        ("other", "Övrigt", "Other"),
    ]
)

LIFE_DOMAINS = _entries(
    [
        ("housing", "Boende", "Housing"),
        ("income", "Försörjning", "Income"),
        ("occupation", "Sysselsättning/utbildning", "Occupation/education"),
        ("health", "Hälsa/missbruk", "Health/substance use"),
        ("debts", "Skulder", "Debts"),
        ("network", "Nätverk/anhöriga", "Network/relatives"),
        ("criminal_environment", "Relation till kriminell miljö", "Criminal environment"),
        ("safety", "Säkerhet/hotbild", "Safety/threat"),
    ]
)

CONTACT_ROLES = _entries(
    [
        ("case_officer", "Handläggare", "Case officer"),
        ("police_officer", "Polis", "Police officer"),
        ("probation_officer", "Frivårdsinspektör", "Probation officer"),
        ("mentor", "Mentor", "Mentor"),
        ("contact_person", "Kontaktperson", "Contact person"),
        ("relative", "Anhörig", "Relative"),
        ("guardian", "Vårdnadshavare", "Guardian"),
        ("other", "Övrig", "Other"),
    ]
)

AGENCIES = _entries(
    [
        ("police", "Polisen", "Police"),
        ("prison_service", "Kriminalvården", "Prison and Probation Service"),
        ("social_services", "Socialtjänsten", "Social services"),
        ("social_insurance", "Försäkringskassan", "Social Insurance Agency"),
        ("employment", "Arbetsförmedlingen", "Public Employment Service"),
        ("health_care", "Hälso- och sjukvården", "Health care"),
        ("tax_agency", "Skatteverket", "Tax Agency"),
        ("enforcement", "Kronofogden", "Enforcement Authority"),
        ("school", "Skolan", "School"),
        ("civil_society", "Civilsamhället", "Civil society"),
    ]
)

DEFAULTS: dict[CodeList, list[CodeEntry]] = {
    CodeList.PHASE: PHASES,
    CodeList.REFERRAL_SOURCE: REFERRAL_SOURCES,
    CodeList.CLOSURE_REASON: CLOSURE_REASONS,
    CodeList.STEP_CATEGORY: STEP_CATEGORIES,
    CodeList.STEP_ITEM: STEP_ITEMS,
    CodeList.JOURNAL_TYPE: JOURNAL_TYPES,
    CodeList.LIFE_DOMAIN: LIFE_DOMAINS,
    CodeList.CONTACT_ROLE: CONTACT_ROLES,
    CodeList.AGENCY: AGENCIES,
}
