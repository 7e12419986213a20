"""One code list's entries for the administrator: code, Swedish and English label, parent
(support-step items), active."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.i18n import translate
from ui.models.row_table_model import RowTableModel


class Column(enum.IntEnum):
    CODE = 0
    LABEL_SV = 1
    LABEL_EN = 2
    PARENT = 3
    ACTIVE = 4


class CodeEntryModel(RowTableModel[Any]):
    """Rows are ``CodeEntryView`` read models, in the list's display order until sorted;
    ``parent_label`` names a support-step item's category."""

    CONTEXT = "CodeEntryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CodeEntryModel", "Code"),
        QT_TRANSLATE_NOOP("CodeEntryModel", "Swedish label"),
        QT_TRANSLATE_NOOP("CodeEntryModel", "English label"),
        QT_TRANSLATE_NOOP("CodeEntryModel", "Category"),
        QT_TRANSLATE_NOOP("CodeEntryModel", "Status"),
    )

    def __init__(
        self, *, parent_label: Callable[[str | None], str] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._parent_label = parent_label or (lambda code: code or "")

    def text(self, row: Any, column: int) -> str:
        if column == Column.CODE:
            return str(row.code)
        if column == Column.LABEL_SV:
            return str(row.label_sv)
        if column == Column.LABEL_EN:
            return str(row.label_en)
        if column == Column.PARENT:
            return self._parent_label(row.parent) if row.parent else ""
        if column == Column.ACTIVE:
            return (
                translate("CodeEntryModel", "Active")
                if row.active
                else translate("CodeEntryModel", "Deactivated")
            )
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == Column.CODE:
            return (row.sort_order, row.code)
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if not row.active:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def row_of(self, code: str) -> int | None:
        for number, row in enumerate(self.rows()):
            if row.code == code:
                return number
        return None
