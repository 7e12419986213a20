"""Administration, by role (DESIGN.md §4):

- administrators: users and roles, code lists (deactivate, never delete), the unit's
  settings;
- unit managers: the purge list with approval (``PurgeService`` lets only managers list and
  run a purge).

A user with both roles (the first administrator acts as manager until a manager exists) sees
every tab. Each tab loads when it is first shown and reloads when a change concerns it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from avhopp.domain.roles import Permission
from ui.i18n import translate
from ui.pages.admin_tabs.code_lists_tab import CodeListsTab
from ui.pages.admin_tabs.purge_tab import PurgeTab
from ui.pages.admin_tabs.settings_tab import SettingsTab
from ui.pages.admin_tabs.users_tab import UsersTab
from ui.pages.base import Page
from ui.session import Changes, Session

#: Which changes each tab reloads for.
RELOAD_ON = {
    "users": ("users", "settings"),  # the minimum passphrase length is a setting
    "codes": ("codes",),
    "settings": (),  # only this tab changes them, and it shows what it saved
    "purge": ("participants", "cases", "notes", "purge"),
}


class AdminPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        info = session.info
        self.users_tab: UsersTab | None = None
        self.codes_tab: CodeListsTab | None = None
        self.settings_tab: SettingsTab | None = None
        self.purge_tab: PurgeTab | None = None
        self._tabs: dict[str, Any] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.tabs.setAccessibleName(translate("AdminPage", "Administration"))
        if info.may(Permission.MANAGE_USERS):
            self.users_tab = UsersTab(session)
            self._add("users", self.users_tab, translate("AdminPage", "&Users"))
        if info.may(Permission.MANAGE_SETTINGS):
            self.codes_tab = CodeListsTab(session)
            self._add("codes", self.codes_tab, translate("AdminPage", "&Code lists"))
            self.settings_tab = SettingsTab(session)
            self._add("settings", self.settings_tab, translate("AdminPage", "&Settings"))
        if info.manages:
            self.purge_tab = PurgeTab(session)
            self._add("purge", self.purge_tab, translate("AdminPage", "&Purge list"))
        self.tabs.currentChanged.connect(lambda _index: self.activate())

        layout = QVBoxLayout(self)
        heading = QLabel(translate("AdminPage", "Administration"))
        heading.setObjectName("page_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def _add(self, key: str, tab: Any, title: str) -> None:
        self._tabs[key] = tab
        self.tabs.addTab(tab, title)

    def tab_keys(self) -> list[str]:
        return list(self._tabs)

    def show_tab(self, key: str) -> Any:
        tab = self._tabs[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    def activate(self) -> None:
        """Load the visible tab the first time it is shown."""
        tab = self.tabs.currentWidget()
        if tab is not None and not tab.loaded:
            tab.reload()

    def refresh(self, changes: Changes) -> None:
        for key, tab in self._tabs.items():
            if tab.loaded and changes.touches(*RELOAD_ON[key]):
                tab.reload()

    def forget(self) -> None:
        for tab in self._tabs.values():
            tab.forget()
