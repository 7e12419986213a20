"""The journal tab, driven through its widgets and shortcuts: write, autosave as a draft,
sign (Ctrl+Shift+S), a signed note is read-only, correct it with a reason, filter by type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from participant_helpers import (
    click_button,
    is_open,
    open_view,
    run_core,
    type_text,
    visible_person_with_case,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from avhopp.domain.journal import NoteStatus
from ui.models.note_table_model import NoteColumn

pytestmark = pytest.mark.gui


def _journal(qtbot: QtBot, controller: Any) -> tuple[Any, Any, Any]:
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    controller.main_window.activateWindow()
    journal = view.show_tab("journal")
    return row, view, journal


def _notes(qtbot: QtBot, controller: Any, case_id: str) -> list[Any]:
    return run_core(qtbot, controller, lambda v: v.journal.notes(case_id))


def test_write_sign_with_the_keyboard_and_the_note_is_read_only(
    qtbot: QtBot, logged_in: Callable[[str], Any], qtmodeltester: Any
) -> None:
    controller = logged_in("kalle")
    row, _view, journal = _journal(qtbot, controller)
    qtmodeltester.check(journal.model)
    before = journal.model.rowCount()
    journal.table.setFocus()
    qtbot.keyClick(journal.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert journal.editing
    assert QApplication.focusWidget() is journal.text_edit
    assert journal.event_date.text() == date.today().isoformat()
    journal.note_type.setCurrentIndex(journal.note_type.findData("home_visit"))
    type_text(journal.text_edit, "Hembesök. Deltagaren mår bättre, vill börja på arbetsträning.")
    qtbot.keyClick(
        journal.text_edit,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = journal.sign_box
    assert box is not None
    assert box.isVisible()
    with qtbot.waitSignal(journal.note_signed, timeout=10_000) as signed:
        click_button(box, "confirm_sign_button")
    note = signed.args[0]
    assert note.status == NoteStatus.SIGNED.value
    assert not journal.editing
    qtbot.waitUntil(lambda: journal.model.rowCount() == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: journal.current_note() is not None, timeout=10_000)
    assert journal.current_note().id == note.id
    # The read pane: read-only, can be corrected, not continued.
    assert journal.pane.currentIndex() == 1
    assert journal.read_text.isReadOnly()
    assert "Deltagaren mår bättre" in journal.read_text.toPlainText()
    assert journal.correct_button.isVisible()
    assert not journal.continue_button.isVisible()
    row_number = journal.model.row_of(note.id)
    assert journal.model.index(row_number, NoteColumn.STATUS).data() == "Signed"
    stored = {n.id: n for n in _notes(qtbot, controller, row.case_id)}
    assert stored[note.id].text.startswith("Hembesök. Deltagaren")
    assert stored[note.id].note_type == "home_visit"
    assert stored[note.id].signed_by == "kalle"


def test_autosave_keeps_a_draft_and_it_can_be_continued(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row, _view, journal = _journal(qtbot, controller)
    journal.autosave_timer.setInterval(200)
    journal.new_button.click()
    type_text(journal.text_edit, "Första utkastet")
    with qtbot.waitSignal(journal.draft_saved, timeout=10_000) as saved:
        pass
    draft = saved.args[0]
    assert draft.status == NoteStatus.DRAFT.value
    assert draft.text == "Första utkastet"
    assert "Draft saved" in journal.save_status.text()
    # Typing on continues the same draft (one draft, not two).
    type_text(journal.text_edit, " och lite till")
    with qtbot.waitSignal(journal.draft_saved, timeout=10_000) as saved_again:
        pass
    assert saved_again.args[0].id == draft.id
    drafts = [
        n for n in _notes(qtbot, controller, row.case_id) if n.status == NoteStatus.DRAFT.value
    ]
    assert [d.text for d in drafts] == ["Första utkastet och lite till"]
    # The list shows the draft; closing the editor keeps it; it can be continued.
    assert journal.model.row_of(draft.id) is not None
    journal.close_button.click()
    assert not journal.editing
    assert journal.current_note().id == draft.id
    assert journal.continue_button.isVisible()
    assert not journal.correct_button.isVisible()
    assert "unsigned draft" in journal.drafts_label.text()
    journal.continue_button.click()
    assert journal.editing
    assert journal.text_edit.toPlainText() == "Första utkastet och lite till"


def test_a_bad_event_date_is_shown_next_to_the_field_and_nothing_is_lost(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    _row, _view, journal = _journal(qtbot, controller)
    journal.new_button.click()
    type_text(journal.text_edit, "Samtal om boende")
    journal.event_date.setText("2999-01-01")
    journal.save_button.click()
    qtbot.waitUntil(lambda: bool(journal.errors.message("event_date")), timeout=10_000)
    assert journal.errors.message("event_date") == "The event date cannot be in the future."
    assert journal.text_edit.toPlainText() == "Samtal om boende"
    journal.event_date.setText("1 maj")
    journal.save_button.click()
    assert journal.errors.message("event_date") == "Write the date as YYYY-MM-DD."
    # Signing an empty note: the message under the text.
    journal.new_button.click()
    journal.sign_button.click()
    assert journal.errors.message("text") == "A note needs some text."
    assert journal.sign_box is None or not journal.sign_box.isVisible()


def test_correcting_a_signed_note_keeps_the_original(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row, _view, journal = _journal(qtbot, controller)
    signed = [n for n in journal.model.rows if n.status == NoteStatus.SIGNED.value]
    original = signed[0]
    assert journal.select_note(original.id)
    journal.correct_button.click()
    dialog = journal.correction_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Correct note"
    assert dialog.original.isReadOnly()
    assert dialog.text.toPlainText() == original.text
    dialog.text.setPlainText("Rättad text: mötet var på tisdagen.")
    dialog.ok_button.click()  # no reason
    qtbot.waitUntil(lambda: bool(dialog.errors.message("correction_reason")), timeout=10_000)
    assert dialog.errors.message("correction_reason") == "State the reason for the correction."
    assert dialog.isVisible()
    type_text(dialog.reason, "Fel veckodag")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=10_000)
    correction = dialog.result_value
    qtbot.waitUntil(lambda: journal.model.row_of(correction.id) is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: journal.current_note() is not None and journal.current_note().id == correction.id,
        timeout=10_000,
    )
    assert "Correction of the note of" in journal.read_link.text()
    assert "Fel veckodag" in journal.read_link.text()
    original_row = journal.model.row_of(original.id)
    assert journal.model.index(original_row, NoteColumn.STATUS).data() == "Signed, corrected"
    # "Show the original" goes to it; it is unchanged and says it was corrected.
    journal.show_linked_button.click()
    assert journal.current_note().id == original.id
    assert journal.read_text.toPlainText() == original.text
    assert "has been corrected" in journal.read_link.text()
    stored = {n.id: n for n in _notes(qtbot, controller, row.case_id)}
    assert stored[original.id].text == original.text
    assert stored[correction.id].corrects_id == original.id
    assert stored[correction.id].correction_reason == "Fel veckodag"


def test_filter_by_type(qtbot: QtBot, logged_in: Callable[[str], Any]) -> None:
    controller = logged_in("chef")
    rows = list(controller.session.participants.values())
    view = None
    for row in rows:
        view = open_view(qtbot, controller, row.person_id, row.case_id)
        if len({n.note_type for n in view.case_file.notes}) > 1:
            break
    assert view is not None
    journal = view.show_tab("journal")
    notes = view.case_file.notes
    wanted = notes[0].note_type
    journal.type_filter.setCurrentIndex(journal.type_filter.findData(wanted))
    shown = journal.model.rows
    assert shown
    assert len(shown) == sum(1 for n in notes if n.note_type == wanted)
    assert all(n.note_type == wanted for n in shown)
    assert journal.count_label.text() == f"{len(shown)} note(s)"
    journal.type_filter.setCurrentIndex(0)
    assert journal.model.rowCount() == len(notes)


def test_leaving_the_participant_keeps_the_text_as_a_draft(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row, view, journal = _journal(qtbot, controller)
    journal.new_button.click()
    type_text(journal.text_edit, "Skrivet precis innan jag gick tillbaka")
    view.back_button.click()  # before the autosave delay
    qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=10_000)
    drafts = [
        n.text for n in _notes(qtbot, controller, row.case_id) if n.status == NoteStatus.DRAFT.value
    ]
    assert drafts == ["Skrivet precis innan jag gick tillbaka"]
