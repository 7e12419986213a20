"""Säkerhetskopior: the real page on a real vault with a temporary backup folder.

A manager creates a backup (one OK row, the last backup shown), verifies it, runs a restore
drill (the dashboard's drill warning goes away); Cancel during creation leaves no file; an
administrator restores to a new file that unlocks with the manager's passphrase, is asked
before an existing file is replaced, and is refused the open vault; the backup settings
round-trip, a relative folder shows the translated error and changes nothing; a case worker
gets no backup actions; the daily and on-exit backups follow the automatic setting.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN, ADMIN_PASSPHRASE, MANAGER, MANAGER_PASSPHRASE, GuiVault
from participant_helpers import message_boxes, run_core, settle, wait_box
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from ui.app import AppController
from ui.dialogs.restore_backup_dialog import RestoreBackupDialog
from ui.pages.backups_page import BackupsPage
from ui.widgets.automatic_backups import AutomaticBackups

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def configure(
    vault: GuiVault,
    folder: Path | None,
    *,
    automatic: bool = False,
) -> None:
    """Set the backup settings through the core as the administrator (before any login)."""
    import dataclasses

    from avhopp.services import vault as vault_service

    with vault_service.unlock(vault.location, username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        view = v.settings.get()
        new = dataclasses.replace(
            view.settings,
            backup_folder=str(folder) if folder else None,
            backup_automatic=automatic,
        )
        v.settings.update(new, expected_version=view.version)


def backups_page(qtbot: QtBot, controller: Any) -> BackupsPage:
    page = controller.main_window.show_page("backups")
    assert isinstance(page, BackupsPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    settle(qtbot, controller)
    return page


def wait_outcome(qtbot: QtBot, page: BackupsPage, outcome: str) -> None:
    qtbot.waitUntil(lambda: page.last_outcome == outcome and page.task is None, timeout=30_000)
    qtbot.waitUntil(lambda: not page._loading, timeout=20_000)


def audit(qtbot: QtBot, controller: Any, action: str) -> list[Any]:
    return list(run_core(qtbot, controller, lambda v: v.audit_review.entries(action=action)))


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "backups"
    made.mkdir()
    return made


@pytest.fixture
def no_daily(monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily check waits longer than any test (the tests that want it set it)."""
    monkeypatch.setattr(AutomaticBackups, "FIRST_DELAY_MS", 600_000)


# ---------------------------------------------------------------------- manager


def test_manager_creates_verifies_and_drills(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    folder: Path,
    no_daily: None,
) -> None:
    configure(gui_vault, folder)
    controller = logged_in(MANAGER)
    assert isinstance(controller, AppController)
    main = controller.main_window
    assert main is not None
    dashboard = main.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)  # type: ignore[attr-defined]
    assert dashboard.backup_warning  # type: ignore[attr-defined]

    page = backups_page(qtbot, controller)
    assert page.folder_value.text() == str(folder)
    assert page.last_backup_value.text() == "Never"
    assert page.last_drill_value.text() == "Never"
    assert page.drill_overdue
    assert page.advice_label.isVisible()
    assert "30 days" in page.advice_label.text()
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert not page.drill_button.isEnabled()
    # A manager makes backups but neither restores nor changes the settings.
    assert not page.restore_button.isVisible()
    assert not page.folder_edit.isEnabled()
    assert not page.save_button.isVisible()
    assert "administrator" in page.settings_status.text()

    page.create_button.click()
    wait_outcome(qtbot, page, "created")
    assert files(folder) == [page.model.entry(0).name]
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.STATUS).data() == "OK"
    assert page.model.index(0, page.model.KIND).data() == "Manual"
    assert page.last_backup_value.text() != "Never"
    assert page.last_backup_value.text()[:4].isdigit()  # 2026-…
    assert "checked by reading it back" in page.result_label.text()

    assert page.select_entry(page.model.entry(0).name)
    page.verify_button.click()
    wait_outcome(qtbot, page, "verified")
    text = page.result_label.text()
    assert text.startswith("The backup is whole:")
    assert "by chef" in text
    assert not message_boxes("error_box")

    page.drill_button.click()
    wait_outcome(qtbot, page, "drilled")
    assert "restore drill passed" in page.result_label.text()
    qtbot.waitUntil(lambda: not page.drill_overdue, timeout=20_000)
    assert page.last_drill_value.text() != "Never"
    assert not page.advice_label.isVisible()
    assert not page.warning_icon.isVisible()

    # The dashboard's drill warning is gone once it is shown again.
    main.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.backup_warning, timeout=20_000)  # type: ignore[attr-defined]
    assert "Last restore drill" in dashboard.drill_label.text()  # type: ignore[attr-defined]
    assert [e.outcome for e in audit(qtbot, controller, "backup.create")] == ["ok"]
    assert [e.outcome for e in audit(qtbot, controller, "backup.verify")] == ["ok"]
    assert [e.outcome for e in audit(qtbot, controller, "backup.drill")] == ["ok"]


