"""Auto-lock after the idle time with a note being written: the text is saved as an encrypted
draft before the keys are dropped, the login window returns, and after logging in again the
draft is there with its text — all through the GUI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from participant_helpers import open_view, run_core, type_text, visible_person_with_case
from pytestqt.qtbot import QtBot

from avhopp.domain.journal import NoteStatus
from ui.login_window import LoginWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WORKER_PASSPHRASE = "morot-cykel-hängmatta-solsken-42"
TEXT = "Samtal med deltagaren om flytt – inte sparat än, låses strax"


def test_auto_lock_keeps_an_unsaved_note_as_a_draft(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    journal = view.show_tab("journal")
    journal.new_button.click()
    type_text(journal.text_edit, TEXT)
    assert journal.dirty  # typed, not saved: the autosave delay has not passed
    assert journal.autosave_timer.interval() > 1000
    editor = journal.text_edit

    controller.session.idle.set_timeout(600)
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=15_000)
    login = controller.window
    assert controller.session is None
    assert "locked itself" in login.message_label.text()
    # The old view dropped the decrypted text (if its widgets still exist at all).
    if shiboken6.isValid(editor):
        assert editor.toPlainText() == ""

    # Log in again through the login window.
    qtbot.addWidget(login)
    login.username_edit.setText("kalle")
    type_text(login.passphrase_edit, WORKER_PASSPHRASE)
    login.login_button.click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    page = controller.main_window.pages["participants"]
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)

    view = open_view(qtbot, controller, row.person_id, row.case_id)
    journal = view.show_tab("journal")
    drafts = [n for n in journal.model.rows if n.status == NoteStatus.DRAFT.value]
    assert len(drafts) == 1
    assert drafts[0].text == TEXT
    assert "1 unsigned draft" in journal.drafts_label.text()
    assert journal.select_note(drafts[0].id)
    assert journal.read_text.toPlainText() == TEXT
    journal.continue_button.click()
    assert journal.editing
    assert journal.text_edit.toPlainText() == TEXT
    # The draft is stored once, encrypted in the vault, as kalle's (through the core).
    stored = run_core(qtbot, controller, lambda v: v.journal.notes(row.case_id))
    assert [n.text for n in stored if n.status == NoteStatus.DRAFT.value] == [TEXT]


def test_an_idle_lock_after_the_worker_has_shut_down_shows_nothing(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    """A quitting application whose idle timer still fires (the worker already closed the
    vault) must not try to show the login window through the stopped worker: that raised
    "cannot schedule new futures after shutdown" in the Qt event loop of a later test."""
    controller = logged_in("kalle")
    session = controller.session
    window = controller.window
    controller.worker.shutdown()  # the vault is closed, as when the application quits

    session.idle.idle.emit()  # the idle timer fires late
    qtbot.wait(50)

    assert controller.window is window  # no login window was built
    assert not isinstance(controller.window, LoginWindow)
    assert not session.idle._timer.isActive()  # and the idle watcher stopped
