"""One error presenter, translated messages, and a crash report without personal data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from avhopp.errors import ConflictError, IntegrityError, NotFoundError, ValidationError
from ui import crash, error_presenter

pytestmark = pytest.mark.gui

SECRET = "Anna Andersson 19900101-1234 bor på Hemliga gatan 3"


def test_a_user_error_is_one_message_box_with_the_message(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = error_presenter.present(parent, NotFoundError(what="The note"))
    assert isinstance(box, QMessageBox)
    assert box.text() == "The note was not found."
    assert box.isVisible()
    box.close()


def test_integrity_errors_are_critical(qtbot: QtBot) -> None:
    box = error_presenter.present(None, IntegrityError(reason="the key header is missing"))
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Critical
    assert "the key header is missing" in box.text()
    box.close()


def test_a_conflict_offers_reload_and_reload_calls_back(qtbot: QtBot) -> None:
    reloaded: list[bool] = []
    error = ConflictError(changed_by="stina", changed_at="2026-11-26 10:12")
    box = error_presenter.present(None, error, on_reload=lambda: reloaded.append(True))
    assert box is not None
    button = box.findChild(QWidget, "reload_button")
    assert button is not None
    button.click()  # type: ignore[attr-defined]
    assert reloaded == [True]


def test_a_broken_translation_placeholder_falls_back_to_the_english_message() -> None:
    error = ValidationError("At most {n} characters.", field="text", n=5)
    assert error_presenter.error_message(error) == "At most 5 characters."


def _raise_with_personal_data() -> None:
    name = SECRET  # a local variable holding personal data
    raise ValueError(f"could not parse {name}")


def test_the_crash_report_holds_no_message_and_no_local_values(qtbot: QtBot) -> None:
    try:
        try:
            _raise_with_personal_data()
        except ValueError as inner:
            raise RuntimeError(SECRET) from inner
    except RuntimeError as error:
        report = crash.scrubbed_report(error)
        dialog = crash.report(error)
    qtbot.addWidget(dialog)
    for secret_part in ("Anna", "19900101", "Hemliga"):
        assert secret_part not in report
        assert secret_part not in dialog.report_view.toPlainText()
    assert "builtins.RuntimeError" in report
    assert "builtins.ValueError" in report
    assert "_raise_with_personal_data" in report
    assert "/root/" not in report
    assert "/home/" not in report
    dialog.close()


def test_an_uncaught_user_error_in_a_slot_is_presented_not_crashed(qtbot: QtBot) -> None:
    import sys

    saved = sys.excepthook
    crash.install_excepthook()
    try:
        before = {id(w) for w in crash._open_dialogs}
        sys.excepthook(NotFoundError, NotFoundError(what="The case"), None)
        assert {id(w) for w in crash._open_dialogs} == before
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_box"]
        assert any(b.isVisible() and b.text() == "The case was not found." for b in boxes)
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = saved
