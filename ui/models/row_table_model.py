"""A small read-only table over a list of frozen read models (users, code entries, audit
entries, purge candidates): a column enum, translated headers, a sort role, sorting in
Python. These lists hold at most a few thousand rows, so a full reset per reload is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

#: Role with the value to sort by (Vorta's pattern): text case-folded.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role with the row's read model.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses set ``CONTEXT`` (translation context), ``HEADERS`` (English, marked with
    ``QT_TRANSLATE_NOOP`` in that context, one per column) and implement :meth:`text`;
    :meth:`sort_key`, :meth:`foreground`, :meth:`tooltip` are optional."""

    CONTEXT = "RowTableModel"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_data(self, row: int) -> R:
        return self._rows[row]

    def replace_row(self, row: int, value: R) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ------------------------------------------------------------------ hooks

    def text(self, row: R, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        return self.text(row, column).casefold()

    def foreground(self, row: R, column: int) -> Any:
        return None

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[i.row()], i.column()) for i in persistent]
        self._sort = (column, order)
        self._sort_rows(column, order)
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(r)], c) for r, c in before]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
