"""The main window: navigation on the left, the chosen page on the right.

Which pages appear depends on the user's roles (an administrator sees no case content, a log
reviewer only the log). The window title is always "Avhopp": a participant's name in a title
bar would show on the task bar, in screen sharing and in window lists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.pages.base import Page
from ui.session import Changes, Session, SessionInfo

WINDOW_TITLE = "Avhopp"

#: Palette-aware (light and dark themes): only palette roles, no fixed colours.
NAVIGATION_STYLE = """
QListWidget#navigation { background: transparent; outline: 0; }
QListWidget#navigation::item { padding: 8px 10px; border-radius: 5px; margin: 1px 0; }
QListWidget#navigation::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
"""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in the context "MainWindow"
    factory: str  # "module:Class" (imported when the window is built)
    visible: Callable[[SessionInfo], bool]


def _coming(heading: str, text: str) -> Callable[[Session], Page]:
    from ui.pages.placeholder import ComingPage

    def build(session: Session) -> Page:
        return ComingPage(
            session,
            heading=translate("MainWindow", heading),
            text=translate("MainWindow", text),
        )

    return build


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        "ui.pages.dashboard_page:DashboardPage",
        lambda info: info.sees_cases,
    ),
    PageSpec(
        "participants",
        QT_TRANSLATE_NOOP("MainWindow", "Participants"),
        "ui.pages.participants_page:ParticipantsPage",
        lambda info: info.sees_cases,
    ),
    PageSpec(
        "contacts",
        QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
        "ui.pages.contacts_page:ContactsPage",
        lambda info: info.sees_cases,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        "ui.pages.reports_page:ReportsPage",
        lambda info: info.manages,
    ),
    PageSpec(
        "backups",
        QT_TRANSLATE_NOOP("MainWindow", "Backups"),
        "ui.pages.backups_page:BackupsPage",
        lambda info: info.administers or info.manages,
    ),
    PageSpec(
        "administration",
        QT_TRANSLATE_NOOP("MainWindow", "Administration"),
        "ui.pages.admin_page:AdminPage",
        lambda info: info.administers or info.manages,
    ),
    PageSpec(
        "log_review",
        QT_TRANSLATE_NOOP("MainWindow", "Log review"),
        "ui.pages.log_review_page:LogReviewPage",
        lambda info: info.reviews_logs,
    ),
)


def _build_page(spec: PageSpec, session: Session) -> Page:
    module_name, class_name = spec.factory.split(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    page: Page = page_class(session)
    page.setObjectName(f"{spec.key}_page")
    return page


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` when the user locks (Ctrl+L or the lock button)."""

    lock_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(WINDOW_TITLE)
        self.session = session
        self.pages: dict[str, Page] = {}
        self._keys: list[str] = []

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(translate("MainWindow", "Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.stack.setObjectName("page_stack")

        for spec in PAGES:
            if not spec.visible(session.info):
                continue
            page = _build_page(spec, session)
            self.pages[spec.key] = page
            self._keys.append(spec.key)
            self.stack.addWidget(page)
            item = QListWidgetItem(translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("MainWindow", spec.title))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._row_changed)

        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        side = QWidget()
        side.setObjectName("side_panel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 4, 8)
        brand = QLabel("Avhopp")
        brand.setObjectName("brand_label")
        brand_font = brand.font()
        brand_font.setPointSizeF(brand_font.pointSizeF() * 1.6)
        brand_font.setBold(True)
        brand.setFont(brand_font)
        side_layout.addWidget(brand)
        if session.info.unit:
            unit = QLabel(session.info.unit)
            unit.setObjectName("unit_label")
            unit.setWordWrap(True)
            unit.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            side_layout.addWidget(unit)
        side_layout.addSpacing(10)
        side_layout.addWidget(self.navigation, 1)
        side.setMinimumWidth(190)
        side.setMaximumWidth(280)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        who = session.info.display_name
        roles = ", ".join(sorted(role_label(r) for r in session.actor.roles))
        self.user_label = QLabel(
            translate("MainWindow", "Logged in as {user} ({roles})").format(user=who, roles=roles)
        )
        self.user_label.setObjectName("user_label")
        self.statusBar().addWidget(self.user_label)
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lock_button")
        self.lock_action = QAction(translate("MainWindow", "Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(translate("MainWindow", "Lock Avhopp (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setAccessibleName(translate("MainWindow", "Lock"))
        self.addAction(self.lock_action)
        self.statusBar().addPermanentWidget(self.lock_button)

        self.search_action = QAction(translate("MainWindow", "Search participants"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        for number, key in enumerate(self._keys[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setData(key)
            # A bound method, not a lambda holding ``self``: PySide keeps a slot's callable
            # alive with the action, so a closure over the window would keep a window that
            # was only closed, never deleted, alive with its pages and models.
            action.triggered.connect(self._page_shortcut)
            self.addAction(action)

        session.changed.connect(self._changed)
        session.about_to_lock.connect(self._save_drafts)
        if self._keys:
            self.navigation.setCurrentRow(0)
        self.resize(1280, 800)

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(self._keys.index(key))
        return self.pages[key]

    def _page_shortcut(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(str(action.data()))

    def current_key(self) -> str:
        return self._keys[self.navigation.currentRow()]

    def focus_search(self) -> None:
        if "participants" in self.pages:
            page = self.show_page("participants")
            focus = getattr(page, "focus_search", None)
            if focus is not None:
                focus()

    def forget(self) -> None:
        for page in self.pages.values():
            page.forget()

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self._keys[row]]
        self.stack.setCurrentWidget(page)
        page.activate()

    def _changed(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.refresh(changes)

    def _save_drafts(self) -> None:
        for page in self.pages.values():
            page.save_drafts()


ROLE_LABELS = {
    "handlaggare": QT_TRANSLATE_NOOP("Roles", "case worker"),
    "enhetschef": QT_TRANSLATE_NOOP("Roles", "unit manager"),
    "administrator": QT_TRANSLATE_NOOP("Roles", "administrator"),
    "loggranskare": QT_TRANSLATE_NOOP("Roles", "log reviewer"),
}


def role_label(role: object) -> str:
    code = str(getattr(role, "value", role))
    return translate("Roles", ROLE_LABELS.get(code, code))
