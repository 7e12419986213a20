"""Swedish identity numbers: personnummer and samordningsnummer (DOMAIN.md §3).

Validation is done by the maintained ``personnummer`` library; this module adds the reasons a
case worker needs to see ("wrong check digit", "impossible date") and the kinds of record that
have no valid number (missing, foreign, fictitious, temporary). Numbers are stored as 12
digits (YYYYMMDDNNNC). Never use real numbers in tests or demo data: generate them.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

import personnummer.personnummer as _pnr

from avhopp.errors import ValidationError


class IdentityKind(enum.StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    MISSING = "missing"
    FOREIGN = "foreign"
    FICTITIOUS = "fictitious"  # fingerade personuppgifter
    TEMPORARY = "temporary"  # reservnummer of a region or agency

    @property
    def has_swedish_number(self) -> bool:
        return self in (IdentityKind.PERSONNUMMER, IdentityKind.SAMORDNINGSNUMMER)


@dataclass(frozen=True)
class IdentityNumber:
    kind: IdentityKind
    #: 12 digits for a personnummer or samordningsnummer; free text (foreign/temporary) or
    #: empty otherwise.
    value: str
    birth_date: date | None = None
    #: "M" or "F" from the serial's third digit (legal gender at registration), or None.
    legal_gender: str | None = None

    def display(self) -> str:
        """YYYYMMDD-NNNN for Swedish numbers (12 digits with a dash)."""
        if self.kind.has_swedish_number:
            return f"{self.value[:8]}-{self.value[8:]}"
        return self.value


#: Nobody in a case is older than this: a century typo (0990…, 1090…) is refused.
MAX_AGE_YEARS = 130
_DIGITS = re.compile(r"^(\d{6}|\d{8})([-+]?)(\d{4})$")


def luhn_check_digit(nine_digits: str) -> int:
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def parse_swedish(text: str, *, today: date) -> IdentityNumber:
    """A personnummer or samordningsnummer in any usual form (10 or 12 digits, with or without
    '-' or '+').

    Raises:
        ValidationError: on the field ``identity_number``, saying what is wrong.
    """
    cleaned = "".join(text.split())
    match = _DIGITS.match(cleaned)
    if not match:
        raise ValidationError(
            "An identity number has 10 or 12 digits (YYMMDD-NNNN or YYYYMMDD-NNNN).",
            field="identity_number",
        )
    date_part, _separator, serial = match.groups()
    ten = date_part[-6:] + serial
    if luhn_check_digit(ten[:9]) != int(ten[9]):
        raise ValidationError(
            "The identity number has a wrong check digit.", field="identity_number"
        )
    if serial[:3] == "000":
        raise ValidationError(
            "The identity number has an invalid serial number (000).", field="identity_number"
        )
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    coordination = day > 60
    real_day = day - 60 if coordination else day
    if coordination and not 1 <= real_day <= 31:
        raise ValidationError(
            "A samordningsnummer has a day between 61 and 91.", field="identity_number"
        )
    if not 1 <= month <= 12 or not 1 <= real_day <= 31:
        raise ValidationError(
            "The identity number has an impossible date.", field="identity_number"
        )
    try:
        parsed = _pnr.Personnummer(cleaned)
        birth = parsed.get_date()
    except (_pnr.PersonnummerException, ValueError):
        raise ValidationError(
            "The identity number has an impossible date.", field="identity_number"
        ) from None
    if birth > today:
        raise ValidationError(
            "The identity number has a birth date in the future.", field="identity_number"
        )
    if birth.year < today.year - MAX_AGE_YEARS:
        raise ValidationError(
            "The identity number has an impossible date.", field="identity_number"
        )
    digits = f"{birth.year:04d}{date_part[-4:]}{serial}"
    return IdentityNumber(
        kind=IdentityKind.SAMORDNINGSNUMMER if coordination else IdentityKind.PERSONNUMMER,
        value=digits,
        birth_date=birth,
        legal_gender="F" if parsed.is_female() else "M",
    )


def parse_identity(kind: IdentityKind, text: str, *, today: date) -> IdentityNumber:
    """An identity of any kind. Swedish numbers are validated; a foreign or temporary number
    is kept as typed (trimmed); missing and fictitious carry no number.

    Raises:
        ValidationError: on the field ``identity_number``.
    """
    if kind.has_swedish_number:
        number = parse_swedish(text, today=today)
        if number.kind != kind:
            expected = (
                "samordningsnummer" if kind == IdentityKind.SAMORDNINGSNUMMER else "personnummer"
            )
            raise ValidationError(
                "The number is not a {expected}.", field="identity_number", expected=expected
            )
        return number
    value = " ".join(text.split())
    if kind in (IdentityKind.MISSING, IdentityKind.FICTITIOUS):
        if value:
            raise ValidationError(
                "Leave the number empty when it is missing or the identity is fictitious.",
                field="identity_number",
            )
        return IdentityNumber(kind=kind, value="")
    if not value:
        raise ValidationError("Enter the number.", field="identity_number")
    if len(value) > 40:
        raise ValidationError(
            "The number is too long (at most 40 characters).", field="identity_number"
        )
    return IdentityNumber(kind=kind, value=value)


def make_test_number(birth: date, serial3: int, *, coordination: bool = False) -> str:
    """A valid 12-digit number for tests and demo data (never a real person's by intent:
    pair it with invented names only, and prefer Skatteverket's published test series)."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial3:03d}"
    return f"{birth:%Y%m}{day:02d}{serial3:03d}{luhn_check_digit(nine)}"
