"""The contact directory: every contact linked to a case the user may see, searched and
filtered in Python (a case-folded text per row, built once per load), and the linked cases of
the selected contact.

The core sends no participant names (``DirectoryEntry`` holds case references); the models
ask ``name_of(case_id)`` (the session's participant list), and :meth:`names_changed` brings
them in when that list arrives later.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import phonenumbers
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from avhopp.domain.network import ContactKind
from avhopp.domain.search import fold
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex

#: Role with the value to sort by (case-folded text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role with the contact id of a directory row; on a linked-case row, the case id.
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
CASE_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {
    ContactKind.PROFESSIONAL: QT_TRANSLATE_NOOP("ContactKinds", "Professional"),
    ContactKind.PRIVATE: QT_TRANSLATE_NOOP("ContactKinds", "Private"),
}


def kind_label(kind: ContactKind | str) -> str:
    try:
        return translate("ContactKinds", KIND_LABELS[ContactKind(kind)])
    except (ValueError, KeyError):
        return str(kind)


def display_phone(number: str) -> str:
    """A stored E.164 number the way people read it: Swedish numbers in the national form
    (010-123 45 67), others internationally."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "SE")
    except phonenumbers.NumberParseException:
        return number
    form = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 46
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, form))


def organisation(contact: Any, agency_label: Callable[[str], str]) -> str:
    """A professional contact's agency (and title); a private contact's relation."""
    if contact.kind == ContactKind.PROFESSIONAL:
        agency = agency_label(contact.agency)
        return f"{agency}, {contact.title}" if contact.title else agency
    return str(contact.relation)


@dataclass(frozen=True)
class DirectoryFilters:
    query: str = ""
    kind: str | None = None  # a ContactKind value


