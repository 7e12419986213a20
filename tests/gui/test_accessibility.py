"""Every control a user can reach has an accessible name (what a screen reader says), on
every page for every role, and the keyboard reaches the controls with Tab."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _controls(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if isinstance(widget.parent(), QTabBar | QAbstractSpinBox | QComboBox):
            continue  # the scroll buttons of a tab bar, a spin box's or combo's own editor
        if type(widget).__name__ in ("QLineEdit",) and isinstance(widget.parent(), QComboBox):
            continue
        yield widget


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _check(root: QWidget, where: str, problems: list[str]) -> None:
    for widget in _controls(root):
        if not _name(widget):
            label = widget.objectName() or type(widget).__name__
            problems.append(f"{where}: {label} ({type(widget).__name__}) has no accessible name")


def _settle(qtbot: QtBot, controller: object) -> None:
    qtbot.wait(30)
    qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)  # type: ignore[attr-defined]


@pytest.mark.parametrize("username", ["chef", "kalle", "admin", "granskare"])
def test_every_control_has_an_accessible_name(
    qtbot: QtBot, logged_in: Callable[[str], object], username: str
) -> None:
    controller = logged_in(username)
    main = controller.window  # type: ignore[attr-defined]
    problems: list[str] = []
    for key in list(main.pages):
        page = main.show_page(key)
        _settle(qtbot, controller)
        _check(main, key, problems)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _settle(qtbot, controller)
                _check(main, f"{key}/{tabs.objectName()}[{i}]", problems)
    if "participants" in main.pages:
        row = next(iter(controller.session.participants.values()))  # type: ignore[attr-defined]
        view = main.pages["participants"].open_participant(row.person_id, row.case_id)
        _settle(qtbot, controller)
        for tabs in view.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _settle(qtbot, controller)
                _check(main, f"participant/{tabs.tabText(i)}", problems)
    assert not problems, "\n".join(sorted(set(problems))[:60])


def test_tab_reaches_the_search_field_and_the_list(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    main = controller.window  # type: ignore[attr-defined]
    main.activateWindow()
    page = main.show_page("participants")
    main.focus_search()
    assert QApplication.focusWidget() is page.search_edit
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert page.table in seen
    assert page.new_button in seen


def test_alt_and_a_number_opens_that_page(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("chef")
    main = controller.window  # type: ignore[attr-defined]
    keys = list(main.pages)
    shortcuts = {action.shortcut().toString(): action for action in main.actions()}
    for number in (len(keys[:9]), 1):
        shortcuts[f"Alt+{number}"].trigger()
        assert main.current_key() == keys[number - 1]
