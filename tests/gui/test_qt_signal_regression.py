"""Qt smoke test: the pinned PySide6 survives many signal emits.

PySide6 6.12.0 drops a reference on every bool passed through a signal and aborts Python
3.11 ("bool_dealloc") after a few thousand emits; 6.11.3 is sound.
"""

from __future__ import annotations

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

EMITS = 100_000


class _Emitter(QObject):
    flag_changed = Signal(bool)
    item_changed = Signal(int, str)


def test_pyside6_is_not_the_release_that_aborts() -> None:
    assert PySide6.__version__ != "6.12.0"


def test_many_signal_emits_with_bool_and_int_arguments(qtbot: QtBot) -> None:
    emitter = _Emitter()
    flags: list[bool] = []
    items_seen = 0
    last_item: tuple[int, str] | None = None

    def on_item(number: int, label: str) -> None:
        nonlocal items_seen, last_item
        items_seen += 1
        last_item = (number, label)

    emitter.flag_changed.connect(flags.append)
    emitter.item_changed.connect(on_item)
    for i in range(EMITS):
        if i % 2:
            emitter.flag_changed.emit(i % 4 == 1)
        else:
            emitter.item_changed.emit(i, "x")

    assert len(flags) == EMITS // 2
    assert flags.count(True) == EMITS // 4
    assert flags.count(False) == EMITS // 4
    assert items_seen == EMITS // 2
    assert last_item == (EMITS - 2, "x")
