"""Plan och bedömning: the latest threat assessment (shown first, it matters most), the
implementation plan's goals, and the life domains "start vs now" as a table and a bar chart.

"Start vs now" is the domain's own rule (``avhopp.domain.support.progress``) applied to the
assessments already in the participant file, over the active life domains of the code list:
the same result as ``vault.support.progress(case_id)`` without a second read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import support
from ui.dialogs.assessment_dialog import AssessmentDialog
from ui.dialogs.goal_dialog import GoalDialog
from ui.dialogs.service_form_dialog import ServiceFormDialog
from ui.dialogs.threat_assessment_dialog import ThreatAssessmentDialog
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.choice_labels import THREAT_COLOR, threat_level_label
from ui.models.domain_progress_model import Column as ProgressColumn
from ui.models.domain_progress_model import DomainProgressModel
from ui.models.goal_table_model import Column as GoalColumn
from ui.models.goal_table_model import GoalTableModel
from ui.models.read_model_table import WARNING_COLOR
from ui.models.threat_table_model import Column as ThreatColumn
from ui.models.threat_table_model import ThreatTableModel
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.domain_progress_chart import DomainProgressChart
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


class ThreatPanel(QFrame):
    """The latest threat assessment, with a stripe in the level's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threat_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stripe = QFrame()
        self.stripe.setFixedWidth(6)
        self.level_label = QLabel()
        self.level_label.setObjectName("threat_level_label")
        font = QFont(self.level_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.level_label.setFont(font)
        self.details_label = QLabel()
        self.details_label.setObjectName("threat_details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label = QLabel()
        self.review_label.setObjectName("threat_review_label")
        self.title = QLabel(translate("ThreatPanel", "Threat assessment"))
        self.title.setObjectName("threat_title")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.level_label)
        text.addWidget(self.details_label)
        text.addWidget(self.review_label)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 8, 0)
        text.setContentsMargins(2, 6, 0, 6)
        self.row.addWidget(self.stripe)
        self.row.addLayout(text, 1)

    def show_threat(self, threat: Any, *, today: date) -> None:
        if threat is None:
            self.stripe.setStyleSheet("")
            self.level_label.setText(translate("ThreatPanel", "Not assessed"))
            self.level_label.setStyleSheet("")
            self.details_label.setText(
                translate("ThreatPanel", "No threat assessment has been recorded for this case.")
            )
            self.review_label.clear()
            self.review_label.setStyleSheet("")
            self.setAccessibleName(translate("ThreatPanel", "Threat assessment: not assessed"))
            return
        color = THREAT_COLOR.get(threat.level, "#808080")
        self.stripe.setStyleSheet(f"background-color: {color}; border: none;")
        level = threat_level_label(threat.level)
        self.level_label.setText(level)
        self.level_label.setStyleSheet(f"color: {color};")
        parts = [
            translate("ThreatPanel", "Assessed %1").replace("%1", fmt_date(threat.assessed_on))
        ]
        if threat.source:
            parts.append(translate("ThreatPanel", "by %1").replace("%1", threat.source))
        self.details_label.setText(" ".join(parts))
        review = ""
        overdue = threat.next_review_on is not None and threat.next_review_on < today
        if threat.next_review_on is not None:
            review = translate("ThreatPanel", "Next review %1").replace(
                "%1", fmt_date(threat.next_review_on)
            )
            if overdue:
                review += " " + translate("ThreatPanel", "(overdue)")
        self.review_label.setText(review)
        self.review_label.setStyleSheet(
            f"color: {WARNING_COLOR}; font-weight: 600;" if overdue else ""
        )
        self.setAccessibleName(
            translate("ThreatPanel", "Latest threat assessment: %1").replace("%1", level)
        )


class PlanTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("planTab")
        info = session.info
        self.dialog: ServiceFormDialog | None = None
        self.progress: list[Any] = []
        self.goal_model = GoalTableModel(info, self)
        self.progress_model = DomainProgressModel(info, self)
        self.threat_model = ThreatTableModel(self)

        # Threat: the latest one prominently, the history beside it.
        self.threat_panel = ThreatPanel()
        self.add_threat_button = button(
            translate("PlanTab", "New &threat assessment…"), object_name="add_threat_button"
        )
        self.add_threat_button.clicked.connect(self.add_threat)
        self.threat_table = RecordTableView(
            self.threat_model,
            object_name="threats_table",
            accessible_name=translate("PlanTab", "Threat assessments"),
            stretch_column=ThreatColumn.SOURCE,
        )
        self.threat_table.setMaximumHeight(
            self.threat_table.verticalHeader().defaultSectionSize() * 3 + 30
        )
        threat_row = QHBoxLayout()
        threat_left = QVBoxLayout()
        threat_left.addWidget(self.threat_panel, 1)
        threat_left.addWidget(self.add_threat_button, 0, Qt.AlignmentFlag.AlignLeft)
        threat_row.addLayout(threat_left, 2)
        threat_row.addWidget(self.threat_table, 3)

        # Goals of the implementation plan.
        self.add_goal_button = button(
            translate("PlanTab", "Add &goal…"), object_name="add_goal_button"
        )
        self.edit_goal_button = button(
            translate("PlanTab", "C&hange…"),
            object_name="edit_goal_button",
            accessible_name=translate("PlanTab", "Change the selected goal"),
        )
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_selected_goal)
        self.goal_table = RecordTableView(
            self.goal_model,
            object_name="goals_table",
            accessible_name=translate("PlanTab", "Plan goals"),
            stretch_column=GoalColumn.GOAL,
        )
        self.goal_table.activated_record.connect(self.edit_goal)
        self.goal_table.selectionModel().selectionChanged.connect(self._update_buttons)
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addLayout(
            toolbar(
                heading(translate("PlanTab", "Implementation plan"), object_name="plan_heading"),
                self.add_goal_button,
                self.edit_goal_button,
                stretch_at=1,
            )
        )
        goals_layout.addWidget(self.goal_table, 1)

        # Life domains: start vs now.
        self.add_assessment_button = button(
            translate("PlanTab", "New &assessment…"), object_name="add_assessment_button"
        )
        self.add_assessment_button.clicked.connect(self.add_assessment)
        self.chart = DomainProgressChart(lambda code: info.code_label("life_domain", code))
        self.progress_table = RecordTableView(
            self.progress_model,
            object_name="progress_table",
            accessible_name=translate("PlanTab", "Life domains, start and now"),
            stretch_column=ProgressColumn.LIFE_DOMAIN,
            sortable=False,
        )
        self.assessments_label = QLabel()
        self.assessments_label.setObjectName("assessments_label")
        domains = QWidget()
        domains_layout = QVBoxLayout(domains)
        domains_layout.setContentsMargins(0, 0, 0, 0)
        domains_layout.addLayout(
            toolbar(
                heading(
                    translate("PlanTab", "Life domains: start and now"),
                    object_name="domains_heading",
                ),
                self.add_assessment_button,
                stretch_at=1,
            )
        )
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        side_by_side.addWidget(self.progress_table, 1)
        domains_layout.addWidget(self.assessments_label)
        domains_layout.addLayout(side_by_side, 1)
        self.progress_table.setMinimumHeight(self.chart.sizeHint().height())

        # Goals above (their text needs the width), life domains below; the user may move
        # the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(goals)
        self.splitter.addWidget(domains)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.addLayout(threat_row)
        layout.addWidget(self.splitter, 1)

        for first, second in (
            (self.add_threat_button, self.threat_table),
            (self.threat_table, self.add_goal_button),
            (self.add_goal_button, self.edit_goal_button),
            (self.edit_goal_button, self.goal_table),
            (self.goal_table, self.add_assessment_button),
            (self.add_assessment_button, self.progress_table),
        ):
            self.setTabOrder(first, second)
        self._update_buttons()

    # ------------------------------------------------------------------ contract

    def show_file(self, file: Any, case_file: Any) -> None:
        selected = self.goal_table.current_record()
        super().show_file(file, case_file)
        today = date.today()
        self.goal_model.today = today
        if case_file is None:
            self._show_nothing()
            return
        self.goal_model.set_rows(case_file.goals)
        self.goal_table.fit_columns(max_width=160)
        self.goal_table.select_record(selected.id if selected is not None else None)
        threats = list(case_file.threats)
        self.threat_panel.show_threat(threats[-1] if threats else None, today=today)
        self.threat_model.set_rows(threats)
        self.threat_table.sortByColumn(ThreatColumn.ASSESSED, Qt.SortOrder.DescendingOrder)
        self.threat_table.fit_columns()
        self.progress = self.compute_progress(case_file.assessments)
        self.progress_model.set_rows(self.progress)
        self.progress_table.fit_columns()
        self.chart.set_progress(self.progress)
        count = len(case_file.assessments)
        self.assessments_label.setText(
            translate("PlanTab", "%n assessment(s)", None, count)
            if count
            else translate("PlanTab", "No assessment yet.")
        )
        self._update_buttons()

    def compute_progress(self, assessments: Any) -> list[Any]:
        domains = [e.code for e in self.session.info.code_entries("life_domain")]
        history = [(a.assessed_on, a.scores) for a in assessments]
        return list(support.progress(history, life_domains=domains))

    def _show_nothing(self) -> None:
        self.goal_model.clear()
        self.threat_model.clear()
        self.progress = []
        self.progress_model.clear()
        self.chart.clear()
        self.threat_panel.show_threat(None, today=date.today())
        self.assessments_label.clear()
        self._update_buttons()

    def forget(self) -> None:
        close_dialog(self)
        super().forget()
        self._show_nothing()
        self.threat_panel.details_label.clear()
        self.threat_panel.review_label.clear()

    # ------------------------------------------------------------------ actions

    def _update_buttons(self, *_args: Any) -> None:
        has_case = self.case_file is not None
        for widget in (self.add_threat_button, self.add_goal_button, self.add_assessment_button):
            widget.setEnabled(has_case)
        self.edit_goal_button.setEnabled(has_case and self.goal_table.current_record() is not None)

    def add_goal(self) -> None:
        if self.case_id is not None:
            self._open(GoalDialog(self.session, case_id=self.case_id, parent=self))

    def edit_selected_goal(self) -> None:
        goal = self.goal_table.current_record()
        if goal is not None:
            self.edit_goal(goal)

    def edit_goal(self, goal: Any) -> None:
        if self.case_id is not None:
            self._open(
                GoalDialog(
                    self.session,
                    case_id=self.case_id,
                    goal=goal,
                    on_reload=lambda: notify(self, "plan"),
                    parent=self,
                )
            )

    def add_assessment(self) -> None:
        if self.case_id is not None:
            self._open(
                AssessmentDialog(
                    self.session, case_id=self.case_id, progress=self.progress, parent=self
                )
            )

    def add_threat(self) -> None:
        if self.case_id is not None:
            self._open(ThreatAssessmentDialog(self.session, case_id=self.case_id, parent=self))

    def _open(self, dialog: ServiceFormDialog) -> None:
        open_dialog(self, dialog, "plan")
