"""Backups through the service: round trips between the engines, consistency while others
write, migration of an older schema, replace and refusals, rotation, automatic backups,
permissions and the audit trail.

Rows are compared with an independent dump (SQLAlchemy Core, typed values) of the source and
of every restored vault, and every decrypted view a user sees is compared through the services
(participant list, journals, the audit log's decrypted export, the statistics).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import threading
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select

from avhopp.domain.backup import parse_file_name
from avhopp.errors import (
    PermissionDeniedError,
    StorageError,
    ValidationError,
    VaultExistsError,
)
from avhopp.services import backup_service as bs
from avhopp.services import vault as vault_service
from avhopp.services.demo_service import generate_demo
from avhopp.services.vault import Vault
from avhopp.storage import migrate
from avhopp.storage.snapshot import Snapshot, backed_up_tables

STATS_FROM, STATS_TO = date(2020, 1, 1), date(2030, 12, 31)


def _unlock(location: str, user: str, passphrase: str, **kwargs: Any) -> Vault:
    return vault_service.unlock(location, username=user, passphrase=passphrase, **kwargs)


def _fresh_pg(request: pytest.FixtureRequest) -> str:
    server = request.getfixturevalue("postgres_server")
    dbname = f"avhopp_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.conninfo(), autocommit=True) as connection:
        connection.execute(sql.SQL("create database {}").format(sql.Identifier(dbname)))
    url: str = server.url(dbname)
    return url


def _dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row, typed, in key order (independent of the backup code)."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with vault.engine.connect() as connection:
        for table in backed_up_tables():
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            tables[table.name] = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows
            ]
    return tables


def _views(vault: Vault) -> dict[str, Any]:
    """What users read, decrypted through the services."""
    people = sorted(vault.people.list_participants(), key=lambda p: (p.person_id, p.case_id))
    journals: dict[str, list[tuple[Any, ...]]] = {}
    with vault.engine.connect() as connection:
        case_ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM cases ORDER BY id")]
    for case_id in case_ids:
        journals[case_id] = [
            (n.id, n.text, n.status, n.event_date, n.corrects_id, n.correction_reason)
            for n in vault.journal.notes(case_id)
        ]
    stats = dataclasses.asdict(vault.stats.period(STATS_FROM, STATS_TO))
    return {"people": people, "journals": journals, "stats": stats}


def _audit_rows(vault: Vault) -> list[dict[str, str]]:
    out = io.StringIO()
    vault.audit.export_csv(out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.fixture
def filled(vault: Any) -> Any:
    """The fixture vault with demo participants and one corrected note (a self-reference)."""
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        generate_demo(v, participants=8, notes_per_case=3)
        with v.engine.connect() as connection:
            case_id = connection.exec_driver_sql("SELECT id FROM cases ORDER BY id").first()[0]
        note = next(n for n in v.journal.notes(case_id) if n.status == "signed")
        v.journal.correct(note.id, text="Rättad uppgift om mötet.", reason="Fel datum angavs.")
    return vault


@pytest.mark.slow
def test_round_trip_into_sqlite_and_postgres_keeps_every_value(
    filled: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with _unlock(filled.location, filled.admin, filled.admin_passphrase) as source:
        views_before = _views(source)  # reading is audited: dump after it
        rows_before = _dump(source)
        made = source.backups.create(folder)
        audit_source = _audit_rows(source)
    head = made.header.audit_head_seq
    assert made.header.source_engine == ("sqlite" if filled.kind == "sqlite" else "postgresql")
    assert made.header.counts == {name: len(rows) for name, rows in rows_before.items()}

    targets = [str(tmp_path / "restored.avhopp"), _fresh_pg(request)]
    for target in targets:
        opened = bs.open_backup(
            made.path, username=filled.worker, passphrase=filled.worker_passphrase
        )
        result = bs.restore_backup(opened, target)
        assert result.rows == sum(made.header.counts.values())
        with _unlock(target, filled.admin, filled.admin_passphrase) as restored:
            rows_after = _dump(restored)
            # Every table but the log's head and the log itself is identical, row for row.
            for name, rows in rows_before.items():
                if name in ("audit_entries", "audit_head"):
                    continue
                assert rows_after[name] == rows, f"{name} differs after restore into {target}"
            # The log is the source's log up to the backup, then the restore, then the login.
            assert rows_after["audit_entries"][:head] == rows_before["audit_entries"][:head]
            assert _views(restored) == views_before
            verification = restored.audit.verify()
            audit_restored = _audit_rows(restored)
        assert verification.head_seq > head + 1  # the restore, then this session
        assert audit_restored[:head] == audit_source[:head]
        entry = audit_restored[head]
        assert entry["action"] == "backup.restore"
        assert entry["username"] == filled.worker


def test_snapshot_is_consistent_while_another_user_writes(filled: Any, tmp_path: Path) -> None:
    """A write committed in the middle of the export is not in the backup, and the backup's
    counts match its content (the verify inside create would refuse otherwise)."""
    with (
        _unlock(filled.location, filled.admin, filled.admin_passphrase) as source,
        _unlock(filled.location, filled.admin, filled.admin_passphrase) as other,
    ):
        with source.engine.connect() as connection:
            notes_before = connection.exec_driver_sql("SELECT count(*) FROM journal_notes").scalar()
            case_id = connection.exec_driver_sql("SELECT id FROM cases ORDER BY id").first()[0]
        wrote = threading.Event()

        def progress(done: int, total: int) -> None:
            if not wrote.is_set():
                wrote.set()
                other.journal.write_signed(
                    case_id,
                    note_type="conversation",
                    event_date=date(2026, 1, 12),
                    text="Skrivet under säkerhetskopieringen.",
                )

        made = source.backups.create(tmp_path, progress=progress)
        assert wrote.is_set()
        with source.engine.connect() as connection:
            notes_now = connection.exec_driver_sql("SELECT count(*) FROM journal_notes").scalar()
    assert notes_now == notes_before + 1
    assert made.header.counts["journal_notes"] == notes_before


def test_an_older_schema_is_migrated_on_restore(
    filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup taken at schema 0004 (0005 only adds indexes) restores and is migrated."""
    original = Snapshot._read_info

    def older(self: Snapshot) -> Any:
        info = original(self)
        info.schema_revision = "0004"
        return info

    monkeypatch.setattr(Snapshot, "_read_info", older)
    with _unlock(filled.location, filled.admin, filled.admin_passphrase) as source:
        made = source.backups.create(tmp_path)
    monkeypatch.undo()
    assert made.header.schema_revision == "0004"
    target = tmp_path / "restored.avhopp"
    result = bs.restore_backup(
        bs.open_backup(made.path, username=filled.admin, passphrase=filled.admin_passphrase),
        str(target),
    )
    assert result.migrated_from == "0004"
    with _unlock(str(target), filled.admin, filled.admin_passphrase) as restored:
        with restored.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        restored.audit.verify()


