"""New participant (aktualisering): the person and the first case, saved together by
``vault.people.register_participant``. Possible duplicates are reported by the core after the
save (it reports, never refuses: the case worker decides, a manager merges)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from avhopp.domain.roles import Role
from avhopp.services.record_views import RegisteredParticipant
from ui.dialogs.form_dialog import FormDialog, add_field
from ui.dialogs.person_form import PersonForm, date_edit, read_date
from ui.formats import fmt_date
from ui.i18n import translate
from ui.session import Changes, Session


class RegisterParticipantDialog(FormDialog):
    """Emits ``registered(person_id, case_id)`` once the core has saved the participant."""

    registered = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("RegisterParticipantDialog", "New participant"),
            ok_text=translate("RegisterParticipantDialog", "Register"),
            parent=parent,
        )
        self.setObjectName("register_participant_dialog")
        info = session.info
        self.duplicates_box: QMessageBox | None = None
        self.person_form = PersonForm(self.errors)
        self.layout_.insertWidget(1, self.person_form)

        case_box = QGroupBox(translate("RegisterParticipantDialog", "First case"))
        case_form = QFormLayout(case_box)
        self.referral_source = QComboBox()
        self.referral_source.setObjectName("referral_source_combo")
        for entry in info.code_entries("referral_source"):
            self.referral_source.addItem(info.code_label("referral_source", entry.code), entry.code)
        self.referral_source.setCurrentIndex(-1)
        self.referral_source.setPlaceholderText(
            translate("RegisterParticipantDialog", "Choose who made the inquiry")
        )
        add_field(
            self.errors,
            case_form,
            translate("RegisterParticipantDialog", "Referral &source:"),
            self.referral_source,
            "referral_source",
        )
        self.inquiry_on = date_edit("inquiry_on_edit")
        self.inquiry_on.setText(fmt_date(date.today()))
        add_field(
            self.errors,
            case_form,
            translate("RegisterParticipantDialog", "Inquiry &date:"),
            self.inquiry_on,
            "inquiry_on",
        )
        self.responsible: QComboBox | None = None
        if info.manages:
            combo = QComboBox()
            combo.setObjectName("responsible_combo")
            combo.addItem(translate("RegisterParticipantDialog", "Me"), None)
            for member in sorted(info.staff, key=lambda m: m.display_name.casefold()):
                if Role.CASE_WORKER in member.roles and member.id != session.actor.user_id:
                    combo.addItem(member.display_name, member.id)
            add_field(
                self.errors,
                case_form,
                translate("RegisterParticipantDialog", "&Case worker:"),
                combo,
                "responsible_user_id",
            )
            self.responsible = combo
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary_edit")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.summary.setPlaceholderText(
            translate("RegisterParticipantDialog", "What the inquiry is about (optional)")
        )
        add_field(
            self.errors,
            case_form,
            translate("RegisterParticipantDialog", "Su&mmary:"),
            self.summary,
            "summary",
        )
        self.layout_.insertWidget(2, case_box)
        self.layout_.removeItem(self.form)
        self.finish_layout()
        self.setMinimumWidth(760)
        QWidget.setTabOrder(self.person_form.protection_until, self.referral_source)
        QWidget.setTabOrder(self.referral_source, self.inquiry_on)
        previous: QWidget = self.inquiry_on
        if self.responsible is not None:
            QWidget.setTabOrder(previous, self.responsible)
            previous = self.responsible
        QWidget.setTabOrder(previous, self.summary)
        self.person_form.first_name.setFocus()

    def job(self) -> Callable[[Any], Any] | None:
        person = self.person_form.to_input()
        if person is None:
            return None
        ok, inquiry = read_date(self.inquiry_on, self.errors, "inquiry_on")
        if not ok:
            return None
        source = self.referral_source.currentData()
        if not source:
            self.errors.show_field(
                "referral_source",
                translate("RegisterParticipantDialog", "Choose the referral source."),
            )
            return None
        inquiry_on = inquiry or date.today()
        summary = self.summary.toPlainText()
        responsible = self.responsible.currentData() if self.responsible is not None else None

        def register(vault: Any) -> RegisteredParticipant:  # worker thread
            result: RegisteredParticipant = vault.people.register_participant(
                person,
                referral_source=source,
                inquiry_on=inquiry_on,
                summary=summary,
                responsible_user_id=responsible,
            )
            return result

        return register

    def succeeded(self, result: Any) -> None:
        assert isinstance(result, RegisteredParticipant)
        person_id, case_id = result.person.id, result.case.id
        self.session.notify(
            Changes.of("participants", "cases", person_ids=[person_id], case_ids=[case_id])
        )
        if result.duplicates:
            self.duplicates_box = self._show_duplicates(result)
        self.accept()
        self.registered.emit(person_id, case_id)

    def _show_duplicates(self, result: RegisteredParticipant) -> QMessageBox:
        lines = []
        visible = None
        for warning in result.duplicates:
            if warning.reason == "identity_number":
                why = translate(
                    "RegisterParticipantDialog", "Another record has the same identity number."
                )
            else:
                why = translate(
                    "RegisterParticipantDialog",
                    "Another record has the same name and year of birth.",
                )
            if warning.person_id is None:
                why += " " + translate(
                    "RegisterParticipantDialog",
                    "It belongs to cases you cannot see: ask a unit manager to check it.",
                )
            elif visible is None:
                visible = warning.person_id
            lines.append("• " + why)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("RegisterParticipantDialog", "Possible duplicate"),
            translate(
                "RegisterParticipantDialog",
                "The participant was registered. Check whether this is the same person:",
            )
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + translate(
                "RegisterParticipantDialog",
                "If it is, a unit manager can merge the records; nothing is lost.",
            ),
            parent=self.parentWidget(),
        )
        box.setObjectName("duplicates_box")
        if visible is not None:
            other = visible
            open_button = box.addButton(
                translate("RegisterParticipantDialog", "Open the other record"),
                QMessageBox.ButtonRole.ActionRole,
            )
            open_button.setObjectName("open_duplicate_button")
            open_button.clicked.connect(lambda: self.session.open_participant(other, ""))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        return box
