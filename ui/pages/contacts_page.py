"""Work in progress: this page is being built (issue 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.base import Page
from ui.session import Session


class ContactsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