def test_cancel_during_create_leaves_no_file(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    folder: Path,
    no_daily: None,
) -> None:
    configure(gui_vault, folder)
    controller = logged_in(MANAGER)
    page = backups_page(qtbot, controller)
    gate = threading.Event()
    # The worker is busy, so the backup waits behind it until Cancel was pressed.
    controller.worker.submit(lambda _vault: gate.wait(20))  # type: ignore[attr-defined]
    page.create_button.click()
    task = page.task
    assert task is not None
    assert not page.create_button.isEnabled()
    progress = task.progress_dialog
    assert progress.isVisible()
    cancel_button = progress.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()
    assert task.cancel_event.is_set()
    assert progress.isVisible()  # stays until the core has stopped
    gate.set()
    wait_outcome(qtbot, page, "cancelled")
    settle(qtbot, controller)
    assert files(folder) == []  # not even the hidden .part file
    assert "Nothing was saved" in page.result_label.text()
    assert not message_boxes("error_box")
    assert page.model.rowCount() == 0
    assert page.last_backup_value.text() == "Never"
    # The cancelled backup is recorded as such (nothing was written).
    assert [e.outcome for e in audit(qtbot, controller, "backup.create")] == ["cancelled"]
    assert page.create_button.isEnabled()


def test_case_worker_gets_no_backup_actions(
    qtbot: QtBot, logged_in: Callable[[str], object], no_daily: None
) -> None:
    controller = logged_in("kalle")
    assert isinstance(controller, AppController)
    assert controller.main_window is not None
    assert "backups" not in controller.main_window.pages
    assert controller.session is not None
    settle(qtbot, controller)
    page = BackupsPage(controller.session)
    qtbot.addWidget(page)
    page.activate()
    assert not page.may_backup
    assert not hasattr(page, "create_button")
    assert list(page.findChildren(QPushButton)) == []
    denied = page.findChild(object, "backups_denied_text")
    assert denied is not None
    assert "administrators" in denied.text()  # type: ignore[attr-defined]
    assert controller.worker.pending == 0  # nothing was loaded for it


# ---------------------------------------------------------------------- administrator


