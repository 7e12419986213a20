"""Alembic environment. Always run through :func:`avhopp.storage.migrate.upgrade`, which hands
in an open connection (SQLCipher needs its key before anything else happens)."""

from __future__ import annotations

from alembic import context

from avhopp.storage import case_models  # noqa: F401 - registers the case-record tables
from avhopp.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
