"""Engines for the two kinds of vault, and translation of driver errors.

SQLite vaults are SQLCipher files opened with a raw 256-bit key derived from the vault key
(never a passphrase). SQLAlchemy's ``sqlite+pysqlcipher`` URL cannot take a custom connection
factory, so the engine uses ``sqlite://`` with ``module=`` and ``creator=`` (DESIGN.md §3).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy.pool import QueuePool

from avhopp.errors import (
    ConflictError,
    DiskFullError,
    IntegrityError,
    NotAVaultError,
    ReadOnlyLocationError,
    ServerUnreachableError,
    StorageError,
    UserError,
)
from avhopp.storage.location import VaultLocation, check_local_filesystem

log = logging.getLogger("avhopp.storage")

BUSY_TIMEOUT_MS = 15_000
#: Every SQLite from 3.7.0 to 3.51.2 can corrupt a WAL database when two connections write or
#: checkpoint at once; the bundled SQLCipher brings a fixed one. Refuse anything older.
MIN_SQLITE_VERSION = (3, 51, 3)
_dbapi: Any = sqlcipher3.dbapi2


def sqlite_version() -> tuple[int, ...]:
    return tuple(int(part) for part in _dbapi.sqlite_version.split("."))


def check_sqlite_version() -> None:
    """Raises:
    StorageError: the SQLite library is one with the WAL-reset corruption bug.
    """
    if sqlite_version() < MIN_SQLITE_VERSION:
        raise StorageError(
            reason=(
                f"the SQLite library is {_dbapi.sqlite_version}, which can corrupt databases; "
                "3.51.3 or newer is needed"
            )
        )


def sqlite_engine(location: VaultLocation, *, raw_key: bytes, create: bool = False) -> Engine:
    """An engine on a SQLCipher file keyed with ``raw_key``.

    The key is checked on the first connection: a wrong key or a file that is not a SQLCipher
    database raises :class:`IntegrityError` / :class:`NotAVaultError` there.
    """
    check_sqlite_version()
    assert location.path is not None
    path = location.path
    if not create and not path.exists():
        raise NotAVaultError(location=str(path))
    check_local_filesystem(path)
    key_pragma = f"PRAGMA key = \"x'{raw_key.hex()}'\""

    def creator() -> Any:
        connection = _dbapi.connect(
            str(path),
            isolation_level=None,  # SQLAlchemy emits BEGIN itself (see _begin_immediate)
            check_same_thread=False,  # one connection is used by one thread at a time
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        try:
            # SQLCipher would print key-check failures on stderr; they become errors here.
            connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
            connection.execute(key_pragma)
            # Reading the schema is the key check: a wrong key fails here.
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in (
                "PRAGMA foreign_keys = ON",
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
                "PRAGMA secure_delete = ON",
            ):
                connection.execute(pragma).fetchall()
        except BaseException:
            connection.close()
            raise
        return connection

    engine = create_engine(
        "sqlite://",
        module=_dbapi,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            # Reads only (see read_only_connection): a deferred transaction never takes the
            # write lock, so it runs beside a unit of work that holds it (WAL).
            conn.exec_driver_sql("BEGIN DEFERRED")
            return
        # Every unit of work may append to the audit log, so take the write lock up front:
        # a deferred transaction that upgrades later can fail with SQLITE_BUSY mid-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


#: The execution option of a connection that only reads (:func:`read_only_connection`).
READ_ONLY = "avhopp_read_only"


def read_only_connection(engine: Engine) -> Connection:
    """A connection for reads only, e.g. on a helper thread beside a unit of work: on
    SQLite its transaction is deferred (no write lock; it sees what was committed when it
    first reads); on PostgreSQL it is a read-committed READ ONLY transaction. Writing
    through it is a bug (PostgreSQL refuses it). Close it (``with``) when done."""
    options: dict[str, Any] = {READ_ONLY: True}
    if engine.dialect.name == "postgresql":
        options["postgresql_readonly"] = True
    return engine.connect().execution_options(**options)


def checkpoint(engine: Engine) -> None:
    """Move everything from the WAL into the main file and empty the WAL (outside any
    transaction: a checkpoint cannot run inside one)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()


def postgres_engine(location: VaultLocation) -> Engine:
    assert location.url is not None
    return create_engine(
        location.url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={"connect_timeout": 10, "application_name": "avhopp"},
    )


def probe(engine: Engine, location: VaultLocation) -> None:
    """Open one connection now, so configuration problems surface as clear user errors."""
    with translate_errors(location), engine.connect() as connection:
        connection.execute(text("SELECT 1")).scalar_one()


_NOT_A_DB = re.compile(r"file is not a database|file is encrypted|not an error", re.I)


@contextlib.contextmanager
def translate_errors(location: VaultLocation) -> Iterator[None]:
    """Turn driver exceptions into :mod:`avhopp.errors` (the storage boundary)."""
    try:
        yield
    except UserError:
        raise
    except orm_exc.StaleDataError as exc:
        raise ConflictError(changed_by="another user", changed_at="just now") from exc
    except (sa_exc.DBAPIError, _dbapi.Error) as exc:
        raise translate_driver_error(exc, location) from exc


def translate_driver_error(exc: BaseException, location: VaultLocation) -> UserError:
    original = getattr(exc, "orig", None) or exc
    message = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    )
    lowered = message.lower()
    if location.kind == "sqlite":
        if _NOT_A_DB.search(message):
            return NotAVaultError(location=location.display)
        if "malformed" in lowered or "corrupt" in lowered:
            return IntegrityError(reason="the database file is damaged")
        if "disk is full" in lowered or ("disk i/o error" in lowered and "space" in lowered):
            return DiskFullError()
        if "readonly" in lowered or "read-only" in lowered:
            return ReadOnlyLocationError(location=location.display)
        if "unable to open" in lowered:
            return StorageError(reason=f"the file cannot be opened ({location.display})")
        if "locked" in lowered or "busy" in lowered:
            return StorageError(reason="the database is busy in another program; try again")
        if "append-only" in lowered:
            return IntegrityError(reason="the audit log is append-only")
        if "unique" in lowered and "audit_entries" in lowered:
            return _AUDIT_BEYOND_HEAD()
        return StorageError(reason=message)
    import psycopg  # only needed for server vaults

    if isinstance(original, psycopg.OperationalError) and not isinstance(
        original, psycopg.errors.QueryCanceled
    ):
        if "no space" in lowered or "disk full" in lowered:
            return DiskFullError()
        return ServerUnreachableError(reason=message)
    if isinstance(
        original, psycopg.errors.ReadOnlySqlTransaction | psycopg.errors.InsufficientPrivilege
    ):
        return ReadOnlyLocationError(location=location.display)
    if isinstance(original, psycopg.errors.DiskFull):
        return DiskFullError()
    if isinstance(original, psycopg.errors.UndefinedTable):
        return NotAVaultError(location=location.display)
    if "append-only" in lowered:
        return IntegrityError(reason="the audit log is append-only")
    if isinstance(original, psycopg.errors.UniqueViolation) and "audit_entries" in lowered:
        return _AUDIT_BEYOND_HEAD()
    return StorageError(reason=message)


def _AUDIT_BEYOND_HEAD() -> IntegrityError:  # noqa: N802 - reads as a constant
    return IntegrityError(
        reason="the audit log holds an entry beyond its recorded head (an inserted entry?)"
    )