def test_restore_never_overwrites_without_replace_and_then_moves_aside(
    vault: Any, tmp_path: Path
) -> None:
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as source:
        made = source.backups.create(tmp_path)
        with pytest.raises(ValidationError, match="open"):
            source.backups.restore(made.path, vault.location)
    target = tmp_path / "there.avhopp"
    opened = bs.open_backup(made.path, username=vault.admin, passphrase=vault.admin_passphrase)
    bs.restore_backup(opened, str(target))
    before = target.read_bytes()
    with pytest.raises(VaultExistsError):
        bs.restore_backup(opened, str(target))
    assert target.read_bytes() == before
    result = bs.restore_backup(opened, str(target), replace=True)
    assert result.replaced_aside is not None
    assert result.replaced_aside.read_bytes() == before
    assert Path(str(result.replaced_aside) + ".keys").exists()
    with _unlock(str(target), vault.admin, vault.admin_passphrase) as restored:
        restored.audit.verify()
    leftovers = [p.name for p in tmp_path.iterdir() if ".restoring" in p.name]
    assert leftovers == []


def test_postgres_target_holding_a_vault_is_refused(
    vault: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = _fresh_pg(request)
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as source:
        made = source.backups.create(tmp_path)
    opened = bs.open_backup(made.path, username=vault.admin, passphrase=vault.admin_passphrase)
    bs.restore_backup(opened, target)
    with pytest.raises(VaultExistsError):
        bs.restore_backup(opened, target)


def _set(vault: Vault, **changes: Any) -> None:
    view = vault.settings.get()
    vault.settings.update(
        dataclasses.replace(view.settings, **changes), expected_version=view.version
    )


def test_rotation_deletes_only_this_vaults_old_verified_backups(vault: Any, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 9, 0)
    moments = [start + timedelta(days=d) for d in (0, 1, 2, 3, 10, 40, 41, 42)]
    clock_value = [moments[0]]
    stranger = folder / "avhopp-20250101-090000-manual.avhbackup"
    stranger.write_bytes(b"not a backup at all")
    with _unlock(
        vault.location, vault.admin, vault.admin_passphrase, clock=lambda: clock_value[0]
    ) as v:
        _set(
            v,
            backup_folder=str(folder),
            backup_keep_daily=2,
            backup_keep_weekly=1,
            backup_keep_monthly=2,
        )
        for moment in moments:
            clock_value[0] = moment
            v.backups.create()
        names = sorted(p.name for p in folder.iterdir())
        entries = v.backups.entries()
        audit = _audit_rows(v)
    kept = sorted(parse_file_name(n)[0] for n in names if parse_file_name(n) and n != stranger.name)
    # daily 2 → the last two days; weekly 1 → the newest (same); monthly 2 → newest of
    # February and of January.
    assert kept == [moments[4], moments[6], moments[7]]
    assert stranger.exists()  # not ours: never touched
    assert {e.name: e.status for e in entries}[stranger.name] == "damaged"
    assert any(r["action"] == "backup.rotate" for r in audit)


def test_automatic_backups_follow_the_settings(vault: Any, tmp_path: Path) -> None:
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        assert v.backups.automatic("exit") is None  # no folder yet
        _set(v, backup_folder=str(tmp_path), backup_automatic=False)
        assert v.backups.automatic("exit") is None
        _set(v, backup_automatic=True)
    # A case worker's session makes the daily and exit backups too.
    with _unlock(vault.location, vault.worker, vault.worker_passphrase) as w:
        with pytest.raises(PermissionDeniedError):
            w.backups.create()
        daily = w.backups.automatic("daily")
        assert daily is not None
        assert daily.header.trigger == "daily"
        assert w.backups.automatic("daily") is None  # not due again within a day
        assert w.backups.automatic("exit") is not None
        assert w.backups.last_backup_at() is not None
    assert len(list(tmp_path.glob("*.avhbackup"))) == 2


def test_every_backup_action_is_audited_and_the_drill_is_recorded(
    vault: Any, tmp_path: Path
) -> None:
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        assert v.backups.last_drill_at() is None
        made = v.backups.create(tmp_path)
        v.backups.verify(made.path)
        drill = v.backups.drill(folder=tmp_path)
        assert drill.backup.path == made.path
        assert v.backups.last_drill_at() is not None
        assert v.dashboard.overview().last_drill_at == v.backups.last_drill_at()
        v.backups.restore(made.path, str(tmp_path / "copy.avhopp"))
        actions = [r["action"] for r in _audit_rows(v)]
    for action in ("backup.create", "backup.verify", "backup.drill", "backup.restore"):
        assert action in actions, action


def test_missing_or_unset_folder_is_a_clear_error(vault: Any, tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        with pytest.raises(ValidationError, match="No backup folder"):
            v.backups.create()
        with pytest.raises(StorageError, match="does not exist"):
            v.backups.create(tmp_path / "nowhere")
        assert v.backups.last_backup_at() is None
    assert not (tmp_path / "nowhere").exists()
    assert not [
        p
        for p in sorted(tmp_path.rglob("*"))
        if p not in before and "avhopp" in p.name and p.suffix == ".avhbackup"
    ]


def test_a_cancelled_backup_leaves_nothing(filled: Any, tmp_path: Path) -> None:
    from avhopp.errors import CancelledError

    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()

    folder = tmp_path / "backups"
    folder.mkdir()
    with _unlock(filled.location, filled.admin, filled.admin_passphrase) as v:
        with pytest.raises(CancelledError):
            v.backups.create(folder, progress=progress, cancel=cancel)
        assert v.backups.last_backup_at() is None
        entries = [r for r in _audit_rows(v) if r["action"] == "backup.create"]
    assert [r["outcome"] for r in entries] == ["cancelled"]
    assert list(folder.iterdir()) == []


def test_a_sibling_handle_backs_up_on_another_thread_while_this_one_works(
    filled: Any, tmp_path: Path
) -> None:
    """The desktop client's daily backup: a second handle (own engine) on its own thread while
    the first handle keeps writing; both finish, the backup is consistent."""
    with _unlock(filled.location, filled.admin, filled.admin_passphrase) as v:
        with v.engine.connect() as connection:
            case_id = connection.exec_driver_sql("SELECT id FROM cases ORDER BY id").first()[0]
        sibling = v.sibling()
        assert sibling.engine is not v.engine
        results: list[Any] = []
        thread = threading.Thread(
            target=lambda: results.append(sibling.backups.create(tmp_path)), daemon=True
        )
        thread.start()
        for i in range(5):
            v.journal.write_signed(
                case_id, note_type="conversation", event_date=date(2026, 1, 12), text=f"Nr {i}"
            )
        thread.join(timeout=60)
        sibling.close()
        assert len(results) == 1
        made = results[0]
        with v.engine.connect() as connection:
            notes = connection.exec_driver_sql("SELECT count(*) FROM journal_notes").scalar()
    assert made.header.counts["journal_notes"] <= notes
    opened = bs.open_backup(made.path, username=filled.admin, passphrase=filled.admin_passphrase)
    assert bs.verify_opened(opened).rows == sum(made.header.counts.values())


def test_rotation_removes_parts_a_crash_left_long_ago(vault: Any, tmp_path: Path) -> None:
    import os

    stale = tmp_path / ".avhopp-20260101-090000-daily.avhbackup.1234.part"
    fresh = tmp_path / ".avhopp-20260101-090000-exit.avhbackup.99.part"
    for part in (stale, fresh):
        part.write_bytes(b"half a backup")
    old = (datetime.now() - timedelta(hours=7)).timestamp()
    os.utime(stale, (old, old))
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        v.backups.create(tmp_path)
        assert [e.name for e in v.backups.entries(tmp_path) if e.name.endswith(".part")] == []
    assert not stale.exists()
    assert fresh.exists()  # another PC may be writing it right now


def test_files_that_vanish_while_the_folder_is_read_are_passed_over(
    vault: Any, tmp_path: Path
) -> None:
    """The backup folder may hold other files that come and go (here the vault's own
    witness writer's temporary file: the client's daily backup runs beside it), or be shared
    with another PC that rotates at the same moment. A file gone between the listing and its
    stat must not fail the backup: dangling links stand for files that vanished."""
    (tmp_path / ".vault.avhopp.witness.22254.tmp").symlink_to(tmp_path / "gone-1")
    (tmp_path / ".avhopp-20260101-090000-daily.avhbackup.7.part").symlink_to(tmp_path / "gone-2")
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as v:
        made = v.backups.create(tmp_path)  # rotation reads the folder after the backup
        assert [e.name for e in v.backups.entries(tmp_path)] == [made.path.name]


def test_a_replace_that_fails_at_the_last_step_puts_the_old_vault_back(
    vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    folder = tmp_path / "out"
    folder.mkdir()
    with _unlock(vault.location, vault.admin, vault.admin_passphrase) as source:
        made = source.backups.create(folder)
    target = folder / "there.avhopp"
    opened = bs.open_backup(made.path, username=vault.admin, passphrase=vault.admin_passphrase)
    bs.restore_backup(opened, str(target))
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("there")}
    real_replace = os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        if str(src).endswith(".restoring"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(StorageError):
        bs.restore_backup(opened, str(target), replace=True)
    monkeypatch.undo()
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("there")}
    assert after == before
    with _unlock(str(target), vault.admin, vault.admin_passphrase) as v:
        v.audit.verify()
