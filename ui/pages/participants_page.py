"""Deltagare: the participant list with search as you type, filters and sorting; opening a
row shows the participant view on the same page (Back returns to the list as it was)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.models.participant_table_model import (
    CASE_ROLE,
    FLAG_LABELS,
    FLAG_ORDER,
    OPEN_PHASES,
    PERSON_ROLE,
    Column,
    Filters,
    ParticipantTableModel,
    build_search_index,
)
from ui.pages.base import Page
from ui.session import Changes, Session


class ParticipantsPage(Page):
    #: Emitted on the GUI thread when the list has been filled (rows shown).
    list_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        info = session.info
        self.model = ParticipantTableModel(
            phase_label=lambda code: info.code_label("phase", code),
            staff_name=info.staff_name,
            parent=self,
        )
        self.loaded = False
        self._participant_view: Any = None

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(
            translate("ParticipantsPage", "Search name, identity number or case reference")
        )
        self.search_edit.setAccessibleName(translate("ParticipantsPage", "Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filters)
        top.addWidget(self.search_edit, 3)

        self.phase_combo = QComboBox()
        self.phase_combo.setObjectName("phase_filter")
        self.phase_combo.setAccessibleName(translate("ParticipantsPage", "Filter by phase"))
        # Open cases by default: closed ones are kept for years and would bury the current
        # work; "All phases" is one choice away.
        self.phase_combo.addItem(translate("ParticipantsPage", "Open cases"), OPEN_PHASES)
        self.phase_combo.addItem(translate("ParticipantsPage", "All phases"), None)
        for entry in info.code_entries("phase", active_only=False):
            self.phase_combo.addItem(info.code_label("phase", entry.code), entry.code)
        self.phase_combo.currentIndexChanged.connect(self._apply_filters)
        self.model.set_filters(Filters(phase=OPEN_PHASES))
        top.addWidget(self.phase_combo, 1)

        self.worker_combo = QComboBox()
        self.worker_combo.setObjectName("case_worker_filter")
        self.worker_combo.setAccessibleName(translate("ParticipantsPage", "Filter by case worker"))
        self.worker_combo.addItem(translate("ParticipantsPage", "All case workers"), None)
        me = session.actor.user_id
        if me and any(m.id == me for m in info.staff):
            self.worker_combo.addItem(translate("ParticipantsPage", "My cases"), me)
        for member in sorted(info.staff, key=lambda m: m.display_name.casefold()):
            self.worker_combo.addItem(member.display_name, member.id)
        self.worker_combo.currentIndexChanged.connect(self._apply_filters)
        top.addWidget(self.worker_combo, 1)

        self.flag_combo = QComboBox()
        self.flag_combo.setObjectName("flag_filter")
        self.flag_combo.setAccessibleName(translate("ParticipantsPage", "Filter by flag"))
        self.flag_combo.addItem(translate("ParticipantsPage", "Flagged or not"), None)
        self.flag_combo.addItem(translate("ParticipantsPage", "Any flag"), "any")
        for kind in FLAG_ORDER:
            self.flag_combo.addItem(translate("Flags", FLAG_LABELS[kind]), kind)
        self.flag_combo.currentIndexChanged.connect(self._apply_filters)
        top.addWidget(self.flag_combo, 1)

        self.new_button = QPushButton(translate("ParticipantsPage", "New participant…"))
        self.new_button.setObjectName("new_participant_button")
        self.new_button.setAccessibleName(
            translate("ParticipantsPage", "Register a new participant")
        )
        self.new_button.clicked.connect(self.new_participant)
        top.addWidget(self.new_button)
        self.locate_button = QPushButton(translate("ParticipantsPage", "Other case…"))
        self.locate_button.setObjectName("locate_case_button")
        self.locate_button.setToolTip(
            translate(
                "ParticipantsPage",
                "Find a case outside your own by its case reference or identity number "
                "(emergency access)",
            )
        )
        self.locate_button.setAccessibleName(
            translate("ParticipantsPage", "Find a case outside your own")
        )
        self.locate_button.clicked.connect(self.locate_case)
        top.addWidget(self.locate_button)
        layout.addLayout(top)

        self.table = QTableView()
        self.table.setObjectName("participant_table")
        self.table.setAccessibleName(translate("ParticipantsPage", "Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # A fixed row height: the view never measures rows (20,000 of them).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NAME, 240),
            (Column.IDENTITY, 140),
            (Column.REFERENCE, 130),
            (Column.PHASE, 160),
            (Column.CASE_WORKER, 170),
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._row_activated)
        self.table.doubleClicked.connect(self._row_activated)
        layout.addWidget(self.table)

        self.count_label = QLabel(translate("ParticipantsPage", "Loading participants…"))
        self.count_label.setObjectName("count_label")
        layout.addWidget(self.count_label)
        self.stack.addWidget(list_page)
        self._list_page = list_page

        self.setTabOrder(self.search_edit, self.phase_combo)
        self.setTabOrder(self.phase_combo, self.worker_combo)
        self.setTabOrder(self.worker_combo, self.flag_combo)
        self.setTabOrder(self.flag_combo, self.new_button)
        self.setTabOrder(self.new_button, self.locate_button)
        self.setTabOrder(self.locate_button, self.table)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.activated.connect(self.show_list)
        session.open_participant_requested.connect(self.open_participant)
        # The controller starts loading the list before this page exists (the worker
        # decrypts while the window is laid out); fill the model when it arrives.
        session.participants_loaded.connect(self._filled)
        if session.participants_loaded_once:
            QTimer.singleShot(0, self._filled)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.session.load_participants()

    def _filled(self) -> None:
        session = self.session
        rows = list(session.participants.values())
        self.model.set_rows(rows, session.participant_flags)
        self.loaded = True
        self._update_count()
        self.list_loaded.emit()
        # The list shows now; its search index follows from the worker thread.
        session.call(
            lambda _vault: build_search_index(rows),
            on_done=lambda index: self.model.set_index(rows, index),
            on_error=lambda _error: None,  # locked meanwhile: a search builds it
        )

    def focus_search(self) -> None:
        self.show_list()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _apply_filters(self) -> None:
        self.model.set_filters(
            Filters(
                phase=self.phase_combo.currentData(),
                case_worker=self.worker_combo.currentData(),
                flag=self.flag_combo.currentData(),
                query=self.search_edit.text(),
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        if not self.loaded:
            return
        self.count_label.setText(
            translate("ParticipantsPage", "%n case(s) shown", None, self.model.rowCount())
            + " "
            + translate("ParticipantsPage", "of {total}").format(total=self.model.total)
        )

    # ------------------------------------------------------------------ participant view

    def _row_activated(self, index: Any) -> None:
        person_id = index.data(PERSON_ROLE)
        case_id = index.data(CASE_ROLE)
        if person_id:
            self.open_participant(person_id, case_id or "")

    def open_participant(self, person_id: str, case_id: str = "") -> Any:
        """Show the participant view for ``person_id`` (on this page)."""
        from ui.pages.participant_view import ParticipantView

        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None and getattr(window, "current_key", lambda: "")() != (
            "participants"
        ):
            show_page("participants")
        view = self._participant_view
        if view is None:
            view = ParticipantView(self.session, person_id, case_id=case_id or None)
            view.back_requested.connect(self.show_list)
            self._participant_view = view
            self.stack.addWidget(view)
        else:  # one view, reused: a note being written is kept as a draft first
            view.show_person(person_id, case_id or None)
        self.stack.setCurrentWidget(view)
        return view

    @property
    def participant_view(self) -> Any:
        return self._participant_view

    def show_list(self) -> None:
        if self._participant_view is not None:
            self._participant_view.save_drafts()
        self.stack.setCurrentWidget(self._list_page)
        self.search_edit.setFocus()

    def new_participant(self) -> None:
        from ui.dialogs.register_participant_dialog import RegisterParticipantDialog

        dialog = RegisterParticipantDialog(self.session, parent=self)
        dialog.registered.connect(self.open_participant)
        dialog.open()

    def locate_case(self) -> Any:
        from ui.dialogs.locate_case_dialog import LocateCaseDialog

        dialog = LocateCaseDialog(self.session, parent=self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ page protocol

    def refresh(self, changes: Changes) -> None:
        if changes.touches("participants", "cases", "flags"):
            self.reload()
        if self._participant_view is not None:
            self._participant_view.refresh(changes)

    def save_drafts(self) -> None:
        if self._participant_view is not None:
            self._participant_view.save_drafts()

    def forget(self) -> None:
        self.model.clear()
        self.session.participants = {}
        self.search_edit.clear()
        if self._participant_view is not None:
            self._participant_view.forget()
