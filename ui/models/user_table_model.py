"""The administrator's user list: user name, display name, roles, team, active."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.i18n import translate
from ui.main_window import role_label
from ui.models.row_table_model import RowTableModel


class Column(enum.IntEnum):
    USERNAME = 0
    DISPLAY_NAME = 1
    ROLES = 2
    TEAM = 3
    ACTIVE = 4


class UserTableModel(RowTableModel[Any]):
    """Rows are ``UserView`` read models."""

    CONTEXT = "UserTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UserTableModel", "User name"),
        QT_TRANSLATE_NOOP("UserTableModel", "Name"),
        QT_TRANSLATE_NOOP("UserTableModel", "Roles"),
        QT_TRANSLATE_NOOP("UserTableModel", "Team"),
        QT_TRANSLATE_NOOP("UserTableModel", "Status"),
    )

    def text(self, row: Any, column: int) -> str:
        if column == Column.USERNAME:
            return str(row.username)
        if column == Column.DISPLAY_NAME:
            return str(row.display_name)
        if column == Column.ROLES:
            return roles_text(row.roles)
        if column == Column.TEAM:
            return str(row.team or "")
        if column == Column.ACTIVE:
            return (
                translate("UserTableModel", "Active")
                if row.active
                else translate("UserTableModel", "Disabled")
            )
        return ""

    def foreground(self, row: Any, column: int) -> Any:
        if not row.active:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def row_of(self, username: str) -> int | None:
        for number, row in enumerate(self.rows()):
            if row.username == username:
                return number
        return None


def roles_text(roles: Any) -> str:
    return ", ".join(sorted(role_label(r) for r in roles))
