"""Read models of the case records, handed to the GUI and the CLI (frozen, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from avhopp.domain.identity import IdentityKind
from avhopp.domain.person import Address, Guardian, LegalGender, ProtectionLevel


@dataclass(frozen=True)
class PersonView:
    id: str
    first_name: str
    last_name: str
    identity_kind: IdentityKind
    identity_number: str  # 12 digits, foreign/temporary text, or empty
    birth_date: date | None
    legal_gender: LegalGender
    language: str
    interpreter: bool
    phone: str
    email: str
    #: ``None`` while a protected address is hidden (see ``address_hidden``).
    address: Address | None
    address_hidden: bool
    protection: ProtectionLevel | None
    protection_until: date | None
    guardians: tuple[Guardian, ...]
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class DuplicateWarning:
    """Another person who may be the same one (a wrong number searched and not noticed is a
    known incident in Swedish systems)."""

    #: ``None`` when the other person is outside the user's cases: the warning still says
    #: that someone matches (ask a manager), without opening a record the user may not see.
    person_id: str | None
    reason: str  # "identity_number" or "name_and_birth_year"


@dataclass(frozen=True)
class PhaseView:
    seq: int
    phase: str
    entered_on: date
    closure_reason: str | None
    comment: str
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True)
class CaseView:
    id: str
    person_id: str
    reference: str
    phase: str
    referral_source: str
    inquiry_on: date
    decision_on: date | None
    agreement_signed_on: date | None
    closed_on: date | None
    closure_reason: str | None
    responsible_user_id: str | None
    team: str | None
    summary: str
    history: tuple[PhaseView, ...]
    version: int
    #: True when this read went through emergency access.
    emergency: bool = False


@dataclass(frozen=True)
class RegisteredParticipant:
    person: PersonView
    case: CaseView
    duplicates: tuple[DuplicateWarning, ...]


@dataclass(frozen=True)
class NoteView:
    id: str
    case_id: str
    note_type: str
    event_date: date
    text: str
    status: str
    author_id: str | None
    created_at: datetime
    signed_at: datetime | None
    signed_by: str | None
    corrects_id: str | None
    correction_reason: str
    version: int


@dataclass(frozen=True)
class ParticipantSummary:
    """One row of the participant list: what search and filters need."""

    person_id: str
    full_name: str
    identity_number: str
    birth_year: int | None
    case_id: str
    reference: str
    phase: str
    responsible_user_id: str | None
    protected: bool
