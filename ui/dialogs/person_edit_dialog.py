"""Edit person details (``vault.people.update_person`` with the version the form was filled
from: a change by someone else in between is refused, and the dialog offers to reload)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from avhopp.services.record_views import PersonView
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.person_form import PersonForm
from ui.i18n import translate
from ui.session import Changes, Session


class PersonEditDialog(FormDialog):
    def __init__(self, session: Session, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("PersonEditDialog", "Edit person details"),
            ok_text=translate("PersonEditDialog", "Save"),
            parent=parent,
        )
        self.setObjectName("person_edit_dialog")
        self.person = person
        self.duplicates_box: QMessageBox | None = None
        self.person_form = PersonForm(self.errors)
        self.person_form.fill(person)
        self.layout_.insertWidget(1, self.person_form)
        self.layout_.removeItem(self.form)
        self.finish_layout()
        self.setMinimumWidth(760)
        self.person_form.first_name.setFocus()

    def job(self) -> Callable[[Any], Any] | None:
        data = self.person_form.to_input()
        if data is None:
            return None
        person_id, version = self.person.id, self.person.version

        def save(vault: Any) -> Any:  # worker thread
            return vault.people.update_person(person_id, data, expected_version=version)

        return save

    def succeeded(self, result: Any) -> None:
        _view, duplicates = result
        self.session.notify(Changes.of("participants", person_ids=[self.person.id]))
        if duplicates:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("PersonEditDialog", "Possible duplicate"),
                translate(
                    "PersonEditDialog",
                    "Saved. Another record has the same identity number, or the same name and "
                    "year of birth. If it is the same person, a unit manager can merge the "
                    "records.",
                ),
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            box.setObjectName("duplicates_box")
            box.open()
            self.duplicates_box = box
        self.accept()
