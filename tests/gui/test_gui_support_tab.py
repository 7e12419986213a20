"""Insatser: the support steps of a case, added and changed through the step dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from record_tab_harness import mount, type_text

from ui.models.step_table_model import Column
from ui.pages.participant_tabs.support_tab import SupportTab

pytestmark = pytest.mark.gui


def test_steps_of_the_case_are_listed(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab)
    tab = mounted.tab
    steps = mounted.case_file().steps
    assert tab.model.rowCount() == len(steps)
    qtmodeltester.check(tab.model)
    # A click on a header sorts in Python (amounts as numbers, not as text).
    tab.model.sort(Column.COST, Qt.SortOrder.DescendingOrder)
    costs = [s.cost_sek for s in tab.model.rows if s.cost_sek is not None]
    assert costs == sorted(costs, reverse=True)
    mounted.tab.grab().save("/tmp/support_tab.png")


def test_add_a_step_through_the_dialog(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab)
    tab = mounted.tab
    before = tab.model.rowCount()
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("housing"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("supported_housing"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ongoing"))
    start = date.today() - timedelta(days=3)
    dialog.starts_edit.setText(start.isoformat())
    type_text(dialog.provider_edit, "Stödboende Västerås")
    dialog.external_check.setChecked(True)
    dialog.cost_edit.setText("12 500")
    dialog.grab().save("/tmp/support_step_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.model.rowCount() == before + 1
    stored = mounted.core(lambda v: v.support.steps(mounted.case_id))
    new = [s for s in stored if s.provider == "Stödboende Västerås"]
    assert len(new) == 1
    assert new[0].item == "supported_housing"
    assert new[0].cost_sek == 12_500
    assert new[0].starts_on == start
    row = tab.model.row_of(new[0].id)
    assert row is not None
    assert tab.model.index(row, Column.PROVIDER).data() == "Stödboende Västerås (external)"


def _with_steps(controller: object) -> object:
    """An open case that has support steps (the demo gives every decided case some)."""
    from record_tab_harness import pick_case

    return pick_case(controller, where=lambda r: r.phase not in ("inquiry", "pre_assessment"))


def test_change_a_step(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab, case=_with_steps(controller))
    tab = mounted.tab
    step = tab.model.row_data(0)
    tab.table.select_record(step.id)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the selected step
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Change support step"
    assert dialog.category_combo.currentData() == step.category
    assert dialog.item_combo.currentData() == step.item
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("cancelled"))
    dialog.legal_basis_edit.setPlainText("4 kap. 1 § SoL")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    stored = next(
        s for s in mounted.core(lambda v: v.support.steps(mounted.case_id)) if s.id == step.id
    )
    assert stored.status == "cancelled"
    assert stored.version == step.version + 1
    row = tab.model.row_of(step.id)
    assert tab.model.index(row, Column.STATUS).data() == "Cancelled"


def test_a_stale_step_offers_reload_and_nothing_is_overwritten(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from dataclasses import replace

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab, case=_with_steps(controller))
    tab = mounted.tab
    step = tab.model.row_data(0)
    tab.table.select_record(step.id)
    tab.edit_button.click()
    dialog = tab.dialog
    # Someone else saves the step first.
    mounted.core(
        lambda v: v.support.update_step(
            step.id,
            replace(step.to_input(), provider="Annan utförare"),
            expected_version=step.version,
        )
    )
    dialog.provider_edit.setText("Min utförare")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_box is not None, timeout=10_000)
    box = dialog.conflict_box
    assert dialog.isVisible()  # what was typed is still there
    stored = next(
        s for s in mounted.core(lambda v: v.support.steps(mounted.case_id)) if s.id == step.id
    )
    assert stored.provider == "Annan utförare"
    loads = mounted.loads
    box.findChild(type(dialog.save_button), "reload_button").click()
    mounted.wait_reloaded(loads)
    assert tab.dialog is None  # closed (and deleted): the reloaded step is shown
    row = tab.model.row_of(step.id)
    assert tab.model.index(row, Column.PROVIDER).data().startswith("Annan utförare")


def test_invalid_step_shows_the_error_next_to_the_field_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab)
    tab = mounted.tab
    before = len(mounted.core(lambda v: v.support.steps(mounted.case_id)))
    tab.add_button.click()
    dialog = tab.dialog
    type_text(dialog.provider_edit, "Kommunen")
    # Not a date at all: caught in the form.
    dialog.starts_edit.setText("14/3")
    dialog.save_button.click()
    assert "YYYY-MM-DD" in dialog.errors.message("starts_on")
    # Not a number.
    dialog.starts_edit.setText("2025-03-14")
    dialog.cost_edit.setText("tolv")
    dialog.save_button.click()
    assert dialog.errors.message("cost_sek") != ""
    assert dialog.errors.message("starts_on") == ""
    # Ends before it starts: the core's rule, shown under the end date.
    dialog.cost_edit.clear()
    dialog.ends_edit.setText("2025-03-01")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("ends_on") != "", timeout=10_000)
    assert "2025-03-14" in dialog.errors.message("ends_on")
    assert dialog.isVisible()
    assert dialog.provider_edit.text() == "Kommunen"
    dialog.grab().save("/tmp/support_step_error.png")
    assert len(mounted.core(lambda v: v.support.steps(mounted.case_id))) == before


def test_a_closed_case_takes_no_new_step(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    closed = next(
        (r for r in controller.session.participants.values() if r.phase == "closed"), None
    )
    if closed is None:
        pytest.skip("no closed case visible to kalle in the demo vault")
    mounted = mount(qtbot, controller, SupportTab, case=closed)
    tab = mounted.tab
    tab.add_button.click()
    dialog = tab.dialog
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("phase") != "", timeout=10_000)
    assert "closed" in dialog.errors.message("phase")


def test_add_a_step_through_the_participant_view(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    """The real path: the participant list opens the view, the Support tab's dialog saves,
    the view reloads the file and the tab shows the new step."""
    from record_tab_harness import pick_case

    controller = logged_in("kalle")
    case = pick_case(controller)
    view = controller.main_window.pages["participants"].open_participant(
        case.person_id, case.case_id
    )
    qtbot.waitUntil(lambda: view.file is not None, timeout=20_000)
    tab = view.tab["support"]
    assert isinstance(tab, SupportTab)
    view.tabs.setCurrentWidget(tab)
    assert tab.case_id == case.case_id
    before = tab.model.rowCount()
    tab.add_button.click()
    dialog = tab.dialog
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("identity"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("new_phone"))
    type_text(dialog.provider_edit, "Telefonbutiken")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=20_000)
    row = next(r for r in tab.model.rows if r.provider == "Telefonbutiken")
    assert row.item == "new_phone"
    box: list[object] = []
    controller.session.call(lambda v: v.support.steps(case.case_id), on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert any(s.id == row.id for s in box[0])
    view.grab().save("/tmp/support_in_view.png")


def test_the_step_dialog_names_every_control(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from record_tab_harness import unnamed_controls

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, SupportTab, case=_with_steps(controller))
    tab = mounted.tab
    assert unnamed_controls(tab) == []
    tab.add_button.click()
    dialog = tab.dialog
    dialog.funds_applied_check.setChecked(True)
    assert unnamed_controls(dialog) == []
    # The row labels' mnemonics (Alt+C...) focus the field, not the box around it.
    label = dialog.form.labelForField(dialog.category_combo.parentWidget())
    assert label.buddy() is dialog.category_combo
    # Escape (reject) waits while a save is running; the lock closes anyway.
    dialog.busy = True
    dialog.reject()
    assert dialog.isVisible()
    dialog.force_close()
    assert not dialog.isVisible()
