"""Unit settings: what an administrator configures once for the whole unit.

Ranges, and why:

- ``suppression_threshold`` (röjandekontroll, DOMAIN.md §4): default 5 as SCB uses; allowed
  3–20. Below 3 a single person can be singled out by difference; above 20 most cells of a
  small unit's council report would vanish.
- ``idle_lock_minutes``: default 10, allowed 1–120 (DESIGN.md §4, auto-lock). Two hours is
  the most a shared office PC should stay unlocked unattended.
- ``passphrase_min_length``: default 15, never below the floor of 12 (NIST SP 800-63B r4,
  :mod:`avhopp.domain.passphrase_policy`), at most 64 (a longer minimum only drives people to
  write passphrases down).
- Texts (municipality, controller, data protection officer): at most 200 characters, may be
  empty; the register extracts of a later issue name the controller and the officer.
- ``report_logo``: a PNG or JPEG of at most 256 KiB (base64 in the encrypted settings): a
  letterhead logo, not a photo; larger images only slow every report down.
- ``backup_folder``: empty means "not configured"; otherwise an absolute path (Windows or
  POSIX form: the settings are shared by every PC of a server vault).
- ``backup_automatic``: on by default: a backup once a day and when the app exits (when a
  folder is set).
- ``backup_keep_daily/weekly/monthly``: rotation, default 7/4/12 (issue 6); daily 1–366,
  weekly 0–260, monthly 0–240 (twenty years: the longest retention DOMAIN.md names).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath, PureWindowsPath

from avhopp.domain.backup import DEFAULT_KEEP, KEEP_RANGES
from avhopp.domain.passphrase_policy import DEFAULT_MIN_LENGTH, MIN_LENGTH_FLOOR
from avhopp.errors import ValidationError

DEFAULT_SUPPRESSION_THRESHOLD = 5
SUPPRESSION_THRESHOLD_RANGE = (3, 20)
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_MINUTES_RANGE = (1, 120)
PASSPHRASE_MIN_LENGTH_RANGE = (MIN_LENGTH_FLOOR, 64)
TEXT_LIMIT = 200
PATH_LIMIT = 1000
LOGO_LIMIT = 256 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class UnitSettings:
    """The unit's settings. Build a changed copy with :func:`dataclasses.replace` and check it
    with :func:`validate_settings` (the settings service does)."""

    municipality: str = ""
    suppression_threshold: int = DEFAULT_SUPPRESSION_THRESHOLD
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    backup_folder: str | None = None
    passphrase_min_length: int = DEFAULT_MIN_LENGTH
    #: The data controller (personuppgiftsansvarig), usually the social welfare committee.
    controller: str = ""
    #: The data protection officer (dataskyddsombud).
    data_protection_officer: str = ""
    #: The logo printed on the council report's first page: a PNG or JPEG image as base64
    #: text (at most 256 KiB), or empty for none.
    report_logo: str = ""
    #: Make a backup once a day and when the app exits (needs ``backup_folder``).
    backup_automatic: bool = True
    backup_keep_daily: int = DEFAULT_KEEP[0]
    backup_keep_weekly: int = DEFAULT_KEEP[1]
    backup_keep_monthly: int = DEFAULT_KEEP[2]


#: Field name → (low, high) of the integer settings.
INT_RANGES: dict[str, tuple[int, int]] = {
    "suppression_threshold": SUPPRESSION_THRESHOLD_RANGE,
    "idle_lock_minutes": IDLE_LOCK_MINUTES_RANGE,
    "passphrase_min_length": PASSPHRASE_MIN_LENGTH_RANGE,
    **{f"backup_keep_{name}": limits for name, limits in KEEP_RANGES.items()},
}
TEXT_FIELDS = ("municipality", "controller", "data_protection_officer")
#: Fields whose values may name people or places: audit entries list them, never their values.
PERSONAL_FIELDS = frozenset({*TEXT_FIELDS, "backup_folder"})
FIELDS = tuple(f.name for f in dataclasses.fields(UnitSettings))


def _check_int(name: str, value: object) -> int:
    low, high = INT_RANGES[name]
    # bool is an int in Python; True as a threshold is a bug upstream, not a 1.
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(
            "Choose a whole number from {low} to {high}.", field=name, low=low, high=high
        )
    return value


def _check_text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("This field must be text.", field=name)
    cleaned = " ".join(value.split())
    if len(cleaned) > TEXT_LIMIT:
        raise ValidationError("At most {n} characters.", field=name, n=TEXT_LIMIT)
    return cleaned


def _check_folder(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("This field must be text.", field="backup_folder")
    cleaned = value.strip()
    if not cleaned:
        return None
    if len(cleaned) > PATH_LIMIT or any(ord(c) < 32 for c in cleaned):
        raise ValidationError("This is not a usable folder path.", field="backup_folder")
    if not (PurePosixPath(cleaned).is_absolute() or PureWindowsPath(cleaned).is_absolute()):
        raise ValidationError(
            "Give the full path of the backup folder (for example D:\\Avhopp\\backup).",
            field="backup_folder",
        )
    return cleaned


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("Choose on or off.", field=name)
    return value


def logo_bytes(text: str) -> bytes | None:
    """The logo image, or None when there is none."""
    return base64.b64decode(text) if text else None


def encode_logo(image: bytes) -> str:
    """An image file's bytes as the setting's text (checked by :func:`validate_settings`)."""
    return base64.b64encode(image).decode("ascii")


def _check_logo(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("This field must be text.", field="report_logo")
    if not value:
        return ""
    try:
        image = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise ValidationError("Choose a PNG or JPEG image.", field="report_logo") from None
    if not image.startswith(_IMAGE_MAGIC):
        raise ValidationError("Choose a PNG or JPEG image.", field="report_logo")
    if len(image) > LOGO_LIMIT:
        raise ValidationError(
            "The image is too large: at most {n} KiB.", field="report_logo", n=LOGO_LIMIT // 1024
        )
    return value


_CHECKS: dict[str, Callable[[object], object]] = {
    "municipality": partial(_check_text, "municipality"),
    "suppression_threshold": partial(_check_int, "suppression_threshold"),
    "idle_lock_minutes": partial(_check_int, "idle_lock_minutes"),
    "backup_folder": _check_folder,
    "passphrase_min_length": partial(_check_int, "passphrase_min_length"),
    "controller": partial(_check_text, "controller"),
    "data_protection_officer": partial(_check_text, "data_protection_officer"),
    "report_logo": _check_logo,
    "backup_automatic": partial(_check_bool, "backup_automatic"),
    "backup_keep_daily": partial(_check_int, "backup_keep_daily"),
    "backup_keep_weekly": partial(_check_int, "backup_keep_weekly"),
    "backup_keep_monthly": partial(_check_int, "backup_keep_monthly"),
}


def validate_settings(settings: UnitSettings) -> UnitSettings:
    """The settings cleaned (texts trimmed, whitespace collapsed, an empty folder as None).

    Raises:
        ValidationError: naming the first offending field (in declaration order).
    """
    cleaned = {name: _CHECKS[name](getattr(settings, name)) for name in FIELDS}
    return UnitSettings(**cleaned)  # type: ignore[arg-type]


def changed_fields(old: UnitSettings, new: UnitSettings) -> tuple[str, ...]:
    """The names of the fields that differ, in declaration order."""
    return tuple(name for name in FIELDS if getattr(old, name) != getattr(new, name))


def to_payload(settings: UnitSettings) -> dict[str, object]:
    return dataclasses.asdict(settings)


def from_payload(data: Mapping[str, object]) -> UnitSettings:
    """Settings as stored. Unknown keys (from a newer release) are ignored; a missing or
    unusable value falls back to its default, field by field, so a unit never gets locked
    out of its settings by one odd value."""
    defaults = UnitSettings()
    cleaned: dict[str, object] = {}
    for name in FIELDS:
        default = getattr(defaults, name)
        try:
            cleaned[name] = _CHECKS[name](data.get(name, default))
        except ValidationError:
            cleaned[name] = default
    return UnitSettings(**cleaned)  # type: ignore[arg-type]
