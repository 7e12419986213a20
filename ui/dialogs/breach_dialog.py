"""Log a breach of the agreement's conditions (regelbrott)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.dialogs.service_form_dialog import DateLineEdit, InputError, ServiceFormDialog
from ui.i18n import translate
from ui.session import Session


class BreachDialog(ServiceFormDialog):
    def __init__(self, session: Session, *, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("BreachDialog", "New breach of conditions"),
            object_name="breach_dialog",
            parent=parent,
        )
        self.case_id = case_id
        self.date_edit = DateLineEdit()
        self.date_edit.set_date(date.today())
        self.add_row(translate("BreachDialog", "&Date:"), self.date_edit, "occurred_on")
        self.description_edit = self.text_edit(lines=4)
        self.add_row(
            translate("BreachDialog", "&What happened:"), self.description_edit, "description"
        )

    def collect(self) -> Callable[[Any], Any]:
        occurred_on = self.date_edit.date_value("occurred_on")
        if occurred_on is None:
            raise InputError("occurred_on", translate("BreachDialog", "Give the date."))
        description = self.description_edit.toPlainText()
        case_id = self.case_id
        return lambda vault: vault.support.add_breach(
            case_id, occurred_on=occurred_on, description=description
        )
