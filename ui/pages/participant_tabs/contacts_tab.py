"""Kontakter: the contacts linked to the selected case, professional and private. Link a new
contact, link one from the directory, or change a link's role and markers. Links are never
deleted (they are part of the case's history); a contact that no longer applies is marked
"may not be contacted" or given a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from avhopp.domain.network import ContactKind
from ui.dialogs.contact_link_dialog import ContactLinkDialog, Mode
from ui.i18n import translate
from ui.models.case_contact_table_model import CaseContactTableModel, phone_text
from ui.models.case_contact_table_model import Column as ContactColumn
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.record_table import (
    RecordTableView,
    button,
    close_dialog,
    heading,
    notify,
    open_dialog,
    toolbar,
)
from ui.session import Session


class CaseContactsTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("caseContactsTab")
        self.dialog: ContactLinkDialog | None = None
        self.model = CaseContactTableModel(session.info, self)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("contacts_summary")
        self.new_button = button(
            translate("CaseContactsTab", "&New contact…"), object_name="new_contact_button"
        )
        self.link_button = button(
            translate("CaseContactsTab", "&Link from directory…"),
            object_name="link_contact_button",
        )
        self.edit_button = button(
            translate("CaseContactsTab", "&Change link…"),
            object_name="edit_link_button",
            accessible_name=translate("CaseContactsTab", "Change the selected contact's link"),
        )
        self.new_button.clicked.connect(self.new_contact)
        self.link_button.clicked.connect(self.link_existing)
        self.edit_button.clicked.connect(self.edit_selected)

        self.table = RecordTableView(
            self.model,
            object_name="contacts_table",
            accessible_name=translate("CaseContactsTab", "Contacts of the case"),
            stretch_column=ContactColumn.ORGANISATION,
        )
        self.table.activated_record.connect(self.edit_link)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details_label = QLabel()
        self.details_label.setObjectName("contact_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(
            toolbar(
                heading(translate("CaseContactsTab", "Contacts"), object_name="contacts_heading"),
                self.summary_label,
                self.new_button,
                self.link_button,
                self.edit_button,
                stretch_at=2,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        self.setTabOrder(self.new_button, self.link_button)
        self.setTabOrder(self.link_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.table)
        self._update_buttons()

    # ------------------------------------------------------------------ contract

    def show_file(self, file: Any, case_file: Any) -> None:
        selected = self.table.current_record()
        super().show_file(file, case_file)
        self.model.set_rows(case_file.contacts if case_file is not None else ())
        self.table.fit_columns(max_width=240)
        self.table.select_record(selected.link.id if selected is not None else None)
        self._update_summary()
        self._selection_changed()

    def forget(self) -> None:
        close_dialog(self)
        self.model.clear()
        self.summary_label.clear()
        self.details_label.clear()
        super().forget()
        self._update_buttons()

    # ------------------------------------------------------------------ display

    def _update_summary(self) -> None:
        rows = self.model.rows
        if not rows:
            self.summary_label.setText(translate("CaseContactsTab", "No contacts linked yet."))
            return
        professional = sum(1 for r in rows if r.contact.kind == ContactKind.PROFESSIONAL)
        private = len(rows) - professional
        text = (
            translate("CaseContactsTab", "%n professional", None, professional)
            + " · "
            + translate("CaseContactsTab", "%n private", None, private)
        )
        risks = sum(1 for r in rows if r.link.risk)
        if risks:
            text += " · " + translate("CaseContactsTab", "%n marked as a risk", None, risks)
        self.summary_label.setText(text)

    def _update_buttons(self) -> None:
        has_case = self.case_file is not None
        self.new_button.setEnabled(has_case)
        self.link_button.setEnabled(has_case)
        self.edit_button.setEnabled(has_case and self.table.current_record() is not None)

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        record = self.table.current_record()
        if record is None:
            self.details_label.clear()
            return
        contact, link = record.contact, record.link
        parts = [contact.name]
        if contact.phone:
            parts.append(phone_text(contact.phone))
        if contact.email:
            parts.append(contact.email)
        if link.note:
            parts.append(translate("CaseContactsTab", "Note: %1").replace("%1", link.note))
        if contact.notes:
            parts.append(contact.notes)
        self.details_label.setText(" · ".join(parts))

    # ------------------------------------------------------------------ actions

    def new_contact(self) -> None:
        if self.case_id is not None:
            self._open(
                ContactLinkDialog(self.session, case_id=self.case_id, mode=Mode.NEW, parent=self)
            )

    def link_existing(self) -> None:
        if self.case_id is not None:
            linked = [r.contact.id for r in self.model.rows]
            self._open(
                ContactLinkDialog(
                    self.session,
                    case_id=self.case_id,
                    mode=Mode.EXISTING,
                    linked=linked,
                    parent=self,
                )
            )

    def edit_selected(self) -> None:
        record = self.table.current_record()
        if record is not None:
            self.edit_link(record)

    def edit_link(self, record: Any) -> None:
        if self.case_id is not None:
            self._open(
                ContactLinkDialog(
                    self.session,
                    case_id=self.case_id,
                    mode=Mode.EDIT,
                    link=record,
                    on_reload=lambda: notify(self, "contacts"),
                    parent=self,
                )
            )

    def _open(self, dialog: ContactLinkDialog) -> None:
        open_dialog(self, dialog, "contacts")
