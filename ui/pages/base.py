"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.session import Changes, Session


class Page(QWidget):
    """A page on the right of the main window.

    Pages load their data lazily: :meth:`activate` is called each time the page is shown.
    :meth:`refresh` gets every committed change; a page reloads only what concerns it (and
    only when it has loaded before). :meth:`save_drafts` runs when the session is about to
    lock: submit a job that saves unsaved text as an encrypted draft. :meth:`forget` runs
    after the lock: drop every decrypted value the page holds.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def activate(self) -> None:
        """The page became visible."""

    def refresh(self, changes: Changes) -> None:
        """Something was committed; reload what concerns this page."""

    def save_drafts(self) -> None:
        """The session is locking: submit draft saves now (they run before the close)."""

    def forget(self) -> None:
        """The session locked: clear decrypted data (models, text fields)."""
