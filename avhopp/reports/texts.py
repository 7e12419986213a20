"""Formatting and language helpers shared by the reports (Swedish default, English option).

Report text lives beside each renderer as a ``{"sv": ..., "en": ...}`` catalogue, because the
core has no Qt (and so no ``tr()``); code labels (phases, sources, reasons, categories) come
from the unit's code lists in the chosen language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime

from avhopp.errors import ValidationError

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def check_language(language: str) -> str:
    """Raises: ValidationError: not a report language."""
    if language not in LANGUAGES:
        raise ValidationError(
            "Reports are written in Swedish (sv) or English (en).", field="language"
        )
    return language


def pick(catalogue: Mapping[str, Mapping[str, str]], language: str) -> Mapping[str, str]:
    """The catalogue of ``language``, falling back to Swedish key by key."""
    chosen = catalogue[language]
    if language == DEFAULT_LANGUAGE:
        return chosen
    return {**catalogue[DEFAULT_LANGUAGE], **chosen}


def fmt_int(value: int, language: str) -> str:
    """1234567 → "1 234 567" (sv, non-breaking spaces) or "1,234,567" (en)."""
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if language == "sv" else text


def fmt_decimal(value: float, language: str, digits: int = 1) -> str:
    """3.5 → "3,5" (sv) or "3.5" (en)."""
    text = f"{value:,.{digits}f}"
    if language == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def fmt_percent(value: float, language: str) -> str:
    """0.456 → "46 %" (sv) or "46%" (en): whole percent, as a council reads them."""
    whole = round(value * 100)
    return f"{whole}\u00a0%" if language == "sv" else f"{whole}%"


def fmt_date(day: date) -> str:
    """ISO dates everywhere (as in the client)."""
    return day.isoformat()


def local_time(moment: datetime) -> datetime:
    """A stored time (naive UTC) as this PC's local time (naive), for "printed at"."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
