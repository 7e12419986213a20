"""The goals of a case's implementation plan (genomförandeplan)."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avhopp.domain.support import GoalStatus
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.choice_labels import goal_status_label
from ui.models.read_model_table import ReadModelTableModel
from ui.session import SessionInfo


class Column(enum.IntEnum):
    LIFE_DOMAIN = 0
    GOAL = 1
    OWNER = 2
    DEADLINE = 3
    STATUS = 4


HEADERS = {
    Column.LIFE_DOMAIN: QT_TRANSLATE_NOOP("GoalTableModel", "Life domain"),
    Column.GOAL: QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
    Column.OWNER: QT_TRANSLATE_NOOP("GoalTableModel", "Who"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("GoalTableModel", "Deadline"),
    Column.STATUS: QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
}

_STATUS_ORDER = {
    GoalStatus.OPEN: 0,
    GoalStatus.PARTLY: 1,
    GoalStatus.ACHIEVED: 2,
    GoalStatus.NOT_ACHIEVED: 3,
    GoalStatus.CANCELLED: 4,
}


class GoalTableModel(ReadModelTableModel):
    """Rows are ``GoalView``. An open goal past its deadline is shown as a warning."""

    context = "GoalTableModel"
    columns = Column
    headers = HEADERS

    def __init__(self, info: SessionInfo, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self.today = today or date.today()

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.LIFE_DOMAIN:
            return self._info.code_label("life_domain", record.life_domain)
        if col == Column.GOAL:
            return " ".join(record.goal.split())
        if col == Column.OWNER:
            return record.owner
        if col == Column.DEADLINE:
            return fmt_date(record.deadline)
        return goal_status_label(record.status)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.DEADLINE:
            return record.deadline
        if col == Column.STATUS:
            return _STATUS_ORDER.get(record.status, 9)
        return super().sort_value(record, column)

    def overdue(self, record: Any) -> bool:
        return bool(
            record.status == GoalStatus.OPEN
            and record.deadline is not None
            and record.deadline < self.today
        )

    def warning(self, record: Any, column: int) -> bool:
        return column == Column.DEADLINE and self.overdue(record)

    def muted(self, record: Any) -> bool:
        return bool(record.status == GoalStatus.CANCELLED)

    def tooltip(self, record: Any, column: int) -> str | None:
        parts = [record.goal]
        if record.own_words:
            parts.append(
                translate("GoalTableModel", "In the participant's words: %1").replace(
                    "%1", record.own_words
                )
            )
        if self.overdue(record):
            parts.append(translate("GoalTableModel", "The deadline has passed."))
        return "\n".join(parts)
