"""Add or change a support step (insats): category, step, status, dates, provider, cost and
the Police's special exit funds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from avhopp.domain.support import StepInput, StepStatus
from ui.dialogs.service_form_dialog import (
    AmountLineEdit,
    DateLineEdit,
    ServiceFormDialog,
    code_items,
    fill_combo,
)
from ui.i18n import translate
from ui.models.choice_labels import step_status_label
from ui.session import Session

#: The Police's decision on exit funds: not decided yet, granted, refused.
_UNDECIDED = "undecided"
_GRANTED = "granted"
_REFUSED = "refused"


class SupportStepDialog(ServiceFormDialog):
    """``step`` is the ``StepView`` to change, or ``None`` for a new step on ``case_id``."""

    def __init__(
        self,
        session: Session,
        *,
        case_id: str,
        step: Any = None,
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("SupportStepDialog", "New support step")
            if step is None
            else translate("SupportStepDialog", "Change support step")
        )
        super().__init__(
            session,
            title=title,
            object_name="support_step_dialog",
            on_reload=on_reload,
            parent=parent,
        )
        self.case_id = case_id
        self.step = step
        self.add_general_error("phase")

        self.category_combo = QComboBox()
        self.add_row(
            translate("SupportStepDialog", "&Category:"),
            self.category_combo,
            "category",
            object_name="category_combo",
        )
        self.item_combo = QComboBox()
        self.add_row(
            translate("SupportStepDialog", "Support &step:"),
            self.item_combo,
            "item",
            object_name="item_combo",
        )
        self.status_combo = QComboBox()
        for status in StepStatus:
            self.status_combo.addItem(step_status_label(status), status.value)
        self.add_row(
            translate("SupportStepDialog", "S&tatus:"),
            self.status_combo,
            "status",
            object_name="status_combo",
        )
        self.decided_edit = DateLineEdit()
        self.add_row(
            translate("SupportStepDialog", "&Decided on:"), self.decided_edit, "decided_on"
        )
        self.starts_edit = DateLineEdit()
        self.add_row(translate("SupportStepDialog", "St&arts on:"), self.starts_edit, "starts_on")
        self.ends_edit = DateLineEdit()
        self.add_row(translate("SupportStepDialog", "&Ends on:"), self.ends_edit, "ends_on")
        self.provider_edit = QLineEdit()
        self.add_row(translate("SupportStepDialog", "&Provider:"), self.provider_edit, "provider")
        self.external_check = QCheckBox(
            translate("SupportStepDialog", "E&xternal provider (not the municipality)")
        )
        self.add_row("", self.external_check, "external", object_name="external_check")
        self.external_check.setAccessibleName(translate("SupportStepDialog", "External provider"))
        self.legal_basis_edit = self.text_edit(lines=2)
        self.add_row(
            translate("SupportStepDialog", "&Legal basis:"), self.legal_basis_edit, "legal_basis"
        )
        self.cost_edit = AmountLineEdit()
        self.add_row(translate("SupportStepDialog", "C&ost (SEK):"), self.cost_edit, "cost_sek")

        self.funds_applied_check = QCheckBox(translate("SupportStepDialog", "Applied &for"))
        self.add_row(
            translate("SupportStepDialog", "Police exit funds:"),
            self.funds_applied_check,
            "police_funds_applied",
            object_name="funds_applied_check",
        )
        self.funds_applied_check.setAccessibleName(
            translate("SupportStepDialog", "Police exit funds applied for")
        )
        self.funds_decision_combo = QComboBox()
        self.funds_decision_combo.addItem(
            translate("SupportStepDialog", "Not decided yet"), _UNDECIDED
        )
        self.funds_decision_combo.addItem(translate("SupportStepDialog", "Granted"), _GRANTED)
        self.funds_decision_combo.addItem(translate("SupportStepDialog", "Refused"), _REFUSED)
        self.add_row(
            translate("SupportStepDialog", "Police &decision:"),
            self.funds_decision_combo,
            "police_funds_granted",
            object_name="funds_decision_combo",
        )
        self.funds_amount_edit = AmountLineEdit()
        self.add_row(
            translate("SupportStepDialog", "&Amount granted (SEK):"),
            self.funds_amount_edit,
            "police_funds_sek",
            object_name="funds_amount_edit",
        )

        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.funds_applied_check.toggled.connect(self._funds_changed)
        self.funds_decision_combo.currentIndexChanged.connect(self._funds_changed)
        self._fill(step)

    # ------------------------------------------------------------------ values

    def _fill(self, step: Any) -> None:
        category = step.category if step is not None else None
        fill_combo(
            self.category_combo,
            code_items(self.session, "step_category", keep=category),
            current=category,
        )
        self._category_changed()
        if step is None:
            return
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(step.item)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(step.status))))
        self.decided_edit.set_date(step.decided_on)
        self.starts_edit.set_date(step.starts_on)
        self.ends_edit.set_date(step.ends_on)
        self.provider_edit.setText(step.provider)
        self.external_check.setChecked(step.external)
        self.legal_basis_edit.setPlainText(step.legal_basis)
        self.cost_edit.set_amount(step.cost_sek)
        self.funds_applied_check.setChecked(step.police_funds_applied)
        decision = {None: _UNDECIDED, True: _GRANTED, False: _REFUSED}[step.police_funds_granted]
        self.funds_decision_combo.setCurrentIndex(self.funds_decision_combo.findData(decision))
        self.funds_amount_edit.set_amount(step.police_funds_sek)
        self._funds_changed()

    def _category_changed(self) -> None:
        category = self.category_combo.currentData()
        keep = self.step.item if self.step is not None else None
        current = self.item_combo.currentData()
        fill_combo(
            self.item_combo,
            code_items(self.session, "step_item", keep=keep, parent=category),
            current=current,
        )

    def _funds_changed(self) -> None:
        """The decision and the amount only mean something once funds were applied for (the
        core checks this too; greying them out just says so early)."""
        applied = self.funds_applied_check.isChecked()
        self.funds_decision_combo.setEnabled(applied)
        granted = applied and self.funds_decision_combo.currentData() == _GRANTED
        self.funds_amount_edit.setEnabled(granted)

    def step_input(self) -> StepInput:
        """The form as a ``StepInput``.

        Raises:
            InputError: a date or an amount that is not one.
        """
        applied = self.funds_applied_check.isChecked()
        decision = self.funds_decision_combo.currentData()
        granted = {_UNDECIDED: None, _GRANTED: True, _REFUSED: False}[decision] if applied else None
        amount = self.funds_amount_edit.amount_value("police_funds_sek") if granted else None
        return StepInput(
            category=self.category_combo.currentData() or "",
            item=self.item_combo.currentData() or "",
            status=self.status_combo.currentData(),
            decided_on=self.decided_edit.date_value("decided_on"),
            starts_on=self.starts_edit.date_value("starts_on"),
            ends_on=self.ends_edit.date_value("ends_on"),
            external=self.external_check.isChecked(),
            provider=self.provider_edit.text(),
            legal_basis=self.legal_basis_edit.toPlainText(),
            cost_sek=self.cost_edit.amount_value("cost_sek"),
            police_funds_applied=applied,
            police_funds_granted=granted,
            police_funds_sek=amount,
        )

    def collect(self) -> Callable[[Any], Any]:
        data = self.step_input()
        case_id = self.case_id
        if self.step is None:
            return lambda vault: vault.support.add_step(case_id, data)
        step_id, version = self.step.id, self.step.version
        return lambda vault: vault.support.update_step(step_id, data, expected_version=version)
