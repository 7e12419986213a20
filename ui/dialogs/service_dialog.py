"""The shape every form dialog of the administration and log review shares: collect input,
call one core service on the worker, show a ``ValidationError`` next to its field and stay
open with what was typed, or close and hand the result on.

Dialogs are opened window-modal with ``open()`` (never ``exec()``), so tests drive them
directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.forms import FieldErrors
from ui.session import Session


class ServiceDialog(QDialog):
    """``saved(result)`` is emitted (GUI thread) after the service call succeeded, just
    before the dialog closes."""

    saved = Signal(object)

    def __init__(
        self, session: Session, *, title: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.errors = FieldErrors(self)
        self.busy = False

        self.intro = QLabel()
        self.intro.setObjectName("dialog_intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def fit_height(self) -> None:
        """Grow (never shrink) to the height the contents need at the current width: error
        labels and the strength meter's advice appear and wrap after the dialog is shown."""
        QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        layout = self.layout()
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    # ------------------------------------------------------------------ submitting

    def submit(self) -> None:
        """OK: subclasses build the call (or show a field error and return ``None``)."""
        if self.busy:
            return
        self.errors.clear()
        call = self.build_call()
        if call is None:
            return
        self._set_busy(True)
        self.session.call(call, on_done=self._done, on_error=self._failed, parent=self)

    def build_call(self) -> Callable[[Any], Any] | None:  # pragma: no cover - abstract
        """The worker function ``fn(vault)`` to run; read the widgets here (GUI thread), never
        inside ``fn``."""
        raise NotImplementedError

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(error)
        self.fit_height()

    def show_error(self, error: BaseException) -> None:
        self.errors.show(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
