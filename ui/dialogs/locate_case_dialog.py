"""Find a case outside one's own (another team's, a colleague's) by its exact case reference
or the person's exact identity number, to open it with emergency access.

The participant list holds only the cases a user may see; this is the deliberate way past it.
The core answers with case references and ids only — no name — and logs the search; opening
a case that is not the user's own then asks for a reason (emergency access) before anything of
the case is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ui.dialogs.form_dialog import FormDialog, add_field, guarded
from ui.i18n import translate
from ui.session import Session


class LocateCaseDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("LocateCaseDialog", "Find a case outside your own"),
            ok_text=translate("LocateCaseDialog", "&Search"),
            parent=parent,
        )
        self.setObjectName("locate_case_dialog")
        self.set_intro(
            translate(
                "LocateCaseDialog",
                "Enter the exact case reference (AVH-YYYY-NNNN) or the person's exact "
                "personnummer or samordningsnummer. Cases of other teams open only with "
                "emergency access: you will be asked for a reason, and the access is flagged "
                "for the unit manager's log review. The search itself is logged.",
            )
        )
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("query_edit")
        add_field(
            self.errors,
            self.form,
            translate("LocateCaseDialog", "Case reference or &number:"),
            self.query_edit,
            "query",
        )
        self.results = QListWidget()
        self.results.setObjectName("results_list")
        self.results.setAccessibleName(translate("LocateCaseDialog", "Cases found"))
        self.results.setVisible(False)
        self.results.itemActivated.connect(self._open)
        self.layout_.addWidget(self.results)
        self.open_button = self.buttons.addButton(
            translate("LocateCaseDialog", "&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("open_button")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(
            lambda: self._open(self.results.currentItem()) if self.results.currentItem() else None
        )
        self.finish_layout()
        self.resize(520, 320)

    def job(self) -> Any:
        query = self.query_edit.text()
        return lambda vault: vault.cases.locate(query)

    def succeeded(self, result: Any) -> None:
        self.results.clear()
        self.results.setVisible(True)
        self.open_button.setEnabled(False)
        if not result:
            item = QListWidgetItem(translate("LocateCaseDialog", "No case found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
            return
        for case in result:
            state = (
                translate("LocateCaseDialog", "open to you")
                if case.open_to_actor
                else translate("LocateCaseDialog", "needs emergency access")
            )
            item = QListWidgetItem(f"{case.reference} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, (case.person_id, case.case_id))
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.setFocus()
        self.open_button.setEnabled(True)
        self.ok_button.setText(translate("LocateCaseDialog", "&Search again"))

    def _open(self, item: QListWidgetItem) -> None:
        ids = item.data(Qt.ItemDataRole.UserRole)
        if not ids:
            return
        person_id, case_id = ids
        session = self.session
        self.accept()
        guarded(session, session.open_participant)(person_id, case_id)
