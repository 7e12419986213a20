"""Unit settings: defaults, ranges, cleaning, and stored payloads read back leniently."""

from __future__ import annotations

from dataclasses import replace

import pytest

from avhopp.domain import passphrase_policy
from avhopp.domain import settings as rules
from avhopp.domain.settings import UnitSettings, encode_logo, logo_bytes, validate_settings
from avhopp.errors import ValidationError


def refused(settings: UnitSettings, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_settings(settings)
    assert caught.value.field == field, caught.value.message
    return caught.value


def test_defaults_are_valid_and_follow_the_passphrase_policy() -> None:
    defaults = UnitSettings()
    assert validate_settings(defaults) == defaults
    assert defaults.suppression_threshold == 5
    assert defaults.idle_lock_minutes == 10
    assert defaults.passphrase_min_length == passphrase_policy.DEFAULT_MIN_LENGTH == 15
    assert rules.PASSPHRASE_MIN_LENGTH_RANGE[0] == passphrase_policy.MIN_LENGTH_FLOOR == 12
    assert defaults.backup_folder is None
    assert (defaults.municipality, defaults.controller, defaults.data_protection_officer) == (
        "",
        "",
        "",
    )
    assert set(rules._CHECKS) == set(rules.FIELDS)  # every field is checked


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [
        ("suppression_threshold", 3, 20),
        ("idle_lock_minutes", 1, 120),
        ("passphrase_min_length", 12, 64),
    ],
)
def test_whole_numbers_within_their_range(field: str, low: int, high: int) -> None:
    for ok in (low, high):
        assert getattr(validate_settings(replace(UnitSettings(), **{field: ok})), field) == ok
    for bad in (low - 1, high + 1, True, "7", 7.0):
        error = refused(replace(UnitSettings(), **{field: bad}), field)
        assert error.message == f"Choose a whole number from {low} to {high}."


def test_texts_are_trimmed_and_limited() -> None:
    cleaned = validate_settings(
        UnitSettings(
            municipality="  Västerås   stad ",
            controller="Socialnämnden\ti Västerås",
            data_protection_officer=" Dataskyddsombudet ",
        )
    )
    assert cleaned.municipality == "Västerås stad"
    assert cleaned.controller == "Socialnämnden i Västerås"
    assert cleaned.data_protection_officer == "Dataskyddsombudet"
    for field in rules.TEXT_FIELDS:
        assert getattr(validate_settings(replace(UnitSettings(), **{field: "x" * 200})), field)
        error = refused(replace(UnitSettings(), **{field: "x" * 201}), field)
        assert error.message == "At most 200 characters."
        refused(replace(UnitSettings(), **{field: None}), field)


@pytest.mark.parametrize(
    "folder", ["/var/backups/avhopp", "D:\\Avhopp\\backup", "\\\\server\\share\\avhopp"]
)
def test_an_absolute_backup_folder_is_kept(folder: str) -> None:
    assert validate_settings(UnitSettings(backup_folder=f" {folder} ")).backup_folder == folder


@pytest.mark.parametrize("folder", [None, "", "   "])
def test_an_empty_backup_folder_means_none(folder: str | None) -> None:
    assert validate_settings(UnitSettings(backup_folder=folder)).backup_folder is None


@pytest.mark.parametrize(
    "folder", ["backup", "./backup", "D:backup", "/tmp/a\nb", "/" + "x" * 1000, 42]
)
def test_an_unusable_backup_folder_is_refused(folder: object) -> None:
    refused(UnitSettings(backup_folder=folder), "backup_folder")  # type: ignore[arg-type]


def test_the_first_bad_field_is_named() -> None:
    refused(UnitSettings(suppression_threshold=1, idle_lock_minutes=0), "suppression_threshold")


def test_changed_fields_in_declaration_order() -> None:
    old = UnitSettings()
    new = replace(old, idle_lock_minutes=5, municipality="Västerås")
    assert rules.changed_fields(old, new) == ("municipality", "idle_lock_minutes")
    assert rules.changed_fields(old, old) == ()
    assert {"municipality", "backup_folder", "controller"} <= rules.PERSONAL_FIELDS
    assert "suppression_threshold" not in rules.PERSONAL_FIELDS


def test_payload_round_trip() -> None:
    settings = UnitSettings(
        municipality="Västerås",
        suppression_threshold=7,
        idle_lock_minutes=30,
        backup_folder="/srv/backup",
        passphrase_min_length=20,
        controller="Socialnämnden",
        data_protection_officer="DSO",
    )
    assert rules.from_payload(rules.to_payload(settings)) == settings


def test_a_stored_payload_falls_back_field_by_field() -> None:
    stored = {
        "municipality": "Västerås",
        "suppression_threshold": 2,  # below today's range
        "idle_lock_minutes": "ten",  # wrong type
        "future_setting": True,  # from a newer release
    }
    assert rules.from_payload(stored) == UnitSettings(municipality="Västerås")
    assert rules.from_payload({}) == UnitSettings()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


@pytest.mark.parametrize("image", [PNG, JPEG])
def test_a_png_or_jpeg_logo_is_kept(image: bytes) -> None:
    settings = validate_settings(replace(UnitSettings(), report_logo=encode_logo(image)))
    assert logo_bytes(settings.report_logo) == image
    assert logo_bytes(UnitSettings().report_logo) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not base64!", "PNG or JPEG"),
        (encode_logo(b"GIF89a" + b"\x00" * 10), "PNG or JPEG"),
        (encode_logo(PNG + b"\x00" * (256 * 1024)), "too large"),
        (42, "text"),
    ],
)
def test_an_unusable_logo_is_refused(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        validate_settings(replace(UnitSettings(), report_logo=value))  # type: ignore[arg-type]
    assert caught.value.field == "report_logo"


@pytest.mark.parametrize("value", [1, "yes", None])
def test_automatic_backups_is_on_or_off(value: object) -> None:
    assert validate_settings(UnitSettings(backup_automatic=False)).backup_automatic is False
    with pytest.raises(ValidationError) as caught:
        validate_settings(UnitSettings(backup_automatic=value))  # type: ignore[arg-type]
    assert caught.value.field == "backup_automatic"


def test_backup_rotation_defaults_and_ranges() -> None:
    settings = validate_settings(UnitSettings())
    assert (settings.backup_keep_daily, settings.backup_keep_weekly) == (7, 4)
    assert settings.backup_keep_monthly == 12
    with pytest.raises(ValidationError) as caught:
        validate_settings(UnitSettings(backup_keep_daily=0))
    assert caught.value.field == "backup_keep_daily"
