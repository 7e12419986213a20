"""The crash dialog: what the user sees when Avhopp has a bug.

The report says which code failed and how, never with what: it holds the exception's type
and the traceback's file names, line numbers and function names, the versions and the
platform, but no exception message, no local variable and no argument, because any of those
may hold a name, an identity number or a note. The user can copy it for the supplier.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import avhopp
from ui.i18n import translate

log = logging.getLogger("avhopp.ui.crash")


def scrubbed_report(error: BaseException) -> str:
    """A bug report without personal data: types, files, lines and function names only."""
    lines = [
        f"Avhopp {avhopp.__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """Paths inside the program, not the user's home folder (which names the user)."""
    parts = Path(filename).parts
    for anchor in ("avhopp", "ui", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(translate("CrashDialog", "Avhopp ran into an error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CrashDialog",
                "Something went wrong inside Avhopp. What you saved before is safe. "
                "The report below contains no personal data; copy it and send it to your "
                "support contact.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setObjectName("crash_report")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(translate("CrashDialog", "Error report"))
        layout.addWidget(self.report_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("CrashDialog", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())


_open_dialogs: list[CrashDialog] = []


def report(error: BaseException, *, parent: QWidget | None = None) -> CrashDialog:
    """Log the bug (type and place only) and show the crash dialog (non-blocking)."""
    text = scrubbed_report(error)
    log.error("unexpected error:\n%s", text)
    dialog = CrashDialog(text, parent)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _=0: _open_dialogs.remove(dialog))
    dialog.open()
    return dialog


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt slots to the crash dialog instead of stderr."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        from avhopp.errors import UserError

        if isinstance(error, UserError):  # a user error nobody caught: still just a message
            from ui import error_presenter

            error_presenter.present(None, error)
            return
        report(error)

    sys.excepthook = hook
