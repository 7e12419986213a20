"""Rapporter: the council report made for a period, saved where the user chooses and read
back as a PDF; Cancel during generation leaves nothing; a password-protected progress summary
(a mistyped repeat and a short password show field errors and make nothing); printing and
opening through monkeypatched OS functions, each audited; the register extract; the summary
from the participant view's cases tab for a case worker; the report is dropped at the lock;
and a case worker has no Rapporter page."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from participant_helpers import is_open, open_view, run_core, settle
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui import report_output
from ui.app import AppController
from ui.pages.reports_page import CUSTOM, WHOLE_YEAR, ReportsPage
from ui.report_output import ReportResultDialog

pytestmark = pytest.mark.gui

PASSWORD = "Stjarnfall-42-hemlig"
SUMMARY = "Arbetet har gått enligt plan under perioden."


def render(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when AVHOPP_RENDER_DIR is set (to look at it)."""
    folder = os.environ.get("AVHOPP_RENDER_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def reports_page(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> tuple[ReportsPage, AppController]:
    controller = logged_in("chef")
    assert isinstance(controller, AppController)
    main = controller.main_window
    assert main is not None
    page = main.show_page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    settle(qtbot, controller)
    return page, controller


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    """The save dialog answers ``path``; returns the calls it got (title, suggested, filter)."""
    calls: list[tuple[Any, ...]] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args[1:])
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return calls


def audit(qtbot: QtBot, controller: Any, action: str) -> list[Any]:
    return list(run_core(qtbot, controller, lambda v: v.audit_review.entries(action=action)))


def wait_result(qtbot: QtBot, page: ReportsPage) -> ReportResultDialog:
    qtbot.waitUntil(
        lambda: page.result_dialog is not None and page.result_dialog.isVisible(), timeout=30_000
    )
    dialog = page.result_dialog
    assert isinstance(dialog, ReportResultDialog)
    return dialog


def save_report(qtbot: QtBot, dialog: ReportResultDialog) -> Path:
    """Save as… (the save dialog must be monkeypatched first)."""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved_path is not None and not dialog.busy, timeout=20_000)
    assert dialog.saved_path is not None
    return dialog.saved_path


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# ---------------------------------------------------------------------- the council report