def test_admin_restores_to_a_new_file_never_over_the_open_vault(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_daily: None,
) -> None:
    configure(gui_vault, folder)
    controller = logged_in(ADMIN)
    page = backups_page(qtbot, controller)
    assert page.restore_button.isVisible()
    page.create_button.click()
    wait_outcome(qtbot, page, "created")
    assert page.select_entry(page.model.entry(0).name)

    page.restore_button.click()
    dialog = page.restore_dialog
    assert isinstance(dialog, RestoreBackupDialog)
    assert dialog.isVisible()
    default = Path(dialog.target_edit.text())
    assert default.parent == gui_vault.path.parent
    assert default.name == f"vault-restored-{date.today():%Y%m%d}.avhopp"
    assert "postgresql+psycopg://" in dialog.command_label.text()
    assert "backup restore" in dialog.command_label.text()
    target = tmp_path / "restored"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Avhopp (*.avhopp)")
    )
    dialog.choose_button.click()
    assert dialog.target_edit.text() == str(target) + ".avhopp"
    target = target.with_name("restored.avhopp")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert target.is_file()
    assert str(target) in dialog.status_label.text()
    assert "open vault was not changed" in dialog.status_label.text()
    assert "passphrase that was valid" in dialog.status_label.text()
    assert not dialog.restore_button.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: page.last_outcome == "restored", timeout=10_000)

    # The same place again: asked first; Cancel leaves the restored vault as it is.
    before = target.stat().st_mtime_ns
    page.restore_button.click()
    dialog = page.restore_dialog
    dialog.target_edit.setText(str(target))
    dialog.restore_button.click()
    box = wait_box(qtbot, "restore_replace_box")
    assert "moved aside" in box.text()
    assert "not deleted" in box.text()
    box.findChild(QPushButton, "cancel_button").click()  # type: ignore[union-attr]
    settle(qtbot, controller)
    assert dialog.task is None
    assert dialog.result_value is None
    assert target.stat().st_mtime_ns == before

    # Over the open vault: confirmed, and still refused by the core.
    dialog.target_edit.setText(str(gui_vault.path))
    dialog.restore_button.click()
    box = wait_box(qtbot, "restore_replace_box")
    box.findChild(QPushButton, "replace_button").click()  # type: ignore[union-attr]
    error = wait_box(qtbot, "error_box")
    assert "cannot be restored over the vault that is open" in error.text()
    error.close()
    assert dialog.result_value is None
    dialog.close_button.click()

    # The restored vault opens with the manager's passphrase of the time of the backup.
    from avhopp.services import vault as vault_service

    with vault_service.unlock(
        str(target), username=MANAGER, passphrase=MANAGER_PASSPHRASE
    ) as restored:
        assert len(restored.people.list_participants()) > 0
        # Its log continues with the restore (the administrator may not read logs).
        assert [e.username for e in restored.audit_review.entries(action="backup.restore")] == [
            ADMIN
        ]
    with vault_service.unlock(
        gui_vault.location, username=MANAGER, passphrase=MANAGER_PASSPHRASE
    ) as source:
        assert len(source.audit_review.entries(action="backup.restore")) == 1
    assert not list(tmp_path.glob("restored.avhopp.replaced-*"))


@pytest.fixture
def swedish(tmp_path: Path) -> Iterator[None]:
    """The Swedish translation compiled from the committed .ts."""
    qm = tmp_path / "avhopp_sv.qm"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lrelease"),
            "-silent",
            str(ROOT / "resources" / "translations" / "avhopp_sv.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)  # type: ignore[union-attr]
    yield
    app.removeTranslator(translator)  # type: ignore[union-attr]


def test_settings_round_trip_and_a_relative_folder_is_refused(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    folder: Path,
    swedish: None,
    no_daily: None,
) -> None:
    controller = logged_in(ADMIN)
    page = backups_page(qtbot, controller)
    assert page.folder_edit.isEnabled()
    assert page.folder_edit.text() == ""
    assert "Ingen mapp" in page.folder_value.text()  # the call to action, in Swedish
    assert not page.create_button.isEnabled()

    page.folder_edit.setText(str(folder))
    page.automatic_check.setChecked(False)
    page.keep_daily_spin.setValue(10)
    page.keep_weekly_spin.setValue(5)
    page.keep_monthly_spin.setValue(24)
    assert "24" in page.rotation_label.text()
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(page.settings_status.text()), timeout=20_000)
    settle(qtbot, controller)
    view = run_core(qtbot, controller, lambda v: v.settings.get())
    saved = view.settings
    assert saved.backup_folder == str(folder)
    assert saved.backup_automatic is False
    assert (saved.backup_keep_daily, saved.backup_keep_weekly, saved.backup_keep_monthly) == (
        10,
        5,
        24,
    )
    qtbot.waitUntil(lambda: page.folder_value.text() == str(folder), timeout=20_000)
    assert page.create_button.isEnabled()

    page.folder_edit.setText("relativ/mapp")
    page.keep_daily_spin.setValue(3)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(page.errors.message("backup_folder")), timeout=20_000)
    assert page.errors.message("backup_folder").startswith("Ange hela sökvägen")
    assert not message_boxes("error_box")
    after = run_core(qtbot, controller, lambda v: v.settings.get())
    assert after.version == view.version
    assert after.settings == saved
    page.reload()  # e.g. after a backup: what was typed stays until saved or undone
    qtbot.waitUntil(lambda: not page._loading, timeout=20_000)
    assert page.folder_edit.text() == "relativ/mapp"
    assert page.settings_edited()
    page.revert_button.click()
    assert not page.settings_edited()
    assert page.folder_edit.text() == str(folder)
    assert page.keep_daily_spin.value() == 10


