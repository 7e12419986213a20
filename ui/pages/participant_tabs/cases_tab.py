"""Ärenden och faser: the person's cases (those the user may see), the selected case's phase
history, and the actions on it: change phase (closing with a reason), reopen, assign."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import phases
from ui.dialogs.form_dialog import close_dialog, guarded
from ui.i18n import translate
from ui.models.case_models import CaseColumn, CaseTableModel, PhaseColumn, PhaseHistoryModel
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.tables import compact_table
from ui.session import Session


class CasesTab(ParticipantTab):
    #: The user picked another case in the table: (case id).
    case_chosen = Signal(str)
    #: The user chose "Reload" after a conflict.
    reload_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("cases_tab")
        info = session.info
        self.dialog: Any = None
        self._filling = False

        self.cases_model = CaseTableModel(info.code_label, info.staff_name, self)
        self.cases_table = compact_table("cases_table", translate("CasesTab", "Cases"))
        self.cases_table.setModel(self.cases_model)
        header = self.cases_table.horizontalHeader()
        for column, width in (
            (CaseColumn.REFERENCE, 130),
            (CaseColumn.PHASE, 220),
            (CaseColumn.SINCE, 100),
            (CaseColumn.CASE_WORKER, 220),
            (CaseColumn.INQUIRY, 100),
        ):
            header.resizeSection(column, width)
        self.cases_table.setMaximumHeight(self.fontMetrics().height() * 8 + 30)
        self.cases_table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.change_button = QPushButton(translate("CasesTab", "Change phase…"))
        self.change_button.setObjectName("change_phase_button")
        self.change_button.setAccessibleName(translate("CasesTab", "Change the case's phase"))
        self.change_button.clicked.connect(self.change_phase)
        self.reopen_button = QPushButton(translate("CasesTab", "Reopen…"))
        self.reopen_button.setObjectName("reopen_button")
        self.reopen_button.setAccessibleName(translate("CasesTab", "Reopen the closed case"))
        self.reopen_button.clicked.connect(self.reopen)
        self.assign_button = QPushButton(translate("CasesTab", "Assign…"))
        self.assign_button.setObjectName("assign_button")
        self.assign_button.setAccessibleName(
            translate("CasesTab", "Assign the case to a case worker")
        )
        self.assign_button.clicked.connect(self.assign)
        # Reassigning is a manager's task (the core refuses it to others).
        self.assign_button.setVisible(info.manages)
        self.summary_button = QPushButton(translate("CasesTab", "Progress summary…"))
        self.summary_button.setObjectName("summary_report_button")
        self.summary_button.setAccessibleName(
            translate("CasesTab", "Progress summary of the case as a PDF")
        )
        self.summary_button.clicked.connect(self.progress_summary)
        self.state_label = QLabel()
        self.state_label.setObjectName("case_state_label")
        self.state_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.state_label, 1)

        self.history_model = PhaseHistoryModel(info.code_label, self)
        self.history_table = compact_table(
            "case_history_table", translate("CasesTab", "Phase history")
        )
        self.history_table.setModel(self.history_model)
        history_header = self.history_table.horizontalHeader()
        for column, width in (
            (PhaseColumn.DATE, 100),
            (PhaseColumn.PHASE, 290),
            (PhaseColumn.CLOSURE_REASON, 200),
            (PhaseColumn.COMMENT, 260),
        ):
            history_header.resizeSection(column, width)
        self.history_box = QGroupBox(translate("CasesTab", "Phase history"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.cases_table)
        layout.addLayout(buttons)
        layout.addWidget(self.history_box, 1)
        self.setTabOrder(self.cases_table, self.change_button)
        self.setTabOrder(self.change_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.assign_button)
        self.setTabOrder(self.assign_button, self.summary_button)
        self.setTabOrder(self.summary_button, self.history_table)
        self._update_buttons()

    # ------------------------------------------------------------------ filling

    def show_file(self, file: Any, case_file: Any) -> None:
        super().show_file(file, case_file)
        self._filling = True
        try:
            self.cases_model.set_rows([c.case for c in file.cases])
            row = None if case_file is None else self.cases_model.row_of(case_file.case.id)
            if row is not None:
                self.cases_table.selectionModel().setCurrentIndex(
                    self.cases_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._filling = False
        self.history_model.set_rows(case_file.case.history if case_file is not None else ())
        self._update_buttons()

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if self._filling or not current.isValid():
            return
        case = self.cases_model.row_data(current.row())
        if self.case_file is None or case.id != self.case_file.case.id:
            self.case_chosen.emit(case.id)

    def _update_buttons(self) -> None:
        case = self.case_file.case if self.case_file is not None else None
        closed = case is not None and case.phase == phases.CLOSED
        self.change_button.setEnabled(case is not None and not closed)
        self.reopen_button.setEnabled(closed)
        self.assign_button.setEnabled(case is not None)
        self.summary_button.setEnabled(case is not None)
        if case is None:
            self.state_label.setText(translate("CasesTab", "No case that you may see."))
        elif closed:
            self.state_label.setText(
                translate("CasesTab", "The case is closed. Reopen it to continue the work.")
            )
        else:
            self.state_label.clear()

    # ------------------------------------------------------------------ actions

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.reload_wanted.connect(self.reload_requested)
        dialog.open()

    def change_phase(self) -> None:
        if self.case_file is None:
            return
        from ui.dialogs.phase_change_dialog import PhaseChangeDialog

        self._open(PhaseChangeDialog(self.session, self.case_file.case, parent=self))

    def reopen(self) -> None:
        if self.case_file is None:
            return
        from ui.dialogs.phase_change_dialog import PhaseChangeDialog

        self._open(PhaseChangeDialog(self.session, self.case_file.case, reopen=True, parent=self))

    def assign(self) -> None:
        if self.case_file is None:
            return
        from ui.dialogs.assign_case_dialog import AssignCaseDialog

        self._open(AssignCaseDialog(self.session, self.case_file.case, parent=self))

    def progress_summary(self) -> None:
        """The case's progress summary (lägesrapport) for a case conference, as a PDF."""
        if self.case_file is None:
            return
        from ui.dialogs.summary_report_dialog import SummaryReportDialog

        case = self.case_file.case
        dialog = SummaryReportDialog(self.session, case.id, reference=case.reference, parent=self)
        dialog.saved.connect(guarded(self, lambda document: self._summary_made(document, case)))
        self.dialog = dialog
        dialog.open()

    def _summary_made(self, document: Any, case: Any) -> None:
        from ui.report_output import show_result

        self.dialog = show_result(
            self.session,
            document,
            description=translate("CasesTab", "Case {reference}").format(reference=case.reference),
            parent=self,
        )

    def forget(self) -> None:
        close_dialog(self.dialog)
        self.dialog = None
        self.cases_model.clear()
        self.history_model.clear()
        super().forget()
        self._update_buttons()
