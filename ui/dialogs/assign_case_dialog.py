"""Give a case to another case worker and team (managers; ``vault.cases.assign``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from avhopp.domain.roles import Role
from avhopp.services.record_views import CaseView
from ui.dialogs.form_dialog import FormDialog, add_field
from ui.i18n import translate
from ui.session import Changes, Session


class AssignCaseDialog(FormDialog):
    def __init__(self, session: Session, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("AssignCaseDialog", "Assign case"),
            ok_text=translate("AssignCaseDialog", "Assign"),
            parent=parent,
        )
        self.setObjectName("assign_case_dialog")
        self.case = case
        self.set_intro(
            translate("AssignCaseDialog", "Case {reference}.").format(reference=case.reference)
        )
        self.worker = QComboBox()
        self.worker.setObjectName("case_worker_combo")
        self.worker.addItem(translate("AssignCaseDialog", "Nobody (the team only)"), None)
        for member in sorted(session.info.staff, key=lambda m: m.display_name.casefold()):
            if Role.CASE_WORKER in member.roles:
                label = member.display_name
                if member.team:
                    label += " " + translate("AssignCaseDialog", "(team {team})").format(
                        team=member.team
                    )
                self.worker.addItem(label, member.id)
        self.worker.setCurrentIndex(max(0, self.worker.findData(case.responsible_user_id)))
        add_field(
            self.errors,
            self.form,
            translate("AssignCaseDialog", "&Case worker:"),
            self.worker,
            "responsible_user_id",
        )
        self.team = QLineEdit(case.team or "")
        self.team.setObjectName("team_edit")
        self.team.setMaxLength(40)
        add_field(
            self.errors, self.form, translate("AssignCaseDialog", "&Team:"), self.team, "team"
        )
        self.finish_layout()
        self.setMinimumWidth(420)
        self.worker.currentIndexChanged.connect(self._worker_changed)

    def _worker_changed(self) -> None:
        for member in self.session.info.staff:
            if member.id == self.worker.currentData() and member.team:
                self.team.setText(member.team)

    def job(self) -> Callable[[Any], Any] | None:
        case_id, version = self.case.id, self.case.version
        worker = self.worker.currentData()
        team = self.team.text().strip() or None

        def assign(vault: Any) -> Any:  # worker thread
            return vault.cases.assign(
                case_id, responsible_user_id=worker, team=team, expected_version=version
            )

        return assign

    def succeeded(self, result: Any) -> None:
        self.session.notify(
            Changes.of("cases", person_ids=[self.case.person_id], case_ids=[self.case.id])
        )
        self.accept()
