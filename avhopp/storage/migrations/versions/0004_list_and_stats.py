"""The participant list's own small envelope per person (table ``person_lists``), and an
index for the period statistics over the support steps.

The list shown at every unlock needs only name, identity number, birth year, the protected
flag and the case references. ``person_lists`` holds just those, one encrypted row payload
per person, bound to its row like every payload (associated data: table ``person_lists``,
column ``payload``, the person id), in a narrow table whose pages are cheap to read.

The table starts empty: the migration has no keys to derive the rows from the encrypted
records. The participant list fills a missing row from the person's record in the same
transaction (avhopp.services.participant_list), so the first list after the upgrade is
slower once.

``ix_support_steps_stats`` holds every plain column the statistics read of a step, so they
read the steps of the active cases from the index alone. Plain columns only: nothing here
that is not already visible in the table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: As avhopp.storage.case_models.STEP_STATS_COLUMNS at this revision.
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


def upgrade() -> None:
    op.create_table(
        "person_lists",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_lists_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_lists")),
    )
    op.create_index("ix_support_steps_stats", "support_steps", list(STEP_STATS_COLUMNS))


def downgrade() -> None:
    raise RuntimeError("Avhopp never downgrades a vault; restore a backup instead.")
