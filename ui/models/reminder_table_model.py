"""The reminders (bevakningar) of a case, manual and automatic; overdue ones stand out."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.choice_labels import reminder_kind_label
from ui.models.read_model_table import ReadModelTableModel


class Column(enum.IntEnum):
    DUE = 0
    STATE = 1
    KIND = 2
    TEXT = 3
    OWNER = 4


HEADERS = {
    Column.DUE: QT_TRANSLATE_NOOP("ReminderTableModel", "Due"),
    Column.STATE: QT_TRANSLATE_NOOP("ReminderTableModel", "State"),
    Column.KIND: QT_TRANSLATE_NOOP("ReminderTableModel", "Kind"),
    Column.TEXT: QT_TRANSLATE_NOOP("ReminderTableModel", "What"),
    Column.OWNER: QT_TRANSLATE_NOOP("ReminderTableModel", "Owner"),
}


class ReminderTableModel(ReadModelTableModel):
    """Rows are ``ReminderView``. ``describe`` says what an automatic reminder is about (its
    text is empty: the kind and the row it follows say it); ``owner_name`` turns a user id
    into a name."""

    context = "ReminderTableModel"
    columns = Column
    headers = HEADERS

    def __init__(
        self,
        *,
        describe: Callable[[Any], str],
        owner_name: Callable[[str | None], str],
        parent: Any = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._owner_name = owner_name
        self.today = today or date.today()

    def overdue(self, record: Any) -> bool:
        return record.done_at is None and record.due_on < self.today

    def due_today(self, record: Any) -> bool:
        return record.done_at is None and record.due_on == self.today

    def text(self, record: Any, column: int) -> str:
        col = Column(column)
        if col == Column.DUE:
            return fmt_date(record.due_on)
        if col == Column.STATE:
            if record.done_at is not None:
                return translate("ReminderTableModel", "Done %1").replace(
                    "%1", fmt_date(record.done_at)
                )
            if self.overdue(record):
                days = (self.today - record.due_on).days
                return translate("ReminderTableModel", "Overdue by %n day(s)", None, days)
            if self.due_today(record):
                return translate("ReminderTableModel", "Due today")
            return translate("ReminderTableModel", "Open")
        if col == Column.KIND:
            kind = reminder_kind_label(record.kind)
            if record.automatic:
                return translate("ReminderTableModel", "%1 (automatic)").replace("%1", kind)
            return kind
        if col == Column.TEXT:
            return " ".join((record.text or self._describe(record)).split())
        return self._owner_name(record.owner_id)

    def sort_value(self, record: Any, column: int) -> Any:
        col = Column(column)
        if col == Column.DUE:
            return record.due_on
        if col == Column.STATE:
            return (record.done_at is not None, record.due_on)
        return super().sort_value(record, column)

    def warning(self, record: Any, column: int) -> bool:
        return column in (Column.DUE, Column.STATE) and self.overdue(record)

    def muted(self, record: Any) -> bool:
        return record.done_at is not None

    def tooltip(self, record: Any, column: int) -> str | None:
        parts = [record.text or self._describe(record)]
        if record.automatic:
            parts.append(
                translate(
                    "ReminderTableModel",
                    "Automatic: follows its source and moves when that changes.",
                )
            )
        if record.done_at is not None and record.done_by:
            parts.append(
                translate("ReminderTableModel", "Done by %1").replace("%1", record.done_by)
            )
        return "\n".join(p for p in parts if p) or None
