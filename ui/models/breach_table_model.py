"""The breaches of the agreement's conditions (regelbrott) in a case."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.formats import fmt_date, fmt_datetime
from ui.models.read_model_table import ReadModelTableModel


class Column(enum.IntEnum):
    OCCURRED = 0
    DESCRIPTION = 1
    RECORDED = 2


HEADERS = {
    Column.OCCURRED: QT_TRANSLATE_NOOP("BreachTableModel", "Date"),
    Column.DESCRIPTION: QT_TRANSLATE_NOOP("BreachTableModel", "What happened"),
    Column.RECORDED: QT_TRANSLATE_NOOP("BreachTableModel", "Recorded"),
}


class BreachTableModel(ReadModelTableModel):
    """Rows are ``BreachView``."""

    context = "BreachTableModel"
    columns = Column
    headers = HEADERS

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.OCCURRED:
            return fmt_date(record.occurred_on)
        if col == Column.DESCRIPTION:
            return " ".join(record.description.split())
        recorded = fmt_datetime(record.created_at)
        return f"{recorded} {record.created_by}" if record.created_by else recorded

    def sort_value(self, record: Any, column: int) -> Any:
        if column == Column.OCCURRED:
            return (record.occurred_on, record.created_at)
        if column == Column.RECORDED:
            return record.created_at
        return super().sort_value(record, column)

    def tooltip(self, record: Any, column: int) -> str | None:
        return str(record.description) or None
