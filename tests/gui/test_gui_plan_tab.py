"""Plan och bedömning: threat assessments, plan goals and life domains start vs now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from record_tab_harness import mount, type_text

from avhopp.domain.support import GoalStatus
from ui.models.domain_progress_model import Column as ProgressColumn
from ui.pages.participant_tabs.plan_tab import PlanTab

pytestmark = pytest.mark.gui


def test_plan_shows_goals_threat_and_progress(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab, size=(1200, 720))
    tab = mounted.tab
    case_file = mounted.case_file()
    assert tab.goal_model.rowCount() == len(case_file.goals)
    assert tab.threat_model.rowCount() == len(case_file.threats)
    for model in (tab.goal_model, tab.threat_model, tab.progress_model):
        qtmodeltester.check(model)
    tab.grab().save("/tmp/plan_tab.png")


def test_add_and_change_a_goal(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab)
    tab = mounted.tab
    before = tab.goal_model.rowCount()
    tab.add_goal_button.click()
    dialog = tab.dialog
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findData("debts"))
    type_text(dialog.goal_edit, "En avbetalningsplan hos Kronofogden")
    type_text(dialog.own_words_edit, "Jag vill bli skuldfri")
    dialog.deadline_edit.setText((date.today() + timedelta(days=90)).isoformat())
    dialog.grab().save("/tmp/goal_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.goal_model.rowCount() == before + 1
    stored = mounted.core(lambda v: v.support.goals(mounted.case_id))
    goal = next(g for g in stored if g.goal == "En avbetalningsplan hos Kronofogden")
    assert goal.life_domain == "debts"
    assert goal.own_words == "Jag vill bli skuldfri"

    tab.goal_table.select_record(goal.id)
    tab.edit_goal_button.click()
    dialog = tab.dialog
    assert dialog.goal_edit.toPlainText() == goal.goal
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("achieved"))
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    stored = mounted.core(lambda v: v.support.goals(mounted.case_id))
    assert next(g for g in stored if g.id == goal.id).status == GoalStatus.ACHIEVED


def test_goal_without_text_shows_the_error_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab)
    tab = mounted.tab
    before = len(mounted.core(lambda v: v.support.goals(mounted.case_id)))
    tab.add_goal_button.click()
    dialog = tab.dialog
    type_text(dialog.owner_edit, "Handläggaren")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("goal") != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.owner_edit.text() == "Handläggaren"
    assert len(mounted.core(lambda v: v.support.goals(mounted.case_id))) == before


def test_a_new_assessment_moves_now_and_keeps_start(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab, size=(1200, 720))
    tab = mounted.tab
    housing = next(p for p in tab.progress if p.life_domain == "housing")
    tab.add_assessment_button.click()
    dialog = tab.dialog
    # Nothing scored: the core says so above the form; nothing is saved.
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("scores") != "", timeout=10_000)
    assert len(mounted.core(lambda v: v.support.assessments(mounted.case_id))) == len(
        mounted.case_file().assessments
    )
    combo = dialog.score_combos["housing"]
    combo.setCurrentIndex(combo.findData(5))
    dialog.grab().save("/tmp/assessment_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    row = tab.progress_model.row_of("housing")
    now = tab.progress_model.index(row, ProgressColumn.NOW).data()
    assert now == f"5 ({date.today().isoformat()})"
    moved = next(p for p in tab.progress if p.life_domain == "housing")
    assert moved.latest_score == 5
    assert moved.start_score == (housing.start_score if housing.start_score is not None else 5)
    assert moved == next(
        p
        for p in mounted.core(lambda v: v.support.progress(mounted.case_id))
        if p.life_domain == "housing"
    )
    assert "start" in tab.chart.summary_text()


def test_a_new_threat_assessment_is_shown_first(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab)
    tab = mounted.tab
    tab.add_threat_button.click()
    dialog = tab.dialog
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("critical"))
    dialog.review_edit.setText((date.today() - timedelta(days=1)).isoformat())
    dialog.save_button.click()
    # The review cannot come before the assessment: the core's rule under the field.
    qtbot.waitUntil(lambda: dialog.errors.message("next_review_on") != "", timeout=10_000)
    dialog.review_edit.setText((date.today() + timedelta(days=30)).isoformat())
    type_text(dialog.source_edit, "Polisen")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.threat_panel.level_label.text() == "Critical"
    assert tab.threat_model.index(0, 1).data() == "Critical"  # newest first
    latest = mounted.core(lambda v: v.support.latest_threat_assessment(mounted.case_id))
    assert latest.level == "critical"
    assert latest.source == "Polisen"


def test_the_plan_dialogs_name_every_control(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from record_tab_harness import close_dialog, unnamed_controls

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, PlanTab)
    tab = mounted.tab
    assert unnamed_controls(tab) == []
    for opener in (tab.add_goal_button, tab.add_assessment_button, tab.add_threat_button):
        opener.click()
        assert unnamed_controls(tab.dialog) == [], tab.dialog.objectName()
        close_dialog(tab)
