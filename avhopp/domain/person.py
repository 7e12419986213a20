"""A person record (personakt): validation of what a case worker types.

Each check raises :class:`~avhopp.errors.ValidationError` naming the field, so a form can show
the message next to it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from avhopp.domain.identity import IdentityKind, IdentityNumber, parse_identity
from avhopp.errors import ValidationError

MAX_NAME = 100
MAX_TEXT = 500


class ProtectionLevel(enum.StrEnum):
    """Protected personal data (DOMAIN.md §3)."""

    CONFIDENTIALITY_MARKING = "sekretessmarkering"
    PROTECTED_REGISTRATION = "skyddad_folkbokforing"
    FICTITIOUS_IDENTITY = "fingerade_personuppgifter"


class LegalGender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "U"


@dataclass(frozen=True)
class Address:
    street: str = ""
    postal_code: str = ""
    city: str = ""

    def is_empty(self) -> bool:
        return not (self.street or self.postal_code or self.city)


@dataclass(frozen=True)
class Guardian:
    name: str
    phone: str = ""
    relation: str = ""


@dataclass(frozen=True)
class PersonInput:
    """What a form or an import hands to the person service (plain values)."""

    first_name: str
    last_name: str
    identity_kind: IdentityKind = IdentityKind.MISSING
    identity_number: str = ""
    birth_date: date | None = None
    legal_gender: LegalGender = LegalGender.UNKNOWN
    language: str = ""
    interpreter: bool = False
    phone: str = ""
    email: str = ""
    address: Address = field(default_factory=Address)
    protection: ProtectionLevel | None = None
    protection_until: date | None = None
    guardians: tuple[Guardian, ...] = ()


@dataclass(frozen=True)
class ValidPerson:
    """A checked, normalized person (phone in E.164, e-mail normalized, number as 12
    digits)."""

    first_name: str
    last_name: str
    identity: IdentityNumber
    birth_date: date | None
    legal_gender: LegalGender
    language: str
    interpreter: bool
    phone: str
    email: str
    address: Address
    protection: ProtectionLevel | None
    protection_until: date | None
    guardians: tuple[Guardian, ...]


def _name(value: str, field_name: str, *, required: bool = True) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError("This field is required.", field=field_name)
    if len(cleaned) > MAX_NAME:
        raise ValidationError("At most {n} characters.", field=field_name, n=MAX_NAME)
    return cleaned


def _text(value: str, field_name: str) -> str:
    cleaned = " ".join(value.split())
    if len(cleaned) > MAX_TEXT:
        raise ValidationError("At most {n} characters.", field=field_name, n=MAX_TEXT)
    return cleaned


def normalize_phone(value: str, field_name: str = "phone") -> str:
    """E.164 (+46701234567); Swedish numbers may be typed the Swedish way (070-123 45 67).

    Raises:
        ValidationError: not a possible phone number.
    """
    if not value.strip():
        return ""
    try:
        number = phonenumbers.parse(value, "SE")
    except phonenumbers.NumberParseException:
        raise ValidationError("This is not a phone number.", field=field_name) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("This is not a valid phone number.", field=field_name)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def normalize_email(value: str, field_name: str = "email") -> str:
    """Raises:
    ValidationError: not a syntactically valid address (no network look-up is made).
    """
    if not value.strip():
        return ""
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError("This is not a valid e-mail address.", field=field_name) from None
    return str(result.normalized)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate_person(data: PersonInput, *, today: date) -> ValidPerson:
    """Check and normalize a person record.

    Raises:
        ValidationError: naming the first field that is wrong.
    """
    first = _name(data.first_name, "first_name")
    last = _name(data.last_name, "last_name")
    identity = parse_identity(data.identity_kind, data.identity_number, today=today)
    birth = data.birth_date
    if identity.birth_date is not None:
        if birth is not None and birth != identity.birth_date:
            raise ValidationError(
                "The birth date does not match the identity number.", field="birth_date"
            )
        birth = identity.birth_date
    if birth is not None and birth > today:
        raise ValidationError("The birth date cannot be in the future.", field="birth_date")
    gender = data.legal_gender
    if identity.legal_gender is not None and gender == LegalGender.UNKNOWN:
        gender = LegalGender(identity.legal_gender)
    if data.protection is None and data.protection_until is not None:
        raise ValidationError(
            "Give a protection level for the end date to apply to.", field="protection_until"
        )
    if data.protection_until is not None and data.protection_until < today:
        raise ValidationError("The protection cannot end in the past.", field="protection_until")
    guardians = tuple(
        Guardian(
            name=_name(g.name, "guardians"),
            phone=normalize_phone(g.phone, "guardians"),
            relation=_text(g.relation, "guardians"),
        )
        for g in data.guardians
    )
    if guardians and birth is not None and age_on(birth, today) >= 18:
        raise ValidationError(
            "Guardians are recorded only for participants under 18.", field="guardians"
        )
    address = Address(
        street=_text(data.address.street, "address"),
        postal_code=_text(data.address.postal_code, "address"),
        city=_text(data.address.city, "address"),
    )
    return ValidPerson(
        first_name=first,
        last_name=last,
        identity=identity,
        birth_date=birth,
        legal_gender=gender,
        language=_text(data.language, "language"),
        interpreter=data.interpreter,
        phone=normalize_phone(data.phone),
        email=normalize_email(data.email),
        address=address,
        protection=data.protection,
        protection_until=data.protection_until,
        guardians=guardians,
    )
