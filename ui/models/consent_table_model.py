"""The consent register of a case (10 kap. 1 § OSL): which agencies, scope, period,
withdrawn."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.read_model_table import ReadModelTableModel
from ui.session import SessionInfo


class Column(enum.IntEnum):
    STATUS = 0
    AGENCIES = 1
    SCOPE = 2
    WRITTEN = 3
    VALID_FROM = 4
    VALID_TO = 5
    WITHDRAWN = 6


HEADERS = {
    Column.STATUS: QT_TRANSLATE_NOOP("ConsentTableModel", "Status"),
    Column.AGENCIES: QT_TRANSLATE_NOOP("ConsentTableModel", "Agencies"),
    Column.SCOPE: QT_TRANSLATE_NOOP("ConsentTableModel", "Scope"),
    Column.WRITTEN: QT_TRANSLATE_NOOP("ConsentTableModel", "Written"),
    Column.VALID_FROM: QT_TRANSLATE_NOOP("ConsentTableModel", "Valid from"),
    Column.VALID_TO: QT_TRANSLATE_NOOP("ConsentTableModel", "Valid to"),
    Column.WITHDRAWN: QT_TRANSLATE_NOOP("ConsentTableModel", "Withdrawn"),
}

STATUS = {
    "valid": QT_TRANSLATE_NOOP("ConsentTableModel", "Valid"),
    "withdrawn": QT_TRANSLATE_NOOP("ConsentTableModel", "Withdrawn"),
    "expired": QT_TRANSLATE_NOOP("ConsentTableModel", "Expired"),
    "pending": QT_TRANSLATE_NOOP("ConsentTableModel", "Not yet valid"),
}
_STATUS_ORDER = {"valid": 0, "pending": 1, "expired": 2, "withdrawn": 3}


def consent_status(consent: Any, today: date) -> str:
    """valid / withdrawn / expired / pending on ``today`` (validity is the core's rule,
    ``ConsentView.valid_on``)."""
    if consent.valid_on(today):
        return "valid"
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return "withdrawn"
    if consent.valid_to is not None and consent.valid_to < today:
        return "expired"
    return "pending"


class ConsentTableModel(ReadModelTableModel):
    """Rows are ``ConsentView``."""

    context = "ConsentTableModel"
    columns = Column
    headers = HEADERS

    def __init__(self, info: SessionInfo, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self.today = today or date.today()

    def agencies(self, record: Any) -> str:
        return ", ".join(self._info.code_label("agency", a) for a in record.agencies)

    def status(self, record: Any) -> str:
        return consent_status(record, self.today)

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.STATUS:
            return translate("ConsentTableModel", STATUS[self.status(record)])
        if col == Column.AGENCIES:
            return self.agencies(record)
        if col == Column.SCOPE:
            return " ".join(record.scope.split())
        if col == Column.WRITTEN:
            return (
                translate("ConsentTableModel", "Yes")
                if record.written
                else translate("ConsentTableModel", "No (oral)")
            )
        if col == Column.VALID_FROM:
            return fmt_date(record.valid_from)
        if col == Column.VALID_TO:
            return fmt_date(record.valid_to)
        return fmt_date(record.withdrawn_on)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.STATUS:
            return _STATUS_ORDER[self.status(record)]
        if col == Column.VALID_FROM:
            return record.valid_from
        if col == Column.VALID_TO:
            return record.valid_to
        if col == Column.WITHDRAWN:
            return record.withdrawn_on
        if col == Column.WRITTEN:
            return not record.written
        return super().sort_value(record, column)

    def muted(self, record: Any) -> bool:
        return self.status(record) in ("withdrawn", "expired")

    def warning(self, record: Any, column: int) -> bool:
        return column == Column.WRITTEN and not record.written and self.status(record) == "valid"

    def tooltip(self, record: Any, column: int) -> str | None:
        return f"{self.agencies(record)}\n{record.scope}".strip() or None
