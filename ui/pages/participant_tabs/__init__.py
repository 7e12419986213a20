"""The tabs of the participant view. Each tab shows part of one ``ParticipantFile`` (read in
one transaction by ``avhopp.services.participant_file.open_participant``) for the selected
case, and changes it through core services on the worker thread.

Contract for every tab:
- ``show_file(file, case_file)`` fills the tab from frozen read models (GUI thread, no I/O);
  ``case_file`` is the selected case's ``CaseFile`` (``None`` when the person has no case the
  user may see).
- After a committed change a tab calls ``session.notify(Changes.of(kind, person_ids=[...],
  case_ids=[...]))``; the participant view then reloads the whole file (one transaction,
  well under 100 ms) and calls ``show_file`` on every tab again.
- ``save_drafts()`` submits unsaved text as an encrypted draft (the session is locking);
  ``forget()`` clears every decrypted value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.session import Session


class ParticipantTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.file: Any = None
        self.case_file: Any = None

    def show_file(self, file: Any, case_file: Any) -> None:
        """Fill the tab. Subclasses call ``super().show_file(...)`` first."""
        self.file = file
        self.case_file = case_file

    @property
    def person_id(self) -> str | None:
        return self.file.person.id if self.file is not None else None

    @property
    def case_id(self) -> str | None:
        return self.case_file.case.id if self.case_file is not None else None

    def save_drafts(self) -> None:
        """The session is locking: submit unsaved text as a draft."""

    def forget(self) -> None:
        """Drop decrypted data. Subclasses clear their widgets and call super()."""
        self.file = None
        self.case_file = None
