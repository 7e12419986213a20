"""The journal's list of notes (``NoteView`` rows): date, type, status, author and the first
line of the text. Signed notes never change; drafts are the user's own (the core shows no one
else's)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from avhopp.domain.journal import NoteStatus
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.record_table_model import RecordTableModel

PREVIEW_LENGTH = 120

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("NoteTableModel", "Draft – not signed"),
    "signed": QT_TRANSLATE_NOOP("NoteTableModel", "Signed"),
    "corrected": QT_TRANSLATE_NOOP("NoteTableModel", "Signed, corrected"),
    "correction": QT_TRANSLATE_NOOP("NoteTableModel", "Correction"),
}


class NoteColumn(enum.IntEnum):
    DATE = 0
    TYPE = 1
    STATUS = 2
    AUTHOR = 3
    TEXT = 4


def note_state(note: Any, corrected: frozenset[str] | set[str]) -> str:
    """ "draft", "signed", "corrected" (a later note corrects it) or "correction"."""
    if note.status == NoteStatus.DRAFT.value:
        return "draft"
    if note.id in corrected:
        return "corrected"
    if note.corrects_id:
        return "correction"
    return "signed"


class NoteTableModel(RecordTableModel):
    CONTEXT = "NoteTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("NoteTableModel", "Date"),
        QT_TRANSLATE_NOOP("NoteTableModel", "Type"),
        QT_TRANSLATE_NOOP("NoteTableModel", "Status"),
        QT_TRANSLATE_NOOP("NoteTableModel", "Written by"),
        QT_TRANSLATE_NOOP("NoteTableModel", "Text"),
    )

    def __init__(
        self,
        type_label: Callable[[str], str],
        staff_name: Callable[[str | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._type_label = type_label
        self._staff_name = staff_name
        self._corrected: frozenset[str] = frozenset()
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_notes(self, notes: Sequence[Any], *, corrected: frozenset[str]) -> None:
        """``corrected``: ids of notes that a later note corrects (over the whole case, not
        only the rows shown)."""
        self._corrected = corrected
        self.set_rows(notes)

    def state(self, note: Any) -> str:
        return note_state(note, self._corrected)

    def text(self, row: Any, column: int) -> str:
        if column == NoteColumn.DATE:
            return fmt_date(row.event_date)
        if column == NoteColumn.TYPE:
            return self._type_label(row.note_type)
        if column == NoteColumn.STATUS:
            return translate("NoteTableModel", STATUS_LABELS[self.state(row)])
        if column == NoteColumn.AUTHOR:
            return self._staff_name(row.author_id) or (row.signed_by or "")
        if column == NoteColumn.TEXT:
            first = row.text.strip().split("\n", 1)[0]
            return first[:PREVIEW_LENGTH] + ("…" if len(first) > PREVIEW_LENGTH else "")
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == NoteColumn.DATE:
            return (row.event_date, row.created_at)
        return super().sort_key(row, column)

    def font(self, row: Any, column: int) -> Any:
        return self._italic if row.status == NoteStatus.DRAFT.value else None
