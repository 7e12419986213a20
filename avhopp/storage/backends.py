"""What differs between a SQLite vault and a PostgreSQL vault, behind one interface.

A SQLite vault is three files: the SQLCipher database, the key header (``.keys``) and a
small file of failed logins (``.attempts``); the audit witness (``.witness``) sits beside them.
A PostgreSQL vault keeps header and failed logins in tables; its witness lives in each
client's config folder. Both are readable before unlock; neither holds anything secret.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, delete, func, insert, inspect, select, update

from avhopp.crypto.key_slots import VaultHeader
from avhopp.domain.ids import new_id
from avhopp.errors import (
    ConflictError,
    IntegrityError,
    NotAVaultError,
    StorageError,
    VaultExistsError,
)
from avhopp.storage import engine as engines
from avhopp.storage.files import translate_os_error, write_atomic
from avhopp.storage.location import (
    HEADER_SUFFIX,
    VaultLocation,
    check_local_filesystem,
    witness_file,
)
from avhopp.storage.models import LoginFailure, VaultHeaderRow

ATTEMPTS_SUFFIX = ".attempts"
WITNESS_SUFFIX = ".witness"
_ISO = "%Y-%m-%dT%H:%M:%S.%f"


@dataclass(frozen=True)
class FailedLogin:
    id: str
    locator: str
    occurred_at: datetime  # naive UTC
    audited: bool


class VaultBackend(Protocol):
    location: VaultLocation

    def exists(self) -> bool: ...
    def read_header(self) -> VaultHeader: ...
    def open_engine(self, raw_key: bytes) -> Engine: ...
    def witness_paths(self, vault_id: str) -> list[Path]: ...
    def failures(self, locator: str) -> list[FailedLogin]: ...
    def record_failure(self, locator: str, at: datetime) -> None: ...
    def unaudited_failures(self) -> list[FailedLogin]: ...
    def mark_audited(self, ids: set[str]) -> None: ...
    def clear_failures(self, locator: str) -> None: ...


def backend_for(location: VaultLocation) -> SqliteBackend | PostgresBackend:
    if location.kind == "sqlite":
        return SqliteBackend(location)
    return PostgresBackend(location)


# --------------------------------------------------------------------------- both


def _read_db_header(connection: Connection, location: str) -> VaultHeader | None:
    document = connection.execute(
        select(VaultHeaderRow.document).where(VaultHeaderRow.id == 1)
    ).scalar_one_or_none()
    if document is None:
        return None
    return VaultHeader.from_bytes(bytes(document), location=location)


def _write_db_header(
    connection: Connection, header: VaultHeader, expected_revision: int | None
) -> None:
    """Insert (``expected_revision`` None) or compare-and-swap the stored header."""
    if expected_revision is None:
        connection.execute(
            insert(VaultHeaderRow).values(
                id=1, document=header.to_bytes(), revision=header.revision
            )
        )
        return
    result = connection.execute(
        update(VaultHeaderRow)
        .where(VaultHeaderRow.id == 1, VaultHeaderRow.revision == expected_revision)
        .values(document=header.to_bytes(), revision=header.revision)
    )
    if result.rowcount != 1:
        raise ConflictError(changed_by="another user", changed_at="just now")


# --------------------------------------------------------------------------- SQLite


def _is_plain_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file (never an Avhopp vault: those look like random bytes)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\0"
    except OSError:
        return False


class SqliteBackend:
    def __init__(self, location: VaultLocation) -> None:
        assert location.path is not None
        self.location = location
        self.path: Path = location.path
        self.header_path = location.sidecar(HEADER_SUFFIX)
        self.attempts_path = location.sidecar(ATTEMPTS_SUFFIX)

    def exists(self) -> bool:
        return self.path.exists() or self.header_path.exists()

    def check_creatable(self) -> None:
        if self.exists():
            raise VaultExistsError(location=str(self.path))
        if not self.path.parent.exists():
            try:
                self.path.parent.mkdir(parents=True, mode=0o700)
            except OSError as exc:
                raise translate_os_error(exc, self.path.parent) from exc
        check_local_filesystem(self.path)

    def read_header(self) -> VaultHeader:
        if not self.path.exists() and not self.header_path.exists():
            raise NotAVaultError(location=str(self.path))
        if not self.header_path.exists():
            if _is_plain_sqlite(self.path):
                raise NotAVaultError(location=str(self.path))
            raise IntegrityError(
                reason=f"the key header {self.header_path.name} beside the database is missing"
            )
        if not self.path.exists():
            raise IntegrityError(reason=f"the database {self.path.name} is missing")
        try:
            data = self.header_path.read_bytes()
        except OSError as exc:
            raise translate_os_error(exc, self.header_path) from exc
        return VaultHeader.from_bytes(data, location=str(self.path))

    # The database keeps the authoritative copy of the header (``vault_header``), written in
    # the same transaction as the change it belongs to; the file beside the database is its
    # published copy, needed before unlock. The file is written after the commit, and any
    # unlock rolls it forward if a crash came in between (see ``reconcile_header``): the
    # database commit is the one commit point, so a slot never changes without its audit
    # entry.
    def read_header_locked(self, connection: Connection) -> VaultHeader:
        return _read_db_header(connection, self.location.display) or self.read_header()

    def write_header(
        self, header: VaultHeader, *, expected_revision: int | None, connection: Connection
    ) -> None:
        if expected_revision is not None and _read_db_header(connection, "") is None:
            # A vault made before the database kept a copy: adopt the file's revision.
            if self.read_header().revision != expected_revision:
                raise ConflictError(changed_by="another user", changed_at="just now")
            expected_revision = None
        _write_db_header(connection, header, expected_revision)

    def publish_header(self, header: VaultHeader) -> None:
        """Write the header file (atomic). Call after the commit that stored ``header``."""
        write_atomic(self.header_path, header.to_bytes())

    def reconcile_header(self, connection: Connection) -> None:
        """Roll the header file forward to the database's copy if a crash left it behind."""
        stored = _read_db_header(connection, self.location.display)
        if stored is not None and stored.revision > self.read_header().revision:
            self.publish_header(stored)

    def open_engine(self, raw_key: bytes, *, create: bool = False) -> Engine:
        return engines.sqlite_engine(self.location, raw_key=raw_key, create=create)

    def witness_paths(self, vault_id: str) -> list[Path]:
        return [self.location.sidecar(WITNESS_SUFFIX), witness_file(vault_id, self.location)]

    # Failed logins live in a small JSON file: the database cannot be written before unlock.
    def _read_attempts(self) -> list[FailedLogin]:
        try:
            document = json.loads(self.attempts_path.read_text("utf-8"))
            return [
                FailedLogin(
                    id=str(item["id"]),
                    locator=str(item["locator"]),
                    occurred_at=datetime.strptime(item["at"], _ISO),
                    audited=bool(item["audited"]),
                )
                for item in document["failures"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged attempts file must not lock everybody out; it only throttles.
            return []

    def _write_attempts(self, items: list[FailedLogin]) -> None:
        document = {
            "failures": [
                {
                    "id": f.id,
                    "locator": f.locator,
                    "at": f.occurred_at.strftime(_ISO),
                    "audited": f.audited,
                }
                for f in items[-1000:]  # bounded: a flood of failures cannot fill the disk
            ]
        }
        write_atomic(self.attempts_path, json.dumps(document).encode("utf-8"))

    def failures(self, locator: str) -> list[FailedLogin]:
        return [f for f in self._read_attempts() if f.locator == locator]

    def record_failure(self, locator: str, at: datetime) -> None:
        items = self._read_attempts()
        items.append(FailedLogin(id=new_id(), locator=locator, occurred_at=at, audited=False))
        with contextlib.suppress(StorageError):  # a read-only folder still refuses the login
            self._write_attempts(items)

    def unaudited_failures(self) -> list[FailedLogin]:
        return [f for f in self._read_attempts() if not f.audited]

    def mark_audited(self, ids: set[str]) -> None:
        items = [
            FailedLogin(f.id, f.locator, f.occurred_at, f.audited or f.id in ids)
            for f in self._read_attempts()
        ]
        self._write_attempts(items)

    def clear_failures(self, locator: str) -> None:
        self._write_attempts([f for f in self._read_attempts() if f.locator != locator])

    def remove_incomplete(self, temp_path: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(str(temp_path) + suffix)


# --------------------------------------------------------------------------- PostgreSQL


class PostgresBackend:
    def __init__(self, location: VaultLocation) -> None:
        self.location = location
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = engines.postgres_engine(self.location)
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def exists(self) -> bool:
        with engines.translate_errors(self.location), self.engine.connect() as connection:
            if not inspect(connection).has_table(VaultHeaderRow.__tablename__):
                return False
            count = connection.execute(select(func.count()).select_from(VaultHeaderRow)).scalar()
            return bool(count)

    def check_creatable(self) -> None:
        with engines.translate_errors(self.location), self.engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if VaultHeaderRow.__tablename__ in tables and self.exists():
            raise VaultExistsError(location=self.location.display)
        if tables:
            raise StorageError(
                reason="the database is not empty; give Avhopp a database of its own"
            )

    def read_header(self) -> VaultHeader:
        with engines.translate_errors(self.location), self.engine.connect() as connection:
            if not inspect(connection).has_table(VaultHeaderRow.__tablename__):
                raise NotAVaultError(location=self.location.display)
            header = _read_db_header(connection, self.location.display)
        if header is None:
            raise NotAVaultError(location=self.location.display)
        return header

    def read_header_locked(self, connection: Connection) -> VaultHeader:
        header = _read_db_header(connection, self.location.display)
        if header is None:
            raise NotAVaultError(location=self.location.display)
        return header

    def write_header(
        self, header: VaultHeader, *, expected_revision: int | None, connection: Connection
    ) -> None:
        _write_db_header(connection, header, expected_revision)

    def publish_header(self, header: VaultHeader) -> None:
        """Nothing to publish: the table is readable before unlock."""

    def reconcile_header(self, connection: Connection) -> None:
        """Nothing to reconcile: header and data commit together."""

    def open_engine(self, raw_key: bytes, *, create: bool = False) -> Engine:
        # The server holds ciphertext only; the connection itself needs no vault key.
        return self.engine

    def witness_paths(self, vault_id: str) -> list[Path]:
        return [witness_file(vault_id, self.location)]

    def _failures(self, *conditions: object) -> list[FailedLogin]:
        with engines.translate_errors(self.location), self.engine.connect() as connection:
            rows = connection.execute(
                select(LoginFailure).where(*conditions).order_by(LoginFailure.occurred_at)  # type: ignore[arg-type]
            ).all()
        return [FailedLogin(r.id, r.locator, r.occurred_at, r.audited) for r in rows]

    def failures(self, locator: str) -> list[FailedLogin]:
        return self._failures(LoginFailure.locator == locator)

    def record_failure(self, locator: str, at: datetime) -> None:
        with engines.translate_errors(self.location), self.engine.begin() as connection:
            connection.execute(
                insert(LoginFailure).values(
                    id=new_id(), locator=locator, occurred_at=at, audited=False
                )
            )

    def unaudited_failures(self) -> list[FailedLogin]:
        return self._failures(LoginFailure.audited.is_(False))

    def mark_audited(self, ids: set[str]) -> None:
        if not ids:
            return
        with engines.translate_errors(self.location), self.engine.begin() as connection:
            connection.execute(
                update(LoginFailure).where(LoginFailure.id.in_(ids)).values(audited=True)
            )

    def clear_failures(self, locator: str) -> None:
        with engines.translate_errors(self.location), self.engine.begin() as connection:
            connection.execute(delete(LoginFailure).where(LoginFailure.locator == locator))
