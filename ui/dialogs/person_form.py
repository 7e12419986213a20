"""The fields of a person record, shared by "New participant" and "Edit person details".

The form collects plain values into a ``PersonInput``; the core validates it
(``avhopp.domain.person.validate_person``) and its ``ValidationError(field=...)`` is shown
under the field it names. The only check made here is that a date is written as YYYY-MM-DD,
because a ``date`` is what the core takes.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.identity import IdentityKind
from avhopp.domain.person import Address, Guardian, LegalGender, PersonInput, ProtectionLevel
from ui.dialogs.form_dialog import add_field
from ui.formats import fmt_date, parse_date
from ui.forms import FieldErrors
from ui.i18n import translate

IDENTITY_KIND_LABELS = {
    IdentityKind.PERSONNUMMER: QT_TRANSLATE_NOOP("PersonLabels", "Personal identity number"),
    IdentityKind.SAMORDNINGSNUMMER: QT_TRANSLATE_NOOP("PersonLabels", "Coordination number"),
    IdentityKind.MISSING: QT_TRANSLATE_NOOP("PersonLabels", "No number"),
    IdentityKind.FOREIGN: QT_TRANSLATE_NOOP("PersonLabels", "Foreign number"),
    IdentityKind.FICTITIOUS: QT_TRANSLATE_NOOP("PersonLabels", "Fictitious identity"),
    IdentityKind.TEMPORARY: QT_TRANSLATE_NOOP("PersonLabels", "Temporary number"),
}

GENDER_LABELS = {
    LegalGender.UNKNOWN: QT_TRANSLATE_NOOP("PersonLabels", "Not stated"),
    LegalGender.FEMALE: QT_TRANSLATE_NOOP("PersonLabels", "Female"),
    LegalGender.MALE: QT_TRANSLATE_NOOP("PersonLabels", "Male"),
}

PROTECTION_LABELS = {
    ProtectionLevel.CONFIDENTIALITY_MARKING: QT_TRANSLATE_NOOP(
        "PersonLabels", "Confidentiality marking"
    ),
    ProtectionLevel.PROTECTED_REGISTRATION: QT_TRANSLATE_NOOP(
        "PersonLabels", "Protected registration"
    ),
    ProtectionLevel.FICTITIOUS_IDENTITY: QT_TRANSLATE_NOOP(
        "PersonLabels", "Fictitious personal data"
    ),
}


def identity_kind_label(kind: IdentityKind | str) -> str:
    return translate("PersonLabels", IDENTITY_KIND_LABELS.get(IdentityKind(kind), str(kind)))


def gender_label(gender: LegalGender | str) -> str:
    return translate("PersonLabels", GENDER_LABELS.get(LegalGender(gender), str(gender)))


def protection_label(level: ProtectionLevel | str | None) -> str:
    if level is None:
        return ""
    return translate("PersonLabels", PROTECTION_LABELS.get(ProtectionLevel(level), str(level)))


def identity_display(kind: IdentityKind, number: str) -> str:
    """YYYYMMDD-NNNN for Swedish numbers; other numbers as typed."""
    if kind.has_swedish_number and len(number) == 12 and number.isdigit():
        return f"{number[:8]}-{number[8:]}"
    return number


def date_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(translate("PersonForm", "YYYY-MM-DD"))
    edit.setMaxLength(10)
    return edit


def read_date(edit: QLineEdit, errors: FieldErrors, field: str) -> tuple[bool, date | None]:
    """(ok, the date or None). A date not written as YYYY-MM-DD shows an error under
    ``field``."""
    try:
        return True, parse_date(edit.text())
    except ValueError:
        errors.show_field(field, translate("PersonForm", "Write the date as YYYY-MM-DD."))
        return False, None


class PersonForm(QWidget):
    """Person fields in two columns. ``errors`` is the dialog's ``FieldErrors``."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self._guardians: tuple[Guardian, ...] = ()
        self._address_hidden = False

        self.first_name = self._line("first_name_edit", 100)
        self.last_name = self._line("last_name_edit", 100)
        self.identity_kind = QComboBox()
        self.identity_kind.setObjectName("identity_kind_combo")
        for kind in (
            IdentityKind.PERSONNUMMER,
            IdentityKind.SAMORDNINGSNUMMER,
            IdentityKind.FOREIGN,
            IdentityKind.TEMPORARY,
            IdentityKind.MISSING,
            IdentityKind.FICTITIOUS,
        ):
            self.identity_kind.addItem(identity_kind_label(kind), kind.value)
        self.identity_number = self._line("identity_number_edit", 40)
        self.identity_number.setPlaceholderText(translate("PersonForm", "YYYYMMDD-NNNN"))
        self.birth_date = date_edit("birth_date_edit")
        self.birth_date.setToolTip(
            translate("PersonForm", "Taken from a Swedish identity number when left empty.")
        )
        self.legal_gender = QComboBox()
        self.legal_gender.setObjectName("legal_gender_combo")
        for gender in (LegalGender.UNKNOWN, LegalGender.FEMALE, LegalGender.MALE):
            self.legal_gender.addItem(gender_label(gender), gender.value)
        self.language = self._line("language_edit", 500)
        self.interpreter = QCheckBox(translate("PersonForm", "Needs an interpreter"))
        self.interpreter.setObjectName("interpreter_check")
        self.interpreter.setAccessibleName(translate("PersonForm", "Needs an interpreter"))
        self.phone = self._line("phone_edit", 40)
        self.phone.setPlaceholderText(translate("PersonForm", "070-123 45 67"))
        self.email = self._line("email_edit", 254)
        self.street = self._line("street_edit", 500)
        self.street.setAccessibleName(translate("PersonForm", "Street address"))
        self.street.setPlaceholderText(translate("PersonForm", "Street address"))
        self.postal_code = self._line("postal_code_edit", 20)
        self.postal_code.setAccessibleName(translate("PersonForm", "Postal code"))
        self.postal_code.setPlaceholderText(translate("PersonForm", "Postal code"))
        self.postal_code.setMaximumWidth(110)
        self.city = self._line("city_edit", 500)
        self.city.setAccessibleName(translate("PersonForm", "City"))
        self.city.setPlaceholderText(translate("PersonForm", "City"))
        self.protection = QComboBox()
        self.protection.setObjectName("protection_combo")
        self.protection.addItem(translate("PersonForm", "None"), None)
        for level in ProtectionLevel:
            self.protection.addItem(protection_label(level), level.value)
        self.protection_until = date_edit("protection_until_edit")

        person_box = QGroupBox(translate("PersonForm", "Person"))
        person_form = QFormLayout(person_box)
        add_field(
            errors,
            person_form,
            translate("PersonForm", "&First name:"),
            self.first_name,
            "first_name",
        )
        add_field(
            errors, person_form, translate("PersonForm", "&Last name:"), self.last_name, "last_name"
        )
        add_field(
            errors,
            person_form,
            translate("PersonForm", "Identity &kind:"),
            self.identity_kind,
            "identity_kind",
        )
        add_field(
            errors,
            person_form,
            translate("PersonForm", "Identity &number:"),
            self.identity_number,
            "identity_number",
        )
        add_field(
            errors,
            person_form,
            translate("PersonForm", "&Birth date:"),
            self.birth_date,
            "birth_date",
        )
        add_field(
            errors,
            person_form,
            translate("PersonForm", "Legal &gender:"),
            self.legal_gender,
            "legal_gender",
        )
        add_field(
            errors, person_form, translate("PersonForm", "Lang&uage:"), self.language, "language"
        )
        person_form.addRow("", self.interpreter)

        contact_box = QGroupBox(translate("PersonForm", "Contact and protection"))
        contact_form = QFormLayout(contact_box)
        add_field(errors, contact_form, translate("PersonForm", "&Phone:"), self.phone, "phone")
        add_field(errors, contact_form, translate("PersonForm", "&E-mail:"), self.email, "email")
        address = QWidget()
        address.setObjectName("address_fields")
        address.setAccessibleName(translate("PersonForm", "Address"))
        address_layout = QVBoxLayout(address)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.setSpacing(4)
        address_layout.addWidget(self.street)
        city_row = QHBoxLayout()
        city_row.addWidget(self.postal_code)
        city_row.addWidget(self.city, 1)
        address_layout.addLayout(city_row)
        address_error = add_field(
            errors, contact_form, translate("PersonForm", "&Address:"), address, "address"
        )
        address_label = contact_form.labelForField(address_error.parentWidget())
        if isinstance(address_label, QLabel):
            address_label.setBuddy(self.street)
        add_field(
            errors,
            contact_form,
            translate("PersonForm", "P&rotected data:"),
            self.protection,
            "protection",
        )
        add_field(
            errors,
            contact_form,
            translate("PersonForm", "Protected un&til:"),
            self.protection_until,
            "protection_until",
        )

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(person_box, 1)
        row.addWidget(contact_box, 1)

        order = [
            self.first_name,
            self.last_name,
            self.identity_kind,
            self.identity_number,
            self.birth_date,
            self.legal_gender,
            self.language,
            self.interpreter,
            self.phone,
            self.email,
            self.street,
            self.postal_code,
            self.city,
            self.protection,
            self.protection_until,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.identity_kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    @property
    def first_widget(self) -> QWidget:
        return self.first_name

    def _kind_changed(self) -> None:
        kind = IdentityKind(self.identity_kind.currentData())
        needs_number = kind not in (IdentityKind.MISSING, IdentityKind.FICTITIOUS)
        self.identity_number.setEnabled(needs_number)
        if not needs_number:
            self.identity_number.clear()

    # ------------------------------------------------------------------ filling

    def fill(self, person: object) -> None:
        """Fill from a ``PersonView``. A hidden protected address stays hidden: its fields
        are disabled and the core keeps the stored address when they are left empty."""
        from avhopp.services.record_views import PersonView

        assert isinstance(person, PersonView)
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self._select(self.identity_kind, person.identity_kind.value)
        self.identity_number.setText(identity_display(person.identity_kind, person.identity_number))
        self.birth_date.setText(fmt_date(person.birth_date))
        self._select(self.legal_gender, person.legal_gender.value)
        self.language.setText(person.language)
        self.interpreter.setChecked(person.interpreter)
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.set_address_hidden(person.address_hidden)
        if person.address is not None:
            self.street.setText(person.address.street)
            self.postal_code.setText(person.address.postal_code)
            self.city.setText(person.address.city)
        self._select(self.protection, person.protection.value if person.protection else None)
        self.protection_until.setText(fmt_date(person.protection_until))
        self._guardians = person.guardians

    def set_address_hidden(self, hidden: bool) -> None:
        self._address_hidden = hidden
        hint = translate("PersonForm", "Protected: reveal the address to change it.")
        for edit in (self.street, self.postal_code, self.city):
            edit.setEnabled(not hidden)
            if hidden:
                edit.clear()
                edit.setToolTip(hint)
        if hidden:
            self.street.setPlaceholderText(translate("PersonForm", "Protected – hidden"))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------------ reading

    def to_input(self) -> PersonInput | None:
        """The typed values, or ``None`` (with an error shown) when a date is unreadable."""
        ok_birth, birth = read_date(self.birth_date, self.errors, "birth_date")
        if not ok_birth:
            return None
        ok_until, until = read_date(self.protection_until, self.errors, "protection_until")
        if not ok_until:
            return None
        protection = self.protection.currentData()
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            identity_kind=IdentityKind(self.identity_kind.currentData()),
            identity_number=self.identity_number.text(),
            birth_date=birth,
            legal_gender=LegalGender(self.legal_gender.currentData()),
            language=self.language.text(),
            interpreter=self.interpreter.isChecked(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=Address()
            if self._address_hidden
            else Address(
                street=self.street.text(),
                postal_code=self.postal_code.text(),
                city=self.city.text(),
            ),
            protection=ProtectionLevel(protection) if protection else None,
            protection_until=until,
            guardians=self._guardians,
        )
