"""Journal: the case's notes (filtered by type), a read pane, and the editor.

Writing: the text is saved as an encrypted draft a few seconds after typing stops
(``vault.journal.save_draft``), when the user presses Ctrl+S, when leaving the participant and
when Avhopp locks, so nothing typed is lost. Signing (Ctrl+Shift+S) locks the note for good;
a signed note is read-only and is changed only by a correction: a new signed note linked to it,
with a reason (``vault.journal.correct``).

Draft saves run on the worker in the order they were submitted. The id and version of the
draft being written live in a :class:`DraftSlot` that only the job functions (worker thread)
update, so a save queued behind another one always continues the same draft, and "sign"
signs exactly the text the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.journal import NoteStatus
from avhopp.errors import ConflictError, UserError, ValidationError
from ui import error_presenter
from ui.dialogs.form_dialog import add_field, close_dialog, guarded
from ui.dialogs.person_form import date_edit
from ui.formats import fmt_date, fmt_datetime, parse_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.note_table_model import NoteColumn, NoteTableModel, note_state
from ui.pages.participant_tabs import ParticipantTab
from ui.session import Changes, Session

#: Autosave this long after the last keystroke.
AUTOSAVE_MS = 2500

NEW_NOTE_KEYS = "Ctrl+N"
SIGN_KEYS = "Ctrl+Shift+S"
SAVE_KEYS = "Ctrl+S"

PAGE_EMPTY, PAGE_READ, PAGE_EDIT = 0, 1, 2


@dataclass
class DraftSlot:
    """The draft being written. Mutated only inside job functions (worker thread); the GUI
    reads it after a job's result arrived."""

    note_id: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class DraftContent:
    note_type: str
    event_date: str  # as typed
    text: str


def _save_into(
    vault: Any, slot: DraftSlot, case_id: str, *, note_type: str, when: date, text: str
) -> Any:
    """Worker thread: create or continue the draft in ``slot``."""
    view = vault.journal.save_draft(
        case_id,
        note_type=note_type,
        event_date=when,
        text=text,
        note_id=slot.note_id,
        expected_version=slot.version,
    )
    slot.note_id, slot.version = view.id, view.version
    return view


