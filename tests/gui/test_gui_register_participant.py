"""New participant, through the dialog: a bad identity number is shown under its field and
nothing is saved; a good registration opens the participant; a duplicate is reported."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from participant_helpers import is_open, run_core, type_text, wait_box
from pytestqt.qtbot import QtBot

from avhopp.domain.identity import luhn_check_digit
from ui.dialogs.register_participant_dialog import RegisterParticipantDialog

pytestmark = pytest.mark.gui


def personnummer(yymmdd: str = "900101", serial: str = "238") -> str:
    """A generated (not real) personnummer with a correct check digit, as YYYYMMDD-NNNN."""
    check = luhn_check_digit(yymmdd + serial)
    century = "19" if int(yymmdd[:2]) > 30 else "20"
    return f"{century}{yymmdd}-{serial}{check}"


def _dialog(qtbot: QtBot, controller: Any) -> RegisterParticipantDialog:
    page = controller.main_window.pages["participants"]
    page.new_button.click()
    dialogs = [d for d in page.findChildren(RegisterParticipantDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _fill(dialog: RegisterParticipantDialog, *, number: str, last: str = "Testsson") -> None:
    form = dialog.person_form
    type_text(form.first_name, "Örjan")
    type_text(form.last_name, last)
    form.identity_kind.setCurrentIndex(form.identity_kind.findData("personnummer"))
    form.identity_number.setText(number)
    dialog.referral_source.setCurrentIndex(dialog.referral_source.findData("police"))


def _counts(qtbot: QtBot, controller: Any) -> tuple[int, int]:
    def count(vault: Any) -> tuple[int, int]:
        rows = vault.people.list_participants()
        return len(rows), len({r.person_id for r in rows})

    return run_core(qtbot, controller, count)


def test_a_bad_identity_number_is_shown_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    before = _counts(qtbot, controller)
    dialog = _dialog(qtbot, controller)
    assert dialog.windowTitle() == "New participant"
    good = personnummer()
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    _fill(dialog, number=bad)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("identity_number")), timeout=10_000)
    assert dialog.errors.message("identity_number") == (
        "The identity number has a wrong check digit."
    )
    label = dialog.findChild(object, "identity_number_error")
    assert label.isVisible()
    assert dialog.isVisible()
    assert dialog.person_form.identity_number.text() == bad  # what was typed stays
    assert dialog.person_form.first_name.text() == "Örjan"
    assert _counts(qtbot, controller) == before

    # Too few digits: another message, same place.
    dialog.person_form.identity_number.setText("1234")
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: "10 or 12 digits" in dialog.errors.message("identity_number"), timeout=10_000
    )
    assert _counts(qtbot, controller) == before


def test_form_errors_stay_next_to_their_fields(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    dialog = _dialog(qtbot, controller)
    dialog.ok_button.click()  # nothing filled in
    assert dialog.errors.message("referral_source") == "Choose the referral source."
    dialog.referral_source.setCurrentIndex(dialog.referral_source.findData("police"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("first_name")), timeout=10_000)
    assert dialog.errors.message("first_name") == "This field is required."
    assert not dialog.errors.message("referral_source")
    _fill(dialog, number=personnummer())
    dialog.person_form.birth_date.setText("1 jan 1990")
    dialog.ok_button.click()
    assert dialog.errors.message("birth_date") == "Write the date as YYYY-MM-DD."
    dialog.person_form.birth_date.setText("1991-01-01")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("birth_date")), timeout=10_000)
    assert dialog.errors.message("birth_date") == (
        "The birth date does not match the identity number."
    )
    dialog.person_form.birth_date.clear()
    dialog.person_form.email.setText("inte en adress")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("email")), timeout=10_000)
    assert dialog.errors.message("email") == "This is not a valid e-mail address."
    dialog.inquiry_on.setText("2999-01-01")
    dialog.person_form.email.clear()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("inquiry_on")), timeout=10_000)
    assert dialog.errors.message("inquiry_on") == "The inquiry date cannot be in the future."
    assert dialog.isVisible()


def test_registering_opens_the_new_participant(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    page = controller.main_window.pages["participants"]
    before = _counts(qtbot, controller)
    dialog = _dialog(qtbot, controller)
    number = personnummer("020304", "456")
    _fill(dialog, number=number, last="Nyregistrerad")
    dialog.person_form.protection.setCurrentIndex(
        dialog.person_form.protection.findData("skyddad_folkbokforing")
    )
    type_text(dialog.person_form.street, "Hemliga gatan 1")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as registered:
        dialog.ok_button.click()
    person_id, case_id = registered.args
    assert not is_open(dialog)
    view = page.participant_view
    qtbot.waitUntil(lambda: view is not None and view.file is not None, timeout=10_000)
    assert view.person_id == person_id
    assert view.case_id == case_id
    assert view.name_label.text() == "Örjan Nyregistrerad"
    assert view.identity_label.text() == number
    assert view.banner.isVisible()  # protected registration
    assert view.overview.address_value.text() == "Protected – hidden"
    assert view.case_file.case.phase == "inquiry"
    assert view.case_file.case.referral_source == "police"
    assert view.case_file.case.responsible_user_id == controller.session.actor.user_id
    qtbot.waitUntil(lambda: case_id in controller.session.participants, timeout=10_000)
    assert _counts(qtbot, controller) == (before[0] + 1, before[1] + 1)


def test_a_duplicate_identity_number_is_reported(
    qtbot: QtBot, logged_in: Callable[[str], Any]
) -> None:
    controller = logged_in("kalle")
    page = controller.main_window.pages["participants"]
    number = personnummer("880808", "123")
    first = _dialog(qtbot, controller)
    _fill(first, number=number, last="Först")
    with qtbot.waitSignal(first.registered, timeout=10_000) as one:
        first.ok_button.click()
    first_person = one.args[0]
    qtbot.waitUntil(lambda: page.participant_view.file is not None, timeout=10_000)
    page.show_list()

    second = _dialog(qtbot, controller)
    _fill(second, number=number, last="Sedan")
    with qtbot.waitSignal(second.registered, timeout=10_000):
        second.ok_button.click()
    box = wait_box(qtbot, "duplicates_box")
    assert "same identity number" in box.text()
    button = box.findChild(object, "open_duplicate_button")
    assert button is not None
    button.click()
    qtbot.waitUntil(
        lambda: (
            page.participant_view.person_id == first_person
            and page.participant_view.file is not None
        ),
        timeout=10_000,
    )
    assert page.participant_view.name_label.text() == "Örjan Först"