class ContactDirectoryModel(QAbstractTableModel):
    """Rows are ``DirectoryEntry`` read models (a contact and its visible cases)."""

    class Column(enum.IntEnum):
        NAME = 0
        KIND = 1
        ORGANISATION = 2
        PHONE = 3
        CASES = 4

    HEADERS: ClassVar[dict[Any, str]] = {
        Column.NAME: QT_TRANSLATE_NOOP("ContactDirectoryModel", "Name"),
        Column.KIND: QT_TRANSLATE_NOOP("ContactDirectoryModel", "Kind"),
        Column.ORGANISATION: QT_TRANSLATE_NOOP("ContactDirectoryModel", "Agency or relation"),
        Column.PHONE: QT_TRANSLATE_NOOP("ContactDirectoryModel", "Phone"),
        Column.CASES: QT_TRANSLATE_NOOP("ContactDirectoryModel", "Linked cases"),
    }

    def __init__(
        self,
        *,
        name_of: Callable[[str], str],
        agency_label: Callable[[str], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._name_of = name_of
        self._agency_label = agency_label
        self._entries: list[Any] = []
        self._texts: list[str] = []  # case-folded search text per entry
        self._order: list[int] = []  # entry positions in the current sort order
        self._visible: list[int] = []  # positions shown, in sort order
        self._filters = DirectoryFilters()
        self._sort_column = self.Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ content

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = [self._haystack(e) for e in self._entries]
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted value (at the lock)."""
        self.set_entries([])

    @property
    def total(self) -> int:
        return len(self._entries)

    def entry(self, row: int) -> Any:
        return self._entries[self._visible[row]]

    def row_of_contact(self, contact_id: str) -> int | None:
        for row, position in enumerate(self._visible):
            if self._entries[position].contact.id == contact_id:
                return row
        return None

    def entry_of_contact(self, contact_id: str) -> Any:
        for entry in self._entries:
            if entry.contact.id == contact_id:
                return entry
        return None

    def names_changed(self) -> None:
        """The participant list arrived: participant names become searchable."""
        self.beginResetModel()
        self._texts = [self._haystack(e) for e in self._entries]
        self._visible = self._filtered()
        self.endResetModel()

    def _haystack(self, entry: Any) -> str:
        contact = entry.contact
        phone = contact.phone
        forms = [
            contact.name,
            self._agency_label(contact.agency),
            contact.agency,
            contact.title,
            contact.relation,
            contact.email,
            # E.164, as shown (010-123 45 67) and as typed without spaces (0101234567).
            phone,
            display_phone(phone),
            display_phone(phone).replace(" ", "").replace("-", ""),
        ]
        for case in entry.cases:
            forms.append(case.reference)
            forms.append(self._name_of(case.case_id))
        return fold("\n".join(f for f in forms if f))

    # ------------------------------------------------------------------ filtering

    def set_filters(self, filters: DirectoryFilters) -> None:
        if filters == self._filters:
            return
        self._filters = filters
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    @property
    def filters(self) -> DirectoryFilters:
        return self._filters

    def _filtered(self) -> list[int]:
        f = self._filters
        candidates = self._order
        if f.kind:
            entries = self._entries
            candidates = [i for i in candidates if entries[i].contact.kind == f.kind]
        terms = fold(f.query).split()
        if terms:
            texts = self._texts
            candidates = [i for i in candidates if all(t in texts[i] for t in terms)]
        return list(candidates)

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = self.Column(column)
        self._sort_order = order
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        column = self._sort_column
        keys = [self._sort_value(e, column) for e in self._entries]
        return sorted(
            range(len(self._entries)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_value(self, entry: Any, column: int) -> Any:
        if column == self.Column.CASES:
            return (len(entry.cases), fold(self.text(entry, column)))
        return (fold(self.text(entry, column)), fold(entry.contact.name))

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.Column)
        ):
            return translate("ContactDirectoryModel", self.HEADERS[self.Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        entry = self._entries[self._visible[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, column)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == CONTACT_ROLE:
            return entry.contact.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.CASES:
            return "\n".join(
                " – ".join(p for p in (case.reference, self._name_of(case.case_id)) if p)
                for case in entry.cases
            )
        return None

    def text(self, entry: Any, column: int) -> str:
        contact = entry.contact
        if column == self.Column.NAME:
            return str(contact.name)
        if column == self.Column.KIND:
            return kind_label(contact.kind)
        if column == self.Column.ORGANISATION:
            return organisation(contact, self._agency_label)
        if column == self.Column.PHONE:
            return display_phone(contact.phone)
        return ", ".join(case.reference for case in entry.cases)


class LinkedCasesModel(QAbstractTableModel):
    """The cases one contact is linked to (``DirectoryCase`` rows), by reference. The markers
    column names only what calls for care (a risk, not to be contacted), so the usual case
    reads as an empty cell."""

    class Column(enum.IntEnum):
        REFERENCE = 0
        PARTICIPANT = 1
        ROLE = 2
        MARKERS = 3

    HEADERS: ClassVar[dict[Any, str]] = {
        Column.REFERENCE: QT_TRANSLATE_NOOP("LinkedCasesModel", "Case reference"),
        Column.PARTICIPANT: QT_TRANSLATE_NOOP("LinkedCasesModel", "Participant"),
        Column.ROLE: QT_TRANSLATE_NOOP("LinkedCasesModel", "Role"),
        Column.MARKERS: QT_TRANSLATE_NOOP("LinkedCasesModel", "Markers"),
    }

    def __init__(
        self,
        *,
        name_of: Callable[[str], str],
        role_label: Callable[[str], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._name_of = name_of
        self._role_label = role_label
        self._rows: list[Any] = []

    def set_cases(self, cases: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = sorted(cases, key=lambda c: (c.reference, c.case_id))
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case(self, row: int) -> Any:
        return self._rows[row]

    def names_changed(self) -> None:
        if self._rows:
            column = self.Column.PARTICIPANT
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.Column)
        ):
            return translate("LinkedCasesModel", self.HEADERS[self.Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(case, column)
        if role == CASE_ROLE:
            return case.case_id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.MARKERS:
            return self._marker_help(case) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.PARTICIPANT:
            return self.text(case, column) or None  # the column is narrow: the whole name
        return None

    def text(self, case: Any, column: int) -> str:
        if column == self.Column.REFERENCE:
            return str(case.reference)
        if column == self.Column.PARTICIPANT:
            return self._name_of(case.case_id)
        if column == self.Column.ROLE:
            return self._role_label(case.role)
        markers = []
        if case.risk:
            markers.append(translate("LinkedCasesModel", "Risk"))
        if not case.may_contact:
            markers.append(translate("LinkedCasesModel", "Do not contact"))
        return ", ".join(markers)

    @staticmethod
    def _marker_help(case: Any) -> str:
        lines = []
        if case.risk:
            lines.append(
                translate("LinkedCasesModel", "This contact is a risk to the participant.")
            )
        if not case.may_contact:
            lines.append(
                translate(
                    "LinkedCasesModel", "The participant has not agreed that we contact them."
                )
            )
        return "\n".join(lines)
