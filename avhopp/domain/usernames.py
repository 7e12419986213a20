"""User names: short, stable login handles (not personal data of participants)."""

from __future__ import annotations

import re

from avhopp.errors import ValidationError

_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def normalize_username(name: str) -> str:
    """Lower-case, trimmed; 2–64 of a–z, 0–9, '.', '_', '-', starting with a letter or digit.

    Raises:
        ValidationError: with the rule, on the field ``username``.
    """
    cleaned = name.strip().lower()
    if not _PATTERN.match(cleaned):
        raise ValidationError(
            "A user name has 2–64 characters: a–z, 0–9, '.', '_' or '-', "
            "starting with a letter or digit.",
            field="username",
        )
    return cleaned
