"""The one place that turns errors into what the user sees.

User errors (``avhopp.errors.UserError``) become one translated message; a validation error
that names a field goes next to that field when the form has one (see ``ui.forms``); a
conflict offers to reload. Anything else is a bug and goes to the crash dialog
(``ui.crash``), whose report holds no personal data.

Message boxes are opened window-modal with ``open()`` (never ``exec()``) and returned, so
tests can inspect and close them (the way qutebrowser's ``msgbox`` does).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from avhopp.errors import (
    AuthenticationError,
    ConflictError,
    IntegrityError,
    UserError,
)
from ui.i18n import translate

CONTEXT = "UserError"


def translate_param(value: object) -> object:
    """String parameters of core messages ("the key header is missing") are translated too;
    anything without a translation (a code, a number) is shown as it is."""
    if isinstance(value, str) and value:
        return QCoreApplication.translate(CONTEXT, value)
    return value


def error_message(error: UserError) -> str:
    """The translated one-line message of a user error."""
    template = QCoreApplication.translate(CONTEXT, error.message_template)
    params = {key: translate_param(value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.message


def _title_for(error: UserError) -> str:
    if isinstance(error, IntegrityError):
        return translate("ErrorPresenter", "Integrity check failed")
    if isinstance(error, ConflictError):
        return translate("ErrorPresenter", "Changed by someone else")
    if isinstance(error, AuthenticationError):
        return translate("ErrorPresenter", "Not logged in")
    return translate("ErrorPresenter", "Could not be done")


def present(
    parent: QWidget | None,
    error: BaseException,
    *,
    on_reload: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """Show ``error`` to the user. Returns the (open, window-modal) message box, or ``None``
    when the error was a bug handed to the crash dialog."""
    if not isinstance(error, UserError):
        from ui import crash

        crash.report(error, parent=parent)
        return None
    icon = (
        QMessageBox.Icon.Critical if isinstance(error, IntegrityError) else QMessageBox.Icon.Warning
    )
    box = QMessageBox(icon, _title_for(error), error_message(error), parent=parent)
    box.setObjectName("error_box")
    if isinstance(error, ConflictError) and on_reload is not None:
        reload_button = box.addButton(
            translate("ErrorPresenter", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        reload_button.setObjectName("reload_button")
        box.addButton(QMessageBox.StandardButton.Cancel)
        reload_button.clicked.connect(on_reload)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    if parent is None:  # nothing else holds a parentless box: keep it until it closes
        _open_boxes.append(box)
        box.finished.connect(lambda _result=0: _open_boxes.remove(box))
    box.open()
    return box


_open_boxes: list[QMessageBox] = []
