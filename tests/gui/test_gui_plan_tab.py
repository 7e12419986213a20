"""Plan och bedömning: threat assessments, plan goals and life domains start vs now."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from record_tab_harness import mount

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
