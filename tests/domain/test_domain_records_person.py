"""Person records (personakt): every check names its field; values come out normalized."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.domain import person as person_module
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import (
    MAX_NAME,
    MAX_TEXT,
    Address,
    Guardian,
    LegalGender,
    PersonInput,
    ProtectionLevel,
    age_on,
    normalize_email,
    normalize_phone,
    validate_person,
)
from avhopp.errors import ValidationError

TODAY = date(2025, 6, 15)
ADULT_BIRTH = date(1990, 3, 7)
CHILD_BIRTH = date(2010, 8, 20)
# PTS reserves 070-174 06 05 to 070-174 06 99 for fiction.
FICTION_PHONE = "070-174 06 42"


def _refused(data: PersonInput, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_person(data, today=TODAY)
    assert caught.value.field == field, caught.value.message
    return caught.value


def test_minimal_person() -> None:
    valid = validate_person(PersonInput("  Märta ", " Hemligs   dotter "), today=TODAY)
    assert (valid.first_name, valid.last_name) == ("Märta", "Hemligs dotter")
    assert valid.identity.kind == IdentityKind.MISSING
    assert valid.birth_date is None
    assert valid.legal_gender == LegalGender.UNKNOWN
    assert (valid.phone, valid.email) == ("", "")
    assert valid.address == Address()
    assert valid.address.is_empty()
    assert valid.guardians == ()


def test_full_person_is_normalized() -> None:
    number = make_test_number(ADULT_BIRTH, 124)
    valid = validate_person(
        PersonInput(
            first_name="Märta",
            last_name="Hemligsdotter",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=f"{number[2:8]}-{number[8:]}",
            language="  arabiska ",
            interpreter=True,
            phone=FICTION_PHONE,
            email="Marta@Exempel.SE",
            address=Address(street=" Storgatan  1 ", postal_code="722 11", city="Västerås"),
            protection=ProtectionLevel.PROTECTED_REGISTRATION,
            protection_until=TODAY,
        ),
        today=TODAY,
    )
    assert valid.identity.value == number
    assert valid.birth_date == ADULT_BIRTH  # taken from the number
    assert valid.legal_gender == LegalGender.FEMALE  # taken from the number
    assert valid.language == "arabiska"
    assert valid.interpreter is True
    assert valid.phone == "+46701740642"
    assert valid.email == "Marta@exempel.se"
    assert valid.address == Address("Storgatan 1", "722 11", "Västerås")
    assert not valid.address.is_empty()
    assert valid.protection == ProtectionLevel.PROTECTED_REGISTRATION
    assert valid.protection_until == TODAY


def test_given_gender_wins_over_the_number() -> None:
    number = make_test_number(ADULT_BIRTH, 124)
    valid = validate_person(
        PersonInput(
            "A",
            "B",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=number,
            birth_date=ADULT_BIRTH,
            legal_gender=LegalGender.MALE,
        ),
        today=TODAY,
    )
    assert valid.legal_gender == LegalGender.MALE
    assert valid.birth_date == ADULT_BIRTH


@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_names_are_required_and_bounded(field: str) -> None:
    values = {"first_name": "Märta", "last_name": "Hemligsdotter"}
    _refused(PersonInput(**{**values, field: "   "}), field)
    _refused(PersonInput(**{**values, field: "x" * (MAX_NAME + 1)}), field)
    assert validate_person(PersonInput(**{**values, field: "x" * MAX_NAME}), today=TODAY)


def test_optional_name_may_be_empty() -> None:
    assert person_module._name("  ", "nickname", required=False) == ""


def test_invalid_identity_number_names_the_field() -> None:
    number = make_test_number(ADULT_BIRTH, 123)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    _refused(
        PersonInput("A", "B", identity_kind=IdentityKind.PERSONNUMMER, identity_number=wrong),
        "identity_number",
    )


def test_birth_date_must_match_the_number() -> None:
    number = make_test_number(ADULT_BIRTH, 123)
    _refused(
        PersonInput(
            "A",
            "B",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=number,
            birth_date=ADULT_BIRTH + timedelta(days=1),
        ),
        "birth_date",
    )


def test_birth_date_in_the_future_is_refused() -> None:
    _refused(PersonInput("A", "B", birth_date=TODAY + timedelta(days=1)), "birth_date")
    assert validate_person(PersonInput("A", "B", birth_date=TODAY), today=TODAY)


def test_protection_end_needs_a_level_and_a_future_date() -> None:
    _refused(PersonInput("A", "B", protection_until=TODAY), "protection_until")
    _refused(
        PersonInput(
            "A",
            "B",
            protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
            protection_until=TODAY - timedelta(days=1),
        ),
        "protection_until",
    )


@pytest.mark.parametrize(
    ("phone", "field"),
    [("not a number", "phone"), ("0701", "phone"), ("070-12", "phone")],
)
def test_bad_phone_is_refused(phone: str, field: str) -> None:
    _refused(PersonInput("A", "B", phone=phone), field)


@pytest.mark.parametrize("email", ["nope", "a@b", "märta@", "@exempel.se", "a b@exempel.se"])
def test_bad_email_is_refused(email: str) -> None:
    _refused(PersonInput("A", "B", email=email), "email")


def test_guardians_only_for_children() -> None:
    guardian = Guardian(name=" Mamma  Hemligsdotter ", phone=FICTION_PHONE, relation=" mor ")
    child = validate_person(
        PersonInput("A", "B", birth_date=CHILD_BIRTH, guardians=(guardian,)), today=TODAY
    )
    assert child.guardians == (Guardian("Mamma Hemligsdotter", "+46701740642", "mor"),)
    _refused(PersonInput("A", "B", birth_date=ADULT_BIRTH, guardians=(guardian,)), "guardians")
    # An 18th birthday today makes an adult.
    eighteen = date(TODAY.year - 18, TODAY.month, TODAY.day)
    _refused(PersonInput("A", "B", birth_date=eighteen, guardians=(guardian,)), "guardians")
    # Without a birth date the guardian is kept (the age is unknown).
    unknown = validate_person(PersonInput("A", "B", guardians=(guardian,)), today=TODAY)
    assert len(unknown.guardians) == 1


@pytest.mark.parametrize(
    "guardian",
    [Guardian(name=" "), Guardian(name="G", phone="abc"), Guardian(name="G", relation="x" * 501)],
)
def test_bad_guardian_names_the_guardians_field(guardian: Guardian) -> None:
    _refused(PersonInput("A", "B", birth_date=CHILD_BIRTH, guardians=(guardian,)), "guardians")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput("A", "B", language="x" * (MAX_TEXT + 1)), "language"),
        (PersonInput("A", "B", address=Address(street="x" * (MAX_TEXT + 1))), "address"),
        (PersonInput("A", "B", address=Address(postal_code="x" * (MAX_TEXT + 1))), "address"),
        (PersonInput("A", "B", address=Address(city="x" * (MAX_TEXT + 1))), "address"),
    ],
)
def test_long_texts_are_refused(data: PersonInput, field: str) -> None:
    _refused(data, field)


def test_phone_and_email_normalizers() -> None:
    assert normalize_phone("   ") == ""
    assert normalize_phone("+46 70 174 06 42") == "+46701740642"
    assert normalize_phone("+1 202 555 0143") == "+12025550143"
    with pytest.raises(ValidationError) as caught:
        normalize_phone("abc", "guardians")
    assert caught.value.field == "guardians"
    assert normalize_email("  ") == ""
    assert normalize_email(" x@Exempel.SE ") == "x@exempel.se"


def test_age_on() -> None:
    assert age_on(date(2000, 6, 15), date(2018, 6, 14)) == 17
    assert age_on(date(2000, 6, 15), date(2018, 6, 15)) == 18
    assert age_on(date(2000, 2, 29), date(2018, 2, 28)) == 17
    assert age_on(date(2000, 2, 29), date(2018, 3, 1)) == 18


@settings(max_examples=200, deadline=None)
@given(subscriber=st.integers(min_value=5, max_value=99))
def test_phone_normalization_is_idempotent(subscriber: int) -> None:
    typed = f"070-174 06 {subscriber:02d}"
    once = normalize_phone(typed)
    assert once == f"+467017406{subscriber:02d}"
    assert normalize_phone(once) == once
