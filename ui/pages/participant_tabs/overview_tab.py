"""Översikt: the person record, the selected case's current phase and its phase history.

A protected address stays hidden ("Protected – hidden") until the user reveals it with a
reason; the reveal is a core call that writes an audit entry. The revealed address is shown
until the record changes, the view closes or Avhopp locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.form_dialog import close_dialog, guarded
from ui.dialogs.person_form import (
    gender_label,
    identity_display,
    identity_kind_label,
    protection_label,
)
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.case_models import PhaseColumn, PhaseHistoryModel
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.tables import compact_table
from ui.session import Session


def value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OverviewTab(ParticipantTab):
    #: The user chose "Reload" after a conflict: the view reloads the file.
    reload_requested = Signal()
    #: The address was revealed (after the audit entry was committed).
    address_revealed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("overview_tab")
        self._revealed: Any = None
        self.edit_dialog: Any = None
        self.reveal_dialog: Any = None

        person_box = QGroupBox(translate("OverviewTab", "Person"))
        person_box.setObjectName("person_box")
        person_form = QFormLayout(person_box)
        person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_value = value_label("name_value")
        self.identity_value = value_label("identity_value")
        self.birth_value = value_label("birth_value")
        self.gender_value = value_label("gender_value")
        self.language_value = value_label("language_value")
        self.phone_value = value_label("phone_value")
        self.email_value = value_label("email_value")
        self.address_value = value_label("address_value")
        self.protection_value = value_label("protection_value")
        self.guardians_value = value_label("guardians_value")
        self.reveal_button = QPushButton(translate("OverviewTab", "Reveal address…"))
        self.reveal_button.setObjectName("reveal_address_button")
        self.reveal_button.setAccessibleName(translate("OverviewTab", "Reveal protected address"))
        self.reveal_button.clicked.connect(self.reveal_address)
        address_row = QWidget()
        address_layout = QHBoxLayout(address_row)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.addWidget(self.address_value, 1)
        address_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        rows = (
            (translate("OverviewTab", "Name:"), self.name_value),
            (translate("OverviewTab", "Identity number:"), self.identity_value),
            (translate("OverviewTab", "Birth date:"), self.birth_value),
            (translate("OverviewTab", "Legal gender:"), self.gender_value),
            (translate("OverviewTab", "Language:"), self.language_value),
            (translate("OverviewTab", "Phone:"), self.phone_value),
            (translate("OverviewTab", "E-mail:"), self.email_value),
            (translate("OverviewTab", "Address:"), address_row),
            (translate("OverviewTab", "Protected data:"), self.protection_value),
            (translate("OverviewTab", "Guardians:"), self.guardians_value),
        )
        for text, widget in rows:
            person_form.addRow(text, widget)
            if isinstance(widget, QLabel):
                widget.setAccessibleName(text.rstrip(":"))
        self.address_value.setAccessibleName(translate("OverviewTab", "Address"))
        self.edit_button = QPushButton(translate("OverviewTab", "Edit details…"))
        self.edit_button.setObjectName("edit_person_button")
        self.edit_button.setAccessibleName(translate("OverviewTab", "Edit person details"))
        self.edit_button.clicked.connect(self.edit_person)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        person_form.addRow("", edit_row)

        case_box = QGroupBox(translate("OverviewTab", "Case"))
        case_box.setObjectName("case_box")
        case_form = QFormLayout(case_box)
        case_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reference_value = value_label("reference_value")
        self.phase_value = value_label("phase_value")
        font = self.phase_value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.phase_value.setFont(font)
        self.referral_value = value_label("referral_value")
        self.inquiry_value = value_label("inquiry_value")
        self.decision_value = value_label("decision_value")
        self.agreement_value = value_label("agreement_value")
        self.case_worker_value = value_label("case_worker_value")
        self.summary_value = value_label("summary_value")
        for text, widget in (
            (translate("OverviewTab", "Case reference:"), self.reference_value),
            (translate("OverviewTab", "Current phase:"), self.phase_value),
            (translate("OverviewTab", "Referral source:"), self.referral_value),
            (translate("OverviewTab", "Inquiry:"), self.inquiry_value),
            (translate("OverviewTab", "Decision:"), self.decision_value),
            (translate("OverviewTab", "Agreement signed:"), self.agreement_value),
            (translate("OverviewTab", "Case worker:"), self.case_worker_value),
            (translate("OverviewTab", "Summary:"), self.summary_value),
        ):
            case_form.addRow(text, widget)
            widget.setAccessibleName(text.rstrip(":"))

        self.history_model = PhaseHistoryModel(session.info.code_label, self)
        self.history_table = compact_table(
            "phase_history_table", translate("OverviewTab", "Phase history")
        )
        self.history_table.setModel(self.history_model)
        header = self.history_table.horizontalHeader()
        for column, width in (
            (PhaseColumn.DATE, 100),
            (PhaseColumn.PHASE, 290),
            (PhaseColumn.CLOSURE_REASON, 200),
            (PhaseColumn.COMMENT, 240),
        ):
            header.resizeSection(column, width)
        history_box = QGroupBox(translate("OverviewTab", "Phase history"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_table)

        top = QHBoxLayout()
        top.addWidget(person_box, 1)
        top.addWidget(case_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(history_box, 1)
        self.setTabOrder(self.reveal_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.history_table)

    # ------------------------------------------------------------------ filling

    def show_file(self, file: Any, case_file: Any) -> None:
        super().show_file(file, case_file)
        person = file.person
        revealed = self._revealed
        if revealed is not None and (
            revealed.id != person.id or revealed.version != person.version
        ):
            self._revealed = revealed = None  # the record changed: hide again
        self.name_value.setText(person.full_name)
        kind = identity_kind_label(person.identity_kind)
        number = identity_display(person.identity_kind, person.identity_number)
        self.identity_value.setText(f"{number} ({kind})" if number else kind)
        self.birth_value.setText(fmt_date(person.birth_date))
        self.gender_value.setText(gender_label(person.legal_gender))
        language = person.language
        if person.interpreter:
            interpreter = translate("OverviewTab", "needs an interpreter")
            language = f"{language}, {interpreter}" if language else interpreter
        self.language_value.setText(language)
        self.phone_value.setText(person.phone)
        self.email_value.setText(person.email)
        self._show_address(revealed or person)
        if person.protection is not None:
            text = protection_label(person.protection)
            if person.protection_until is not None:
                text += " " + translate("OverviewTab", "until {date}").format(
                    date=fmt_date(person.protection_until)
                )
            self.protection_value.setText(text)
        else:
            self.protection_value.setText(translate("OverviewTab", "None"))
        self.guardians_value.setText(
            "\n".join(
                ", ".join(part for part in (g.name, g.relation, g.phone) if part)
                for g in person.guardians
            )
        )
        self._show_case(case_file)

    def _show_address(self, person: Any) -> None:
        if person.address_hidden:
            self.address_value.setText(translate("OverviewTab", "Protected – hidden"))
            font = self.address_value.font()
            font.setItalic(True)
            self.address_value.setFont(font)
            self.reveal_button.setVisible(True)
            return
        font = self.address_value.font()
        font.setItalic(False)
        self.address_value.setFont(font)
        self.reveal_button.setVisible(False)
        address = person.address
        if address is None or address.is_empty():
            self.address_value.setText("")
            return
        city = " ".join(part for part in (address.postal_code, address.city) if part)
        self.address_value.setText("\n".join(part for part in (address.street, city) if part))

    def _show_case(self, case_file: Any) -> None:
        info = self.session.info
        if case_file is None:
            for label in (
                self.reference_value,
                self.phase_value,
                self.referral_value,
                self.inquiry_value,
                self.decision_value,
                self.agreement_value,
                self.case_worker_value,
                self.summary_value,
            ):
                label.clear()
            self.history_model.clear()
            return
        case = case_file.case
        self.reference_value.setText(case.reference)
        phase = info.code_label("phase", case.phase)
        if case.history:
            phase += " " + translate("OverviewTab", "since {date}").format(
                date=fmt_date(case.history[-1].entered_on)
            )
        if case.closure_reason:
            phase += " – " + info.code_label("closure_reason", case.closure_reason)
        self.phase_value.setText(phase)
        self.referral_value.setText(info.code_label("referral_source", case.referral_source))
        self.inquiry_value.setText(fmt_date(case.inquiry_on))
        self.decision_value.setText(fmt_date(case.decision_on))
        self.agreement_value.setText(fmt_date(case.agreement_signed_on))
        worker = info.staff_name(case.responsible_user_id)
        if case.team:
            team = translate("OverviewTab", "team {team}").format(team=case.team)
            worker = f"{worker} ({team})" if worker else team
        self.case_worker_value.setText(worker)
        self.summary_value.setText(case.summary)
        self.history_model.set_rows(case.history)
        if case.history:
            self.history_table.scrollToBottom()

    # ------------------------------------------------------------------ actions

    @property
    def address_shown(self) -> bool:
        return self._revealed is not None

    def reveal_address(self) -> None:
        if self.file is None:
            return
        from ui.dialogs.reveal_address_dialog import RevealAddressDialog

        person = self.file.person
        dialog = RevealAddressDialog(
            self.session, person.id, protection=person.protection, parent=self
        )
        dialog.accepted.connect(guarded(self, lambda: self._revealed_by(dialog)))
        self.reveal_dialog = dialog
        dialog.open()

    def _revealed_by(self, dialog: Any) -> None:
        person = dialog.result_value
        if person is None or self.file is None or person.id != self.file.person.id:
            return
        self._revealed = person
        self._show_address(person)
        self.address_revealed.emit()

    def edit_person(self) -> None:
        if self.file is None:
            return
        from ui.dialogs.person_edit_dialog import PersonEditDialog

        dialog = PersonEditDialog(self.session, self._revealed or self.file.person, parent=self)
        dialog.reload_wanted.connect(self.reload_requested)
        self.edit_dialog = dialog
        dialog.open()

    def forget(self) -> None:
        self._revealed = None
        close_dialog(self.edit_dialog)
        close_dialog(self.reveal_dialog)
        self.edit_dialog = self.reveal_dialog = None
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("_value"):
                label.clear()
        self.history_model.clear()
        super().forget()
