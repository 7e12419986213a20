"""The threat / risk assessments (hotbild) of a case, newest first by default."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from avhopp.domain.support import ThreatLevel
from ui.formats import fmt_date
from ui.models.choice_labels import THREAT_COLOR, threat_level_label
from ui.models.read_model_table import Index, ReadModelTableModel


class Column(enum.IntEnum):
    ASSESSED = 0
    LEVEL = 1
    NEXT_REVIEW = 2
    SOURCE = 3


HEADERS = {
    Column.ASSESSED: QT_TRANSLATE_NOOP("ThreatTableModel", "Assessed"),
    Column.LEVEL: QT_TRANSLATE_NOOP("ThreatTableModel", "Level"),
    Column.NEXT_REVIEW: QT_TRANSLATE_NOOP("ThreatTableModel", "Next review"),
    Column.SOURCE: QT_TRANSLATE_NOOP("ThreatTableModel", "Source"),
}

LEVEL_ORDER = {level: i for i, level in enumerate(ThreatLevel)}


class ThreatTableModel(ReadModelTableModel):
    """Rows are ``ThreatView``."""

    context = "ThreatTableModel"
    columns = Column
    headers = HEADERS

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.ASSESSED:
            return fmt_date(record.assessed_on)
        if col == Column.LEVEL:
            return threat_level_label(record.level)
        if col == Column.NEXT_REVIEW:
            return fmt_date(record.next_review_on)
        return str(record.source)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.ASSESSED:
            return (record.assessed_on, record.created_at)
        if col == Column.LEVEL:
            return LEVEL_ORDER.get(record.level, 9)
        if col == Column.NEXT_REVIEW:
            return record.next_review_on
        return super().sort_value(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == Column.LEVEL
            and 0 <= index.row() < self.rowCount()
        ):
            level = self.row_data(index.row()).level
            return QColor(THREAT_COLOR.get(level, "#808080"))
        return super().data(index, role)
