"""The session's PostgreSQL server and per-test databases really work."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    """The psycopg connection string for a `postgresql+psycopg://` SQLAlchemy URL."""
    parsed = make_url(url)
    assert parsed.drivername == "postgresql+psycopg"
    host = parsed.query["host"]
    assert isinstance(host, str)
    return psycopg.conninfo.make_conninfo(
        host=host,
        port=str(parsed.port or 5432),
        user=parsed.username or "",
        dbname=parsed.database or "",
    )


def test_psycopg_connects_through_the_url(postgres_url: str) -> None:
    with psycopg.connect(_conninfo(postgres_url)) as connection:
        row = connection.execute("select version(), current_database()").fetchone()
    assert row is not None
    version, database = row
    assert version.startswith("PostgreSQL ")
    assert database == make_url(postgres_url).database


def test_sqlalchemy_connects_through_the_url(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("select 1")).scalar_one() == 1
    finally:
        engine.dispose()


def test_each_test_gets_its_own_empty_database(postgres_url: str) -> None:
    # Runs after the tests above: leftovers would show up here as tables.
    with psycopg.connect(_conninfo(postgres_url)) as connection:
        tables = connection.execute(
            "select count(*) from information_schema.tables where table_schema = 'public'"
        ).fetchone()
        connection.execute("create table probe (id integer primary key)")
    assert tables == (0,)


def test_db_location_is_a_path_or_a_url(engine_kind: str, db_location: str) -> None:
    if engine_kind == "sqlite":
        assert db_location.endswith("vault.avhopp")
    else:
        assert db_location.startswith("postgresql+psycopg://postgres@/avhopp_test_")
