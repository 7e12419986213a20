"""Register a consent to exchange information (agencies, scope, written or oral, period), and
withdraw one (it stays in the register, with the date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QWidget

from ui.dialogs.service_form_dialog import DateLineEdit, InputError, ServiceFormDialog, code_items
from ui.i18n import translate
from ui.session import Session

AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsentDialog(ServiceFormDialog):
    def __init__(self, session: Session, *, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("ConsentDialog", "New consent"),
            object_name="consent_dialog",
            parent=parent,
        )
        self.case_id = case_id
        self.agency_list = QListWidget()
        self.agency_list.setObjectName("agency_list")
        for label, code in code_items(session, "agency"):
            item = QListWidgetItem(label)
            item.setData(AGENCY_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.agency_list.addItem(item)
        rows = min(self.agency_list.count(), 10)
        self.agency_list.setFixedHeight(self.agency_list.sizeHintForRow(0) * rows + 6)
        self.add_row(
            translate("ConsentDialog", "&Agencies:"),
            self.agency_list,
            "agencies",
            object_name="agency_list",
        )
        self.agency_list.setAccessibleName(
            translate("ConsentDialog", "Agencies information may be exchanged with")
        )
        self.scope_edit = self.text_edit(lines=2)
        self.add_row(translate("ConsentDialog", "&Scope:"), self.scope_edit, "scope")
        self.written_check = QCheckBox(translate("ConsentDialog", "&Written consent"))
        self.written_check.setChecked(True)
        self.add_row("", self.written_check, "written", object_name="written_check")
        self.written_check.setAccessibleName(translate("ConsentDialog", "Written consent"))
        self.from_edit = DateLineEdit()
        self.from_edit.set_date(date.today())
        self.add_row(translate("ConsentDialog", "Valid &from:"), self.from_edit, "valid_from")
        self.to_edit = DateLineEdit()
        self.add_row(translate("ConsentDialog", "Valid &to:"), self.to_edit, "valid_to")

    def agencies(self) -> list[str]:
        return [
            self.agency_list.item(row).data(AGENCY_ROLE)
            for row in range(self.agency_list.count())
            if self.agency_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def check_agency(self, code: str, checked: bool = True) -> None:
        for row in range(self.agency_list.count()):
            item = self.agency_list.item(row)
            if item.data(AGENCY_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> Callable[[Any], Any]:
        valid_from = self.from_edit.date_value("valid_from")
        if valid_from is None:
            raise InputError(
                "valid_from", translate("ConsentDialog", "Give the date the consent starts.")
            )
        valid_to = self.to_edit.date_value("valid_to")
        agencies = self.agencies()
        scope = self.scope_edit.toPlainText()
        written = self.written_check.isChecked()
        case_id = self.case_id
        return lambda vault: vault.support.add_consent(
            case_id,
            agencies=agencies,
            scope=scope,
            written=written,
            valid_from=valid_from,
            valid_to=valid_to,
        )


class WithdrawConsentDialog(ServiceFormDialog):
    """``consent`` is the ``ConsentView`` being withdrawn; ``summary`` describes it."""

    def __init__(
        self,
        session: Session,
        *,
        consent: Any,
        summary: str,
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("WithdrawConsentDialog", "Withdraw consent"),
            object_name="withdraw_consent_dialog",
            on_reload=on_reload,
            parent=parent,
        )
        self.consent = consent
        self.set_intro(
            translate(
                "WithdrawConsentDialog",
                "The consent stays in the register, marked as withdrawn from this date: %1",
            ).replace("%1", summary)
        )
        self.save_button.setText(translate("WithdrawConsentDialog", "&Withdraw"))
        self.date_edit = DateLineEdit()
        self.date_edit.set_date(date.today())
        self.add_row(
            translate("WithdrawConsentDialog", "Withdrawn &on:"), self.date_edit, "withdrawn_on"
        )

    def collect(self) -> Callable[[Any], Any]:
        withdrawn_on = self.date_edit.date_value("withdrawn_on")
        if withdrawn_on is None:
            raise InputError(
                "withdrawn_on", translate("WithdrawConsentDialog", "Give the date of withdrawal.")
            )
        consent_id, version = self.consent.id, self.consent.version
        return lambda vault: vault.support.withdraw_consent(
            consent_id, withdrawn_on=withdrawn_on, expected_version=version
        )
