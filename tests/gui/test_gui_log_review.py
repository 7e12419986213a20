"""Log review (loggranskning) as a unit manager and as a log reviewer: filter by user and
action, a random spot check, marking entries reviewed with a remark, a person's access log
exported to CSV, and the chain verification (intact in green; a tampered entry in red)."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from conftest import ADMIN, ADMIN_PASSPHRASE, USERS, WORKER, GuiVault, type_text
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from avhopp.services import vault as vault_service
from avhopp.services.audit_review_service import EXTRACT_COLUMNS
from ui.app import AppController
from ui.models.audit_entry_model import Column, action_label
from ui.pages.log_review_page import BROKEN_COLOUR, OK_COLOUR, LogReviewPage

pytestmark = pytest.mark.gui

REMARK = "Kontrollerad – läsningen hör till ärendet."


def render(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when AVHOPP_RENDER_DIR is set (to look at the page)."""
    folder = os.environ.get("AVHOPP_RENDER_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def read_a_person_as_kalle(gui_vault: GuiVault) -> Any:
    """Core: Kalle opens a participant, so the log holds entries on that person."""
    with vault_service.unlock(gui_vault.location, username=WORKER, passphrase=USERS[WORKER]) as v:
        row = v.people.list_participants()[0]
        v.people.get_person(row.person_id)
        return row


def log_page(qtbot: QtBot, logged_in: Callable[[str], object], who: str) -> LogReviewPage:
    controller = logged_in(who)
    assert isinstance(controller, AppController)
    main = controller.main_window
    assert main is not None
    page = main.show_page("log_review")
    assert isinstance(page, LogReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: page.user_combo.count() > 1, timeout=20_000)
    return page


def call(qtbot: QtBot, page: LogReviewPage, fn: Callable[[Any], Any]) -> Any:
    box: list[Any] = []
    page.session.call(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def wait_reload(qtbot: QtBot, page: LogReviewPage, action: Callable[[], None]) -> None:
    """Run ``action`` (which reloads the entries) and wait until they are shown."""
    with qtbot.waitSignal(page.model.modelReset, timeout=20_000):
        action()


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.mark.parametrize("who", ["chef", "granskare"])
def test_filter_sample_review_export_and_verify(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    qtmodeltester: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    who: str,
) -> None:
    person = read_a_person_as_kalle(gui_vault)
    page = log_page(qtbot, logged_in, who)
    qtmodeltester.check(page.model)
    latest = [page.model.row_data(r).seq for r in range(page.model.rowCount())]
    assert latest == sorted(latest, reverse=True)  # newest first
    assert "latest" in page.mode_label.text()

    # -- filter by user and action
    choose(page.user_combo, ADMIN)
    choose(page.action_combo, "user.add")
    assert page.action_combo.currentText() == "Added user"
    wait_reload(qtbot, page, page.filter_button.click)
    rows = page.model.rows()
    assert len(rows) == 5  # admin (at creation), chef, kalle, stina, granskare
    assert {(r.username, r.action) for r in rows} == {(ADMIN, "user.add")}
    assert page.model.index(0, Column.ACTION).data() == "Added user"
    assert "5 entry(s) match" in page.mode_label.text()
    page.window().resize(1280, 800)
    render(page.window(), f"log_{who}_filtered")

    # -- mark two reviewed with a remark: shown after the reload and stored in the core
    selection = page.table.selectionModel()
    for row in (0, 1):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    marked = page.selected_seqs()
    assert len(marked) == 2
    page.review_button.click()
    dialog = page.dialog
    assert dialog.windowTitle() == "Mark as reviewed"
    type_text(dialog.remark_edit, REMARK)
    render(dialog, f"log_{who}_remark_dialog")
    with qtbot.waitSignal(page.model.modelReset, timeout=20_000):
        dialog.ok_button.click()
    for seq in marked:
        entry = page.model.row_data(page.model.row_of(seq))
        assert entry.reviewed
        assert entry.review_remark == REMARK
        assert entry.reviewed_by == who
        cell = page.model.index(page.model.row_of(seq), Column.REVIEWED).data()
        assert cell == f"Yes: {REMARK}"
    assert sorted(page.selected_seqs()) == sorted(marked)  # the selection survives
    stored = call(qtbot, page, lambda v: v.audit_review.entries(username=ADMIN, action="user.add"))
    assert {e.seq: e.review_remark for e in stored if e.reviewed} == dict.fromkeys(marked, REMARK)
    assert "2 entry(s) marked reviewed" in page.status_label.text()

    # -- a random spot check
    page.sample_button.click()
    dialog = page.dialog
    dialog.size_spin.setValue(5)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    assert page.mode == "sample"
    assert page.model.rowCount() == 5
    assert "Random spot check" in page.mode_label.text()
    sample = [page.model.row_data(r).seq for r in range(page.model.rowCount())]
    page.table.selectRow(0)
    page.review_button.click()
    dialog = page.dialog
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()  # reviewed without remarks
    first = page.model.row_data(page.model.row_of(page.selected_seqs()[0]))
    assert first.reviewed
    assert not first.review_remark
    assert [page.model.row_data(r).seq for r in range(page.model.rowCount())] == sample
    render(page.window(), f"log_{who}_sample")

    # -- a person's access log, where the user chooses
    choose(page.user_combo, WORKER)
    choose(page.action_combo, "person.read")  # Kalle read before this login
    wait_reload(qtbot, page, page.filter_button.click)
    assert page.model.rowCount() >= 1
    entry = page.model.row_data(0)
    assert entry.target_type == "person"
    assert entry.target_id == person.person_id
    target = page.model.index(0, Column.TARGET).data()
    if who == "chef":  # managers see the participants, so the reference names the target
        assert person.reference in target
        page.person_edit.setText(person.reference)
    else:  # a log reviewer takes the person from the entry
        assert target.startswith("person ")
        page.table.selectRow(0)
        assert page.concerns_button.isEnabled()
        wait_reload(qtbot, page, page.concerns_button.click)
        assert page.person_edit.text() == person.person_id
    out = tmp_path / "extract.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    assert page.last_export == (out, page.last_export[1])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == EXTRACT_COLUMNS
    body = [dict(zip(EXTRACT_COLUMNS, line, strict=True)) for line in lines[1:]]
    assert len(body) == page.last_export[1] >= 1
    reads = [r for r in body if r["action"] == "person.read"]
    assert reads
    assert reads[0]["username"] == WORKER
    assert reads[0]["name"] == "Kalle Handläggare"
    assert reads[0]["target_id"] == person.person_id
    assert "exported to" in page.status_label.text()

    # -- the chain verification
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verification is not None, timeout=20_000)
    assert "The audit log is intact" in page.verify_label.text()
    assert OK_COLOUR in page.verify_label.styleSheet()
    render(page.window(), f"log_{who}_verified")


def test_bad_filters_are_shown_next_to_their_fields(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    page = log_page(qtbot, logged_in, "granskare")
    shown = page.model.rowCount()
    page.case_edit.setText("AVH-2099-9999")  # a reviewer knows no case references
    page.filter_button.click()
    assert "No case with this reference" in page.errors.message("case")
    page.case_edit.clear()
    page.start_edit.setText("2026-13-01")
    page.filter_button.click()
    assert "YYYY-MM-DD" in page.errors.message("start")
    page.start_edit.setText("2026-02-01")
    page.end_edit.setText("2026-01-01")
    page.filter_button.click()  # the core refuses an end before the start
    qtbot.waitUntil(lambda: bool(page.errors.message("end")), timeout=20_000)
    assert page.model.rowCount() == shown
    page.export_button.click()  # no person given or selected
    assert page.errors.message("person")


def test_unknown_action_codes_fall_back_to_the_code() -> None:
    assert action_label("login") == "Logged in"
    assert action_label("backup.something-new") == "backup.something-new"


def _tamper_with_entry(gui_vault: GuiVault, seq: int) -> None:
    """As an insider who learnt the SQLCipher file key (as tests/services/test_service_tamper
    does): change one audit entry behind Avhopp's back."""
    with vault_service.unlock(gui_vault.location, username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        key = v.keys.sqlcipher_key
    connection = sqlcipher3.dbapi2.connect(str(gui_vault.path), isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("BEGIN")
        connection.execute("DROP TRIGGER audit_entries_no_update")
        connection.execute("UPDATE audit_entries SET action = 'user.list' WHERE seq = ?", (seq,))
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_a_broken_chain_is_shown_in_red_naming_the_entry(
    qtbot: QtBot, logged_in: Callable[[str], object], gui_vault: GuiVault
) -> None:
    _tamper_with_entry(gui_vault, 3)
    page = log_page(qtbot, logged_in, "granskare")
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verification is not None, timeout=20_000)
    text = page.verify_label.text()
    assert "BROKEN" in text
    assert "entry 3" in text
    assert BROKEN_COLOUR in page.verify_label.styleSheet()
    assert page.verify_button.isEnabled()
    assert page.selected_seqs() == [3]  # the named entry is selected in the list
    page.window().resize(1280, 800)
    render(page.window(), "log_granskare_broken")
