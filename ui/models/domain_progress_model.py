"""Life domains, start vs now: the first and the latest score of each domain in a case
(``DomainProgress``), and the change between them (positive is better)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.read_model_table import Index, ReadModelTableModel
from ui.session import SessionInfo


class Column(enum.IntEnum):
    LIFE_DOMAIN = 0
    START = 1
    NOW = 2
    CHANGE = 3


HEADERS = {
    Column.LIFE_DOMAIN: QT_TRANSLATE_NOOP("DomainProgressModel", "Life domain"),
    Column.START: QT_TRANSLATE_NOOP("DomainProgressModel", "Start"),
    Column.NOW: QT_TRANSLATE_NOOP("DomainProgressModel", "Now"),
    Column.CHANGE: QT_TRANSLATE_NOOP("DomainProgressModel", "Change"),
}

#: Better / worse accents (text only).
BETTER_COLOR = "#2e7d32"
WORSE_COLOR = "#d32f2f"


def score_text(score: int | None, day: Any) -> str:
    """3 (2025-02-02); empty until scored."""
    return "" if score is None else f"{score} ({fmt_date(day)})"


def change_text(change: int | None) -> str:
    """+2, −1 (a real minus sign), ±0; empty until scored."""
    if change is None:
        return ""
    if change > 0:
        return f"+{change}"
    if change < 0:
        return f"\u2212{-change}"
    return "\u00b10"


class DomainProgressModel(ReadModelTableModel):
    """Rows are ``DomainProgress`` (one per life domain, in the code list's order)."""

    context = "DomainProgressModel"
    columns = Column
    headers = HEADERS
    numeric_columns = frozenset({Column.CHANGE})

    def __init__(self, info: SessionInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._info = info

    def record_id(self, record: Any) -> str:
        return str(record.life_domain)

    def label(self, record: Any) -> str:
        return self._info.code_label("life_domain", record.life_domain)

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.LIFE_DOMAIN:
            return self.label(record)
        if col == Column.START:
            return score_text(record.start_score, record.start_on)
        if col == Column.NOW:
            return score_text(record.latest_score, record.latest_on)
        return change_text(record.change)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.START:
            return record.start_score
        if col == Column.NOW:
            return record.latest_score
        if col == Column.CHANGE:
            return record.change
        return super().sort_value(record, column)

    def accessible_text(self, record: Any, column: int) -> str:
        if column == Column.LIFE_DOMAIN and record.start_score is None:
            return translate("DomainProgressModel", "%1: not assessed").replace(
                "%1", self.label(record)
            )
        return self.text(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == Column.CHANGE
            and 0 <= index.row() < self.rowCount()
        ):
            change = self.row_data(index.row()).change
            if change:
                return QColor(BETTER_COLOR if change > 0 else WORSE_COLOR)
            return None
        return super().data(index, role)
