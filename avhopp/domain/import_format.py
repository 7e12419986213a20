"""The participant import file (docs/IMPORT.md): its Swedish columns, and the checks of each
row against the domain rules. Pure: the service reads the file and the vault, this module
only looks at values.

An import is all or nothing. Every row is checked and every error is kept, so the user gets
one report naming each row (as the spreadsheet numbers it: the header is row 1) and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from avhopp.domain import phases
from avhopp.domain.identity import IdentityKind, parse_identity, parse_swedish
from avhopp.domain.person import (
    MAX_TEXT,
    Address,
    LegalGender,
    PersonInput,
    ValidPerson,
    normalize_email,
    normalize_phone,
    validate_person,
)
from avhopp.errors import ValidationError

#: What a cell may hold: text from a CSV file; text, numbers, booleans or dates from Excel.
Cell = str | int | float | bool | date | datetime | None

#: More rows than this are refused before any check (a unit has thousands of people at most).
MAX_ROWS = 100_000
HEADER_ROW = 1


@dataclass(frozen=True)
class Column:
    key: str
    #: The header as written in the template and in docs/IMPORT.md.
    header: str
    required: bool = False
    #: Other headers accepted for this column (compared like the header).
    aliases: tuple[str, ...] = ()
    #: What to write, in Swedish (the template's help sheet).
    help_sv: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("first_name", "Förnamn", required=True, help_sv="Obligatorisk."),
    Column("last_name", "Efternamn", required=True, help_sv="Obligatorisk."),
    Column(
        "identity_kind",
        "Identitetstyp",
        aliases=("id-typ",),
        help_sv="personnummer, samordningsnummer, saknas, utländskt, fingerat eller "
        "reservnummer. Tom: personnummer (samordningsnummer om dagen är 61–91) när ett "
        "nummer är ifyllt, annars saknas.",
    ),
    Column(
        "identity_number",
        "Personnummer",
        aliases=("identitetsnummer", "samordningsnummer", "personnummer/samordningsnummer"),
        help_sv="ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN; vid utländskt nummer eller reservnummer "
        "numret som det är skrivet.",
    ),
    Column("birth_date", "Födelsedatum", help_sv="ÅÅÅÅ-MM-DD. Tas annars från personnumret."),
    Column("legal_gender", "Kön", aliases=("juridiskt kön",), help_sv="M, K eller okänt."),
    Column("language", "Språk"),
    Column("interpreter", "Tolk", aliases=("tolkbehov",), help_sv="ja eller nej (tom: nej)."),
    Column("phone", "Telefon", aliases=("telefonnummer", "mobil", "mobilnummer")),
    Column("email", "E-post", aliases=("epost", "e-postadress", "mejl")),
    Column("street", "Gatuadress", aliases=("adress",)),
    Column("postal_code", "Postnummer"),
    Column("city", "Ort", aliases=("postort",)),
    Column(
        "referral_source",
        "Aktualiseringskälla",
        required=True,
        aliases=("källa",),
        help_sv="Obligatorisk. Kod eller benämning ur listan över aktualiseringskällor.",
    ),
    Column(
        "inquiry_on",
        "Aktualiseringsdatum",
        required=True,
        help_sv="Obligatorisk. ÅÅÅÅ-MM-DD, inte i framtiden.",
    ),
    Column(
        "phase",
        "Fas",
        help_sv="Kod eller benämning ur faslistan. Tom: förfrågan/aktualisering.",
    ),
    Column(
        "phase_on",
        "Fasdatum",
        help_sv="Dagen ärendet kom till fasen, ÅÅÅÅ-MM-DD. Krävs om fasen inte är "
        "förfrågan; inte före aktualiseringsdatum, inte i framtiden.",
    ),
    Column(
        "closure_reason",
        "Avslutsorsak",
        help_sv="Krävs när fasen är Avslutat, annars tom. Kod eller benämning.",
    ),
    Column(
        "responsible",
        "Ansvarig handläggare",
        aliases=("handläggare", "ansvarig"),
        help_sv="Användarnamn på en aktiv handläggare. Tom: du själv om du är handläggare.",
    ),
    Column("team", "Team", help_sv="Teamkod. Tom: den ansvariga handläggarens team."),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}


@dataclass(frozen=True)
class RowError:
    """One problem in the file. ``row`` as the spreadsheet numbers it (header = row 1);
    ``column`` the column's Swedish header, or empty for the row as a whole."""

    row: int
    column: str
    message: str

    def line(self) -> str:
        where = f"rad {self.row}, {self.column}" if self.column else f"rad {self.row}"
        return f"{where}: {self.message}"


