"""``avhopp-admin``: the command line for administrators and scripts (DESIGN.md §6).

Exit codes: 0 success; 1 a user error (one line on stderr, no traceback); 2 usage error;
3 authentication failed; 4 integrity failure (tampered or corrupt data, broken audit chain).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from avhopp import __version__
from avhopp.domain.roles import Role, parse_role
from avhopp.errors import UserError, ValidationError

if TYPE_CHECKING:
    # The services (SQLAlchemy, Alembic, the crypto stack: about 1 s) are imported by the
    # commands that use them, so that --help, --version and usage errors answer at once.
    from avhopp.services.vault import Vault

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4
PROG = "avhopp-admin"


class _UsageError(Exception):
    """A usage problem found after parsing (exit 2)."""


class PassphraseSource:
    """Where passphrases come from: ``--passphrase-file``, ``--passphrase-stdin`` (one per
    line: first the acting user's, then a new one), ``AVHOPP_PASSPHRASE`` /
    ``AVHOPP_NEW_PASSPHRASE``, or an interactive prompt."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        self._args = args
        self._stdin = stdin
        self._stdin_lines: list[str] | None = None

    def stdin_line(self, index: int) -> str | None:
        """Line ``index`` of standard input (read once, all of it)."""
        return self._stdin_line(index)

    def _stdin_line(self, index: int) -> str | None:
        if self._stdin_lines is None:
            self._stdin_lines = [line.rstrip("\r\n") for line in self._stdin.readlines()]
        if index < len(self._stdin_lines):
            return self._stdin_lines[index]
        return None

    @staticmethod
    def _read_file(path: str) -> str:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ValidationError(
                "The passphrase file {path} cannot be read: {reason}",
                path=path,
                reason=exc.strerror,
            ) from None
        return text.rstrip("\r\n")

    def current(self, prompt: str = "Passphrase: ") -> str:
        if self._args.passphrase_file:
            return self._read_file(self._args.passphrase_file)
        if self._args.passphrase_stdin:
            line = self._stdin_line(0)
            if line is None:
                raise _UsageError("--passphrase-stdin was given but standard input is empty")
            return line
        env = os.environ.get("AVHOPP_PASSPHRASE")
        if env:
            return env
        return self._prompt(prompt, confirm=False)

    def new(self, prompt: str = "New passphrase: ") -> str:
        if getattr(self._args, "new_passphrase_file", None):
            return self._read_file(self._args.new_passphrase_file)
        if self._args.passphrase_stdin:
            line = self._stdin_line(1)
            if line is None:
                raise _UsageError("give the new passphrase on the second line of standard input")
            return line
        env = os.environ.get("AVHOPP_NEW_PASSPHRASE")
        if env:
            return env
        return self._prompt(prompt, confirm=True)

    def initial(self) -> str:
        """For ``init``: the new administrator's passphrase, from the ordinary sources."""
        if (
            self._args.passphrase_file
            or self._args.passphrase_stdin
            or os.environ.get("AVHOPP_PASSPHRASE")
        ):
            return self.current()
        return self._prompt("Passphrase for the new administrator: ", confirm=True)

    def _prompt(self, prompt: str, *, confirm: bool) -> str:
        if not sys.stdin.isatty():
            raise _UsageError(
                "no passphrase given: use --passphrase-file, --passphrase-stdin or "
                "AVHOPP_PASSPHRASE, or run in a terminal"
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise ValidationError("The two passphrases differ.", field="passphrase")
        return first


# --------------------------------------------------------------------------- parser


def _add_global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The global options, accepted before or after the command (``--json`` reads naturally
    at the end). After the command they default to SUPPRESS so they never undo a value
    given before it."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument(
        "--db",
        default=default(os.environ.get("AVHOPP_DB")),
        help="vault file or postgresql+psycopg:// URL (env AVHOPP_DB; default: the OS data folder)",
    )
    parser.add_argument(
        "--user", default=default(os.environ.get("AVHOPP_USER")), help="env AVHOPP_USER"
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--passphrase-file", metavar="FILE", default=default(None))
    source.add_argument("--passphrase-stdin", action="store_true", default=default(False))
    source.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        default=default(None),
        help="unlock with the recovery key in FILE instead of a user's passphrase",
    )
    parser.add_argument(
        "--json", action="store_true", default=default(False), help="print data as JSON"
    )
    parser.add_argument("-v", "--verbose", action="store_true", default=default(False))


def _add_records_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty vault with synthetic demo data"
    )
    demo.add_argument("--participants", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, help="same seed, same data")
    demo.add_argument(
        "--users",
        action="store_true",
        help="also create demo staff (handl1–handl4 in teams norr/syd, chef as manager) "
        "with the new passphrase",
    )
    demo.add_argument("--new-passphrase-file", metavar="FILE")
    demo.add_argument(
        "--backup-folder",
        type=Path,
        metavar="DIR",
        help="also set the unit's backup folder to DIR (created if missing) and make a first "
        "backup there",
    )
    demo.set_defaults(handler=cmd_demo)

    bench = commands.add_parser(
        "bench", parents=[common], help="build the reference dataset in a scratch vault and time it"
    )
    bench.add_argument("--participants", type=int, default=20_000, metavar="N")
    bench.add_argument(
        "--folder", type=Path, help="where the scratch vault goes (default: a temporary folder)"
    )
    bench.add_argument(
        "--no-gui",
        action="store_true",
        help="skip the desktop client's figures (measured offscreen when PySide6 is installed)",
    )
    bench.add_argument(
        "--reuse",
        type=Path,
        metavar="DIR",
        help="keep the benchmark vault in DIR and measure it again on later runs instead of "
        "generating it (built there the first time; never removed)",
    )
    bench.set_defaults(handler=cmd_bench)

    stats = commands.add_parser(
        "stats", parents=[common], help="the figures of a period, raw (managers only)"
    )
    stats.add_argument("--from", dest="start", required=True, type=_date, metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="end", required=True, type=_date, metavar="YYYY-MM-DD")
    stats.set_defaults(handler=cmd_stats)
    _add_import_command(commands, common)

    _add_purge_commands(commands, common)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Administer an Avhopp vault.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_global_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = commands.add_parser(
        "init", parents=[common], help="create a new vault and its first administrator"
    )
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--display-name", required=True)
    init.add_argument(
        "--unit", default="", help="the unit's name, e.g. 'Avhopparverksamheten Västerås'"
    )
    init.set_defaults(handler=cmd_init)

    user = commands.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", parents=[common], help="add a user")
    add.add_argument("username")
    add.add_argument("--display-name", required=True)
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="handlaggare, enhetschef, administrator or loggranskare (repeatable)",
    )
    add.add_argument("--team", help="team code: case workers see their team's cases")
    add.add_argument("--new-passphrase-file", metavar="FILE")
    add.set_defaults(handler=cmd_user_add)
    listing = user.add_parser("list", parents=[common], help="list users")
    listing.set_defaults(handler=cmd_user_list)
    for name, active in (("disable", False), ("enable", True)):
        sub = user.add_parser(name, parents=[common], help=f"{name} a user")
        sub.add_argument("username")
        sub.set_defaults(handler=cmd_user_set_active, active=active)
    team = user.add_parser("team", parents=[common], help="set (or clear) a user's team")
    team.add_argument("username")
    team.add_argument("team", nargs="?", help="team code; leave out to clear")
    team.set_defaults(handler=cmd_user_team)
    passwd = user.add_parser(
        "passwd", parents=[common], help="change a passphrase (your own, or reset another's)"
    )
    passwd.add_argument("username", nargs="?")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(handler=cmd_user_passwd)

    audit = commands.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    verify = audit.add_parser("verify", parents=[common], help="check the whole hash chain")
    verify.set_defaults(handler=cmd_audit_verify)
    export = audit.add_parser("export", parents=[common], help="export the log as CSV")
    export.add_argument("--out", metavar="FILE", help="default: standard output")
    export.set_defaults(handler=cmd_audit_export)

    _add_codes_commands(commands, common)

    _add_records_commands(commands, common)

    from avhopp.cli.report_commands import add_report_commands

    add_report_commands(commands, common)
    from avhopp.cli.backup_commands import add_backup_commands

    add_backup_commands(commands, common)

    rekey = commands.add_parser(
        "rekey", parents=[common], help="rotate the vault key and re-encrypt everything"
    )
    rekey.set_defaults(handler=cmd_rekey)
    return parser


