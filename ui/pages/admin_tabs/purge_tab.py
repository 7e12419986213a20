"""The purge list (gallring, docs/PURGE.md), for unit managers: the people whose records may
be purged now, ticked one by one to approve them; an archive folder for the research copies;
a clear, irreversible confirmation; the run; its result.

``PurgeService.run_purge`` takes neither a progress callback nor a cancel event (it is one
transaction, then a compaction of the file), so the run shows a busy dialog without a
Cancel button: stopping half-way is exactly what the single transaction rules out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.purge_candidate_model import Column, PurgeCandidateModel
from ui.session import Changes, Session


class PurgeTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purge_tab")
        self.session = session
        self.loaded = False
        self.running = False
        self.model = PurgeCandidateModel(self)
        self.errors = FieldErrors(self)
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: Any = None
        self._ids: list[str] = []

        intro = QLabel(
            translate(
                "PurgeTab",
                "People whose cases are all closed and whose retention period since the last "
                "note has passed; they must be purged by the deadline. Tick the people you "
                "approve. People born on the 5th, 15th or 25th are first written to an "
                "encrypted research archive file. A purge cannot be undone.",
            )
        )
        intro.setObjectName("purge_intro")
        intro.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("purge_table")
        self.table.setAccessibleName(translate("PurgeTab", "Purge candidates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NAME, 200),
            (Column.BIRTH_DATE, 95),
            (Column.CASES, 140),
            (Column.LAST_ACTIVITY, 100),
            (Column.DUE_FROM, 100),
            (Column.DEADLINE, 130),
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.refresh_button = self._button(
            "purge_refresh_button", translate("PurgeTab", "&Refresh")
        )
        self.refresh_button.clicked.connect(self.reload)
        self.all_button = self._button("purge_all_button", translate("PurgeTab", "Approve &all"))
        self.all_button.clicked.connect(lambda: self.model.set_all_approved(True))
        self.none_button = self._button("purge_none_button", translate("PurgeTab", "Approve &none"))
        self.none_button.clicked.connect(lambda: self.model.set_all_approved(False))
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.all_button)
        top.addWidget(self.none_button)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("purge_count")
        top.addWidget(self.count_label)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("archive_folder_edit")
        self.folder_edit.setAccessibleName(translate("PurgeTab", "Archive folder"))
        self.folder_edit.setPlaceholderText(
            translate("PurgeTab", "Where the research archive files are written")
        )
        self.folder_button = self._button(
            "archive_folder_button", translate("PurgeTab", "C&hoose…")
        )
        self.folder_button.setAccessibleName(translate("PurgeTab", "Choose archive folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.run_button = self._button(
            "purge_run_button", translate("PurgeTab", "Purge appro&ved…")
        )
        self.run_button.clicked.connect(self.confirm)
        folder_label = QLabel(translate("PurgeTab", "Archive &folder:"))
        folder_label.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addSpacing(12)
        folder_row.addWidget(self.run_button)
        self.folder_error = self.errors.error_label("archive_folder", self.folder_edit)
        self.ids_error = self.errors.error_label("person_ids", self.table)

        self.result_label = QLabel()
        self.result_label.setObjectName("purge_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ids_error)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_error)
        layout.addWidget(self.result_label)
        for first, second in (
            (self.refresh_button, self.all_button),
            (self.all_button, self.none_button),
            (self.none_button, self.table),
            (self.table, self.folder_edit),
            (self.folder_edit, self.folder_button),
            (self.folder_button, self.run_button),
        ):
            self.setTabOrder(first, second)
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        if self.running:
            return
        self.session.call(lambda vault: vault.purge.purge_list(), on_done=self._loaded, parent=self)

    def _loaded(self, candidates: list[Any]) -> None:
        self.model.set_rows(candidates)
        self.loaded = True
        self.errors.clear()
        archived = sum(1 for c in candidates if c.archive)
        overdue = sum(1 for c in candidates if c.overdue)
        text = translate("PurgeTab", "%n candidate(s)", None, len(candidates))
        if archived:
            text += translate("PurgeTab", ", {n} for the research archive").format(n=archived)
        if overdue:
            text += translate("PurgeTab", ", {n} past the deadline").format(n=overdue)
        self.count_label.setText(text)

    def forget(self) -> None:
        self.model.clear()
        self.loaded = False
        self.count_label.clear()
        self.result_label.clear()
        self.last_result = None

    def _update_buttons(self) -> None:
        approved = len(self.model.approved())
        has_rows = self.model.rowCount() > 0
        self.all_button.setEnabled(has_rows and not self.running)
        self.none_button.setEnabled(approved > 0 and not self.running)
        self.run_button.setEnabled(approved > 0 and not self.running)
        self.run_button.setText(
            translate("PurgeTab", "Purge %n appro&ved…", None, approved)
            if approved
            else translate("PurgeTab", "Purge appro&ved…")
        )

    # ------------------------------------------------------------------ the run

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("PurgeTab", "Archive folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def confirm(self) -> None:
        """Ask once, clearly: the purge deletes for good."""
        approved = self.model.approved()
        if not approved or self.running:
            return
        self.errors.clear()
        folder = self.folder_edit.text().strip()
        if not folder:
            self.errors.show_field(
                "archive_folder",
                translate("PurgeTab", "Choose the folder for the research archive files."),
            )
            return
        archived = sum(1 for c in approved if c.archive)
        text = translate(
            "PurgeTab",
            "Permanently delete every record of %n person(s): their cases, support steps, "
            "journal notes, contacts and flags.",
            None,
            len(approved),
        )
        if archived:
            text += "\n\n" + translate(
                "PurgeTab",
                "{n} of them are first written to the research archive in {folder}.",
            ).format(n=archived, folder=folder)
        text += "\n\n" + translate(
            "PurgeTab", "This cannot be undone. Backups keep the records until they rotate out."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("PurgeTab", "Purge records permanently?"),
            text,
            parent=self,
        )
        box.setObjectName("purge_confirm_box")
        purge = box.addButton(
            translate("PurgeTab", "Purge permanently"), QMessageBox.ButtonRole.DestructiveRole
        )
        purge.setObjectName("purge_confirm_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        purge.clicked.connect(lambda: self.run(approved, Path(folder)))
        self.confirm_box = box
        box.open()

    def run(self, approved: list[Any], folder: Path) -> None:
        shown = self.model.rows()
        ids = [c.person_id for c in approved]
        self._ids = ids
        self.running = True
        self._update_buttons()
        progress = QProgressDialog(
            translate("PurgeTab", "Purging records and compacting the vault file…"),
            "",
            0,
            0,
            self,
        )
        progress.setObjectName("purge_progress")
        progress.setWindowTitle(translate("PurgeTab", "Purge"))
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        self.session.call(
            lambda vault: vault.purge.run_purge(
                ids, archive_folder=folder, expected_candidates=shown
            ),
            on_done=self._finished,
            on_error=self._failed,
            parent=self,
        )

    def _stop_progress(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, result: Any) -> None:
        self._stop_progress()
        self.last_result = result
        lines = [
            translate(
                "PurgeTab", "Purged on {date}: %n person(s) deleted", None, result.people_deleted
            ).format(date=result.cutoff.isoformat()),
            translate("PurgeTab", "{n} written to the research archive").format(
                n=result.people_archived
            ),
            translate("PurgeTab", "{n} case(s), {m} contact(s) deleted").format(
                n=result.cases_deleted, m=result.contacts_deleted
            ),
        ]
        text = "; ".join(lines) + "."
        for path in result.archive_files:
            text += "\n" + translate("PurgeTab", "Archive file: {path}").format(path=str(path))
        if not result.compacted:
            text += "\n" + translate(
                "PurgeTab",
                "The vault file was not compacted now (a server database, or the file is in "
                "use); the next purge compacts it.",
            )
        self.result_label.setText(text)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("PurgeTab", "Purge finished"),
            text,
            parent=self,
        )
        box.setObjectName("purge_result_box")
        box.addButton(QMessageBox.StandardButton.Ok)
        self.result_box = box
        box.open()
        # The page reloads this list (and the participant list reloads) on the change.
        self.session.notify(Changes.of("participants", "cases", "purge", person_ids=self._ids))

    def _failed(self, error: BaseException) -> None:
        self._stop_progress()
        self._update_buttons()
        self.errors.show(error)
