"""The Reminders tab (Bevakningar): the case's reminders."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.pages.participant_tabs import ParticipantTab
from ui.session import Session


class RemindersTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("remindersTab")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("RemindersTab", "Reminders")))
