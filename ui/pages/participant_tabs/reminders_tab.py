"""Bevakningar: the reminders of the selected case. Manual reminders are added, changed and
marked done here; automatic ones (plan review, consent expiry, end of a confidentiality
marking, purge date) follow their source and can only be marked done. Overdue reminders
are shown in red; "Show done" also lists the ones already marked done."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from avhopp.domain.network import ReminderKind
from avhopp.errors import ConflictError
from ui import error_presenter
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.dialogs.service_form_dialog import guarded
from ui.i18n import translate
from ui.models.read_model_table import WARNING_COLOR
from ui.models.reminder_table_model import Column as ReminderColumn
from ui.models.reminder_table_model import ReminderTableModel
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


class RemindersTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("remindersTab")
        self.dialog: ReminderDialog | None = None
        self.busy = False
        self.conflict_box: Any = None
        self._done_request = 0
        self.model = ReminderTableModel(
            describe=self.describe, owner_name=session.info.staff_name, parent=self
        )

        self.summary_label = QLabel()
        self.summary_label.setObjectName("reminders_summary")
        self.show_done_check = QCheckBox(translate("RemindersTab", "Show &done"))
        self.show_done_check.setObjectName("show_done_check")
        self.show_done_check.setAccessibleName(
            translate("RemindersTab", "Also show reminders marked done")
        )
        self.show_done_check.toggled.connect(self._show_done_toggled)
        self.add_button = button(
            translate("RemindersTab", "&New reminder…"), object_name="add_reminder_button"
        )
        self.edit_button = button(
            translate("RemindersTab", "&Change…"),
            object_name="edit_reminder_button",
            accessible_name=translate("RemindersTab", "Change the selected reminder"),
        )
        self.done_button = button(
            translate("RemindersTab", "&Mark done"),
            object_name="complete_reminder_button",
            accessible_name=translate("RemindersTab", "Mark the selected reminder done"),
        )
        self.add_button.clicked.connect(self.add_reminder)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.complete_selected)

        self.table = RecordTableView(
            self.model,
            object_name="reminders_table",
            accessible_name=translate("RemindersTab", "Reminders"),
            stretch_column=ReminderColumn.TEXT,
        )
        self.table.activated_record.connect(self.edit_reminder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.hint_label = QLabel(
            translate(
                "RemindersTab",
                "Automatic reminders follow a goal's deadline, a consent's end date, the end of "
                "a confidentiality marking or the purge date; change those and the reminder "
                "moves.",
            )
        )
        self.hint_label.setObjectName("reminders_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(
            toolbar(
                heading(translate("RemindersTab", "Reminders"), object_name="reminders_heading"),
                self.summary_label,
                self.show_done_check,
                self.add_button,
                self.edit_button,
                self.done_button,
                stretch_at=2,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        for first, second in (
            (self.show_done_check, self.add_button),
            (self.add_button, self.edit_button),
            (self.edit_button, self.done_button),
            (self.done_button, self.table),
        ):
            self.setTabOrder(first, second)
        self._update_buttons()

    # ------------------------------------------------------------------ contract

    def show_file(self, file: Any, case_file: Any) -> None:
        selected = self.table.current_record()
        super().show_file(file, case_file)
        self.model.today = date.today()
        self._set_rows(case_file.reminders if case_file is not None else (), selected)
        if case_file is not None and self.show_done_check.isChecked():
            self._load_with_done()

    def forget(self) -> None:
        close_dialog(self)
        self._done_request += 1  # a read still running is dropped when it arrives
        self.model.clear()
        self.summary_label.clear()
        super().forget()
        self._update_buttons()

    # ------------------------------------------------------------------ display

    def describe(self, reminder: Any) -> str:
        """What an automatic reminder is about, from the rows of the file it follows."""
        case_file = self.case_file
        kind = reminder.kind
        if kind == ReminderKind.PLAN_REVIEW and case_file is not None:
            for goal in case_file.goals:
                if goal.id == reminder.source_id:
                    return translate("RemindersTab", "Review the goal: %1").replace("%1", goal.goal)
            return translate("RemindersTab", "Review a goal of the plan")
        if kind == ReminderKind.CONSENT_EXPIRY and case_file is not None:
            info = self.session.info
            for consent in case_file.consents:
                if consent.id == reminder.source_id:
                    agencies = ", ".join(info.code_label("agency", a) for a in consent.agencies)
                    return translate("RemindersTab", "The consent ends (%1)").replace(
                        "%1", agencies
                    )
            return translate("RemindersTab", "A consent ends")
        if kind == ReminderKind.PROTECTION_EXPIRY:
            return translate("RemindersTab", "The confidentiality marking ends")
        if kind == ReminderKind.PURGE:
            return translate("RemindersTab", "The closed case may be purged from this date")
        return ""

    def _set_rows(self, rows: Any, selected: Any) -> None:
        self.model.set_rows(rows)
        self.table.fit_columns(max_width=240)
        self.table.select_record(selected.id if selected is not None else None)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        open_rows = [r for r in self.model.rows if r.done_at is None]
        overdue = sum(1 for r in open_rows if self.model.overdue(r))
        if not open_rows:
            text = translate("RemindersTab", "No open reminders.")
        else:
            text = translate("RemindersTab", "%n open", None, len(open_rows))
            if overdue:
                text += " · " + translate("RemindersTab", "%n overdue", None, overdue)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(
            f"color: {WARNING_COLOR}; font-weight: 600;" if overdue else ""
        )

    def _update_buttons(self, *_args: Any) -> None:
        has_case = self.case_file is not None
        reminder = self.table.current_record()
        open_reminder = reminder is not None and reminder.done_at is None
        self.add_button.setEnabled(has_case)
        self.show_done_check.setEnabled(has_case)
        editable = has_case and open_reminder and not reminder.automatic
        self.edit_button.setEnabled(editable)
        self.edit_button.setToolTip(
            translate("RemindersTab", "Automatic reminders follow their source.")
            if reminder is not None and reminder.automatic
            else ""
        )
        self.done_button.setEnabled(has_case and open_reminder and not self.busy)

    # ------------------------------------------------------------------ done reminders

    def _show_done_toggled(self, checked: bool) -> None:
        if self.case_file is None:
            return
        if checked:
            self._load_with_done()
        else:
            self._done_request += 1
            self._set_rows(self.case_file.reminders, self.table.current_record())

    def _load_with_done(self) -> None:
        self._done_request += 1
        request, case_id = self._done_request, self.case_id

        def loaded(rows: list[Any]) -> None:
            if request == self._done_request and self.case_id == case_id:
                self._set_rows(rows, self.table.current_record())

        self.session.call(
            lambda vault: vault.reminders.reminders(case_id, include_done=True),
            on_done=guarded(self, loaded),
            on_error=guarded(self, lambda error: error_presenter.present(self, error)),
            parent=self,
        )

    # ------------------------------------------------------------------ actions

    def add_reminder(self) -> None:
        if self.case_id is not None:
            open_dialog(
                self,
                ReminderDialog(self.session, case_id=self.case_id, parent=self),
                "reminders",
            )

    def edit_selected(self) -> None:
        reminder = self.table.current_record()
        if reminder is not None:
            self.edit_reminder(reminder)

    def edit_reminder(self, reminder: Any) -> None:
        if self.case_id is None or reminder.automatic or reminder.done_at is not None:
            return
        open_dialog(
            self,
            ReminderDialog(
                self.session,
                case_id=self.case_id,
                reminder=reminder,
                on_reload=lambda: notify(self, "reminders"),
                parent=self,
            ),
            "reminders",
        )

    def complete_selected(self) -> None:
        reminder = self.table.current_record()
        if reminder is None or reminder.done_at is not None or self.busy:
            return
        self.busy = True
        self._update_buttons()
        reminder_id, version = reminder.id, reminder.version
        self.session.call(
            lambda vault: vault.reminders.complete(reminder_id, expected_version=version),
            on_done=guarded(self, self._completed),
            on_error=guarded(self, self._complete_failed),
            parent=self,
        )

    def _completed(self, _view: Any) -> None:
        self.busy = False
        self._update_buttons()
        notify(self, "reminders")

    def _complete_failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        on_reload = (
            (lambda: notify(self, "reminders")) if isinstance(error, ConflictError) else None
        )
        self.conflict_box = error_presenter.present(self, error, on_reload=on_reload)
