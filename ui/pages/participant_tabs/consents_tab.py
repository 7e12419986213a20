"""Samtycken och villkor: the consent register (add, withdraw), the date the agreement and
its conditions were signed, and the breaches of those conditions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import ConflictError
from ui import error_presenter
from ui.dialogs.breach_dialog import BreachDialog
from ui.dialogs.consent_dialog import ConsentDialog, WithdrawConsentDialog
from ui.dialogs.service_form_dialog import (
    DateLineEdit,
    InputError,
    ServiceFormDialog,
    guarded,
    set_buddy,
)
from ui.formats import fmt_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.breach_table_model import BreachTableModel
from ui.models.breach_table_model import Column as BreachColumn
from ui.models.consent_table_model import Column as ConsentColumn
from ui.models.consent_table_model import ConsentTableModel
from ui.models.read_model_table import WARNING_COLOR
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.record_table import (
    RecordTableView,
    button,
    close_dialog,
    heading,
    notify,
    open_dialog,
    toolbar,
)
from ui.session import Session


class ConsentsTab(ParticipantTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("consentsTab")
        self.dialog: ServiceFormDialog | None = None
        self.saving_agreement = False
        self.conflict_box: Any = None
        self.consent_model = ConsentTableModel(session.info, self)
        self.breach_model = BreachTableModel(self)

        # Consents.
        self.consent_summary = QLabel()
        self.consent_summary.setObjectName("consents_summary")
        self.add_consent_button = button(
            translate("ConsentsTab", "&New consent…"), object_name="add_consent_button"
        )
        self.withdraw_button = button(
            translate("ConsentsTab", "&Withdraw…"),
            object_name="withdraw_consent_button",
            accessible_name=translate("ConsentsTab", "Withdraw the selected consent"),
        )
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.consent_table = RecordTableView(
            self.consent_model,
            object_name="consents_table",
            accessible_name=translate("ConsentsTab", "Consents"),
            stretch_column=ConsentColumn.SCOPE,
        )
        self.consent_table.selectionModel().selectionChanged.connect(self._update_buttons)

        # The agreement: one date, saved in place.
        agreement = QFrame()
        agreement.setObjectName("agreement_box")
        agreement.setFrameShape(QFrame.Shape.StyledPanel)
        self.agreement_errors = FieldErrors(self)
        self.agreement_status = QLabel()
        self.agreement_status.setObjectName("agreement_status")
        self.agreement_status.setWordWrap(True)
        self.signed_edit = DateLineEdit()
        self.signed_edit.setObjectName("signed_on_edit")
        self.signed_edit.returnPressed.connect(self.save_agreement)
        self.save_agreement_button = button(
            translate("ConsentsTab", "&Save date"),
            object_name="save_agreement_button",
            accessible_name=translate("ConsentsTab", "Save the date the agreement was signed"),
        )
        self.save_agreement_button.clicked.connect(self.save_agreement)
        date_row = QWidget()
        line = QHBoxLayout(date_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.signed_edit)
        line.addWidget(self.save_agreement_button)
        line.addStretch(1)
        date_row.setFocusProxy(self.signed_edit)
        form = QFormLayout()
        self.agreement_errors.add_row(
            form,
            translate("ConsentsTab", "Si&gned on:"),
            date_row,
            "signed_on",
            accessible_name=translate("ConsentsTab", "Date the agreement was signed"),
        )
        set_buddy(form, date_row)
        self.signed_edit.setAccessibleName(
            translate("ConsentsTab", "Date the agreement was signed")
        )
        hint = QLabel(
            translate(
                "ConsentsTab",
                "Empty the date and save to clear a date entered by mistake.",
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        box = QVBoxLayout(agreement)
        box.addWidget(self.agreement_status)
        box.addLayout(form)
        box.addWidget(hint)
        box.addStretch(1)

        # Breaches.
        self.add_breach_button = button(
            translate("ConsentsTab", "New &breach…"), object_name="add_breach_button"
        )
        self.add_breach_button.clicked.connect(self.add_breach)
        self.breach_table = RecordTableView(
            self.breach_model,
            object_name="breaches_table",
            accessible_name=translate("ConsentsTab", "Breaches of conditions"),
            stretch_column=BreachColumn.DESCRIPTION,
        )
        breaches = QVBoxLayout()
        breaches.addLayout(
            toolbar(
                heading(
                    translate("ConsentsTab", "Breaches of conditions"),
                    object_name="breaches_heading",
                ),
                self.add_breach_button,
                stretch_at=1,
            )
        )
        breaches.addWidget(self.breach_table, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(
            toolbar(
                heading(translate("ConsentsTab", "Consents"), object_name="consents_heading"),
                self.consent_summary,
                self.add_consent_button,
                self.withdraw_button,
                stretch_at=2,
            )
        )
        layout.addWidget(self.consent_table, 2)
        agreement_column = QVBoxLayout()
        agreement_column.addLayout(
            toolbar(
                heading(
                    translate("ConsentsTab", "Agreement and conditions"),
                    object_name="agreement_heading",
                )
            )
        )
        agreement_column.addWidget(agreement, 1)
        lower = QHBoxLayout()
        lower.addLayout(agreement_column, 2)
        lower.addLayout(breaches, 3)
        layout.addLayout(lower, 2)

        for first, second in (
            (self.add_consent_button, self.withdraw_button),
            (self.withdraw_button, self.consent_table),
            (self.consent_table, self.signed_edit),
            (self.signed_edit, self.save_agreement_button),
            (self.save_agreement_button, self.add_breach_button),
            (self.add_breach_button, self.breach_table),
        ):
            self.setTabOrder(first, second)
        self._update_buttons()

    # ------------------------------------------------------------------ contract

    def show_file(self, file: Any, case_file: Any) -> None:
        selected = self.consent_table.current_record()
        super().show_file(file, case_file)
        today = date.today()
        self.consent_model.today = today
        self.agreement_errors.clear()
        if case_file is None:
            self._show_nothing()
            return
        self.consent_model.set_rows(case_file.consents)
        self.consent_table.fit_columns(max_width=260)
        self.consent_table.select_record(selected.id if selected is not None else None)
        self.breach_model.set_rows(case_file.agreement.breaches)
        self.breach_table.fit_columns()
        self._show_agreement(case_file.agreement)
        valid = sum(1 for c in case_file.consents if c.valid_on(today))
        self.consent_summary.setStyleSheet("" if valid else f"color: {WARNING_COLOR};")
        if not case_file.consents:
            self.consent_summary.setText(translate("ConsentsTab", "No consent registered."))
        elif valid:
            self.consent_summary.setText(translate("ConsentsTab", "%n valid today", None, valid))
        else:
            self.consent_summary.setText(translate("ConsentsTab", "No consent is valid today."))
        self._update_buttons()

    def _show_agreement(self, agreement: Any) -> None:
        self.signed_edit.set_date(agreement.signed_on)
        if agreement.signed_on is None:
            self.agreement_status.setText(
                translate("ConsentsTab", "The agreement has not been signed.")
            )
        else:
            breaches = len(agreement.breaches)
            self.agreement_status.setText(
                translate("ConsentsTab", "Signed %1.").replace("%1", fmt_date(agreement.signed_on))
                + " "
                + translate("ConsentsTab", "%n breach(es) logged.", None, breaches)
            )

    def _show_nothing(self) -> None:
        self.consent_model.clear()
        self.breach_model.clear()
        self.signed_edit.clear()
        self.agreement_status.clear()
        self.consent_summary.clear()
        self._update_buttons()

    def forget(self) -> None:
        close_dialog(self)
        super().forget()
        self._show_nothing()

    # ------------------------------------------------------------------ actions

    def _update_buttons(self, *_args: Any) -> None:
        has_case = self.case_file is not None
        for widget in (
            self.add_consent_button,
            self.add_breach_button,
            self.signed_edit,
            self.save_agreement_button,
        ):
            widget.setEnabled(has_case)
        consent = self.consent_table.current_record()
        self.withdraw_button.setEnabled(
            has_case and consent is not None and consent.withdrawn_on is None
        )

    def add_consent(self) -> None:
        if self.case_id is not None:
            open_dialog(
                self, ConsentDialog(self.session, case_id=self.case_id, parent=self), "consents"
            )

    def withdraw_selected(self) -> None:
        consent = self.consent_table.current_record()
        if consent is None or self.case_id is None:
            return
        summary = self.consent_model.agencies(consent)
        open_dialog(
            self,
            WithdrawConsentDialog(
                self.session,
                consent=consent,
                summary=summary,
                on_reload=lambda: notify(self, "consents"),
                parent=self,
            ),
            "consents",
        )

    def add_breach(self) -> None:
        if self.case_id is not None:
            open_dialog(
                self, BreachDialog(self.session, case_id=self.case_id, parent=self), "consents"
            )

    def save_agreement(self) -> None:
        if self.case_file is None or self.saving_agreement:
            return
        self.agreement_errors.clear()
        try:
            signed_on = self.signed_edit.date_value("signed_on")
        except InputError as error:
            self.agreement_errors.show_field(error.field, error.message)
            return
        agreement = self.case_file.agreement
        if signed_on == agreement.signed_on:
            return
        case_id, version = self.case_id, agreement.case_version
        self.saving_agreement = True
        self.save_agreement_button.setEnabled(False)
        self.session.call(
            lambda vault: vault.support.set_agreement_signed(
                case_id, signed_on, expected_version=version
            ),
            on_done=guarded(self, self._agreement_saved),
            on_error=guarded(self, self._agreement_failed),
            parent=self,
        )

    def _agreement_saved(self, _view: Any) -> None:
        self.saving_agreement = False
        self.save_agreement_button.setEnabled(True)
        # The date lives on the case: the overview and the case tab show it too.
        notify(self, "consents", "cases")

    def _agreement_failed(self, error: BaseException) -> None:
        self.saving_agreement = False
        self.save_agreement_button.setEnabled(self.case_file is not None)
        if isinstance(error, ConflictError):
            self.conflict_box = error_presenter.present(
                self, error, on_reload=lambda: notify(self, "consents", "cases")
            )
            return
        self.agreement_errors.show(error)
