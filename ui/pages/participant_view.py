"""The participant view: a header (name, identity number, flags, a protected-data banner), a
case selector when the person has several cases the user may see, and the tabs.

Everything the tabs show is read in one transaction by
``avhopp.services.participant_file.open_participant`` (one worker call, every read audited)
and handed to every tab; after a committed change that concerns this person or their cases,
the whole file is read again (well under 100 ms) and every tab refilled.

Emergency access: a case outside the user's own (another team's) is not part of the file. When
the view is asked to open such a case, it says so, asks for a reason and calls
``vault.cases.request_emergency_access`` (the core checks the reason, limits the access in time
and flags it for the log review); then the file is read again and includes the case.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import phases
from avhopp.domain.access import Access, CaseScope, case_access
from avhopp.domain.network import FlagKind
from avhopp.errors import EmergencyAccessRequiredError, PermissionDeniedError
from avhopp.services.participant_file import ParticipantFile, open_participant
from ui import error_presenter
from ui.dialogs.form_dialog import close_dialog, guarded
from ui.dialogs.person_form import identity_display, identity_kind_label, protection_label
from ui.formats import fmt_date
from ui.i18n import translate
from ui.models.participant_table_model import FLAG_COLORS, FLAG_LABELS, FLAG_ORDER
from ui.pages.base import Page
from ui.pages.participant_tabs import ParticipantTab
from ui.pages.participant_tabs.access_log_tab import AccessLogTab
from ui.pages.participant_tabs.cases_tab import CasesTab
from ui.pages.participant_tabs.consents_tab import ConsentsTab
from ui.pages.participant_tabs.contacts_tab import CaseContactsTab
from ui.pages.participant_tabs.journal_tab import NEW_NOTE_KEYS, JournalTab
from ui.pages.participant_tabs.overview_tab import OverviewTab
from ui.pages.participant_tabs.plan_tab import PlanTab
from ui.pages.participant_tabs.reminders_tab import RemindersTab
from ui.pages.participant_tabs.support_tab import SupportTab
from ui.session import Changes, Session

#: (key, English title in the context "ParticipantView", tab class), in the order shown.
TABS: tuple[tuple[str, str, type[ParticipantTab]], ...] = (
    ("overview", QT_TRANSLATE_NOOP("ParticipantView", "Overview"), OverviewTab),
    ("cases", QT_TRANSLATE_NOOP("ParticipantView", "Cases and phases"), CasesTab),
    ("support", QT_TRANSLATE_NOOP("ParticipantView", "Support steps"), SupportTab),
    ("plan", QT_TRANSLATE_NOOP("ParticipantView", "Plan and assessment"), PlanTab),
    ("contacts", QT_TRANSLATE_NOOP("ParticipantView", "Contacts"), CaseContactsTab),
    ("journal", QT_TRANSLATE_NOOP("ParticipantView", "Journal"), JournalTab),
    ("consents", QT_TRANSLATE_NOOP("ParticipantView", "Consents and conditions"), ConsentsTab),
    ("reminders", QT_TRANSLATE_NOOP("ParticipantView", "Reminders"), RemindersTab),
    ("access_log", QT_TRANSLATE_NOOP("ParticipantView", "Access log"), AccessLogTab),
)

#: Status accents (light theme, dark theme): the only colours the view sets itself.
BANNER_COLOURS = ("#6a1b9a", "#ce93d8")
EMERGENCY_COLOURS = ("#c62828", "#ef9a9a")
FLAG_COLOURS_DARK = {"threat": "#ef5350", "protected_identity": "#ce93d8", "other": "#ffb74d"}


def dark_palette(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Opening:
    """What the worker found: the file (``None`` when no case of the person is visible) and,
    when the requested case needs emergency access, its id."""

    file: ParticipantFile | None
    needs_emergency: str | None = None


def open_file(vault: Any, person_id: str, wanted_case: str | None) -> Opening:
    """Worker thread: the participant file; whether ``wanted_case`` needs emergency access."""
    file: ParticipantFile | None = None
    try:
        file = open_participant(vault, person_id)
    except EmergencyAccessRequiredError:
        raise
    except PermissionDeniedError:
        if not wanted_case:
            raise
    if wanted_case and (file is None or all(c.case.id != wanted_case for c in file.cases)):
        try:
            vault.cases.get_case(wanted_case)
        except EmergencyAccessRequiredError:
            return Opening(file, wanted_case)
        if file is None:  # visible after all (granted meanwhile)
            file = open_participant(vault, person_id)
    return Opening(file)


def chip(text: str, colour: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(
        f"QLabel {{ color: {colour}; border: 1px solid {colour}; border-radius: 9px;"
        " padding: 1px 8px; font-weight: 600; }"
    )
    return label


class ParticipantView(Page):
    """Emits ``back_requested`` for "Back to list"; ``file_shown`` each time a file was
    shown (tests wait for it)."""

    back_requested = Signal()
    file_shown = Signal()

    def __init__(
        self,
        session: Session,
        person_id: str,
        *,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("participant_view")
        self.person_id = person_id
        self.case_id = case_id
        self._wanted_case = case_id
        self.file: ParticipantFile | None = None
        self.emergency_dialog: Any = None
        self.error_box: Any = None
        self._loading = False
        self._reload_again = False
        self._filling_cases = False
        #: Seconds of the last load (worker call and delivery) and of filling the tabs.
        self.last_load_seconds: float | None = None
        self.last_fill_seconds: float | None = None

        # ---- header
        self.back_button = QPushButton(translate("ParticipantView", "Back to list"))
        self.back_button.setObjectName("back_button")
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolTip(translate("ParticipantView", "Back to the list (Alt+Left)"))
        self.back_button.setAccessibleName(translate("ParticipantView", "Back to the list"))
        self.back_button.clicked.connect(self._back)
        self.name_label = QLabel()
        self.name_label.setObjectName("participant_name")
        self.name_label.setAccessibleName(translate("ParticipantView", "Name"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.identity_label = QLabel()
        self.identity_label.setObjectName("participant_identity")
        self.identity_label.setAccessibleName(translate("ParticipantView", "Identity number"))
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags_box = QWidget()
        self.flags_box.setObjectName("flags_box")
        self.flags_layout = QHBoxLayout(self.flags_box)
        self.flags_layout.setContentsMargins(0, 0, 0, 0)
        self.case_label = QLabel(translate("ParticipantView", "&Case:"))
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("case_selector")
        self.case_combo.setAccessibleName(translate("ParticipantView", "Case"))
        self.case_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.case_label.setBuddy(self.case_combo)
        self.case_combo.currentIndexChanged.connect(self._case_combo_changed)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.name_label)
        top.addSpacing(8)
        top.addWidget(self.identity_label)
        top.addSpacing(8)
        top.addWidget(self.flags_box)
        top.addStretch(1)
        top.addWidget(self.case_label)
        top.addWidget(self.case_combo)

        self.banner = QFrame()
        self.banner.setObjectName("protected_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        self.banner_label = QLabel()
        self.banner_label.setObjectName("protected_banner_text")
        self.banner_label.setWordWrap(True)
        banner_layout.addWidget(icon)
        banner_layout.addWidget(self.banner_label, 1)
        self.banner.setVisible(False)

        self.emergency_label = QLabel()
        self.emergency_label.setObjectName("emergency_label")
        self.emergency_label.setWordWrap(True)
        self.emergency_label.setVisible(False)

        self.status_label = QLabel(translate("ParticipantView", "Opening…"))
        self.status_label.setObjectName("participant_status")
        self.status_label.setWordWrap(True)

        # ---- tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("participant_tabs")
        self.tabs.setAccessibleName(translate("ParticipantView", "Participant record"))
        self.tabs.setDocumentMode(True)
        self.tab: dict[str, ParticipantTab] = {}
        for key, title, tab_class in TABS:
            tab = tab_class(session)
            tab.setObjectName(f"{key}_tab")
            self.tab[key] = tab
            self.tabs.addTab(tab, translate("ParticipantView", title))
            reload_signal = getattr(tab, "reload_requested", None)
            if reload_signal is not None:
                reload_signal.connect(self.reload)
        self.tabs.currentChanged.connect(self._tab_changed)
        cases_tab = self.tab["cases"]
        assert isinstance(cases_tab, CasesTab)
        cases_tab.case_chosen.connect(self.select_case)
        self.tabs.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.emergency_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_note_shortcut = QShortcut(QKeySequence(NEW_NOTE_KEYS), self, context=context)
        self.new_note_shortcut.activated.connect(self.new_note)
        self.setTabOrder(self.back_button, self.case_combo)
        self.setTabOrder(self.case_combo, self.tabs)
        self._apply_accents()
        self.load()

    def _apply_accents(self) -> None:
        """Accent colours readable on the current palette (light or dark theme)."""
        dark = dark_palette(self)
        banner = BANNER_COLOURS[dark]
        self.banner.setStyleSheet(
            f"QFrame#protected_banner {{ border: 2px solid {banner}; border-radius: 4px; }}"
        )
        self.banner_label.setStyleSheet(f"color: {banner}; font-weight: 600;")
        emergency = EMERGENCY_COLOURS[dark]
        self.emergency_label.setStyleSheet(f"color: {emergency}; font-weight: 600;")
        if self.file is not None:
            self._show_flags(self.file)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_accents()
        super().changeEvent(event)

    # ------------------------------------------------------------------ loading

    @property
    def journal(self) -> JournalTab:
        tab = self.tab["journal"]
        assert isinstance(tab, JournalTab)
        return tab

    @property
    def overview(self) -> OverviewTab:
        tab = self.tab["overview"]
        assert isinstance(tab, OverviewTab)
        return tab

    def load(self) -> None:
        """Read the whole file on the worker (again)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        person_id, wanted = self.person_id, self._wanted_case
        started = time.perf_counter()
        self.session.call(
            lambda vault: open_file(vault, person_id, wanted),
            on_done=guarded(self, lambda opening: self._opened(opening, started)),
            on_error=guarded(self, self._failed),
        )

    def reload(self) -> None:
        self.load()

    def show_person(self, person_id: str, case_id: str | None = None) -> None:
        """Show another participant in this view (reusing its widgets: building the nine
        tabs anew costs more than reading the whole file)."""
        self.save_drafts()
        self.forget()
        self.person_id = person_id
        self.case_id = case_id
        self._wanted_case = case_id
        self.tabs.setCurrentIndex(0)
        self.load()

    def _opened(self, opening: Opening, started: float) -> None:
        self._loading = False
        self.last_load_seconds = time.perf_counter() - started
        if self._reload_again:
            self._reload_again = False
            self.load()
            return
        if opening.needs_emergency:
            self._ask_emergency(opening)
            return
        self._wanted_case = None
        if opening.file is not None:
            self.show_file(opening.file)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._reload_again = False
        if self.file is None:
            self.status_label.setText(
                translate("ParticipantView", "The participant could not be opened.")
            )
            self.status_label.setVisible(True)
        self.error_box = error_presenter.present(self, error)

    # ------------------------------------------------------------------ emergency access

    def _ask_emergency(self, opening: Opening) -> None:
        from ui.dialogs.emergency_access_dialog import EmergencyAccessDialog

        case_id = str(opening.needs_emergency)
        if opening.file is not None:
            self.show_file(opening.file)
        else:
            self.status_label.setText(
                translate(
                    "ParticipantView", "This case is outside your own: emergency access needed."
                )
            )
        dialog = EmergencyAccessDialog(self.session, case_id, parent=self)
        dialog.accepted.connect(guarded(self, lambda: self._emergency_granted(case_id)))
        dialog.rejected.connect(guarded(self, lambda: self._emergency_refused(opening)))
        self.emergency_dialog = dialog
        dialog.open()

    def _emergency_granted(self, case_id: str) -> None:
        self._wanted_case = None
        self.case_id = case_id
        self.session.notify(Changes.of("audit", "cases", case_ids=[case_id]))
        self.load()

    def _emergency_refused(self, opening: Opening) -> None:
        self._wanted_case = None
        if opening.file is None:
            self.status_label.setText(
                translate(
                    "ParticipantView",
                    "Not opened: the case belongs to another case worker or team.",
                )
            )
            self.back_requested.emit()

    # ------------------------------------------------------------------ showing

    def show_file(self, file: ParticipantFile) -> None:
        started = time.perf_counter()
        self.file = file
        person = file.person
        self.status_label.setVisible(False)
        self.tabs.setEnabled(True)
        self.name_label.setText(person.full_name)
        number = identity_display(person.identity_kind, person.identity_number)
        self.identity_label.setText(number or identity_kind_label(person.identity_kind))
        self._show_flags(file)
        self._show_banner(file)

        ids = [c.case.id for c in file.cases]
        if self.case_id not in ids:
            self.case_id = self._default_case(file)
        self._filling_cases = True
        try:
            self.case_combo.clear()
            info = self.session.info
            for case_file in file.cases:
                case = case_file.case
                self.case_combo.addItem(
                    f"{case.reference} – {info.code_label('phase', case.phase)}", case.id
                )
            if self.case_id is not None:
                self.case_combo.setCurrentIndex(self.case_combo.findData(self.case_id))
        finally:
            self._filling_cases = False
        several = len(file.cases) > 1
        self.case_combo.setVisible(several)
        self.case_label.setVisible(several)
        self._fill_tabs()
        self.last_fill_seconds = time.perf_counter() - started
        self.file_shown.emit()

    def _fill_tabs(self) -> None:
        file = self.file
        if file is None:
            return
        case_file = self.case_file
        self._show_emergency(case_file)
        for tab in self.tab.values():
            tab.show_file(file, case_file)

    @property
    def case_file(self) -> Any:
        if self.file is None:
            return None
        return next((c for c in self.file.cases if c.case.id == self.case_id), None)

    @staticmethod
    def _default_case(file: ParticipantFile) -> str | None:
        """The newest open case, or else the newest case."""
        if not file.cases:
            return None
        open_cases = [c for c in file.cases if c.case.phase != phases.CLOSED]
        chosen = (open_cases or list(file.cases))[-1]
        return str(chosen.case.id)

    def select_case(self, case_id: str) -> None:
        if self.file is None or case_id == self.case_id:
            return
        if all(c.case.id != case_id for c in self.file.cases):
            return
        self.case_id = case_id
        self._filling_cases = True
        try:
            self.case_combo.setCurrentIndex(self.case_combo.findData(case_id))
        finally:
            self._filling_cases = False
        self._fill_tabs()

    def _case_combo_changed(self, index: int) -> None:
        if self._filling_cases or index < 0:
            return
        self.select_case(str(self.case_combo.itemData(index)))

    def _show_flags(self, file: ParticipantFile) -> None:
        self._clear_flags()
        active = {str(f.kind): f for f in file.flags if f.active}
        for kind in FLAG_ORDER:
            flag = active.get(kind)
            if flag is None:
                continue
            colour = (FLAG_COLOURS_DARK if dark_palette(self) else FLAG_COLORS)[kind]
            label = chip(translate("Flags", FLAG_LABELS[kind]), colour, f"flag_{kind}")
            label.setToolTip(flag.reason)
            label.setAccessibleName(translate("Flags", FLAG_LABELS[kind]))
            self.flags_layout.addWidget(label)

    def _show_banner(self, file: ParticipantFile) -> None:
        person = file.person
        flagged = any(
            f.active and str(f.kind) == FlagKind.PROTECTED_IDENTITY.value for f in file.flags
        )
        if person.protection is None and not flagged:
            self.banner.setVisible(False)
            self.banner_label.clear()
            return
        if person.protection is not None:
            text = translate("ParticipantView", "Protected personal data: {level}").format(
                level=protection_label(person.protection)
            )
            if person.protection_until is not None:
                text += " " + translate("ParticipantView", "(until {date})").format(
                    date=fmt_date(person.protection_until)
                )
            text += ". "
        else:
            text = translate("ParticipantView", "Flagged: protected identity. ")
        text += translate(
            "ParticipantView",
            "The address is hidden. Never pass on where this person lives or stays; "
            "revealing the address is recorded.",
        )
        self.banner_label.setText(text)
        self.banner.setVisible(True)

    def _show_emergency(self, case_file: Any) -> None:
        if case_file is None:
            self.emergency_label.setVisible(False)
            return
        actor = self.session.actor
        case = case_file.case
        rule = case_access(
            user_id=actor.user_id,
            roles=actor.roles,
            team=actor.team,
            case=CaseScope(responsible_user_id=case.responsible_user_id, team=case.team),
        )
        outside = rule == Access.EMERGENCY_ONLY
        self.emergency_label.setText(
            translate(
                "ParticipantView",
                "Opened through emergency access: this case belongs to another team. Your "
                "access is time-limited and flagged for the log review.",
            )
            if outside
            else ""
        )
        self.emergency_label.setVisible(outside)

    # ------------------------------------------------------------------ actions

    def _back(self) -> None:
        self.save_drafts()
        self.back_requested.emit()

    def new_note(self) -> None:
        """Ctrl+N anywhere in the view: the journal, with a new note."""
        if self.case_file is None:
            return
        self.tabs.setCurrentWidget(self.journal)
        self.journal.new_note()

    def show_tab(self, key: str) -> ParticipantTab:
        tab = self.tab[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        activate = getattr(tab, "activate", None)
        if activate is not None and self.file is not None:
            activate()

    # ------------------------------------------------------------------ page protocol

    def refresh(self, changes: Changes) -> None:
        if self.file is None:
            return
        mine = {c.case.id for c in self.file.cases}
        if self.person_id in changes.person_ids or mine.intersection(changes.case_ids):
            self.load()

    def save_drafts(self) -> None:
        for tab in self.tab.values():
            tab.save_drafts()

    def forget(self) -> None:
        close_dialog(self.emergency_dialog)
        self.emergency_dialog = None
        for tab in self.tab.values():
            tab.forget()
        self.file = None
        self.name_label.clear()
        self.identity_label.clear()
        self.banner_label.clear()
        self.banner.setVisible(False)
        self.emergency_label.setVisible(False)
        self.case_combo.clear()
        self._clear_flags()
        self.tabs.setEnabled(False)

    def _clear_flags(self) -> None:
        while self.flags_layout.count():
            item = self.flags_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
