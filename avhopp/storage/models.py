"""The ORM schema. Columns ending in ``_ct`` hold field-encryption envelopes
(:mod:`avhopp.crypto.field_cipher`); everything else is visible to whoever administers a
PostgreSQL server (docs/SECURITY.md lists it). ORM objects never leave a unit of work.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultMeta(Base):
    """One row: which vault this database is and which vault key encrypts it."""

    __tablename__ = "vault_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vault_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    unit_name_ct: Mapped[bytes] = mapped_column(LargeBinary)
    row_mac: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class VaultHeaderRow(Base):
    """The authoritative key header, changed in the same transaction as what it belongs to.
    PostgreSQL clients read it before unlock; a SQLite vault also publishes it to the file
    beside the database (readable before unlock) after each commit."""

    __tablename__ = "vault_header"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    revision: Mapped[int] = mapped_column(Integer)


class LoginFailure(Base):
    """PostgreSQL only: failed logins, readable before unlock for throttling; folded into the
    audit log at the next successful unlock (SQLite keeps them in a file)."""

    __tablename__ = "login_failures"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    locator: Mapped[str] = mapped_column(String(64), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    audited: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name_ct: Mapped[bytes] = mapped_column(LargeBinary)
    roles: Mapped[str] = mapped_column(String(200))
    #: The team whose cases a case worker sees (a short code, not personal data).
    team: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    #: HMAC over id, username, roles and active: a server administrator cannot grant roles.
    row_mac: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditEntry(Base):
    """Append-only (database triggers refuse UPDATE and DELETE). ``seq`` orders the chain."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH), index=True)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    target_type: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    #: Reserved for a unit *code* when several units share one server; the unit's name is in
    #: the encrypted details, never here.
    unit: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    details_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    mac: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_audit_entries_target", "target_type", "target_id"),)


class AuditHead(Base):
    """One row: the chain head, locked (SELECT … FOR UPDATE) to serialize appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    mac: Mapped[bytes] = mapped_column(LargeBinary)


class AuditReview(Base):
    """A log reviewer's mark "granskad" on one audit entry (lag 2001:454: the log is followed
    up). Append-only like the log itself: database triggers refuse DELETE and any UPDATE but
    of ``remark_ct`` (which ``rekey`` re-encrypts); a newer review of the same entry wins.
    ``remark_ct`` is a row payload (remark, and the plain columns again so that a moved or
    edited row is detected)."""

    __tablename__ = "audit_reviews"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    #: The reviewed entry's ``seq`` (no foreign key: ``audit_entries`` is left untouched).
    audit_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    remark_ct: Mapped[bytes] = mapped_column(LargeBinary)


class RetiredKey(Base):
    """Vault keys replaced by ``rekey``, sealed under the current field key, kept only to
    check and read audit entries written before the rotation (they are never rewritten)."""

    __tablename__ = "retired_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    vault_key_ct: Mapped[bytes] = mapped_column(LargeBinary)
    retired_at: Mapped[datetime] = mapped_column(DateTime)
    retired_by: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), ForeignKey("users.id", ondelete="RESTRICT")
    )


# Referenced by the migration so the trigger text lives next to the table it guards.
AUDIT_APPEND_ONLY_MESSAGE = "audit log is append-only"
