"""The journal (SOSFS 2014:5): notes show who wrote them and when; signing locks a note; a
correction is a new linked note with a reason and the original stays visible; nothing is
edited after signing or deleted (except by purge)."""

from __future__ import annotations

import enum
from datetime import date

from avhopp.errors import PermissionDeniedError, ValidationError

MAX_NOTE_LENGTH = 100_000
MIN_CORRECTION_REASON = 5


class NoteStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


def check_text(text: str) -> str:
    """Raises:
    ValidationError: on the field ``text``.
    """
    if not text.strip():
        raise ValidationError("A note needs some text.", field="text")
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            "A note is at most {n} characters long.", field="text", n=MAX_NOTE_LENGTH
        )
    return text


def check_event_date(event_date: date, *, today: date) -> None:
    if event_date > today:
        raise ValidationError("The event date cannot be in the future.", field="event_date")


def check_draft_change(*, status: NoteStatus, author_id: str, actor_id: str | None) -> None:
    """Only the author edits, signs or discards a draft; a signed note never changes.

    Raises:
        ValidationError: the note is signed.
        PermissionDeniedError: someone else's draft.
    """
    if status == NoteStatus.SIGNED:
        raise ValidationError(
            "A signed note cannot be changed. Write a correction instead.", field="text"
        )
    if author_id != actor_id:
        raise PermissionDeniedError(action="change another user's draft")


def check_correction(*, original_status: NoteStatus, reason: str) -> str:
    """Raises:
    ValidationError: the original is a draft (edit it instead) or the reason is missing.
    """
    if original_status != NoteStatus.SIGNED:
        raise ValidationError(
            "Only a signed note is corrected; edit the draft instead.", field="corrects"
        )
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_CORRECTION_REASON:
        raise ValidationError("State the reason for the correction.", field="correction_reason")
    return cleaned
