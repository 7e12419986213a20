"""Översikt: my reminders and cases, flagged cases, the phase chart and the backup status,
as a case worker and as a manager, against what the core says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from conftest import USERS, GuiVault
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from avhopp.services import vault as vault_service
from avhopp.services.settings_service import LAST_BACKUP_KEY, LAST_DRILL_KEY, write_timestamp
from ui.models.dashboard_models import (
    OVERDUE_ROLE,
    FlaggedCasesModel,
    MyCasesModel,
    ReminderListModel,
)
from ui.pages.dashboard_page import DashboardPage
from ui.session import Changes
from ui.widgets.phase_chart import PhaseChart

pytestmark = pytest.mark.gui


def _prepare_worker_vault(gui_vault: GuiVault) -> dict[str, Any]:
    """As kalle: an overdue and an upcoming reminder on his first open case, a threat flag on
    its person. Returns what the core then shows kalle."""
    with vault_service.unlock(
        gui_vault.location, username="kalle", passphrase=USERS["kalle"]
    ) as vault:
        mine = vault.dashboard.overview().my_cases
        assert mine, "the demo vault gives kalle open cases"
        case = mine[0]
        today = date.today()
        vault.reminders.add_reminder(
            case.case_id, due_on=today - timedelta(days=3), text="Ring om boendet"
        )
        vault.reminders.add_reminder(
            case.case_id, due_on=today + timedelta(days=5), text="Uppföljningssamtal"
        )
        vault.flags.set_flag(case.person_id, kind="threat", reason="Hot från tidigare nätverk")
        overview = vault.dashboard.overview()
    return {"case": case, "overview": overview}


def _core_overview(gui_vault: GuiVault, username: str) -> Any:
    with vault_service.unlock(
        gui_vault.location, username=username, passphrase=USERS[username]
    ) as vault:
        return vault.dashboard.overview()


def _dashboard(qtbot: QtBot, controller: Any) -> DashboardPage:
    page = controller.main_window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _chart_counts(chart: PhaseChart) -> dict[str, int]:
    return {label: count for label, count in chart.bars() if count}


def _core_chart(controller: Any, overview: Any) -> dict[str, int]:
    info = controller.session.info
    return {
        info.code_label("phase", code): count
        for code, count in overview.open_cases_by_phase.items()
        if count
    }


def _click_row(qtbot: QtBot, table: Any, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --------------------------------------------------------------------------- case worker


def test_case_worker_sees_reminders_cases_flags_and_the_chart(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    prepared = _prepare_worker_vault(gui_vault)
    core = prepared["overview"]
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    session = controller.session

    # My cases: the core's cases in the core's order, names joined from the participant list.
    cases = page.my_cases_model
    assert cases.rowCount() == len(core.my_cases)
    assert _column(cases, MyCasesModel.Column.REFERENCE) == [c.reference for c in core.my_cases]
    qtbot.waitUntil(
        lambda: (
            _column(cases, MyCasesModel.Column.NAME)
            == [session.participant_name(c.case_id) for c in core.my_cases]
        )
    )
    assert all(_column(cases, MyCasesModel.Column.NAME))
    assert page.my_cases_box.currentWidget() is page.my_cases_table

    # Reminders (the demo's own and the two added above): the overdue ones first, marked
    # overdue, then the upcoming ones; the heading counts both.
    reminders = page.reminder_model
    overdue, upcoming = len(core.overdue_reminders), len(core.upcoming_reminders)
    assert reminders.rowCount() == overdue + upcoming
    texts = _column(reminders, ReminderListModel.Column.REMINDER)
    assert "Ring om boendet" in texts[:overdue]
    assert "Uppföljningssamtal" in texts[overdue:]
    marks = [reminders.index(row, 0).data(OVERDUE_ROLE) for row in range(reminders.rowCount())]
    assert marks == [True] * overdue + [False] * upcoming
    assert "(overdue)" in reminders.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"{overdue} overdue" in page.reminder_section.heading.text()
    assert f"{upcoming} upcoming" in page.reminder_section.heading.text()

    # Flagged: the person with the threat flag.
    flagged = page.flagged_model
    assert _column(flagged, FlaggedCasesModel.Column.REFERENCE) == [
        c.reference for c in core.flagged_cases
    ]
    assert prepared["case"].reference in _column(flagged, FlaggedCasesModel.Column.REFERENCE)
    assert "Threat" in _column(flagged, FlaggedCasesModel.Column.FLAGS)

    # The chart shows the core's counts, labelled from the phase code list.
    assert _chart_counts(page.chart) == _core_chart(controller, core)
    assert page.chart.total == core.open_cases
    assert str(core.open_cases) in page.chart.accessibleDescription()

    # No backups yet; a case worker gets the facts without the warning.
    assert page.backup_label.text() == "No backup has been made yet."
    assert page.drill_label.text() == "No restore drill has been made yet."
    assert page.backup_warning is False


def test_clicking_a_case_opens_the_participant(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    main = controller.main_window
    assert page.my_cases_model.rowCount() > 0
    case = page.my_cases_model.row_data(0)
    _click_row(qtbot, page.my_cases_table, 0)
    participants = main.pages["participants"]
    qtbot.waitUntil(lambda: main.current_key() == "participants")
    view = participants.participant_view
    assert view is not None
    assert (view.person_id, view.case_id) == (case.person_id, case.case_id)
    assert participants.stack.currentWidget() is view


def test_clicking_a_reminder_and_a_flagged_case_open_the_participant(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    prepared = _prepare_worker_vault(gui_vault)
    case = prepared["case"]
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    main = controller.main_window
    participants = main.pages["participants"]

    page.reminder_table.setFocus()
    page.reminder_table.setCurrentIndex(page.reminder_model.index(0, 0))
    qtbot.keyClick(page.reminder_table, Qt.Key.Key_Return)  # the keyboard opens a row too
    qtbot.waitUntil(lambda: participants.participant_view is not None)
    assert participants.participant_view.person_id == case.person_id

    main.show_page("dashboard")
    row = _column(page.flagged_model, FlaggedCasesModel.Column.REFERENCE).index(case.reference)
    qtbot.wait(600)  # past the guard against one click arriving twice
    participants.show_list()  # the one participant view is reused: leave it first
    _click_row(qtbot, page.flagged_table, row)
    qtbot.waitUntil(
        lambda: (
            participants.stack.currentWidget() is participants.participant_view
            and main.current_key() == "participants"
        )
    )
    assert participants.participant_view.case_id == case.case_id
    assert main.current_key() == "participants"


def test_a_new_reminder_refreshes_the_overview(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    session = controller.session
    before = page.reminder_model.rowCount()
    case_id = page.my_cases_model.row_data(0).case_id
    done: list[Any] = []

    def add(vault: Any) -> Any:
        return vault.reminders.add_reminder(
            case_id, due_on=date.today() + timedelta(days=2), text="Nytt möte"
        )

    session.call(add, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    session.notify(Changes.of("reminders", case_ids=[case_id]))
    qtbot.waitUntil(lambda: page.reminder_model.rowCount() == before + 1, timeout=10_000)
    assert "Nytt möte" in _column(page.reminder_model, ReminderListModel.Column.REMINDER)
    # The case's next reminder moved too.
    assert page.my_cases_model.row_data(0).next_reminder_on is not None


def test_names_fill_in_when_the_participant_list_arrives_later(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    _prepare_worker_vault(gui_vault)
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    session = controller.session
    participants = dict(session.participants)
    session.participants = {}
    page.reload()
    qtbot.waitUntil(lambda: not page._loading)
    # Without names, the reminder shows the case reference; my cases an empty name.
    reference = page.my_cases_model.row_data(0).reference
    assert _column(page.reminder_model, ReminderListModel.Column.NAME)[0] == reference
    assert _column(page.my_cases_model, MyCasesModel.Column.NAME)[0] == ""
    changed: list[Any] = []
    page.my_cases_model.dataChanged.connect(lambda *args: changed.append(args))
    session.participants = participants
    session.participants_loaded.emit()
    assert changed
    case_id = page.my_cases_model.row_data(0).case_id
    assert _column(page.my_cases_model, MyCasesModel.Column.NAME)[0] == (
        participants[case_id].full_name
    )


# --------------------------------------------------------------------------- manager


def test_manager_sees_the_unit_chart_flagged_cases_and_the_drill_warning(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    prepared = _prepare_worker_vault(gui_vault)
    core = _core_overview(gui_vault, "chef")
    controller: Any = logged_in("chef")
    page = _dashboard(qtbot, controller)

    assert core.open_cases > prepared["overview"].open_cases  # the manager sees every team
    assert _chart_counts(page.chart) == _core_chart(controller, core)
    assert page.chart.total == core.open_cases
    assert page.chart_section.heading.text().endswith(f"({core.open_cases})")

    # The manager has no cases of their own and no reminders: calm sentences, no tables.
    assert page.my_cases_model.rowCount() == len(core.my_cases) == 0
    assert page.my_cases_box.currentWidget() is page.my_cases_box.empty_label
    assert page.reminder_box.currentWidget() is page.reminder_box.empty_label

    assert _column(page.flagged_model, FlaggedCasesModel.Column.REFERENCE) == [
        c.reference for c in core.flagged_cases
    ]
    assert prepared["case"].reference in _column(
        page.flagged_model, FlaggedCasesModel.Column.REFERENCE
    )

    # No drill ever: the warning, for the one who can do something about it.
    assert page.backup_warning is True
    assert page.drill_advice.isVisibleTo(page)
    assert page.backup_icon.isVisibleTo(page)
    assert "30 days" in page.drill_advice.text()


def test_recent_backup_and_drill_are_shown_without_a_warning(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    backup_at = datetime.now(UTC) - timedelta(hours=3)
    drill_at = datetime.now(UTC) - timedelta(days=6)
    with (
        vault_service.unlock(
            gui_vault.location, username="chef", passphrase=USERS["chef"]
        ) as vault,
        vault.unit_of_work() as uow,
    ):
        write_timestamp(uow, LAST_BACKUP_KEY, backup_at, by="chef")
        write_timestamp(uow, LAST_DRILL_KEY, drill_at, by="chef")
        uow.commit()
    controller: Any = logged_in("chef")
    page = _dashboard(qtbot, controller)
    local_backup = backup_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert page.backup_label.text() == f"Last backup: {local_backup}"
    assert page.drill_label.text().startswith("Last restore drill: ")
    assert page.backup_warning is False
    assert not page.drill_advice.isVisibleTo(page)


def test_a_drill_older_than_thirty_days_is_overdue() -> None:
    now = datetime(2025, 6, 30, 12, tzinfo=UTC)
    assert DashboardPage.drill_overdue(None, now=now)
    assert DashboardPage.drill_overdue(now - timedelta(days=31), now=now)
    assert not DashboardPage.drill_overdue(now - timedelta(days=29), now=now)
    assert not DashboardPage.drill_overdue(datetime(2025, 6, 20, 12), now=now)  # naive = UTC


def test_the_dashboard_models_pass_the_model_tester(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object], qtmodeltester: Any
) -> None:
    _prepare_worker_vault(gui_vault)
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    for model in (page.reminder_model, page.my_cases_model, page.flagged_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert page.my_cases_model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_forget_clears_what_the_page_shows(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    _prepare_worker_vault(gui_vault)
    controller: Any = logged_in("kalle")
    page = _dashboard(qtbot, controller)
    page.forget()
    assert page.overview is None
    assert page.reminder_model.rowCount() == 0
    assert page.my_cases_model.rowCount() == 0
    assert page.flagged_model.rowCount() == 0
    assert page.chart.bars() == []
    assert page.chart.accessibleDescription() == ""


# --------------------------------------------------------------------------- chart widget


def test_phase_chart_paints_and_describes_itself(qtbot: QtBot) -> None:
    chart = PhaseChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([("Inquiry", 0), ("Active support", 3), ("Aftercare", 5)])
    assert chart.total == 8
    summary = chart.summary()
    assert summary == chart.accessibleDescription() == chart.toolTip()
    assert summary.startswith("8 open case")
    assert "Active support: 3" in summary
    assert "Inquiry" not in summary  # zero bars are drawn, not read out
    assert chart.sizeHint().height() > PhaseChart().sizeHint().height()
    image = chart.grab().toImage()
    assert not image.isNull()
    # Something was painted in the bar area (not only the background).
    background = image.pixelColor(QPoint(1, 1))
    assert any(
        image.pixelColor(QPoint(x, y)) != background
        for x in range(chart.width() // 2, chart.width() - 20, 7)
        for y in range(10, chart.height() - 10, 5)
    )
    chart.set_bars([("Inquiry", 0)])
    assert chart.summary() == "No open cases."
