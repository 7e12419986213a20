"""Kontakter: the contact directory (every contact linked to a case the user may see) and, for
the selected contact, its details and the cases it is linked to.

The directory comes from one core call (``vault.contacts.directory()``, one audit entry) the
first time the page is shown; search and the kind filter run in Python over that list.
Participant names come from the session's participant list. Double-clicking a linked case
opens the participant.
"""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.network import ContactKind
from ui import error_presenter
from ui.i18n import translate
from ui.models.contact_directory_model import (
    CASE_ROLE,
    ContactDirectoryModel,
    DirectoryFilters,
    LinkedCasesModel,
    display_phone,
    kind_label,
)
from ui.pages.base import Page
from ui.session import Changes, Session


def load_directory(vault: Any) -> list[Any]:
    """Worker thread: the contact directory (never touch widgets here)."""
    return list(vault.contacts.directory())


def _heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class ContactDetails(QWidget):
    """The selected contact: its details and the cases it is linked to."""

    case_opened = Signal(str)  # case id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry: Any = None
        info = session.info
        self.cases_model = LinkedCasesModel(
            name_of=session.participant_name,
            role_label=lambda code: info.code_label("contact_role", code),
            parent=self,
        )

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.none_label = QLabel(translate("ContactDetails", "Choose a contact in the list."))
        self.none_label.setObjectName("no_contact_label")
        self.none_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.none_label)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.name_label = _heading("", 1.25)
        self.name_label.setObjectName("contact_name_label")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        top.addWidget(self.name_label, 1)
        self.edit_button = QPushButton(translate("ContactDetails", "&Change…"))
        self.edit_button.setObjectName("edit_contact_button")
        self.edit_button.setAccessibleName(translate("ContactDetails", "Change the contact"))
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("contact_kind_label")
        self.kind_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.kind_label)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("agency", translate("ContactDetails", "Agency:")),
            ("title", translate("ContactDetails", "Title:")),
            ("relation", translate("ContactDetails", "Relation:")),
            ("phone", translate("ContactDetails", "Phone:")),
            ("email", translate("ContactDetails", "E-mail:")),
            ("notes", translate("ContactDetails", "Notes:")),
        ):
            value = QLabel()
            value.setObjectName(f"contact_{key}_value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text.rstrip(":"))
            self.form.addRow(text, value)
            self.values[key] = value
        layout.addLayout(self.form)

        self.cases_heading = _heading(translate("ContactDetails", "Linked cases"), 1.05)
        self.cases_heading.setObjectName("linked_cases_heading")
        layout.addSpacing(6)
        layout.addWidget(self.cases_heading)
        self.cases_table = QTableView()
        self.cases_table.setObjectName("linked_cases_table")
        self.cases_table.setAccessibleName(translate("ContactDetails", "Linked cases"))
        self.cases_table.setModel(self.cases_model)
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases_table.setAlternatingRowColors(True)
        self.cases_table.setShowGrid(False)
        self.cases_table.setWordWrap(False)
        self.cases_table.setToolTip(
            translate("ContactDetails", "Double-click a case to open the participant")
        )
        self.cases_table.verticalHeader().setVisible(False)
        self.cases_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.cases_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.cases_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in LinkedCasesModel.Column:
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == LinkedCasesModel.Column.PARTICIPANT
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.cases_table.activated.connect(self._case_activated)
        self.cases_table.doubleClicked.connect(self._case_activated)
        layout.addWidget(self.cases_table, 1)
        layout.addStretch(0)
        self.stack.addWidget(page)
        self._page = page
        self._last_open = ("", 0.0)

    def show_entry(self, entry: Any) -> None:
        self.entry = entry
        if entry is None:
            self.cases_model.clear()
            for value in self.values.values():
                value.clear()
            self.name_label.clear()
            self.stack.setCurrentWidget(self.none_label)
            return
        contact = entry.contact
        info = self.session.info
        professional = contact.kind == ContactKind.PROFESSIONAL
        self.name_label.setText(contact.name)
        self.kind_label.setText(kind_label(contact.kind))
        texts = {
            "agency": info.code_label("agency", contact.agency) if professional else "",
            "title": contact.title if professional else "",
            "relation": "" if professional else contact.relation,
            "phone": display_phone(contact.phone),
            "email": contact.email,
            "notes": contact.notes,
        }
        for key, value in self.values.items():
            value.setText(texts[key])
            # Empty details take no room: the pane shows what is known.
            self.form.setRowVisible(value, bool(texts[key]))
        self.cases_model.set_cases(entry.cases)
        # As tall as its rows (a contact has a few cases): no empty box under them.
        table = self.cases_table
        header = table.horizontalHeader()
        table.setMaximumHeight(
            max(header.sizeHint().height(), header.height())
            + table.verticalHeader().defaultSectionSize() * max(1, len(entry.cases))
            + 2 * table.frameWidth()
            + 4
        )
        self.cases_heading.setText(
            translate("ContactDetails", "Linked cases") + f" ({len(entry.cases)})"
        )
        self.stack.setCurrentWidget(self._page)

    def names_changed(self) -> None:
        self.cases_model.names_changed()

    def _case_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ROLE)
        if not case_id:
            return
        last, when = self._last_open
        now = time.monotonic()
        if last == case_id and now - when < 0.5:
            return  # double-click and "activated" arrive together on some platforms
        self._last_open = (case_id, now)
        self.case_opened.emit(case_id)