# --------------------------------------------------------------------------- commands


def _unlock(args: argparse.Namespace, source: PassphraseSource) -> Vault:
    from avhopp.services import vault as vault_service

    if args.recovery_key_file:
        try:
            code = Path(args.recovery_key_file).read_text("utf-8")
        except OSError as exc:
            raise ValidationError(
                "The recovery key file cannot be read: {reason}", reason=exc.strerror
            ) from None
        return vault_service.unlock_with_recovery_key(args.db, code=code)
    if not args.user:
        raise _UsageError("say who you are with --user NAME (or AVHOPP_USER)")
    return vault_service.unlock(args.db, username=args.user, passphrase=source.current())


def cmd_init(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.services import vault as vault_service

    created = vault_service.create_vault(
        args.db,
        admin_username=args.admin,
        admin_display_name=args.display_name,
        passphrase=source.initial(),
        unit_name=args.unit,
    )
    if args.json:
        json.dump(
            {
                "vault_id": created.vault_id,
                "location": created.location,
                "recovery_key": created.recovery_code,
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    out.write(
        f"Created the vault at {created.location}.\n\n"
        "RECOVERY KEY - shown only this once. Print it or write it down and keep it in the\n"
        "unit manager's safe. It opens the vault and its backups if every passphrase is lost.\n\n"
        f"    {created.recovery_code}\n\n"
    )
    return EXIT_OK


def _roles(values: Sequence[str]) -> frozenset[Role]:
    return frozenset(parse_role(v) for v in values)


def cmd_user_add(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    roles = _roles(args.role)
    with _unlock(args, source) as vault:
        view = vault.users.add_user(
            args.username,
            display_name=args.display_name,
            roles=roles,
            passphrase=source.new(f"Passphrase for {args.username}: "),
            team=args.team,
        )
    out.write(f"Added user {view.username}.\n")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        users = vault.users.list_users()
    if args.json:
        json.dump(
            [
                {
                    "username": u.username,
                    "display_name": u.display_name,
                    "roles": sorted(r.value for r in u.roles),
                    "team": u.team,
                    "active": u.active,
                    "created_at": u.created_at.isoformat(timespec="seconds"),
                }
                for u in users
            ],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
        return EXIT_OK
    for u in users:
        state = "active" if u.active else "disabled"
        roles = ",".join(sorted(r.value for r in u.roles))
        out.write(f"{u.username:<20} {state:<9} {roles:<40} {u.display_name}\n")
    return EXIT_OK


def cmd_user_set_active(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        view = vault.users.set_active(args.username, args.active)
    out.write(f"User {view.username} is now {'active' if view.active else 'disabled'}.\n")
    return EXIT_OK


def cmd_user_team(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        view = vault.users.set_team(args.username, args.team)
    out.write(f"User {view.username} is now in team {view.team or '(none)'}.\n")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        target = args.username or vault.actor.username
        vault.users.change_passphrase(target, new_passphrase=source.new())
    out.write(f"The passphrase of {target} was changed.\n")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        result = vault.audit.verify()
    if args.json:
        json.dump({"ok": True, "entries": result.entries, "witness": result.witness}, out)
        out.write("\n")
    else:
        out.write(
            f"The audit log is intact: {result.entries} entries (witness: {result.witness}).\n"
        )
    return EXIT_OK


def cmd_audit_export(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        if not args.out:
            vault.audit.export_csv(out)
            return EXIT_OK
        target = Path(args.out)
        # Written next to the target and renamed: no half-written export is left behind.
        fd, temp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                count = vault.audit.export_csv(handle)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    sys.stderr.write(f"Exported {count} entries to {target}.\n")
    return EXIT_OK


def _add_codes_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """The ``codes`` group: list, add, deactivate, reactivate, relabel."""
    from avhopp.domain.code_lists import CodeList

    codes = commands.add_parser(
        "codes", help="code lists: the forms' drop-downs (deactivated, never deleted)"
    ).add_subparsers(dest="codes_command", metavar="ACTION", required=True)
    code_lists = [c.value for c in CodeList]
    list_help = "the code list: " + ", ".join(code_lists)
    codes_list = codes.add_parser("list", parents=[common], help="list a code list's entries")
    codes_list.add_argument("code_list", metavar="LIST", choices=code_lists, help=list_help)
    codes_list.add_argument("--all", action="store_true", help="include deactivated entries")
    codes_list.set_defaults(handler=cmd_codes_list)
    codes_add = codes.add_parser("add", parents=[common], help="add an entry")
    codes_add.add_argument("code_list", metavar="LIST", choices=code_lists, help=list_help)
    codes_add.add_argument("code", help="1-40 characters: a-z, 0-9 or '_'")
    codes_add.add_argument("--sv", required=True, metavar="LABEL", help="Swedish label")
    codes_add.add_argument("--en", required=True, metavar="LABEL", help="English label")
    codes_add.add_argument(
        "--parent", metavar="CODE", help="for step_item: the step_category it belongs to"
    )
    codes_add.set_defaults(handler=cmd_codes_add)
    for name, active in (("deactivate", False), ("reactivate", True)):
        sub = codes.add_parser(name, parents=[common], help=f"{name} an entry")
        sub.add_argument("code_list", metavar="LIST", choices=code_lists, help=list_help)
        sub.add_argument("code")
        sub.set_defaults(handler=cmd_codes_set_active, active=active)
    relabel = codes.add_parser("relabel", parents=[common], help="change an entry's labels")
    relabel.add_argument("code_list", metavar="LIST", choices=code_lists, help=list_help)
    relabel.add_argument("code")
    relabel.add_argument("--sv", required=True, metavar="LABEL", help="Swedish label")
    relabel.add_argument("--en", required=True, metavar="LABEL", help="English label")
    relabel.set_defaults(handler=cmd_codes_relabel)


def cmd_codes_list(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from dataclasses import asdict

    from avhopp.domain.code_lists import CodeList

    with _unlock(args, source) as vault:
        entries = vault.code_lists.entries(CodeList(args.code_list), include_inactive=args.all)
    if args.json:
        json.dump([asdict(e) for e in entries], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    for e in entries:
        state = "active" if e.active else "inactive"
        parent = e.parent or "-"
        out.write(f"{e.code:<24} {state:<8} {parent:<14} {e.label_sv} | {e.label_en}\n")
    return EXIT_OK


def cmd_codes_add(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.domain.code_lists import CodeList

    code_list = CodeList(args.code_list)
    with _unlock(args, source) as vault:
        entry = vault.code_lists.add(
            code_list, args.code, label_sv=args.sv, label_en=args.en, parent=args.parent
        )
    out.write(f"Added {entry.code} to {code_list.value}.\n")
    return EXIT_OK


def cmd_codes_set_active(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.domain.code_lists import CodeList

    code_list = CodeList(args.code_list)
    with _unlock(args, source) as vault:
        codes = vault.code_lists
        current = codes.get(code_list, args.code)
        change = codes.reactivate if args.active else codes.deactivate
        entry = change(code_list, args.code, expected_version=current.version)
    state = "active" if entry.active else "deactivated"
    out.write(f"{entry.code} in {code_list.value} is now {state}.\n")
    return EXIT_OK


def cmd_codes_relabel(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.domain.code_lists import CodeList

    code_list = CodeList(args.code_list)
    with _unlock(args, source) as vault:
        codes = vault.code_lists
        current = codes.get(code_list, args.code)
        entry = codes.relabel(
            code_list,
            args.code,
            label_sv=args.sv,
            label_en=args.en,
            expected_version=current.version,
        )
    out.write(
        f"Relabelled {entry.code} in {code_list.value}: {entry.label_sv} | {entry.label_en}\n"
    )
    return EXIT_OK


DEMO_STAFF = (
    ("handl1", "Demo Handläggare Ett", Role.CASE_WORKER, "norr"),
    ("handl2", "Demo Handläggare Två", Role.CASE_WORKER, "norr"),
    ("handl3", "Demo Handläggare Tre", Role.CASE_WORKER, "syd"),
    ("handl4", "Demo Handläggare Fyra", Role.CASE_WORKER, "syd"),
    ("chef", "Demo Enhetschef", Role.MANAGER, None),
)


def _add_purge_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``purge`` group (gallring, managers only): list, run, read-archive."""
    purge = commands.add_parser(
        "purge", help="purge (gallring): the purge list, purge runs, archive files"
    ).add_subparsers(dest="purge_command", metavar="ACTION", required=True)
    listing = purge.add_parser(
        "list", parents=[common], help="the people whose records may be purged now"
    )
    listing.set_defaults(handler=cmd_purge_list)
    run = purge.add_parser(
        "run", parents=[common], help="purge the approved people (ids from 'purge list')"
    )
    run.add_argument("--ids", nargs="+", required=True, metavar="ID", help="person ids")
    run.add_argument(
        "--archive-folder",
        required=True,
        type=Path,
        metavar="DIR",
        help="where the encrypted archive files of people kept for research are written",
    )
    run.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    run.set_defaults(handler=cmd_purge_run)
    read = purge.add_parser(
        "read-archive", parents=[common], help="decrypt an archive file to JSON (audited)"
    )
    read.add_argument("file", type=Path, metavar="FILE")
    read.add_argument("--out", required=True, type=Path, metavar="JSON_FILE")
    read.set_defaults(handler=cmd_purge_read_archive)


def _purge_service(vault: Vault) -> Any:
    from avhopp.services.purge_service import PurgeService

    service = getattr(vault, "purge", None)
    return service if isinstance(service, PurgeService) else PurgeService(vault)


def _candidate_json(candidate: Any) -> dict[str, Any]:
    return {
        "person_id": candidate.person_id,
        "name": candidate.full_name,
        "birth_date": candidate.birth_date.isoformat() if candidate.birth_date else None,
        "case_references": list(candidate.case_references),
        "last_activity": candidate.last_activity.isoformat(),
        "due_from": candidate.due_from.isoformat(),
        "deadline": candidate.deadline.isoformat(),
        "archive": candidate.archive,
        "overdue": candidate.overdue,
    }


def _write_candidates(candidates: Sequence[Any], out: TextIO) -> None:
    out.write("SEKRETESS enligt 26 kap. 1 § OSL\n")
    out.write(
        f"{'PERSON ID':<36}  {'NAME':<28} {'LAST NOTE':<10}  {'DUE':<10}  {'DEADLINE':<11}  "
        "ARCHIVE  CASES\n"
    )
    for c in candidates:
        archive = "yes" if c.archive else "no"
        deadline = f"{c.deadline.isoformat()}{'!' if c.overdue else ''}"
        out.write(
            f"{c.person_id:<36}  {c.full_name[:28]:<28} {c.last_activity.isoformat():<10}  "
            f"{c.due_from.isoformat():<10}  {deadline:<11}  {archive:<7}  "
            f"{', '.join(c.case_references)}\n"
        )


def cmd_purge_list(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        candidates = _purge_service(vault).purge_list()
    if args.json:
        json.dump([_candidate_json(c) for c in candidates], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    if not candidates:
        out.write("No one is due for purge.\n")
        return EXIT_OK
    archived = sum(c.archive for c in candidates)
    _write_candidates(candidates, out)
    out.write(
        f"{len(candidates)} people may be purged ({archived} kept for research: archived, "
        "then deleted). '!' marks a passed deadline.\n"
    )
    return EXIT_OK


def cmd_purge_run(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    if not args.yes and not sys.stdin.isatty():
        raise ValidationError(
            "A purge cannot be undone: confirm it in a terminal, or add --yes. Nothing was purged."
        )
    with _unlock(args, source) as vault:
        service = _purge_service(vault)
        expected = None
        if not args.yes:
            wanted = set(args.ids)
            expected = [c for c in service.purge_list() if c.person_id in wanted]
            _write_candidates(expected, out)
            out.flush()
            sys.stderr.write(
                f"Purge the records of these {len(expected)} people permanently? "
                "Type 'yes' to go on: "
            )
            sys.stderr.flush()
            if sys.stdin.readline().strip().casefold() != "yes":
                sys.stderr.write("Nothing was purged.\n")
                return EXIT_USER_ERROR
        result = service.run_purge(
            args.ids, archive_folder=args.archive_folder, expected_candidates=expected
        )
    if args.json:
        data = _jsonable(result)
        assert isinstance(data, dict)
        data["archive_files"] = [str(p) for p in result.archive_files]
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        people = "person" if result.people_deleted == 1 else "people"
        out.write(
            f"Purged {result.people_deleted} {people} ({result.cases_deleted} cases, "
            f"{result.contacts_deleted} contacts no longer linked); "
            f"{result.people_archived} archived first. Purge run {result.run_id}.\n"
        )
        for path in result.archive_files:
            out.write(f"  archive: {path}\n")
    for warning in result.warnings:
        sys.stderr.write(f"{PROG}: warning: {warning}\n")
    return EXIT_OK


def cmd_purge_read_archive(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.services.archive_format import write_json

    with _unlock(args, source) as vault:
        document = _purge_service(vault).read_archive(args.file)
    write_json(args.out, document)
    out.write(f"Wrote the archive's content to {args.out}.\n")
    sys.stderr.write(
        f"{PROG}: note: {args.out} holds personal data in clear; keep it as the archive "
        "rules say and delete it after use.\n"
    )
    return EXIT_OK


def _add_import_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """``import FILE`` and ``import --template FILE`` (docs/IMPORT.md)."""
    command = commands.add_parser(
        "import",
        parents=[common],
        help="import participants from a CSV or Excel (.xlsx) file: all rows or none",
        description="Import participants, each with a case, from a CSV or Excel (.xlsx) file "
        "with the Swedish column headers of docs/IMPORT.md. One bad row refuses the whole "
        "file with a report of every row's problems; nothing is written then.",
    )
    command.add_argument("file", nargs="?", type=Path, metavar="FILE", help=".csv or .xlsx")
    command.add_argument(
        "--template",
        type=Path,
        metavar="FILE",
        help="write an empty template instead (CSV or XLSX by the extension)",
    )
    command.set_defaults(handler=cmd_import)


#: How many of a refused import's errors the command prints (all are in --json).
MAX_IMPORT_ERRORS_SHOWN = 50


def cmd_import(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from tqdm import tqdm

    from avhopp.services.import_service import ImportRejectedError, ImportService

    if (args.file is None) == (args.template is None):
        raise _UsageError("give either a FILE to import or --template FILE")
    with _unlock(args, source) as vault:
        service = ImportService(vault)
        if args.template is not None:
            service.write_template(args.template)
            out.write(f"Wrote an empty import template to {args.template}.\n")
            return EXIT_OK
        with tqdm(unit=" steps", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            try:
                result = service.import_file(args.file, progress=progress)
            except ImportRejectedError as exc:
                bar.close()
                _report_rejected_import(exc, as_json=args.json, out=out)
                return EXIT_USER_ERROR
    if args.json:
        json.dump(_jsonable(result), out)
        out.write("\n")
    else:
        out.write(
            f"Imported {result.participants} participants with {result.cases} cases "
            f"(SHA-256 of the file: {result.sha256}).\n"
        )
    return EXIT_OK


def _report_rejected_import(exc: Any, *, as_json: bool, out: TextIO) -> None:
    """Every error as JSON on stdout with --json; else the first ones, one a line, on stderr.
    The summary line (the count) always ends stderr."""
    if as_json:
        json.dump(
            {"errors": [_jsonable(e) for e in exc.errors], "count": len(exc.errors)},
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
    else:
        for error in exc.errors[:MAX_IMPORT_ERRORS_SHOWN]:
            sys.stderr.write(error.line() + "\n")
        hidden = len(exc.errors) - MAX_IMPORT_ERRORS_SHOWN
        if hidden > 0:
            sys.stderr.write(f"... and {hidden} more errors (all of them with --json).\n")
    sys.stderr.write(f"{PROG}: error: {exc.message}\n")


def cmd_bench(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    """Needs no vault of the user's: it builds its own scratch vault and removes it (or, with
    ``--reuse``, keeps it for the next run)."""
    from avhopp.services.bench_service import default_bench_location, run_benchmark

    if args.participants < 1:
        raise _UsageError("--participants must be at least 1")

    def log(message: str) -> None:
        sys.stderr.write(message + "\n")

    if args.reuse is not None:
        args.reuse.mkdir(parents=True, exist_ok=True)
        report = run_benchmark(
            default_bench_location(args.reuse),
            participants=args.participants,
            log=log,
            reuse=True,
            gui=not args.no_gui,
        )
    else:
        with tempfile.TemporaryDirectory(dir=args.folder) as folder:
            report = run_benchmark(
                default_bench_location(Path(folder)),
                participants=args.participants,
                log=log,
                gui=not args.no_gui,
            )
    if args.json:
        json.dump(_jsonable(report), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(report.table() + "\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from tqdm import tqdm

    from avhopp.services.demo_service import generate_demo

    with _unlock(args, source) as vault:
        if args.users:
            passphrase = source.new("Passphrase for the demo staff: ")
            for username, display, role, team in DEMO_STAFF:
                vault.users.add_user(
                    username,
                    display_name=display,
                    roles=frozenset({role}),
                    passphrase=passphrase,
                    team=team,
                )
        with tqdm(
            total=args.participants,
            unit=" participants",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
        ) as bar:

            def progress(done: int, total: int) -> None:
                bar.update(done - bar.n)

            summary = generate_demo(
                vault, participants=args.participants, seed=args.seed, progress=progress
            )
        if args.backup_folder:
            folder = args.backup_folder.resolve()
            folder.mkdir(parents=True, exist_ok=True)
            view = vault.settings.get()
            vault.settings.update(
                dataclasses.replace(view.settings, backup_folder=str(folder)),
                expected_version=view.version,
            )
            vault.backups.create(folder)
    if args.json:
        json.dump(_jsonable(summary), out)
        out.write("\n")
    else:
        out.write(
            f"Generated {summary.participants} participants, {summary.cases} cases, "
            f"{summary.phase_changes} phase changes and {summary.notes} journal notes "
            f"(seed {summary.seed}).\n"
        )
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _jsonable(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def cmd_stats(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.domain.backup import DRILL_WARNING_DAYS, drill_overdue

    with _unlock(args, source) as vault:
        figures = vault.stats.period(args.start, args.end)
        last_backup, last_drill = vault.backups.last_backup_at(), vault.backups.last_drill_at()
        overdue = drill_overdue(last_drill, vault.clock())
    data = _jsonable(figures)
    assert isinstance(data, dict)
    backups = {
        "last_backup_at": last_backup.isoformat() if last_backup else None,
        "last_drill_at": last_drill.isoformat() if last_drill else None,
        "drill_overdue": overdue,
    }
    if args.json:
        json.dump({**data, "backups": backups}, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    drill = f"{last_drill:%Y-%m-%d}" if last_drill else "never"
    out.write(
        f"Last backup: {f'{last_backup:%Y-%m-%d %H:%M} UTC' if last_backup else 'never'}; "
        f"last passed restore drill: {drill}"
        + (
            f"  WARNING: no passed restore drill in {DRILL_WARNING_DAYS} days\n"
            if overdue
            else "\n"
        )
    )
    out.write(f"Period {figures.start} – {figures.end} (raw figures, not for the council)\n")
    for key, value in data.items():
        if key in ("start", "end"):
            continue
        if isinstance(value, dict) and {"value", "n"} <= value.keys():
            shown = "–" if value["value"] is None else f"{value['value']:.1f}"
            out.write(f"  {key}: {shown} (n={value['n']})\n")
        elif isinstance(value, dict):
            out.write(f"  {key}:\n")
            for name, count in sorted(value.items()):
                out.write(f"      {name}: {count}\n")
        elif isinstance(value, list):
            out.write(f"  {key}: " + ", ".join(f"{m} {n}" for m, n in value) + "\n")
        else:
            out.write(f"  {key}: {value}\n")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    with _unlock(args, source) as vault:
        result = vault.key_management.rekey()
    out.write(
        f"Rotated the vault key ({result.old_key_id} → {result.new_key_id}); "
        f"{result.values_reencrypted} values re-encrypted.\n"
    )
    return EXIT_OK


# --------------------------------------------------------------------------- entry point


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(name)s: %(message)s",
    )
    source = PassphraseSource(args, stdin or sys.stdin)
    out = stdout or sys.stdout
    handler: Callable[[argparse.Namespace, PassphraseSource, TextIO], int] = args.handler
    try:
        return handler(args, source, out)
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_USAGE
    except UserError as exc:
        sys.stderr.write(f"{PROG}: error: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted; nothing more was changed.\n")
        return 130
    except Exception:
        # A bug. The traceback holds no decrypted values (no locals); keep it for the report.
        sys.stderr.write(f"{PROG}: internal error (a bug); details follow for the report.\n")
        traceback.print_exc(file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
