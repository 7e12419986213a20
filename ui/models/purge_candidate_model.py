"""The manager's purge list: one row per candidate, with a tick box to approve them."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.row_table_model import Index, RowTableModel

OVERDUE_COLOUR = "#c62828"


class Column(enum.IntEnum):
    NAME = 0
    BIRTH_DATE = 1
    CASES = 2
    LAST_ACTIVITY = 3
    DUE_FROM = 4
    DEADLINE = 5
    ARCHIVE = 6


class PurgeCandidateModel(RowTableModel[Any]):
    """Rows are ``PurgeCandidate`` read models; the name column carries the approval tick
    box (nothing is approved until the manager ticks it)."""

    CONTEXT = "PurgeCandidateModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Approve / name"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Born"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Cases"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Last activity"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Purge from"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "Deadline"),
        QT_TRANSLATE_NOOP("PurgeCandidateModel", "What happens"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._approved: set[str] = set()

    def set_rows(self, rows: Any) -> None:
        self._approved.clear()
        super().set_rows(rows)

    # ------------------------------------------------------------------ approvals

    def approved(self) -> list[Any]:
        """The ticked candidates, in the shown order."""
        return [r for r in self.rows() if r.person_id in self._approved]

    def set_all_approved(self, approved: bool) -> None:
        self._approved = {r.person_id for r in self.rows()} if approved else set()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, Column.NAME),
                self.index(self.rowCount() - 1, Column.NAME),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def set_approved(self, row: int, approved: bool) -> None:
        self.setData(
            self.index(row, Column.NAME),
            Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    # ------------------------------------------------------------------ display

    def text(self, row: Any, column: int) -> str:
        if column == Column.NAME:
            return str(row.full_name)
        if column == Column.BIRTH_DATE:
            return fmt_date(row.birth_date)
        if column == Column.CASES:
            return ", ".join(row.case_references)
        if column == Column.LAST_ACTIVITY:
            return fmt_date(row.last_activity)
        if column == Column.DUE_FROM:
            return fmt_date(row.due_from)
        if column == Column.DEADLINE:
            if row.overdue:
                return translate("PurgeCandidateModel", "{date} (passed)").format(
                    date=fmt_date(row.deadline)
                )
            return fmt_date(row.deadline)
        if column == Column.ARCHIVE:
            return (
                translate("PurgeCandidateModel", "Archived for research, then deleted")
                if row.archive
                else translate("PurgeCandidateModel", "Deleted")
            )
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        dates = {
            Column.BIRTH_DATE: row.birth_date.isoformat() if row.birth_date else "",
            Column.LAST_ACTIVITY: row.last_activity.isoformat(),
            Column.DUE_FROM: row.due_from.isoformat(),
            Column.DEADLINE: row.deadline.isoformat(),
        }
        if column in dates:
            return dates[Column(column)]
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if column == Column.DEADLINE and row.overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == Column.ARCHIVE and row.archive:
            return translate(
                "PurgeCandidateModel",
                "Born on the 5th, 15th or 25th: the records are written to an encrypted "
                "research archive file before they are deleted.",
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == Column.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == Column.NAME
            and 0 <= index.row() < self.rowCount()
        ):
            person = self.row_data(index.row()).person_id
            return Qt.CheckState.Checked if person in self._approved else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != Column.NAME
            or not 0 <= index.row() < self.rowCount()
        ):
            return False
        person = self.row_data(index.row()).person_id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if value is not None else False
        if checked:
            self._approved.add(person)
        else:
            self._approved.discard(person)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
