"""ORM schema of the case records (issue 3).

Every row keeps what queries and reports need as plain columns (ids, dates, codes, flags,
amounts: a PostgreSQL administrator can see these, docs/SECURITY.md lists them) and
everything personal in one ``payload_ct`` column: an AES-256-GCM envelope of a JSON object,
bound to table, column and row id. One envelope per row is simpler and faster than one per
field (DESIGN.md §4).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from avhopp.storage.models import UUID_LENGTH, Base

CODE = 40
#: The columns of the cases' statistics index (revision 0005).
CASE_STATS_COLUMNS = (
    "inquiry_on",
    "closed_on",
    "id",
    "person_id",
    "referral_source",
    "decision_on",
    "closure_reason",
    "agreement_signed_on",
)
#: The columns of the support steps' statistics index (revision 0004).
STEP_STATS_COLUMNS = (
    "case_id",
    "category",
    "status",
    "starts_on",
    "decided_on",
    "ends_on",
    "external",
    "police_funds_applied",
    "police_funds_granted",
    "police_funds_sek",
)


class _Versioned:
    """Mutable rows: optimistic locking and who changed them last."""

    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.version}


class Person(_Versioned, Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    #: Blind index of the 12-digit identity number (exact lookup, duplicate warning).
    identity_bi: Mapped[bytes | None] = mapped_column(LargeBinary, index=True)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class PersonList(Base):
    """What the participant list shows of a person: name, identity number, birth year, the
    protected flag and the references of their cases, in one small envelope in a narrow
    table, so the list (read at every unlock) neither decrypts whole records nor reads their
    pages. Derived data, never the record itself: written beside the person, and filled by
    the list when missing (rows from before revision 0004, bulk imports, a case added to an
    existing person)."""

    __tablename__ = "person_lists"

    person_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class Case(_Versioned, Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    #: Blind index of the case reference (exact lookup; the reference itself is encrypted).
    reference_bi: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    phase: Mapped[str] = mapped_column(String(CODE), index=True)
    referral_source: Mapped[str] = mapped_column(String(CODE))
    inquiry_on: Mapped[date] = mapped_column(Date)
    decision_on: Mapped[date | None] = mapped_column(Date)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(CODE))
    responsible_user_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    team: Mapped[str | None] = mapped_column(String(CODE))
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)

    #: Who may see which open case, from this index alone (revision 0003): the dashboard
    #: reads every open case a manager may see without touching the rows and their payloads.
    #: The statistics read a case's plain columns from ``ix_cases_stats`` alone (0005).
    __table_args__ = (
        Index("ix_cases_open_scope", "phase", "responsible_user_id", "team", "person_id", "id"),
        Index("ix_cases_stats", *CASE_STATS_COLUMNS),
    )


class PhaseChangeRow(Base):
    """The phase history: append-only in practice (never updated)."""

    __tablename__ = "case_phases"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    phase: Mapped[str] = mapped_column(String(CODE))
    entered_on: Mapped[date] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(CODE))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))
    payload_ct: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (
        UniqueConstraint("case_id", "seq", name="uq_case_phases_case_seq"),
        Index("ix_case_phases_stats", "case_id", "entered_on", "seq", "phase"),  # 0005
    )


class SupportStep(_Versioned, Base):
    __tablename__ = "support_steps"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(CODE))
    item: Mapped[str] = mapped_column(String(CODE))
    status: Mapped[str] = mapped_column(String(CODE))
    decided_on: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    external: Mapped[bool] = mapped_column(Boolean)
    cost_sek: Mapped[int | None] = mapped_column(BigInteger)
    police_funds_applied: Mapped[bool] = mapped_column(Boolean)
    police_funds_granted: Mapped[bool | None] = mapped_column(Boolean)
    police_funds_sek: Mapped[int | None] = mapped_column(BigInteger)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)

    #: Every plain column the period statistics read, after the case: the statistics read the
    #: steps of the active cases from this index alone (no row lookups across the big table).
    __table_args__ = (Index("ix_support_steps_stats", *STEP_STATS_COLUMNS),)


class Assessment(Base):
    """Life-domain scores 1–5 (health and substance use are special-category data: the
    scores are in the payload, not in plain columns)."""

    __tablename__ = "assessments"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class PlanGoal(_Versioned, Base):
    __tablename__ = "plan_goals"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    life_domain: Mapped[str] = mapped_column(String(CODE))
    status: Mapped[str] = mapped_column(String(CODE))
    deadline: Mapped[date | None] = mapped_column(Date)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class ThreatAssessment(Base):
    __tablename__ = "threat_assessments"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(CODE))
    assessed_on: Mapped[date] = mapped_column(Date)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class Consent(_Versioned, Base):
    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    written: Mapped[bool] = mapped_column(Boolean)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class Breach(Base):
    __tablename__ = "breaches"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class Contact(_Versioned, Base):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    kind: Mapped[str] = mapped_column(String(CODE))  # professional / private
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class CaseContact(_Versioned, Base):
    __tablename__ = "case_contacts"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(CODE))
    may_contact: Mapped[bool] = mapped_column(Boolean)
    risk: Mapped[bool] = mapped_column(Boolean)
    payload_ct: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (
        UniqueConstraint("case_id", "contact_id", name="uq_case_contacts_case_contact"),
    )


class JournalNote(_Versioned, Base):
    """Never deleted (except by purge), never changed after signing."""

    __tablename__ = "journal_notes"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE")
    )
    note_type: Mapped[str] = mapped_column(String(CODE))
    event_date: Mapped[date] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("users.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_by: Mapped[str | None] = mapped_column(String(64))
    corrects_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("journal_notes.id", ondelete="CASCADE")
    )
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_journal_notes_case_event", "case_id", "event_date"),)


class Reminder(_Versioned, Base):
    __tablename__ = "reminders"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(CODE))
    #: For automatic reminders: the row they follow (a consent, a plan goal...).
    source_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    payload_ct: Mapped[bytes | None] = mapped_column(LargeBinary)

    #: A user's open reminders up to a date (revision 0003): the dashboard skips the purge
    #: reminders of closed cases, years ahead, without reading them.
    __table_args__ = (Index("ix_reminders_owner_open", "owner_id", "done_at", "due_on"),)


class Flag(_Versioned, Base):
    __tablename__ = "flags"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(CODE))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class CodeEntryRow(_Versioned, Base):
    """Code lists: deactivated, never deleted. Not personal data: stored in clear."""

    __tablename__ = "code_entries"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    list_name: Mapped[str] = mapped_column(String(CODE))
    code: Mapped[str] = mapped_column(String(CODE))
    label_sv: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    parent: Mapped[str | None] = mapped_column(String(CODE))
    active: Mapped[bool] = mapped_column(Boolean)
    sort_order: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("list_name", "code", name="uq_code_entries_list_code"),)


class EmergencyAccess(Base):
    """A case worker's emergency access to a case outside their own: flagged for review."""

    __tablename__ = "emergency_access"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    granted_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class PurgeRun(Base):
    """What a purge did: counts and dates only, never personal data."""

    __tablename__ = "purge_runs"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
    run_at: Mapped[datetime | None] = mapped_column(DateTime)
    people_deleted: Mapped[int] = mapped_column(Integer)
    people_archived: Mapped[int] = mapped_column(Integer)
    cutoff: Mapped[date] = mapped_column(Date)


class Setting(_Versioned, Base):
    """Unit settings (municipality, thresholds, idle lock...), encrypted."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_ct: Mapped[bytes] = mapped_column(LargeBinary)
