"""Samtycken och villkor: consents (add, withdraw), the agreement's date, breaches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from record_tab_harness import mount, type_text

from ui.models.consent_table_model import Column
from ui.pages.participant_tabs.consents_tab import ConsentsTab

pytestmark = pytest.mark.gui


def test_consents_agreement_and_breaches_are_shown(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, ConsentsTab)
    tab = mounted.tab
    case_file = mounted.case_file()
    assert tab.consent_model.rowCount() == len(case_file.consents)
    assert tab.breach_model.rowCount() == len(case_file.agreement.breaches)
    qtmodeltester.check(tab.consent_model)
    qtmodeltester.check(tab.breach_model)


def test_add_and_withdraw_a_consent(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, ConsentsTab)
    tab = mounted.tab
    before = tab.consent_model.rowCount()
    tab.add_consent_button.click()
    dialog = tab.dialog
    dialog.check_agency("police")
    dialog.check_agency("employment")
    type_text(dialog.scope_edit, "Planering av arbetsträning")
    dialog.to_edit.setText((date.today() + timedelta(days=365)).isoformat())
    dialog.grab().save("/tmp/consent_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.consent_model.rowCount() == before + 1
    stored = mounted.core(lambda v: v.support.consents(mounted.case_id))
    new = next(c for c in stored if c.scope == "Planering av arbetsträning")
    assert new.agencies == ("police", "employment")
    assert new.written

    tab.consent_table.select_record(new.id)
    assert tab.withdraw_button.isEnabled()
    tab.withdraw_button.click()
    dialog = tab.dialog
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    row = tab.consent_model.row_of(new.id)
    assert tab.consent_model.index(row, Column.STATUS).data() == "Withdrawn"
    assert tab.consent_model.index(row, Column.WITHDRAWN).data() == date.today().isoformat()
    tab.consent_table.select_record(new.id)
    assert not tab.withdraw_button.isEnabled()


def test_consent_without_agency_shows_the_error_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, ConsentsTab)
    tab = mounted.tab
    before = len(mounted.core(lambda v: v.support.consents(mounted.case_id)))
    tab.add_consent_button.click()
    dialog = tab.dialog
    type_text(dialog.scope_edit, "Utan myndighet")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("agencies") != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.scope_edit.toPlainText() == "Utan myndighet"
    # A date that is not a date is caught before anything is sent.
    dialog.check_agency("police")
    dialog.to_edit.setText("31/12/2025")
    dialog.save_button.click()
    assert "YYYY-MM-DD" in dialog.errors.message("valid_to")
    assert len(mounted.core(lambda v: v.support.consents(mounted.case_id))) == before


def test_agreement_date_and_a_breach(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, ConsentsTab)
    tab = mounted.tab
    case = mounted.case_file().case

    # In the future: refused by the core, shown under the field, nothing saved.
    tab.signed_edit.setText((date.today() + timedelta(days=3)).isoformat())
    tab.save_agreement_button.click()
    qtbot.waitUntil(lambda: tab.agreement_errors.message("signed_on") != "", timeout=10_000)
    assert (
        mounted.core(lambda v: v.support.agreement(case.id)).signed_on == case.agreement_signed_on
    )

    signed = max(case.inquiry_on, date.today() - timedelta(days=1))
    tab.signed_edit.setText(signed.isoformat())
    loads = mounted.loads
    tab.save_agreement_button.click()
    mounted.wait_reloaded(loads)
    assert mounted.core(lambda v: v.support.agreement(case.id)).signed_on == signed
    assert tab.agreement_errors.message("signed_on") == ""

    before = tab.breach_model.rowCount()
    tab.add_breach_button.click()
    dialog = tab.dialog
    type_text(dialog.description_edit, "Kontakt med tidigare gängmedlem")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.breach_model.rowCount() == before + 1
    breaches = mounted.core(lambda v: v.support.agreement(case.id)).breaches
    assert any(b.description == "Kontakt med tidigare gängmedlem" for b in breaches)
    qtmodeltester.check(tab.breach_model)
    tab.grab().save("/tmp/consents_tab.png")


def test_the_consent_dialogs_name_every_control(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from record_tab_harness import close_dialog, unnamed_controls

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, ConsentsTab)
    tab = mounted.tab
    assert unnamed_controls(tab) == []
    for opener in (tab.add_consent_button, tab.add_breach_button):
        opener.click()
        assert unnamed_controls(tab.dialog) == [], tab.dialog.objectName()
        close_dialog(tab)
