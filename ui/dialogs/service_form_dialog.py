"""The shape every record dialog of the participant view shares: a form whose values go to one
core service call on the worker thread.

The dialog collects plain values and calls the service; it decides nothing. What the user
typed that cannot even become a value (a date that is not YYYY-MM-DD, an amount that is not a
number) is reported under its field before anything is sent. The service's
``ValidationError(field=...)`` appears under the field it names; a conflict (someone else
saved first) offers "Reload", which closes the dialog and reloads the participant file; any
other error goes to the one error presenter. Until the service succeeds the dialog stays
open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from avhopp.errors import ConflictError
from ui import error_presenter
from ui.formats import fmt_date, parse_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.session import Session


def alive(widget: object) -> bool:
    """Whether a widget's C++ object still exists (a worker result may arrive after the
    view that asked for it was closed)."""
    return widget is not None and shiboken6.isValid(widget)


def guarded(widget: object, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` run only while ``widget`` is alive."""

    def call(*args: Any) -> Any:
        return fn(*args) if alive(widget) else None

    return call


def set_buddy(form: QFormLayout, widget: QWidget) -> None:
    """``FieldErrors.add_row`` puts the widget in a box with its error label; point the row
    label's mnemonic (``&``) at the widget itself, so Alt+letter focuses it."""
    box = widget.parentWidget()
    label = form.labelForField(box) if box is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(widget.focusProxy() or widget)


class InputError(Exception):
    """Typed text that is not a value at all; shown under ``field``."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DateLineEdit(QLineEdit):
    """A date typed as YYYY-MM-DD (the only form the client shows); empty means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("DateLineEdit", "YYYY-MM-DD"))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 40)

    def set_date(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def date_value(self, field: str) -> date | None:
        """Raises:
        InputError: text that is not a date, on ``field``.
        """
        try:
            return parse_date(self.text())
        except ValueError:
            raise InputError(
                field, translate("DateLineEdit", "Give the date as YYYY-MM-DD, e.g. 2025-03-14.")
            ) from None


class AmountLineEdit(QLineEdit):
    """A whole number of kronor; spaces are allowed ("12 500"); empty means not known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("AmountLineEdit", "SEK"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000 000 000") + 40)

    def set_amount(self, value: int | None) -> None:
        self.setText("" if value is None else f"{value:,}".replace(",", " "))

    def amount_value(self, field: str) -> int | None:
        """Raises:
        InputError: text that is not a whole number, on ``field``.
        """
        text = "".join(self.text().split()).replace("\u00a0", "")
        if not text:
            return None
        if not text.lstrip("-").isdigit():
            raise InputError(field, translate("AmountLineEdit", "Give a whole number of kronor."))
        return int(text)


def fill_combo(combo: QComboBox, items: list[tuple[str, Any]], *, current: Any = None) -> None:
    """Replace the items (text, data) and select ``current`` (or the first)."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    position = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(position if position >= 0 else (0 if items else -1))
    combo.blockSignals(False)


def code_items(
    session: Session, code_list: str, *, keep: str | None = None, parent: str | None = None
) -> list[tuple[str, str]]:
    """The active entries of a code list as (label, code), plus ``keep`` when it has been
    deactivated since it was saved (old records keep their value); with ``parent``, only
    the entries under that parent (support-step items of a category)."""
    info = session.info
    entries = info.code_entries(code_list, active_only=False)
    items = []
    for entry in entries:
        if parent is not None and entry.parent != parent:
            continue
        if entry.active or entry.code == keep:
            items.append((info.code_label(code_list, entry.code), entry.code))
    return items


class ServiceFormDialog(QDialog):
    """A modal form that saves through one service call.

    Subclasses lay out their rows in ``self.form`` with ``self.errors.add_row(...)`` and
    implement :meth:`collect`, which returns the function to run on the worker (or raises
    :class:`InputError`). ``saved`` carries the service's result.
    """

    saved = Signal(object)

    def __init__(
        self,
        session: Session,
        *,
        title: str,
        object_name: str,
        on_reload: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._on_reload = on_reload
        self.busy = False
        self.conflict_box: Any = None
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        self.errors = FieldErrors(self)
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("intro_label")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        outer.addWidget(self.intro)
        #: Errors that concern the whole record (a closed case, a duplicate link).
        self.general_errors = QVBoxLayout()
        outer.addLayout(self.general_errors)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    # ------------------------------------------------------------------ layout helpers

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_general_error(self, *fields: str) -> None:
        """Errors on these fields (none of which the form shows) appear above the form."""
        for field in fields:
            self.general_errors.addWidget(self.errors.error_label(field))

    def add_row(
        self, label: str, widget: QWidget, field: str, *, object_name: str | None = None
    ) -> QWidget:
        widget.setObjectName(object_name or f"{field}_edit")
        if isinstance(widget, QComboBox):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            widget.setMinimumContentsLength(12)
        self.errors.add_row(self.form, label, widget, field)
        set_buddy(self.form, widget)
        return widget

    @staticmethod
    def text_edit(*, lines: int = 3) -> QPlainTextEdit:
        """A multi-line text field; Tab moves on (it does not type a tab)."""
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        height = edit.fontMetrics().lineSpacing() * lines + 14
        edit.setFixedHeight(height)
        return edit

    # ------------------------------------------------------------------ saving

    def collect(self) -> Callable[[Any], Any]:
        """The function to run on the worker (``fn(vault)``; never touches widgets).

        Raises:
            InputError: a field's text is not a value.
        """
        raise NotImplementedError

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        try:
            job = self.collect()
        except InputError as error:
            self.errors.show_field(error.field, error.message)
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.session.call(
            job,
            on_done=guarded(self, self._saved),
            on_error=guarded(self, self._failed),
            parent=self,
        )

    def _saved(self, result: Any) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict_box = error_presenter.present(self, error, on_reload=self._reload)
            return
        self.errors.show(error)

    def _reload(self) -> None:
        self.reject()
        if self._on_reload is not None:
            self._on_reload()

    def reject(self) -> None:
        """Cancel, Escape and the close button wait while a save is running (its result must
        reach the view); :meth:`force_close` does not."""
        if self.busy:
            return
        super().reject()

    def force_close(self) -> None:
        """The session is locking: close now, whatever is running."""
        self.busy = False
        super().reject()
