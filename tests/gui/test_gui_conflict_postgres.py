"""Two desktop clients, two users, one PostgreSQL vault: both open the same participant and
edit the person; the second save is refused with "changed by someone else", offers "Reload",
and reloading shows the first user's change. Nothing is overwritten silently."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from participant_helpers import click_button, is_open, open_view, type_text, wait_box
from pytestqt.qtbot import QtBot

from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.services import vault as vault_service
from ui.login_window import LoginWindow
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.postgres]

MANAGER = "chef"
MANAGER_PASSPHRASE = "gullregn-tallkotte-vinbär-ekorre-31"


def _login(
    qtbot: QtBot, controller_factory: Callable[..., Any], location: str, user: str, passphrase: str
) -> Any:
    controller = controller_factory(location)
    window = controller.start()
    assert isinstance(window, LoginWindow)
    qtbot.addWidget(window)
    window.username_edit.setText(user)
    type_text(window.passphrase_edit, passphrase)
    window.login_button.click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)
    page = controller.main_window.pages["participants"]
    qtbot.waitUntil(lambda: page.loaded, timeout=30_000)
    return controller


@pytest.mark.parametrize("engine_kind", ["postgres"], indirect=True)
def test_a_conflict_between_two_clients_offers_reload(
    qtbot: QtBot, vault: Any, controller_factory: Callable[..., Any]
) -> None:
    assert vault.kind == "postgres"
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        v.users.add_user(
            MANAGER,
            display_name="Maria Chef",
            roles=frozenset({Role.MANAGER}),
            passphrase=MANAGER_PASSPHRASE,
        )
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        registered = v.people.register_participant(
            PersonInput(first_name="Delad", last_name="Deltagare", language="svenska"),
            referral_source="police",
            inquiry_on=date.today(),
        )
    person_id, case_id = registered.person.id, registered.case.id

    first = _login(qtbot, controller_factory, vault.location, vault.worker, vault.worker_passphrase)
    second = _login(qtbot, controller_factory, vault.location, MANAGER, MANAGER_PASSPHRASE)
    view_1 = open_view(qtbot, first, person_id, case_id)
    view_2 = open_view(qtbot, second, person_id, case_id)
    assert view_1.file.person.version == view_2.file.person.version

    # Both open "Edit person details" on the same version of the record.
    view_1.overview.edit_button.click()
    view_2.overview.edit_button.click()
    dialog_1 = view_1.overview.edit_dialog
    dialog_2 = view_2.overview.edit_dialog

    # The first user saves: accepted.
    dialog_1.person_form.language.setText("arabiska")
    dialog_1.ok_button.click()
    qtbot.waitUntil(lambda: not is_open(dialog_1), timeout=15_000)
    qtbot.waitUntil(lambda: view_1.file.person.language == "arabiska", timeout=15_000)

    # The second user saves a different change based on the old version: refused.
    dialog_2.person_form.phone.setText("070-123 45 67")
    dialog_2.ok_button.click()
    box = wait_box(qtbot, "error_box")
    assert box.windowTitle() == "Changed by someone else", box.text()
    assert "kalle" in box.text()
    assert dialog_2.isVisible()
    assert dialog_2.person_form.phone.text() == "070-123 45 67"  # what was typed stays
    # Nothing was overwritten: the stored record still has the first change and no phone.
    assert view_2.file.person.language == "svenska"  # not reloaded yet
    click_button(box, "reload_button")
    qtbot.waitUntil(lambda: not is_open(dialog_2), timeout=15_000)
    qtbot.waitUntil(lambda: view_2.file.person.language == "arabiska", timeout=15_000)
    assert "arabiska" in view_2.overview.language_value.text()
    assert view_2.file.person.phone == ""
    assert view_2.file.person.version == view_1.file.person.version

    # Editing again from the reloaded record works.
    view_2.overview.edit_button.click()
    dialog_3 = view_2.overview.edit_dialog
    dialog_3.person_form.phone.setText("070-123 45 67")
    dialog_3.ok_button.click()
    qtbot.waitUntil(lambda: not is_open(dialog_3), timeout=15_000)
    qtbot.waitUntil(lambda: view_2.file.person.phone == "+46701234567", timeout=15_000)
    assert view_2.file.person.language == "arabiska"
