"""The administrator's user dialogs: add a user, reset a passphrase, move a user to a team.

They collect input and call ``vault.users``; the core decides (user-name rules, roles,
passphrase policy, team codes) and its errors appear next to the fields. The only check made
here is that the passphrase was typed the same way twice: that is about typing, not a rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.roles import Role
from avhopp.errors import AlreadyExistsError
from ui import error_presenter
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import translate
from ui.main_window import role_label
from ui.session import Session
from ui.widgets.passphrase_meter import PassphraseMeter

ROLE_ORDER = (Role.CASE_WORKER, Role.MANAGER, Role.ADMINISTRATOR, Role.LOG_REVIEWER)


def _passphrase_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


def _team_combo(teams: Iterable[str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("team_edit")
    combo.setEditable(True)
    combo.addItem("")
    for team in sorted(set(teams)):
        combo.addItem(team)
    combo.setAccessibleName(translate("UserDialog", "Team"))
    combo.setMinimumWidth(160)
    line = combo.lineEdit()
    line.setPlaceholderText(translate("UserDialog", "No team"))
    return combo


class _PassphraseFields:
    """Passphrase, repeat and the strength meter, shared by the add and reset dialogs."""

    def __init__(self, dialog: ServiceDialog, *, min_length: int, context_inputs: Any) -> None:
        self.dialog = dialog
        self._inputs = context_inputs
        self.passphrase_edit = _passphrase_edit(
            "passphrase_edit", translate("UserDialog", "Passphrase")
        )
        self.repeat_edit = _passphrase_edit(
            "passphrase_repeat_edit", translate("UserDialog", "Repeat passphrase")
        )
        self.meter = PassphraseMeter(min_length=min_length)
        self.meter.setObjectName("passphrase_meter")
        self.meter.strength_changed.connect(lambda _score: dialog.fit_height())
        self.passphrase_edit.textChanged.connect(self.update_meter)

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.passphrase_edit)
        column.addWidget(self.meter)
        column.addWidget(dialog.errors.error_label("passphrase", self.passphrase_edit))
        label = QLabel(translate("UserDialog", "&Passphrase:"))
        label.setBuddy(self.passphrase_edit)
        dialog.form.addRow(label, box)
        dialog.errors.add_row(
            dialog.form,
            translate("UserDialog", "&Repeat:"),
            self.repeat_edit,
            "passphrase_repeat",
        )

    def update_meter(self) -> None:
        self.meter.set_passphrase(self.passphrase_edit.text(), self._inputs())

    def typed(self) -> str | None:
        """The passphrase, or ``None`` (with the message shown) when the repeat differs."""
        text = self.passphrase_edit.text()
        if text != self.repeat_edit.text():
            self.dialog.errors.show_field(
                "passphrase_repeat",
                translate("UserDialog", "The two passphrases are not the same."),
            )
            self.dialog.fit_height()
            return None
        return text


class UserDialog(ServiceDialog):
    """Add a user: user name, display name, roles, team, first passphrase. ``saved`` carries
    the new ``UserView``."""

    def __init__(
        self,
        session: Session,
        *,
        min_length: int,
        teams: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("UserDialog", "New user"),
            ok_text=translate("UserDialog", "&Add user"),
            parent=parent,
        )
        self.setObjectName("user_dialog")
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username_edit")
        self.username_edit.setPlaceholderText(translate("UserDialog", "for example anna.berg"))
        self.errors.add_row(
            self.form, translate("UserDialog", "&User name:"), self.username_edit, "username"
        )
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("display_name_edit")
        self.errors.add_row(
            self.form, translate("UserDialog", "&Name:"), self.display_name_edit, "display_name"
        )

        roles_box = QWidget()
        roles_box.setObjectName("roles_box")
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.setSpacing(2)
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            check = QCheckBox(role_label(role))
            check.setObjectName(f"role_{role.value}")
            check.setAccessibleName(role_label(role))
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        roles_layout.addWidget(self.errors.error_label("role", self.role_checks[Role.CASE_WORKER]))
        self.form.addRow(translate("UserDialog", "Roles:"), roles_box)

        self.team_combo = _team_combo(teams)
        self.errors.add_row(self.form, translate("UserDialog", "&Team:"), self.team_combo, "team")

        self.passphrase = _PassphraseFields(
            self,
            min_length=min_length,
            context_inputs=lambda: (
                self.username_edit.text().strip(),
                self.display_name_edit.text().strip(),
            ),
        )
        self.username_edit.textChanged.connect(self.passphrase.update_meter)
        self.display_name_edit.textChanged.connect(self.passphrase.update_meter)
        hint = QLabel(
            translate(
                "UserDialog",
                "At least {n} characters. Several unrelated words are easy to remember and hard "
                "to guess; no special characters are needed. Give the passphrase to the user "
                "in person.",
            ).format(n=min_length)
        )
        hint.setObjectName("passphrase_hint")
        hint.setWordWrap(True)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", hint)

        self.setTabOrder(self.username_edit, self.display_name_edit)
        previous: QWidget = self.display_name_edit
        for check in self.role_checks.values():
            self.setTabOrder(previous, check)
            previous = check
        self.setTabOrder(previous, self.team_combo)
        self.setTabOrder(self.team_combo, self.passphrase.passphrase_edit)
        self.setTabOrder(self.passphrase.passphrase_edit, self.passphrase.repeat_edit)
        self.setTabOrder(self.passphrase.repeat_edit, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.resize(560, self.sizeHint().height())
        self.username_edit.setFocus()

    @property
    def meter(self) -> PassphraseMeter:
        return self.passphrase.meter

    def build_call(self) -> Callable[[Any], Any] | None:
        passphrase = self.passphrase.typed()
        if passphrase is None:
            return None
        username = self.username_edit.text()
        display_name = self.display_name_edit.text()
        roles = frozenset(role for role, check in self.role_checks.items() if check.isChecked())
        team = self.team_combo.currentText()

        def add(vault: Any) -> Any:
            return vault.users.add_user(
                username,
                display_name=display_name,
                roles=roles,
                passphrase=passphrase,
                team=team or None,
                min_passphrase_length=vault.settings.passphrase_min_length(),
            )

        return add

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, AlreadyExistsError):
            self.errors.show_field("username", error_presenter.error_message(error))
            return
        super().show_error(error)


class PassphraseResetDialog(ServiceDialog):
    """Give a user a new passphrase (an administrator's reset)."""

    def __init__(
        self,
        session: Session,
        user: Any,
        *,
        min_length: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("PassphraseResetDialog", "Reset passphrase"),
            ok_text=translate("PassphraseResetDialog", "&Set passphrase"),
            parent=parent,
        )
        self.setObjectName("passphrase_reset_dialog")
        self.user = user
        self.set_intro(
            translate(
                "PassphraseResetDialog",
                "New passphrase for {name} ({username}). The old one stops working at once. "
                "Give the new passphrase to the user in person.",
            ).format(name=user.display_name, username=user.username)
        )
        self.passphrase = _PassphraseFields(
            self,
            min_length=min_length,
            context_inputs=lambda: (user.username, user.display_name),
        )
        self.setTabOrder(self.passphrase.passphrase_edit, self.passphrase.repeat_edit)
        self.setTabOrder(self.passphrase.repeat_edit, self.ok_button)
        self.resize(480, self.sizeHint().height())
        self.passphrase.passphrase_edit.setFocus()

    @property
    def meter(self) -> PassphraseMeter:
        return self.passphrase.meter

    def build_call(self) -> Callable[[Any], Any] | None:
        passphrase = self.passphrase.typed()
        if passphrase is None:
            return None
        username = self.user.username

        def reset(vault: Any) -> None:
            vault.users.change_passphrase(
                username,
                new_passphrase=passphrase,
                min_passphrase_length=vault.settings.passphrase_min_length(),
            )

        return reset


class TeamDialog(ServiceDialog):
    """Move a user to another team (or none). ``saved`` carries the changed ``UserView``."""

    def __init__(
        self,
        session: Session,
        user: Any,
        *,
        teams: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("TeamDialog", "Change team"),
            ok_text=translate("TeamDialog", "&Save"),
            parent=parent,
        )
        self.setObjectName("team_dialog")
        self.user = user
        self.set_intro(
            translate("TeamDialog", "Team of {name} ({username}):").format(
                name=user.display_name, username=user.username
            )
        )
        self.team_combo = _team_combo(teams)
        self.team_combo.setCurrentText(user.team or "")
        self.errors.add_row(self.form, translate("TeamDialog", "&Team:"), self.team_combo, "team")
        self.resize(400, self.sizeHint().height())

    def build_call(self) -> Callable[[Any], Any] | None:
        username, version = self.user.username, self.user.version
        team = self.team_combo.currentText()

        def move(vault: Any) -> Any:
            return vault.users.set_team(username, team or None, expected_version=version)

        return move
