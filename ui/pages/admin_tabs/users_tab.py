"""Users and roles: the list, adding a user, disabling and enabling, a new team, a
passphrase reset. Administrators only (``Permission.MANAGE_USERS``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.passphrase_policy import DEFAULT_MIN_LENGTH
from ui.dialogs.user_dialog import PassphraseResetDialog, TeamDialog, UserDialog
from ui.i18n import translate
from ui.models.user_table_model import Column, UserTableModel
from ui.session import Changes, Session


def load_users(vault: Any) -> tuple[list[Any], int]:
    """Worker thread: every user, and the unit's minimum passphrase length."""
    return vault.users.list_users(), vault.settings.passphrase_min_length()


class UsersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_tab")
        self.session = session
        self.loaded = False
        self.min_length = DEFAULT_MIN_LENGTH
        self.model = UserTableModel(self)
        self.dialog: Any = None
        self.message_box: QMessageBox | None = None

        self.table = QTableView()
        self.table.setObjectName("user_table")
        self.table.setAccessibleName(translate("UsersTab", "Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.USERNAME, 140),
            (Column.DISPLAY_NAME, 200),
            (Column.ROLES, 260),
            (Column.TEAM, 100),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(Column.USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_team())

        self.add_button = self._button("add_user_button", translate("UsersTab", "&New user…"))
        self.add_button.clicked.connect(self.add_user)
        self.active_button = self._button("toggle_active_button", translate("UsersTab", "&Disable"))
        self.active_button.clicked.connect(self.toggle_active)
        self.team_button = self._button(
            "change_team_button", translate("UsersTab", "Change &team…")
        )
        self.team_button.clicked.connect(self.change_team)
        self.reset_button = self._button(
            "reset_passphrase_button", translate("UsersTab", "&Reset passphrase…")
        )
        self.reset_button.clicked.connect(self.reset_passphrase)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.active_button, self.team_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("users_status")
        self.status_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("users_count")
        self._select_after: str | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)
        self.setTabOrder(self.add_button, self.active_button)
        self.setTabOrder(self.active_button, self.team_button)
        self.setTabOrder(self.team_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.table)
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.session.call(load_users, on_done=self._loaded, parent=self)

    def _loaded(self, result: tuple[list[Any], int]) -> None:
        users, min_length = result
        selected = self.selected()
        wanted = self._select_after or (selected.username if selected is not None else None)
        self._select_after = None
        self.model.set_rows(users)
        self.min_length = min_length
        self.loaded = True
        active = sum(1 for u in users if u.active)
        self.count_label.setText(
            translate("UsersTab", "%n user(s), {active} active", None, len(users)).format(
                active=active
            )
        )
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()

    def forget(self) -> None:
        self.model.clear()
        self.loaded = False
        self.status_label.clear()
        self.count_label.clear()

    # ------------------------------------------------------------------ selection

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row is not None:
            self.table.selectRow(row)

    def teams(self) -> list[str]:
        return sorted({u.team for u in self.model.rows() if u.team})

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.active_button, self.team_button, self.reset_button):
            button.setEnabled(user is not None)
        text = (
            translate("UsersTab", "&Enable")
            if user is not None and not user.active
            else translate("UsersTab", "&Disable")
        )
        self.active_button.setText(text)
        self.active_button.setAccessibleName(text.replace("&", ""))

    # ------------------------------------------------------------------ actions

    def add_user(self) -> None:
        dialog = UserDialog(
            self.session, min_length=self.min_length, teams=self.teams(), parent=self
        )
        dialog.saved.connect(self._user_saved)
        self._open(dialog)

    def change_team(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = TeamDialog(self.session, user, teams=self.teams(), parent=self)
        dialog.saved.connect(self._user_saved)
        self._open(dialog)

    def reset_passphrase(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PassphraseResetDialog(self.session, user, min_length=self.min_length, parent=self)
        dialog.saved.connect(lambda _none, name=user.username: self._passphrase_reset(name))
        self._open(dialog)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        username, version, active = user.username, user.version, not user.active
        self.session.call(
            lambda vault: vault.users.set_active(username, active, expected_version=version),
            on_done=self._user_saved,
            parent=self,
            on_reload=self.reload,
        )

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _user_saved(self, user: Any) -> None:
        """A committed change: the page reloads the list on ``changed`` (selecting ``user``)."""
        self._select_after = user.username
        self.status_label.setText(
            translate("UsersTab", "Saved: {name} ({username}).").format(
                name=user.display_name, username=user.username
            )
        )
        self.session.notify(Changes.of("users"))

    def _passphrase_reset(self, username: str) -> None:
        self.session.notify(Changes.of("users"))
        self.status_label.setText(
            translate("UsersTab", "The passphrase of {username} was changed.").format(
                username=username
            )
        )
