"""A read-only table of frozen read models (notes, phase changes, cases, audit entries).

One model class per table says how a row reads: the column headers (marked with
``QT_TRANSLATE_NOOP`` in the subclass's own context and translated when shown), the text of a
cell and the value to sort by. Rows are plain Python objects; nothing is copied into per-cell
items, so a table of a few thousand rows fills in a millisecond or two.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex

#: The value to sort by (text case-folded).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's id (``row.id`` when it has one).
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordTableModel(QAbstractTableModel):
    """Subclasses set ``CONTEXT`` and ``HEADERS`` and implement :meth:`text`; they may
    override :meth:`sort_key`, :meth:`tooltip`, :meth:`font` and :meth:`foreground`."""

    CONTEXT: ClassVar[str] = "RecordTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_data(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, row_id: str) -> int | None:
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return number
        return None

    # ------------------------------------------------------------------ what a row shows

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.text(row, column).casefold()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def font(self, row: Any, column: int) -> Any:
        return None

    def foreground(self, row: Any, column: int) -> Any:
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
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(
            key=lambda r: _comparable(self.sort_key(r, column)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        # Keep selections and current indexes on the same rows.
        positions = {id(r): i for i, r in enumerate(self._rows)}
        from_list = []
        to_list = []
        for persistent in self.persistentIndexList():
            if not persistent.isValid():
                continue
            new_row = positions[id(old[persistent.row()])]
            from_list.append(persistent)
            to_list.append(self.index(new_row, persistent.column()))
        self.changePersistentIndexList(from_list, to_list)
        self.layoutChanged.emit()


def _comparable(value: Any) -> tuple[int, Any]:
    """``None`` sorts first, whatever the other values are."""
    return (0, "") if value is None else (1, value)
