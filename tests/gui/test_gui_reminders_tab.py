"""Bevakningar: manual reminders added, changed and marked done; automatic ones read-only;
overdue ones highlighted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from record_tab_harness import mount, type_text

from ui.models.read_model_table import WARNING_COLOR
from ui.models.reminder_table_model import Column
from ui.pages.participant_tabs.reminders_tab import RemindersTab

pytestmark = pytest.mark.gui


def _with_automatic(qtbot: QtBot, controller: object) -> object:
    mounted = mount(qtbot, controller, RemindersTab)
    mounted.core(lambda v: v.reminders.refresh_automatic_reminders(mounted.case_id))
    mounted.load()
    return mounted


def test_automatic_reminders_are_read_only_and_overdue_ones_stand_out(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = _with_automatic(qtbot, controller)
    tab = mounted.tab
    rows = tab.model.rows
    automatic = [r for r in rows if r.automatic]
    assert automatic, "the demo case has goals or consents with dates"
    qtmodeltester.check(tab.model)
    first = automatic[0]
    tab.table.select_record(first.id)
    assert not tab.edit_button.isEnabled()
    assert tab.done_button.isEnabled()
    row = tab.model.row_of(first.id)
    assert tab.model.index(row, Column.TEXT).data()  # described from its source
    overdue = [r for r in rows if r.due_on < date.today()]
    if overdue:
        row = tab.model.row_of(overdue[0].id)
        color = tab.model.index(row, Column.DUE).data(Qt.ItemDataRole.ForegroundRole)
        assert color == QColor(WARNING_COLOR)
        assert "Overdue" in tab.model.index(row, Column.STATE).data()
    tab.grab().save("/tmp/reminders_tab.png")


def test_add_change_and_complete_a_manual_reminder(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, RemindersTab)
    tab = mounted.tab
    tab.add_button.click()
    dialog = tab.dialog
    due = date.today() + timedelta(days=14)
    dialog.due_edit.setText(due.isoformat())
    type_text(dialog.text_edit_, "Ring frivården om arbetsträningen")
    dialog.grab().save("/tmp/reminder_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    stored = mounted.core(lambda v: v.reminders.reminders(mounted.case_id))
    new = next(r for r in stored if r.text == "Ring frivården om arbetsträningen")
    assert new.due_on == due
    assert new.owner_id == controller.session.actor.user_id
    assert tab.model.row_of(new.id) is not None

    tab.table.select_record(new.id)
    assert tab.edit_button.isEnabled()
    tab.edit_button.click()
    dialog = tab.dialog
    dialog.due_edit.setText((due + timedelta(days=7)).isoformat())
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    changed = mounted.core(lambda v: v.reminders.reminders(mounted.case_id))
    assert next(r for r in changed if r.id == new.id).due_on == due + timedelta(days=7)

    tab.table.select_record(new.id)
    loads = mounted.loads
    tab.done_button.click()
    mounted.wait_reloaded(loads)
    assert tab.model.row_of(new.id) is None  # open reminders only
    tab.show_done_check.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.row_of(new.id) is not None, timeout=10_000)
    row = tab.model.row_of(new.id)
    assert tab.model.index(row, Column.STATE).data().startswith("Done")


def test_reminder_without_text_shows_the_error_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, RemindersTab)
    tab = mounted.tab
    before = len(mounted.core(lambda v: v.reminders.reminders(mounted.case_id)))
    tab.add_button.click()
    dialog = tab.dialog
    dialog.due_edit.setText((date.today() + timedelta(days=1)).isoformat())
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("text") != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.due_edit.text() == (date.today() + timedelta(days=1)).isoformat()
    assert len(mounted.core(lambda v: v.reminders.reminders(mounted.case_id))) == before
    dialog.grab().save("/tmp/reminder_error_dialog.png")


def test_the_reminder_dialog_names_every_control(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from record_tab_harness import unnamed_controls

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, RemindersTab)
    tab = mounted.tab
    assert unnamed_controls(tab) == []
    tab.add_button.click()
    assert unnamed_controls(tab.dialog) == []


def test_forget_closes_the_dialog_and_clears_the_rows(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    """At the lock the view calls ``forget``: nothing decrypted stays on screen."""
    controller = logged_in("kalle")
    mounted = _with_automatic(qtbot, controller)
    tab = mounted.tab
    assert tab.model.rowCount() > 0
    tab.add_button.click()
    dialog = tab.dialog
    type_text(dialog.text_edit_, "Hemligt")
    tab.forget()
    assert tab.dialog is None
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 0
    assert tab.summary_label.text() == ""
    assert not tab.add_button.isEnabled()
