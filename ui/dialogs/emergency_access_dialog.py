"""Emergency access (nödåtkomst): open a case outside one's own team, with a reason. The core
checks the reason, records the grant for a few hours and flags it for the log review
(``vault.cases.request_emergency_access``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from avhopp.services.case_guard import EMERGENCY_ACCESS_HOURS
from ui.dialogs.form_dialog import FormDialog, add_field
from ui.i18n import translate
from ui.session import Session


class EmergencyAccessDialog(FormDialog):
    """``result_value`` is the ``CaseView`` opened through emergency access."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("EmergencyAccessDialog", "Emergency access"),
            ok_text=translate("EmergencyAccessDialog", "Open with emergency access"),
            parent=parent,
        )
        self.setObjectName("emergency_access_dialog")
        self.case_id = case_id
        self.set_intro(
            translate(
                "EmergencyAccessDialog",
                "This case belongs to another case worker or team, so you cannot open it as usual.",
            )
            + "\n\n"
            + translate(
                "EmergencyAccessDialog",
                "In an emergency – for example when the participant or the police contacts you "
                "and the responsible team cannot be reached – you can open it anyway. State "
                "why. The access lasts %n hour(s), is recorded with your reason and is flagged "
                "for the unit manager's log review.",
                None,
                EMERGENCY_ACCESS_HOURS,
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason_edit")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        add_field(
            self.errors,
            self.form,
            translate("EmergencyAccessDialog", "&Reason:"),
            self.reason,
            "reason",
        )
        self.finish_layout()
        self.setMinimumWidth(500)
        self.reason.setFocus()

    def job(self) -> Callable[[Any], Any] | None:
        case_id, reason = self.case_id, self.reason.toPlainText()

        def request(vault: Any) -> Any:  # worker thread
            return vault.cases.request_emergency_access(case_id, reason=reason)

        return request
