"""What happens to a finished report: generated on the worker with a progress dialog, then
kept in memory in a result window until the user saves it where they choose, opens it in the
system's PDF viewer or prints it.

A report (``ReportDocument``) never touches a temporary folder: it is written only by
``vault.reports.save`` to the path the user picked, and the bytes are dropped when the result
window closes or the session locks. Saving, opening and printing each write an audit entry in
the core (``report.save``, ``report.open``, ``report.print``).

The parts that talk to the operating system are small functions tests replace:
:func:`open_file` (the system's PDF viewer) and :func:`print_file` (``os.startfile(path,
"print")`` on Windows, ``lp`` or ``lpr`` elsewhere, run without a shell).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.form_dialog import alive, guarded
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.long_job import Job, LongJob
from ui.session import Session

KIND_LABELS = {
    "council": QT_TRANSLATE_NOOP("ReportOutput", "Council progress report"),
    "summary": QT_TRANSLATE_NOOP("ReportOutput", "Progress summary"),
    "extract": QT_TRANSLATE_NOOP("ReportOutput", "Register extract"),
}

#: Seconds a print command may take to hand the file to the print queue.
PRINT_TIMEOUT = 60

#: The folder the last report was saved in (this run of the client only).
_last_folder: dict[str, Path] = {}


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return translate("ReportOutput", str(text)) if text else kind


# ---------------------------------------------------------------------- the operating system


class PrintError(Exception):
    """The print command ran and refused the file; ``reason`` is its message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def print_command() -> list[str] | None:
    """The command that sends a PDF to the default printer here (``lp`` or ``lpr``), or
    ``None`` when the system has none (Windows prints through the file's association)."""
    for name in ("lp", "lpr"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def print_file(path: Path) -> bool:
    """Send the saved PDF at ``path`` to the default printer. ``True`` when it was handed to
    the operating system; ``False`` when this system offers no way to print a file (the user
    then prints from the PDF viewer). Runs no shell.

    Raises:
        PrintError: the print command failed.
    """
    target = str(Path(path).resolve())
    if sys.platform == "win32":
        start = getattr(os, "startfile")  # noqa: B009 - Windows only; mypy knows it elsewhere not
        try:
            start(target, "print")
        except OSError as exc:
            raise PrintError(exc.strerror or type(exc).__name__) from None
        return True
    command = print_command()
    if command is None:
        return False
    try:
        result = subprocess.run(  # noqa: S603 - a fixed program found by which, no shell
            [*command, target],
            capture_output=True,
            text=True,
            timeout=PRINT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(str(getattr(exc, "strerror", None) or type(exc).__name__)) from None
    if result.returncode != 0:
        lines = (result.stderr or result.stdout or "").strip().splitlines()
        raise PrintError(lines[0] if lines else f"exit status {result.returncode}")
    return True


def open_file(path: Path) -> bool:
    """Open the saved file in the system's PDF viewer; ``False`` when nothing opened it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def ask_save_path(parent: QWidget | None, file_name: str) -> Path | None:
    """The place the user chooses for the report (``None`` when they cancelled), with the
    document's suggested file name (which holds no personal data) and a ``.pdf`` suffix."""
    folder = _last_folder.get("folder")
    if folder is None or not folder.is_dir():
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents else Path.home()
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ReportOutput", "Save the report"),
        str(folder / file_name),
        translate("ReportOutput", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    _last_folder["folder"] = path.parent
    return path


# ---------------------------------------------------------------------- generating

#: A report maker: ``make(vault, progress, cancel) -> ReportDocument`` (worker thread).
Maker = Job


class ReportGeneration(LongJob):
    """One report made on the worker behind a progress dialog with Cancel (a
    :class:`ui.long_job.LongJob`). The document lives only in memory, so one that arrives
    after Cancel (or while the session locks) is dropped unseen: ``cancelled``, not ``done``.
    """

    def __init__(self, session: Session, parent: QWidget, make: Maker, *, title: str = "") -> None:
        super().__init__(
            session,
            parent,
            make,
            title=title or translate("ReportOutput", "Creating the report"),
            label=translate("ReportOutput", "Creating the report…"),
            keep_late_result=False,
            object_name="report_progress",
            minimum_width=360,
        )
        self.progress_dialog.setAccessibleName(translate("ReportOutput", "Report progress"))


# ---------------------------------------------------------------------- the result window


class ReportResultDialog(QDialog):
    """A finished report, held in memory: what it is, and Save as / Save and open / Print.

    Closing the window (or the session locking) drops the document; nothing of it is kept
    on disk except where the user saved it.
    """

    def __init__(
        self,
        session: Session,
        document: Any,
        *,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Any = document
        self.saved_path: Path | None = None
        self.busy = False
        self.message_box: QMessageBox | None = None
        #: What the last print attempt gave: True, False (no print command) or the reason.
        self.print_result: bool | str | None = None
        self.opened = False
        self.setObjectName("report_result_dialog")
        self.setWindowTitle(translate("ReportOutput", "Report ready"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors = FieldErrors(self)

        heading = QLabel(kind_label(document.kind))
        heading.setObjectName("report_kind_label")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        facts = []
        if description:
            facts.append(description)
        facts.append(translate("ReportOutput", "%n page(s)", None, int(document.pages)))
        self.facts_label = QLabel(" · ".join(facts))
        self.facts_label.setObjectName("report_facts_label")
        self.facts_label.setWordWrap(True)
        self.encrypted_label = QLabel(
            translate(
                "ReportOutput",
                "Protected with a password (AES-256). Give the password to the recipient "
                "separately, never with the file.",
            )
        )
        self.encrypted_label.setObjectName("report_encrypted_label")
        self.encrypted_label.setWordWrap(True)
        self.encrypted_label.setStyleSheet("font-weight: 600;")
        self.encrypted_label.setVisible(bool(document.encrypted))
        self.note_label = QLabel(
            translate(
                "ReportOutput",
                "The report is only in memory until you save it; closing this window "
                "discards it. Save it only where such documents may be kept.",
            )
        )
        self.note_label.setObjectName("report_note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label = QLabel()
        self.status_label.setObjectName("report_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(False)
        path_error = self.errors.error_label("path")

        self.buttons = QDialogButtonBox()
        self.buttons.setObjectName("report_result_buttons")
        self.save_button = self._button("save_as_button", translate("ReportOutput", "&Save as…"))
        self.save_button.clicked.connect(self.save_as)
        self.open_button = self._button(
            "save_open_button", translate("ReportOutput", "Save and &open")
        )
        self.open_button.clicked.connect(self.save_and_open)
        self.print_button = self._button("print_button", translate("ReportOutput", "&Print"))
        self.print_button.clicked.connect(self.print_report)
        self.close_button = self._button("close_button", translate("ReportOutput", "Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.open_button, self.print_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)

        icon = QLabel()
        icon.setObjectName("report_icon")
        size = self.fontMetrics().height() * 3
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.facts_label)
        text.addWidget(self.encrypted_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(6)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.note_label)
        layout.addWidget(self.status_label)
        layout.addWidget(path_error)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.finished.connect(self._drop)
        session.about_to_lock.connect(self._locking)
        self.save_button.setFocus()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        return button

    # ------------------------------------------------------------------ lifetime

    def _drop(self, _result: int = 0) -> None:
        """The window closed: forget the report's bytes."""
        self.document = None
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.about_to_lock.disconnect(self._locking)

    def _locking(self) -> None:
        if self.message_box is not None and alive(self.message_box):
            self.message_box.close()
        self.busy = False
        self.reject()

    def reject(self) -> None:
        if self.busy and not self.session.is_locking:
            return  # a save or print is on its way; its result needs this window
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.save_button, self.open_button, self.print_button, self.close_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # ------------------------------------------------------------------ saving

    def save_as(self, *, then: Callable[[Path], None] | None = None) -> None:
        """Ask where, then save on the worker (``then(path)`` after it was written)."""
        if self.busy or self.document is None:
            return
        path = ask_save_path(self, self.document.file_name)
        if path is None:
            return
        self.errors.clear()
        document = self.document
        self._set_busy(True)
        self._status(translate("ReportOutput", "Saving…"))
        self.session.call(
            lambda vault: vault.reports.save(document, path),
            on_done=guarded(self, lambda saved: self._saved(Path(saved), then)),
            on_error=guarded(self, self._failed),
        )

    def _saved(self, path: Path, then: Callable[[Path], None] | None) -> None:
        self._set_busy(False)
        self.saved_path = path
        self._status(translate("ReportOutput", "Saved as {path}").format(path=str(path)))
        if then is not None:
            then(path)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._status(self._saved_text())
        self.errors.show(error)  # a path problem under the status line, others in a box

    def _saved_text(self) -> str:
        if self.saved_path is None:
            return ""
        return translate("ReportOutput", "Saved as {path}").format(path=str(self.saved_path))

    # ------------------------------------------------------------------ opening

    def save_and_open(self) -> None:
        if self.saved_path is None:
            self.save_as(then=self._open)
        else:
            self._open(self.saved_path)

    def _open(self, path: Path) -> None:
        if self.document is None:
            return
        if not open_file(path):
            self._message(
                translate(
                    "ReportOutput",
                    "No program opened the file. Open {path} with a PDF viewer yourself.",
                ).format(path=str(path))
            )
            return
        self.opened = True
        document = self.document
        self.session.call(lambda vault: vault.reports.record_opened(document), parent=self)

    # ------------------------------------------------------------------ printing

    def print_report(self) -> None:
        """Print through the operating system; the file must be saved first."""
        if self.saved_path is None:
            self.save_as(then=self._print)
        else:
            self._print(self.saved_path)

    def _print(self, path: Path) -> None:
        if self.document is None or self.busy:
            return
        document = self.document
        # Looked up when called, so tests can replace it.
        send = sys.modules[__name__].print_file

        def job(vault: Any) -> bool | str:
            try:
                printed = send(path)
            except PrintError as exc:
                return exc.reason
            if printed:
                vault.reports.record_printed(document)
            return bool(printed)

        self._set_busy(True)
        self._status(translate("ReportOutput", "Sending to the printer…"))
        self.session.call(
            job, on_done=guarded(self, self._printed), on_error=guarded(self, self._failed)
        )

    def _printed(self, result: bool | str) -> None:
        self._set_busy(False)
        self.print_result = result
        if result is True:
            self._status(
                translate("ReportOutput", "Sent to the default printer. Saved as {path}").format(
                    path=str(self.saved_path)
                )
            )
            return
        self._status(self._saved_text())
        if result is False:
            self._message(
                translate(
                    "ReportOutput",
                    "This computer has no print command Avhopp can use. Open the saved file "
                    "({path}) in a PDF viewer and print it from there.",
                ).format(path=str(self.saved_path))
            )
        else:
            self._message(
                translate("ReportOutput", "The printer did not accept the file: {reason}").format(
                    reason=result
                )
            )

    def _message(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, translate("ReportOutput", "Report"), text, parent=self
        )
        box.setObjectName("report_message_box")
        box.addButton(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()


def show_result(
    session: Session, document: Any, *, description: str = "", parent: QWidget | None = None
) -> ReportResultDialog:
    """Open the result window for a freshly made report (window-modal, ``open()``)."""
    dialog = ReportResultDialog(session, document, description=description, parent=parent)
    dialog.open()
    return dialog
