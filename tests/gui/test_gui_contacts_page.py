"""Kontakter: the directory lists the contacts of the cases the user may see with their linked
cases; search runs in Python; adding and changing a contact go through the core, whose
validation errors appear next to the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import USERS, GuiVault, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from avhopp.services import vault as vault_service
from ui.dialogs.contact_dialog import ContactDialog
from ui.models.contact_directory_model import (
    ContactDirectoryModel,
    LinkedCasesModel,
    display_phone,
)
from ui.pages.contacts_page import ContactsPage

pytestmark = pytest.mark.gui


def _core_directory(gui_vault: GuiVault, username: str) -> list[Any]:
    with vault_service.unlock(
        gui_vault.location, username=username, passphrase=USERS[username]
    ) as vault:
        return list(vault.contacts.directory())


def _contacts_page(qtbot: QtBot, controller: Any) -> ContactsPage:
    page = controller.main_window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def _count_in_core(qtbot: QtBot, controller: Any) -> int:
    found: list[int] = []
    controller.session.call(lambda vault: len(vault.contacts.directory()), on_done=found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def _open_new_dialog(qtbot: QtBot, page: ContactsPage) -> ContactDialog:
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose_first_case(dialog: ContactDialog) -> str:
    assert dialog.case_combo is not None
    dialog.case_combo.setCurrentIndex(0)
    case_id = dialog.chosen_case()
    assert case_id
    return case_id


def _choose_role(dialog: ContactDialog, code: str) -> None:
    assert dialog.role_combo is not None
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(code))


def _save_and_wait(qtbot: QtBot, dialog: ContactDialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


# --------------------------------------------------------------------------- the directory


def test_directory_lists_contacts_with_their_linked_cases(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    core = _core_directory(gui_vault, "kalle")
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    session = controller.session
    model = page.model

    assert model.total == model.rowCount() == len(core)
    assert page.count_label.text() == f"{len(core)} contact(s)"
    by_name = {entry.contact.name for entry in core}
    names = {
        model.index(row, ContactDirectoryModel.Column.NAME).data()
        for row in range(model.rowCount())
    }
    assert names == by_name

    # The "linked cases" column and the detail pane list the cases with participant names.
    entry = next(e for e in core if e.cases)
    page.select_contact(entry.contact.id)
    row = model.row_of_contact(entry.contact.id)
    assert row is not None
    assert model.index(row, ContactDirectoryModel.Column.CASES).data() == ", ".join(
        c.reference for c in entry.cases
    )
    details = page.details
    assert details.name_label.text() == entry.contact.name
    cases = details.cases_model
    assert cases.rowCount() == len(entry.cases)
    shown = {
        (
            cases.index(r, LinkedCasesModel.Column.REFERENCE).data(),
            cases.index(r, LinkedCasesModel.Column.PARTICIPANT).data(),
        )
        for r in range(cases.rowCount())
    }
    assert shown == {(c.reference, session.participant_name(c.case_id)) for c in entry.cases}
    assert all(name for _, name in shown)
    role = session.info.code_label("contact_role", entry.cases[0].role)
    assert role in {
        cases.index(r, LinkedCasesModel.Column.ROLE).data() for r in range(cases.rowCount())
    }
    if entry.contact.phone:
        assert details.values["phone"].text() == display_phone(entry.contact.phone)


def test_manager_sees_more_contacts_than_a_case_worker(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    worker = len(_core_directory(gui_vault, "kalle"))
    core = _core_directory(gui_vault, "chef")
    controller: Any = logged_in("chef")
    page = _contacts_page(qtbot, controller)
    assert page.model.total == len(core) > worker


def test_search_and_kind_filter_run_over_the_directory(
    qtbot: QtBot, gui_vault: GuiVault, logged_in: Callable[[str], object]
) -> None:
    core = _core_directory(gui_vault, "kalle")
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    model = page.model

    target = core[len(core) // 2]
    type_text(page.search_edit, target.contact.name)
    assert 1 <= model.rowCount() < model.total
    assert model.row_of_contact(target.contact.id) is not None
    assert "of" in page.count_label.text()

    # A case reference finds every contact linked to that case.
    reference = target.cases[0].reference
    page.search_edit.setText(reference)
    expected = {e.contact.id for e in core if any(c.reference == reference for c in e.cases)}
    assert {model.entry(r).contact.id for r in range(model.rowCount())} == expected

    # So does the participant's name (from the session's participant list).
    name = controller.session.participant_name(target.cases[0].case_id)
    page.search_edit.setText(name)
    assert model.row_of_contact(target.contact.id) is not None

    # A phone number typed the Swedish way finds the contact stored in E.164.
    phoned = next(e for e in core if e.contact.phone)
    page.search_edit.setText(display_phone(phoned.contact.phone))
    assert model.row_of_contact(phoned.contact.id) is not None

    page.search_edit.clear()
    assert model.rowCount() == model.total
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("private"))
    private = [e for e in core if e.contact.kind == "private"]
    assert model.rowCount() == len(private)
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Private"}


def test_double_clicking_a_linked_case_opens_the_participant(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    main = controller.main_window
    page.table.setCurrentIndex(page.model.index(0, 0))
    table = page.details.cases_table
    qtbot.waitUntil(lambda: page.details.cases_model.rowCount() > 0)
    case = page.details.cases_model.case(0)
    rect = table.visualRect(page.details.cases_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: main.current_key() == "participants")
    view = main.pages["participants"].participant_view
    assert view is not None
    assert view.case_id == case.case_id
    assert view.person_id == controller.session.participants[case.case_id].person_id


def test_directory_models_pass_the_model_tester(
    qtbot: QtBot, logged_in: Callable[[str], object], qtmodeltester: Any
) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.details.cases_model)
    # Sorting by the number of linked cases, then back by name.
    page.table.sortByColumn(ContactDirectoryModel.Column.CASES, Qt.SortOrder.DescendingOrder)
    first = page.model.entry(0)
    assert all(len(first.cases) >= len(page.model.entry(r).cases) for r in range(1, 5))
    page.table.sortByColumn(ContactDirectoryModel.Column.NAME, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)


# --------------------------------------------------------------------------- adding


def test_bad_input_shows_the_error_next_to_the_field_and_saves_nothing(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    before = page.model.total
    dialog = _open_new_dialog(qtbot, page)
    assert dialog.windowTitle() == "New contact"

    # No case chosen yet: the dialog says so under the case field.
    type_text(dialog.name_edit, "Örjan Åkesson")
    _save_and_wait(qtbot, dialog)
    assert dialog.errors.message("case_id")
    _choose_first_case(dialog)
    _choose_role(dialog, "police_officer")

    # A professional contact without an agency: the core's message, under the agency.
    _save_and_wait(qtbot, dialog)
    assert dialog.errors.message("agency") == "A professional contact needs an agency."
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Örjan Åkesson"  # what was typed stays

    # A phone number that is none.
    dialog.agency_combo.setEditText("Polisen Västerås")
    dialog.phone_edit.setText("12")
    _save_and_wait(qtbot, dialog)
    assert dialog.errors.message("agency") == ""
    assert dialog.errors.message("phone") == "This is not a phone number." or (
        dialog.errors.message("phone") == "This is not a valid phone number."
    )
    assert dialog.phone_edit.hasFocus()

    # A bad e-mail address.
    dialog.phone_edit.setText("070-123 45 67")
    dialog.email_edit.setText("not an address")
    _save_and_wait(qtbot, dialog)
    assert dialog.errors.message("email") == "This is not a valid e-mail address."
    assert dialog.isVisible()

    assert _count_in_core(qtbot, controller) == before
    assert page.model.total == before
    dialog.reject()


def test_a_good_contact_appears_in_the_directory(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    before = page.model.total
    dialog = _open_new_dialog(qtbot, page)
    dialog.private_radio.setChecked(True)
    assert not dialog.agency_combo.isVisibleTo(dialog)
    assert dialog.relation_edit.isVisibleTo(dialog)
    type_text(dialog.name_edit, "Åsa Öberg")
    dialog.relation_edit.setText("moster")
    dialog.phone_edit.setText("070-123 45 67")
    case_id = _choose_first_case(dialog)
    _choose_role(dialog, "relative")
    assert dialog.risk_check is not None
    dialog.risk_check.setChecked(True)
    saved: list[str] = []
    dialog.contact_saved.connect(saved.append)
    _save_and_wait(qtbot, dialog)
    assert saved, dialog.errors.message("name")
    qtbot.waitUntil(lambda: page.model.total == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.current_contact_id() == saved[0])

    entry = page.details.entry
    assert entry.contact.name == "Åsa Öberg"
    assert entry.contact.phone == "+46701234567"
    assert page.details.values["phone"].text() == "070-123 45 67"
    assert page.details.values["relation"].text() == "moster"
    assert [c.case_id for c in entry.cases] == [case_id]
    cases = page.details.cases_model
    assert cases.index(0, LinkedCasesModel.Column.MARKERS).data() == "Risk"
    assert cases.index(0, LinkedCasesModel.Column.PARTICIPANT).data() == (
        controller.session.participant_name(case_id)
    )
    assert _count_in_core(qtbot, controller) == before + 1


def test_changing_a_contact_keeps_its_links(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    professional = next(
        r for r in range(page.model.rowCount()) if page.model.entry(r).contact.agency
    )
    entry = page.model.entry(professional)
    page.select_contact(entry.contact.id)
    page.details.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Change contact"
    assert dialog.case_combo is None  # the links are changed on the case's contact tab
    assert dialog.name_edit.text() == entry.contact.name
    dialog.title_edit.setText("Kontaktpolis")
    dialog.email_edit.setText("kontakt@example.se")
    _save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(
        lambda: (
            page.details.entry is not None
            and page.details.entry.contact.email == "kontakt@example.se"
        ),
        timeout=10_000,
    )
    changed = page.details.entry
    assert changed.contact.id == entry.contact.id
    assert changed.contact.title == "Kontaktpolis"
    assert changed.contact.phone == entry.contact.phone  # shown nationally, stored as before
    assert changed.contact.version == entry.contact.version + 1
    assert [c.case_id for c in changed.cases] == [c.case_id for c in entry.cases]
    assert "Kontaktpolis" in page.details.values["agency"].text() or (
        page.details.values["title"].text() == "Kontaktpolis"
    )


def test_a_stale_change_offers_to_reload(qtbot: QtBot, logged_in: Callable[[str], object]) -> None:
    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    entry = page.model.entry(0)
    page.select_contact(entry.contact.id)
    page.details.edit_button.click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)

    # Someone else changes the contact meanwhile.
    done: list[Any] = []
    from avhopp.domain.network import ContactInput

    contact = entry.contact

    def change(vault: Any) -> Any:
        return vault.contacts.update_contact(
            contact.id,
            ContactInput(
                kind=contact.kind,
                name=contact.name,
                agency=contact.agency,
                title=contact.title,
                relation=contact.relation,
                phone=contact.phone,
                email=contact.email,
                notes="Ändrad av någon annan",
            ),
            expected_version=contact.version,
        )

    controller.session.call(change, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    dialog.notes_edit.setPlainText("Min ändring")
    _save_and_wait(qtbot, dialog)
    box = dialog.error_box
    assert box is not None
    reload_button = box.findChild(object, "reload_button")
    assert reload_button is not None
    reload_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(
        lambda: (
            page.details.entry is not None
            and page.details.entry.contact.notes == "Ändrad av någon annan"
        ),
        timeout=10_000,
    )


def test_every_control_of_the_contact_dialog_has_an_accessible_name(
    qtbot: QtBot, logged_in: Callable[[str], object]
) -> None:
    from test_accessibility import _check

    controller: Any = logged_in("kalle")
    page = _contacts_page(qtbot, controller)
    dialog = _open_new_dialog(qtbot, page)
    problems: list[str] = []
    _check(dialog, "new contact", problems)
    dialog.private_radio.setChecked(True)
    _check(dialog, "new private contact", problems)
    dialog.reject()
    page.select_contact(page.model.entry(0).contact.id)
    page.details.edit_button.click()
    _check(page.dialog, "change contact", problems)
    page.dialog.reject()
    assert not problems, problems
