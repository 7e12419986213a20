"""Översikt: the first page after login. My reminders (overdue first), my open cases, the
open cases by phase as a chart, flagged cases, and when the last backup and restore drill ran.

Everything comes from one core call (``vault.dashboard.overview()``: one transaction, one audit
entry, names left out). Names are joined on the GUI thread from the session's participant
list, which the participant page loads right after this page; until it arrives the case
reference stands in, and ``session.participants_loaded`` fills the names in.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain import backup as backup_rules
from avhopp.domain import phases
from ui.formats import fmt_date, fmt_datetime
from ui.i18n import translate
from ui.models.dashboard_models import (
    DashboardTableModel,
    FlaggedCasesModel,
    MyCasesModel,
    ReminderListModel,
)
from ui.models.participant_table_model import CASE_ROLE, PERSON_ROLE
from ui.pages.base import Page
from ui.session import Changes, Session
from ui.widgets.phase_chart import PhaseChart

QWIDGETSIZE_MAX = (1 << 24) - 1
#: A restore drill older than this is shown as a warning to those who run backups.
DRILL_WARNING_DAYS = backup_rules.DRILL_WARNING_DAYS
#: Kinds of change that alter what the overview shows.
RELEVANT_CHANGES = (
    "participants",
    "cases",
    "reminders",
    "flags",
    "plan",
    "consents",
    "settings",
    "backups",
)


def load_overview(vault: Any) -> Any:
    """Worker thread: the dashboard read model (never touch widgets here)."""
    return vault.dashboard.overview()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette, *, light: str, dark: str) -> QColor:
    """A small status accent that stays readable on the current theme's background."""
    return QColor(dark if is_dark(palette) else light)


