"""Add or change a goal of the implementation plan (genomförandeplan)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from avhopp.domain.support import GoalInput, GoalStatus
from ui.dialogs.service_form_dialog import DateLineEdit, ServiceFormDialog, code_items, fill_combo
from ui.i18n import translate
from ui.models.choice_labels import goal_status_label
from ui.session import Session


class GoalDialog(ServiceFormDialog):
    """``goal`` is the ``GoalView`` to change, or ``None`` for a new goal on ``case_id``."""

    def __init__(
        self,
        session: Session,
        *,
        case_id: str,
        goal: Any = None,
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("GoalDialog", "New plan goal")
            if goal is None
            else translate("GoalDialog", "Change plan goal")
        )
        super().__init__(
            session, title=title, object_name="goal_dialog", on_reload=on_reload, parent=parent
        )
        self.case_id = case_id
        self.goal = goal

        self.domain_combo = QComboBox()
        self.add_row(
            translate("GoalDialog", "&Life domain:"),
            self.domain_combo,
            "life_domain",
            object_name="domain_combo",
        )
        self.goal_edit = self.text_edit(lines=3)
        self.add_row(translate("GoalDialog", "&Goal:"), self.goal_edit, "goal")
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(
            translate("GoalDialog", "e.g. the participant and the case worker")
        )
        self.add_row(translate("GoalDialog", "&Who:"), self.owner_edit, "owner")
        self.deadline_edit = DateLineEdit()
        self.add_row(translate("GoalDialog", "&Deadline:"), self.deadline_edit, "deadline")
        self.status_combo = QComboBox()
        for status in GoalStatus:
            self.status_combo.addItem(goal_status_label(status), status.value)
        self.add_row(
            translate("GoalDialog", "&Status:"),
            self.status_combo,
            "status",
            object_name="status_combo",
        )
        self.own_words_edit = self.text_edit(lines=3)
        self.add_row(
            translate("GoalDialog", "In the participant's &own words:"),
            self.own_words_edit,
            "own_words",
        )

        domain = goal.life_domain if goal is not None else None
        fill_combo(
            self.domain_combo, code_items(session, "life_domain", keep=domain), current=domain
        )
        if goal is not None:
            self.goal_edit.setPlainText(goal.goal)
            self.owner_edit.setText(goal.owner)
            self.deadline_edit.set_date(goal.deadline)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(goal.status))))
            self.own_words_edit.setPlainText(goal.own_words)

    def goal_input(self) -> GoalInput:
        return GoalInput(
            life_domain=self.domain_combo.currentData() or "",
            goal=self.goal_edit.toPlainText(),
            owner=self.owner_edit.text(),
            deadline=self.deadline_edit.date_value("deadline"),
            status=self.status_combo.currentData(),
            own_words=self.own_words_edit.toPlainText(),
        )

    def collect(self) -> Callable[[Any], Any]:
        data = self.goal_input()
        case_id = self.case_id
        if self.goal is None:
            return lambda vault: vault.support.add_goal(case_id, data)
        goal_id, version = self.goal.id, self.goal.version
        return lambda vault: vault.support.update_goal(goal_id, data, expected_version=version)
