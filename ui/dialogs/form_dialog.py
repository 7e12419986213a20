"""The shape shared by the dialogs that change one record: a form, an error label under each
field, OK/Cancel, one core call on the worker thread.

The dialog stays open with what was typed until the core accepts the change: a
``ValidationError`` appears under its field, a conflict with another user's change offers
"Reload", anything else goes to the error presenter. Nothing is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import ConflictError
from ui import error_presenter
from ui.forms import FieldErrors
from ui.session import Session


def alive(widget: object) -> bool:
    """Whether a widget's C++ object still exists (a result may arrive after it closed)."""
    return widget is not None and shiboken6.isValid(widget)


def close_dialog(dialog: object) -> None:
    """Close a dialog that may already be gone (at the lock: it may hold decrypted text)."""
    if alive(dialog):
        dialog.reject()  # type: ignore[attr-defined]


def guarded(widget: object, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` called only while ``widget`` is alive: for worker results that may arrive
    after the view that asked for them was closed."""

    def call(*args: Any) -> Any:
        if alive(widget):
            return fn(*args)
        return None

    return call


def add_field(
    errors: FieldErrors, form: QFormLayout, label: str, widget: QWidget, field: str
) -> QLabel:
    """``FieldErrors.add_row`` whose label's mnemonic (``&``) focuses ``widget``."""
    error = errors.add_row(form, label, widget, field)
    box = error.parentWidget()
    row_label = form.labelForField(box)
    if isinstance(row_label, QLabel):
        row_label.setBuddy(widget)
    return error


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` (with :func:`add_field`) and implement :meth:`job`:
    it returns the function to run on the worker (``fn(vault)``), or ``None`` after showing
    an error for input the form cannot even hand to the core (an unreadable date).

    ``reload_wanted`` is emitted when the user chose "Reload" after a conflict."""

    reload_wanted = Signal()

    def __init__(
        self,
        session: Session,
        *,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Closed dialogs go away (they may hold decrypted text); openers keep no reference
        # they use after ``finished``.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors = FieldErrors(self)
        self.result_value: Any = None
        self.busy = False
        #: The message box shown for an error that is not a field's (tests inspect it).
        self.error_box: Any = None

        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("intro_label")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialog_buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Call at the end of the subclass's constructor."""
        self.layout_.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    # ------------------------------------------------------------------ saving

    def job(self) -> Callable[[Any], Any] | None:
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        """The core accepted the change (GUI thread). Default: close with Accepted."""
        self.accept()

    def reload_requested(self) -> None:
        """The user chose "Reload" after a conflict: close, and let the opener reload."""
        self.reject()
        self.reload_wanted.emit()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        fn = self.job()
        if fn is None:
            return
        self._set_busy(True)
        self.session.call(
            fn, on_done=guarded(self, self._done), on_error=guarded(self, self._failed)
        )

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.succeeded(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ConflictError):
            self.error_box = error_presenter.present(self, error, on_reload=self.reload_requested)
            return
        self.errors.show(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