class ContactsPage(Page):
    #: Emitted on the GUI thread when the directory has been shown.
    directory_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        info = session.info
        self.model = ContactDirectoryModel(
            name_of=session.participant_name,
            agency_label=lambda value: info.code_label("agency", value),
            parent=self,
        )
        self.loaded = False
        self.load_seconds: float | None = None
        self._loading = False
        self._stale = False
        self._generation = 0
        self._select_after_load: str | None = None
        self.dialog: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        title = _heading(translate("ContactsPage", "Contacts"), 1.4)
        title.setObjectName("page_heading")
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(translate("ContactsPage", "&New contact…"))
        self.new_button.setObjectName("new_contact_button")
        self.new_button.setAccessibleName(translate("ContactsPage", "Add a new contact"))
        self.new_button.clicked.connect(self.new_contact)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("contact_search_edit")
        self.search_edit.setPlaceholderText(
            translate("ContactsPage", "Search name, agency, phone, case reference or participant")
        )
        self.search_edit.setAccessibleName(translate("ContactsPage", "Search contacts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filters)
        filters.addWidget(self.search_edit, 3)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("contact_kind_filter")
        self.kind_combo.setAccessibleName(translate("ContactsPage", "Filter by kind"))
        self.kind_combo.addItem(translate("ContactsPage", "All kinds"), None)
        for kind in ContactKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._apply_filters)
        filters.addWidget(self.kind_combo, 1)
        outer.addLayout(filters)

        splitter = QSplitter()
        splitter.setObjectName("contacts_splitter")
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setObjectName("contact_table")
        self.table.setAccessibleName(translate("ContactsPage", "Contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        column = ContactDirectoryModel.Column
        width = self.fontMetrics().horizontalAdvance
        for col, chars in (
            (column.NAME, "Elisabeth Ahmed Sandin"),
            (column.KIND, "Professional"),
            (column.ORGANISATION, "Arbetsförmedlingen"),
            (column.PHONE, "010-123 45 67"),
        ):
            header.resizeSection(col, width(chars) + 24)
        header.setSortIndicator(column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._row_activated)
        left_layout.addWidget(self.table, 1)
        self.count_label = QLabel(translate("ContactsPage", "Loading contacts…"))
        self.count_label.setObjectName("contact_count_label")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)

        self.details = ContactDetails(session)
        self.details.setObjectName("contact_details")
        self.details.edit_button.clicked.connect(self.edit_contact)
        self.details.case_opened.connect(self._open_case)
        self.details.show_entry(None)
        scroll = QScrollArea()
        scroll.setObjectName("contact_details_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 360])
        outer.addWidget(splitter, 1)

        self.setTabOrder(self.new_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.table)
        self.setTabOrder(self.table, self.details.edit_button)
        self.setTabOrder(self.details.edit_button, self.details.cases_table)
        session.participants_loaded.connect(self._names_arrived)

    # ------------------------------------------------------------------ loading

    def activate(self) -> None:
        if (not self.loaded and not self._loading) or self._stale:
            self.reload()

    def reload(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        generation = self._generation
        started = time.perf_counter()
        self.session.call(
            load_directory,
            on_done=lambda entries: self._filled(entries, generation, started),
            on_error=lambda error: self._failed(error, generation),
            parent=self,
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        self._loading = False
        if generation == self._generation and shiboken6.isValid(self):
            error_presenter.present(self, error)

    def _filled(self, entries: list[Any], generation: int, started: float) -> None:
        self._loading = False
        if generation != self._generation or not shiboken6.isValid(self):
            return
        selected = self._select_after_load or self.current_contact_id()
        self._select_after_load = None
        self.model.set_entries(entries)
        self.loaded = True
        self.load_seconds = time.perf_counter() - started
        self._update_count()
        self.select_contact(selected)
        self.directory_loaded.emit()
        if self._stale:
            self.reload()

    def _update_count(self) -> None:
        if not self.loaded:
            return
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            text = translate("ContactsPage", "%n contact(s)", None, total)
        else:
            text = translate("ContactsPage", "%n of {total} contact(s) shown", None, shown).format(
                total=total
            )
        self.count_label.setText(text)

    def _apply_filters(self) -> None:
        selected = self.current_contact_id()
        self.model.set_filters(
            DirectoryFilters(query=self.search_edit.text(), kind=self.kind_combo.currentData())
        )
        self._update_count()
        self.select_contact(selected)

    def _names_arrived(self) -> None:
        self.model.names_changed()
        self.details.names_changed()

    # ------------------------------------------------------------------ selection

    def current_contact_id(self) -> str | None:
        entry = self.details.entry
        return str(entry.contact.id) if entry is not None else None

    def select_contact(self, contact_id: str | None) -> None:
        """Select ``contact_id`` if it is shown; otherwise show no contact."""
        row = self.model.row_of_contact(contact_id) if contact_id else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.details.show_entry(None)
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        self.details.show_entry(self.model.entry(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.show_entry(self.model.entry(current.row()))
        else:
            self.details.show_entry(None)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.details.cases_table.setFocus()

    def _open_case(self, case_id: str) -> None:
        row = self.session.participants.get(case_id)
        if row is not None:
            self.session.open_participant(row.person_id, case_id)

    # ------------------------------------------------------------------ changing

    def new_contact(self) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        self._show_dialog(ContactDialog(self.session, parent=self))

    def edit_contact(self) -> None:
        entry = self.details.entry
        if entry is None:
            return
        from ui.dialogs.contact_dialog import ContactDialog

        self._show_dialog(ContactDialog(self.session, contact=entry.contact, parent=self))

    def _show_dialog(self, dialog: Any) -> None:
        dialog.contact_saved.connect(self._saved)
        dialog.reload_requested.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _saved(self, contact_id: str) -> None:
        # The session's "contacts" change reloads the directory; select the saved contact.
        self._select_after_load = contact_id
        if not self._loading:
            self.reload()

    # ------------------------------------------------------------------ page protocol

    def refresh(self, changes: Changes) -> None:
        if not changes.touches("contacts", "cases", "participants"):
            return
        if self._loading:
            self._stale = True
            return
        if not self.loaded:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def forget(self) -> None:
        self._generation += 1
        self.loaded = False
        self._stale = False
        self._select_after_load = None
        self.model.clear()
        self.details.show_entry(None)
        self.search_edit.clear()
        self.count_label.setText(translate("ContactsPage", "Loading contacts…"))
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None
