"""Rapporter: the PDF reports arrive with the reports issue; until then the page says so."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.i18n import translate
from ui.pages.placeholder import ComingPage
from ui.session import Session


class ReportsPage(ComingPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            heading=translate("ReportsPage", "Reports"),
            text=translate(
                "ReportsPage",
                "Coming in the next version: the progress report for the safety council "
                "(aggregate figures with small counts suppressed), individual progress "
                "summaries for case conferences, and register extracts for participants who "
                "ask for their data. Until then, the unit's figures for a period are "
                "available from the command line: avhopp-admin stats --from … --to ….",
            ),
            parent=parent,
        )
