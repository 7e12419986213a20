"""The support steps (insatser) of a case."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avhopp.domain.support import StepStatus
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.choice_labels import step_status_label
from ui.models.read_model_table import ReadModelTableModel
from ui.session import SessionInfo


class Column(enum.IntEnum):
    CATEGORY = 0
    ITEM = 1
    STATUS = 2
    DECIDED = 3
    STARTS = 4
    ENDS = 5
    PROVIDER = 6
    COST = 7
    POLICE_FUNDS = 8


HEADERS = {
    Column.CATEGORY: QT_TRANSLATE_NOOP("StepTableModel", "Category"),
    Column.ITEM: QT_TRANSLATE_NOOP("StepTableModel", "Support step"),
    Column.STATUS: QT_TRANSLATE_NOOP("StepTableModel", "Status"),
    Column.DECIDED: QT_TRANSLATE_NOOP("StepTableModel", "Decided"),
    Column.STARTS: QT_TRANSLATE_NOOP("StepTableModel", "Start"),
    Column.ENDS: QT_TRANSLATE_NOOP("StepTableModel", "End"),
    Column.PROVIDER: QT_TRANSLATE_NOOP("StepTableModel", "Provider"),
    Column.COST: QT_TRANSLATE_NOOP("StepTableModel", "Cost (SEK)"),
    Column.POLICE_FUNDS: QT_TRANSLATE_NOOP("StepTableModel", "Police funds"),
}

_STATUS_ORDER = {
    StepStatus.ONGOING: 0,
    StepStatus.PLANNED: 1,
    StepStatus.COMPLETED: 2,
    StepStatus.CANCELLED: 3,
}


def sek(value: int | None) -> str:
    """12 500 (a space between thousands, as Swedish writes amounts)."""
    return "" if value is None else f"{value:,}".replace(",", "\u00a0")


def police_funds_text(step: Any) -> str:
    if not step.police_funds_applied:
        return ""
    if step.police_funds_granted is None:
        return translate("StepTableModel", "Applied for")
    if step.police_funds_granted is False:
        return translate("StepTableModel", "Refused")
    if step.police_funds_sek is None:
        return translate("StepTableModel", "Granted")
    return translate("StepTableModel", "Granted, %1 SEK").replace("%1", sek(step.police_funds_sek))


class StepTableModel(ReadModelTableModel):
    """Rows are ``StepView``; codes become labels through ``info``."""

    context = "StepTableModel"
    columns = Column
    headers = HEADERS
    numeric_columns = frozenset({Column.COST})

    def __init__(self, info: SessionInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._info = info

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.CATEGORY:
            return self._info.code_label("step_category", record.category)
        if col == Column.ITEM:
            return self._info.code_label("step_item", record.item)
        if col == Column.STATUS:
            return step_status_label(record.status)
        if col == Column.DECIDED:
            return fmt_date(record.decided_on)
        if col == Column.STARTS:
            return fmt_date(record.starts_on)
        if col == Column.ENDS:
            return fmt_date(record.ends_on)
        if col == Column.PROVIDER:
            where = (
                translate("StepTableModel", "external")
                if record.external
                else translate("StepTableModel", "internal")
            )
            return f"{record.provider} ({where})" if record.provider else where
        if col == Column.COST:
            return sek(record.cost_sek)
        return police_funds_text(record)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.STATUS:
            return _STATUS_ORDER.get(record.status, 9)
        if col == Column.DECIDED:
            return record.decided_on
        if col == Column.STARTS:
            return record.starts_on
        if col == Column.ENDS:
            return record.ends_on
        if col == Column.COST:
            return record.cost_sek
        return super().sort_value(record, column)

    def muted(self, record: Any) -> bool:
        return bool(record.status == StepStatus.CANCELLED)

    def tooltip(self, record: Any, column: int) -> str | None:
        if record.legal_basis:
            return translate("StepTableModel", "Legal basis: %1").replace("%1", record.legal_basis)
        return None
