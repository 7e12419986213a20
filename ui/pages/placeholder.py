"""A page whose feature belongs to a later issue: it says what is coming, with no fake
buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.session import Session


class ComingPage(Page):
    def __init__(
        self, session: Session, *, heading: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("page_heading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        body = QLabel(text)
        body.setObjectName("coming_text")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        layout.addStretch(1)
