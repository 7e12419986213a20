"""Importing participants from a spreadsheet (CSV or Excel), and the empty template.

All or nothing: every row is checked first (the person rules of the registration form, the
active code lists, the phase rules, duplicates in the file and in the vault); one bad row
refuses the whole file with a report of every problem, and nothing is written, not even an
audit entry. A good file is written in one transaction with bulk inserts, encrypted exactly
as the person and case services encrypt, and recorded as one audit entry ``import.file``
with the counts and the file's SHA-256 (never its name or content). The column layout is in
:mod:`avhopp.domain.import_format` and docs/IMPORT.md.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from avhopp.domain import phases
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.import_format import (
    COLUMNS,
    MAX_ROWS,
    CaseWorker,
    Cell,
    ImportContext,
    ImportRejectedError,
    ImportRow,
    RowError,
    check_row,
    code_lookup,
    duplicate_errors,
    headers,
    is_blank,
    read_header,
    row_values,
)
from avhopp.domain.roles import Role
from avhopp.errors import AlreadyExistsError, PermissionDeniedError, ValidationError
from avhopp.services.case_service import CASE_TABLE, PHASE_TABLE, REFERENCE_INDEX
from avhopp.services.person_service import IDENTITY_INDEX, TABLE, person_payload
from avhopp.services.user_service import check_team
from avhopp.storage.case_models import Case, CodeEntryRow, Person, PhaseChangeRow
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

__all__ = ["ImportRejectedError", "ImportResult", "ImportService", "RowError"]

#: ``progress(done, total)``: checking the rows is the first half, writing them the second.
Progress = Callable[[int, int], None]
BATCH = 2_000
FORMATS = (".csv", ".xlsx")
PHASE_COMMENT = "Importerad från fil."
IDENTITY_HEADER = "Personnummer"


@dataclass(frozen=True)
class ImportResult:
    participants: int
    cases: int
    phase_changes: int
    #: SHA-256 of the file's bytes (hex): ties the audit entry to the file without its name.
    sha256: str
    file_format: str


# --------------------------------------------------------------------------- reading files


def _file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "Use a .csv or .xlsx file (this one ends in {suffix!r}).",
            field="file",
            suffix=suffix,
        )
    return suffix.removeprefix(".")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "The file cannot be read: {reason}", field="file", reason=exc.strerror
        ) from None


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    """Rows of a UTF-8 CSV file (BOM or not), ';' or ',' found from the header line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.", field="file"
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ","), key=lambda d: len(next(csv.reader([first_line], delimiter=d), [])))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, list(cells)
    except csv.Error as exc:
        raise ValidationError(
            "The file is not a readable CSV file (row {row}: {reason}).",
            field="file",
            row=reader.line_num,
            reason=str(exc),
        ) from None


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | date | datetime):
        return value
    return str(value)


def _openpyxl(module: str = "openpyxl") -> Any:
    """openpyxl (or one of its modules), imported late: it is slow to import, and untyped."""
    return importlib.import_module(module)


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    """Rows of the first sheet of an Excel workbook (cached values of formulas)."""
    openpyxl = _openpyxl()
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a malformed workbook fails in many ways
        raise ValidationError(
            "The file cannot be read as an Excel workbook (.xlsx).", field="file"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in values]
    finally:
        workbook.close()


def _rows(path: Path) -> tuple[str, str, Iterator[tuple[int, list[Cell]]]]:
    """The file's format, SHA-256 and rows (numbered as the spreadsheet numbers them)."""
    file_format = _file_format(path)
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    rows = _csv_rows(data) if file_format == "csv" else _xlsx_rows(data)
    return file_format, digest, rows


# --------------------------------------------------------------------------- the service


def _cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ValidationError("Cancelled; nothing was written.")


class ImportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _check_permission(self) -> None:
        if not ({Role.CASE_WORKER, Role.MANAGER} & self._vault.actor.roles):
            raise PermissionDeniedError(action="import participants")

    def _context(self, uow: UnitOfWork) -> ImportContext:
        entries = uow.session.execute(
            select(CodeEntryRow.list_name, CodeEntryRow.code, CodeEntryRow.label_sv).where(
                CodeEntryRow.list_name.in_(
                    [CodeList.REFERRAL_SOURCE, CodeList.PHASE, CodeList.CLOSURE_REASON]
                ),
                # Closing is always possible (the phase service does not check its code).
                CodeEntryRow.active.is_(True)
                | (
                    (CodeEntryRow.list_name == CodeList.PHASE)
                    & (CodeEntryRow.code == phases.CLOSED)
                ),
            )
        ).all()

        def lookup(code_list: CodeList) -> dict[str, str]:
            return code_lookup((code, label) for name, code, label in entries if name == code_list)

        workers = {
            user.username: CaseWorker(user.id, user.team)
            for user in uow.users.list()
            if user.active and Role.CASE_WORKER in user.roles
        }
        actor = self._vault.actor
        return ImportContext(
            today=self._vault.clock().date(),
            referral_sources=lookup(CodeList.REFERRAL_SOURCE),
            phases=lookup(CodeList.PHASE),
            closure_reasons=lookup(CodeList.CLOSURE_REASON),
            case_workers=workers,
            default_responsible=actor.username if actor.username in workers else None,
            team_rule=check_team,
        )

    def _check(
        self,
        uow: UnitOfWork,
        rows: Iterator[tuple[int, list[Cell]]],
        *,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> list[ImportRow]:
        """Every row checked; raises ImportRejectedError with all errors if any."""
        header_row = next(rows, None)
        if header_row is None or is_blank(header_row[1]):
            raise ValidationError(
                "The file is empty: the first row must hold the column headers.", field="file"
            )
        header = read_header(header_row[1])
        data: list[tuple[int, list[Cell]]] = []
        for number, cells in rows:
            if is_blank(cells):
                continue
            data.append((number, cells))
            if len(data) > MAX_ROWS:
                raise ValidationError(
                    "The file has more than {n} rows; split it.", field="file", n=MAX_ROWS
                )
        if not data:
            raise ValidationError("The file holds no participants.", field="file")
        ctx = self._context(uow)
        total = 2 * len(data)
        errors: list[RowError] = []
        checked: list[ImportRow] = []
        for index, (number, cells) in enumerate(data):
            _cancelled(cancel)
            values, cell_errors = row_values(number, cells, header)
            row, row_errors = check_row(number, values, ctx)
            errors += cell_errors + row_errors
            if row is not None:
                checked.append(row)
            if progress is not None and (index % 250 == 0 or index == len(data) - 1):
                progress(index + 1, total)
        errors += duplicate_errors(checked)
        errors += self._known_identities(uow, checked)
        if errors:
            raise ImportRejectedError(errors)
        return checked

    def _known_identities(self, uow: UnitOfWork, rows: Sequence[ImportRow]) -> list[RowError]:
        """Rows whose identity number is already in the vault (blind index)."""
        known = {
            bytes(value)
            for (value,) in uow.session.execute(
                select(Person.identity_bi).where(Person.identity_bi.is_not(None))
            )
            if value is not None
        }
        if not known:
            return []
        return [
            RowError(
                row.row,
                IDENTITY_HEADER,
                "A participant with this identity number is already registered.",
            )
            for row in rows
            if row.person.identity.kind.has_swedish_number
            and uow.blind_index.of(row.person.identity.value, kind=IDENTITY_INDEX) in known
        ]

    def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Import the participants of a CSV or Excel file, each with a case.

        Raises:
            ImportRejectedError: a row or the header breaks a rule; every problem is listed
                in ``errors``; nothing was written.
            ValidationError: the file cannot be read, is empty or too large; or cancelled.
            PermissionDeniedError: only case workers and managers import.
        """
        self._check_permission()
        file_format, digest, rows = _rows(Path(path))
        vault = self._vault
        with vault.unit_of_work() as uow:
            checked = self._check(uow, rows, progress=progress, cancel=cancel)
            phase_changes = self._write(uow, checked, progress=progress, cancel=cancel)
            vault.audit_entry(
                uow,
                "import.file",
                details={
                    "format": file_format,
                    "sha256": digest,
                    "participants": len(checked),
                    "cases": len(checked),
                    "phase_changes": phase_changes,
                },
            )
            uow.commit()
        return ImportResult(
            participants=len(checked),
            cases=len(checked),
            phase_changes=phase_changes,
            sha256=digest,
            file_format=file_format,
        )

    def _references(
        self, uow: UnitOfWork, rows: Sequence[ImportRow]
    ) -> Iterator[tuple[str, bytes]]:
        """AVH-YYYY-NNNN per row, numbered on from the vault's cases of each year."""
        taken = {bytes(v) for (v,) in uow.session.execute(select(Case.reference_bi))}
        next_number: dict[int, int] = {}
        for row in rows:
            year = row.inquiry_on.year
            if year not in next_number:
                next_number[year] = (
                    uow.session.execute(
                        select(func.count())
                        .select_from(Case)
                        .where(
                            Case.inquiry_on >= date(year, 1, 1),
                            Case.inquiry_on <= date(year, 12, 31),
                        )
                    ).scalar_one()
                    + 1
                )
            while True:
                reference = f"AVH-{year}-{next_number[year]:04d}"
                next_number[year] += 1
                index = uow.blind_index.of(reference, kind=REFERENCE_INDEX)
                if index not in taken:
                    yield reference, index
                    break

    def _write(
        self,
        uow: UnitOfWork,
        rows: Sequence[ImportRow],
        *,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> int:
        """Bulk inserts of people, cases and phase histories; returns the phase changes."""
        vault = self._vault
        session, seal, blind = uow.session, uow.payloads.seal, uow.blind_index
        now, by = vault.clock(), vault.actor.username
        stamp = {"created_at": now, "updated_at": now, "updated_by": by, "version": 1}
        people: list[dict[str, Any]] = []
        cases: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        phase_changes = 0

        def flush() -> None:
            for model, batch in ((Person, people), (Case, cases), (PhaseChangeRow, history)):
                if batch:
                    session.execute(insert(model), batch)
                    batch.clear()

        references = self._references(uow, rows)
        for index, row in enumerate(rows):
            _cancelled(cancel)
            person_id, case_id = new_id(), new_id()
            identity = row.person.identity
            people.append(
                {
                    "id": person_id,
                    "identity_bi": blind.of(identity.value, kind=IDENTITY_INDEX)
                    if identity.kind.has_swedish_number
                    else None,
                    "payload_ct": seal(TABLE, person_id, person_payload(row.person)),
                    **stamp,
                }
            )
            reference, reference_bi = next(references)
            cases.append(
                {
                    "id": case_id,
                    "person_id": person_id,
                    "reference_bi": reference_bi,
                    "phase": row.phase,
                    "referral_source": row.referral_source,
                    "inquiry_on": row.inquiry_on,
                    "decision_on": row.decision_on,
                    "agreement_signed_on": None,
                    "closed_on": row.closed_on,
                    "closure_reason": row.closure_reason,
                    "responsible_user_id": row.responsible_user_id,
                    "team": row.team,
                    "payload_ct": seal(
                        CASE_TABLE, case_id, {"reference": reference, "summary": ""}
                    ),
                    **stamp,
                }
            )
            for seq, change in enumerate(row.history(), start=1):
                row_id = new_id()
                history.append(
                    {
                        "id": row_id,
                        "case_id": case_id,
                        "seq": seq,
                        "phase": change.phase,
                        "entered_on": change.entered_on,
                        "closure_reason": change.closure_reason,
                        "created_at": now,
                        "created_by": by,
                        "payload_ct": seal(PHASE_TABLE, row_id, {"comment": PHASE_COMMENT}),
                    }
                )
                phase_changes += 1
            if len(people) >= BATCH:
                flush()
            if progress is not None and (index % 250 == 0 or index == len(rows) - 1):
                progress(len(rows) + index + 1, 2 * len(rows))
        flush()
        return phase_changes

    # ------------------------------------------------------------------ the template

    def write_template(self, path: str | os.PathLike[str]) -> None:
        """An empty import file: the header row only (CSV, ';' and a BOM so that Excel opens
        it right), or for .xlsx also a help sheet with each column and the allowed codes.

        Raises:
            ValidationError: not .csv or .xlsx; AlreadyExistsError: the file exists (a
            template never overwrites a spreadsheet).
        """
        target = Path(path)
        file_format = _file_format(target)
        if target.exists():
            raise AlreadyExistsError(what=f"The file {target.name}")
        with self._vault.unit_of_work() as uow:
            lists = {
                code_list: [
                    (code, label)
                    for code, label in uow.session.execute(
                        select(CodeEntryRow.code, CodeEntryRow.label_sv)
                        .where(
                            CodeEntryRow.list_name == code_list,
                            CodeEntryRow.active.is_(True),
                        )
                        .order_by(CodeEntryRow.sort_order, CodeEntryRow.code)
                    )
                ]
                for code_list in (CodeList.REFERRAL_SOURCE, CodeList.PHASE, CodeList.CLOSURE_REASON)
            }
        directory = target.parent if str(target.parent) else Path()
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.")
        try:
            if file_format == "csv":
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                    csv.writer(handle, delimiter=";").writerow(headers())
            else:
                os.close(fd)
                _template_workbook(lists).save(temp)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


_LIST_TITLES = {
    CodeList.REFERRAL_SOURCE: "Aktualiseringskälla",
    CodeList.PHASE: "Fas",
    CodeList.CLOSURE_REASON: "Avslutsorsak",
}


def _template_workbook(lists: dict[CodeList, list[tuple[str, str]]]) -> Any:
    openpyxl = _openpyxl()
    font = _openpyxl("openpyxl.styles").Font
    get_column_letter = _openpyxl("openpyxl.utils").get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Deltagare"
    sheet.append(headers())
    bold = font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=index).font = bold
        width = max(12, len(column.header) + 2)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet("Förklaring")
    help_sheet.append(["Kolumn", "Obligatorisk", "Förklaring"])
    for column in COLUMNS:
        help_sheet.append([column.header, "ja" if column.required else "nej", column.help_sv])
    for code_list, entries in lists.items():
        help_sheet.append([])
        help_sheet.append([_LIST_TITLES[code_list], "Kod", "Benämning"])
        for code, label in entries:
            help_sheet.append(["", code, label])
    for row in help_sheet.iter_rows():
        if (
            row
            and row[0].value in ("Kolumn", *_LIST_TITLES.values())
            and row[1].value
            in (
                "Obligatorisk",
                "Kod",
            )
        ):
            for cell in row:
                cell.font = bold
    help_sheet.column_dimensions["A"].width = 24
    help_sheet.column_dimensions["B"].width = 24
    help_sheet.column_dimensions["C"].width = 90
    return workbook
