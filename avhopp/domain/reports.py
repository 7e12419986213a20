"""Rules of the reports that every client applies the same way (the GUI shows them before
asking the core, the core enforces them)."""

from __future__ import annotations

from avhopp.errors import ValidationError

#: The shortest password accepted for a protected PDF (it is read out or sent separately).
MIN_PDF_PASSWORD = 10
#: The longest summary a manager may write on the council report's first page.
MAX_SUMMARY_TEXT = 3000


def check_pdf_password(password: str) -> str:
    """Raises: ValidationError: too short to protect a file sent by e-mail."""
    if len(password) < MIN_PDF_PASSWORD:
        raise ValidationError(
            "The password must be at least {n} characters long.",
            field="password",
            n=MIN_PDF_PASSWORD,
        )
    return password


def check_summary_text(text: str) -> str:
    """The manager's summary, trimmed.

    Raises: ValidationError: longer than :data:`MAX_SUMMARY_TEXT`.
    """
    summary = text.strip()
    if len(summary) > MAX_SUMMARY_TEXT:
        raise ValidationError("At most {n} characters.", field="summary_text", n=MAX_SUMMARY_TEXT)
    return summary
