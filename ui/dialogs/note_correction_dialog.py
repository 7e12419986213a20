"""Correct a signed journal note: a new signed note linked to the original, with a reason; the
original stays as it was (``vault.journal.correct``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from avhopp.services.record_views import NoteView
from ui.dialogs.form_dialog import FormDialog, add_field
from ui.dialogs.person_form import date_edit, read_date
from ui.formats import fmt_date
from ui.i18n import translate
from ui.session import Changes, Session


class NoteCorrectionDialog(FormDialog):
    """``result_value`` is the correction's ``NoteView``."""

    def __init__(
        self,
        session: Session,
        note: NoteView,
        *,
        person_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("NoteCorrectionDialog", "Correct note"),
            ok_text=translate("NoteCorrectionDialog", "Sign correction"),
            parent=parent,
        )
        self.setObjectName("note_correction_dialog")
        self.note = note
        self.person_id = person_id
        info = session.info
        self.set_intro(
            translate(
                "NoteCorrectionDialog",
                "A signed note is never changed. The correction is saved as a new signed note "
                "linked to the original, which stays visible.",
            )
        )
        self.original = QPlainTextEdit(note.text)
        self.original.setObjectName("original_text")
        self.original.setReadOnly(True)
        self.original.setTabChangesFocus(True)
        self.original.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.original.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        original_error = add_field(
            self.errors,
            self.form,
            translate("NoteCorrectionDialog", "Original:"),
            self.original,
            "original",
        )
        # The corrected text, not the original, takes the dialog's spare height.
        original_error.parentWidget().setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed
        )
        self.note_type = QComboBox()
        self.note_type.setObjectName("note_type_combo")
        for entry in info.code_entries("journal_type"):
            self.note_type.addItem(info.code_label("journal_type", entry.code), entry.code)
        index = self.note_type.findData(note.note_type)
        if index < 0:  # a type deactivated since: keep it
            self.note_type.addItem(info.code_label("journal_type", note.note_type), note.note_type)
            index = self.note_type.count() - 1
        self.note_type.setCurrentIndex(index)
        add_field(
            self.errors,
            self.form,
            translate("NoteCorrectionDialog", "&Type:"),
            self.note_type,
            "note_type",
        )
        self.event_date = date_edit("event_date_edit")
        self.event_date.setText(fmt_date(note.event_date))
        add_field(
            self.errors,
            self.form,
            translate("NoteCorrectionDialog", "Event &date:"),
            self.event_date,
            "event_date",
        )
        self.text = QPlainTextEdit(note.text)
        self.text.setObjectName("correction_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add_field(
            self.errors,
            self.form,
            translate("NoteCorrectionDialog", "&Corrected text:"),
            self.text,
            "text",
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("correction_reason_edit")
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(
            translate("NoteCorrectionDialog", "For example: wrong date of the meeting")
        )
        add_field(
            self.errors,
            self.form,
            translate("NoteCorrectionDialog", "&Reason:"),
            self.reason,
            "correction_reason",
        )
        self.finish_layout()
        self.resize(640, 560)
        self.text.setFocus()

    def job(self) -> Callable[[Any], Any] | None:
        ok, when = read_date(self.event_date, self.errors, "event_date")
        if not ok:
            return None
        note_id = self.note.id
        text, reason = self.text.toPlainText(), self.reason.text()
        note_type = self.note_type.currentData()

        def correct(vault: Any) -> Any:  # worker thread
            return vault.journal.correct(
                note_id, text=text, reason=reason, note_type=note_type, event_date=when
            )

        return correct

    def succeeded(self, result: Any) -> None:
        self.session.notify(
            Changes.of("notes", person_ids=[self.person_id], case_ids=[self.note.case_id])
        )
        self.accept()
