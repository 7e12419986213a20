"""Insatser: the support steps of a case, added and changed through the step dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
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
