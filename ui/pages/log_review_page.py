"""Loggranskning: following up the audit log, for unit managers and log reviewers (lag
2001:454 asks for systematic checks of who read what).

- Filter the log by user, action, case, person and period (``vault.audit_review.entries``,
  newest first, one page at a time).
- Draw a random spot check (``sample``) and review it entry by entry.
- Mark entries reviewed, with or without a remark (``mark_reviewed``).
- Export one person's access log (loggutdrag) as CSV where the user chooses
  (``export_person_extract``; the file is written on the worker).
- Verify the hash chain of the whole log (``vault.audit.verify``); a broken chain names the
  first bad entry, shown in red.

Every read of the log is itself logged by the core. A log reviewer sees no participant list,
so a case or person is given as a case reference the session knows (managers) or as the id
shown in the log; selecting an entry and choosing "Filter by what it concerns" fills it in.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import IntegrityError
from ui import error_presenter
from ui.dialogs.review_remark_dialog import ReviewRemarkDialog
from ui.dialogs.spot_check_dialog import SpotCheckDialog
from ui.formats import fmt_date, parse_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.audit_entry_model import AuditEntryModel, Column, action_label
from ui.pages.base import Page
from ui.session import Changes, Session

#: Entries fetched per page ("Load more" fetches the next).
PAGE_SIZE = 500
OK_COLOUR = "#2e7d32"
BROKEN_COLOUR = "#c62828"
_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

WITNESS_TEXT = {
    "ok": QT_TRANSLATE_NOOP("LogReviewPage", "this PC's witness agrees"),
    "absent": QT_TRANSLATE_NOOP("LogReviewPage", "this PC keeps no witness of this log yet"),
    "ahead-of-database": QT_TRANSLATE_NOOP(
        "LogReviewPage", "this PC's witness has seen a longer log"
    ),
}


@dataclasses.dataclass(frozen=True)
class LogFilters:
    """What the user filtered by, as the service takes it."""

    username: str | None = None
    action: str | None = None
    case_id: str | None = None
    person_id: str | None = None
    start: date | None = None
    end: date | None = None

    def call(self, *, limit: int, offset: int = 0) -> Any:
        """A worker function: one page of entries."""
        filters = self

        def entries(vault: Any) -> list[Any]:
            return vault.audit_review.entries(
                username=filters.username,
                action=filters.action,
                case_id=filters.case_id,
                person_id=filters.person_id,
                start=filters.start,
                end=filters.end,
                limit=limit,
                offset=offset,
            )

        return entries


def load_choices(vault: Any) -> tuple[list[Any], list[str]]:
    """Worker thread: the users (for the user filter) and the actions in the log."""
    return vault.users.list_users(), vault.audit_review.actions()


def write_extract(person_id: str, path: Path) -> Any:
    """A worker function: the person's access log as CSV at ``path``. The core records the
    export before it returns the rows; the file is written only when that succeeded (no half
    file is left behind). Returns the number of entries, or the OS error's text."""

    def export(vault: Any) -> int | str:
        buffer = io.StringIO()
        count = int(vault.audit_review.export_person_extract(person_id, buffer))
        try:
            # UTF-8 with a byte-order mark: spreadsheet programs then read å, ä, ö right.
            path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        except OSError as exc:
            return exc.strerror or type(exc).__name__
        return count

    return export


class LogReviewPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.loaded = False
        self.filters = LogFilters()
        self.mode = "filter"  # or "sample"
        self.sample_info: tuple[int, date, date] | None = None
        self.dialog: Any = None
        self.message_box: QMessageBox | None = None
        self.verification: Any = None  # the last AuditVerification, or the error
        self.last_export: tuple[Path, int] | None = None
        self.errors = FieldErrors(self)
        self._more = False
        self.model = AuditEntryModel(target_text=self._target_text, parent=self)

        heading = QLabel(translate("LogReviewPage", "Log review"))
        heading.setObjectName("page_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        # ---------------------------------------------------------------- filters
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("user_filter")
        self.user_combo.setAccessibleName(translate("LogReviewPage", "Filter by user"))
        self.user_combo.setMinimumContentsLength(18)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("action_filter")
        self.action_combo.setAccessibleName(translate("LogReviewPage", "Filter by action"))
        self.action_combo.setMinimumContentsLength(22)
        self._fill_choices([], [])
        self.case_edit = self._line(
            "case_filter",
            translate("LogReviewPage", "Case reference or id"),
            translate("LogReviewPage", "Filter by case"),
        )
        self.person_edit = self._line(
            "person_filter",
            translate("LogReviewPage", "Case reference or person id"),
            translate("LogReviewPage", "Filter by person"),
        )
        self.start_edit = self._line(
            "start_filter", "YYYY-MM-DD", translate("LogReviewPage", "From date")
        )
        self.end_edit = self._line(
            "end_filter", "YYYY-MM-DD", translate("LogReviewPage", "To date")
        )
        for edit in (self.case_edit, self.person_edit, self.start_edit, self.end_edit):
            edit.returnPressed.connect(self.apply_filters)
        self.filter_button = self._button("filter_button", translate("LogReviewPage", "&Filter"))
        self.filter_button.setDefault(True)
        self.filter_button.clicked.connect(self.apply_filters)
        self.clear_button = self._button(
            "clear_filters_button", translate("LogReviewPage", "&Clear filters")
        )
        self.clear_button.clicked.connect(self.clear_filters)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        fields = (
            (translate("LogReviewPage", "&User:"), self.user_combo, None),
            (translate("LogReviewPage", "&Action:"), self.action_combo, None),
            (translate("LogReviewPage", "Ca&se:"), self.case_edit, "case"),
            (translate("LogReviewPage", "&Person:"), self.person_edit, "person"),
            (translate("LogReviewPage", "F&rom:"), self.start_edit, "start"),
            (translate("LogReviewPage", "&To:"), self.end_edit, "end"),
        )
        for number, (text, widget, field) in enumerate(fields):
            row, column = divmod(number, 3)
            label = QLabel(text)
            label.setBuddy(widget)
            # Level with the field (the error label below it may take more room).
            label.setFixedHeight(widget.sizeHint().height())
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(widget)
            if field is not None:
                cell_layout.addWidget(self.errors.error_label(field, widget))
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        filter_buttons = QVBoxLayout()
        filter_buttons.addWidget(self.filter_button)
        filter_buttons.addWidget(self.clear_button)
        filter_buttons.addStretch(1)
        filters_row = QHBoxLayout()
        filters_row.addLayout(grid, 1)
        filters_row.addSpacing(8)
        filters_row.addLayout(filter_buttons)

        # ---------------------------------------------------------------- the table
        self.mode_label = QLabel()
        self.mode_label.setObjectName("log_mode_label")
        self.mode_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(translate("LogReviewPage", "Log entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.SEQ, 55),
            (Column.TIME, 130),
            (Column.USER, 95),
            (Column.ACTION, 200),
            (Column.TARGET, 140),
            (Column.DETAILS, 250),
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(Column.SEQ, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        # ---------------------------------------------------------------- actions
        self.review_button = self._button(
            "mark_reviewed_button", translate("LogReviewPage", "&Mark reviewed…")
        )
        self.review_button.clicked.connect(self.mark_reviewed)
        self.sample_button = self._button(
            "spot_check_button", translate("LogReviewPage", "Random spot chec&k…")
        )
        self.sample_button.clicked.connect(self.spot_check)
        self.concerns_button = self._button(
            "filter_concerns_button", translate("LogReviewPage", "Filter by &what it concerns")
        )
        self.concerns_button.clicked.connect(self.filter_by_selected_target)
        self.export_button = self._button(
            "export_button", translate("LogReviewPage", "&Export person's log…")
        )
        self.export_button.clicked.connect(self.export_extract)
        self.more_button = self._button(
            "load_more_button", translate("LogReviewPage", "&Load more")
        )
        self.more_button.clicked.connect(self.load_more)
        actions = QHBoxLayout()
        for button in (
            self.review_button,
            self.sample_button,
            self.concerns_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)

        # ---------------------------------------------------------------- verification
        self.verify_button = self._button(
            "verify_button", translate("LogReviewPage", "&Verify the log chain")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_icon = QLabel()
        self.verify_icon.setObjectName("verify_icon")
        self.verify_label = QLabel(
            translate(
                "LogReviewPage",
                "Checks every entry's seal and its link to the one before, so an edited, "
                "removed or inserted entry is found.",
            )
        )
        self.verify_label.setObjectName("verify_label")
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_frame = QFrame()
        self.verify_frame.setObjectName("verify_frame")
        self.verify_frame.setFrameShape(QFrame.Shape.StyledPanel)
        verify_row = QHBoxLayout(self.verify_frame)
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_icon)
        verify_row.addWidget(self.verify_label, 1)

        self.status_label = QLabel()
        self.status_label.setObjectName("log_status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters_row)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(self.verify_frame)

        order = [
            self.user_combo,
            self.action_combo,
            self.case_edit,
            self.person_edit,
            self.start_edit,
            self.end_edit,
            self.filter_button,
            self.clear_button,
            self.table,
            self.review_button,
            self.sample_button,
            self.concerns_button,
            self.export_button,
            self.more_button,
            self.verify_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        session.participants_loaded.connect(self._participants_loaded)
        self._update_buttons()

    def _line(self, name: str, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setClearButtonEnabled(True)
        return edit

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # ------------------------------------------------------------------ Page

    def activate(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload_choices()
            self.reload()

    def refresh(self, changes: Changes) -> None:
        # Every read of the log is itself logged: reloading on "audit" would never end.
        if self.loaded and changes.touches("users"):
            self.reload_choices()

    def forget(self) -> None:
        self.model.clear()
        self.loaded = False
        self.filters = LogFilters()
        self.mode = "filter"
        self.sample_info = None
        self.verification = None
        self.last_export = None
        for edit in (self.case_edit, self.person_edit, self.start_edit, self.end_edit):
            edit.clear()
        self._fill_choices([], [])
        self.mode_label.clear()
        self.status_label.clear()
        self.errors.clear()
        self._show_verification(None)
        self._update_buttons()

    # ------------------------------------------------------------------ names

    def _participants_loaded(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, Column.TARGET),
                self.model.index(self.model.rowCount() - 1, Column.TARGET),
            )

    def _target_text(self, entry: Any) -> str:
        """A case reference for entries on cases (and people) the session knows."""
        participants = self.session.participants
        if entry.target_type == "case":
            row = participants.get(entry.target_id)
            if row is not None:
                return translate("LogReviewPage", "case {reference}").format(
                    reference=row.reference
                )
        elif entry.target_type == "person":
            references = sorted(
                r.reference for r in participants.values() if r.person_id == entry.target_id
            )
            if references:
                return translate("LogReviewPage", "person in {references}").format(
                    references=", ".join(references)
                )
        return ""

    def _resolve(self, text: str, field: str) -> str | None:
        """A case (``field`` "case") or person ("person") id from what the user typed; raises
        ``LookupError`` (after showing why next to the field) when it names neither."""
        typed = text.strip()
        if not typed:
            return None
        for row in self.session.participants.values():
            if str(row.reference).casefold() == typed.casefold():
                return str(row.case_id if field == "case" else row.person_id)
        if _ID.fullmatch(typed):
            return typed.lower()
        self.errors.show_field(
            field,
            translate(
                "LogReviewPage",
                "No case with this reference is known here. Give the id shown in the log, or "
                "select an entry and choose “Filter by what it concerns”.",
            ),
        )
        raise LookupError(field)

    def _date(self, edit: QLineEdit, field: str) -> date | None:
        try:
            return parse_date(edit.text())
        except ValueError:
            self.errors.show_field(field, translate("LogReviewPage", "Write a date as YYYY-MM-DD."))
            raise LookupError(field) from None

    # ------------------------------------------------------------------ choices

    def reload_choices(self) -> None:
        self.session.call(
            load_choices, on_done=lambda result: self._fill_choices(*result), parent=self
        )

    def _fill_choices(self, users: list[Any], actions: list[str]) -> None:
        for combo, items, everything in (
            (
                self.user_combo,
                [
                    (f"{u.display_name} ({u.username})", u.username)
                    for u in sorted(users, key=lambda u: u.display_name.casefold())
                ],
                translate("LogReviewPage", "All users"),
            ),
            (
                self.action_combo,
                sorted(
                    ((action_label(a), a) for a in actions), key=lambda pair: pair[0].casefold()
                ),
                translate("LogReviewPage", "All actions"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(str(current), current)  # keep a filter the list no longer has
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ filtering

    def typed_filters(self) -> LogFilters | None:
        """The filters as typed, or ``None`` (with a message next to the field)."""
        self.errors.clear()
        try:
            return LogFilters(
                username=self.user_combo.currentData(),
                action=self.action_combo.currentData(),
                case_id=self._resolve(self.case_edit.text(), "case"),
                person_id=self._resolve(self.person_edit.text(), "person"),
                start=self._date(self.start_edit, "start"),
                end=self._date(self.end_edit, "end"),
            )
        except LookupError:
            return None

    def apply_filters(self) -> None:
        filters = self.typed_filters()
        if filters is None:
            return
        self.filters = filters
        self.mode = "filter"
        self.reload()

    def clear_filters(self) -> None:
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        for edit in (self.case_edit, self.person_edit, self.start_edit, self.end_edit):
            edit.clear()
        self.apply_filters()

    def reload(self, *, keep: int = 0, message: str = "") -> None:
        """Load the first page for the current filters (at least ``keep`` rows, so a reload
        after marking keeps what was shown); ``message`` is shown once it is loaded."""
        self.mode = "filter"
        limit = max(PAGE_SIZE, keep)
        filters = self.filters
        self.status_label.setText(translate("LogReviewPage", "Loading…"))
        self.session.call(
            filters.call(limit=limit),
            on_done=lambda rows: self._loaded(rows, limit=limit, append=False, message=message),
            on_error=self._filter_failed,
            parent=self,
        )

    def load_more(self) -> None:
        if self.mode != "filter" or not self._more:
            return
        offset = self.model.rowCount()
        self.session.call(
            self.filters.call(limit=PAGE_SIZE, offset=offset),
            on_done=lambda rows: self._loaded(rows, limit=PAGE_SIZE, append=True),
            on_error=self._filter_failed,
            parent=self,
        )

    def _loaded(self, rows: list[Any], *, limit: int, append: bool, message: str = "") -> None:
        self._more = len(rows) == limit
        selected = self.selected_seqs()
        self.model.set_rows((self.model.rows() if append else []) + list(rows))
        self._select(selected)
        count = self.model.rowCount()
        if self._is_filtered():
            text = translate("LogReviewPage", "%n entry(s) match the filters", None, count)
        else:
            text = translate("LogReviewPage", "The latest %n entry(s) of the log", None, count)
        if self._more:
            text += translate("LogReviewPage", " (more with “Load more”)")
        self.mode_label.setText(text)
        self.status_label.setText(message)
        self._update_buttons()

    def _is_filtered(self) -> bool:
        return self.filters != LogFilters()

    def _filter_failed(self, error: BaseException) -> None:
        self.status_label.clear()
        self.errors.show(error)  # the period's fields show their own errors

    # ------------------------------------------------------------------ selection

    def selected_entries(self) -> list[Any]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_data(r) for r in rows]

    def selected_seqs(self) -> list[int]:
        return [e.seq for e in self.selected_entries()]

    def select_seqs(self, seqs: list[int]) -> None:
        self._select(seqs)

    def _select(self, seqs: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for seq in seqs:
            row = self.model.row_of(seq)
            if row is None:
                continue
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                self.table.setCurrentIndex(self.model.index(row, 0))
                first = False
            selection.select(self.model.index(row, 0), flags)

    def _update_buttons(self) -> None:
        entries = self.selected_entries()
        self.review_button.setEnabled(bool(entries))
        self.concerns_button.setEnabled(
            len(entries) == 1 and entries[0].target_type in ("case", "person")
        )
        self.more_button.setVisible(self.mode == "filter" and self._more)

    def _context_menu(self, position: Any) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        menu = QMenu(self)
        if len(entries) == 1 and entries[0].username:
            user_action = QAction(
                translate("LogReviewPage", "Only entries by {user}").format(
                    user=entries[0].username
                ),
                menu,
            )
            user_action.triggered.connect(lambda: self.filter_by_user(entries[0].username))
            menu.addAction(user_action)
        if self.concerns_button.isEnabled():
            menu.addAction(
                self.concerns_button.text().replace("&", ""), self.filter_by_selected_target
            )
        menu.addAction(self.review_button.text().replace("&", ""), self.mark_reviewed)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def filter_by_user(self, username: str) -> None:
        index = self.user_combo.findData(username)
        if index < 0:
            self.user_combo.addItem(username, username)
            index = self.user_combo.count() - 1
        self.user_combo.setCurrentIndex(index)
        self.apply_filters()

    def filter_by_selected_target(self) -> None:
        entries = self.selected_entries()
        if len(entries) != 1:
            return
        entry = entries[0]
        known = self.session.participants.get(entry.target_id or "")
        if entry.target_type == "case":
            self.case_edit.setText(known.reference if known is not None else entry.target_id)
            self.person_edit.clear()
        elif entry.target_type == "person":
            self.person_edit.setText(entry.target_id)
            self.case_edit.clear()
        else:
            return
        self.apply_filters()

    # ------------------------------------------------------------------ spot check

    def spot_check(self) -> None:
        dialog = SpotCheckDialog(self.session, parent=self)
        dialog.saved.connect(self._sampled)
        self._open(dialog)

    def _sampled(self, result: tuple[list[Any], int, date, date]) -> None:
        rows, size, start, end = result
        self.mode = "sample"
        self.sample_info = (size, start, end)
        self._more = False
        self.model.set_rows(rows)
        self.mode_label.setText(
            translate(
                "LogReviewPage",
                "Random spot check: %n entry(s) drawn from {start} to {end}. “Filter” returns "
                "to the log.",
                None,
                len(rows),
            ).format(start=fmt_date(start), end=fmt_date(end))
        )
        self._update_buttons()

    # ------------------------------------------------------------------ reviewing

    def mark_reviewed(self) -> None:
        seqs = self.selected_seqs()
        if not seqs:
            return
        dialog = ReviewRemarkDialog(self.session, seqs, parent=self)
        dialog.saved.connect(lambda result, marked=seqs: self._marked(marked, *result))
        self._open(dialog)

    def _marked(self, seqs: list[int], count: int, remark: str) -> None:
        message = translate("LogReviewPage", "%n entry(s) marked reviewed.", None, count)
        self.status_label.setText(message)
        self.session.notify(Changes.of("audit"))
        if self.mode == "filter":
            # Reloaded from the core, so what is shown is what was stored; the selection is
            # kept by sequence number.
            self.reload(keep=self.model.rowCount(), message=message)
            return
        # A spot check cannot be drawn again the same way: show the marks on its rows.
        now = datetime.now(UTC)
        for seq in seqs:
            row = self.model.row_of(seq)
            if row is not None:
                self.model.replace_row(
                    row,
                    dataclasses.replace(
                        self.model.row_data(row),
                        reviewed=True,
                        review_remark=remark,
                        reviewed_by=self.session.actor.username,
                        reviewed_at=now,
                    ),
                )

    # ------------------------------------------------------------------ export

    def _export_person(self) -> str | None:
        """The person to export: the Person field, else the selected entry's person."""
        self.errors.clear()
        try:
            typed = self._resolve(self.person_edit.text(), "person")
        except LookupError:
            return None
        if typed:
            return typed
        entries = self.selected_entries()
        if len(entries) == 1:
            entry = entries[0]
            if entry.target_type == "person":
                return str(entry.target_id)
            known = self.session.participants.get(entry.target_id or "")
            if entry.target_type == "case" and known is not None:
                return str(known.person_id)
        self.errors.show_field(
            "person",
            translate(
                "LogReviewPage",
                "Give the person here (a case reference or the person's id), or select an "
                "entry about the person.",
            ),
        )
        return None

    def export_extract(self) -> None:
        person_id = self._export_person()
        if person_id is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("LogReviewPage", "Save the person's access log"),
            f"loggutdrag-{date.today().isoformat()}.csv",
            translate("LogReviewPage", "CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        self.status_label.setText(translate("LogReviewPage", "Exporting…"))
        self.session.call(
            write_extract(person_id, path),
            on_done=lambda result: self._exported(path, result),
            on_error=self._export_failed,
            parent=self,
        )

    def _exported(self, path: Path, result: int | str) -> None:
        if isinstance(result, str):
            self.status_label.clear()
            self._message(
                QMessageBox.Icon.Warning,
                translate("LogReviewPage", "Could not be done"),
                translate("LogReviewPage", "The file {path} could not be written: {reason}").format(
                    path=str(path), reason=result
                ),
            )
            return
        self.last_export = (path, result)
        self.status_label.setText(
            translate(
                "LogReviewPage",
                "%n entry(s) exported to {path}. The file is sensitive.",
                None,
                result,
            ).format(path=str(path))
        )

    def _export_failed(self, error: BaseException) -> None:
        self.status_label.clear()
        error_presenter.present(self, error)

    # ------------------------------------------------------------------ verification

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_label.setText(translate("LogReviewPage", "Verifying the whole log…"))
        self.session.call(
            lambda vault: vault.audit.verify(),
            on_done=self._verified,
            on_error=self._verify_failed,
            parent=self,
        )

    def _verified(self, result: Any) -> None:
        self.verify_button.setEnabled(True)
        self.verification = result
        self._show_verification(result)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        if isinstance(error, IntegrityError):
            self.verification = error
            self._show_verification(error)
            return
        self._show_verification(None)
        error_presenter.present(self, error)

    def _show_verification(self, result: Any) -> None:
        style = self.style()
        if result is None:
            self.verify_icon.clear()
            self.verify_label.setStyleSheet("")
            self.verify_frame.setStyleSheet("")
            self.verify_label.setText(
                translate(
                    "LogReviewPage",
                    "Checks every entry's seal and its link to the one before, so an edited, "
                    "removed or inserted entry is found.",
                )
            )
            return
        if isinstance(result, IntegrityError):
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            colour = BROKEN_COLOUR
            message = error_presenter.error_message(result).rstrip()
            if not message.endswith((".", "!")):
                message += "."
            text = "\n".join(
                (
                    translate("LogReviewPage", "THE AUDIT LOG IS BROKEN."),
                    message,
                    translate(
                        "LogReviewPage",
                        "Report this at once to the unit manager and the IT security contact; "
                        "the log can no longer prove who did what.",
                    ),
                )
            )
            seq = getattr(result, "seq", None)
            if isinstance(seq, int) and self.model.row_of(seq) is not None:
                self._select([seq])
                self.table.scrollTo(self.model.index(self.model.row_of(seq), 0))
        else:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            colour = OK_COLOUR
            witness = WITNESS_TEXT.get(result.witness)
            text = translate(
                "LogReviewPage",
                "The audit log is intact: %n entry(s) checked; {witness}.",
                None,
                result.entries,
            ).format(witness=translate("LogReviewPage", witness) if witness else result.witness)
        size = self.fontMetrics().height() + 6
        self.verify_icon.setPixmap(icon.pixmap(size, size))
        self.verify_label.setText(text)
        self.verify_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.verify_frame.setStyleSheet(
            f"QFrame#verify_frame {{ border: 2px solid {colour}; border-radius: 4px; }}"
        )

    # ------------------------------------------------------------------ helpers

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self)
        box.setObjectName("log_message_box")
        box.addButton(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()