class Section(QWidget):
    """A heading over a body (a table with an empty-state text, or any widget)."""

    def __init__(self, title: str, body: QWidget, *, name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}_section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = QLabel(title)
        self.heading.setObjectName(f"{name}_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.heading)
        layout.addWidget(body, 1)
        # The section is as tall as its body may be: a short list leaves the room below it
        # to the column's other sections instead of a gap under its heading.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)


class TableOrEmpty(QStackedWidget):
    """A table, or a calm sentence in its place when it has no rows."""

    def __init__(self, table: QTableView, empty_text: str, *, name: str) -> None:
        super().__init__()
        self.table = table
        self._base_minimum = table.minimumHeight()
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName(f"{name}_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setContentsMargins(2, 4, 2, 4)
        self.addWidget(table)
        self.addWidget(self.empty_label)
        self.loading_label = QLabel(translate("DashboardPage", "Loading…"))
        self.loading_label.setObjectName(f"{name}_loading")
        self.loading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.loading_label.setContentsMargins(2, 4, 2, 4)
        self.addWidget(self.loading_label)
        self.setCurrentWidget(self.loading_label)
        # Each state has its own height (the stack would otherwise keep the largest).
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def show_rows(self, count: int) -> None:
        """Show the table sized to its rows (it scrolls when the page has less room), or
        the sentence; a short list leaves the room below to the sections that need it."""
        if not count:
            self.setCurrentWidget(self.empty_label)
            self.setMaximumHeight(self.empty_label.sizeHint().height() + 4)
            return
        self.setCurrentWidget(self.table)
        table = self.table
        rows = table.verticalHeader().defaultSectionSize() * count
        header = table.horizontalHeader()
        header_height = max(header.sizeHint().height(), header.height())
        height = header_height + rows + 2 * table.frameWidth() + 4
        self.setMaximumHeight(height)
        table.setMinimumHeight(min(height, self._base_minimum))

    def show_loading(self) -> None:
        self.setCurrentWidget(self.loading_label)
        self.setMaximumHeight(QWIDGETSIZE_MAX)

    def sizeHint(self) -> Any:
        return self.currentWidget().sizeHint()

    def minimumSizeHint(self) -> Any:
        return self.currentWidget().minimumSizeHint()


class AccentFrame(QFrame):
    """A frame with a coloured bar down its left edge while ``accent`` is set (a small status
    accent on the theme's own background)."""

    BAR = 4

    def __init__(self) -> None:
        super().__init__()
        self.accent: QColor | None = None

    def set_accent(self, color: QColor | None) -> None:
        self.accent = color
        self.update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.accent is None:
            return
        painter = QPainter(self)
        painter.fillRect(0, 0, self.BAR, self.height(), self.accent)
        painter.end()


class DashboardPage(Page):
    #: Emitted on the GUI thread when the overview has been shown (models filled).
    overview_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        info = session.info
        self.overview: Any = None
        self.loaded = False
        self.load_seconds: float | None = None
        self._loading = False
        self._stale = False
        self._generation = 0
        self._last_open: tuple[str, str, float] = ("", "", 0.0)

        self.reminder_model = ReminderListModel(
            name_of=session.participant_name,
            reference_of=self._reference_of,
            person_of=self._person_of,
            parent=self,
        )
        self.my_cases_model = MyCasesModel(
            name_of=session.participant_name,
            phase_label=lambda code: info.code_label("phase", code),
            parent=self,
        )
        self.flagged_model = FlaggedCasesModel(name_of=session.participant_name, parent=self)
        self._apply_palette()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(14)

        top = QHBoxLayout()
        title = QLabel(translate("DashboardPage", "Overview"))
        title.setObjectName("page_heading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.today_label = QLabel()
        self.today_label.setObjectName("today_label")
        self.today_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(self.today_label)
        self.refresh_button = QPushButton(translate("DashboardPage", "Refresh"))
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setAccessibleName(translate("DashboardPage", "Refresh the overview"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(18)
        right = QVBoxLayout()
        right.setSpacing(18)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer.addLayout(columns, 1)

        # -- left: my reminders, my cases
        self.reminder_table = self._table(
            self.reminder_model,
            "reminder_table",
            translate("DashboardPage", "My reminders"),
            {
                ReminderListModel.Column.NAME: QHeaderView.ResizeMode.Stretch,
                ReminderListModel.Column.REMINDER: QHeaderView.ResizeMode.Stretch,
            },
        )
        self.reminder_box = TableOrEmpty(
            self.reminder_table,
            translate("DashboardPage", "No reminders are due in the next 30 days."),
            name="reminder",
        )
        self.reminder_section = Section(
            translate("DashboardPage", "My reminders"), self.reminder_box, name="reminder"
        )
        left.addWidget(self.reminder_section, 100)

        self.my_cases_table = self._table(
            self.my_cases_model,
            "my_cases_table",
            translate("DashboardPage", "My cases"),
            {
                MyCasesModel.Column.NAME: QHeaderView.ResizeMode.Stretch,
                MyCasesModel.Column.PHASE: QHeaderView.ResizeMode.Stretch,
            },
        )
        self.my_cases_box = TableOrEmpty(
            self.my_cases_table,
            translate("DashboardPage", "You are not responsible for any open case."),
            name="my_cases",
        )
        self.my_cases_section = Section(
            translate("DashboardPage", "My cases"), self.my_cases_box, name="my_cases"
        )
        left.addWidget(self.my_cases_section, 100)
        left.addStretch(1)

        # -- right: chart, flagged cases, backups
        self.chart = PhaseChart()
        self.chart_section = Section(
            translate("DashboardPage", "Open cases by phase"), self.chart, name="chart"
        )
        self.chart_section.layout().setStretch(1, 0)
        right.addWidget(self.chart_section, 0)

        self.flagged_table = self._table(
            self.flagged_model,
            "flagged_table",
            translate("DashboardPage", "Flagged cases"),
            {FlaggedCasesModel.Column.NAME: QHeaderView.ResizeMode.Stretch},
        )
        self.flagged_box = TableOrEmpty(
            self.flagged_table,
            translate("DashboardPage", "No open case is flagged."),
            name="flagged",
        )
        self.flagged_section = Section(
            translate("DashboardPage", "Flagged cases"), self.flagged_box, name="flagged"
        )
        right.addWidget(self.flagged_section, 100)

        self.backup_frame = AccentFrame()
        self.backup_frame.setObjectName("backup_status")
        backup_layout = QHBoxLayout(self.backup_frame)
        backup_layout.setContentsMargins(12, 6, 6, 6)
        self.backup_icon = QLabel()
        self.backup_icon.setObjectName("backup_icon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.backup_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.backup_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.backup_icon.setVisible(False)
        backup_layout.addWidget(self.backup_icon)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_label")
        self.backup_label.setWordWrap(True)
        self.drill_label = QLabel()
        self.drill_label.setObjectName("drill_label")
        self.drill_label.setWordWrap(True)
        self.drill_advice = QLabel()
        self.drill_advice.setObjectName("drill_advice")
        self.drill_advice.setWordWrap(True)
        self.drill_advice.setVisible(False)
        texts.addWidget(self.backup_label)
        texts.addWidget(self.drill_label)
        texts.addWidget(self.drill_advice)
        backup_layout.addLayout(texts, 1)
        self.backup_section = Section(
            translate("DashboardPage", "Backups"), self.backup_frame, name="backup"
        )
        right.addWidget(self.backup_section, 0)
        right.addStretch(1)
        self.backup_warning = False

        self.setTabOrder(self.refresh_button, self.reminder_table)
        self.setTabOrder(self.reminder_table, self.my_cases_table)
        self.setTabOrder(self.my_cases_table, self.chart)
        self.setTabOrder(self.chart, self.flagged_table)

        session.participants_loaded.connect(self._names_arrived)

    # ------------------------------------------------------------------ building

    def _table(
        self,
        model: DashboardTableModel,
        name: str,
        accessible: str,
        modes: dict[int, QHeaderView.ResizeMode],
    ) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setCursor(Qt.CursorShape.PointingHandCursor)
        table.setToolTip(translate("DashboardPage", "Click a row to open the participant"))
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # At least three rows when there are that many (set per fill in ``show_rows``).
        table.setMinimumHeight((self.fontMetrics().height() + 10) * 3 + 30)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Short lists in narrow columns: the columns share the width, no sideways scrolling.
        for column in range(model.columnCount()):
            mode = modes.get(column, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        table.clicked.connect(self._row_opened)
        table.activated.connect(self._row_opened)
        return table

    def _apply_palette(self) -> None:
        self.reminder_model.set_overdue_color(
            accent(self.palette(), light="#c62828", dark="#ef9a9a")
        )

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "backup_frame"):
            self._apply_palette()
            self._show_backups()
        super().changeEvent(event)

    # ------------------------------------------------------------------ loading

    def activate(self) -> None:
        if (not self.loaded and not self._loading) or self._stale:
            self.reload()

    def reload(self) -> None:
        if self._loading:
            self._stale = True  # reload once more when this one has arrived
            return
        self._loading = True
        self._stale = False
        generation = self._generation
        started = time.perf_counter()
        self.session.call(
            load_overview,
            on_done=lambda overview: self._filled(overview, generation, started),
            on_error=lambda error: self._failed(error, generation),
            parent=self,
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        from ui import error_presenter

        self._loading = False
        if generation == self._generation:
            error_presenter.present(self, error)

    def _filled(self, overview: Any, generation: int, started: float) -> None:
        self._loading = False
        if generation != self._generation:
            return  # the session locked meanwhile: drop it
        self.overview = overview
        self.loaded = True
        self.load_seconds = time.perf_counter() - started
        self.today_label.setText(
            translate("DashboardPage", "Today {date}").format(date=fmt_date(overview.today))
        )
        self.reminder_model.set_reminders(overview.overdue_reminders, overview.upcoming_reminders)
        self.reminder_box.show_rows(self.reminder_model.rowCount())
        self.reminder_section.heading.setText(self._reminder_heading())
        self.my_cases_model.set_rows(overview.my_cases)
        self.my_cases_box.show_rows(self.my_cases_model.rowCount())
        self.my_cases_section.heading.setText(
            translate("DashboardPage", "My cases") + self._count(len(overview.my_cases))
        )
        self.flagged_model.set_rows(overview.flagged_cases)
        self.flagged_box.show_rows(self.flagged_model.rowCount())
        self.flagged_section.heading.setText(
            translate("DashboardPage", "Flagged cases") + self._count(len(overview.flagged_cases))
        )
        self.chart.set_bars(self.chart_bars(overview.open_cases_by_phase))
        self.chart_section.heading.setText(
            translate("DashboardPage", "Open cases by phase") + self._count(overview.open_cases)
        )
        self._show_backups()
        self.overview_loaded.emit()
        if self._stale:
            self.reload()

    @staticmethod
    def _count(n: int) -> str:
        return f" ({n})"

    def _reminder_heading(self) -> str:
        overdue = self.reminder_model.overdue_count
        upcoming = self.reminder_model.upcoming_count
        heading = translate("DashboardPage", "My reminders")
        if not overdue and not upcoming:
            return heading
        parts = []
        if overdue:
            parts.append(translate("DashboardPage", "%n overdue", None, overdue))
        if upcoming:
            parts.append(translate("DashboardPage", "%n upcoming", None, upcoming))
        return f"{heading} ({', '.join(parts)})"

    def chart_bars(self, by_phase: Any) -> list[tuple[str, int]]:
        """Every open phase in the process order (zero counts too, so the chart keeps its
        shape), then any other phase the core counted."""
        label = self.session.info.code_label
        codes = list(phases.OPEN_ORDER)
        codes += [code for code in by_phase if code not in codes]
        return [(label("phase", code), int(by_phase.get(code, 0))) for code in codes]

    def _show_backups(self) -> None:
        overview = self.overview
        if overview is None:
            self.backup_label.setText(translate("DashboardPage", "Loading…"))
            self.drill_label.clear()
            self._set_backup_warning(False)
            return
        if overview.last_backup_at is None:
            backup = translate("DashboardPage", "No backup has been made yet.")
        else:
            backup = translate("DashboardPage", "Last backup: {time}").format(
                time=fmt_datetime(overview.last_backup_at)
            )
        if overview.last_drill_at is None:
            drill = translate("DashboardPage", "No restore drill has been made yet.")
        else:
            drill = translate("DashboardPage", "Last restore drill: {time}").format(
                time=fmt_datetime(overview.last_drill_at)
            )
        self.backup_label.setText(backup)
        self.drill_label.setText(drill)
        info = self.session.info
        # Only those who can act on it (managers, administrators) get the warning; for a case
        # worker it would be noise on every start.
        responsible = info.manages or info.administers
        self._set_backup_warning(responsible and self.drill_overdue(overview.last_drill_at))

    @staticmethod
    def drill_overdue(last_drill_at: datetime | None, *, now: datetime | None = None) -> bool:
        """The core's rule (stored times are naive UTC)."""
        moment = now or datetime.now(UTC)
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        if last_drill_at is not None and last_drill_at.tzinfo is not None:
            last_drill_at = last_drill_at.astimezone(UTC).replace(tzinfo=None)
        return backup_rules.drill_overdue(last_drill_at, moment)

    def _set_backup_warning(self, warning: bool) -> None:
        self.backup_warning = warning
        self.backup_icon.setVisible(warning)
        self.drill_advice.setVisible(warning)
        if warning:
            self.backup_frame.set_accent(accent(self.palette(), light="#b45309", dark="#fbbf24"))
            self.drill_advice.setText(
                translate(
                    "DashboardPage",
                    "Make a restore drill at least every {days} days, so you know the "
                    "backups can be restored.",
                ).format(days=DRILL_WARNING_DAYS)
            )
            self.backup_frame.setAccessibleDescription(
                translate(
                    "DashboardPage", "Warning: no restore drill in the last {days} days."
                ).format(days=DRILL_WARNING_DAYS)
            )
        else:
            self.backup_frame.set_accent(None)
            self.drill_advice.clear()
            self.backup_frame.setAccessibleDescription("")

    # ------------------------------------------------------------------ names

    def _reference_of(self, case_id: str) -> str:
        row = self.session.participants.get(case_id)
        if row is not None:
            return str(row.reference)
        overview = self.overview
        if overview is not None:
            for case in (*overview.my_cases, *overview.flagged_cases):
                if case.case_id == case_id:
                    return str(case.reference)
        return ""

    def _person_of(self, case_id: str) -> str | None:
        row = self.session.participants.get(case_id)
        return str(row.person_id) if row is not None else None

    def _names_arrived(self) -> None:
        for model in (self.reminder_model, self.my_cases_model, self.flagged_model):
            model.names_changed()

    # ------------------------------------------------------------------ opening

    def _row_opened(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ROLE)
        case_id = index.data(CASE_ROLE) or ""
        if not person_id:
            return
        # A click and an "activated" on single-click platforms arrive together: open once.
        last_person, last_case, when = self._last_open
        now = time.monotonic()
        if (last_person, last_case) == (person_id, case_id) and now - when < 0.5:
            return
        self._last_open = (person_id, case_id, now)
        self.session.open_participant(person_id, case_id)

    # ------------------------------------------------------------------ page protocol

    def refresh(self, changes: Changes) -> None:
        if not changes.touches(*RELEVANT_CHANGES):
            return
        if self._loading:
            self._stale = True  # the load under way may have read the old state
            return
        if not self.loaded:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when the page is shown again

    def forget(self) -> None:
        self._generation += 1
        self.overview = None
        self.loaded = False
        self._stale = False
        for model in (self.reminder_model, self.my_cases_model, self.flagged_model):
            model.clear()
        for box in (self.reminder_box, self.my_cases_box, self.flagged_box):
            box.show_loading()
        self.chart.clear()
        self.today_label.clear()
        self._show_backups()
