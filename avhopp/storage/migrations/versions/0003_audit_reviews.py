"""Audit reviews: the log reviewer's "granskad" marks, append-only like the log; and two
indexes for the dashboard (the cases' access scope, a user's open reminders by date).

No foreign key to ``audit_entries``: that table stays exactly as it was (a reference to it
would, for one, turn a refused TRUNCATE into a foreign-key error); the service checks that
every reviewed entry exists, and the encrypted payload binds the review to its entry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UUID = 36
MESSAGE = "audit reviews are append-only"
#: Every column but ``remark_ct``, which ``rekey`` re-encrypts in place.
FIXED_COLUMNS = ("id", "audit_seq", "reviewed_at", "reviewed_by")


def upgrade() -> None:
    op.create_table(
        "audit_reviews",
        sa.Column("id", sa.String(length=UUID), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("remark_ct", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_reviews")),
    )
    with op.batch_alter_table("audit_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_reviews_audit_seq"), ["audit_seq"], unique=False)
    _append_only_triggers()
    # The dashboard's scan of every open case (phase, who may see it, whose it is) reads
    # this index alone: about 5× less than the table with its payloads on 24,000 cases.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_open_scope",
            ["phase", "responsible_user_id", "team", "person_id", "id"],
            unique=False,
        )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reminders_owner_open", ["owner_id", "done_at", "due_on"], unique=False
        )


def _append_only_triggers() -> None:
    """A review, once written, stays: no DELETE, no UPDATE of who, when or which entry. The
    triggers stop mistakes and casual edits through SQL; the encrypted payload repeats the
    plain columns, so an edit by someone who drops the triggers is detected on reading."""
    columns = ", ".join(FIXED_COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER audit_reviews_no_update BEFORE UPDATE OF {columns} "
            f"ON audit_reviews BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_reviews_no_delete BEFORE DELETE "
            f"ON audit_reviews BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION audit_reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
    )
    op.execute(
        f"CREATE TRIGGER audit_reviews_no_update BEFORE UPDATE OF {columns} "
        "ON audit_reviews FOR EACH ROW EXECUTE FUNCTION audit_reviews_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_reviews_no_delete BEFORE DELETE OR TRUNCATE "
        "ON audit_reviews FOR EACH STATEMENT EXECUTE FUNCTION audit_reviews_append_only()"
    )


def downgrade() -> None:
    raise RuntimeError("Avhopp never downgrades a vault; restore a backup instead.")
