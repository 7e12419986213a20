"""``avhopp-admin report council|summary|extract``: the PDF reports from the command line.

The PDF is written only to ``--out`` (completely or not at all, as from the desktop client);
a password for a protected summary or extract comes from ``--password-file`` or standard
input (``--password-stdin``: the line after the passphrase when that also comes from
standard input), never from the command line where other users could see it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tqdm import tqdm

from avhopp.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from avhopp.cli.main import PassphraseSource
    from avhopp.services.report_service import Progress, ReportDocument
    from avhopp.services.vault import Vault


def add_report_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    from avhopp.cli.main import _date

    report = commands.add_parser(
        "report", help="PDF reports: council report, progress summary, register extract"
    ).add_subparsers(dest="report_command", metavar="REPORT", required=True)

    def output(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF")
        parser.add_argument("--lang", choices=("sv", "en"), default="sv", help="default sv")

    def password(parser: argparse.ArgumentParser) -> None:
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--password-stdin",
            action="store_true",
            help="protect the PDF (AES-256) with a password read from standard input",
        )
        group.add_argument("--password-file", metavar="FILE", help="as --password-stdin")

    council = report.add_parser(
        "council", parents=[common], help="the safety council's report (managers)"
    )
    council.add_argument("--from", dest="start", required=True, type=_date, metavar="YYYY-MM-DD")
    council.add_argument("--to", dest="end", required=True, type=_date, metavar="YYYY-MM-DD")
    council.add_argument(
        "--summary-file", metavar="FILE", help="the manager's summary for the first page (text)"
    )
    output(council)
    council.set_defaults(handler=cmd_report_council)

    summary = report.add_parser(
        "summary", parents=[common], help="a case's progress summary for a case conference"
    )
    summary.add_argument("case_ref", metavar="CASE_REF", help="the case reference (AVH-…)")
    summary.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    summary.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")
    summary.add_argument(
        "--pseudonymise",
        action="store_true",
        help="the case reference instead of the name and identity number",
    )
    summary.add_argument(
        "--include-address",
        action="store_true",
        help="print a protected address (logged; never with --pseudonymise)",
    )
    output(summary)
    password(summary)
    summary.set_defaults(handler=cmd_report_summary)

    extract = report.add_parser(
        "extract", parents=[common], help="a person's register extract, GDPR Art. 15 (managers)"
    )
    extract.add_argument(
        "person_ref", metavar="PERSON_REF", help="identity number or one of the person's cases"
    )
    output(extract)
    password(extract)
    extract.set_defaults(handler=cmd_report_extract)


def _progress(args: argparse.Namespace) -> tuple[Progress, Any]:
    bar = tqdm(total=1, unit="step", disable=args.json or not sys.stderr.isatty(), leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    return progress, bar


def _password(args: argparse.Namespace, source: PassphraseSource) -> str | None:
    if args.password_file:
        try:
            return Path(args.password_file).read_text("utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError(
                "The password file {path} cannot be read: {reason}",
                path=args.password_file,
                reason=exc.strerror,
            ) from None
    if args.password_stdin:
        from avhopp.cli.main import _UsageError

        line = source.stdin_line(1 if args.passphrase_stdin else 0)
        if line is None:
            raise _UsageError("--password-stdin was given but standard input has no password")
        return line
    return None


def _write(vault: Vault, document: ReportDocument, args: argparse.Namespace, out: TextIO) -> int:
    from avhopp.cli.main import EXIT_OK

    path = vault.reports.save(document, args.out)
    if args.json:
        json.dump(
            {
                "file": str(path),
                "report": document.kind,
                "pages": document.pages,
                "encrypted": document.encrypted,
            },
            out,
        )
        out.write("\n")
    else:
        protected = ", protected with a password (AES-256)" if document.encrypted else ""
        out.write(f"Wrote {path} ({document.pages} pages{protected}).\n")
    return EXIT_OK


def cmd_report_council(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    text = ""
    if args.summary_file:
        try:
            text = Path(args.summary_file).read_text("utf-8")
        except OSError as exc:
            raise ValidationError(
                "The summary file {path} cannot be read: {reason}",
                path=args.summary_file,
                reason=exc.strerror,
            ) from None
    progress, bar = _progress(args)
    with _unlock(args, source) as vault, bar:
        document = vault.reports.council(
            args.start, args.end, summary_text=text, language=args.lang, progress=progress
        )
        return _write(vault, document, args, out)


def _locate(vault: Vault, query: str) -> list[Any]:
    found = vault.cases.locate(query)
    if not found:
        raise NotFoundError(what="The case")
    return found


def cmd_report_summary(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    secret = _password(args, source)
    progress, bar = _progress(args)
    with _unlock(args, source) as vault, bar:
        if not args.case_ref.strip().upper().startswith("AVH-"):
            raise ValidationError(
                "Give the case reference (AVH-YYYY-NNNN) of the case.", field="case_ref"
            )
        case = _locate(vault, args.case_ref)[0]
        document = vault.reports.summary(
            case.case_id,
            start=args.start,
            end=args.end,
            pseudonymise=args.pseudonymise,
            include_address=args.include_address,
            password=secret,
            language=args.lang,
            progress=progress,
        )
        return _write(vault, document, args, out)


def cmd_report_extract(args: argparse.Namespace, source: PassphraseSource, out: TextIO) -> int:
    from avhopp.cli.main import _unlock

    secret = _password(args, source)
    progress, bar = _progress(args)
    with _unlock(args, source) as vault, bar:
        person_id = _locate(vault, args.person_ref)[0].person_id
        document = vault.reports.extract(
            person_id, password=secret, language=args.lang, progress=progress
        )
        return _write(vault, document, args, out)
