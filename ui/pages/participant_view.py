"""Work in progress: the participant view is being built (issue 4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.pages.base import Page
from ui.session import Session


class ParticipantView(Page):
    back_requested = Signal()

    def __init__(
        self,
        session: Session,
        person_id: str,
        *,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.person_id = person_id
        self.case_id = case_id
