"""The shell: login → main window with the pages of the user's roles → lock → login."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from ui.app import AppController
from ui.login_window import LoginWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_manager_sees_every_case_page_and_the_list_fills(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("chef")
    assert isinstance(controller, AppController)
    main = controller.window
    assert isinstance(main, MainWindow)
    assert main.windowTitle() == "Avhopp"
    assert list(main.pages) == [
        "dashboard",
        "participants",
        "contacts",
        "reports",
        "backups",
        "administration",
        "log_review",
    ]
    page = main.pages["participants"]
    session = controller.session
    assert session is not None
    rows = list(session.participants.values())
    assert len(rows) >= 24
    # Open cases by default; "All phases" shows every case the manager may see.
    open_rows = [r for r in rows if r.phase != "closed"]
    assert page.model.rowCount() == len(open_rows) < len(rows)  # type: ignore[attr-defined]
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(None))  # type: ignore[attr-defined]
    assert page.model.rowCount() == len(rows)  # type: ignore[attr-defined]


def test_log_reviewer_sees_only_the_log(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("granskare")
    main = controller.window  # type: ignore[attr-defined]
    assert list(main.pages) == ["log_review"]


def test_lock_returns_to_the_login_window(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    assert isinstance(controller, AppController)
    controller.main_window.lock_action.trigger()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=10_000)
    assert controller.session is None
