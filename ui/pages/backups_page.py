"""Säkerhetskopior: encrypted backups arrive with the backup issue; until then the page says
so, and says plainly that no backup is being made."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.i18n import translate
from ui.pages.placeholder import ComingPage
from ui.session import Session


class BackupsPage(ComingPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            heading=translate("BackupsPage", "Backups"),
            text=translate(
                "BackupsPage",
                "Coming in the next version: verified, encrypted backups made every day and "
                "when Avhopp closes, with rotation, restore and a regular restore drill.\n\n"
                "Avhopp does not make backups yet. Until it does, copy the vault file and its "
                "key file (vault.avhopp and vault.avhopp.keys) together while Avhopp is "
                "closed, and keep the copies as safely as the PC itself.",
            ),
            parent=parent,
        )
