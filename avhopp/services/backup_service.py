"""Encrypted backups: create, verify, list, rotate, restore and the restore drill.

A backup is one file (``docs/BACKUP-FORMAT.md``): an authenticated header carrying the key
slots as they were, then a logical export of the stored rows in AEAD chunks. It restores
into either engine, at a new location, in ONE transaction: a failed or cancelled restore
leaves nothing behind. ``docs/BACKUPS.md`` describes the user's side.

Files are written under a hidden ``.part`` name, read back and verified, and only then renamed
to their final name; rotation runs after that, so a failed run never touches earlier backups.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import logging
import os
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from avhopp import __version__
from avhopp.crypto import backup_stream as fmt
from avhopp.crypto import recovery_key
from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.key_slots import (
    RECOVERY_LOCATOR,
    KeySlot,
    VaultHeader,
    open_slot,
    unseal,
    user_locator,
)
from avhopp.crypto.keys import KeyRing
from avhopp.domain import backup as rules
from avhopp.domain.clock import Clock, iso, utc_now
from avhopp.domain.roles import Permission
from avhopp.domain.usernames import normalize_username
from avhopp.errors import (
    AuthenticationError,
    CancelledError,
    IntegrityError,
    NotAVaultError,
    ReadOnlyLocationError,
    StorageError,
    UserError,
    ValidationError,
    VaultExistsError,
)
from avhopp.services.settings_service import (
    LAST_BACKUP_KEY,
    LAST_DRILL_KEY,
    read_timestamp,
    write_timestamp,
)
from avhopp.storage import migrate
from avhopp.storage.backends import PostgresBackend, SqliteBackend
from avhopp.storage.engine import checkpoint, translate_errors
from avhopp.storage.files import fsync_dir, translate_os_error
from avhopp.storage.location import VaultLocation, parse_location
from avhopp.storage.snapshot import (
    META,
    FrameReader,
    RowWriter,
    Snapshot,
    backed_up_tables,
    encode_frame,
    walk_content,
)
from avhopp.storage.unit_of_work import UnitOfWork
from avhopp.storage.witness import WitnessSet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from avhopp.services.vault import Vault

log = logging.getLogger("avhopp.backup")

#: progress(done, total): rows for create and restore, bytes for verify.
Progress = Callable[[int, int], None]
#: The tables a person recognises in a verify report, in this order.
SUMMARY_TABLES = (
    "people",
    "cases",
    "journal_notes",
    "support_steps",
    "contacts",
    "users",
    "audit_entries",
)
FORMAT_NAME = "avhopp-backup"
#: SQLite page cache while restoring (KiB; bounded, whatever the vault size): halves the time
#: of a restore of the reference vault (72 s → 38 s). The engine is disposed of afterwards.
RESTORE_CACHE_KIB = 256 * 1024
CIPHER = "AES-256-GCM"


class BackupFolderReadOnlyError(ReadOnlyLocationError):
    template = "The backup folder {location} is read-only: choose another folder."


def _cancelled(cancel: threading.Event | None, what: str) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError(what)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class BackupHeaderInfo:
    """What a backup's header says (authenticated once keys were found)."""

    backup_id: str
    vault_id: str
    key_id: str
    created_at: datetime
    trigger: str
    app_version: str
    schema_revision: str
    source_engine: str
    counts: dict[str, int]
    audit_head_seq: int
    audit_head_mac: str

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> BackupHeaderInfo:
        try:
            head = fields["audit_head"]
            return cls(
                backup_id=str(fields["backup_id"]),
                vault_id=str(fields["vault_id"]),
                key_id=str(fields["key_id"]),
                created_at=datetime.fromisoformat(str(fields["created_at"])),
                trigger=str(fields["trigger"]),
                app_version=str(fields["app_version"]),
                schema_revision=str(fields["schema_revision"]),
                source_engine=str(fields["source_engine"]),
                counts={str(k): int(v) for k, v in dict(fields["counts"]).items()},
                audit_head_seq=int(head["seq"]),
                audit_head_mac=str(head["mac"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise IntegrityError(reason="the backup header lacks a required field") from None

    @staticmethod
    def check_format(fields: dict[str, Any]) -> None:
        if fields.get("format") != FORMAT_NAME or fields.get("cipher") != CIPHER:
            raise IntegrityError(reason="the backup header names another format or cipher")


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    header: BackupHeaderInfo
    created_by: str
    size: int
    rows: int

    @property
    def summary_counts(self) -> dict[str, int]:
        return {name: self.header.counts.get(name, 0) for name in SUMMARY_TABLES}


@dataclass(frozen=True)
class BackupEntry:
    """A file in the backup folder as a list shows it (header checked, content not read)."""

    path: Path
    name: str
    size: int
    created_at: datetime | None
    trigger: str | None
    #: "ok" (header authentic, this vault), "older-key" (made before a key rotation),
    #: "other-vault", "damaged" (header altered or unreadable), "newer" (newer app).
    status: str
    header: BackupHeaderInfo | None = None


@dataclass(frozen=True)
class RestoreResult:
    location: str
    header: BackupHeaderInfo
    rows: int
    migrated_from: str | None
    replaced_aside: Path | None = None


@dataclass(frozen=True)
class DrillResult:
    backup: VerifiedBackup
    passed_at: datetime
    audit_entries: int


# --------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class OpenedBackup:
    """A backup whose keys were found and whose header is authentic."""

    path: Path
    parsed: fmt.ParsedHeader
    header: BackupHeaderInfo
    keys: fmt.FileKeys
    ring: KeyRing
    vault_header: VaultHeader
    #: the slot the credentials opened (None when the open vault's own keys were used)
    slot: KeySlot | None


def _embedded_vault_header(fields: dict[str, Any], name: str) -> VaultHeader:
    """The key slots as they were, checked against the header's own digest of them: before the
    key is known this is the only protection against damage there, and without it a damaged
    slot would look like a wrong passphrase (exit 3) instead of damage (exit 4)."""
    try:
        document = base64.b64decode(str(fields["vault_header"]), validate=True)
        digest = str(fields["vault_header_sha256"])
    except (KeyError, ValueError):
        raise IntegrityError(reason="the backup header lacks its key slots") from None
    if not hmac.compare_digest(hashlib.sha256(document).hexdigest(), digest):
        raise IntegrityError(reason="the key slots in the backup's header are damaged")
    try:
        return VaultHeader.from_bytes(document, location=name)
    except NotAVaultError:
        raise IntegrityError(reason="the key slots in the backup's header are damaged") from None


def _check_identity(info: BackupHeaderInfo, vault_header: VaultHeader) -> None:
    """The header's vault and key ids must agree with its key slots (one flipped byte in an id
    is damage, not "another vault")."""
    if vault_header.vault_id != info.vault_id:
        raise IntegrityError(reason="the backup's key slots belong to another vault")
    if info.key_id not in (vault_header.current_key_id, vault_header.pending_key_id):
        raise IntegrityError(reason="the backup's key id does not match its key slots")


def _open_file(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise StorageError("{path} does not exist.", path=str(path)) from None
    except OSError as exc:
        raise translate_os_error(exc, path) from exc


def read_public_header(path: Path) -> tuple[fmt.ParsedHeader, BackupHeaderInfo]:
    """The header as the file states it (NOT authenticated; its ids checked against its key
    slots, so that damage there reads as damage).

    Raises:
        NotABackupError, NewerBackupError, IntegrityError.
    """
    with _open_file(path) as stream:
        parsed = fmt.read_header(stream, name=path.name)
    BackupHeaderInfo.check_format(parsed.fields)
    info = BackupHeaderInfo.from_fields(parsed.fields)
    _check_identity(info, _embedded_vault_header(parsed.fields, path.name))
    return parsed, info


def _keys_for(parsed: fmt.ParsedHeader, info: BackupHeaderInfo, ring: KeyRing) -> fmt.FileKeys:
    if ring.key_id != info.key_id or ring.vault_id != info.vault_id:
        raise IntegrityError(reason="the backup's keys do not match its header")
    try:
        salt = base64.b64decode(str(parsed.fields["salt"]), validate=True)
    except (KeyError, ValueError):
        raise IntegrityError(reason="the backup header lacks its salt") from None
    keys = fmt.FileKeys.derive(ring.backup_key, salt)
    parsed.authenticate(keys)
    return keys


def open_backup(
    path: Path,
    *,
    username: str | None = None,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    ring: KeyRing | None = None,
) -> OpenedBackup:
    """Find the backup's keys: a passphrase that had a slot when the backup was made, the
    recovery key, or (``ring``) the open vault's own keys.

    Raises:
        NotABackupError, NewerBackupError: not a backup / from a newer Avhopp.
        AuthenticationError: wrong user name, passphrase or recovery key (exit 3).
        IntegrityError: the header was altered (exit 4).
    """
    parsed, info = read_public_header(path)
    vault_header = _embedded_vault_header(parsed.fields, path.name)
    slot: KeySlot | None = None
    if ring is None:
        if recovery_code is not None:
            raw = recovery_key.parse(recovery_code)
            slot = vault_header.slot_for_locator(RECOVERY_LOCATOR)
            if slot is None:
                raise AuthenticationError("This backup has no recovery key slot.")
            try:
                private = open_slot(slot, vault_id=info.vault_id, secret=raw)
            except AuthenticationError:
                raise AuthenticationError("The recovery key is wrong.") from None
        else:
            if username is None or passphrase is None:
                raise ValidationError("Give a user name and passphrase, or the recovery key.")
            try:
                name = normalize_username(username)
            except ValidationError:
                name = username.strip().casefold()
            slot = vault_header.slot_for_locator(user_locator(info.vault_id, name))
            if slot is None or slot.kind != "user":
                raise AuthenticationError()
            private = open_slot(slot, vault_id=info.vault_id, secret=passphrase.encode("utf-8"))
        vault_key = unseal(slot, vault_id=info.vault_id, private_key=private, key_id=info.key_id)
        ring = KeyRing(vault_id=info.vault_id, vault_key=vault_key)
    keys = _keys_for(parsed, info, ring)
    return OpenedBackup(
        path=path,
        parsed=parsed,
        header=info,
        keys=keys,
        ring=ring,
        vault_header=vault_header,
        slot=slot,
    )


# --------------------------------------------------------------------------- reading


def _content(
    opened: OpenedBackup, stream: BinaryIO, *, progress: Progress | None, size: int
) -> Iterator[bytes]:
    stream.seek(opened.parsed.length)
    try:
        chunk_size = int(opened.parsed.fields["chunk_size"])
        prefix = base64.b64decode(str(opened.parsed.fields["nonce_prefix"]), validate=True)
    except (KeyError, ValueError, TypeError):
        raise IntegrityError(reason="the backup header lacks its chunk parameters") from None
    if len(prefix) != fmt.NONCE_PREFIX_LENGTH:
        raise IntegrityError(reason="the backup header's nonce prefix is malformed")
    for piece in fmt.read_chunks(
        stream,
        keys=opened.keys,
        nonce_prefix=prefix,
        header_digest=opened.parsed.digest,
        chunk_size=chunk_size,
    ):
        if progress is not None:
            progress(stream.tell(), size)
        yield piece


def _check_summary(opened: OpenedBackup, meta: dict[str, Any], counts: dict[str, int]) -> None:
    if meta.get("backup_id") != opened.header.backup_id:
        raise IntegrityError(reason="the backup's content belongs to another backup")
    # Against the header, not this release's table list: a backup from an older schema
    # holds the tables of its own time.
    if counts != opened.header.counts:
        raise IntegrityError(reason="the backup's content does not match the counts in its header")


def verify_opened(
    opened: OpenedBackup,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifiedBackup:
    """Read and check the whole file without restoring anything.

    Raises:
        IntegrityError: any damage (exit 4). CancelledError.
    """
    with _open_file(opened.path) as stream:
        size = os.fstat(stream.fileno()).st_size
        summary = walk_content(
            iter(FrameReader(_content(opened, stream, progress=progress, size=size))),
            cancel=cancel,
        )
    _check_summary(opened, summary.meta, summary.counts)
    return VerifiedBackup(
        path=opened.path,
        header=opened.header,
        created_by=str(summary.meta.get("created_by", "")),
        size=size,
        rows=summary.rows,
    )


# --------------------------------------------------------------------------- restoring


def _restore_into(
    opened: OpenedBackup,
    target: VaultLocation,
    backend: SqliteBackend | PostgresBackend,
    engine: Any,
    *,
    actor: tuple[str | None, str],
    clock: Clock,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[int, str | None, tuple[int, bytes]]:
    """Everything in one transaction on ``engine``; returns (rows, migrated_from, head)."""
    from sqlalchemy.orm import sessionmaker

    info = opened.header
    if not migrate.is_known_revision(info.schema_revision):
        raise StorageError(
            reason="the backup was made by a newer version of Avhopp; update Avhopp to restore it"
        )
    total = info.total_rows
    with translate_errors(target), engine.begin() as connection:
        if target.kind == "sqlite":
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            # Rows arrive in storage order but are indexed by random text ids: a page cache
            # that holds the indexes saves re-reading (and re-decrypting) their pages.
            connection.exec_driver_sql(f"PRAGMA cache_size = -{RESTORE_CACHE_KIB}")
        migrate.upgrade(connection, info.schema_revision)
        writer = RowWriter(connection, target.kind)
        writer.clear()
        with _open_file(opened.path) as stream:
            size = os.fstat(stream.fileno()).st_size
            summary = walk_content(
                iter(FrameReader(_content(opened, stream, progress=None, size=size))),
                sink=writer.rows,
                begin_table=writer.begin_table,
                end_table=writer.end_table,
                progress=(lambda done: progress(done, total)) if progress else None,
                cancel=cancel,
            )
        _check_summary(opened, summary.meta, summary.counts)
        writer.finish()
        migrated_from = None
        if info.schema_revision != migrate.head_revision():
            migrated_from = info.schema_revision
            migrate.upgrade(connection)
        _cancelled(cancel, "The restore was cancelled; nothing was changed.")
        # The restore is the first entry of the restored vault's own branch of the log.
        factory: sessionmaker[Session] = sessionmaker(bind=connection, expire_on_commit=False)
        uow = UnitOfWork(
            session_factory=factory,
            keys=opened.ring,
            cipher=FieldCipher(opened.ring),
            backend=backend,
            witness=WitnessSet([], opened.ring),
        )
        with uow:
            seq, mac = uow.audit.head()
            if seq != info.audit_head_seq or mac.hex() != info.audit_head_mac:
                raise IntegrityError(
                    reason="the restored audit log does not end where the backup says"
                )
            user_id, username = actor
            if not username and user_id is not None:
                try:
                    username = uow.users.get_by_id(user_id).username
                except UserError:
                    raise IntegrityError(reason="the key slot belongs to no user") from None
            uow.audit.append(
                action="backup.restore",
                occurred_at=clock(),
                user_id=user_id,
                username=username,
                outcome="ok",
                target_type=None,
                target_id=None,
                details={
                    "backup_id": info.backup_id,
                    "backup_created_at": info.created_at.isoformat(),
                    "source_engine": info.source_engine,
                    "target_engine": target.kind,
                    "schema_from": info.schema_revision,
                    "rows": summary.rows,
                    "host": socket.gethostname(),
                },
            )
            head = uow.audit.appended_head
            uow.commit()
        assert head is not None
    return summary.rows, migrated_from, head


def _actor_for(
    opened: OpenedBackup, fallback: tuple[str | None, str] | None
) -> tuple[str | None, str]:
    if fallback is not None:
        return fallback
    if opened.slot is not None and opened.slot.kind == "recovery":
        from avhopp.services.vault import RECOVERY_ACTOR

        return None, RECOVERY_ACTOR
    return (opened.slot.user_id if opened.slot else None), ""


def restore_backup(
    opened: OpenedBackup,
    target: str | VaultLocation,
    *,
    replace: bool = False,
    actor: tuple[str | None, str] | None = None,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> RestoreResult:
    """Restore into ``target``: a new SQLite file, or an empty PostgreSQL database.

    An existing SQLite vault is only replaced with ``replace=True`` (the GUI asks first), and
    then moved aside to ``<name>.replaced-<time>``, never deleted. A PostgreSQL database that
    holds a vault is refused: restore into a new database, then point the clients at it.

    Raises:
        VaultExistsError, StorageError, IntegrityError, CancelledError.
    """
    where = target if isinstance(target, VaultLocation) else parse_location(target)
    who = _actor_for(opened, actor)
    if where.kind == "sqlite":
        return _restore_sqlite(
            opened, where, replace=replace, actor=who, clock=clock, progress=progress, cancel=cancel
        )
    return _restore_postgres(
        opened, where, actor=who, clock=clock, progress=progress, cancel=cancel
    )


def _restore_sqlite(
    opened: OpenedBackup,
    where: VaultLocation,
    *,
    replace: bool,
    actor: tuple[str | None, str],
    clock: Clock,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> RestoreResult:
    assert where.path is not None
    final = where.path
    final_backend = SqliteBackend(where)
    if final_backend.exists() and not replace:
        raise VaultExistsError(location=str(final))
    folder = final.parent
    if not folder.is_dir():
        raise StorageError("The folder {path} does not exist.", path=str(folder))
    temp = final.with_name(final.name + ".restoring")
    temp_location = VaultLocation(kind="sqlite", path=temp)
    temp_backend = SqliteBackend(temp_location)
    temp_backend.remove_incomplete(temp)
    with contextlib.suppress(OSError):
        temp_backend.header_path.unlink()
    engine = temp_backend.open_engine(opened.ring.sqlcipher_key, create=True)
    try:
        rows, migrated_from, head = _restore_into(
            opened,
            temp_location,
            temp_backend,
            engine,
            actor=actor,
            clock=clock,
            progress=progress,
            cancel=cancel,
        )
        with translate_errors(temp_location):
            checkpoint(engine)
        engine.dispose()
        header = _read_restored_header(temp_location, opened.ring)
        aside, moved = _move_aside(final, clock) if final_backend.exists() else (None, [])
        try:
            final_backend.publish_header(header)
            os.replace(temp, final)
            fsync_dir(folder)
        except BaseException:
            _put_back(final_backend, moved)
            raise
    except OSError as exc:
        engine.dispose()
        raise translate_os_error(exc, final) from exc
    finally:
        engine.dispose()
        temp_backend.remove_incomplete(temp)
    WitnessSet(final_backend.witness_paths(opened.ring.vault_id), opened.ring).reset(*head)
    return RestoreResult(
        location=str(final),
        header=opened.header,
        rows=rows,
        migrated_from=migrated_from,
        replaced_aside=aside,
    )


_SIDE_FILES = ("", ".keys", ".witness", "-wal", "-shm", ".attempts")


def _move_aside(final: Path, clock: Clock) -> tuple[Path, list[tuple[Path, Path]]]:
    """Move a vault that a restore replaces to ``<name>.replaced-<time>`` (never deleted)."""
    aside = final.with_name(final.name + f".replaced-{clock():%Y%m%d%H%M%S}")
    moved: list[tuple[Path, Path]] = []
    for suffix in _SIDE_FILES:
        source = Path(str(final) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
            moved.append((source, Path(str(aside) + suffix)))
    return aside, moved


def _put_back(final_backend: SqliteBackend, moved: list[tuple[Path, Path]]) -> None:
    """After a failure at the last step: the replaced vault goes back where it was."""
    final = final_backend.path
    with contextlib.suppress(OSError):
        if final.exists() and moved:
            final.unlink()
    with contextlib.suppress(OSError):
        if not final.exists():
            final_backend.header_path.unlink()  # no header without its database
    for source, target in moved:
        with contextlib.suppress(OSError):
            os.replace(target, source)


def _read_restored_header(location: VaultLocation, ring: KeyRing) -> VaultHeader:
    from sqlalchemy import text

    engine = SqliteBackend(location).open_engine(ring.sqlcipher_key)
    try:
        with translate_errors(location), engine.connect() as connection:
            document = connection.execute(
                text("SELECT document FROM vault_header WHERE id = 1")
            ).scalar_one()
    finally:
        engine.dispose()
    return VaultHeader.from_bytes(bytes(document), location=location.display)


def _restore_postgres(
    opened: OpenedBackup,
    where: VaultLocation,
    *,
    actor: tuple[str | None, str],
    clock: Clock,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> RestoreResult:
    backend = PostgresBackend(where)
    try:
        from sqlalchemy import inspect

        with translate_errors(where), backend.engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise VaultExistsError(location=where.display)
        rows, migrated_from, head = _restore_into(
            opened,
            where,
            backend,
            backend.engine,
            actor=actor,
            clock=clock,
            progress=progress,
            cancel=cancel,
        )
    finally:
        backend.dispose()
    WitnessSet(backend.witness_paths(opened.ring.vault_id), opened.ring).reset(*head)
    return RestoreResult(
        location=where.display, header=opened.header, rows=rows, migrated_from=migrated_from
    )


# --------------------------------------------------------------------------- the service


class BackupService:
    """``vault.backups``: backups of the open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ---- settings

    def _settings(self) -> Any:
        return self._vault.settings.get().settings

    def folder(self, folder: str | Path | None = None) -> Path:
        """The folder to use: ``folder`` or the configured one.

        Raises:
            ValidationError: no folder given or configured.
            StorageError: the folder does not exist or is not a folder.
        """
        chosen = folder if folder is not None else self._settings().backup_folder
        if not chosen:
            raise ValidationError(
                "No backup folder is set. Choose one under Backups → Settings.",
                field="backup_folder",
            )
        path = Path(chosen)
        if not path.is_dir():
            raise StorageError("The backup folder {path} does not exist.", path=str(path))
        return path

    def keep(self) -> rules.Keep:
        settings = self._settings()
        return rules.Keep(
            daily=settings.backup_keep_daily,
            weekly=settings.backup_keep_weekly,
            monthly=settings.backup_keep_monthly,
        )

    def last_backup_at(self) -> datetime | None:
        with self._vault.unit_of_work() as uow:
            return read_timestamp(uow, LAST_BACKUP_KEY)

    def last_drill_at(self) -> datetime | None:
        with self._vault.unit_of_work() as uow:
            return read_timestamp(uow, LAST_DRILL_KEY)

    def _audit(
        self,
        action: str,
        *,
        outcome: str = "ok",
        details: dict[str, object],
        stamp: str | None = None,
    ) -> None:
        vault = self._vault
        with vault.unit_of_work() as uow:
            if stamp is not None:
                write_timestamp(uow, stamp, vault.clock(), by=vault.actor.username or None)
            vault.audit_entry(uow, action, outcome=outcome, details=details)
            uow.commit()

    def _audit_failure(self, action: str, error: UserError, details: dict[str, object]) -> None:
        """Record a backup action that failed or was cancelled (best effort: the failure may
        be the database itself). The reason is the error's kind and, for damage, what was
        damaged; never a path."""
        outcome = "cancelled" if isinstance(error, CancelledError) else "failed"
        reason = error.params.get("reason", "") if isinstance(error, IntegrityError) else ""
        with contextlib.suppress(UserError):
            self._audit(
                action,
                outcome=outcome,
                details={**details, "error": type(error).__name__, "reason": reason},
            )

    # ---- create

    def create(
        self,
        folder: str | Path | None = None,
        *,
        trigger: str = "manual",
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> VerifiedBackup:
        """Write a verified backup into the folder, then rotate the folder's backups.

        Manual backups need the manager's or administrator's right; the automatic ones
        (``daily``, ``exit``) run for whoever is signed in: they are the unit's safety net.

        Raises:
            PermissionDeniedError, ValidationError (no folder), StorageError (missing folder,
            read-only, disk full: nothing is left behind), CancelledError, IntegrityError
            (the file did not read back correctly: it is removed).
        """
        vault = self._vault
        if trigger == "manual":
            vault.actor.require(Permission.MAKE_BACKUPS)
        target_folder = self.folder(folder)
        try:
            made = self._write(target_folder, trigger, progress, cancel)
        except UserError as exc:  # a failed or cancelled backup is recorded too
            self._audit_failure("backup.create", exc, {"trigger": trigger})
            raise
        self._audit(
            "backup.create",
            details={
                "trigger": trigger,
                "backup_id": made.header.backup_id,
                "file": made.path.name,
                "rows": made.rows,
                "bytes": made.size,
            },
            stamp=LAST_BACKUP_KEY,
        )
        self.rotate(target_folder)
        return made

    def _write(
        self, folder: Path, trigger: str, progress: Progress | None, cancel: threading.Event | None
    ) -> VerifiedBackup:
        vault = self._vault
        keys = vault.keys
        now = vault.clock()
        attempt = 0
        while (folder / rules.file_name(now, trigger, attempt=attempt)).exists():
            attempt += 1
        final = folder / rules.file_name(now, trigger, attempt=attempt)
        temp = folder / f".{final.name}.{os.getpid()}.part"  # unique per process
        salt, prefix = fmt.new_salt(), fmt.new_nonce_prefix()
        file_keys = fmt.FileKeys.derive(keys.backup_key, salt)
        backup_id = hashlib.sha256(os.urandom(32)).hexdigest()[:32]
        try:
            with (
                translate_errors(vault.location),
                Snapshot(vault.engine, vault.location.kind) as snap,
            ):
                info = snap.info
                assert info is not None
                fields: dict[str, Any] = {
                    "format": FORMAT_NAME,
                    "backup_id": backup_id,
                    "created_at": iso(now),
                    "trigger": trigger,
                    "app_version": __version__,
                    "schema_revision": info.schema_revision,
                    "source_engine": vault.location.kind,
                    "vault_id": keys.vault_id,
                    "key_id": keys.key_id,
                    "vault_header": base64.b64encode(info.header_document).decode("ascii"),
                    "vault_header_sha256": hashlib.sha256(info.header_document).hexdigest(),
                    "salt": base64.b64encode(salt).decode("ascii"),
                    "nonce_prefix": base64.b64encode(prefix).decode("ascii"),
                    "chunk_size": fmt.DEFAULT_CHUNK_SIZE,
                    "cipher": CIPHER,
                    "audit_head": {"seq": info.audit_head_seq, "mac": info.audit_head_mac.hex()},
                    "counts": info.counts,
                }
                header_bytes = fmt.encode_header(fields, file_keys)
                digest = hashlib.sha256(header_bytes).digest()
                meta = {
                    "backup_id": backup_id,
                    "created_by": vault.actor.username,
                    "host": socket.gethostname(),
                }
                with temp.open("xb") as out:
                    out.write(header_bytes)
                    writer = fmt.ChunkWriter(
                        out, keys=file_keys, nonce_prefix=prefix, header_digest=digest
                    )
                    import json

                    writer.write(
                        encode_frame(META, json.dumps(meta, sort_keys=True).encode("utf-8"))
                    )
                    for frame in snap.frames(progress=progress, cancel=cancel):
                        writer.write(frame)
                    writer.close()
                    out.flush()
                    os.fsync(out.fileno())
            # Read it back as a restore would: the file must stand on its own.
            opened = open_backup(temp, ring=keys)
            made = verify_opened(opened, cancel=cancel)
            os.replace(temp, final)
            fsync_dir(folder)
        except OSError as exc:
            error = translate_os_error(exc, folder)  # the folder, not the hidden file
            if isinstance(error, ReadOnlyLocationError):
                raise BackupFolderReadOnlyError(location=str(folder)) from exc
            raise error from exc
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return VerifiedBackup(
            path=final,
            header=made.header,
            created_by=made.created_by,
            size=made.size,
            rows=made.rows,
        )

    # ---- list, rotate

    def entries(self, folder: str | Path | None = None) -> list[BackupEntry]:
        """The backups in the folder, newest first, each with its header checked."""
        target = self.folder(folder)
        entries: list[BackupEntry] = []
        for path in target.iterdir():
            named = rules.parse_file_name(path.name)
            if named is None or not path.is_file():
                continue
            try:
                entries.append(self._entry(path, named))
            except FileNotFoundError:
                continue  # deleted meanwhile (a rotation on another PC sharing the folder)
        entries.sort(key=lambda e: (e.created_at or datetime.min, e.name), reverse=True)
        return entries

    def _entry(self, path: Path, named: tuple[datetime, str]) -> BackupEntry:
        keys = self._vault.keys
        size = path.stat().st_size
        try:
            parsed, info = read_public_header(path)
        except fmt.NewerBackupError:
            return BackupEntry(path, path.name, size, named[0], named[1], "newer")
        except UserError:
            return BackupEntry(path, path.name, size, named[0], named[1], "damaged")
        if info.vault_id != keys.vault_id:
            return BackupEntry(
                path, path.name, size, info.created_at, info.trigger, "other-vault", info
            )
        if info.key_id != keys.key_id:
            return BackupEntry(
                path, path.name, size, info.created_at, info.trigger, "older-key", info
            )
        try:
            _keys_for(parsed, info, keys)
        except IntegrityError:
            return BackupEntry(path, path.name, size, named[0], named[1], "damaged")
        return BackupEntry(path, path.name, size, info.created_at, info.trigger, "ok", info)

    def rotate(self, folder: str | Path | None = None) -> list[str]:
        """Delete what the rotation settings no longer keep (this vault's backups only;
        damaged files and other vaults' backups are left alone), and the hidden ``.part``
        files a crash left more than six hours ago (they may hold whole backups). Returns the
        deleted names."""
        target = self.folder(folder)
        ours = [
            (e.name, e.created_at)
            for e in self.entries(target)
            if e.status in ("ok", "older-key") and e.created_at is not None
        ]
        now = self._vault.clock()
        doomed = rules.to_delete(ours, self.keep(), now)
        for path in target.iterdir():
            if not rules.is_part_name(path.name):
                continue  # only our own .part files: the folder may hold anything else
            try:
                modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
            except FileNotFoundError:
                continue  # gone meanwhile (its writer renamed or removed it)
            if rules.is_stale_part(path.name, modified, now):
                doomed.append(path.name)
        deleted: list[str] = []
        for name in doomed:
            try:
                (target / name).unlink()
                deleted.append(name)
            except OSError as exc:
                log.warning("rotation could not delete a backup: %s", type(exc).__name__)
        if deleted:
            fsync_dir(target)
            self._audit("backup.rotate", details={"deleted": len(deleted), "files": deleted})
        return deleted

    # ---- verify

    def verify(
        self,
        path: str | Path,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> VerifiedBackup:
        """Check a backup of this vault end to end (with this vault's keys).

        Raises:
            NotABackupError, NewerBackupError, IntegrityError (exit 4), CancelledError,
            ValidationError (another vault's backup, or one from before a key rotation: verify
            it with a passphrase through ``avhopp-admin backup verify``).
        """
        vault = self._vault
        vault.actor.require(Permission.MAKE_BACKUPS)
        file = Path(path)
        try:
            _, info = read_public_header(file)
            if info.vault_id != vault.keys.vault_id:
                raise ValidationError("This backup belongs to another vault.")
            if info.key_id != vault.keys.key_id:
                raise ValidationError(
                    "This backup was made before the vault key was changed; verify it with a "
                    "passphrase from that time (avhopp-admin backup verify --standalone)."
                )
            result = verify_opened(
                open_backup(file, ring=vault.keys), progress=progress, cancel=cancel
            )
        except UserError as exc:
            self._audit_failure("backup.verify", exc, {"file": file.name})
            raise
        self._audit(
            "backup.verify", details={"file": file.name, "backup_id": result.header.backup_id}
        )
        return result

    # ---- drill

    def drill(
        self,
        path: str | Path | None = None,
        *,
        folder: str | Path | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> DrillResult:
        """Restore a backup (the newest one by default) into a temporary SQLite vault, check
        its audit chain and counts against the header, record the pass, delete the copy.

        Raises:
            PermissionDeniedError, ValidationError (no backup to drill), IntegrityError (the
            drill failed: recorded as failed), CancelledError.
        """
        vault = self._vault
        vault.actor.require(Permission.MAKE_BACKUPS)
        if path is None:
            candidates = [e for e in self.entries(folder) if e.status == "ok"]
            if not candidates:
                raise ValidationError("There is no backup of this vault to run a restore drill on.")
            file = candidates[0].path
        else:
            file = Path(path)
        try:
            result = run_drill(
                open_backup(file, ring=vault.keys),
                actor=(vault.actor.user_id, vault.actor.username),
                clock=vault.clock,
                progress=progress,
                cancel=cancel,
            )
        except UserError as exc:
            self._audit_failure("backup.drill", exc, {"file": file.name})
            raise
        self._audit(
            "backup.drill",
            details={
                "file": file.name,
                "backup_id": result.backup.header.backup_id,
                "rows": result.backup.rows,
            },
            stamp=LAST_DRILL_KEY,
        )
        return result

    # ---- restore from the open vault

    def restore(
        self,
        path: str | Path,
        target: str | VaultLocation,
        *,
        replace: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> RestoreResult:
        """Restore a backup of this vault to ``target`` (never the open vault itself).

        Raises:
            PermissionDeniedError, ValidationError, VaultExistsError, StorageError,
            IntegrityError, CancelledError.
        """
        vault = self._vault
        vault.actor.require(Permission.RESTORE_BACKUPS)
        where = target if isinstance(target, VaultLocation) else parse_location(target)
        if _same_location(where, vault.location):
            raise ValidationError(
                "A backup cannot be restored over the vault that is open. Restore it to a new "
                "place, or sign out and restore with avhopp-admin."
            )
        file = Path(path)
        _, info = read_public_header(file)
        if info.vault_id != vault.keys.vault_id or info.key_id != vault.keys.key_id:
            raise ValidationError(
                "This backup belongs to another vault or an earlier vault key; restore it with "
                "avhopp-admin backup restore and a passphrase from that time."
            )
        try:
            result = restore_backup(
                open_backup(file, ring=vault.keys),
                where,
                replace=replace,
                actor=(vault.actor.user_id, vault.actor.username),
                clock=vault.clock,
                progress=progress,
                cancel=cancel,
            )
        except UserError as exc:
            self._audit_failure("backup.restore", exc, {"file": file.name})
            raise
        self._audit(
            "backup.restore",
            details={"file": file.name, "backup_id": info.backup_id, "target_engine": where.kind},
        )
        return result

    # ---- automatic

    def automatic(
        self,
        trigger: str,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> VerifiedBackup | None:
        """The daily or on-exit backup, if switched on and a folder is set (daily: only when
        the last backup is a day old). Returns None when nothing was due."""
        settings = self._settings()
        if not settings.backup_automatic or not settings.backup_folder:
            return None
        if trigger == "daily" and not rules.daily_due(self.last_backup_at(), self._vault.clock()):
            return None
        return self.create(trigger=trigger, progress=progress, cancel=cancel)


def _same_location(a: VaultLocation, b: VaultLocation) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "sqlite":
        assert a.path is not None
        assert b.path is not None
        return os.path.abspath(a.path) == os.path.abspath(b.path)
    return a.display == b.display


def run_drill(
    opened: OpenedBackup,
    *,
    actor: tuple[str | None, str] | None = None,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DrillResult:
    """Restore into a temporary SQLite vault and check it: the whole chain verifies and ends
    with the restore entry right after the backup's head, every table holds the header's
    count, and SQLite's own integrity and foreign-key checks pass. The copy is deleted."""
    from sqlalchemy import text

    from avhopp.storage.unit_of_work import make_session_factory

    with tempfile.TemporaryDirectory(prefix="avhopp-drill-") as scratch:
        location = VaultLocation(kind="sqlite", path=Path(scratch) / "drill.avhopp")
        restored = restore_backup(
            opened, location, actor=actor, clock=clock, progress=progress, cancel=cancel
        )
        backend = SqliteBackend(location)
        engine = backend.open_engine(opened.ring.sqlcipher_key)
        try:
            with translate_errors(location):
                with engine.connect() as connection:
                    problems = connection.execute(text("PRAGMA integrity_check")).scalars().all()
                    if problems != ["ok"]:
                        raise IntegrityError(
                            reason="the restored database fails SQLite's integrity check"
                        )
                    if connection.execute(text("PRAGMA foreign_key_check")).first() is not None:
                        raise IntegrityError(reason="the restored database has broken references")
                    for table in backed_up_tables():
                        count = connection.execute(
                            text(f'SELECT count(*) FROM "{table.name}"')
                        ).scalar_one()
                        expected = opened.header.counts.get(table.name, 0) + (
                            1 if table.name == "audit_entries" else 0
                        )
                        if count != expected:
                            raise IntegrityError(
                                reason=f"the restored table {table.name} holds {count} "
                                f"rows, the backup says {expected}"
                            )
                uow = UnitOfWork(
                    session_factory=make_session_factory(engine),
                    keys=opened.ring,
                    cipher=FieldCipher(opened.ring),
                    backend=backend,
                    witness=WitnessSet([], opened.ring),
                )
                with uow:
                    seq, _ = uow.audit.verify_chain()
                    mac_at_head = (
                        uow.audit.mac_at(opened.header.audit_head_seq)
                        if opened.header.audit_head_seq
                        else None
                    )
            if seq != opened.header.audit_head_seq + 1:
                raise IntegrityError(
                    reason="the restored audit log does not continue from the backup's head"
                )
            if opened.header.audit_head_seq and (
                mac_at_head is None or mac_at_head.hex() != opened.header.audit_head_mac
            ):
                raise IntegrityError(reason="the restored audit log differs from the backup's head")
        finally:
            engine.dispose()
        verified = VerifiedBackup(
            path=opened.path,
            header=opened.header,
            created_by="",
            size=opened.path.stat().st_size,
            rows=restored.rows,
        )
    return DrillResult(backup=verified, passed_at=clock(), audit_entries=seq)
