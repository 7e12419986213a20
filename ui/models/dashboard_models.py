"""The tables of the overview page: my cases, my reminders and flagged cases.

The lists are short and come sorted from the core (``DashboardService.overview``), so these
models keep the core's order. The core sends no names: each model asks ``name_of(case_id)``
(the session's participant list), and :meth:`DashboardTableModel.names_changed` repaints the
name column when that list arrives after the overview.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from avhopp.domain.network import ReminderKind
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.participant_table_model import CASE_ROLE, PERSON_ROLE, flag_icon, flag_text

Index = QModelIndex | QPersistentModelIndex

#: Role telling whether a reminder row is overdue (bool).
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 10

REMINDER_KIND_LABELS = {
    ReminderKind.PLAN_REVIEW: QT_TRANSLATE_NOOP("ReminderKinds", "Review a plan goal"),
    ReminderKind.CONSENT_EXPIRY: QT_TRANSLATE_NOOP("ReminderKinds", "A consent expires"),
    ReminderKind.PROTECTION_EXPIRY: QT_TRANSLATE_NOOP(
        "ReminderKinds", "A confidentiality marking ends"
    ),
    ReminderKind.PURGE: QT_TRANSLATE_NOOP("ReminderKinds", "The case is due for purging"),
}


def reminder_text(reminder: Any) -> str:
    """What a reminder is about: its text, or for an automatic one what it follows."""
    label = REMINDER_KIND_LABELS.get(reminder.kind)
    if label is None or reminder.text:
        return str(reminder.text)
    return translate("ReminderKinds", label)


class DashboardTableModel(QAbstractTableModel):
    """A read-only table over a short tuple of read models.

    Subclasses set ``COLUMNS`` (an ``IntEnum``), ``HEADERS`` (column → ``QT_TRANSLATE_NOOP``
    text in the context ``CONTEXT``) and implement :meth:`text`.
    """

    CONTEXT = ""
    COLUMNS: type[enum.IntEnum]
    HEADERS: ClassVar[dict[Any, str]] = {}
    #: The column that shows the participant's name (repainted by ``names_changed``).
    NAME_COLUMN: int = -1

    def __init__(self, *, name_of: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._name_of = name_of
        self._rows: list[Any] = []

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted value (at the lock)."""
        self.set_rows([])

    def row_data(self, row: int) -> Any:
        return self._rows[row]

    def names_changed(self) -> None:
        """The participant list arrived or changed: repaint the names."""
        if self._rows and self.NAME_COLUMN >= 0:
            self.dataChanged.emit(
                self.index(0, self.NAME_COLUMN),
                self.index(len(self._rows) - 1, self.NAME_COLUMN),
            )

    def name(self, case_id: str | None) -> str:
        return self._name_of(case_id) if case_id else ""

    # ------------------------------------------------------------------ for subclasses

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def person_id(self, row: Any) -> str | None:
        return getattr(row, "person_id", None)

    def case_id(self, row: Any) -> str | None:
        return getattr(row, "case_id", None)

    def other_role(self, row: Any, column: int, role: int) -> Any:
        """Other roles (decoration, tool tip, font...) of a cell."""
        return None

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translate(self.CONTEXT, self.HEADERS[self.COLUMNS(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == CASE_ROLE:
            return self.case_id(row)
        if role == PERSON_ROLE:
            return self.person_id(row)
        return self.other_role(row, column, role)


# --------------------------------------------------------------------------- my cases


class MyCasesModel(DashboardTableModel):
    """Rows are ``MyCase`` (open cases the user is responsible for)."""

    class Column(enum.IntEnum):
        NAME = 0
        REFERENCE = 1
        PHASE = 2
        NEXT_REMINDER = 3

    CONTEXT = "MyCasesModel"
    COLUMNS = Column
    HEADERS: ClassVar[dict[Any, str]] = {
        Column.NAME: QT_TRANSLATE_NOOP("MyCasesModel", "Name"),
        Column.REFERENCE: QT_TRANSLATE_NOOP("MyCasesModel", "Case reference"),
        Column.PHASE: QT_TRANSLATE_NOOP("MyCasesModel", "Phase"),
        Column.NEXT_REMINDER: QT_TRANSLATE_NOOP("MyCasesModel", "Next reminder"),
    }
    NAME_COLUMN = Column.NAME

    def __init__(
        self,
        *,
        name_of: Callable[[str], str],
        phase_label: Callable[[str], str],
        parent: Any = None,
    ) -> None:
        super().__init__(name_of=name_of, parent=parent)
        self._phase_label = phase_label

    def text(self, row: Any, column: int) -> str:
        col = self.Column
        if column == col.NAME:
            return self.name(row.case_id)
        if column == col.REFERENCE:
            return str(row.reference)
        if column == col.PHASE:
            return self._phase_label(row.phase)
        return fmt_date(row.next_reminder_on)


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class ReminderRow:
    reminder: Any  # ReminderView
    overdue: bool

    @property
    def case_id(self) -> str | None:
        return self.reminder.case_id  # type: ignore[no-any-return]


class ReminderListModel(DashboardTableModel):
    """The user's overdue reminders first, then the upcoming ones (each by due date)."""

    class Column(enum.IntEnum):
        DUE = 0
        NAME = 1
        REMINDER = 2

    CONTEXT = "ReminderListModel"
    COLUMNS = Column
    HEADERS: ClassVar[dict[Any, str]] = {
        Column.DUE: QT_TRANSLATE_NOOP("ReminderListModel", "Due"),
        Column.NAME: QT_TRANSLATE_NOOP("ReminderListModel", "Participant"),
        Column.REMINDER: QT_TRANSLATE_NOOP("ReminderListModel", "Reminder"),
    }
    NAME_COLUMN = Column.NAME

    def __init__(
        self,
        *,
        name_of: Callable[[str], str],
        reference_of: Callable[[str], str],
        person_of: Callable[[str], str | None],
        overdue_color: Any = None,
        parent: Any = None,
    ) -> None:
        super().__init__(name_of=name_of, parent=parent)
        self._reference_of = reference_of
        self._person_of = person_of
        self._overdue_color = overdue_color

    def set_reminders(self, overdue: Sequence[Any], upcoming: Sequence[Any]) -> None:
        self.set_rows(
            [ReminderRow(r, True) for r in overdue] + [ReminderRow(r, False) for r in upcoming]
        )

    def set_overdue_color(self, color: Any) -> None:
        self._overdue_color = color
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    @property
    def upcoming_count(self) -> int:
        return sum(1 for row in self._rows if not row.overdue)

    def person_id(self, row: Any) -> str | None:
        reminder = row.reminder
        if reminder.person_id:
            return str(reminder.person_id)
        return self._person_of(reminder.case_id) if reminder.case_id else None

    def text(self, row: Any, column: int) -> str:
        reminder = row.reminder
        col = self.Column
        if column == col.DUE:
            return fmt_date(reminder.due_on)
        if column == col.NAME:
            # Until the participant list has arrived, the case reference says whose it is.
            return self.name(reminder.case_id) or self._reference_of(reminder.case_id or "")
        return reminder_text(reminder)

    def other_role(self, row: Any, column: int, role: int) -> Any:
        if not row.overdue or column != self.Column.DUE:
            if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.NAME:
                return self._reference_of(row.reminder.case_id or "") or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue_color is not None:
            return self._overdue_color
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return translate("ReminderListModel", "Overdue")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == OVERDUE_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].overdue
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and index.isValid()
            and index.column() == self.Column.DUE
            and 0 <= index.row() < len(self._rows)
            and self._rows[index.row()].overdue
        ):
            return translate("ReminderListModel", "{date} (overdue)").format(
                date=fmt_date(self._rows[index.row()].reminder.due_on)
            )
        return super().data(index, role)


# --------------------------------------------------------------------------- flagged cases


class FlaggedCasesModel(DashboardTableModel):
    """Rows are ``FlaggedCase`` (open cases whose person has an active flag)."""

    class Column(enum.IntEnum):
        NAME = 0
        REFERENCE = 1
        FLAGS = 2

    CONTEXT = "FlaggedCasesModel"
    COLUMNS = Column
    HEADERS: ClassVar[dict[Any, str]] = {
        Column.NAME: QT_TRANSLATE_NOOP("FlaggedCasesModel", "Name"),
        Column.REFERENCE: QT_TRANSLATE_NOOP("FlaggedCasesModel", "Case reference"),
        Column.FLAGS: QT_TRANSLATE_NOOP("FlaggedCasesModel", "Flags"),
    }
    NAME_COLUMN = Column.NAME

    def __init__(self, *, name_of: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(name_of=name_of, parent=parent)
        self._icons: dict[frozenset[str], QIcon] = {}

    @staticmethod
    def _kinds(row: Any) -> frozenset[str]:
        return frozenset(str(kind) for kind in row.flags)

    def text(self, row: Any, column: int) -> str:
        col = self.Column
        if column == col.NAME:
            return self.name(row.case_id)
        if column == col.REFERENCE:
            return str(row.reference)
        return flag_text(self._kinds(row))

    def other_role(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.Column.FLAGS:
            kinds = self._kinds(row)
            icon = self._icons.get(kinds)
            if icon is None:
                icon = self._icons[kinds] = flag_icon(kinds)
            return icon
        return None
