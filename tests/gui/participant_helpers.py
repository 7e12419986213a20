"""Helpers for the participant view's GUI tests: run a core call on a client's worker (as
the logged-in user, "through the core"), open a participant and wait for the file, find the
message box a view opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def run_core(qtbot: QtBot, controller: Any, fn: Callable[[Any], Any], timeout: int = 20_000) -> Any:
    """``fn(vault)`` on ``controller``'s worker (after whatever is queued); its result, or its
    error raised here."""
    box: dict[str, Any] = {}
    controller.worker.submit(
        fn,
        on_done=lambda result: box.setdefault("result", result),
        on_error=lambda error: box.setdefault("error", error),
    )
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["result"]


def is_open(dialog: Any) -> bool:
    """Shown and not yet deleted (dialogs delete themselves when closed)."""
    import shiboken6

    return shiboken6.isValid(dialog) and dialog.isVisible()


def settle(qtbot: QtBot, controller: Any) -> None:
    qtbot.wait(20)
    qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=20_000)


def open_view(qtbot: QtBot, controller: Any, person_id: str, case_id: str = "") -> Any:
    """The participant view of ``person_id``, once its file is shown."""
    page = controller.main_window.pages["participants"]
    view = page.open_participant(person_id, case_id)
    qtbot.waitUntil(lambda: view.file is not None, timeout=20_000)
    settle(qtbot, controller)
    return view


def message_boxes(name: str | None = None) -> list[QMessageBox]:
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return [b for b in boxes if name is None or b.objectName() == name]


def wait_box(qtbot: QtBot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(message_boxes(name)), timeout=10_000)
    return message_boxes(name)[-1]


def click_button(box: QMessageBox, object_name: str) -> None:
    button = box.findChild(QWidget, object_name)
    assert button is not None, f"no {object_name} in {box.objectName()}"
    button.click()  # type: ignore[attr-defined]


def visible_person_with_case(controller: Any, *, protected: bool | None = None) -> Any:
    """A row of the participant list (``ParticipantSummary``)."""
    rows = sorted(controller.session.participants.values(), key=lambda r: r.reference)
    for row in rows:
        if protected is None or row.protected == protected:
            return row
    raise AssertionError("no such participant in the demo vault")


def type_text(widget: object, text: str) -> None:
    """Type ``text`` key by key (non-ASCII safely: qtbot.keyClicks aborts on 'ä')."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,  # type: ignore[arg-type]
            Qt.Key.Key_unknown,
            ch,
            Qt.KeyboardModifier.NoModifier,
        )


def unnamed_controls(root: Any) -> list[str]:
    """The visible, focusable controls under ``root`` that a screen reader has no name for
    (the rule of ``test_accessibility.py``, for the dialogs that test does not open)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, controls) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if isinstance(widget.parent(), QTabBar | QAbstractSpinBox | QComboBox):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if not name:
            problems.append(widget.objectName() or type(widget).__name__)
    return problems
