"""The Plan tab (Plan och bedömning): goals, life-domain and threat assessments."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.pages.participant_tabs import ParticipantTab
from ui.session import Session


class PlanTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("planTab")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("PlanTab", "Plan and assessment")))
