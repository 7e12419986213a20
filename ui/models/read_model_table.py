"""A table of frozen read models (support steps, goals, consents, reminders...): the small
lists of one case, shown whole and sorted in Python.

Subclasses name their columns with an ``IntEnum``, give translated headers through
``QT_TRANSLATE_NOOP`` and say how a row reads in each column (:meth:`text`); sorting uses
:meth:`sort_value` (case-folded text by default), exposed as ``SORT_ROLE`` (Vorta's pattern).
Every row is a read model with an ``id``; ``ID_ROLE`` returns it, so views find the selected
record without knowing the row order.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from avhopp.domain.search import fold
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex

#: Role with the value to sort by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role with the id of the row's record.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: Small status accents (text colour only, so both light and dark themes keep their
#: backgrounds): readable on white and on a dark grey.
WARNING_COLOR = "#d32f2f"
#: History rows (withdrawn, done, cancelled): mid grey, readable on both.
MUTED_COLOR = "#808080"


class ReadModelTableModel(QAbstractTableModel):
    """Rows are read models with an ``id``. Subclasses set ``context`` (their translation
    context), ``columns`` (an ``IntEnum``) and ``headers`` (column → untranslated text)."""

    context: ClassVar[str] = "ReadModelTableModel"
    columns: ClassVar[type[enum.IntEnum]]
    headers: ClassVar[dict[Any, str]] = {}
    #: Columns right-aligned (amounts, scores).
    numeric_columns: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (the view reloaded the participant file)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column is not None:
            self._rows.sort(key=self._key(self._sort_column), reverse=self._descending)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted value (at the lock)."""
        self.set_rows([])

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_data(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        for i, record in enumerate(self._rows):
            if self.record_id(record) == record_id:
                return i
        return None

    # ------------------------------------------------------------------ per subclass

    def record_id(self, record: Any) -> str:
        return str(record.id)

    def text(self, record: Any, column: int) -> str:
        """What the cell shows."""
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        """What the column sorts by: case-folded text unless overridden. ``None`` sorts
        last."""
        return fold(self.text(record, column))

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    def warning(self, record: Any, column: int) -> bool:
        """Whether the cell is shown as a warning (bold, red text): overdue, high risk."""
        return False

    def muted(self, record: Any) -> bool:
        """Whether the row is history (withdrawn, done, cancelled): shown in grey."""
        return False

    def accessible_text(self, record: Any, column: int) -> str:
        return self.text(record, column)

    # ------------------------------------------------------------------ sorting

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, column: int) -> Any:
        def key(record: Any) -> tuple[int, Any]:
            value = self.sort_value(record, column)
            return (1, "") if value is None else (0, value)

        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._sort_order = order
        self._rows.sort(key=self._key(column), reverse=self._descending)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return translate(self.context, self.headers[self.columns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == SORT_ROLE:
            return self.sort_value(record, column)
        if role == ID_ROLE:
            return self.record_id(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.warning(record, column):
                return QColor(WARNING_COLOR)
            if self.muted(record):
                return QColor(MUTED_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and self.warning(record, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
