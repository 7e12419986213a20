"""Add a contact (with its first link to a case) or change a contact's details.

A contact is always created together with a link to a case: the core shows a contact only
through the cases it is linked to (``ContactService.add_contact``). When the dialog is opened
for a given case (the case's contact tab) that case is fixed; from the contact directory the
user picks one of the cases they may see.

The dialog collects input and calls the core on the worker thread; the core validates
(``avhopp.domain.network.validate_contact``) and its ``ValidationError`` appears under the
field it names. The dialog stays open with what was typed until the core accepts. Changing a
contact sends the version the user saw (a conflict offers "Reload").
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.network import ContactInput, ContactKind
from avhopp.errors import ConflictError
from ui import error_presenter
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.contact_directory_model import display_phone
from ui.session import Changes, Session


def _alive(widget: object) -> bool:
    return shiboken6.isValid(widget)


class ContactDialog(QDialog):
    """``contact`` is the ``ContactView`` to change, or ``None`` for a new contact; a new
    contact is linked to ``case_id`` when given, otherwise to the case chosen in the dialog.

    Emits ``contact_saved(contact_id)`` once the core has committed (and the session has been
    notified with a "contacts" change).
    """

    contact_saved = Signal(str)
    #: The user chose "Reload" after someone else changed the contact meanwhile.
    reload_requested = Signal()

    def __init__(
        self,
        session: Session,
        *,
        contact: Any = None,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.contact = contact
        self.case_id = case_id
        self.busy = False
        #: The message box of an error that is no field's (tests inspect it).
        self.error_box: Any = None
        self.saved_id: str | None = None
        editing = contact is not None
        self.setObjectName("contact_dialog")
        # Never a name in a title: it shows in task bars and screen sharing.
        self.setWindowTitle(
            translate("ContactDialog", "Change contact")
            if editing
            else translate("ContactDialog", "New contact")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.errors = FieldErrors(self)
        info = session.info

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("intro_label")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.intro.setText(
            translate(
                "ContactDialog", "The details are shared by every case the contact is linked to."
            )
        )
        self.intro.setVisible(editing)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self._rows: dict[str, int] = {}

        # -- kind
        kind_box = QWidget()
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        self.professional_radio = QRadioButton(translate("ContactDialog", "&Professional"))
        self.professional_radio.setObjectName("professional_radio")
        self.professional_radio.setAccessibleName(
            translate("ContactDialog", "Professional contact")
        )
        self.private_radio = QRadioButton(translate("ContactDialog", "P&rivate network"))
        self.private_radio.setObjectName("private_radio")
        self.private_radio.setAccessibleName(translate("ContactDialog", "Private network"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.professional_radio)
        self.kind_group.addButton(self.private_radio)
        kind_row.addWidget(self.professional_radio)
        kind_row.addWidget(self.private_radio)
        kind_row.addStretch(1)
        kind_box.setAccessibleName(translate("ContactDialog", "Kind of contact"))
        kind_field = QWidget()
        kind_column = QVBoxLayout(kind_field)
        kind_column.setContentsMargins(0, 0, 0, 0)
        kind_column.setSpacing(2)
        kind_column.addWidget(kind_box)
        # An error on the kind puts the focus on the first choice.
        kind_column.addWidget(self.errors.error_label("kind", self.professional_radio))
        self._rows["kind"] = self.form.rowCount()
        self.form.addRow(translate("ContactDialog", "Kind:"), kind_field)

        # -- the contact
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self._add(translate("ContactDialog", "&Name:"), self.name_edit, "name")

        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("agency_combo")
        self.agency_combo.setEditable(True)
        self.agency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agency_combo.addItem("")
        for entry in info.code_entries("agency"):
            self.agency_combo.addItem(info.code_label("agency", entry.code))
        self.agency_combo.lineEdit().setPlaceholderText(
            translate("ContactDialog", "Choose or type, e.g. Polisen Västerås")
        )
        self._add(translate("ContactDialog", "&Agency:"), self.agency_combo, "agency")

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText(translate("ContactDialog", "Role or title there"))
        self._add(translate("ContactDialog", "&Title:"), self.title_edit, "title")

        self.relation_edit = QLineEdit()
        self.relation_edit.setObjectName("relation_edit")
        self.relation_edit.setPlaceholderText(
            translate("ContactDialog", "For example mother, mentor, neighbour")
        )
        self._add(translate("ContactDialog", "Re&lation:"), self.relation_edit, "relation")

        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone_edit")
        self.phone_edit.setPlaceholderText("070-123 45 67")
        self._add(translate("ContactDialog", "P&hone:"), self.phone_edit, "phone")

        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email_edit")
        self._add(translate("ContactDialog", "&E-mail:"), self.email_edit, "email")

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self._add(translate("ContactDialog", "N&otes:"), self.notes_edit, "notes")

        # -- the first link (new contacts only)
        self.case_combo: QComboBox | None = None
        self.role_combo: QComboBox | None = None
        self.may_contact_check: QCheckBox | None = None
        self.risk_check: QCheckBox | None = None
        self.note_edit: QPlainTextEdit | None = None
        if not editing:
            self._build_link_fields()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialog_buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setAccessibleName(translate("ContactDialog", "Save the contact"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.professional_radio.toggled.connect(self._kind_changed)
        self._fill(contact)
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ building

    def _add(self, label: str, widget: QWidget, field: str) -> None:
        self._rows[field] = self.form.rowCount()
        self.errors.add_row(self.form, label, widget, field)
        row_label = self.form.itemAt(self._rows[field], QFormLayout.ItemRole.LabelRole)
        if row_label is not None and isinstance(row_label.widget(), QLabel):
            row_label.widget().setBuddy(widget)

    def _build_link_fields(self) -> None:
        info = self.session.info
        heading = QLabel(translate("ContactDialog", "Linked to the case"))
        heading.setObjectName("link_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.form.addRow(heading)
        if self.case_id is None:
            combo = QComboBox()
            combo.setObjectName("case_combo")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            rows = sorted(self.session.participants.values(), key=lambda r: r.reference)
            for row in rows:
                combo.addItem(f"{row.reference} – {row.full_name}", row.case_id)
            combo.setCurrentIndex(-1)
            combo.lineEdit().setPlaceholderText(
                translate("ContactDialog", "Type a case reference or a name")
            )
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.case_combo = combo
            self._add(translate("ContactDialog", "&Case:"), combo, "case_id")
        role = QComboBox()
        role.setObjectName("role_combo")
        for entry in info.code_entries("contact_role"):
            role.addItem(info.code_label("contact_role", entry.code), entry.code)
        role.setCurrentIndex(-1)
        role.setPlaceholderText(translate("ContactDialog", "Choose a role"))
        self.role_combo = role
        self._add(translate("ContactDialog", "&Role in the case:"), role, "role")
        checks = QWidget()
        check_row = QHBoxLayout(checks)
        check_row.setContentsMargins(0, 0, 0, 0)
        self.may_contact_check = QCheckBox(translate("ContactDialog", "&May be contacted"))
        self.may_contact_check.setObjectName("may_contact_check")
        self.may_contact_check.setToolTip(
            translate("ContactDialog", "The participant agrees that we contact this person")
        )
        self.may_contact_check.setChecked(True)
        self.risk_check = QCheckBox(translate("ContactDialog", "Is a ris&k to the participant"))
        self.risk_check.setObjectName("risk_check")
        check_row.addWidget(self.may_contact_check)
        check_row.addWidget(self.risk_check)
        check_row.addStretch(1)
        self.form.addRow("", checks)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("link_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self._add(translate("ContactDialog", "Note on the &link:"), self.note_edit, "note")

    def _fill(self, contact: Any) -> None:
        if contact is None:
            self.professional_radio.setChecked(True)
            self._kind_changed()
            return
        professional = contact.kind == ContactKind.PROFESSIONAL
        self.professional_radio.setChecked(professional)
        self.private_radio.setChecked(not professional)
        self.name_edit.setText(contact.name)
        self.agency_combo.setEditText(
            self.session.info.code_label("agency", contact.agency) if contact.agency else ""
        )
        self.title_edit.setText(contact.title)
        self.relation_edit.setText(contact.relation)
        self.phone_edit.setText(display_phone(contact.phone))  # the core stores E.164
        self.email_edit.setText(contact.email)
        self.notes_edit.setPlainText(contact.notes)
        self._kind_changed()

    def _kind_changed(self, *_args: Any) -> None:
        professional = self.professional_radio.isChecked()
        for field, shown in (("agency", professional), ("title", professional)):
            self.form.setRowVisible(self._rows[field], shown)
        self.form.setRowVisible(self._rows["relation"], not professional)
        self.adjustSize()

    # ------------------------------------------------------------------ input

    def kind(self) -> ContactKind:
        return (
            ContactKind.PROFESSIONAL if self.professional_radio.isChecked() else ContactKind.PRIVATE
        )

    def contact_input(self) -> ContactInput:
        """What the form holds; fields of the other kind are left empty (they are hidden)."""
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

    def chosen_case(self) -> str | None:
        if self.case_id is not None:
            return self.case_id
        combo = self.case_combo
        if combo is None:
            return None
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        return str(combo.itemData(index))

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        data = self.contact_input()
        if self.contact is not None:
            contact_id, version = self.contact.id, self.contact.version

            def change(vault: Any) -> Any:
                return vault.contacts.update_contact(contact_id, data, expected_version=version)

            self._run(change)
            return
        case_id = self.chosen_case()
        if case_id is None:
            self.errors.show_field(
                "case_id", translate("ContactDialog", "Choose the case the contact belongs to.")
            )
            return
        assert self.role_combo is not None
        assert self.note_edit is not None
        assert self.may_contact_check is not None
        assert self.risk_check is not None
        role = self.role_combo.currentData()
        if not role:
            self.errors.show_field(
                "role", translate("ContactDialog", "Choose the contact's role in the case.")
            )
            return
        may_contact = self.may_contact_check.isChecked()
        risk = self.risk_check.isChecked()
        note = self.note_edit.toPlainText()

        def add(vault: Any) -> Any:
            return vault.contacts.add_contact(
                case_id, data, role=role, may_contact=may_contact, risk=risk, note=note
            )

        self._run(add)

    def _run(self, fn: Any) -> None:
        self._set_busy(True)
        self.session.call(fn, on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        if not _alive(self):
            return
        self._set_busy(False)
        contact = getattr(result, "contact", result)  # add: CaseContactView; change: ContactView
        self.saved_id = str(contact.id)
        case_ids = [link.case_id for link in contact.links]
        people = [
            row.person_id
            for case_id in case_ids
            if (row := self.session.participants.get(case_id)) is not None
        ]
        self.session.notify(Changes.of("contacts", person_ids=people, case_ids=case_ids))
        self.contact_saved.emit(self.saved_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not _alive(self):
            return
        self._set_busy(False)
        if isinstance(error, ConflictError):
            self.error_box = error_presenter.present(self, error, on_reload=self._reload)
            return
        self.errors.show(error)

    def _reload(self) -> None:
        self.reload_requested.emit()
        self.reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
