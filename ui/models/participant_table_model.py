"""The participant list: one row per visible case, searched and filtered in Python.

Qt's stock ``QSortFilterProxyModel`` calls back into Python for every row on every keystroke
(seconds at 20,000 rows here); this model instead keeps the rows, a search index of
case-folded text built once (``avhopp.domain.search``) and the row order of the current sort,
and on each keystroke computes the visible row numbers with one list comprehension
(milliseconds), then resets. The view asks only for the rows it paints.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from avhopp.domain.search import Searchable, SearchIndex, fold
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex

#: Role with the value to sort by (Vorta's pattern): text columns case-folded.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role with the case id of a row; ``PERSON_ROLE`` the person id.
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(enum.IntEnum):
    NAME = 0
    IDENTITY = 1
    REFERENCE = 2
    PHASE = 3
    CASE_WORKER = 4
    FLAGS = 5


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
    Column.IDENTITY: QT_TRANSLATE_NOOP("ParticipantTableModel", "Identity number"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("ParticipantTableModel", "Case reference"),
    Column.PHASE: QT_TRANSLATE_NOOP("ParticipantTableModel", "Phase"),
    Column.CASE_WORKER: QT_TRANSLATE_NOOP("ParticipantTableModel", "Case worker"),
    Column.FLAGS: QT_TRANSLATE_NOOP("ParticipantTableModel", "Flags"),
}

FLAG_LABELS = {
    "threat": QT_TRANSLATE_NOOP("Flags", "Threat"),
    "protected_identity": QT_TRANSLATE_NOOP("Flags", "Protected identity"),
    "other": QT_TRANSLATE_NOOP("Flags", "Flagged"),
}
FLAG_COLORS = {"threat": "#c62828", "protected_identity": "#6a1b9a", "other": "#ef6c00"}
FLAG_ORDER = ("threat", "protected_identity", "other")


def flag_text(kinds: frozenset[str] | set[str]) -> str:
    return ", ".join(translate("Flags", FLAG_LABELS[k]) for k in FLAG_ORDER if k in kinds)


def flag_icon(kinds: frozenset[str] | set[str]) -> QIcon:
    """Small coloured dots, one per flag kind, drawn (no image files to ship)."""
    shown = [k for k in FLAG_ORDER if k in kinds]
    pixmap = QPixmap(12 * max(1, len(shown)), 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, kind in enumerate(shown):
        painter.setBrush(QBrush(QColor(FLAG_COLORS[kind])))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(i * 12 + 1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


#: The phase filter's value for "every phase but closed" (the list's default).
OPEN_PHASES = "__open__"
CLOSED = "closed"


def build_search_index(rows: Sequence[Any]) -> SearchIndex:
    """Any thread: the case-folded search text of every row (pure Python, no Qt)."""
    return SearchIndex(
        [
            Searchable(
                key=r.case_id,
                name=r.full_name,
                identity_number=r.identity_number,
                reference=r.reference,
            )
            for r in rows
        ]
    )


@dataclass(frozen=True)
class Filters:
    phase: str | None = None  # a phase code, OPEN_PHASES, or None for all
    case_worker: str | None = None  # a user id
    flag: str | None = None  # a flag kind, or "any"
    query: str = ""


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_SORT, _CASE, _PERSON = int(SORT_ROLE), int(CASE_ROLE), int(PERSON_ROLE)
_ROLES = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE, _SORT, _CASE, _PERSON})
_FLAG_COLUMNS = frozenset({int(Column.NAME), int(Column.FLAGS)})


class ParticipantTableModel(QAbstractTableModel):
    """Rows are ``ParticipantSummary`` read models; ``phase_label``/``staff_name`` turn codes
    and ids into text."""

    def __init__(
        self,
        *,
        phase_label: Callable[[str], str],
        staff_name: Callable[[str | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._phase_label = phase_label
        self._staff_name = staff_name
        self._rows: list[Any] = []
        self._flags: dict[str, frozenset[str]] = {}
        self._index: SearchIndex | None = SearchIndex([])
        self._position: dict[str, int] = {}
        self._order: list[int] = []
        self._visible: list[int] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._filters = Filters()
        self._icons: dict[frozenset[str], QIcon] = {}
        self._texts: dict[int, list[str]] = {}

    # ------------------------------------------------------------------ loading

    def set_rows(self, rows: Sequence[Any], flags: dict[str, frozenset[str]]) -> None:
        """Replace every row (at unlock, or after a change to the list)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._flags = {k: frozenset(str(f) for f in v) for k, v in flags.items()}
        # The search index is built on the worker thread after the list shows
        # (``set_index``); a search before that builds it here.
        self._index = None
        self._position = {r.case_id: i for i, r in enumerate(self._rows)}
        self._texts = {}
        self._sort_keys = {}
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()

    def set_index(self, rows: Sequence[Any], index: SearchIndex) -> None:
        """Install a search index built elsewhere for exactly these rows."""
        if [r.case_id for r in rows] == [r.case_id for r in self._rows]:
            self._index = index
            if self._filters.query.strip():
                self.beginResetModel()
                self._visible = self._filtered()
                self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted value (at the lock)."""
        self.set_rows([], {})

    @property
    def total(self) -> int:
        return len(self._rows)

    def row_data(self, row: int) -> Any:
        return self._rows[self._visible[row]]

    def flags_of(self, person_id: str) -> frozenset[str]:
        return self._flags.get(person_id, frozenset())

    def row_of_case(self, case_id: str) -> int | None:
        position = self._position.get(case_id)
        if position is None:
            return None
        try:
            return self._visible.index(position)
        except ValueError:
            return None

    # ------------------------------------------------------------------ filtering

    def set_filters(self, filters: Filters) -> None:
        if filters == self._filters:
            return
        self._filters = filters
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    @property
    def filters(self) -> Filters:
        return self._filters

    def _filtered(self) -> list[int]:
        f = self._filters
        candidates = self._order
        if f.query.strip():
            if self._index is None:
                self._index = build_search_index(self._rows)
            # A byte per row marks the hits; filtering the sorted order by it is a plain
            # index lookup per row (a set of 36-character ids costs ten times as much).
            mask = bytearray(len(self._rows))
            position = self._position
            for key in self._index.search(f.query):
                mask[position[key]] = 1
            candidates = [i for i in candidates if mask[i]]
        if f.phase == OPEN_PHASES:
            rows = self._rows
            candidates = [i for i in candidates if rows[i].phase != CLOSED]
        elif f.phase:
            rows = self._rows
            candidates = [i for i in candidates if rows[i].phase == f.phase]
        if f.case_worker:
            rows = self._rows
            candidates = [i for i in candidates if rows[i].responsible_user_id == f.case_worker]
        if f.flag:
            rows, flags = self._rows, self._flags
            if f.flag == "any":
                candidates = [i for i in candidates if flags.get(rows[i].person_id)]
            else:
                candidates = [i for i in candidates if f.flag in flags.get(rows[i].person_id, ())]
        return list(candidates)

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = Column(column)
        self._sort_order = order
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        keys = self._sort_keys.get(self._sort_column)
        if keys is None:
            keys = [self._sort_value(r, self._sort_column) for r in self._rows]
            self._sort_keys[self._sort_column] = keys
        return sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_value(self, row: Any, column: Column) -> Any:
        if column == Column.NAME:
            # Swedish order: last name, then first name; å ä ö sort after z by code point.
            parts = row.full_name.rsplit(" ", 1)
            return fold(f"{parts[-1]} {parts[0]}")
        if column == Column.PHASE:
            return fold(self._phase_label(row.phase))
        if column == Column.CASE_WORKER:
            return fold(self._staff_name(row.responsible_user_id))
        if column == Column.FLAGS:
            return -len(self._flags.get(row.person_id, ()))
        return fold(self._text(row, column))

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate("ParticipantTableModel", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: plain ints, no enum conversions.
        if role not in _ROLES:
            return None
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._visible):
            return None
        position = self._visible[row_number]
        row = self._rows[position]
        column = index.column()
        if role == _DISPLAY:
            return self._display(position, row)[column]
        if role == _SORT:
            return self._sort_value(row, Column(column))
        if role == _CASE:
            return row.case_id
        if role == _PERSON:
            return row.person_id
        kinds = self._flags.get(row.person_id)
        if role == _DECORATION:
            if column != Column.NAME or not kinds:
                return None
            icon = self._icons.get(kinds)
            if icon is None:
                icon = self._icons[kinds] = flag_icon(kinds)
            return icon
        if role == _TOOLTIP:
            return flag_text(kinds) if kinds and column in _FLAG_COLUMNS else None
        text = self._display(position, row)[column]  # accessible text
        if column == Column.NAME and kinds:
            return f"{text} ({flag_text(kinds)})"
        return text

    def _display(self, position: int, row: Any) -> list[str]:
        texts = self._texts.get(position)
        if texts is None:
            texts = [self._text(row, c) for c in Column]
            self._texts[position] = texts
        return texts

    def _text(self, row: Any, column: Column) -> str:
        if column == Column.NAME:
            return str(row.full_name)
        if column == Column.IDENTITY:
            number = str(row.identity_number)
            if len(number) == 12 and number.isdigit():
                return f"{number[:8]}-{number[8:]}"
            return number
        if column == Column.REFERENCE:
            return str(row.reference)
        if column == Column.PHASE:
            return self._phase_label(row.phase)
        if column == Column.CASE_WORKER:
            return self._staff_name(row.responsible_user_id)
        return flag_text(self._flags.get(row.person_id, frozenset()))
