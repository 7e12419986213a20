"""Åtkomstlogg: who read or changed this participant's record (the person, all their cases
and the cases' reminders), newest first (``vault.audit_review.person_access_log``).

The log is read when the tab is shown, not with the rest of the file: reading it is itself an
audit entry, and most visits to a participant never look at it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.form_dialog import guarded
from ui.i18n import translate
from ui.models.access_log_model import AccessColumn, AccessLogModel, is_read
from ui.pages.participant_tabs import ParticipantTab
from ui.session import Session

SHOW_ALL, SHOW_CHANGES, SHOW_READS = "all", "changes", "reads"


class AccessLogTab(ParticipantTab):
    #: The log arrived and the table is filled.
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("access_log_tab")
        self._entries: list[Any] = []
        self._loaded_for: str | None = None
        self._loading = False
        self._usernames = {m.username: m.display_name for m in session.info.staff}
        self._references: dict[str, str] = {}

        intro = QLabel(
            translate(
                "AccessLogTab",
                "Who has read or changed this participant's record, newest first. Opening "
                "this log is recorded too.",
            )
        )
        intro.setObjectName("access_log_intro")
        intro.setWordWrap(True)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("access_filter")
        self.show_combo.setAccessibleName(translate("AccessLogTab", "Show entries"))
        self.show_combo.addItem(translate("AccessLogTab", "All entries"), SHOW_ALL)
        self.show_combo.addItem(translate("AccessLogTab", "Changes only"), SHOW_CHANGES)
        self.show_combo.addItem(translate("AccessLogTab", "Reads only"), SHOW_READS)
        self.show_combo.currentIndexChanged.connect(self._fill)
        self.count_label = QLabel()
        self.count_label.setObjectName("access_count_label")
        self.refresh_button = QPushButton(translate("AccessLogTab", "Refresh"))
        self.refresh_button.setObjectName("access_refresh_button")
        self.refresh_button.setAccessibleName(translate("AccessLogTab", "Read the log again"))
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.show_combo)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.refresh_button)

        self.model = AccessLogModel(
            display_name=lambda username: self._usernames.get(username or "", ""),
            case_reference=lambda case_id: self._references.get(case_id or "", ""),
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("access_log_table")
        self.table.setAccessibleName(translate("AccessLogTab", "Access log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
            (AccessColumn.TIME, 140),
            (AccessColumn.WHO, 220),
            (AccessColumn.ACTION, 220),
            (AccessColumn.CONCERNS, 170),
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(AccessColumn.TIME, Qt.SortOrder.DescendingOrder)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_file(self, file: Any, case_file: Any) -> None:
        super().show_file(file, case_file)
        self._references = {c.case.id: c.case.reference for c in file.cases}
        if self._loaded_for is not None and self._loaded_for != file.person.id:
            self._entries = []
            self._loaded_for = None
            self._fill()
        if self.isVisible():
            self.load()

    def activate(self) -> None:
        """The tab was chosen: read the log (again)."""
        self.load()

    def load(self) -> None:
        person_id = self.person_id
        if person_id is None or self._loading:
            return
        self._loading = True
        self.count_label.setText(translate("AccessLogTab", "Reading the log…"))

        def read(vault: Any) -> list[Any]:  # worker thread
            return list(vault.audit_review.person_access_log(person_id))

        self.session.call(
            read,
            on_done=guarded(self, lambda entries: self._arrived(person_id, entries)),
            on_error=guarded(self, self._failed),
            parent=self,
        )

    def _arrived(self, person_id: str, entries: list[Any]) -> None:
        self._loading = False
        if person_id != self.person_id:
            return
        self._entries = entries
        self._loaded_for = person_id
        self._fill()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.count_label.setText("")
        from ui import error_presenter

        error_presenter.present(self, error)

    def _fill(self, *_args: Any) -> None:
        shown = self.show_combo.currentData()
        rows = [
            e
            for e in self._entries
            if shown == SHOW_ALL or (is_read(e.action) == (shown == SHOW_READS))
        ]
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self._loaded_for is not None:
            self.count_label.setText(translate("AccessLogTab", "%n entry(ies)", None, len(rows)))

    def forget(self) -> None:
        self._entries = []
        self._loaded_for = None
        self._references = {}
        self.model.clear()
        self.count_label.clear()
        super().forget()
