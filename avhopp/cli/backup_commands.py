"""``avhopp-admin backup create|verify|list|drill|restore``.

``create``, ``list``, ``verify`` and ``drill`` open the vault (``--db``, ``--user`` and a
passphrase, as every command) and record what they did in its audit log. ``restore`` and
``verify --standalone`` need no vault: they open the backup with a passphrase that had a key
slot when it was made (``--user`` and the passphrase) or with ``--recovery-key-file``; the
restored vault records the restore as the first entry of its own log.

Exit codes as everywhere: 3 wrong user name, passphrase or recovery key; 4 a damaged or
altered backup (nothing was restored).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tqdm import tqdm

from avhopp.errors import ValidationError

if TYPE_CHECKING:
    from avhopp.cli.main import PassphraseSource
    from avhopp.services.backup_service import OpenedBackup, VerifiedBackup


def add_backup_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", help="encrypted backups: create, verify, list, drill, restore"
    ).add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    create = backup.add_parser("create", parents=[common], help="make a verified backup now")
    create.add_argument("--folder", type=Path, metavar="DIR", help="default: the unit's folder")
    create.set_defaults(handler=cmd_backup_create)

    listing = backup.add_parser("list", parents=[common], help="the backups in the folder")
    listing.add_argument("--folder", type=Path, metavar="DIR", help="default: the unit's folder")
    listing.set_defaults(handler=cmd_backup_list)

    verify = backup.add_parser("verify", parents=[common], help="check a backup end to end")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--standalone",
        action="store_true",
        help="open the backup with its own key slots (--user and passphrase, or "
        "--recovery-key-file) without opening any vault; not recorded in an audit log",
    )
    verify.set_defaults(handler=cmd_backup_verify)

    drill = backup.add_parser(
        "drill",
        parents=[common],
        help="restore a backup to a temporary place, check it, record that the drill passed",
    )
    drill.add_argument("file", type=Path, nargs="?", metavar="FILE", help="default: the newest")
    drill.add_argument("--folder", type=Path, metavar="DIR", help="default: the unit's folder")
    drill.set_defaults(handler=cmd_backup_drill)

    restore = backup.add_parser(
        "restore", parents=[common], help="restore a backup into a new vault file or database"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--to",
        required=True,
        metavar="LOCATION",
        help="a new vault file, or a postgresql+psycopg:// URL of an empty database",
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace an existing vault FILE at --to (it is moved aside, never deleted)",
    )
    restore.set_defaults(handler=cmd_backup_restore)


def _bar(args: argparse.Namespace, unit: str) -> tuple[Any, Any]:
    bar = tqdm(total=1, unit=unit, disable=args.json or not sys.stderr.isatty(), leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = max(total, 1)
        bar.n = done
        bar.refresh()

    return progress, bar


def _size(count: int) -> str:
    size = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} B"  # pragma: no cover - the loop always returns


def _verified_json(made: VerifiedBackup) -> dict[str, Any]:
    header = made.header
    return {
        "file": str(made.path),
        "backup_id": header.backup_id,
        "created_at": header.created_at.isoformat(),
        "created_by": made.created_by,
        "trigger": header.trigger,
        "app_version": header.app_version,
        "schema_revision": header.schema_revision,
        "source_engine": header.source_engine,
        "bytes": made.size,
        "rows": made.rows,
        "counts": header.counts,
        "audit_head": header.audit_head_seq,
    }


def _print_verified(made: VerifiedBackup, out: TextIO, *, verb: str) -> None:
    header = made.header
    out.write(
        f"{verb} {made.path.name}: intact.\n"
        f"  created {header.created_at:%Y-%m-%d %H:%M} UTC"
        + (f" by {made.created_by}" if made.created_by else "")
        + f" ({header.trigger}), Avhopp {header.app_version}, schema {header.schema_revision}, "
        f"from {header.source_engine}\n"
        f"  {made.rows} rows, {_size(made.size)}; audit log up to entry {header.audit_head_seq}\n"
    )
    shown = ", ".join(f"{name} {count}" for name, count in made.summary_counts.items())
    out.write(f"  {shown}\n")


def cmd_backup_create(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    progress, bar = _bar(args, "row")
    started = time.monotonic()
    with _unlock(args, source) as vault, bar:
        made = vault.backups.create(args.folder, trigger="manual", progress=progress)
    if args.json:
        json.dump({**_verified_json(made), "seconds": round(time.monotonic() - started, 2)}, out)
        out.write("\n")
        return 0
    out.write(f"Wrote {made.path} in {time.monotonic() - started:.1f} s.\n")
    _print_verified(made, out, verb="Read back")
    return 0


def cmd_backup_list(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    with _unlock(args, source) as vault:
        entries = vault.backups.entries(args.folder)
        drilled = vault.backups.last_drill_at()
    if args.json:
        json.dump(
            {
                "backups": [
                    {
                        "file": str(e.path),
                        "created_at": e.created_at.isoformat() if e.created_at else None,
                        "trigger": e.trigger,
                        "bytes": e.size,
                        "status": e.status,
                    }
                    for e in entries
                ],
                "last_drill_at": drilled.isoformat() if drilled else None,
            },
            out,
        )
        out.write("\n")
        return 0
    if not entries:
        out.write("No backups in the folder.\n")
    for entry in entries:
        when = f"{entry.created_at:%Y-%m-%d %H:%M}" if entry.created_at else "?"
        out.write(
            f"{when}  {entry.trigger or '?':7} {_size(entry.size):>10}  {entry.status:12} "
            f"{entry.name}\n"
        )
    out.write(
        f"Last passed restore drill: {drilled:%Y-%m-%d %H:%M} UTC\n"
        if drilled
        else "No restore drill has passed yet.\n"
    )
    return 0


def _open_standalone(
    args: argparse.Namespace, source: PassphraseSource, file: Path
) -> OpenedBackup:
    from avhopp.cli.main import _UsageError
    from avhopp.services.backup_service import open_backup

    if args.recovery_key_file:
        try:
            code = Path(args.recovery_key_file).read_text("utf-8")
        except OSError as exc:
            raise ValidationError(
                "The recovery key file cannot be read: {reason}", reason=exc.strerror
            ) from None
        return open_backup(file, recovery_code=code)
    if not args.user:
        raise _UsageError("say who you are with --user NAME (or AVHOPP_USER)")
    return open_backup(file, username=args.user, passphrase=source.current())


def cmd_backup_verify(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.services.backup_service import verify_opened

    progress, bar = _bar(args, "B")
    if args.standalone:
        opened = _open_standalone(args, source, args.file)
        with bar:
            made = verify_opened(opened, progress=progress)
    else:
        from avhopp.cli.main import _unlock

        with _unlock(args, source) as vault, bar:
            made = vault.backups.verify(args.file, progress=progress)
    if args.json:
        json.dump(_verified_json(made), out)
        out.write("\n")
        return 0
    _print_verified(made, out, verb="Verified")
    return 0


def cmd_backup_drill(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    progress, bar = _bar(args, "row")
    with _unlock(args, source) as vault, bar:
        result = vault.backups.drill(args.file, folder=args.folder, progress=progress)
    if args.json:
        json.dump(
            {
                "file": str(result.backup.path),
                "passed_at": result.passed_at.isoformat(),
                "rows": result.backup.rows,
                "audit_entries": result.audit_entries,
            },
            out,
        )
        out.write("\n")
        return 0
    out.write(
        f"Restore drill passed on {result.backup.path.name}: {result.backup.rows} rows restored, "
        f"every table count matches, the audit log verifies ({result.audit_entries} entries). "
        "Recorded.\n"
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.services.backup_service import restore_backup

    opened = _open_standalone(args, source, args.file)
    progress, bar = _bar(args, "row")
    cancel = threading.Event()
    started = time.monotonic()
    with bar:
        result = restore_backup(
            opened, args.to, replace=args.replace, progress=progress, cancel=cancel
        )
    if args.json:
        json.dump(
            {
                "location": result.location,
                "backup_id": result.header.backup_id,
                "rows": result.rows,
                "migrated_from": result.migrated_from,
                "replaced_aside": str(result.replaced_aside) if result.replaced_aside else None,
            },
            out,
        )
        out.write("\n")
        return 0
    out.write(
        f"Restored {result.rows} rows from {args.file.name} (made "
        f"{result.header.created_at:%Y-%m-%d %H:%M} UTC) into {result.location} in "
        f"{time.monotonic() - started:.1f} s.\n"
    )
    if result.migrated_from:
        out.write(f"The schema was brought up from {result.migrated_from} to this version.\n")
    if result.replaced_aside:
        out.write(f"The vault that was there was moved aside to {result.replaced_aside}.\n")
    out.write("Sign in with the passphrases that were valid when the backup was made.\n")
    return 0
