"""Add or change a manual reminder (bevakning): due date, text and owner. Automatic reminders
follow their source (a goal's deadline, a consent's end...) and are not edited here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from ui.dialogs.service_form_dialog import DateLineEdit, ServiceFormDialog, fill_combo
from ui.i18n import translate
from ui.session import Session


class ReminderDialog(ServiceFormDialog):
    """``reminder`` is the manual ``ReminderView`` to change, or ``None`` for a new one."""

    def __init__(
        self,
        session: Session,
        *,
        case_id: str,
        reminder: Any = None,
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("ReminderDialog", "New reminder")
            if reminder is None
            else translate("ReminderDialog", "Change reminder")
        )
        super().__init__(
            session,
            title=title,
            object_name="reminder_dialog",
            on_reload=on_reload,
            parent=parent,
        )
        self.case_id = case_id
        self.reminder = reminder
        self.add_general_error("kind")
        self.due_edit = DateLineEdit()
        self.add_row(translate("ReminderDialog", "&Due on:"), self.due_edit, "due_on")
        self.text_edit_ = self.text_edit(lines=3)
        self.add_row(translate("ReminderDialog", "&What:"), self.text_edit_, "text")
        self.owner_combo = QComboBox()
        owner = reminder.owner_id if reminder is not None else session.actor.user_id
        staff = sorted(session.info.staff, key=lambda m: m.display_name.casefold())
        items = [(m.display_name, m.id) for m in staff]
        if owner is not None and all(m.id != owner for m in staff):
            items.insert(0, (session.info.staff_name(owner) or owner, owner))
        fill_combo(self.owner_combo, items, current=owner)
        self.add_row(
            translate("ReminderDialog", "&Owner:"),
            self.owner_combo,
            "owner_id",
            object_name="owner_combo",
        )
        if reminder is not None:
            self.due_edit.set_date(reminder.due_on)
            self.text_edit_.setPlainText(reminder.text)

    def collect(self) -> Callable[[Any], Any]:
        due_on = self.due_edit.date_value("due_on")
        text = self.text_edit_.toPlainText()
        owner = self.owner_combo.currentData()
        case_id = self.case_id
        if self.reminder is None:
            return lambda vault: vault.reminders.add_reminder(
                case_id, due_on=due_on, text=text, owner_id=owner
            )
        reminder_id, version = self.reminder.id, self.reminder.version
        return lambda vault: vault.reminders.update_reminder(
            reminder_id, due_on=due_on, text=text, owner_id=owner, expected_version=version
        )