# ---------------------------------------------------------------------- automatic


@pytest.mark.parametrize("automatic", [True, False])
def test_daily_and_exit_backups_follow_the_setting(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    automatic: bool,
) -> None:
    configure(gui_vault, folder, automatic=automatic)
    monkeypatch.setattr(AutomaticBackups, "FIRST_DELAY_MS", 10)
    controller = logged_in(MANAGER)
    assert isinstance(controller, AppController)
    daily = controller.automatic_backups
    assert daily is not None
    qtbot.waitUntil(lambda: daily.last_outcome != "", timeout=30_000)
    settle(qtbot, controller)
    if automatic:
        assert daily.last_outcome == "made"
        assert [n.endswith("-daily.avhbackup") for n in files(folder)] == [True]
        assert "Daily backup made" in daily.label.text()
        daily.run_daily()  # an hour later: not due again today
        qtbot.waitUntil(lambda: not daily.running, timeout=20_000)
        assert daily.last_outcome == "none"
        assert len(files(folder)) == 1
    else:
        assert daily.last_outcome == "none"
        assert files(folder) == []

    # Avhopp closes: the backup on exit runs before the vault is closed.
    controller.shutdown()
    monkeypatch.setattr(controller.worker, "shutdown", lambda: None)  # shut down already
    if automatic:
        assert controller.exit_backup_outcome == "made"
        # (Whether the daily one stays beside it is rotation's business.)
        assert sum(n.endswith("-exit.avhbackup") for n in files(folder)) == 1
    else:
        assert controller.exit_backup_outcome == "none"
        assert files(folder) == []


def test_exit_backup_cancelled_or_failed_still_closes(
    qtbot: QtBot,
    logged_in: Callable[[str], object],
    gui_vault: GuiVault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_daily: None,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from ui.widgets.automatic_backups import ExitBackup

    configure(gui_vault, folder, automatic=True)
    monkeypatch.setattr(ExitBackup, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(ExitBackup, "NOTICE_MS", 300)
    controller = logged_in(MANAGER)
    assert isinstance(controller, AppController)
    settle(qtbot, controller)

    # Cancel pressed while the backup waits behind other work: no file, Avhopp closes.
    gate = threading.Event()
    controller.worker.submit(lambda _vault: gate.wait(20))
    seen: list[str] = []

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.objectName() == (
                "exit_backup_progress"
            ):
                seen.append(widget.labelText())
                widget.findChild(QPushButton).click()  # type: ignore[union-attr]
        gate.set()

    QTimer.singleShot(200, press_cancel)
    assert controller.exit_backup_outcome == ""
    from ui.widgets.automatic_backups import backup_before_exit

    outcome = backup_before_exit(controller.session, controller.worker)
    assert seen == ["Backing up before Avhopp closes…"]
    assert outcome == "cancelled"
    assert files(folder) == []

    # The folder is gone when Avhopp closes: a short notice, then it closes all the same.
    folder.rmdir()
    notices: list[str] = []

    def read_notice() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "exit_backup_notice":
                notices.append(widget.text())

    QTimer.singleShot(150, read_notice)
    controller.shutdown()
    monkeypatch.setattr(controller.worker, "shutdown", lambda: None)  # shut down already
    assert controller.exit_backup_outcome == "failed"
    assert len(notices) == 1
    assert "does not exist" in notices[0]
    assert "closes anyway" in notices[0]
