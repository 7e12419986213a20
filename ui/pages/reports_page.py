"""Rapporter (unit managers): the PDF reports.

- Rådsrapport: the safety council's progress report for a half-year, a year or any period,
  compared with the period just before it, with disclosure control at the unit's
  threshold; the manager may write a summary for its first page (``vault.reports.council``).
- Lägesrapport: the progress summary of one case for a case conference, and Registerutdrag:
  the register extract (GDPR Art. 15) of one person. The participant is picked from the
  participant list the session already holds (search as you type over name, identity number
  and case reference); the options are asked in ``SummaryReportDialog`` /
  ``ExtractReportDialog``.

Every report is made on the worker behind a progress dialog with Cancel and shown in the
result window (``ui.report_output``), from where it is saved where the user chooses, opened or
printed. The page keeps no report: the window holds it until it closes or the session locks.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.reports import MAX_SUMMARY_TEXT
from avhopp.domain.stats import previous_period
from ui.dialogs.form_dialog import alive, close_dialog, guarded
from ui.dialogs.summary_report_dialog import (
    ExtractReportDialog,
    SummaryReportDialog,
    WrappingLabel,
    language_combo,
)
from ui.formats import fmt_date, parse_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.models.participant_table_model import Column, Filters, ParticipantTableModel
from ui.pages.base import Page
from ui.pages.participant_tabs.tables import compact_table
from ui.report_output import ReportGeneration, show_result
from ui.session import Changes, Session

FIRST_HALF, SECOND_HALF, WHOLE_YEAR, CUSTOM = "h1", "h2", "year", "custom"
OVER_STYLE = "color: #c62828; font-weight: 600;"


def preset_period(preset: str, year: int) -> tuple[date, date]:
    """The dates of a period preset of ``year``."""
    if preset == FIRST_HALF:
        return date(year, 1, 1), date(year, 6, 30)
    if preset == SECOND_HALF:
        return date(year, 7, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def default_preset(today: date) -> tuple[str, int]:
    """The last half-year that has ended: what a council asks about next."""
    if today.month >= 7:
        return FIRST_HALF, today.year
    return SECOND_HALF, today.year - 1


class ReportsPage(Page):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(session, parent)
        self.today = today or date.today()
        self.errors = FieldErrors(self)
        self.dialog: Any = None
        self.result_dialog: Any = None
        self.generation: ReportGeneration | None = None
        self.threshold: int | None = None
        self._threshold_asked = False
        info = session.info
        self.model = ParticipantTableModel(
            phase_label=lambda code: info.code_label("phase", code),
            staff_name=info.staff_name,
            parent=self,
        )

        heading = QLabel(translate("ReportsPage", "Reports"))
        heading.setObjectName("page_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        council = self._build_council()
        individual = self._build_individual()
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(council, 5)
        columns.addWidget(individual, 6)

        self.status_label = QLabel()
        self.status_label.setObjectName("reports_status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)

        order = [
            self.preset_combo,
            self.year_spin,
            self.start_edit,
            self.end_edit,
            self.council_language,
            self.summary_edit,
            self.council_button,
            self.search_edit,
            self.table,
            self.summary_button,
            self.extract_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        session.participants_loaded.connect(self._participants_loaded)
        if session.participants_loaded_once:
            QTimer.singleShot(0, self._participants_loaded)
        self._preset_changed()
        self._update_buttons()

    # ------------------------------------------------------------------ building

    def _build_council(self) -> QGroupBox:
        box = QGroupBox(translate("ReportsPage", "Council progress report"))
        box.setObjectName("council_box")
        intro = QLabel(
            translate(
                "ReportsPage",
                "Aggregate figures for the safety council: inflow, caseload, closures, phases, "
                "lead times, support, outcomes and quality indicators, with charts. No name, "
                "identity number or case reference appears in it.",
            )
        )
        intro.setObjectName("council_intro")
        intro.setWordWrap(True)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("period_preset_combo")
        for text, data in (
            (translate("ReportsPage", "First half-year"), FIRST_HALF),
            (translate("ReportsPage", "Second half-year"), SECOND_HALF),
            (translate("ReportsPage", "Whole year"), WHOLE_YEAR),
            (translate("ReportsPage", "Custom period"), CUSTOM),
        ):
            self.preset_combo.addItem(text, data)
        self.preset_combo.setAccessibleName(translate("ReportsPage", "Period"))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("period_year_spin")
        self.year_spin.setRange(2000, self.today.year + 1)
        self.year_spin.setAccessibleName(translate("ReportsPage", "Year"))
        preset, year = default_preset(self.today)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        self.year_spin.setValue(year)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.year_spin.valueChanged.connect(self._preset_changed)
        period_row = QWidget()
        period_layout = QHBoxLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.preset_combo, 1)
        period_layout.addWidget(self.year_spin)

        self.start_edit = QLineEdit()
        self.start_edit.setObjectName("council_start_edit")
        self.start_edit.setPlaceholderText("YYYY-MM-DD")
        self.end_edit = QLineEdit()
        self.end_edit.setObjectName("council_end_edit")
        self.end_edit.setPlaceholderText("YYYY-MM-DD")
        for edit in (self.start_edit, self.end_edit):
            edit.textChanged.connect(self._update_comparison)
        dates_row = QWidget()
        dates_layout = QHBoxLayout(dates_row)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.setSpacing(6)
        dates_layout.addWidget(self._with_error(self.start_edit, "from"), 1)
        dash = QLabel("–")
        dash.setFixedHeight(self.start_edit.sizeHint().height())
        dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dates_layout.addWidget(dash, 0, Qt.AlignmentFlag.AlignTop)
        dates_layout.addWidget(self._with_error(self.end_edit, "to"), 1)
        self.start_edit.setAccessibleName(translate("ReportsPage", "Period from"))
        self.end_edit.setAccessibleName(translate("ReportsPage", "Period to"))

        self.council_language = language_combo("council_language_combo")
        self.council_language.setAccessibleName(translate("ReportsPage", "Report language"))

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("council_summary_edit")
        self.summary_edit.setAccessibleName(translate("ReportsPage", "Summary"))
        self.summary_edit.setPlaceholderText(
            translate(
                "ReportsPage",
                "Optional: the unit's own words on the period, printed in a box on the first "
                "page. Write no names or details that identify anyone.",
            )
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(self.fontMetrics().height() * 6)
        self.summary_edit.textChanged.connect(self._summary_changed)
        self.summary_counter = QLabel()
        self.summary_counter.setObjectName("summary_counter")
        self.summary_counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        summary_box = QWidget()
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.setSpacing(2)
        summary_layout.addWidget(self.summary_edit, 1)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.errors.error_label("summary_text", self.summary_edit), 1)
        counter_row.addWidget(self.summary_counter, 0, Qt.AlignmentFlag.AlignTop)
        summary_layout.addLayout(counter_row)

        self.comparison_label = WrappingLabel()
        self.comparison_label.setObjectName("comparison_label")
        self.comparison_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label(translate("ReportsPage", "&Period:"), self.preset_combo), period_row
        )
        form.addRow(self._label(translate("ReportsPage", "&Dates:"), self.start_edit), dates_row)
        form.addRow("", self.comparison_label)
        form.addRow(
            self._label(translate("ReportsPage", "&Language:"), self.council_language),
            self.council_language,
        )
        form.addRow(
            self._label(translate("ReportsPage", "S&ummary:"), self.summary_edit), summary_box
        )

        self.council_button = QPushButton(translate("ReportsPage", "&Create report"))
        self.council_button.setObjectName("council_button")
        self.council_button.setAccessibleName(
            translate("ReportsPage", "Create the council progress report")
        )
        self.council_button.clicked.connect(self.create_council)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.council_button)

        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addLayout(button_row)
        self._summary_changed()
        return box

    def _build_individual(self) -> QGroupBox:
        box = QGroupBox(translate("ReportsPage", "Reports on one participant"))
        box.setObjectName("individual_box")
        intro = QLabel(
            translate(
                "ReportsPage",
                "A progress summary of the selected case for a case conference, or a "
                "register extract of everything the unit holds about the person (GDPR "
                "article 15). Both are secret and are logged when made.",
            )
        )
        intro.setObjectName("individual_intro")
        intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("report_search_edit")
        self.search_edit.setPlaceholderText(
            translate("ReportsPage", "Search name, identity number or case reference")
        )
        self.search_edit.setAccessibleName(translate("ReportsPage", "Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)

        self.table = compact_table(
            "report_participant_table", translate("ReportsPage", "Participants"), sortable=True
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in (
            (Column.NAME, 175),
            (Column.IDENTITY, 135),
            (Column.REFERENCE, 115),
        ):
            header.resizeSection(column, width)
        for column in (Column.CASE_WORKER, Column.FLAGS):
            self.table.setColumnHidden(column, True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._activated)

        self.summary_button = QPushButton(translate("ReportsPage", "Progress &summary…"))
        self.summary_button.setObjectName("summary_button")
        self.summary_button.setAccessibleName(
            translate("ReportsPage", "Progress summary of the selected case")
        )
        self.summary_button.clicked.connect(self.create_summary)
        self.extract_button = QPushButton(translate("ReportsPage", "Register &extract…"))
        self.extract_button.setObjectName("extract_button")
        self.extract_button.setAccessibleName(
            translate("ReportsPage", "Register extract of the selected person")
        )
        self.extract_button.clicked.connect(self.create_extract)
        self.count_label = QLabel(translate("ReportsPage", "Loading participants…"))
        self.count_label.setObjectName("report_count_label")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.extract_button)

        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    def _activated(self, _index: Any) -> None:
        self.create_summary()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self.errors.error_label(field, widget))
        return cell

    # ------------------------------------------------------------------ Page

    def activate(self) -> None:
        if not self._threshold_asked:
            self._threshold_asked = True
            self.session.call(
                lambda vault: int(vault.settings.get().settings.suppression_threshold),
                on_done=guarded(self, self._threshold_loaded),
                on_error=lambda _error: None,  # the line then names no number
            )

    def refresh(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self._threshold_asked = False
            if self.isVisible():
                self.activate()

    def forget(self) -> None:
        close_dialog(self.dialog)
        self.dialog = None
        if self.generation is not None and alive(self.generation):
            self.generation.cancel()
        if alive(self.result_dialog):
            self.result_dialog.reject()
        self.result_dialog = None
        self.model.clear()
        self.search_edit.clear()
        self.summary_edit.clear()
        self.status_label.clear()

    # ------------------------------------------------------------------ the council report

    def _preset_changed(self) -> None:
        preset = self.preset_combo.currentData()
        custom = preset == CUSTOM
        self.year_spin.setEnabled(not custom)
        for edit in (self.start_edit, self.end_edit):
            edit.setReadOnly(not custom)
        if not custom:
            start, end = preset_period(preset, self.year_spin.value())
            self.start_edit.setText(fmt_date(start))
            self.end_edit.setText(fmt_date(end))
        self._update_comparison()

    def _period(self, *, show: bool) -> tuple[date, date] | None:
        values: list[date] = []
        for edit, field in ((self.start_edit, "from"), (self.end_edit, "to")):
            try:
                value = parse_date(edit.text())
            except ValueError:
                value = None
            if value is None:
                if show:
                    self.errors.show_field(
                        field, translate("ReportsPage", "Write a date as YYYY-MM-DD.")
                    )
                return None
            values.append(value)
        return values[0], values[1]

    def _update_comparison(self) -> None:
        if self.threshold is not None:
            text = translate(
                "ReportsPage",
                "The report compares the period with the period just before it and "
                "applies disclosure control with the unit's threshold: counts under {n} are "
                "shown as “<{n}”.",
            ).format(n=self.threshold)
        else:
            text = translate(
                "ReportsPage",
                "The report compares the period with the period just before it and "
                "applies disclosure control with the unit's threshold.",
            )
        period = self._period(show=False)
        if period is not None and period[0] <= period[1]:
            before = previous_period(*period)
            text += " " + translate("ReportsPage", "Compared with {start} – {end}.").format(
                start=fmt_date(before[0]), end=fmt_date(before[1])
            )
        self.comparison_label.setText(text)

    def _threshold_loaded(self, threshold: int) -> None:
        self.threshold = threshold
        self._update_comparison()

    def _summary_changed(self) -> None:
        count = len(self.summary_edit.toPlainText().strip())
        self.summary_counter.setText(
            translate("ReportsPage", "{count} / {limit}").format(
                count=count, limit=MAX_SUMMARY_TEXT
            )
        )
        self.summary_counter.setStyleSheet(OVER_STYLE if count > MAX_SUMMARY_TEXT else "")

    def create_council(self) -> None:
        if self.generation is not None:
            return
        self.errors.clear()
        period = self._period(show=True)
        if period is None:
            return
        start, end = period
        summary = self.summary_edit.toPlainText()
        language = str(self.council_language.currentData())

        def make(vault: Any, progress: Any, cancel: Any) -> Any:
            return vault.reports.council(
                start,
                end,
                summary_text=summary,
                language=language,
                progress=progress,
                cancel=cancel,
            )

        description = translate("ReportsPage", "{start} – {end}").format(
            start=fmt_date(start), end=fmt_date(end)
        )
        self.status_label.clear()
        generation = ReportGeneration(
            self.session,
            self,
            make,
            title=translate("ReportsPage", "Council progress report"),
        )
        generation.done.connect(guarded(self, lambda doc: self._generated(doc, description)))
        generation.failed.connect(guarded(self, self._council_failed))
        generation.cancelled.connect(guarded(self, self._cancelled))
        self.generation = generation
        self._update_buttons()
        generation.start()

    def _generated(self, document: Any, description: str) -> None:
        self.generation = None
        self._update_buttons()
        self.status_label.clear()
        dialog = show_result(self.session, document, description=description, parent=self)
        dialog.finished.connect(guarded(self, lambda _result: self._result_closed(dialog)))
        self.result_dialog = dialog

    def _result_closed(self, dialog: Any) -> None:
        if self.result_dialog is dialog:
            self.result_dialog = None

    def _council_failed(self, error: BaseException) -> None:
        self.generation = None
        self._update_buttons()
        self.errors.show(error)  # the period and the summary show their own errors

    def _cancelled(self) -> None:
        self.generation = None
        self._update_buttons()
        self.status_label.setText(
            translate("ReportsPage", "The report was cancelled; nothing was saved.")
        )

    # ------------------------------------------------------------------ individual reports

    def _participants_loaded(self) -> None:
        session = self.session
        self.model.set_rows(list(session.participants.values()), session.participant_flags)
        self._search()

    def _search(self) -> None:
        self.model.set_filters(Filters(query=self.search_edit.text()))
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
        self.count_label.setText(
            translate("ReportsPage", "%n case(s) shown", None, self.model.rowCount())
        )
        self._update_buttons()

    def selected_row(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.row_data(rows[0].row())

    def select_case(self, case_id: str) -> bool:
        """Select the row of ``case_id`` (for tests and for a search that found it)."""
        row = self.model.row_of_case(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.summary_button.setEnabled(chosen)
        self.extract_button.setEnabled(chosen)
        self.council_button.setEnabled(self.generation is None)

    def _who(self, row: Any) -> str:
        return f"{row.full_name} ({row.reference})"

    def create_summary(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = SummaryReportDialog(
            self.session, row.case_id, reference=row.reference, today=self.today, parent=self
        )
        description = translate("ReportsPage", "Case {reference}").format(reference=row.reference)
        dialog.saved.connect(guarded(self, lambda doc: self._generated(doc, description)))
        self.dialog = dialog
        dialog.open()

    def create_extract(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ExtractReportDialog(self.session, row.person_id, who=self._who(row), parent=self)
        description = translate("ReportsPage", "The person of case {reference}").format(
            reference=row.reference
        )
        dialog.saved.connect(guarded(self, lambda doc: self._generated(doc, description)))
        self.dialog = dialog
        dialog.open()
