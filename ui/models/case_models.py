"""Tables of the participant view's case parts: the phase history of a case, and a person's
cases."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from ui.formats import fmt_date, fmt_datetime
from ui.i18n import translate
from ui.models.record_table_model import RecordTableModel

#: (code list, code) → label in the interface language.
CodeLabel = Callable[[str, str | None], str]


class PhaseColumn(enum.IntEnum):
    DATE = 0
    PHASE = 1
    CLOSURE_REASON = 2
    COMMENT = 3
    RECORDED = 4


class PhaseHistoryModel(RecordTableModel):
    """Rows are ``PhaseView``, oldest first (the order of the history)."""

    CONTEXT = "PhaseHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PhaseHistoryModel", "From"),
        QT_TRANSLATE_NOOP("PhaseHistoryModel", "Phase"),
        QT_TRANSLATE_NOOP("PhaseHistoryModel", "Closure reason"),
        QT_TRANSLATE_NOOP("PhaseHistoryModel", "Comment"),
        QT_TRANSLATE_NOOP("PhaseHistoryModel", "Recorded"),
    )

    def __init__(self, code_label: CodeLabel, parent: Any = None) -> None:
        super().__init__(parent)
        self._label = code_label

    def text(self, row: Any, column: int) -> str:
        if column == PhaseColumn.DATE:
            return fmt_date(row.entered_on)
        if column == PhaseColumn.PHASE:
            return self._label("phase", row.phase)
        if column == PhaseColumn.CLOSURE_REASON:
            return self._label("closure_reason", row.closure_reason)
        if column == PhaseColumn.COMMENT:
            return " ".join(str(row.comment).split())
        if column == PhaseColumn.RECORDED:
            who = row.created_by or ""
            return f"{fmt_datetime(row.created_at)} {who}".strip()
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == PhaseColumn.DATE:
            return (row.entered_on, row.seq)
        if column == PhaseColumn.RECORDED:
            return row.created_at
        return super().sort_key(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == PhaseColumn.COMMENT and row.comment:
            return str(row.comment)
        return None

    def font(self, row: Any, column: int) -> Any:
        last = self._rows[-1] if self._rows else None
        if row is last and column == PhaseColumn.PHASE:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CaseColumn(enum.IntEnum):
    REFERENCE = 0
    PHASE = 1
    SINCE = 2
    CASE_WORKER = 3
    INQUIRY = 4
    CLOSED = 5


class CaseTableModel(RecordTableModel):
    """Rows are ``CaseView``."""

    CONTEXT = "CaseTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Case reference"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Phase"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Since"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Case worker"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Inquiry"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Closed"),
    )

    def __init__(
        self,
        code_label: CodeLabel,
        staff_name: Callable[[str | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._label = code_label
        self._staff_name = staff_name

    def text(self, row: Any, column: int) -> str:
        if column == CaseColumn.REFERENCE:
            return str(row.reference)
        if column == CaseColumn.PHASE:
            return self._label("phase", row.phase)
        if column == CaseColumn.SINCE:
            return fmt_date(row.history[-1].entered_on) if row.history else ""
        if column == CaseColumn.CASE_WORKER:
            name = self._staff_name(row.responsible_user_id)
            if row.team:
                team = translate("CaseTableModel", "team {team}").format(team=row.team)
                return f"{name} ({team})" if name else team
            return name
        if column == CaseColumn.INQUIRY:
            return fmt_date(row.inquiry_on)
        if column == CaseColumn.CLOSED:
            if row.closed_on is None:
                return ""
            reason = self._label("closure_reason", row.closure_reason)
            return f"{fmt_date(row.closed_on)} – {reason}" if reason else fmt_date(row.closed_on)
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == CaseColumn.INQUIRY:
            return row.inquiry_on
        if column == CaseColumn.CLOSED:
            return row.closed_on
        if column == CaseColumn.SINCE:
            return row.history[-1].entered_on if row.history else None
        return super().sort_key(row, column)
