"""Covering indexes for the period statistics behind the council report.

Every figure of a period starts from "the cases active in it" (inquiry on or before its last
day, not closed before its first). Without an index that subquery scans the whole ``cases``
table, pages of encrypted payloads included, several times per period; the council report
computes two periods. ``ix_cases_stats`` holds the plain columns the statistics read of a case,
so the subqueries and the case facts are read from the index alone. ``ix_case_phases_stats``
does the same for "the phase on a given day" (last change by sequence on or before it).

Plain columns only: nothing here that is not already visible in the tables. Measured on the
reference dataset (docs/PERFORMANCE.md): a year's statistics about 30 % faster.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: As avhopp.storage.case_models.CASE_STATS_COLUMNS at this revision.
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
PHASE_STATS_COLUMNS = ("case_id", "entered_on", "seq", "phase")


def upgrade() -> None:
    op.create_index("ix_cases_stats", "cases", list(CASE_STATS_COLUMNS))
    op.create_index("ix_case_phases_stats", "case_phases", list(PHASE_STATS_COLUMNS))


def downgrade() -> None:
    raise RuntimeError("Avhopp never downgrades a vault; restore a backup instead.")