def test_council_report_for_a_year_is_saved_as_a_pdf(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    choose(page.preset_combo, WHOLE_YEAR)
    page.year_spin.setValue(2025)
    assert (page.start_edit.text(), page.end_edit.text()) == ("2025-01-01", "2025-12-31")
    assert page.start_edit.isReadOnly()
    assert "Compared with 2024-01-01 – 2024-12-31." in page.comparison_label.text()
    qtbot.waitUntil(lambda: page.threshold is not None, timeout=20_000)
    assert "counts under 5 are shown as “<5”" in page.comparison_label.text()
    page.summary_edit.setPlainText(SUMMARY)
    assert page.summary_counter.text() == f"{len(SUMMARY)} / 3000"
    page.window().resize(1400, 860)
    render(page.window(), "reports_page")

    page.council_button.click()
    assert not page.council_button.isEnabled()  # one report at a time
    dialog = wait_result(qtbot, page)
    assert dialog.document.kind == "council"
    assert dialog.document.pages >= 2
    assert "2025-01-01 – 2025-12-31" in dialog.facts_label.text()
    assert not dialog.encrypted_label.isVisible()
    assert page.council_button.isEnabled()
    render(dialog, "reports_result")

    target = tmp_path / "council"
    calls = save_to(monkeypatch, target)  # no suffix typed: .pdf is added
    saved = save_report(qtbot, dialog)
    assert saved == tmp_path / "council.pdf"
    assert calls[0][1].endswith("radsrapport_2025-01-01_2025-12-31.pdf")
    data = saved.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Rådsrapport" in text
    assert "2025-01-01" in text
    assert "2025-12-31" in text
    assert SUMMARY in text
    assert str(saved) in dialog.status_label.text()
    generated = audit(qtbot, controller, "report.generate")
    saves = audit(qtbot, controller, "report.save")
    assert len(generated) == 1
    assert generated[0].details["from"] == "2025-01-01"
    assert [e.details["document"] for e in saves] == [generated[0].details["document"]]
    # Closing the window drops the report's bytes.
    dialog.close_button.click()
    assert dialog.document is None


def test_council_period_and_summary_errors_show_under_their_fields(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    choose(page.preset_combo, CUSTOM)
    assert not page.start_edit.isReadOnly()
    assert not page.year_spin.isEnabled()
    page.start_edit.setText("2025-13-01")
    page.council_button.click()
    assert "YYYY-MM-DD" in page.errors.message("from")
    assert page.generation is None
    page.start_edit.setText("2025-06-01")
    page.end_edit.setText("2025-01-01")
    page.council_button.click()  # the core refuses a period that ends before it starts
    qtbot.waitUntil(lambda: bool(page.errors.message("to")), timeout=20_000)
    assert "ends before it starts" in page.errors.message("to")
    page.end_edit.setText("2025-06-30")
    page.summary_edit.setPlainText("x" * 3001)
    assert "color: #c62828" in page.summary_counter.styleSheet()
    page.council_button.click()
    qtbot.waitUntil(lambda: bool(page.errors.message("summary_text")), timeout=20_000)
    assert "3000" in page.errors.message("summary_text")
    assert page.result_dialog is None
    assert not audit(qtbot, controller, "report.generate")


def test_cancel_during_generation_leaves_nothing(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    saves = save_to(monkeypatch, tmp_path / "never.pdf")
    gate = threading.Event()
    # The worker is busy with something else, so the report waits behind it.
    controller.worker.submit(lambda _vault: gate.wait(20))
    page.council_button.click()
    generation = page.generation
    assert generation is not None
    progress = generation.progress_dialog
    assert progress.isVisible()
    assert progress.isModal() or progress.windowModality() != 0
    render(progress, "reports_progress")
    cancel_button = progress.findChild(QPushButton)
    assert cancel_button is not None
    assert cancel_button.text() == "Cancel"
    cancel_button.click()
    assert generation.cancel_event.is_set()
    gate.set()
    qtbot.waitUntil(lambda: page.generation is None, timeout=20_000)
    settle(qtbot, controller)
    assert "cancelled" in page.status_label.text()
    assert page.result_dialog is None
    assert not saves
    assert list(tmp_path.glob("*.pdf")) == []
    assert not audit(qtbot, controller, "report.generate")
    assert page.council_button.isEnabled()


# ---------------------------------------------------------------------- individual reports


def open_summary_dialog(qtbot: QtBot, page: ReportsPage) -> Any:
    rows = sorted(page.session.participants.values(), key=lambda r: r.reference)
    row = rows[0]
    page.search_edit.setText(row.reference)
    assert page.model.rowCount() == 1  # one match is selected at once
    assert page.selected_row().case_id == row.case_id
    assert page.summary_button.isEnabled()
    page.summary_button.click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert row.reference in dialog.intro.text()
    return dialog, row


def test_summary_with_password_is_encrypted_and_mismatch_makes_nothing(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    dialog, row = open_summary_dialog(qtbot, page)
    assert not dialog.address_check.isChecked()  # a protected address is left out by default
    assert "logged" in dialog.address_warning.text()
    assert not dialog.password_edit.isEnabled()
    dialog.protect_check.setChecked(True)
    assert dialog.password_edit.isEnabled()
    dialog.pseudonymise_check.setChecked(True)
    render(dialog, "reports_summary_dialog")

    # typed differently twice: a field error, nothing made
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "x")
    dialog.ok_button.click()
    assert "not the same" in dialog.errors.message("password_repeat")
    assert dialog.generation is None
    assert dialog.password_edit.text() == PASSWORD  # kept to correct the repeat
    settle(qtbot, controller)
    assert not audit(qtbot, controller, "report.generate")

    # too short: the core's rule, under the password field; the fields are cleared
    dialog.password_edit.setText("kort")
    dialog.repeat_edit.setText("kort")
    dialog.ok_button.click()
    assert dialog.password_edit.text() == ""  # cleared once used
    qtbot.waitUntil(lambda: bool(dialog.errors.message("password")), timeout=20_000)
    assert "10" in dialog.errors.message("password")
    assert dialog.isVisible()
    assert not audit(qtbot, controller, "report.generate")

    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.repeat_edit.text() == ""
    result = wait_result(qtbot, page)
    assert result.document.kind == "summary"
    assert result.document.encrypted
    assert result.encrypted_label.isVisible()
    assert row.reference in result.facts_label.text()
    render(result, "reports_summary_result")
    save_to(monkeypatch, tmp_path / "lage.pdf")
    saved = save_report(qtbot, result)
    data = saved.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("fel-lösenord-123")
    text = pdf_text(data, PASSWORD)
    assert "SEKRETESS" in text
    assert row.reference in text
    assert row.full_name not in text  # pseudonymised
    generated = audit(qtbot, controller, "report.generate")
    assert len(generated) == 1
    assert generated[0].target_id == row.case_id
    assert generated[0].details["pseudonymised"] is True
    assert generated[0].details["encrypted"] is True
    assert PASSWORD not in repr(generated[0])


def test_print_and_open_are_audited(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    dialog, _row = open_summary_dialog(qtbot, page)
    dialog.ok_button.click()
    result = wait_result(qtbot, page)
    assert not result.document.encrypted

    printed: list[Path] = []
    opened: list[Path] = []
    monkeypatch.setattr(report_output, "print_file", lambda path: printed.append(path) or True)
    monkeypatch.setattr(report_output, "open_file", lambda path: opened.append(path) or True)
    calls = save_to(monkeypatch, tmp_path / "utskrift.pdf")

    # Print needs a saved file: it asks where first, saves, then prints.
    result.print_button.click()
    qtbot.waitUntil(lambda: result.print_result is not None, timeout=20_000)
    assert result.print_result is True
    assert len(calls) == 1
    assert printed == [tmp_path / "utskrift.pdf"]
    assert (tmp_path / "utskrift.pdf").read_bytes().startswith(b"%PDF")
    prints = audit(qtbot, controller, "report.print")
    assert len(prints) == 1
    assert prints[0].details["report"] == "summary"
    assert "printer" in result.status_label.text()

    # Open: already saved, so the saved file opens without asking again.
    result.open_button.click()
    assert opened == [tmp_path / "utskrift.pdf"]
    assert len(calls) == 1
    settle(qtbot, controller)
    assert len(audit(qtbot, controller, "report.open")) == 1

    # No print command on this system: the user is told to print from the viewer.
    monkeypatch.setattr(report_output, "print_file", lambda path: False)
    result.print_button.click()
    qtbot.waitUntil(lambda: result.print_result is False, timeout=20_000)
    box = result.message_box
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "print it from there" in box.text()
    box.close()
    assert len(audit(qtbot, controller, "report.print")) == 1  # nothing printed, nothing logged

    # A failing print command: its reason is shown, nothing logged.
    def refuse(path: Path) -> bool:
        raise report_output.PrintError("lp: The printer or class does not exist.")

    monkeypatch.setattr(report_output, "print_file", refuse)
    result.print_button.click()
    qtbot.waitUntil(lambda: isinstance(result.print_result, str), timeout=20_000)
    assert "does not exist" in result.message_box.text()
    result.message_box.close()
    assert len(audit(qtbot, controller, "report.print")) == 1


def test_save_and_open_saves_first_and_opens_the_saved_file(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = reports_page(qtbot, logged_in)
    rows = sorted(page.session.participants.values(), key=lambda r: r.reference)
    assert page.select_case(rows[-1].case_id)
    page.extract_button.click()
    dialog = page.dialog
    assert rows[-1].full_name in dialog.intro.text()
    render(dialog, "reports_extract_dialog")
    dialog.ok_button.click()
    result = wait_result(qtbot, page)
    assert result.document.kind == "extract"
    opened: list[Path] = []
    monkeypatch.setattr(report_output, "open_file", lambda path: opened.append(path) or True)
    save_to(monkeypatch, tmp_path / "utdrag.pdf")
    result.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [tmp_path / "utdrag.pdf"]
    assert result.opened
    assert "registerutdrag" in pdf_text((tmp_path / "utdrag.pdf").read_bytes()).casefold()
    settle(qtbot, controller)
    entries = audit(qtbot, controller, "report.open")
    assert [(e.target_type, e.target_id) for e in entries] == [("person", rows[-1].person_id)]
    # A save the core refuses (the folder is gone) shows under the status line; nothing saved.
    save_to(monkeypatch, tmp_path / "gone" / "utdrag.pdf")
    result.save_button.click()
    qtbot.waitUntil(lambda: bool(result.errors.message("path")), timeout=20_000)
    assert "does not exist" in result.errors.message("path")
    assert result.saved_path == tmp_path / "utdrag.pdf"


def test_lock_drops_the_open_report(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    page, controller = reports_page(qtbot, logged_in)
    page.council_button.click()
    result = wait_result(qtbot, page)
    assert result.document is not None
    controller.lock()
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=20_000)
    assert result.document is None
    assert not is_open(result)  # closed and deleted


# ---------------------------------------------------------------------- case workers


def test_case_worker_makes_a_summary_from_the_cases_tab_but_has_no_reports_page(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = logged_in("kalle")
    assert isinstance(controller, AppController)
    main = controller.main_window
    assert main is not None
    assert "reports" not in main.pages
    row = sorted(controller.session.participants.values(), key=lambda r: r.reference)[0]  # type: ignore[union-attr]
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    tab = view.show_tab("cases")
    assert tab.summary_button.isEnabled()
    tab.summary_button.click()
    dialog = tab.dialog
    assert dialog.objectName() == "summary_report_dialog"
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: isinstance(tab.dialog, ReportResultDialog) and tab.dialog.isVisible(),
        timeout=30_000,
    )
    result = tab.dialog
    assert result.document.kind == "summary"
    save_to(monkeypatch, tmp_path / "k.pdf")
    saved = save_report(qtbot, result)
    assert row.full_name in pdf_text(saved.read_bytes())
    result.close_button.click()


# ---------------------------------------------------------------------- the OS functions


def test_print_file_runs_lp_without_a_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``print_file`` hands the absolute path to ``lp`` (or ``lpr``) as one argument, reports a
    refusal as PrintError with the command's message, and says False when there is no print
    command at all."""
    log = tmp_path / "args.txt"
    fake = tmp_path / "lp"
    fake.write_text(
        "#!/bin/sh\n"
        f'for a in "$@"; do echo "$a" >> "{log}"; done\n'
        'case "$1" in *refuse*) echo "lp: The printer does not exist." >&2; exit 1;; esac\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    found = {"lp": str(fake)}
    monkeypatch.setattr(report_output.shutil, "which", found.get)
    report = tmp_path / "rapport med mellanslag; rm -rf.pdf"  # a shell would split this
    report.write_bytes(b"%PDF-1.7\n")
    assert report_output.print_command() == [str(fake)]
    assert report_output.print_file(report) is True
    assert log.read_text(encoding="utf-8").splitlines() == [str(report.resolve())]
    with pytest.raises(report_output.PrintError, match="does not exist"):
        report_output.print_file(tmp_path / "refuse.pdf")
    found.clear()
    found["lpr"] = str(fake)  # lpr when there is no lp
    assert report_output.print_command() == [str(fake)]
    found.clear()
    assert report_output.print_command() is None
    assert report_output.print_file(report) is False
