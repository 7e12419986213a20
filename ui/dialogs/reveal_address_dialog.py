"""Reveal a protected address: an explicit act, recorded in the audit log with the reason
(``vault.people.reveal_address``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog, add_field
from ui.dialogs.person_form import protection_label
from ui.i18n import translate
from ui.session import Session


class RevealAddressDialog(FormDialog):
    """``result_value`` is the ``PersonView`` with the address, once accepted."""

    def __init__(
        self,
        session: Session,
        person_id: str,
        *,
        protection: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("RevealAddressDialog", "Reveal protected address"),
            ok_text=translate("RevealAddressDialog", "Reveal address"),
            parent=parent,
        )
        self.setObjectName("reveal_address_dialog")
        self.person_id = person_id
        level = protection_label(protection) if protection else ""
        intro = translate(
            "RevealAddressDialog",
            "This person has protected personal data. The address is hidden so that it is not "
            "seen by accident or passed on.",
        )
        if level:
            intro = translate("RevealAddressDialog", "Protection: {level}.").format(level=level)
            intro += " " + translate(
                "RevealAddressDialog",
                "The address is hidden so that it is not seen by accident or passed on.",
            )
        intro += "\n\n" + translate(
            "RevealAddressDialog",
            "Reveal it only when your task needs it now. The reveal is recorded in the access "
            "log with your name and reason and is followed up in the log review.",
        )
        self.set_intro(intro)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason_edit")
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(
            translate("RevealAddressDialog", "For example: booking a home visit")
        )
        add_field(
            self.errors,
            self.form,
            translate("RevealAddressDialog", "&Reason:"),
            self.reason,
            "reason",
        )
        self.finish_layout()
        self.setMinimumWidth(460)
        self.reason.setFocus()

    def job(self) -> Callable[[Any], Any] | None:
        person_id, reason = self.person_id, self.reason.text()

        def reveal(vault: Any) -> Any:  # worker thread
            return vault.people.reveal_address(person_id, reason=reason)

        return reveal
