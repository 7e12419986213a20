"""Kontakter: a case's contacts, a new contact, a contact linked from the directory, and a
changed link."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from record_tab_harness import mount, pick_case, type_text

from ui.models.case_contact_table_model import Column
from ui.pages.participant_tabs.contacts_tab import CaseContactsTab

pytestmark = pytest.mark.gui


def test_contacts_of_the_case_are_listed(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, CaseContactsTab)
    tab = mounted.tab
    assert tab.model.rowCount() == len(mounted.case_file().contacts) > 0
    qtmodeltester.check(tab.model)
    tab.grab().save("/tmp/contacts_tab.png")


def test_new_private_contact_is_linked(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, CaseContactsTab)
    tab = mounted.tab
    before = tab.model.rowCount()
    tab.new_button.click()
    dialog = tab.dialog
    dialog.private_radio.setChecked(True)
    assert not dialog.agency_combo.isVisibleTo(dialog)
    type_text(dialog.name_edit, "Åsa Öberg")
    type_text(dialog.relation_edit, "moster")
    dialog.phone_edit.setText("070-123 45 67")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("relative"))
    dialog.risk_check.setChecked(True)
    dialog.grab().save("/tmp/contact_new_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    assert tab.model.rowCount() == before + 1
    stored = mounted.core(lambda v: v.contacts.contacts_of_case(mounted.case_id))
    new = next(c for c in stored if c.contact.name == "Åsa Öberg")
    assert new.contact.relation == "moster"
    assert new.contact.phone == "+46701234567"
    assert new.link.risk
    row = tab.model.row_of(new.link.id)
    assert tab.model.index(row, Column.PHONE).data() == "+46 70 123 45 67"
    assert tab.model.index(row, Column.RISK).data() == "Risk"


def test_professional_contact_without_agency_shows_the_error_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, CaseContactsTab)
    tab = mounted.tab
    before = len(mounted.core(lambda v: v.contacts.contacts_of_case(mounted.case_id)))
    tab.new_button.click()
    dialog = tab.dialog
    type_text(dialog.name_edit, "Per Polis")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message("agency") != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Per Polis"
    assert len(mounted.core(lambda v: v.contacts.contacts_of_case(mounted.case_id))) == before
    dialog.grab().save("/tmp/contact_error_dialog.png")


def test_link_a_contact_from_the_directory_and_change_the_link(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller = logged_in("kalle")
    first = pick_case(controller)
    other = pick_case(controller, where=lambda r: r.case_id != first.case_id)
    mounted = mount(qtbot, controller, CaseContactsTab, case=other)
    tab = mounted.tab
    theirs = mounted.core(lambda v: v.contacts.contacts_of_case(first.case_id))
    wanted = theirs[0].contact
    tab.link_button.click()
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.directory_loaded, timeout=10_000)
    type_text(dialog.search_edit, wanted.name)
    dialog.select_contact(wanted.id)
    assert dialog.selected_contact_id() == wanted.id
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("other"))
    dialog.grab().save("/tmp/contact_link_dialog.png")
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    linked = next(r for r in tab.model.rows if r.contact.id == wanted.id)
    assert linked.link.role == "other"

    # Change the link: no longer to be contacted.
    tab.table.select_record(linked.link.id)
    tab.edit_button.click()
    dialog = tab.dialog
    assert dialog.may_contact_check.isChecked()
    dialog.may_contact_check.setChecked(False)
    loads = mounted.loads
    dialog.save_button.click()
    mounted.wait_reloaded(loads)
    stored = mounted.core(lambda v: v.contacts.contacts_of_case(other.case_id))
    assert not next(r for r in stored if r.contact.id == wanted.id).link.may_contact


def test_the_contact_dialogs_name_every_control(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from record_tab_harness import close_dialog, unnamed_controls

    controller = logged_in("kalle")
    mounted = mount(qtbot, controller, CaseContactsTab)
    tab = mounted.tab
    assert unnamed_controls(tab) == []
    tab.new_button.click()
    assert unnamed_controls(tab.dialog) == []
    tab.dialog.private_radio.setChecked(True)
    assert unnamed_controls(tab.dialog) == []
    close_dialog(tab)
    tab.link_button.click()
    qtbot.waitUntil(lambda: tab.dialog.directory_loaded, timeout=10_000)
    assert unnamed_controls(tab.dialog) == []
    close_dialog(tab)
    tab.edit_button.click()
    assert unnamed_controls(tab.dialog) == []