class ImportRejectedError(ValidationError):
    """The file was refused; nothing was written. ``errors`` holds every problem, in row
    order."""

    template = "The import was refused: {count} errors in {rows} rows. Nothing was imported."

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors: tuple[RowError, ...] = tuple(sorted(errors, key=lambda e: e.row))
        super().__init__(
            count=len(self.errors), rows=len({e.row for e in self.errors}), field="file"
        )


# --------------------------------------------------------------------------- header


def fold(text: str) -> str:
    """How headers and code labels are compared: case, accents, spaces and a trailing '*'
    (the docs mark required columns so) do not matter."""
    decomposed = unicodedata.normalize("NFKD", text.strip().rstrip("*").casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


_HEADERS: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, _column.key, *_column.aliases):
        _HEADERS[fold(_name)] = _column.key


def read_header(cells: Sequence[Cell]) -> list[str | None]:
    """The column key of each header cell (None for an empty cell past the last header).

    Raises:
        ImportRejectedError: unknown, repeated or missing required columns.
    """
    errors: list[RowError] = []
    keys: list[str | None] = []
    seen: set[str] = set()
    for cell in cells:
        name = "" if cell is None else str(cell).strip()
        if not name:
            keys.append(None)
            continue
        key = _HEADERS.get(fold(name))
        if key is None:
            errors.append(RowError(HEADER_ROW, name, "Unknown column."))
        elif key in seen:
            errors.append(RowError(HEADER_ROW, name, "This column appears twice."))
        else:
            seen.add(key)
        keys.append(key)
    errors.extend(
        RowError(HEADER_ROW, c.header, "This column is required.")
        for c in COLUMNS
        if c.required and c.key not in seen
    )
    if errors:
        raise ImportRejectedError(errors)
    return keys


# --------------------------------------------------------------------------- the vault's lists


@dataclass(frozen=True)
class CaseWorker:
    user_id: str
    team: str | None


