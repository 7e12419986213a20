"""Link a contact to a case: a new contact (professional or private), an existing one from
the contact directory, or change an existing link's role, markers and note.

A contact's details are shared by every case it is linked to; the link (role, "may be
contacted", "risk", note) belongs to one case.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.network import ContactInput, ContactKind
from avhopp.domain.search import fold
from ui.dialogs.service_form_dialog import (
    InputError,
    ServiceFormDialog,
    code_items,
    fill_combo,
    guarded,
    set_buddy,
)
from ui.i18n import translate
from ui.models.case_contact_table_model import organisation
from ui.models.choice_labels import contact_kind_label
from ui.session import Session

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


class Mode(enum.Enum):
    NEW = "new"  # create a contact and link it
    EXISTING = "existing"  # link a contact from the directory
    EDIT = "edit"  # change a link


class ContactLinkDialog(ServiceFormDialog):
    """``link`` is the ``CaseContactView`` to change (mode ``EDIT``). In mode ``EXISTING``
    the dialog reads the directory on the worker when it opens; ``linked`` are the contact
    ids already linked to this case (left out of the list)."""

    def __init__(
        self,
        session: Session,
        *,
        case_id: str,
        mode: Mode,
        link: Any = None,
        linked: Sequence[str] = (),
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            Mode.NEW: translate("ContactLinkDialog", "New contact"),
            Mode.EXISTING: translate("ContactLinkDialog", "Link a contact from the directory"),
            Mode.EDIT: translate("ContactLinkDialog", "Change the contact's link to the case"),
        }
        super().__init__(
            session,
            title=titles[mode],
            object_name="contact_link_dialog",
            on_reload=on_reload,
            parent=parent,
        )
        self.case_id = case_id
        self.mode = mode
        self.link = link
        self.linked = frozenset(linked)
        self.directory: list[Any] = []
        self.directory_loaded = False
        self.add_general_error("case_id", "kind")
        if mode is Mode.NEW:
            self._contact_rows()
        elif mode is Mode.EXISTING:
            self._directory_rows()
        else:
            contact = link.contact
            self.set_intro(
                f"{contact.name} · {contact_kind_label(contact.kind)} · {organisation(contact)}"
            )
        self._link_rows()
        if mode is Mode.EXISTING:
            self._load_directory()

    # ------------------------------------------------------------------ the contact

    def _contact_rows(self) -> None:
        kinds = QWidget()
        kinds.setObjectName("kind_row")
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        self.professional_radio = QRadioButton(
            translate("ContactLinkDialog", "&Professional (an agency)")
        )
        self.professional_radio.setObjectName("professional_radio")
        self.private_radio = QRadioButton(
            translate("ContactLinkDialog", "Pri&vate (relative, mentor, friend)")
        )
        self.private_radio.setObjectName("private_radio")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.professional_radio)
        self.kind_group.addButton(self.private_radio)
        self.professional_radio.setChecked(True)
        row.addWidget(self.professional_radio)
        row.addWidget(self.private_radio)
        row.addStretch(1)
        kinds.setFocusProxy(self.professional_radio)
        self.errors.add_row(self.form, translate("ContactLinkDialog", "Kind:"), kinds, "kind_row")

        self.name_edit = QLineEdit()
        self.add_row(translate("ContactLinkDialog", "&Name:"), self.name_edit, "name")
        self.agency_combo = QComboBox()
        self.agency_combo.setEditable(True)
        self.agency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, _code in code_items(self.session, "agency"):
            self.agency_combo.addItem(label)
        self.agency_combo.setCurrentIndex(-1)
        self.agency_combo.lineEdit().setPlaceholderText(
            translate("ContactLinkDialog", "Choose or type the agency")
        )
        self.add_row(
            translate("ContactLinkDialog", "&Agency:"),
            self.agency_combo,
            "agency",
            object_name="agency_combo",
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(translate("ContactLinkDialog", "e.g. probation officer"))
        self.add_row(translate("ContactLinkDialog", "T&itle:"), self.title_edit, "title")
        self.relation_edit = QLineEdit()
        self.relation_edit.setPlaceholderText(translate("ContactLinkDialog", "e.g. mother, mentor"))
        self.add_row(translate("ContactLinkDialog", "Re&lation:"), self.relation_edit, "relation")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("070-123 45 67")
        self.add_row(translate("ContactLinkDialog", "P&hone:"), self.phone_edit, "phone")
        self.email_edit = QLineEdit()
        self.add_row(translate("ContactLinkDialog", "&E-mail:"), self.email_edit, "email")
        self.notes_edit = self.text_edit(lines=2)
        self.add_row(translate("ContactLinkDialog", "No&tes:"), self.notes_edit, "notes")
        self.professional_radio.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        professional = self.professional_radio.isChecked()
        for widget, visible in (
            (self.agency_combo, professional),
            (self.title_edit, professional),
            (self.relation_edit, not professional),
        ):
            box = widget.parentWidget()
            if box is not None:
                self.form.setRowVisible(box, visible)

    def kind(self) -> ContactKind:
        return (
            ContactKind.PROFESSIONAL if self.professional_radio.isChecked() else ContactKind.PRIVATE
        )

    def contact_input(self) -> ContactInput:
        """Only the fields of the chosen kind are sent (the others may hold text typed before
        the kind was switched)."""
        professional = self.kind() is ContactKind.PROFESSIONAL
        return ContactInput(
            kind=self.kind(),
            name=self.name_edit.text(),
            agency=self.agency_combo.currentText() if professional else "",
            title=self.title_edit.text() if professional else "",
            relation="" if professional else self.relation_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    # ------------------------------------------------------------------ the directory

    def _directory_rows(self) -> None:
        picker = QWidget()
        column = QVBoxLayout(picker)
        column.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("contact_search_edit")
        self.search_edit.setPlaceholderText(
            translate("ContactLinkDialog", "Search name, agency or relation")
        )
        self.search_edit.setAccessibleName(translate("ContactLinkDialog", "Search contacts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter_directory)
        self.contact_list = QListWidget()
        self.contact_list.setObjectName("contact_list")
        self.contact_list.setAccessibleName(translate("ContactLinkDialog", "Contacts"))
        self.contact_list.setMinimumHeight(180)
        self.status_label = QLabel(translate("ContactLinkDialog", "Loading the directory…"))
        self.status_label.setObjectName("directory_status")
        column.addWidget(self.search_edit)
        column.addWidget(self.contact_list)
        column.addWidget(self.status_label)
        picker.setFocusProxy(self.search_edit)
        self.errors.add_row(
            self.form, translate("ContactLinkDialog", "&Contact:"), picker, "contact_id"
        )
        set_buddy(self.form, picker)
        self.search_edit.returnPressed.connect(self.contact_list.setFocus)

    def _load_directory(self) -> None:
        self.save_button.setEnabled(False)
        self.session.call(
            lambda vault: vault.contacts.directory(),
            on_done=guarded(self, self._directory_loaded),
            on_error=guarded(self, self._directory_failed),
            parent=self,
        )

    def _directory_loaded(self, entries: list[Any]) -> None:
        self.directory = [e for e in entries if e.contact.id not in self.linked]
        self.directory_loaded = True
        self.save_button.setEnabled(True)
        self._filter_directory()

    def _directory_failed(self, error: BaseException) -> None:
        self.status_label.setText(
            translate("ContactLinkDialog", "The directory could not be read.")
        )
        self.errors.show(error)

    def _filter_directory(self) -> None:
        if not self.directory_loaded:
            return
        words = fold(self.search_edit.text()).split()
        selected = self.selected_contact_id()
        self.contact_list.clear()
        shown = 0
        for entry in self.directory:
            contact = entry.contact
            text = f"{contact.name} · {contact_kind_label(contact.kind)}"
            extra = organisation(contact)
            if extra:
                text += f" · {extra}"
            references = ", ".join(c.reference for c in entry.cases)
            haystack = fold(f"{text} {references}")
            if words and not all(w in haystack for w in words):
                continue
            item = QListWidgetItem(text)
            item.setData(CONTACT_ROLE, contact.id)
            item.setToolTip(
                translate("ContactLinkDialog", "Linked to: %1").replace("%1", references)
            )
            self.contact_list.addItem(item)
            if contact.id == selected:
                self.contact_list.setCurrentItem(item)
            shown += 1
        if self.contact_list.currentRow() < 0 and shown:
            self.contact_list.setCurrentRow(0)
        self.status_label.setText(
            translate("ContactLinkDialog", "%n contact(s)", None, shown)
            if self.directory
            else translate("ContactLinkDialog", "No other contacts in the directory.")
        )

    def selected_contact_id(self) -> str | None:
        item = self.contact_list.currentItem()
        return item.data(CONTACT_ROLE) if item is not None else None

    def select_contact(self, contact_id: str) -> None:
        for row in range(self.contact_list.count()):
            if self.contact_list.item(row).data(CONTACT_ROLE) == contact_id:
                self.contact_list.setCurrentRow(row)
                return

    # ------------------------------------------------------------------ the link

    def _link_rows(self) -> None:
        self.role_combo = QComboBox()
        current = self.link.link.role if self.link is not None else None
        fill_combo(
            self.role_combo,
            code_items(self.session, "contact_role", keep=current),
            current=current,
        )
        self.add_row(
            translate("ContactLinkDialog", "&Role in the case:"),
            self.role_combo,
            "role",
            object_name="role_combo",
        )
        self.may_contact_check = QCheckBox(
            translate("ContactLinkDialog", "&May be contacted (the participant agrees)")
        )
        self.add_row("", self.may_contact_check, "may_contact", object_name="may_contact_check")
        self.may_contact_check.setAccessibleName(translate("ContactLinkDialog", "May be contacted"))
        self.risk_check = QCheckBox(translate("ContactLinkDialog", "Is a &risk to the participant"))
        self.add_row("", self.risk_check, "risk", object_name="risk_check")
        self.risk_check.setAccessibleName(translate("ContactLinkDialog", "Risk"))
        self.note_edit = self.text_edit(lines=2)
        self.add_row(translate("ContactLinkDialog", "Note on the &link:"), self.note_edit, "note")
        if self.link is None:
            self.may_contact_check.setChecked(True)
        else:
            self.may_contact_check.setChecked(self.link.link.may_contact)
            self.risk_check.setChecked(self.link.link.risk)
            self.note_edit.setPlainText(self.link.link.note)

    # ------------------------------------------------------------------ saving

    def collect(self) -> Callable[[Any], Any]:
        role = self.role_combo.currentData() or ""
        may_contact = self.may_contact_check.isChecked()
        risk = self.risk_check.isChecked()
        note = self.note_edit.toPlainText()
        case_id = self.case_id
        if self.mode is Mode.NEW:
            contact = self.contact_input()
            return lambda vault: vault.contacts.add_contact(
                case_id, contact, role=role, may_contact=may_contact, risk=risk, note=note
            )
        if self.mode is Mode.EXISTING:
            contact_id = self.selected_contact_id()
            if contact_id is None:
                raise InputError(
                    "contact_id", translate("ContactLinkDialog", "Choose a contact in the list.")
                )
            return lambda vault: vault.contacts.link_contact(
                contact_id,
                case_id=case_id,
                role=role,
                may_contact=may_contact,
                risk=risk,
                note=note,
            )
        link_id, version = self.link.link.id, self.link.link.version
        return lambda vault: vault.contacts.update_link(
            link_id,
            role=role,
            may_contact=may_contact,
            risk=risk,
            note=note,
            expected_version=version,
        )
