"""A case worker reaches another team's case on purpose: "Other case…" finds it by exact
reference or identity number (no name shown), and opening it asks for emergency access."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from participant_helpers import run_core, type_text
from pytestqt.qtbot import QtBot
from test_gui_participant_view import _other_team_case

from avhopp.services import vault as vault_service

pytestmark = pytest.mark.gui


def _reference(location: str, case_id: str) -> str:
    from conftest import MANAGER_PASSPHRASE

    with vault_service.unlock(location, username="chef", passphrase=MANAGER_PASSPHRASE) as v:
        return v.cases.get_case(case_id).reference


def test_other_case_by_reference_leads_to_emergency_access(
    qtbot: QtBot, logged_in: Callable[[str], Any], gui_vault: Any
) -> None:
    person_id, case_id = _other_team_case(gui_vault.location)
    reference = _reference(gui_vault.location, case_id)
    controller = logged_in("kalle")
    page = controller.main_window.show_page("participants")
    dialog = page.locate_case()
    assert dialog.isVisible()

    type_text(dialog.query_edit, "Någon Person")  # a name is not a way in
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("query")), timeout=10_000)
    assert not dialog.results.isVisible()

    dialog.query_edit.setText(reference.lower())
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10_000)
    text = dialog.results.item(0).text()
    assert text.startswith(reference)
    assert "needs emergency access" in text
    name = controller.session.participant_name(case_id)
    assert not name  # the list never had it
    dialog.open_button.click()
    view = page.participant_view
    qtbot.waitUntil(lambda: view.emergency_dialog is not None, timeout=10_000)
    assert view.file is None
    emergency = view.emergency_dialog
    emergency.reason.setPlainText("Deltagaren ringer i kris, ansvarig handläggare är sjuk")
    emergency.ok_button.click()
    qtbot.waitUntil(lambda: view.file is not None, timeout=10_000)
    assert view.case_id == case_id
    log = run_core(qtbot, controller, lambda v: v.audit_review.person_access_log(person_id))
    assert any(e.action == "case.emergency-access" for e in log)


def test_nothing_found_says_so(qtbot: QtBot, logged_in: Callable[[str], Any]) -> None:
    controller = logged_in("kalle")
    dialog = controller.main_window.show_page("participants").locate_case()
    dialog.query_edit.setText("AVH-1901-0001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10_000)
    assert dialog.results.item(0).text() == "No case found."
    assert not dialog.open_button.isEnabled()
    dialog.reject()
