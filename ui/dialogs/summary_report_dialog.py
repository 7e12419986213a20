"""The options of an individual report before it is made: the progress summary (lägesrapport)
of one case for a case conference, and the register extract (registerutdrag, GDPR Art. 15) of
one person.

The dialog collects the options and hands them to ``vault.reports`` on the worker, behind a
progress dialog with Cancel (``ui.report_output.ReportGeneration``); the core checks them and
its errors appear under their fields (the password's length, the period). The only check made
here is that the password was typed the same way twice. The password is never logged and the
fields are cleared once it was used. ``saved(document)`` carries the finished
``ReportDocument``; the opener shows it in the result window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from avhopp.domain.reports import MIN_PDF_PASSWORD
from ui.dialogs.form_dialog import guarded
from ui.dialogs.service_dialog import ServiceDialog
from ui.formats import fmt_date, parse_date
from ui.i18n import translate
from ui.report_output import Maker, ReportGeneration
from ui.session import Session

#: Key events of the summary are taken from this many days back (about six months).
DEFAULT_DAYS = 182
#: The languages a report is written in: code → name in that language.
REPORT_LANGUAGES = (("sv", "Svenska"), ("en", "English"))
WARNING_STYLE = "color: #b45309;"


class WrappingLabel(QLabel):
    """A word-wrapped label in a form row, as tall as its text at its real width (a form
    layout otherwise sizes it for a narrower width and leaves gaps around it)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        if self.width() > 0:
            return QSize(0, self.heightForWidth(self.width()))
        return super().minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def full_width(widget: QWidget) -> QWidget:
    """A note or check box in the field column grows with the dialog (the form grows only
    expanding fields), so its text wraps at the dialog's width, not at a narrow hint."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


def language_combo(name: str = "language_combo") -> QComboBox:
    """Svenska / English, each named in its own language."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code, label in REPORT_LANGUAGES:
        combo.addItem(label, code)
    return combo


