"""The contacts linked to a case (``CaseContactView``: the contact and its link)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avhopp.domain.network import ContactKind
from ui.i18n import translate
from ui.models.choice_labels import contact_kind_label
from ui.models.read_model_table import ReadModelTableModel
from ui.session import SessionInfo


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    ROLE = 2
    ORGANISATION = 3
    PHONE = 4
    EMAIL = 5
    MAY_CONTACT = 6
    RISK = 7


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CaseContactTableModel", "Name"),
    Column.KIND: QT_TRANSLATE_NOOP("CaseContactTableModel", "Kind"),
    Column.ROLE: QT_TRANSLATE_NOOP("CaseContactTableModel", "Role"),
    Column.ORGANISATION: QT_TRANSLATE_NOOP("CaseContactTableModel", "Agency / relation"),
    Column.PHONE: QT_TRANSLATE_NOOP("CaseContactTableModel", "Phone"),
    Column.EMAIL: QT_TRANSLATE_NOOP("CaseContactTableModel", "E-mail"),
    Column.MAY_CONTACT: QT_TRANSLATE_NOOP("CaseContactTableModel", "May be contacted"),
    Column.RISK: QT_TRANSLATE_NOOP("CaseContactTableModel", "Risk"),
}


def phone_text(phone: str) -> str:
    """+46701234567 → +46 70 123 45 67 (Swedish numbers grouped; others as stored)."""
    if phone.startswith("+46") and phone[1:].isdigit() and len(phone) >= 11:
        rest = phone[3:]
        area, number = rest[:2], rest[2:]
        groups = [number[: len(number) - 4], number[-4:-2], number[-2:]]
        return " ".join(["+46", area, *[g for g in groups if g]])
    return phone


def organisation(contact: Any) -> str:
    if contact.kind == ContactKind.PROFESSIONAL:
        return f"{contact.agency}, {contact.title}" if contact.title else contact.agency
    return str(contact.relation)


class CaseContactTableModel(ReadModelTableModel):
    """Rows are ``CaseContactView``; a contact marked as a risk, or one who may not be
    contacted, is shown as a warning."""

    context = "CaseContactTableModel"
    columns = Column
    headers = HEADERS

    def __init__(self, info: SessionInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._info = info

    def record_id(self, record: Any) -> str:
        return str(record.link.id)

    def text(self, record: Any, column: int) -> str:
        contact, link = record.contact, record.link
        col = Column(column)
        if col == Column.NAME:
            return str(contact.name)
        if col == Column.KIND:
            return contact_kind_label(contact.kind)
        if col == Column.ROLE:
            return self._info.code_label("contact_role", link.role)
        if col == Column.ORGANISATION:
            return organisation(contact)
        if col == Column.PHONE:
            return phone_text(contact.phone)
        if col == Column.EMAIL:
            return str(contact.email)
        if col == Column.MAY_CONTACT:
            return (
                translate("CaseContactTableModel", "Yes")
                if link.may_contact
                else translate("CaseContactTableModel", "No")
            )
        return translate("CaseContactTableModel", "Risk") if link.risk else ""

    def sort_value(self, record: Any, column: int) -> Any:
        if column == Column.MAY_CONTACT:
            return record.link.may_contact
        if column == Column.RISK:
            return not record.link.risk
        return super().sort_value(record, column)

    def warning(self, record: Any, column: int) -> bool:
        if column == Column.RISK:
            return bool(record.link.risk)
        if column == Column.MAY_CONTACT:
            return not record.link.may_contact
        return column == Column.NAME and bool(record.link.risk)

    def tooltip(self, record: Any, column: int) -> str | None:
        parts = []
        if record.link.risk:
            parts.append(
                translate("CaseContactTableModel", "This contact is a risk to the participant.")
            )
        if not record.link.may_contact:
            parts.append(translate("CaseContactTableModel", "Do not contact."))
        if record.link.note:
            parts.append(record.link.note)
        if record.contact.notes:
            parts.append(record.contact.notes)
        return "\n".join(parts) or None
