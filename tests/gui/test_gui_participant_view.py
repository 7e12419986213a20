"""The participant view, driven through its widgets: the frame and its tabs, a phase change,
emergency access with a reason, a protected address revealed (and the audit entry that makes),
flags next to the name, editing the person with a conflict that offers "Reload"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from participant_helpers import (
    click_button,
    is_open,
    message_boxes,
    open_view,
    run_core,
    settle,
    type_text,
    unnamed_controls,
    visible_person_with_case,
    wait_box,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from avhopp.domain import phases
from avhopp.domain.person import Address, PersonInput, ProtectionLevel
from avhopp.errors import EmergencyAccessRequiredError
from avhopp.services import vault as vault_service
from ui.dialogs.register_participant_dialog import RegisterParticipantDialog
from ui.pages.participant_view import TABS, ParticipantView

pytestmark = pytest.mark.gui

MANAGER_PASSPHRASE = "gullregn-tallkotte-vinbär-ekorre-31"


def person_input(person: Any, **changes: Any) -> PersonInput:
    """A ``PersonInput`` holding what ``person`` (a PersonView) holds, with ``changes``."""
    values = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "identity_kind": person.identity_kind,
        "identity_number": person.identity_number,
        "birth_date": person.birth_date,
        "legal_gender": person.legal_gender,
        "language": person.language,
        "interpreter": person.interpreter,
        "phone": person.phone,
        "email": person.email,
        "protection": person.protection,
        "protection_until": person.protection_until,
        "guardians": person.guardians,
    }
    if person.address is not None:
        values["address"] = person.address
    values.update(changes)
    return PersonInput(**values)


def test_the_view_shows_the_person_and_the_tabs_in_order(
    qtbot: QtBot, logged_in: Callable[[str], Any], qtmodeltester: Any
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    assert isinstance(view, ParticipantView)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == [
        "Overview",
        "Cases and phases",
        "Support steps",
        "Plan and assessment",
        "Contacts",
        "Journal",
        "Consents and conditions",
        "Reminders",
        "Access log",
    ]
    assert [key for key, _title, _cls in TABS][5] == "journal"
    assert view.name_label.text() == row.full_name
    assert view.case_id == row.case_id
    assert controller.main_window.windowTitle() == "Avhopp"
    overview = view.overview
    assert overview.name_value.text() == row.full_name
    case = view.case_file.case
    assert overview.reference_value.text() == case.reference
    assert overview.history_model.rowCount() == len(case.history)
    qtmodeltester.check(overview.history_model)
    qtmodeltester.check(view.tab["cases"].cases_model)
    assert not view.banner.isVisible()
    # Back to the list.
    page = controller.main_window.pages["participants"]
    view.back_button.click()
    assert page.stack.currentWidget() is not view


def test_a_person_with_several_cases_gets_a_case_selector(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("chef")
    by_person: dict[str, list[Any]] = {}
    for row in controller.session.participants.values():
        by_person.setdefault(row.person_id, []).append(row)
    person_id, rows = next((p, r) for p, r in by_person.items() if len(r) > 1)
    view = open_view(qtbot, controller, person_id, rows[0].case_id)
    assert view.case_combo.isVisibleTo(view)
    assert view.case_combo.count() == len(rows)
    other = next(r.case_id for r in rows if r.case_id != view.case_id)
    view.case_combo.setCurrentIndex(view.case_combo.findData(other))
    assert view.case_id == other
    assert view.overview.reference_value.text() == view.case_file.case.reference
    cases_tab = view.tab["cases"]
    current = cases_tab.cases_table.selectionModel().currentIndex()
    assert cases_tab.cases_model.row_data(current.row()).id == other


def _open_case(qtbot: QtBot, controller: Any) -> Any:
    """A new participant with a case in the inquiry phase (registered through the core)."""
    registered = run_core(
        qtbot,
        controller,
        lambda v: v.people.register_participant(
            PersonInput(first_name="Test", last_name="Fasbyte"),
            referral_source="police",
            inquiry_on=date.today(),
        ),
    )
    return registered


def test_a_phase_change_and_a_closure_without_reason(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = _open_case(qtbot, controller)
    view = open_view(qtbot, controller, row.person.id, row.case.id)
    cases_tab = view.show_tab("cases")
    before = view.case_file.case
    assert before.phase == phases.INQUIRY
    cases_tab.change_button.click()
    dialog = cases_tab.dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Change phase"
    assert "Fasbyte" not in dialog.windowTitle()
    assert dialog.phase.currentData() == phases.PRE_ASSESSMENT  # the usual next phase

    # Closing without a closure reason: the core's message under the field, nothing saved.
    dialog.phase.setCurrentIndex(dialog.phase.findData(phases.CLOSED))
    assert dialog.closure_reason.isVisibleTo(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("closure_reason")), timeout=10_000)
    assert "closure reason" in dialog.errors.message("closure_reason")
    assert dialog.isVisible()
    case_id = row.case.id
    assert run_core(qtbot, controller, lambda v: v.cases.get_case(case_id)).phase == before.phase

    # A date in the future: the core refuses it under the date field.
    # Skipping the investigation: the phase model refuses it under the phase field.
    dialog.phase.setCurrentIndex(dialog.phase.findData(phases.ACTIVE_SUPPORT))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("phase")), timeout=10_000)
    assert "investigation and decision first" in dialog.errors.message("phase")

    dialog.phase.setCurrentIndex(dialog.phase.findData(phases.PRE_ASSESSMENT))
    target = phases.PRE_ASSESSMENT
    assert not dialog.closure_reason.isVisibleTo(dialog)
    dialog.entered_on.setText("2999-01-01")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("entered_on")), timeout=10_000)
    assert dialog.errors.message("entered_on") == "A phase change cannot be dated in the future."

    # A good change: saved, the view reloads, the overview and the history show it.
    dialog.entered_on.setText(date.today().isoformat())
    dialog.comment.setText("Motiverad efter samtal")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: view.case_file.case.phase == target, timeout=10_000)
    history = view.case_file.case.history
    assert history[-1].phase == target
    assert history[-1].comment == "Motiverad efter samtal"
    label = controller.session.info.code_label("phase", target)
    assert view.overview.phase_value.text().startswith(label)
    assert cases_tab.history_model.rowCount() == len(history)
    stored = run_core(qtbot, controller, lambda v: v.cases.get_case(case_id))
    assert stored.phase == target


def test_closing_and_reopening_a_case(qtbot: QtBot, logged_in: Callable[[str], Any]) -> None:
    controller = logged_in("kalle")
    row = _open_case(qtbot, controller)
    view = open_view(qtbot, controller, row.person.id, row.case.id)
    cases_tab = view.show_tab("cases")
    cases_tab.change_button.click()
    dialog = cases_tab.dialog
    dialog.phase.setCurrentIndex(dialog.phase.findData(phases.CLOSED))
    dialog.closure_reason.setCurrentIndex(1)
    reason = dialog.closure_reason.currentData()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.case_file.case.phase == phases.CLOSED, timeout=10_000)
    assert view.case_file.case.closure_reason == reason
    assert not cases_tab.change_button.isEnabled()
    assert cases_tab.reopen_button.isEnabled()

    cases_tab.reopen_button.click()
    reopen = cases_tab.dialog
    assert reopen.windowTitle() == "Reopen case"
    assert reopen.phase.findData(phases.CLOSED) == -1
    reopen.ok_button.click()
    qtbot.waitUntil(lambda: view.case_file.case.phase == phases.PRE_ASSESSMENT, timeout=10_000)
    assert [h.phase for h in view.case_file.case.history][-2:] == [
        phases.CLOSED,
        phases.PRE_ASSESSMENT,
    ]


def test_a_manager_assigns_a_case_to_a_colleague(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("chef")
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    cases_tab = view.show_tab("cases")
    assert cases_tab.assign_button.isVisibleTo(cases_tab)
    cases_tab.assign_button.click()
    dialog = cases_tab.dialog
    staff = {m.username: m for m in controller.session.info.staff}
    stina = staff["stina"]
    dialog.worker.setCurrentIndex(dialog.worker.findData(stina.id))
    assert dialog.team.text() == "syd"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.case_file.case.responsible_user_id == stina.id, timeout=10_000)
    assert "Stina" in view.overview.case_worker_value.text()


def test_case_workers_do_not_get_the_assign_button(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    assert not view.tab["cases"].assign_button.isVisibleTo(view.tab["cases"])


def _protect(qtbot: QtBot, controller: Any, person_id: str) -> Any:
    """Give a person protected registration (through the core, as the logged-in user)."""

    def protect(vault: Any) -> Any:
        person = vault.people.get_person(person_id)
        data = person_input(person, protection=ProtectionLevel.PROTECTED_REGISTRATION)
        return vault.people.update_person(person_id, data, expected_version=person.version)

    return run_core(qtbot, controller, protect)


def test_a_protected_address_is_hidden_until_revealed_and_the_reveal_is_audited(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    view_model, _dupes = _protect(qtbot, controller, row.person_id)
    assert view_model.address_hidden
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    assert view.banner.isVisible()
    assert "Protected registration" in view.banner_label.text()
    overview = view.overview
    assert overview.address_value.text() == "Protected – hidden"
    assert overview.reveal_button.isVisible()
    street = run_core(
        qtbot, controller, lambda v: v.people.reveal_address(row.person_id, reason="test setup")
    ).address.street
    assert street
    assert street not in overview.address_value.text()

    overview.reveal_button.click()
    dialog = overview.reveal_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Reveal protected address"
    assert row.full_name not in dialog.windowTitle()
    dialog.reason.setText("Bokar hembesök")
    with qtbot.waitSignal(overview.address_revealed, timeout=10_000):
        dialog.ok_button.click()
    assert street in overview.address_value.text()
    assert not overview.reveal_button.isVisible()

    # The reveal is in the audit log, flagged (read through the core as this user) ...
    log = run_core(qtbot, controller, lambda v: v.audit_review.person_access_log(row.person_id))
    reveals = [e for e in log if e.action == "person.reveal-address"]
    assert reveals
    assert reveals[0].outcome == "flagged"
    assert reveals[0].username == "kalle"
    # ... and in the Access log tab.
    access = view.show_tab("access_log")
    qtbot.waitUntil(lambda: access.model.rowCount() > 0, timeout=10_000)
    actions = [access.model.row_data(i).action for i in range(access.model.rowCount())]
    assert "person.reveal-address" in actions
    texts = [access.model.index(i, 2).data() for i in range(access.model.rowCount())]
    assert "Revealed protected address" in texts

    # A manager reads the reason in the log review.
    controller.main_window.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)
    location = controller.settings.value("vault/location")
    with vault_service.unlock(location, username="chef", passphrase=MANAGER_PASSPHRASE) as v:
        entries = v.audit_review.entries(action="person.reveal-address", person_id=row.person_id)
    assert any(e.details.get("reason") == "Bokar hembesök" for e in entries)


def test_the_revealed_address_is_hidden_again_after_the_lock(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    _protect(qtbot, controller, row.person_id)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    overview = view.overview
    overview.reveal_button.click()
    overview.reveal_dialog.reason.setText("Post ska skickas")
    with qtbot.waitSignal(overview.address_revealed, timeout=10_000):
        overview.reveal_dialog.ok_button.click()
    assert overview.address_shown
    view.forget()
    assert not overview.address_shown
    assert overview.address_value.text() == ""
    assert view.name_label.text() == ""


def test_flags_are_shown_next_to_the_name(qtbot: QtBot, logged_in: Callable[[str], Any]) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    run_core(
        qtbot,
        controller,
        lambda v: v.flags.set_flag(row.person_id, kind="threat", reason="Hot från tidigare gäng"),
    )
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    chip = view.flags_box.findChild(object, "flag_threat")
    assert chip is not None
    assert chip.text() == "Threat"
    assert chip.toolTip() == "Hot från tidigare gäng"


def _other_team_case(location: str) -> tuple[str, str]:
    """(person id, case id) of a case of team syd whose person has no case of team norr,
    found through the core as the manager before the GUI logs in."""
    with vault_service.unlock(location, username="chef", passphrase=MANAGER_PASSPHRASE) as v:
        rows = v.people.list_participants()
        staff = {m.id: m for m in v.users.staff()}
        teams: dict[str, set[str | None]] = {}
        for r in rows:
            member = staff.get(r.responsible_user_id or "")
            teams.setdefault(r.person_id, set()).add(member.team if member else None)
        for r in rows:
            if teams[r.person_id] == {"syd"}:
                return r.person_id, r.case_id
    raise AssertionError("no case of team syd alone")


def test_emergency_access_asks_for_a_reason_first(
    qtbot: QtBot, logged_in: Callable[[str], Any], gui_vault: Any
) -> None:
    person_id, case_id = _other_team_case(gui_vault.location)
    controller = logged_in("kalle")
    assert case_id not in controller.session.participants
    controller.session.open_participant(person_id, case_id)
    view = controller.main_window.pages["participants"].participant_view
    qtbot.waitUntil(lambda: view.emergency_dialog is not None, timeout=10_000)
    dialog = view.emergency_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Emergency access"
    assert "flagged" in dialog.intro.text()
    assert view.file is None  # nothing of the case is shown before the access is granted

    # A reason too short to be reviewed: the core's message under the field.
    dialog.reason.setPlainText("brått")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("reason")), timeout=10_000)
    assert "at least 10 characters" in dialog.errors.message("reason")
    assert dialog.isVisible()

    dialog.reason.setPlainText("Deltagaren ringer i kris, ansvarig handläggare är sjuk")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.file is not None, timeout=10_000)
    settle(qtbot, controller)
    assert view.case_id == case_id
    assert view.emergency_label.isVisible()
    assert "emergency access" in view.emergency_label.text()

    log = run_core(qtbot, controller, lambda v: v.audit_review.person_access_log(person_id))
    grants = [e for e in log if e.action == "case.emergency-access"]
    assert len(grants) == 1
    assert grants[0].outcome == "flagged"
    assert grants[0].target_id == case_id
    assert "reason" not in grants[0].details  # a case worker does not see the reasons
    assert any(e.action == "case.read" and e.details.get("emergency_access") for e in log)


def test_emergency_access_refused_goes_back_to_the_list(
    qtbot: QtBot, logged_in: Callable[[str], Any], gui_vault: Any
) -> None:
    person_id, case_id = _other_team_case(gui_vault.location)
    controller = logged_in("kalle")
    page = controller.main_window.pages["participants"]
    controller.session.open_participant(person_id, case_id)
    view = page.participant_view
    qtbot.waitUntil(lambda: view.emergency_dialog is not None, timeout=10_000)
    view.emergency_dialog.cancel_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not view, timeout=10_000)
    assert view.file is None
    # No access was granted: the case still needs emergency access.
    with pytest.raises(EmergencyAccessRequiredError):
        run_core(qtbot, controller, lambda v: v.cases.get_case(case_id))


def test_editing_the_person_validates_and_a_conflict_offers_reload(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    overview = view.overview
    overview.edit_button.click()
    dialog = overview.edit_dialog
    assert dialog.windowTitle() == "Edit person details"
    form = dialog.person_form
    assert form.first_name.text() == view.file.person.first_name

    # A bad phone number: the message under the phone field, the dialog keeps the input.
    form.phone.setText("12")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("phone")), timeout=10_000)
    assert dialog.errors.message("phone") == "This is not a phone number." or "phone" in (
        dialog.errors.message("phone")
    )
    assert form.phone.text() == "12"
    assert dialog.isVisible()

    # Someone else changes the record meanwhile.
    def other_change(vault: Any) -> Any:
        person = vault.people.get_person(row.person_id)
        return vault.people.update_person(
            row.person_id,
            person_input(person, language="arabiska"),
            expected_version=person.version,
        )

    run_core(qtbot, controller, other_change)
    form.phone.setText("070-123 45 67")
    form.language.setText("somaliska")
    dialog.ok_button.click()
    box = wait_box(qtbot, "error_box")
    assert "changed by someone else" in box.text()
    assert dialog.isVisible()
    assert form.language.text() == "somaliska"
    click_button(box, "reload_button")
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: view.file.person.language == "arabiska", timeout=10_000)
    assert "arabiska" in overview.language_value.text()
    assert not message_boxes("error_box")


def test_ctrl_n_in_the_view_starts_a_note_and_does_not_clash_with_the_window(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    main = controller.main_window
    window_keys = {a.shortcut().toString() for a in main.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+L", "Ctrl+F"} <= window_keys
    assert not {"Ctrl+N", "Ctrl+Shift+S", "Ctrl+S"} & window_keys
    row = visible_person_with_case(controller)
    view = open_view(qtbot, controller, row.person_id, row.case_id)
    main.activateWindow()
    view.overview.edit_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.overview.edit_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.journal
    assert view.journal.editing
    assert QApplication.focusWidget() is view.journal.text_edit
    # Ctrl+F still reaches the search field of the list.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = main.pages["participants"]
    assert QApplication.focusWidget() is page.search_edit


def test_every_dialog_of_the_view_names_its_controls_and_holds_no_name_in_its_title(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("chef")

    def prepare(vault: Any) -> Any:
        registered = vault.people.register_participant(
            PersonInput(
                first_name="Dialog",
                last_name="Granskning",
                address=Address(street="Hemliga gatan 1", postal_code="72211", city="Västerås"),
                protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
            ),
            referral_source="police",
            inquiry_on=date.today(),
        )
        vault.journal.write_signed(
            registered.case.id, note_type="phone", event_date=date.today(), text="Samtal."
        )
        return registered

    registered = run_core(qtbot, controller, prepare)
    view = open_view(qtbot, controller, registered.person.id, registered.case.id)
    controller.main_window.resize(1280, 800)
    opened = []
    overview = view.overview
    overview.reveal_button.click()
    opened.append(overview.reveal_dialog)
    overview.edit_button.click()
    opened.append(overview.edit_dialog)
    cases_tab = view.show_tab("cases")
    cases_tab.change_button.click()
    opened.append(cases_tab.dialog)
    cases_tab.assign_button.click()
    opened.append(cases_tab.dialog)
    journal = view.show_tab("journal")
    journal.select_note(journal.model.rows[0].id)
    journal.correct_button.click()
    opened.append(journal.correction_dialog)
    page = controller.main_window.pages["participants"]
    page.new_participant()
    opened.extend(d for d in page.findChildren(RegisterParticipantDialog) if d.isVisible())
    assert len(opened) == 6
    for dialog in opened:
        assert is_open(dialog)
        assert unnamed_controls(dialog) == [], dialog.objectName()
        assert "Granskning" not in dialog.windowTitle()
        dialog.grab().save(f"{_shots()}/{dialog.objectName()}.png")
        dialog.reject()


def _shots() -> str:
    """Where the dialogs are rendered (to look at them): $AVHOPP_SCREENSHOTS or a temp dir."""
    import os
    import tempfile

    folder = os.environ.get("AVHOPP_SCREENSHOTS") or tempfile.mkdtemp(prefix="avhopp-shots-")
    os.makedirs(folder, exist_ok=True)
    return folder


def test_each_tab_renders_with_a_protected_participant(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    """Rendered to PNG ($AVHOPP_SCREENSHOTS) to look at: header, banner, flags, every tab,
    the journal's editor and read pane."""
    controller = logged_in("kalle")

    def prepare(vault: Any) -> Any:
        registered = vault.people.register_participant(
            PersonInput(
                first_name="Amira",
                last_name="Bildsson",
                address=Address(street="Skyddade vägen 3", postal_code="72211", city="Västerås"),
                protection=ProtectionLevel.PROTECTED_REGISTRATION,
                phone="070-123 45 67",
                language="arabiska",
                interpreter=True,
            ),
            referral_source="police",
            inquiry_on=date(2025, 1, 10),
        )
        case_id = registered.case.id
        vault.cases.change_phase(case_id, phases.PRE_ASSESSMENT, entered_on=date(2025, 2, 1))
        for day in range(1, 25):
            vault.journal.write_signed(
                case_id,
                note_type=("conversation", "phone", "home_visit")[day % 3],
                event_date=date(2025, 2, day),
                text=f"Anteckning {day}. Uppföljande samtal om boende och sysselsättning.",
            )
        vault.flags.set_flag(registered.person.id, kind="threat", reason="Hot från gänget")
        return registered

    registered = run_core(qtbot, controller, prepare)
    view = open_view(qtbot, controller, registered.person.id, registered.case.id)
    main = controller.main_window
    main.resize(1280, 800)
    folder = _shots()
    assert view.banner.isVisible()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(qtbot, controller)
        image = main.grab()
        assert not image.isNull()
        image.save(f"{folder}/participant_tab{index}.png")
    journal = view.show_tab("journal")
    journal.select_note(journal.model.rows[0].id)
    main.grab().save(f"{folder}/participant_journal_read.png")
    journal.new_button.click()
    type_text(journal.text_edit, "Ny anteckning som skrivs just nu.")
    main.grab().save(f"{folder}/participant_journal_edit.png")
    journal.close_editor()
    settle(qtbot, controller)


