"""Pieces the record tabs of the participant view share (Support, Plan, Contacts, Consents,
Reminders): a table of read models that opens the selected record on double-click or Enter,
a section heading, and the "after a committed change" notification."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.dialogs.service_form_dialog import alive
from ui.models.read_model_table import ReadModelTableModel
from ui.session import Changes


class RecordTableView(QTableView):
    """A read-only, row-selecting, sortable table; ``activated_record`` carries the record
    under a double-click or Enter."""

    activated_record = Signal(object)

    def __init__(
        self,
        model: ReadModelTableModel,
        *,
        object_name: str,
        accessible_name: str,
        stretch_column: int | None = None,
        sortable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.stretch_column = stretch_column
        header = self.horizontalHeader()
        # Rows come in the core's order (recorded, due, valid from); a click on a header sorts.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sortable)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.verticalHeader().setVisible(False)
        # Fixed row heights and column widths measured on the first rows only: a journal of
        # hundreds of notes is shown without measuring every row.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_column is None)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._activated)

    def record_model(self) -> ReadModelTableModel:
        model = self.model()
        assert isinstance(model, ReadModelTableModel)
        return model

    def current_record(self) -> Any:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.record_model().row_data(rows[0].row())

    def select_record(self, record_id: str | None) -> None:
        """Select the row of ``record_id`` again after a reload (the first row otherwise)."""
        model = self.record_model()
        row = model.row_of(record_id) if record_id else None
        if row is None:
            if model.rowCount() == 0:
                return
            row = 0
        self.selectRow(row)

    def fit_columns(self, *, max_width: int = 320) -> None:
        """Columns as wide as their content (at most ``max_width``), one column (the last by
        default) taking the rest."""
        header = self.horizontalHeader()
        stretch = self.stretch_column if self.stretch_column is not None else header.count() - 1
        for column in range(header.count()):
            if column != stretch:
                self.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column) + 12, max_width))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated_record.emit(self.record_model().row_data(index.row()))


def heading(text: str, *, object_name: str) -> QLabel:
    """A section heading (bold, a little larger)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def button(text: str, *, object_name: str, accessible_name: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name or text.replace("&", "").rstrip("…."))
    return widget


def toolbar(*widgets: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
    """A row of widgets; a stretch before index ``stretch_at`` (at the end by default)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        if stretch_at is not None and i == stretch_at:
            row.addStretch(1)
        row.addWidget(widget)
    if stretch_at is None:
        row.addStretch(1)
    return row


def notify(tab: Any, *kinds: str) -> None:
    """After a committed change: the participant view reloads the file for every tab."""
    tab.session.notify(Changes.of(*kinds, person_ids=[tab.person_id], case_ids=[tab.case_id]))


def open_dialog(tab: Any, dialog: Any, *kinds: str) -> None:
    """Open ``dialog`` window-modal as ``tab.dialog``; once it saved, tell the view what
    changed; once it closed, let it go."""
    tab.dialog = dialog
    dialog.saved.connect(lambda _result: notify(tab, *kinds))

    def closed() -> None:
        if tab.dialog is dialog:
            tab.dialog = None
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()


def close_dialog(tab: Any) -> None:
    """The session is locking: close an open dialog (what it holds is decrypted data)."""
    dialog = tab.dialog
    tab.dialog = None
    if alive(dialog):
        dialog.force_close()
