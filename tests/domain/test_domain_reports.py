"""Report rules shared by the GUI, the CLI and the core."""

from __future__ import annotations

import pytest

from avhopp.domain.reports import (
    MAX_SUMMARY_TEXT,
    MIN_PDF_PASSWORD,
    check_pdf_password,
    check_summary_text,
)
from avhopp.errors import ValidationError


def test_a_pdf_password_has_a_minimum_length() -> None:
    assert check_pdf_password("x" * MIN_PDF_PASSWORD) == "x" * MIN_PDF_PASSWORD
    with pytest.raises(ValidationError) as caught:
        check_pdf_password("x" * (MIN_PDF_PASSWORD - 1))
    assert caught.value.field == "password"


def test_the_summary_is_trimmed_and_limited() -> None:
    assert check_summary_text("  Halvåret i korthet.\n") == "Halvåret i korthet."
    assert len(check_summary_text(" " + "x" * MAX_SUMMARY_TEXT + " ")) == MAX_SUMMARY_TEXT
    with pytest.raises(ValidationError) as caught:
        check_summary_text("x" * (MAX_SUMMARY_TEXT + 1))
    assert caught.value.field == "summary_text"