def test_opening_a_participant_with_200_notes_is_quick(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    """DESIGN.md §7: a participant with 200 notes, all tabs' data, ≤ 100 ms p95. The core
    call is measured by the benchmark; here the GUI's own share: delivering the file and
    filling every tab (models, no per-row widgets)."""
    controller = logged_in("kalle")

    def prepare(vault: Any) -> Any:
        registered = vault.people.register_participant(
            PersonInput(first_name="Många", last_name="Anteckningar"),
            referral_source="police",
            inquiry_on=date(2024, 1, 2),
        )
        for number in range(200):
            vault.journal.write_signed(
                registered.case.id,
                note_type=("conversation", "phone", "home_visit", "event")[number % 4],
                event_date=date(2024, 1 + number % 12, 1 + number % 28),
                text=f"Anteckning {number}. " + "Uppföljning av planen och boendet. " * 8,
            )
        return registered

    registered = run_core(qtbot, controller, prepare, timeout=120_000)
    view = open_view(qtbot, controller, registered.person.id, registered.case.id)
    assert len(view.case_file.notes) == 200
    view.show_tab("journal")
    fills, loads = [], []
    for _ in range(20):
        view.file = None
        view.load()
        qtbot.waitUntil(lambda: view.file is not None, timeout=10_000)
        fills.append(view.last_fill_seconds)
        loads.append(view.last_load_seconds)
    fills.sort()
    loads.sort()
    p95_fill, p95_load = fills[18], loads[18]
    print(f"200 notes: fill p95 {p95_fill * 1000:.1f} ms, load p95 {p95_load * 1000:.1f} ms")
    assert view.journal.model.rowCount() == 200
    assert p95_fill < 0.1


def test_a_phase_change_on_a_stale_case_offers_reload(
    qtbot: QtBot, logged_in: Callable[[str], Any], qtmodeltester: Any
) -> None:
    controller = logged_in("kalle")
    row = _open_case(qtbot, controller)
    case_id = row.case.id
    view = open_view(qtbot, controller, row.person.id, case_id)
    cases_tab = view.show_tab("cases")
    cases_tab.change_button.click()
    dialog = cases_tab.dialog
    # Someone else moves the case on while the dialog is open.
    run_core(
        qtbot,
        controller,
        lambda v: v.cases.change_phase(case_id, phases.PRE_ASSESSMENT, entered_on=date.today()),
    )
    dialog.phase.setCurrentIndex(dialog.phase.findData(phases.PRE_ASSESSMENT))
    dialog.ok_button.click()
    box = wait_box(qtbot, "error_box")
    assert box.windowTitle() == "Changed by someone else"
    assert is_open(dialog)
    click_button(box, "reload_button")
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: view.case_file.case.phase == phases.PRE_ASSESSMENT, timeout=10_000)
    assert len(view.case_file.case.history) == 2  # one change, not two
    # The access log lists the change, and "Changes only" leaves out the reads.
    access = view.show_tab("access_log")
    qtbot.waitUntil(lambda: access.model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(access.model)
    access.show_combo.setCurrentIndex(access.show_combo.findData("changes"))
    actions = {access.model.row_data(i).action for i in range(access.model.rowCount())}
    assert "case.change-phase" in actions
    assert "case.read" not in actions
    access.show_combo.setCurrentIndex(access.show_combo.findData("reads"))
    actions = {access.model.row_data(i).action for i in range(access.model.rowCount())}
    assert "case.read" in actions
    assert "case.change-phase" not in actions
