"""The import file's layout and row checks (pure): headers, cell values, every rule of a
row, and the report's form. Identity numbers only from make_test_number."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from avhopp.domain.code_lists import CLOSURE_REASONS, PHASES, REFERRAL_SOURCES
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.import_format import (
    COLUMNS,
    CaseWorker,
    ImportContext,
    ImportRejectedError,
    RowError,
    check_row,
    code_lookup,
    date_of,
    duplicate_errors,
    fold,
    headers,
    is_blank,
    read_header,
    row_values,
    text_of,
)
from avhopp.domain.person import LegalGender
from avhopp.errors import ValidationError

TODAY = date(2025, 6, 15)
BIRTH = date(1990, 3, 7)
NUMBER = make_test_number(BIRTH, 123)  # odd third serial digit: a man
WOMAN = make_test_number(date(1995, 11, 30), 246)
COORDINATION = make_test_number(date(1988, 4, 12), 357, coordination=True)


def _context(**changes) -> ImportContext:
    values = {
        "today": TODAY,
        "referral_sources": code_lookup((e.code, e.label_sv) for e in REFERRAL_SOURCES),
        "phases": code_lookup((e.code, e.label_sv) for e in PHASES),
        "closure_reasons": code_lookup((e.code, e.label_sv) for e in CLOSURE_REASONS),
        "case_workers": {
            "kalle": CaseWorker("id-kalle", "norr"),
            "lisa": CaseWorker("id-lisa", None),
        },
        "default_responsible": "kalle",
    }
    values.update(changes)
    return ImportContext(**values)


def _values(**changes):
    values = {
        "first_name": "Märta",
        "last_name": "Testsson",
        "identity_number": NUMBER,
        "referral_source": "Polisen",
        "inquiry_on": "2024-01-10",
    }
    values.update(changes)
    return values


def _ok(ctx: ImportContext | None = None, **changes):
    row, errors = check_row(7, _values(**changes), ctx or _context())
    assert errors == []
    assert row is not None
    return row


def _errors(ctx: ImportContext | None = None, **changes) -> list[tuple[str, str]]:
    row, errors = check_row(7, _values(**changes), ctx or _context())
    assert row is None
    assert errors
    assert {e.row for e in errors} == {7}
    return [(e.column, e.message) for e in errors]


# --------------------------------------------------------------------------- header


def test_header_is_case_space_accent_and_star_insensitive_and_takes_aliases():
    cells = [" FÖRNAMN* ", "efternamn", "Personnummer", "aktualiseringskalla", "Källa"]
    with pytest.raises(ImportRejectedError) as caught:
        read_header(cells)  # "Källa" is an alias of Aktualiseringskälla: twice
    assert [(e.row, e.column, e.message) for e in caught.value.errors] == [
        (1, "Källa", "This column appears twice."),
        (1, "Aktualiseringsdatum", "This column is required."),
    ]
    keys = read_header(
        ["Förnamn", "Efternamn", "E-postadress", "Aktualiseringskälla", "Aktualiseringsdatum", None]
    )
    assert keys == ["first_name", "last_name", "email", "referral_source", "inquiry_on", None]


def test_template_headers_are_all_known_and_in_order():
    assert read_header(headers()) == [c.key for c in COLUMNS]
    assert headers()[:2] == ["Förnamn", "Efternamn"]
    assert [c.header for c in COLUMNS if c.required] == [
        "Förnamn",
        "Efternamn",
        "Aktualiseringskälla",
        "Aktualiseringsdatum",
    ]


def test_unknown_and_missing_columns_are_named():
    with pytest.raises(ImportRejectedError) as caught:
        read_header(["Förnamn", "Skostorlek", "Aktualiseringsdatum", "Favoritfärg"])
    assert [(e.column, e.message) for e in caught.value.errors] == [
        ("Skostorlek", "Unknown column."),
        ("Favoritfärg", "Unknown column."),
        ("Efternamn", "This column is required."),
        ("Aktualiseringskälla", "This column is required."),
    ]
    assert caught.value.field == "file"
    assert "4 errors in 1 rows" in caught.value.message


def test_fold():
    assert fold("  Förfrågan /  aktualisering ") == "forfragan / aktualisering"
    assert fold("Kön*") == "kon"


# --------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        ("  Anna ", "Anna"),
        (12345.0, "12345"),
        (199003071234, "199003071234"),
        (1.5, "1.5"),
        (True, "ja"),
        (datetime(2024, 1, 2), "2024-01-02"),
        (date(2024, 1, 2), "2024-01-02"),
    ],
)
def test_text_of(cell, text):
    assert text_of(cell) == text


def test_date_of_takes_excel_dates_and_iso_text_only():
    assert date_of(datetime(2024, 1, 2, 0, 0), today=TODAY) == date(2024, 1, 2)
    assert date_of(date(2024, 1, 2), today=TODAY) == date(2024, 1, 2)
    assert date_of(" 2024-01-02 ", today=TODAY) == date(2024, 1, 2)
    assert date_of("", today=TODAY) is None
    assert date_of(None, today=TODAY) is None
    for bad, message in [
        ("2024-02-30", "This date does not exist."),
        ("2024-13-01", "This date does not exist."),
        ("20240102", "Write the date as YYYY-MM-DD."),
        ("2/1/2024", "Write the date as YYYY-MM-DD."),
        (45000, "Write the date as YYYY-MM-DD."),
        ("2025-06-16", "The date cannot be in the future."),
    ]:
        with pytest.raises(ValidationError) as caught:
            date_of(bad, today=TODAY)
        assert caught.value.message == message


def test_row_values_and_blank_rows():
    header = ["first_name", None, "last_name"]
    values, errors = row_values(5, ["Anna", "", "Test", None], header)
    assert values == {"first_name": "Anna", "last_name": "Test"}
    assert errors == []
    _, errors = row_values(5, ["Anna", "x", "Test", "y"], header)
    assert [e.line() for e in errors] == [
        "rad 5: A value in column 2, which has no header.",
        "rad 5: A value in column 4, which has no header.",
    ]
    assert is_blank(["", None, "  "])
    assert not is_blank(["", 0])


# --------------------------------------------------------------------------- a good row


def test_a_minimal_row():
    row = _ok()
    assert row.row == 7
    assert row.person.first_name == "Märta"
    assert row.person.identity.kind == IdentityKind.PERSONNUMMER
    assert row.person.identity.value == NUMBER
    assert row.person.birth_date == BIRTH
    assert row.person.legal_gender == LegalGender.MALE
    assert row.referral_source == "police"
    assert row.inquiry_on == date(2024, 1, 10)
    assert (row.phase, row.phase_on, row.closure_reason) == ("inquiry", date(2024, 1, 10), None)
    assert [(c.phase, c.entered_on) for c in row.history()] == [("inquiry", date(2024, 1, 10))]
    assert row.decision_on is None
    assert row.closed_on is None
    # The importing case worker and their team by default.
    assert (row.responsible_user_id, row.team) == ("id-kalle", "norr")


def test_all_columns():
    row = _ok(
        identity_kind="Personnummer",
        identity_number=f"{WOMAN[2:8]}-{WOMAN[8:]}",
        birth_date="1995-11-30",
        legal_gender="K",
        language=" arabiska ",
        interpreter="Ja",
        phone="070-174 06 42",
        email="Marta@Example.se",
        street="Storgatan 1",
        postal_code="722 11",
        city="Västerås",
        referral_source="SOCIALTJÄNST (egen kommun)",
        phase="aktivt stöd / genomförande",
        phase_on=datetime(2024, 3, 1),
        responsible="Lisa",
        team="Syd",
    )
    person = row.person
    assert person.identity.value == WOMAN
    assert person.legal_gender == LegalGender.FEMALE
    assert (person.language, person.interpreter) == ("arabiska", True)
    assert person.phone == "+46701740642"
    assert person.email == "Marta@example.se"
    assert (person.address.street, person.address.postal_code, person.address.city) == (
        "Storgatan 1",
        "722 11",
        "Västerås",
    )
    assert row.referral_source == "social_services_own"
    assert row.phase == "active_support"
    assert [(c.phase, c.entered_on) for c in row.history()] == [
        ("inquiry", date(2024, 1, 10)),
        ("active_support", date(2024, 3, 1)),
    ]
    assert row.decision_on == date(2024, 3, 1)
    assert (row.responsible_user_id, row.team) == ("id-lisa", "Syd")  # no team rule given


def test_identity_kinds_and_the_default():
    assert _ok(identity_number=COORDINATION).person.identity.kind == (
        IdentityKind.SAMORDNINGSNUMMER
    )
    assert _ok(identity_number="").person.identity.kind == IdentityKind.MISSING
    for text, kind in [
        ("saknas", IdentityKind.MISSING),
        ("fingerat", IdentityKind.FICTITIOUS),
    ]:
        assert _ok(identity_kind=text, identity_number="").person.identity.kind == kind
    for text, kind in [
        ("utländskt", IdentityKind.FOREIGN),
        ("Reservnummer", IdentityKind.TEMPORARY),
    ]:
        person = _ok(identity_kind=text, identity_number="X-99 12").person
        assert (person.identity.kind, person.identity.value) == (kind, "X-99 12")
    # A 10-digit number read by Excel as a number loses its leading zero: put back.
    born_2005 = make_test_number(date(2005, 2, 3), 555)
    assert _ok(identity_number=int(born_2005[2:])).person.identity.value == born_2005
    assert _ok(identity_number=int(NUMBER)).person.identity.value == NUMBER


def test_closed_and_other_phases():
    row = _ok(phase="Avslutat", phase_on="2024-02-01", closure_reason="Avliden")
    assert (row.phase, row.closure_reason, row.closed_on) == (
        "closed",
        "deceased",
        date(2024, 2, 1),
    )
    assert row.decision_on is None
    assert row.history()[-1].closure_reason == "deceased"
    row = _ok(phase="investigation", phase_on="2024-01-10")  # same day is fine
    assert row.decision_on is None
    assert _ok(phase="inquiry", phase_on="2024-01-10").phase == "inquiry"


def test_responsible_defaults():
    assert _ok(_context(default_responsible=None)).responsible_user_id is None
    assert _ok(_context(default_responsible=None)).team is None
    assert _ok(team="").team == "norr"

    def upper_rule(team):
        if team == "bad":
            raise ValidationError("A team code has 1–40 characters.", field="team")
        return team.upper()

    assert _ok(_context(team_rule=upper_rule), team="syd").team == "SYD"
    assert _errors(_context(team_rule=upper_rule), team="bad") == [
        ("Team", "A team code has 1–40 characters.")
    ]


# --------------------------------------------------------------------------- bad rows


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": "  "}, [("Förnamn", "This field is required.")]),
        ({"last_name": ""}, [("Efternamn", "This field is required.")]),
        (
            {"identity_number": NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10)},
            [("Personnummer", "The identity number has a wrong check digit.")],
        ),
        (
            {"identity_number": "19900230-1234"},
            [("Personnummer", "The identity number has a wrong check digit.")],
        ),
        ({"identity_kind": "pass"}, [("Identitetstyp", "Unknown identity type.")]),
        (
            {"identity_kind": "samordningsnummer"},
            [("Personnummer", "The number is not a samordningsnummer.")],
        ),
        (
            {"identity_kind": "saknas"},
            [
                (
                    "Personnummer",
                    "Leave the number empty when it is missing or the identity is fictitious.",
                )
            ],
        ),
        (
            {"identity_kind": "utländskt", "identity_number": ""},
            [("Personnummer", "Enter the number.")],
        ),
        (
            {"birth_date": "1990-03-08"},
            [("Födelsedatum", "The birth date does not match the identity number.")],
        ),
        ({"birth_date": "1990-02-30"}, [("Födelsedatum", "This date does not exist.")]),
        ({"legal_gender": "X"}, [("Kön", "Write M, K or okänt.")]),
        ({"interpreter": "kanske"}, [("Tolk", "Write ja or nej.")]),
        ({"phone": "12"}, [("Telefon", "This is not a valid phone number.")]),
        ({"email": "inte en adress"}, [("E-post", "This is not a valid e-mail address.")]),
        ({"city": "x" * 501}, [("Ort", "At most 500 characters.")]),
        ({"referral_source": ""}, [("Aktualiseringskälla", "This field is required.")]),
        (
            {"referral_source": "Grannen"},
            [
                (
                    "Aktualiseringskälla",
                    "'Grannen' is not an active entry of the referral source list.",
                )
            ],
        ),
        ({"inquiry_on": ""}, [("Aktualiseringsdatum", "This field is required.")]),
        (
            {"inquiry_on": "2025-06-16"},
            [("Aktualiseringsdatum", "The date cannot be in the future.")],
        ),
        (
            {"inquiry_on": "1989-12-31"},
            [("Aktualiseringsdatum", "The inquiry date cannot be before the birth date.")],
        ),
        (
            {"phase": "Mellanfas"},
            [("Fas", "'Mellanfas' is not an active entry of the phase list.")],
        ),
        ({"phase": "protection"}, [("Fasdatum", "Give the date the case entered this phase.")]),
        (
            {"phase": "protection", "phase_on": "2024-01-09"},
            [("Fasdatum", "The phase date cannot be before the inquiry date.")],
        ),
        (
            {"phase": "protection", "phase_on": "2030-01-01"},
            [("Fasdatum", "The date cannot be in the future.")],
        ),
        (
            {"phase_on": "2024-02-01"},
            [
                (
                    "Fasdatum",
                    "The inquiry phase starts on the inquiry date; leave the phase date empty.",
                )
            ],
        ),
        (
            {"phase": "closed", "phase_on": "2024-02-01"},
            [("Avslutsorsak", "A closure reason is required to close a case.")],
        ),
        (
            {"phase": "aftercare", "phase_on": "2024-02-01", "closure_reason": "completed"},
            [("Avslutsorsak", "A closure reason is only given when the case is closed.")],
        ),
        (
            {"phase": "closed", "phase_on": "2024-02-01", "closure_reason": "tröttnade"},
            [
                (
                    "Avslutsorsak",
                    "'tröttnade' is not an active entry of the closure reason list.",
                )
            ],
        ),
        (
            {"responsible": "okand.person"},
            [("Ansvarig handläggare", "No active case worker has this user name.")],
        ),
    ],
)
def test_each_rule_names_its_column(changes, expected):
    assert _errors(**changes) == expected


def test_a_row_reports_all_its_problems_at_once():
    assert _errors(
        identity_number="19900307-0000",
        referral_source="Grannen",
        inquiry_on="10/1/2024",
        phase="closed",
        phase_on="2024-02-01",
    ) == [
        ("Personnummer", "The identity number has a wrong check digit."),
        ("Aktualiseringskälla", "'Grannen' is not an active entry of the referral source list."),
        ("Aktualiseringsdatum", "Write the date as YYYY-MM-DD."),
        ("Avslutsorsak", "A closure reason is required to close a case."),
    ]


def test_an_inactive_code_is_refused():
    sources = code_lookup((e.code, e.label_sv) for e in REFERRAL_SOURCES if e.code != "school")
    ctx = _context(referral_sources=sources)
    assert _errors(ctx, referral_source="Skola") == [
        ("Aktualiseringskälla", "'Skola' is not an active entry of the referral source list.")
    ]
    assert _errors(ctx, referral_source="school")


def test_duplicates_in_the_file_name_the_first_row():
    rows = [
        check_row(number, _values(identity_number=number_), _context())[0]
        for number, number_ in [(2, NUMBER), (3, WOMAN), (4, NUMBER), (5, ""), (6, ""), (9, NUMBER)]
    ]
    assert [e.line() for e in duplicate_errors(rows)] == [
        "rad 4, Personnummer: The same identity number as row 2.",
        "rad 9, Personnummer: The same identity number as row 2.",
    ]


def test_the_report_is_in_row_order():
    error = ImportRejectedError(
        [RowError(9, "Fas", "b"), RowError(3, "", "a"), RowError(9, "Kön", "c")]
    )
    assert [e.line() for e in error.errors] == ["rad 3: a", "rad 9, Fas: b", "rad 9, Kön: c"]
    assert error.message == "The import was refused: 3 errors in 2 rows. Nothing was imported."
    assert isinstance(error, ValidationError)