class ReportOptionsDialog(ServiceDialog):
    """What the two individual reports share: a password (optional) typed twice, the report
    language, and generation with a progress dialog. Subclasses add their options and build
    the maker in :meth:`maker`."""

    def __init__(self, session: Session, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=title,
            ok_text=translate("SummaryReportDialog", "&Create report"),
            parent=parent,
        )
        self.generation: ReportGeneration | None = None
        # Closed dialogs go away (a typed password with them), and so does an open one when
        # the session locks.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.about_to_lock.connect(guarded(self, self._lock_close))

    def add_password_fields(self) -> None:
        self.protect_check = QCheckBox(translate("SummaryReportDialog", "&Protect with a password"))
        self.protect_check.setObjectName("protect_check")
        self.protect_check.toggled.connect(self._protect_toggled)
        self.form.addRow("", full_width(self.protect_check))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            translate("SummaryReportDialog", "at least {n} characters").format(n=MIN_PDF_PASSWORD)
        )
        self.errors.add_row(
            self.form,
            translate("SummaryReportDialog", "Pass&word:"),
            self.password_edit,
            "password",
            accessible_name=translate("SummaryReportDialog", "Password"),
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("password_repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(
            self.form,
            translate("SummaryReportDialog", "&Repeat:"),
            self.repeat_edit,
            "password_repeat",
            accessible_name=translate("SummaryReportDialog", "Repeat password"),
        )
        self.password_note = WrappingLabel(
            translate(
                "SummaryReportDialog",
                "The file is encrypted with AES-256. Give the password to the recipient "
                "another way than the file; it is not stored anywhere.",
            )
        )
        self.password_note.setObjectName("password_note")
        self.password_note.setWordWrap(True)
        self.password_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form.addRow("", full_width(self.password_note))
        self._protect_toggled(False)

    def add_language_field(self) -> None:
        self.language_combo = language_combo()
        self.errors.add_row(
            self.form,
            translate("SummaryReportDialog", "&Language:"),
            self.language_combo,
            "language",
            accessible_name=translate("SummaryReportDialog", "Report language"),
        )

    def _protect_toggled(self, on: bool) -> None:
        for widget in (self.password_edit, self.repeat_edit):
            widget.setEnabled(on)
        if on:
            self.password_edit.setFocus()
        else:
            self.clear_password()

    def _lock_close(self) -> None:
        self.clear_password()
        self.busy = False
        self.reject()

    def clear_password(self) -> None:
        """Forget the typed password (after use, and when protection is switched off)."""
        self.password_edit.clear()
        self.repeat_edit.clear()

    def password(self) -> tuple[bool, str | None]:
        """(typed alike, the password or ``None`` when the file is not protected)."""
        if not self.protect_check.isChecked():
            return True, None
        text = self.password_edit.text()
        if text != self.repeat_edit.text():
            self.errors.show_field(
                "password_repeat",
                translate("SummaryReportDialog", "The two passwords are not the same."),
            )
            self.fit_height()
            return False, None
        return True, text

    # ------------------------------------------------------------------ generating

    def maker(self) -> Maker | None:  # pragma: no cover - abstract
        """The worker function ``make(vault, progress, cancel)``, or ``None`` after showing a
        field error. Read the widgets here (GUI thread)."""
        raise NotImplementedError

    def build_call(self) -> Callable[[Any], Any] | None:  # ServiceDialog's hook, not used
        return None

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        make = self.maker()
        if make is None:
            return
        self.clear_password()  # handed to the worker; nothing of it stays in the form
        self._set_busy(True)
        generation = ReportGeneration(self.session, self, make, title=self.windowTitle())
        generation.done.connect(guarded(self, self._generated))
        generation.failed.connect(guarded(self, self._failed))
        generation.cancelled.connect(guarded(self, self._cancelled))
        self.generation = generation
        generation.start()

    def _generated(self, document: Any) -> None:
        self.generation = None
        self._set_busy(False)
        self.saved.emit(document)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.generation = None
        super()._failed(error)

    def _cancelled(self) -> None:
        self.generation = None
        self._set_busy(False)


class SummaryReportDialog(ReportOptionsDialog):
    """Options of the progress summary (lägesrapport) of one case."""

    def __init__(
        self,
        session: Session,
        case_id: str,
        *,
        reference: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("SummaryReportDialog", "Progress summary"),
            parent=parent,
        )
        self.setObjectName("summary_report_dialog")
        self.case_id = case_id
        self.reference = reference
        day = today or date.today()
        intro = translate(
            "SummaryReportDialog",
            "A progress summary for a case conference: status and phases, consent, plan, "
            "support, life domains, key events from signed notes, risks and next steps. "
            "Every page is marked as secret under chapter 26 section 1 of the Public Access "
            "to Information and Secrecy Act (OSL).",
        )
        if reference:
            intro = (
                translate("SummaryReportDialog", "Case {reference}.").format(reference=reference)
                + " "
                + intro
            )
        self.set_intro(intro)

        self.start_edit = QLineEdit(fmt_date(day - timedelta(days=DEFAULT_DAYS)))
        self.start_edit.setObjectName("summary_start_edit")
        self.start_edit.setPlaceholderText("YYYY-MM-DD")
        self.errors.add_row(
            self.form,
            translate("SummaryReportDialog", "Key events &from:"),
            self.start_edit,
            "from",
            accessible_name=translate("SummaryReportDialog", "Key events from"),
        )
        self.end_edit = QLineEdit(fmt_date(day))
        self.end_edit.setObjectName("summary_end_edit")
        self.end_edit.setPlaceholderText("YYYY-MM-DD")
        self.errors.add_row(
            self.form,
            translate("SummaryReportDialog", "&To:"),
            self.end_edit,
            "to",
            accessible_name=translate("SummaryReportDialog", "Key events to"),
        )

        self.pseudonymise_check = QCheckBox(
            translate(
                "SummaryReportDialog",
                "P&seudonymise (the case reference instead of name and identity number)",
            )
        )
        self.pseudonymise_check.setObjectName("pseudonymise_check")
        self.form.addRow("", full_width(self.pseudonymise_check))
        self.address_check = QCheckBox(
            translate("SummaryReportDialog", "Include the protected &address")
        )
        self.address_check.setObjectName("include_address_check")
        self.address_check.setChecked(False)
        self.form.addRow("", full_width(self.address_check))
        self.address_warning = WrappingLabel(
            translate(
                "SummaryReportDialog",
                "Including a protected address is logged. Only do it when every reader may "
                "know where the person lives.",
            )
        )
        self.address_warning.setObjectName("address_warning")
        self.address_warning.setWordWrap(True)
        self.address_warning.setStyleSheet(WARNING_STYLE)
        self.form.addRow("", full_width(self.address_warning))
        self.add_password_fields()
        self.add_language_field()
        self.resize(560, self.sizeHint().height())
        self.start_edit.setFocus()

    def _date(self, edit: QLineEdit, field: str) -> tuple[bool, date | None]:
        try:
            return True, parse_date(edit.text())
        except ValueError:
            self.errors.show_field(
                field, translate("SummaryReportDialog", "Write a date as YYYY-MM-DD.")
            )
            self.fit_height()
            return False, None

    def maker(self) -> Maker | None:
        ok, start = self._date(self.start_edit, "from")
        if not ok:
            return None
        ok, end = self._date(self.end_edit, "to")
        if not ok:
            return None
        ok, password = self.password()
        if not ok:
            return None
        case_id = self.case_id
        pseudonymise = self.pseudonymise_check.isChecked()
        include_address = self.address_check.isChecked()
        language = str(self.language_combo.currentData())

        def make(vault: Any, progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return vault.reports.summary(
                case_id,
                start=start,
                end=end,
                pseudonymise=pseudonymise,
                include_address=include_address,
                password=password,
                language=language,
                progress=progress,
                cancel=cancel,
            )

        return make


class ExtractReportDialog(ReportOptionsDialog):
    """Options of the register extract (registerutdrag) of one person."""

    def __init__(
        self,
        session: Session,
        person_id: str,
        *,
        who: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("SummaryReportDialog", "Register extract"),
            parent=parent,
        )
        self.setObjectName("extract_report_dialog")
        self.person_id = person_id
        intro = translate(
            "SummaryReportDialog",
            "The register extract (GDPR article 15) shows the person what the unit holds "
            "about them: the purposes and legal basis, a copy of the data and signed notes, "
            "what is withheld under secrecy, their rights, and who has read or changed the "
            "record. Making it is logged.",
        )
        if who:
            intro = translate("SummaryReportDialog", "For {who}.").format(who=who) + " " + intro
        self.set_intro(intro)
        self.add_password_fields()
        self.add_language_field()
        self.resize(520, self.sizeHint().height())
        self.protect_check.setFocus()

    def maker(self) -> Maker | None:
        ok, password = self.password()
        if not ok:
            return None
        person_id = self.person_id
        language = str(self.language_combo.currentData())

        def make(vault: Any, progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            return vault.reports.extract(
                person_id,
                password=password,
                language=language,
                progress=progress,
                cancel=cancel,
            )

        return make
