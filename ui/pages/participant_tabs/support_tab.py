"""Insatser: the support steps of the selected case, added and changed in a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from avhopp.domain.support import StepStatus
from ui.dialogs.support_step_dialog import SupportStepDialog
from ui.formats import fmt_datetime
from ui.i18n import translate
from ui.models.step_table_model import Column as StepColumn
from ui.models.step_table_model import StepTableModel, police_funds_text
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


class SupportTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("supportTab")
        self.dialog: SupportStepDialog | None = None
        self.model = StepTableModel(session.info, self)

        self.title = heading(translate("SupportTab", "Support steps"), object_name="steps_heading")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("steps_summary")
        self.add_button = button(
            translate("SupportTab", "&Add support step…"), object_name="add_step_button"
        )
        self.edit_button = button(
            translate("SupportTab", "&Change…"),
            object_name="edit_step_button",
            accessible_name=translate("SupportTab", "Change the selected support step"),
        )
        self.add_button.clicked.connect(self.add_step)
        self.edit_button.clicked.connect(self.edit_selected)

        self.table = RecordTableView(
            self.model,
            object_name="steps_table",
            accessible_name=translate("SupportTab", "Support steps"),
            stretch_column=StepColumn.PROVIDER,
        )
        self.table.activated_record.connect(self.edit_step)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details_label = QLabel()
        self.details_label.setObjectName("step_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(
            toolbar(self.title, self.summary_label, self.add_button, self.edit_button, stretch_at=2)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.table)
        self._update_buttons()

    # ------------------------------------------------------------------ contract

    def show_file(self, file: Any, case_file: Any) -> None:
        selected = self.table.current_record()
        super().show_file(file, case_file)
        self.model.set_rows(case_file.steps if case_file is not None else ())
        self.table.fit_columns(max_width=200)
        self.table.select_record(selected.id if selected is not None else None)
        self._update_summary()
        self._update_buttons()
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
        steps = self.model.rows
        if not steps:
            self.summary_label.setText(translate("SupportTab", "No support steps yet."))
            return
        ongoing = sum(1 for s in steps if s.status == StepStatus.ONGOING)
        planned = sum(1 for s in steps if s.status == StepStatus.PLANNED)
        self.summary_label.setText(
            translate("SupportTab", "%n step(s)", None, len(steps))
            + " · "
            + translate("SupportTab", "%n ongoing", None, ongoing)
            + " · "
            + translate("SupportTab", "%n planned", None, planned)
        )

    def _update_buttons(self) -> None:
        has_case = self.case_file is not None
        self.add_button.setEnabled(has_case)
        self.edit_button.setEnabled(has_case and self.table.current_record() is not None)

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        step = self.table.current_record()
        if step is None:
            self.details_label.clear()
            return
        parts = []
        if step.legal_basis:
            parts.append(translate("SupportTab", "Legal basis: %1").replace("%1", step.legal_basis))
        funds = police_funds_text(step)
        if funds:
            parts.append(translate("SupportTab", "Police exit funds: %1").replace("%1", funds))
        changed = translate("SupportTab", "Last changed %1").replace(
            "%1", fmt_datetime(step.updated_at)
        )
        if step.updated_by:
            changed += " " + translate("SupportTab", "by %1").replace("%1", step.updated_by)
        parts.append(changed)
        self.details_label.setText(" · ".join(parts))

    # ------------------------------------------------------------------ actions

    def add_step(self) -> None:
        if self.case_id is None:
            return
        self._open(SupportStepDialog(self.session, case_id=self.case_id, parent=self))

    def edit_selected(self) -> None:
        step = self.table.current_record()
        if step is not None:
            self.edit_step(step)

    def edit_step(self, step: Any) -> None:
        if self.case_id is None:
            return
        self._open(
            SupportStepDialog(
                self.session,
                case_id=self.case_id,
                step=step,
                on_reload=lambda: notify(self, "steps"),
                parent=self,
            )
        )

    def _open(self, dialog: SupportStepDialog) -> None:
        open_dialog(self, dialog, "steps")
