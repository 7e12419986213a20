"""Identity numbers (DOMAIN.md §3): personnummer and samordningsnummer, the other kinds, and the
test-number generator. Numbers are generated with `make_test_number`, never real ones."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.domain.identity import (
    IdentityKind,
    IdentityNumber,
    luhn_check_digit,
    make_test_number,
    parse_identity,
    parse_swedish,
)
from avhopp.errors import ValidationError

TODAY = date(2025, 6, 15)
BIRTH = date(1990, 3, 7)


def _with_check_digit(yymmdd: str, serial3: str) -> str:
    """A 10-digit number with a correct Luhn digit, whatever the date part says."""
    nine = yymmdd + serial3
    return f"{nine}{luhn_check_digit(nine)}"


def _outcome(text: str) -> IdentityNumber | ValidationError:
    """The parsed number, or the refusal (for properties that accept either)."""
    try:
        return parse_swedish(text, today=TODAY)
    except ValidationError as error:
        return error


def _refused(text: str, *, today: date = TODAY) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_swedish(text, today=today)
    assert caught.value.field == "identity_number"
    return caught.value


# ---- parse_swedish: accepted forms


def test_twelve_digits_parse_to_number_date_and_gender() -> None:
    number = make_test_number(BIRTH, 123)
    parsed = parse_swedish(number, today=TODAY)
    assert parsed == IdentityNumber(
        kind=IdentityKind.PERSONNUMMER, value=number, birth_date=BIRTH, legal_gender="M"
    )


@pytest.mark.parametrize(
    "form",
    [
        lambda n: n,  # YYYYMMDDNNNC
        lambda n: f"{n[:8]}-{n[8:]}",  # YYYYMMDD-NNNC
        lambda n: n[2:],  # YYMMDDNNNC
        lambda n: f"{n[2:8]}-{n[8:]}",  # YYMMDD-NNNC
        lambda n: f" {n[2:8]} - {n[8:]} ",  # spaces typed around
    ],
)
def test_every_usual_form_gives_the_same_twelve_digits(form) -> None:
    number = make_test_number(BIRTH, 242)
    assert parse_swedish(form(number), today=TODAY).value == number


def test_even_third_serial_digit_is_female() -> None:
    parsed = parse_swedish(make_test_number(BIRTH, 124), today=TODAY)
    assert parsed.legal_gender == "F"


def test_plus_separator_means_a_hundred_years_or_older() -> None:
    number = make_test_number(date(1920, 5, 17), 331)
    parsed = parse_swedish(f"{number[2:8]}+{number[8:]}", today=TODAY)
    assert parsed.birth_date == date(1920, 5, 17)
    assert parsed.value == number


def test_samordningsnummer_is_day_plus_sixty() -> None:
    number = make_test_number(BIRTH, 456, coordination=True)
    assert number[6:8] == "67"
    parsed = parse_swedish(number, today=TODAY)
    assert parsed.kind == IdentityKind.SAMORDNINGSNUMMER
    assert parsed.birth_date == BIRTH
    assert parsed.value == number
    assert parsed.display() == f"{number[:8]}-{number[8:]}"


def test_serial_000_is_refused() -> None:
    _refused(make_test_number(BIRTH, 0))


def test_born_today_is_accepted() -> None:
    parsed = parse_swedish(make_test_number(TODAY, 101), today=TODAY)
    assert parsed.birth_date == TODAY


# ---- parse_swedish: refusals, each naming identity_number


@pytest.mark.parametrize(
    "text",
    ["", "abc", "19900307", "1990030712345", "900307/1234", "19900307-12a4", "9003071-234"],
)
def test_malformed_text_is_refused(text: str) -> None:
    assert "10 or 12 digits" in _refused(text).message


def test_wrong_check_digit_is_refused() -> None:
    number = make_test_number(BIRTH, 123)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert "check digit" in _refused(wrong).message


@pytest.mark.parametrize(
    ("yymmdd", "why"),
    [
        ("901307", "month 13"),
        ("900007", "month 00"),
        ("900100", "day 00"),
        ("900132", "day 32"),
        ("900145", "day 45 is neither a day nor a samordningsnummer"),
        ("900230", "30 February"),
        ("890229", "29 February in a common year"),
        ("900431", "31 April"),
        ("900290", "30 February as a samordningsnummer"),
    ],
)
def test_impossible_dates_are_refused(yymmdd: str, why: str) -> None:
    assert "impossible date" in _refused(_with_check_digit(yymmdd, "123")).message, why


@pytest.mark.parametrize("day", ["92", "99"])
def test_samordningsnummer_day_out_of_range_is_refused(day: str) -> None:
    error = _refused(_with_check_digit(f"9001{day}", "123"))
    assert "samordningsnummer" in error.message


def test_leap_day_is_accepted_in_a_leap_year() -> None:
    parsed = parse_swedish(_with_check_digit("000229", "123"), today=TODAY)
    assert parsed.birth_date == date(2000, 2, 29)


def test_birth_date_in_the_future_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    assert "future" in _refused(make_test_number(tomorrow, 123)).message


def test_ten_digits_never_land_in_the_future() -> None:
    """YYMMDD is read as the most recent past century."""
    number = make_test_number(date(1999, 12, 31), 123)
    assert parse_swedish(number[2:], today=TODAY).birth_date == date(1999, 12, 31)


def test_a_twelve_digit_number_is_stored_with_twelve_digits_even_before_year_1000() -> None:
    """A typo in the century (1990 -> 0990) must not be stored as an 11-digit "number".

    DOMAIN.md §3: 12 digits are stored. ``parse_swedish`` builds the value with
    ``f"{birth:%Y}"``, which glibc does not zero-pad, and accepts birth year 990.
    """
    typo = "0" + make_test_number(BIRTH, 123)[1:]
    parsed = _outcome(typo)
    if isinstance(parsed, ValidationError):
        assert parsed.field == "identity_number"
        return
    assert len(parsed.value) == 12, parsed
    assert parsed.value == typo


# ---- parse_identity


def test_parse_identity_checks_swedish_kinds() -> None:
    number = make_test_number(BIRTH, 123)
    assert parse_identity(IdentityKind.PERSONNUMMER, number, today=TODAY).value == number
    coordination = make_test_number(BIRTH, 123, coordination=True)
    parsed = parse_identity(IdentityKind.SAMORDNINGSNUMMER, coordination, today=TODAY)
    assert parsed.kind == IdentityKind.SAMORDNINGSNUMMER


@pytest.mark.parametrize(
    ("kind", "coordination", "expected"),
    [
        (IdentityKind.SAMORDNINGSNUMMER, False, "samordningsnummer"),
        (IdentityKind.PERSONNUMMER, True, "personnummer"),
    ],
)
def test_parse_identity_refuses_the_other_swedish_kind(kind, coordination, expected) -> None:
    number = make_test_number(BIRTH, 123, coordination=coordination)
    with pytest.raises(ValidationError) as caught:
        parse_identity(kind, number, today=TODAY)
    assert caught.value.field == "identity_number"
    assert caught.value.message == f"The number is not a {expected}."


@pytest.mark.parametrize("kind", [IdentityKind.MISSING, IdentityKind.FICTITIOUS])
def test_missing_and_fictitious_carry_no_number(kind: IdentityKind) -> None:
    assert parse_identity(kind, "  ", today=TODAY) == IdentityNumber(kind=kind, value="")
    with pytest.raises(ValidationError) as caught:
        parse_identity(kind, "123", today=TODAY)
    assert caught.value.field == "identity_number"


@pytest.mark.parametrize("kind", [IdentityKind.FOREIGN, IdentityKind.TEMPORARY])
def test_foreign_and_temporary_numbers_are_kept_as_typed(kind: IdentityKind) -> None:
    parsed = parse_identity(kind, "  DE  12345   678 ", today=TODAY)
    assert parsed == IdentityNumber(kind=kind, value="DE 12345 678")
    assert parsed.display() == "DE 12345 678"
    assert parse_identity(kind, "x" * 40, today=TODAY).value == "x" * 40
    for bad, words in (("   ", "Enter"), ("x" * 41, "too long")):
        with pytest.raises(ValidationError) as caught:
            parse_identity(kind, bad, today=TODAY)
        assert caught.value.field == "identity_number"
        assert words in caught.value.message


def test_has_swedish_number() -> None:
    assert {k for k in IdentityKind if k.has_swedish_number} == {
        IdentityKind.PERSONNUMMER,
        IdentityKind.SAMORDNINGSNUMMER,
    }


def test_luhn_matches_a_hand_computed_digit() -> None:
    # 811218-987: 8*2=16->7, 1, 1*2=2, 2, 1*2=2, 8, 9*2=18->9, 8, 7*2=14->5 -> 44 -> 6
    assert luhn_check_digit("811218987") == 6
    assert luhn_check_digit("000000000") == 0


# ---- properties

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
# Serial 000 is never issued (the validator refuses it): generated numbers use 001-999.
serials = st.integers(min_value=1, max_value=999)


@settings(max_examples=300, deadline=None)
@given(birth=birth_dates, serial=serials, coordination=st.booleans())
def test_every_generated_number_parses_back(birth: date, serial: int, coordination: bool) -> None:
    number = make_test_number(birth, serial, coordination=coordination)
    assert len(number) == 12
    assert number.isdigit()
    parsed = parse_swedish(number, today=TODAY)
    assert parsed.value == number
    assert parsed.birth_date == birth
    assert parsed.kind == (
        IdentityKind.SAMORDNINGSNUMMER if coordination else IdentityKind.PERSONNUMMER
    )
    assert parsed.legal_gender == ("F" if serial % 2 == 0 else "M")
    # The dashed 12-digit display parses back too.
    assert parse_swedish(parsed.display(), today=TODAY) == parsed


@settings(max_examples=150, deadline=None)
@given(birth=birth_dates, serial=serials, coordination=st.booleans())
def test_every_single_digit_change_is_refused_or_another_valid_number(
    birth: date, serial: int, coordination: bool
) -> None:
    number = make_test_number(birth, serial, coordination=coordination)
    for position in range(12):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            changed = number[:position] + digit + number[position + 1 :]
            parsed = _outcome(changed)
            if isinstance(parsed, ValidationError):
                assert parsed.field == "identity_number"
                continue
            # Luhn catches every single-digit change in the last ten digits: only the century
            # can change unnoticed, and then it is a different, well-formed number.
            assert position < 2, changed
            assert parsed.value != number
            assert parsed.value == changed, (changed, parsed)
            assert parsed.birth_date is not None
            assert parsed.birth_date <= TODAY
