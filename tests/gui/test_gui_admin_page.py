"""Administration: users (add through the dialog, a weak passphrase refused next to the field,
disable and enable), code lists (deactivate and reactivate, a bad code next to its field),
settings (saved, a bad value next to its field, a conflict offers reload) and the manager's
purge list (candidates, approval, confirmation, run)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.app import AppController
from ui.models.purge_candidate_model import Column as PurgeColumn
from ui.models.user_table_model import Column as UserColumn
from ui.pages.admin_page import AdminPage

pytestmark = pytest.mark.gui

STRONG = "tulpan-bergsklack-mosaik-vinter-84"


def render(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when AVHOPP_RENDER_DIR is set (to look at the page)."""
    folder = os.environ.get("AVHOPP_RENDER_DIR")
    if folder:
        QApplication.processEvents()  # pending layout and fit-to-contents timers
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def admin_page(qtbot: QtBot, logged_in: Callable[[str], object], who: str) -> AdminPage:
    controller = logged_in(who)
    assert isinstance(controller, AppController)
    main = controller.main_window
    assert main is not None
    page = main.show_page("administration")
    assert isinstance(page, AdminPage)
    return page


def call(qtbot: QtBot, page: AdminPage, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the worker and wait for the result (to check the core)."""
    box: list[Any] = []
    page.session.call(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def error_box(widget: QWidget) -> QMessageBox | None:
    for box in widget.window().findChildren(QMessageBox, "error_box"):
        if box.isVisible():
            return box
    return None


# --------------------------------------------------------------------------- users


def test_administrator_sees_users_codes_and_settings(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester: Any
) -> None:
    page = admin_page(qtbot, logged_in, "admin")
    assert page.tab_keys() == ["users", "codes", "settings"]
    tab = page.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    qtmodeltester.check(tab.model)
    names = [tab.model.row_data(r).username for r in range(tab.model.rowCount())]
    assert sorted(names) == ["admin", "chef", "granskare", "kalle", "stina"]
    row = tab.model.row_of("kalle")
    assert row is not None
    assert tab.model.index(row, UserColumn.ROLES).data() == "case worker"
    assert tab.model.index(row, UserColumn.TEAM).data() == "norr"
    assert tab.model.index(row, UserColumn.ACTIVE).data() == "Active"
    page.window().resize(1200, 760)
    render(page.window(), "admin_users")


def test_add_user_refuses_a_weak_passphrase_next_to_the_field(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    page = admin_page(qtbot, logged_in, "admin")
    tab = page.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    before = tab.model.rowCount()

    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "Avhopp" not in dialog.windowTitle() or dialog.windowTitle() == "New user"
    qtbot.keyClicks(dialog.username_edit, "nisse")
    type_text(dialog.display_name_edit, "Nils Nilsson Åberg")
    dialog.role_checks[next(iter(dialog.role_checks))].setChecked(True)  # case worker
    dialog.team_combo.setCurrentText("norr")
    weak = "aaaaaaaaaaaaaaaaaa"
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, weak)
    qtbot.keyClicks(dialog.passphrase.repeat_edit, weak)
    dialog.meter.flush()
    assert dialog.meter.score == 0
    assert "guess" in dialog.meter.verdict_label.text()
    render(dialog, "admin_user_dialog_weak")

    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("passphrase")), timeout=20_000)
    assert "too easy to guess" in dialog.errors.message("passphrase")
    assert dialog.isVisible()
    assert dialog.username_edit.text() == "nisse"  # what was typed stays
    assert dialog.passphrase.passphrase_edit.text() == weak
    render(dialog, "admin_user_dialog_refused")

    # A repeat that differs is caught before the core is asked.
    dialog.passphrase.passphrase_edit.setText(STRONG)
    dialog.passphrase.repeat_edit.setText(STRONG + "x")
    dialog.ok_button.click()
    assert "not the same" in dialog.errors.message("passphrase_repeat")
    assert dialog.isVisible()

    dialog.passphrase.repeat_edit.setText(STRONG)
    dialog.meter.flush()
    assert dialog.meter.score >= 3
    render(dialog, "admin_user_dialog_strong")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=20_000)
    row = tab.model.row_of("nisse")
    assert row is not None
    user = tab.model.row_data(row)
    assert user.display_name == "Nils Nilsson Åberg"
    assert user.team == "norr"
    assert tab.selected().username == "nisse"
    stored = call(qtbot, page, lambda v: {u.username: u for u in v.users.list_users()})
    assert stored["nisse"].active


def test_disable_and_enable_a_user_and_the_core_refuses_disabling_oneself(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    page = admin_page(qtbot, logged_in, "admin")
    tab = page.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)

    tab.select("stina")
    assert tab.active_button.text() == "&Disable"
    tab.active_button.click()
    qtbot.waitUntil(
        lambda: not tab.model.row_data(tab.model.row_of("stina")).active, timeout=20_000
    )
    row = tab.model.row_of("stina")
    assert tab.model.index(row, UserColumn.ACTIVE).data() == "Disabled"
    assert tab.selected().username == "stina"
    assert tab.active_button.text() == "&Enable"
    stored = call(qtbot, page, lambda v: {u.username: u.active for u in v.users.list_users()})
    assert stored["stina"] is False

    tab.active_button.click()
    qtbot.waitUntil(lambda: tab.model.row_data(tab.model.row_of("stina")).active, timeout=20_000)

    tab.select("admin")
    tab.active_button.click()
    qtbot.waitUntil(lambda: error_box(tab) is not None, timeout=20_000)
    box = error_box(tab)
    assert box is not None
    assert "cannot disable your own account" in box.text()
    box.close()
    assert tab.model.row_data(tab.model.row_of("admin")).active


def test_change_team_and_reset_passphrase(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    page = admin_page(qtbot, logged_in, "admin")
    tab = page.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)

    tab.select("kalle")
    tab.team_button.click()
    dialog = tab.dialog
    dialog.team_combo.setCurrentText("Not A Team!")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("team")), timeout=20_000)
    assert dialog.isVisible()
    dialog.team_combo.setCurrentText("syd")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: tab.model.row_data(tab.model.row_of("kalle")).team == "syd", timeout=20_000
    )

    tab.select("kalle")
    tab.reset_button.click()
    dialog = tab.dialog
    assert "kalle" in dialog.intro.text()
    dialog.passphrase.passphrase_edit.setText("kalle")
    dialog.passphrase.repeat_edit.setText("kalle")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("passphrase")), timeout=20_000)
    assert "at least 15 characters" in dialog.errors.message("passphrase")
    dialog.passphrase.passphrase_edit.setText(STRONG)
    dialog.passphrase.repeat_edit.setText(STRONG)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    assert "kalle" in tab.status_label.text()


# --------------------------------------------------------------------------- code lists


def test_code_list_deactivate_reactivate_add_and_relabel(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester: Any
) -> None:
    from avhopp.domain.code_lists import CodeList
    from ui.models.code_entry_model import Column as CodeColumn

    page = admin_page(qtbot, logged_in, "admin")
    tab = page.show_tab("codes")
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    tab.choose_list(CodeList.REFERRAL_SOURCE)
    qtbot.waitUntil(lambda: tab.model.row_of("school") is not None, timeout=20_000)
    qtmodeltester.check(tab.model)
    assert tab.table.isColumnHidden(CodeColumn.PARENT)

    tab.select("school")
    assert tab.active_button.text() == "&Deactivate"
    tab.active_button.click()
    qtbot.waitUntil(
        lambda: not tab.model.row_data(tab.model.row_of("school")).active, timeout=20_000
    )
    row = tab.model.row_of("school")
    assert tab.model.index(row, CodeColumn.ACTIVE).data() == "Deactivated"
    # The session's drop-downs follow (labels of old records stay).
    session = page.session
    assert session.info.codes["referral_source"]["school"].active is False
    assert "school" not in [e.code for e in session.info.code_entries("referral_source")]
    stored = call(qtbot, page, lambda v: v.code_lists.get(CodeList.REFERRAL_SOURCE, "school"))
    assert stored.active is False
    page.window().resize(1200, 760)
    render(page.window(), "admin_codes")

    tab.select("school")
    assert tab.active_button.text() == "&Reactivate"
    tab.active_button.click()
    qtbot.waitUntil(lambda: tab.model.row_data(tab.model.row_of("school")).active, timeout=20_000)
    assert session.info.codes["referral_source"]["school"].active is True

    # Add: a bad code shows next to the field; a good one is added and selected.
    tab.add_button.click()
    dialog = tab.dialog
    dialog.code_edit.setText("Bad Code")
    dialog.label_sv_edit.setText("Fritidsgård")
    dialog.label_en_edit.setText("Youth centre")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("code")), timeout=20_000)
    assert dialog.isVisible()
    dialog.code_edit.setText("youth_centre")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.model.row_of("youth_centre") is not None, timeout=20_000)
    assert tab.selected().code == "youth_centre"

    tab.relabel_button.click()
    dialog = tab.dialog
    assert dialog.code_edit.isReadOnly()
    dialog.label_en_edit.setText("Youth club")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: tab.model.row_data(tab.model.row_of("youth_centre")).label_en == "Youth club",
        timeout=20_000,
    )
    assert session.info.codes["referral_source"]["youth_centre"].label_en == "Youth club"

    # Support steps show their category; the closed phase cannot be deactivated.
    tab.choose_list(CodeList.STEP_ITEM)
    qtbot.waitUntil(lambda: tab.model.row_of("relocation") is not None, timeout=20_000)
    assert not tab.table.isColumnHidden(CodeColumn.PARENT)
    tab.choose_list(CodeList.PHASE)
    qtbot.waitUntil(lambda: tab.model.row_of("closed") is not None, timeout=20_000)
    tab.select("closed")
    tab.active_button.click()
    qtbot.waitUntil(lambda: error_box(tab) is not None, timeout=20_000)
    assert "closed" in error_box(tab).text()  # type: ignore[union-attr]


# --------------------------------------------------------------------------- settings


def test_settings_saved_and_a_bad_value_shown_next_to_its_field(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    page = admin_page(qtbot, logged_in, "admin")
    tab = page.show_tab("settings")
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    assert tab.view.version == 0
    assert tab.idle_spin.value() == 10
    assert "never saved" in tab.status_label.text()

    # A relative backup folder: the core's message next to the field, nothing saved.
    tab.folder_edit.setText("backup")
    type_text(tab.municipality_edit, "Västerås")
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(tab.errors.message("backup_folder")), timeout=20_000)
    assert "full path" in tab.errors.message("backup_folder")
    assert tab.municipality_edit.text() == "Västerås"  # what was typed stays
    assert call(qtbot, page, lambda v: v.settings.get().version) == 0
    page.window().resize(1200, 760)
    render(page.window(), "admin_settings_error")

    tab.folder_edit.setText("/srv/avhopp/backup")
    tab.idle_spin.setValue(15)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.view.version == 1, timeout=20_000)
    assert not tab.errors.message("backup_folder")
    assert tab.status_label.text().startswith("Saved.")
    stored = call(qtbot, page, lambda v: v.settings.get().settings)
    assert stored.municipality == "Västerås"
    assert stored.idle_lock_minutes == 15
    assert stored.backup_folder == "/srv/avhopp/backup"
    # The idle lock applies at once.
    assert page.session.idle.timeout_ms == 15 * 60_000
    assert page.session.info.idle_minutes == 15
    render(page.window(), "admin_settings_saved")


def test_settings_conflict_offers_reload(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    import dataclasses

    page = admin_page(qtbot, logged_in, "admin")
    tab = page.show_tab("settings")
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)

    def elsewhere(vault: Any) -> Any:  # another administrator saves meanwhile
        current = vault.settings.get()
        changed = dataclasses.replace(current.settings, municipality="Köping")
        return vault.settings.update(changed, expected_version=current.version)

    call(qtbot, page, elsewhere)
    tab.threshold_spin.setValue(7)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.conflict_box is not None, timeout=20_000)
    box = tab.conflict_box
    reload_button = box.findChild(QWidget, "reload_button")
    assert reload_button is not None
    reload_button.click()
    qtbot.waitUntil(lambda: tab.municipality_edit.text() == "Köping", timeout=20_000)
    assert tab.threshold_spin.value() == 5
    assert tab.view.version == 1


# --------------------------------------------------------------------------- purge


def test_manager_purge_list_approve_confirm_and_run(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester: Any, tmp_path: Path
) -> None:
    page = admin_page(qtbot, logged_in, "chef")
    assert page.tab_keys() == ["purge"]
    tab = page.purge_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    assert tab.model.rowCount() >= 1  # the demo vault has a case closed long ago
    qtmodeltester.check(tab.model)
    candidate = tab.model.row_data(0)
    assert tab.model.index(0, PurgeColumn.NAME).data() == candidate.full_name
    assert not tab.run_button.isEnabled()  # nothing approved yet
    page.window().resize(1200, 760)
    render(page.window(), "admin_purge")

    tab.model.set_approved(0, True)
    assert tab.model.index(0, PurgeColumn.NAME).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert tab.run_button.isEnabled()

    # No archive folder: said next to the field, nothing asked or run.
    tab.run_button.click()
    assert "folder" in tab.errors.message("archive_folder")
    assert tab.confirm_box is None

    tab.folder_edit.setText(str(tmp_path))
    tab.run_button.click()
    box = tab.confirm_box
    assert box is not None
    assert box.isVisible()
    assert "cannot be undone" in box.text()
    assert box.defaultButton() is not box.findChild(QWidget, "purge_confirm_button")
    render(box, "admin_purge_confirm")
    box.findChild(QWidget, "purge_confirm_button").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=30_000)
    assert tab.last_result.people_deleted == 1
    assert "1 person" in tab.result_label.text()
    qtbot.waitUntil(
        lambda: all(
            tab.model.row_data(r).person_id != candidate.person_id
            for r in range(tab.model.rowCount())
        ),
        timeout=20_000,
    )
    assert tab.result_box is not None
    tab.result_box.close()
    remaining = call(qtbot, page, lambda v: [c.person_id for c in v.purge.purge_list()])
    assert candidate.person_id not in remaining


def test_report_logo_chosen_previewed_saved_and_removed(
    qtbot: QtBot, logged_in: Callable[[str], object], tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    from avhopp.domain.settings import logo_bytes

    page = admin_page(qtbot, logged_in, "admin")
    tab = page.show_tab("settings")
    qtbot.waitUntil(lambda: tab.loaded, timeout=20_000)
    assert tab.logo_preview.pixmap().isNull()
    assert not tab.logo_remove_button.isEnabled()

    picture = QImage(120, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f4e79"))
    logo = tmp_path / "logo.png"
    assert picture.save(str(logo))
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 32)
    chosen = [str(gif), str(logo)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen.pop(), ""))

    tab.logo_button.click()
    assert not tab.logo_preview.pixmap().isNull()
    assert tab.logo_remove_button.isEnabled()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.view.version == 1, timeout=20_000)
    stored = call(qtbot, page, lambda v: v.settings.get().settings)
    assert logo_bytes(stored.report_logo) == logo.read_bytes()

    # Not a PNG or JPEG: the core's message next to the field, nothing saved.
    tab.logo_button.click()
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(tab.errors.message("report_logo")), timeout=20_000)
    assert "PNG or JPEG" in tab.errors.message("report_logo")
    assert call(qtbot, page, lambda v: v.settings.get().version) == 1

    tab.revert_button.click()
    tab.logo_remove_button.click()
    assert tab.logo_preview.pixmap().isNull()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.view.version == 2, timeout=20_000)
    assert call(qtbot, page, lambda v: v.settings.get().settings).report_logo == ""