class JournalTab(ParticipantTab):
    #: A draft was saved (the NoteView), after the commit.
    draft_saved = Signal(object)
    #: A note was signed (the NoteView), after the commit.
    note_signed = Signal(object)
    reload_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("journal_tab")
        info = session.info
        self._notes: list[Any] = []
        self._corrected: frozenset[str] = frozenset()
        self._select_after_fill: str | None = None
        # The editor's state (see the module docstring).
        self._editing_case: str | None = None
        self._slot = DraftSlot()
        self._submitted: DraftContent | None = None
        self._loading_editor = False
        self.sign_box: QMessageBox | None = None
        self.correction_dialog: Any = None

        # ---- top bar
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("note_type_filter")
        self.type_filter.setAccessibleName(translate("JournalTab", "Show notes of type"))
        self.type_filter.addItem(translate("JournalTab", "All types"), None)
        for entry in info.code_entries("journal_type", active_only=False):
            self.type_filter.addItem(info.code_label("journal_type", entry.code), entry.code)
        self.type_filter.currentIndexChanged.connect(self._fill_model)
        self.count_label = QLabel()
        self.count_label.setObjectName("note_count_label")
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("drafts_label")
        self.new_button = QPushButton(translate("JournalTab", "New note"))
        self.new_button.setObjectName("new_note_button")
        self.new_button.setToolTip(translate("JournalTab", "Write a new note (Ctrl+N)"))
        self.new_button.setAccessibleName(translate("JournalTab", "New note"))
        self.new_button.clicked.connect(self.new_note)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("JournalTab", "Type:")))
        top.addWidget(self.type_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.drafts_label)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # ---- the list
        self.model = NoteTableModel(
            lambda code: info.code_label("journal_type", code), info.staff_name, self
        )
        self.table = QTableView()
        self.table.setObjectName("notes_table")
        self.table.setAccessibleName(translate("JournalTab", "Journal notes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (NoteColumn.DATE, 88),
            (NoteColumn.TYPE, 100),
            (NoteColumn.STATUS, 105),
            (NoteColumn.AUTHOR, 120),
        ):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(NoteColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)

        # ---- the read pane
        read = QWidget()
        read_layout = QVBoxLayout(read)
        read_layout.setContentsMargins(0, 0, 0, 0)
        self.read_title = QLabel()
        self.read_title.setObjectName("note_title")
        font = self.read_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.read_title.setFont(font)
        self.read_meta = QLabel()
        self.read_meta.setObjectName("note_meta")
        self.read_meta.setWordWrap(True)
        self.read_link = QLabel()
        self.read_link.setObjectName("note_link")
        self.read_link.setWordWrap(True)
        self.read_text = QPlainTextEdit()
        self.read_text.setObjectName("note_text")
        self.read_text.setReadOnly(True)
        self.read_text.setAccessibleName(translate("JournalTab", "Note text"))
        self.read_text.setTabChangesFocus(True)
        self.show_linked_button = QPushButton()
        self.show_linked_button.setObjectName("show_linked_button")
        self.show_linked_button.clicked.connect(self._show_linked)
        self.correct_button = QPushButton(translate("JournalTab", "Correct…"))
        self.correct_button.setObjectName("correct_button")
        self.correct_button.setAccessibleName(translate("JournalTab", "Correct this note"))
        self.correct_button.clicked.connect(self.correct_note)
        self.continue_button = QPushButton(translate("JournalTab", "Continue writing"))
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setAccessibleName(translate("JournalTab", "Continue the draft"))
        self.continue_button.clicked.connect(self.continue_draft)
        read_buttons = QHBoxLayout()
        read_buttons.addWidget(self.show_linked_button)
        read_buttons.addStretch(1)
        read_buttons.addWidget(self.continue_button)
        read_buttons.addWidget(self.correct_button)
        read_layout.addWidget(self.read_title)
        read_layout.addWidget(self.read_meta)
        read_layout.addWidget(self.read_link)
        read_layout.addWidget(self.read_text, 1)
        read_layout.addLayout(read_buttons)

        # ---- the editor
        edit = QWidget()
        edit_layout = QVBoxLayout(edit)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_title = QLabel(translate("JournalTab", "New note"))
        self.editor_title.setObjectName("editor_title")
        self.editor_title.setFont(font)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.note_type = QComboBox()
        self.note_type.setObjectName("note_type_combo")
        for entry in info.code_entries("journal_type"):
            self.note_type.addItem(info.code_label("journal_type", entry.code), entry.code)
        self.event_date = date_edit("event_date_edit")
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        type_box = QFormLayout()
        add_field(
            self.errors, type_box, translate("JournalTab", "&Type:"), self.note_type, "note_type"
        )
        date_box = QFormLayout()
        add_field(
            self.errors,
            date_box,
            translate("JournalTab", "Event &date:"),
            self.event_date,
            "event_date",
        )
        row_layout.addLayout(type_box, 1)
        row_layout.addLayout(date_box, 1)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("note_editor")
        self.text_edit.setAccessibleName(translate("JournalTab", "Note text"))
        self.text_edit.setPlaceholderText(
            translate("JournalTab", "Write the note. It is saved as a draft while you write.")
        )
        self.text_error = self.errors.error_label("text", self.text_edit)
        self.save_status = QLabel()
        self.save_status.setObjectName("save_status_label")
        self.save_button = QPushButton(translate("JournalTab", "Save draft"))
        self.save_button.setObjectName("save_draft_button")
        self.save_button.setToolTip(translate("JournalTab", "Save the draft now (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_now)
        self.sign_button = QPushButton(translate("JournalTab", "Sign…"))
        self.sign_button.setObjectName("sign_button")
        self.sign_button.setToolTip(translate("JournalTab", "Sign the note (Ctrl+Shift+S)"))
        self.sign_button.setAccessibleName(translate("JournalTab", "Sign the note"))
        self.sign_button.clicked.connect(self.sign)
        self.close_button = QPushButton(translate("JournalTab", "Close"))
        self.close_button.setObjectName("close_editor_button")
        self.close_button.setToolTip(
            translate("JournalTab", "Close the editor; the draft is kept unsigned")
        )
        self.close_button.clicked.connect(self.close_editor)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_status, 1)
        edit_buttons.addWidget(self.close_button)
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.sign_button)
        edit_layout.addWidget(self.editor_title)
        edit_layout.addWidget(row)
        edit_layout.addWidget(self.text_edit, 1)
        edit_layout.addWidget(self.text_error)
        edit_layout.addLayout(edit_buttons)

        empty = QLabel(
            translate("JournalTab", "Choose a note to read it, or write a new one (Ctrl+N).")
        )
        empty.setObjectName("journal_empty_label")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)

        self.pane = QStackedWidget()
        self.pane.setObjectName("journal_pane")
        self.pane.addWidget(empty)
        self.pane.addWidget(read)
        self.pane.addWidget(edit)

        splitter = QSplitter()
        splitter.setObjectName("journal_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave)
        self.text_edit.textChanged.connect(self._edited)
        self.note_type.currentIndexChanged.connect(self._edited)
        self.event_date.textChanged.connect(self._edited)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.sign_shortcut = QShortcut(QKeySequence(SIGN_KEYS), self, context=context)
        self.sign_shortcut.activated.connect(self.sign)
        self.save_shortcut = QShortcut(QKeySequence(SAVE_KEYS), self, context=context)
        self.save_shortcut.activated.connect(self.save_now)

        self.setTabOrder(self.type_filter, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.note_type)
        self.setTabOrder(self.note_type, self.event_date)
        self.setTabOrder(self.event_date, self.text_edit)
        self.setTabOrder(self.text_edit, self.close_button)
        self.setTabOrder(self.close_button, self.save_button)
        self.setTabOrder(self.save_button, self.sign_button)
        self._show_pane()

    # ------------------------------------------------------------------ the list

    def show_file(self, file: Any, case_file: Any) -> None:
        previous_case = self.case_id
        super().show_file(file, case_file)
        if self._editing_case is not None and self._editing_case != self.case_id:
            # Another case was chosen: keep the draft (saved) and close the editor.
            self._save(quiet=True)
            self._reset_editor()
        self._notes = list(case_file.notes) if case_file is not None else []
        self._corrected = frozenset(n.corrects_id for n in self._notes if n.corrects_id)
        self.new_button.setEnabled(case_file is not None)
        keep = self._current_note_id() if previous_case == self.case_id else None
        self._fill_model(select=self._select_after_fill or keep)
        self._select_after_fill = None

    def _fill_model(self, *_args: Any, select: str | None = None) -> None:
        wanted = self.type_filter.currentData()
        notes = [n for n in self._notes if wanted is None or n.note_type == wanted]
        if select is None:
            select = self._current_note_id()
        self.model.set_notes(notes, corrected=self._corrected)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        total = len(notes)
        self.count_label.setText(translate("JournalTab", "%n note(s)", None, total))
        drafts = sum(1 for n in self._notes if n.status == NoteStatus.DRAFT.value)
        self.drafts_label.setText(
            translate("JournalTab", "– %n unsigned draft(s) of yours", None, drafts)
            if drafts
            else ""
        )
        row = self.model.row_of(select) if select else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self._show_pane()

    def _current_note_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return str(self.model.row_data(index.row()).id)

    def current_note(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_data(index.row())

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_pane()

    def _activated(self, index: QModelIndex) -> None:
        note = self.model.row_data(index.row())
        if note.status == NoteStatus.DRAFT.value:
            self.continue_draft()

    # ------------------------------------------------------------------ the read pane

    @property
    def editing(self) -> bool:
        return self._editing_case is not None

    def _show_pane(self) -> None:
        if self.editing:
            self.pane.setCurrentIndex(PAGE_EDIT)
            return
        note = self.current_note()
        if note is None:
            self.pane.setCurrentIndex(PAGE_EMPTY)
            return
        info = self.session.info
        self.read_title.setText(
            f"{fmt_date(note.event_date)} · {info.code_label('journal_type', note.note_type)}"
        )
        author = info.staff_name(note.author_id) or note.signed_by or ""
        state = note_state(note, self._corrected)
        if state == "draft":
            meta = translate(
                "JournalTab", "Draft by {author}, not signed. Only you can see it."
            ).format(author=author)
        else:
            meta = translate("JournalTab", "Written by {author} · signed {when} by {user}").format(
                author=author, when=fmt_datetime(note.signed_at), user=note.signed_by or ""
            )
        self.read_meta.setText(meta)
        link = ""
        self.show_linked_button.setVisible(False)
        if note.corrects_id:
            original = self._note_by_id(note.corrects_id)
            link = translate(
                "JournalTab", "Correction of the note of {date}. Reason: {reason}"
            ).format(
                date=fmt_date(original.event_date) if original else "",
                reason=note.correction_reason,
            )
            if original is not None:
                self.show_linked_button.setText(translate("JournalTab", "Show the original"))
                self.show_linked_button.setVisible(True)
        if state == "corrected":
            correction = self._correction_of(note.id)
            text = translate("JournalTab", "This note has been corrected on {date}.").format(
                date=fmt_datetime(correction.signed_at) if correction else ""
            )
            link = f"{link}\n{text}" if link else text
            if correction is not None:
                self.show_linked_button.setText(translate("JournalTab", "Show the correction"))
                self.show_linked_button.setVisible(True)
        self.read_link.setText(link)
        self.read_link.setVisible(bool(link))
        self.read_text.setPlainText(note.text)
        self.correct_button.setVisible(state != "draft")
        self.continue_button.setVisible(state == "draft")
        self.pane.setCurrentIndex(PAGE_READ)

    def _note_by_id(self, note_id: str) -> Any:
        return next((n for n in self._notes if n.id == note_id), None)

    def _correction_of(self, note_id: str) -> Any:
        corrections = [n for n in self._notes if n.corrects_id == note_id]
        return corrections[-1] if corrections else None

    def _show_linked(self) -> None:
        note = self.current_note()
        if note is None:
            return
        target = None
        if note_state(note, self._corrected) == "corrected":
            correction = self._correction_of(note.id)
            target = correction.id if correction else None
        elif note.corrects_id:
            target = note.corrects_id
        if target and not self.select_note(target):
            self.type_filter.setCurrentIndex(0)  # the linked note has another type
            self.select_note(target)

    # ------------------------------------------------------------------ the editor

    def new_note(self) -> None:
        """Ctrl+N: start a new note (a note being written is saved as a draft first)."""
        if self.case_file is None:
            return
        if self.editing:
            self._save(quiet=True)
        self._start_editor(DraftSlot(), None)
        self.text_edit.setFocus()

    def continue_draft(self) -> None:
        note = self.current_note()
        if note is None or note.status != NoteStatus.DRAFT.value:
            return
        if self.editing:
            if self._slot.note_id == note.id:
                self.text_edit.setFocus()
                return
            self._save(quiet=True)
        self._start_editor(DraftSlot(note.id, note.version), note)
        self.text_edit.setFocus()

    def _start_editor(self, slot: DraftSlot, note: Any) -> None:
        assert self.case_file is not None
        self.autosave_timer.stop()
        self.errors.clear()
        self._loading_editor = True
        try:
            self._editing_case = self.case_file.case.id
            self._slot = slot
            if note is None:
                self.note_type.setCurrentIndex(0)
                self.event_date.setText(fmt_date(date.today()))
                self.text_edit.setPlainText("")
                self._submitted = None
                self.editor_title.setText(translate("JournalTab", "New note"))
                self.save_status.setText(translate("JournalTab", "Not saved yet"))
            else:
                index = self.note_type.findData(note.note_type)
                if index < 0:
                    self.note_type.addItem(
                        self.session.info.code_label("journal_type", note.note_type),
                        note.note_type,
                    )
                    index = self.note_type.count() - 1
                self.note_type.setCurrentIndex(index)
                self.event_date.setText(fmt_date(note.event_date))
                self.text_edit.setPlainText(note.text)
                self._submitted = self._content()
                self.editor_title.setText(translate("JournalTab", "Draft"))
                self.save_status.setText(
                    translate("JournalTab", "Draft saved {when}").format(
                        when=fmt_datetime(note.created_at)
                    )
                )
        finally:
            self._loading_editor = False
        self.pane.setCurrentIndex(PAGE_EDIT)

    def _content(self) -> DraftContent:
        return DraftContent(
            note_type=str(self.note_type.currentData()),
            event_date=self.event_date.text(),
            text=self.text_edit.toPlainText(),
        )

    @property
    def dirty(self) -> bool:
        return self.editing and self._content() != self._submitted

    def _edited(self, *_args: Any) -> None:
        if self._loading_editor or not self.editing:
            return
        self.save_status.setText(translate("JournalTab", "Changed – saving shortly"))
        self.autosave_timer.start()

    def _autosave(self) -> None:
        self._save(quiet=True)

    def save_now(self) -> None:
        """Ctrl+S / "Save draft"."""
        if self.editing:
            self._save(quiet=False)

    def _save(self, *, quiet: bool, at_lock: bool = False) -> bool:
        """Submit a draft save of what the editor holds (if it changed). ``quiet``: no message
        box, problems only in the status line (autosave). Returns whether a save was
        submitted or nothing needed saving."""
        self.autosave_timer.stop()
        if not self.editing:
            return True
        content = self._content()
        if content == self._submitted:
            return True
        if not content.text.strip():
            if not quiet:
                self.errors.show_field(
                    "text", translate("JournalTab", "Write something before saving.")
                )
            return False
        try:
            when = parse_date(content.event_date) or date.today()
            date_ok = True
        except ValueError:
            when, date_ok = date.today(), False
        if not date_ok and not at_lock:
            self.errors.show_field(
                "event_date", translate("JournalTab", "Write the date as YYYY-MM-DD.")
            )
            self.save_status.setText(translate("JournalTab", "Not saved: check the date"))
            return False
        slot, case_id = self._slot, str(self._editing_case)

        def save(vault: Any) -> Any:  # worker thread
            try:
                return _save_into(
                    vault, slot, case_id, note_type=content.note_type, when=when, text=content.text
                )
            except ValidationError as error:
                if not at_lock or error.field != "event_date":
                    raise
                # Locking: keep the text whatever the date says; the user fixes it later.
                return _save_into(
                    vault,
                    slot,
                    case_id,
                    note_type=content.note_type,
                    when=date.today(),
                    text=content.text,
                )

        self._submitted = content
        self.save_status.setText(translate("JournalTab", "Saving…"))
        self.session.call(
            save,
            on_done=guarded(self, self._draft_saved),
            on_error=guarded(self, lambda error: self._draft_failed(error, content, quiet)),
        )
        return True

    def _draft_saved(self, view: Any) -> None:
        if self.editing and self._slot.note_id == view.id:
            self.errors.clear()
            self.editor_title.setText(translate("JournalTab", "Draft"))
            self.save_status.setText(
                translate("JournalTab", "Draft saved {when}").format(
                    when=datetime.now().strftime("%H:%M:%S")
                )
            )
        if self.case_file is not None and view.case_id == self.case_file.case.id:
            # Keep the list current without reloading the whole file on every autosave.
            self._notes = [n for n in self._notes if n.id != view.id] + [view]
            self._fill_model(select=self._current_note_id())
        self.draft_saved.emit(view)

    def _draft_failed(self, error: BaseException, content: DraftContent, quiet: bool) -> None:
        if self._submitted == content:
            self._submitted = None  # still unsaved: the next autosave tries again
        if isinstance(error, ConflictError):
            error_presenter.present(self, error, on_reload=self.reload_requested.emit)
            return
        if isinstance(error, ValidationError) and error.field in (
            "text",
            "event_date",
            "note_type",
        ):
            self.errors.show(error)
            self.save_status.setText(translate("JournalTab", "Not saved"))
            return
        if isinstance(error, UserError) and quiet:
            self.save_status.setText(
                translate("JournalTab", "Not saved: {reason}").format(
                    reason=error_presenter.error_message(error)
                )
            )
            return
        self.save_status.setText(translate("JournalTab", "Not saved"))
        error_presenter.present(self, error)

    def close_editor(self) -> None:
        """Close the editor; what was written stays as an unsigned draft."""
        if not self.editing:
            return
        note_id = self._slot.note_id
        self._save(quiet=True)
        self._reset_editor()
        if note_id:
            self.select_note(note_id)
        self._show_pane()

    def _reset_editor(self) -> None:
        self.autosave_timer.stop()
        self._editing_case = None
        self._slot = DraftSlot()
        self._submitted = None
        self._loading_editor = True
        try:
            self.text_edit.clear()
            self.event_date.clear()
        finally:
            self._loading_editor = False
        self.errors.clear()

    # ------------------------------------------------------------------ signing

    def sign(self) -> None:
        """Ctrl+Shift+S: sign the note being written (or the selected draft), after a
        confirmation."""
        if not self.editing:
            note = self.current_note()
            if note is None or note.status != NoteStatus.DRAFT.value:
                return
            self.continue_draft()
        if not self.text_edit.toPlainText().strip():
            self.errors.show_field("text", translate("JournalTab", "A note needs some text."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("JournalTab", "Sign note"),
            translate(
                "JournalTab",
                "Sign the note? A signed note can never be changed; a mistake is corrected "
                "with a new, linked note.",
            ),
            parent=self,
        )
        box.setObjectName("sign_box")
        sign_button = box.addButton(
            translate("JournalTab", "Sign"), QMessageBox.ButtonRole.AcceptRole
        )
        sign_button.setObjectName("confirm_sign_button")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sign_button)
        sign_button.clicked.connect(self._sign_confirmed)
        self.sign_box = box
        box.open()

    def _sign_confirmed(self) -> None:
        if not self.editing:
            return
        self.autosave_timer.stop()
        self.errors.clear()
        content = self._content()
        try:
            when = parse_date(content.event_date) or date.today()
        except ValueError:
            self.errors.show_field(
                "event_date", translate("JournalTab", "Write the date as YYYY-MM-DD.")
            )
            return
        slot, case_id = self._slot, str(self._editing_case)

        def sign(vault: Any) -> Any:  # worker thread
            if slot.note_id is None:
                view = vault.journal.write_signed(
                    case_id, note_type=content.note_type, event_date=when, text=content.text
                )
                slot.note_id, slot.version = view.id, view.version
                return view
            _save_into(
                vault, slot, case_id, note_type=content.note_type, when=when, text=content.text
            )
            return vault.journal.sign(slot.note_id, expected_version=slot.version)

        self._submitted = content
        self.sign_button.setEnabled(False)
        self.save_status.setText(translate("JournalTab", "Signing…"))
        self.session.call(
            sign,
            on_done=guarded(self, self._signed),
            on_error=guarded(self, lambda error: self._sign_failed(error, content)),
        )

    def _signed(self, view: Any) -> None:
        self.sign_button.setEnabled(True)
        self._reset_editor()
        self._notes = [n for n in self._notes if n.id != view.id] + [view]
        self._select_after_fill = view.id
        self._fill_model(select=view.id)
        self.note_signed.emit(view)
        self.session.notify(
            Changes.of("notes", person_ids=[self.person_id], case_ids=[view.case_id])
        )

    def _sign_failed(self, error: BaseException, content: DraftContent) -> None:
        self.sign_button.setEnabled(True)
        if self._submitted == content:
            self._submitted = None
        self.save_status.setText(translate("JournalTab", "Not signed"))
        if isinstance(error, ConflictError):
            error_presenter.present(self, error, on_reload=self.reload_requested.emit)
            return
        self.errors.show(error)

    # ------------------------------------------------------------------ corrections

    def correct_note(self) -> None:
        note = self.current_note()
        if note is None or note.status != NoteStatus.SIGNED.value:
            return
        from ui.dialogs.note_correction_dialog import NoteCorrectionDialog

        dialog = NoteCorrectionDialog(self.session, note, person_id=self.person_id, parent=self)
        dialog.accepted.connect(guarded(self, lambda: self._corrected_by(dialog)))
        self.correction_dialog = dialog
        dialog.open()

    def _corrected_by(self, dialog: Any) -> None:
        view = dialog.result_value
        if view is not None:
            self._select_after_fill = view.id

    # ------------------------------------------------------------------ lock

    def save_drafts(self) -> None:
        if self.editing:
            self._save(quiet=True, at_lock=True)

    def forget(self) -> None:
        close_dialog(self.correction_dialog)
        self.correction_dialog = None
        if self.sign_box is not None:
            close_dialog(self.sign_box)
            self.sign_box = None
        self._reset_editor()
        self._notes = []
        self._corrected = frozenset()
        self.model.clear()
        self.read_text.clear()
        self.read_title.clear()
        self.read_meta.clear()
        self.read_link.clear()
        self.count_label.clear()
        self.drafts_label.clear()
        super().forget()
        self._show_pane()