def code_lookup(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A (code, Swedish label) list as a lookup from the folded code or label to the code."""
    lookup: dict[str, str] = {}
    for code, label in entries:
        lookup.setdefault(fold(code), code)
        lookup.setdefault(fold(label), code)
    return lookup


def _no_team_rule(team: str | None) -> str | None:
    return team


@dataclass(frozen=True)
class ImportContext:
    """What the rows are checked against: the active code-list entries, the active case
    workers by user name, and who is importing."""

    today: date
    referral_sources: Mapping[str, str]
    phases: Mapping[str, str]
    closure_reasons: Mapping[str, str]
    case_workers: Mapping[str, CaseWorker]
    #: The importing user's name when they are an active case worker, else None.
    default_responsible: str | None = None
    #: Checks and normalizes a team code (raises ValidationError).
    team_rule: Callable[[str | None], str | None] = field(default=_no_team_rule)


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class ImportRow:
    """A checked row: a participant and their case, ready to be written."""

    row: int
    person: ValidPerson
    referral_source: str
    inquiry_on: date
    phase: str
    phase_on: date
    closure_reason: str | None
    responsible_user_id: str | None
    team: str | None

    def history(self) -> list[phases.PhaseChange]:
        """Honest history: the inquiry, then the phase the case is in now (if another)."""
        changes = [phases.PhaseChange(phases.INQUIRY, self.inquiry_on)]
        if self.phase != phases.INQUIRY:
            changes.append(phases.PhaseChange(self.phase, self.phase_on, self.closure_reason))
        return changes

    @property
    def decision_on(self) -> date | None:
        return self.phase_on if self.phase in phases.AFTER_DECISION else None

    @property
    def closed_on(self) -> date | None:
        return self.phase_on if self.phase == phases.CLOSED else None


_KINDS = {
    "personnummer": IdentityKind.PERSONNUMMER,
    "samordningsnummer": IdentityKind.SAMORDNINGSNUMMER,
    "saknas": IdentityKind.MISSING,
    "utlandskt": IdentityKind.FOREIGN,
    "utlandskt nummer": IdentityKind.FOREIGN,
    "fingerat": IdentityKind.FICTITIOUS,
    "fingerade personuppgifter": IdentityKind.FICTITIOUS,
    "reservnummer": IdentityKind.TEMPORARY,
    **{kind.value: kind for kind in IdentityKind},
}
_GENDERS = {
    "": LegalGender.UNKNOWN,
    "m": LegalGender.MALE,
    "man": LegalGender.MALE,
    "k": LegalGender.FEMALE,
    "kvinna": LegalGender.FEMALE,
    "okant": LegalGender.UNKNOWN,
    "okand": LegalGender.UNKNOWN,
}
_YES = {"ja", "j", "x", "1", "true"}
_NO = {"", "nej", "n", "0", "false"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERSON_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "identity_number": "identity_number",
    "birth_date": "birth_date",
    "language": "language",
    "phone": "phone",
    "email": "email",
    "address": "street",
}


def text_of(cell: Cell) -> str:
    """A cell as text: Excel numbers without a trailing '.0', dates as YYYY-MM-DD."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "ja" if cell else "nej"
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def date_of(cell: Cell, *, today: date) -> date | None:
    """A date cell: an Excel date or YYYY-MM-DD text; empty is None.

    Raises:
        ValidationError: not a date, an impossible date, or a date in the future.
    """
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        value = cell.date()
    elif isinstance(cell, date):
        value = cell
    elif isinstance(cell, str) and _ISO_DATE.fullmatch(cell.strip()):
        try:
            value = date.fromisoformat(cell.strip())
        except ValueError:
            raise ValidationError("This date does not exist.") from None
    else:
        raise ValidationError("Write the date as YYYY-MM-DD.")
    if value > today:
        raise ValidationError("The date cannot be in the future.")
    return value


def _identity_text(cell: Cell) -> str:
    text = text_of(cell)
    # A 10-digit number starting with 0 (born 2000–2009) read by Excel as a number has lost
    # its zero: put it back (12-digit numbers never start with 0).
    if isinstance(cell, int | float) and not isinstance(cell, bool) and len(text) == 9:
        return "0" + text
    return text


def _lookup(value: str, table: Mapping[str, str], what: str) -> str:
    code = table.get(fold(value))
    if code is None:
        raise ValidationError(
            "{value!r} is not an active entry of the {what} list.", value=value, what=what
        )
    return code


class _Row:
    """Collects the errors of one row while its columns are read."""

    def __init__(self, number: int, values: Mapping[str, Cell]) -> None:
        self.number = number
        self.values = values
        self.errors: list[RowError] = []

    def error(self, key: str, exc: ValidationError | str) -> None:
        message = exc if isinstance(exc, str) else exc.message
        self.errors.append(RowError(self.number, COLUMN_BY_KEY[key].header, message))

    def text(self, key: str) -> str:
        return text_of(self.values.get(key))

    def date(self, key: str, today: date) -> date | None:
        try:
            return date_of(self.values.get(key), today=today)
        except ValidationError as exc:
            self.error(key, exc)
            return None


def _identity(row: _Row, ctx: ImportContext) -> tuple[IdentityKind | None, str]:
    """The identity type and number as given, checked (None: an error was recorded)."""
    kind_text = fold(row.text("identity_kind"))
    number = _identity_text(row.values.get("identity_number"))
    kind: IdentityKind | None = None
    if kind_text:
        kind = _KINDS.get(kind_text)
        if kind is None:
            row.error("identity_kind", "Unknown identity type.")
            return None, number
    elif not number:
        return IdentityKind.MISSING, number
    try:
        if kind is None:  # no type given: a personnummer, or a samordningsnummer by its day
            kind = parse_swedish(number, today=ctx.today).kind
        parse_identity(kind, number, today=ctx.today)
    except ValidationError as exc:
        row.error("identity_number", exc)
        return None, number
    return kind, number


def _person(row: _Row, ctx: ImportContext) -> ValidPerson | None:
    """The person columns, through the same checks as the registration form."""
    failed = len(row.errors)
    kind, number = _identity(row, ctx)
    birth = row.date("birth_date", ctx.today)
    gender = _GENDERS.get(fold(row.text("legal_gender")))
    if gender is None:
        row.error("legal_gender", "Write M, K or okänt.")
    interpreter_text = fold(row.text("interpreter"))
    if interpreter_text not in _YES | _NO:
        row.error("interpreter", "Write ja or nej.")
    for key, check in (("phone", normalize_phone), ("email", normalize_email)):
        try:
            check(row.text(key))
        except ValidationError as exc:
            row.error(key, exc)
    for key in ("street", "postal_code", "city"):
        if len(row.text(key)) > MAX_TEXT:
            row.error(key, f"At most {MAX_TEXT} characters.")
    if len(row.errors) > failed or kind is None or gender is None:
        return None
    data = PersonInput(
        first_name=row.text("first_name"),
        last_name=row.text("last_name"),
        identity_kind=kind,
        identity_number=number,
        birth_date=birth,
        legal_gender=gender,
        language=row.text("language"),
        interpreter=interpreter_text in _YES,
        phone=row.text("phone"),
        email=row.text("email"),
        address=Address(row.text("street"), row.text("postal_code"), row.text("city")),
    )
    try:
        return validate_person(data, today=ctx.today)
    except ValidationError as exc:
        row.error(_PERSON_FIELDS.get(exc.field or "", "first_name"), exc)
        return None


def _phase(
    row: _Row, ctx: ImportContext, inquiry_on: date | None
) -> tuple[str, date | None, str | None] | None:
    """The current phase, the day it was entered, and the closure reason."""
    phase = phases.INQUIRY
    if row.text("phase"):
        try:
            phase = _lookup(row.text("phase"), ctx.phases, "phase")
        except ValidationError as exc:
            row.error("phase", exc)
            return None
    phase_on = row.date("phase_on", ctx.today)
    reason_text = row.text("closure_reason")
    reason: str | None = None
    if phase == phases.CLOSED and not reason_text:
        row.error("closure_reason", "A closure reason is required to close a case.")
    elif phase != phases.CLOSED and reason_text:
        row.error("closure_reason", "A closure reason is only given when the case is closed.")
    elif reason_text:
        try:
            reason = _lookup(reason_text, ctx.closure_reasons, "closure reason")
        except ValidationError as exc:
            row.error("closure_reason", exc)
    if phase == phases.INQUIRY:
        if phase_on is not None and inquiry_on is not None and phase_on != inquiry_on:
            row.error(
                "phase_on",
                "The inquiry phase starts on the inquiry date; leave the phase date empty.",
            )
        return phase, inquiry_on, None
    if phase_on is None and not row.text("phase_on"):
        row.error("phase_on", "Give the date the case entered this phase.")
    elif phase_on is not None and inquiry_on is not None and phase_on < inquiry_on:
        row.error("phase_on", "The phase date cannot be before the inquiry date.")
    return phase, phase_on, reason


def _responsible(row: _Row, ctx: ImportContext) -> tuple[str | None, str | None]:
    """The responsible case worker's id and the case's team."""
    name = row.text("responsible").strip().lower() or ctx.default_responsible
    worker: CaseWorker | None = None
    if name:
        worker = ctx.case_workers.get(name)
        if worker is None:
            row.error("responsible", "No active case worker has this user name.")
    team_text = row.text("team")
    team: str | None = None
    if team_text:
        try:
            team = ctx.team_rule(team_text)
        except ValidationError as exc:
            row.error("team", exc)
    elif worker is not None:
        team = worker.team
    return (worker.user_id if worker else None), team


def check_row(
    number: int, values: Mapping[str, Cell], ctx: ImportContext
) -> tuple[ImportRow | None, list[RowError]]:
    """Check one data row (``values`` by column key). Every column is checked, so a row
    reports all its problems at once (the person columns up to the first failing rule of
    the registration form)."""
    row = _Row(number, values)
    person = _person(row, ctx)
    referral: str | None = None
    source_text = row.text("referral_source")
    if not source_text:
        row.error("referral_source", "This field is required.")
    else:
        try:
            referral = _lookup(source_text, ctx.referral_sources, "referral source")
        except ValidationError as exc:
            row.error("referral_source", exc)
    inquiry_on = row.date("inquiry_on", ctx.today)
    if inquiry_on is None and not row.text("inquiry_on"):
        row.error("inquiry_on", "This field is required.")
    elif (
        inquiry_on is not None
        and person is not None
        and person.birth_date is not None
        and inquiry_on < person.birth_date
    ):
        row.error("inquiry_on", "The inquiry date cannot be before the birth date.")
    phase = _phase(row, ctx, inquiry_on)
    responsible, team = _responsible(row, ctx)
    if row.errors or person is None or referral is None or inquiry_on is None or phase is None:
        return None, row.errors
    current, phase_on, reason = phase
    assert phase_on is not None  # an error was recorded otherwise
    return (
        ImportRow(
            row=number,
            person=person,
            referral_source=referral,
            inquiry_on=inquiry_on,
            phase=current,
            phase_on=phase_on,
            closure_reason=reason,
            responsible_user_id=responsible,
            team=team,
        ),
        [],
    )


def row_values(
    number: int, cells: Sequence[Cell], header: Sequence[str | None]
) -> tuple[dict[str, Cell], list[RowError]]:
    """A data row's cells by column key; a value under no column is an error."""
    values: dict[str, Cell] = {}
    errors: list[RowError] = []
    for index, cell in enumerate(cells):
        key = header[index] if index < len(header) else None
        if key is not None:
            values[key] = cell
        elif text_of(cell):
            errors.append(
                RowError(number, "", f"A value in column {index + 1}, which has no header.")
            )
    return values, errors


def is_blank(cells: Sequence[Cell]) -> bool:
    return not any(text_of(cell) for cell in cells)


def duplicate_errors(rows: Iterable[ImportRow]) -> list[RowError]:
    """The same Swedish identity number on two rows: each later row names the first."""
    first: dict[str, int] = {}
    errors: list[RowError] = []
    header = COLUMN_BY_KEY["identity_number"].header
    for row in rows:
        identity = row.person.identity
        if not identity.kind.has_swedish_number:
            continue
        earlier = first.setdefault(identity.value, row.row)
        if earlier != row.row:
            errors.append(RowError(row.row, header, f"The same identity number as row {earlier}."))
    return errors


def headers() -> list[str]:
    """The template's header row."""
    return [c.header for c in COLUMNS]
