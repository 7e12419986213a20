"""Mount one record tab of the participant view (Support, Plan, Contacts, Consents,
Reminders) on its own, the way the participant view does: read the ``ParticipantFile`` on the
worker, call ``show_file``, and on every ``session.changed`` read it again and call
``show_file`` again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from avhopp.services.participant_file import open_participant


def type_text(widget: object, text: str) -> None:
    """Type ``text`` key by key (non-ASCII safely), as ``conftest.type_text`` does."""
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


@dataclass
class Mounted:
    qtbot: QtBot
    controller: Any
    tab: Any
    person_id: str
    case_id: str
    file: Any = None
    loads: int = 0
    errors: list[BaseException] = field(default_factory=list)

    @property
    def session(self) -> Any:
        return self.controller.session

    def case_file(self) -> Any:
        for case_file in self.file.cases:
            if case_file.case.id == self.case_id:
                return case_file
        return None

    def reload(self) -> None:
        """Read the file on the worker and show it (as the view does on a change)."""

        def done(file: Any) -> None:
            self.file = file
            self.tab.show_file(file, self.case_file())
            self.loads += 1

        person_id = self.person_id
        self.session.call(
            lambda vault: open_participant(vault, person_id),
            on_done=done,
            on_error=self.errors.append,
        )

    def load(self) -> None:
        """:meth:`reload` and wait until shown."""
        before = self.loads
        self.reload()
        self.wait_reloaded(before)

    def wait_reloaded(self, before: int) -> None:
        self.qtbot.waitUntil(lambda: self.loads > before or bool(self.errors), timeout=10_000)
        assert not self.errors, self.errors

    def core(self, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(vault)`` on the worker and return its result (for checks)."""
        box: list[Any] = []
        self.session.call(fn, on_done=box.append, on_error=self.errors.append)
        self.qtbot.waitUntil(lambda: bool(box) or bool(self.errors), timeout=10_000)
        assert not self.errors, self.errors
        return box[0]


def pick_case(controller: Any, *, where: Callable[[Any], bool] = lambda _row: True) -> Any:
    """A visible case (a ``ParticipantSummary``) of an open case, first by reference."""
    rows = sorted(controller.session.participants.values(), key=lambda r: r.reference)
    for row in rows:
        if row.phase != "closed" and where(row):
            return row
    raise AssertionError("no such case in the demo vault")


def mount(
    qtbot: QtBot,
    controller: Any,
    tab_class: type,
    *,
    case: Any = None,
    size: tuple[int, int] = (1100, 650),
) -> Mounted:
    """Build ``tab_class(session)`` for one case, show it and fill it."""
    case = case or pick_case(controller)
    tab = tab_class(controller.session)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    mounted = Mounted(
        qtbot=qtbot, controller=controller, tab=tab, person_id=case.person_id, case_id=case.case_id
    )
    controller.session.changed.connect(lambda _changes: mounted.reload())
    mounted.load()
    return mounted


def unnamed_controls(root: Any) -> list[str]:
    """The visible, focusable controls under ``root`` a screen reader has no name for (the
    rule of ``test_accessibility.py``, for dialogs that test does not open)."""
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
        QWidget,
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
            problems.append(f"{widget.objectName() or type(widget).__name__}")
    return problems


def close_dialog(tab: Any) -> None:
    dialog = tab.dialog
    if dialog is not None:
        dialog.reject()
