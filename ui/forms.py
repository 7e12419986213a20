"""Forms show the domain's validation errors next to the field they concern.

Dialogs collect input and call a core service; they decide nothing. When the service raises a
``ValidationError(field=...)`` whose field the form shows, the translated message appears under
that field and the field gets the focus; any other error goes to the one error presenter. The
form keeps what the user typed, so nothing is lost when saving fails.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from avhopp.errors import ValidationError
from ui import error_presenter

ERROR_STYLE = "color: #c62828; font-weight: 600;"


class FieldErrors:
    """The error labels of one form, keyed by the core's field names."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        field: str,
        *,
        accessible_name: str | None = None,
        below: QWidget | None = None,
    ) -> QLabel:
        """Add ``widget`` under ``label`` with an (initially hidden) error label below it
        (and ``below``, e.g. a strength meter, between the two)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if below is not None:
            column.addWidget(below)
        error = self.error_label(field, widget)
        column.addWidget(error)
        box.setFocusProxy(widget)  # the row label's mnemonic focuses the field itself
        form.addRow(label, box)
        if accessible_name:
            widget.setAccessibleName(accessible_name)
        elif not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        return error

    def error_label(self, field: str, widget: QWidget | None = None) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self._labels[field] = label
        if widget is not None:
            self._widgets[field] = widget
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.setVisible(False)

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def show_field(self, field: str, text: str) -> None:
        label = self._labels[field]
        label.setText(text)
        label.setVisible(True)
        widget = self._widgets.get(field)
        if widget is not None:
            widget.setFocus()

    def show(self, error: BaseException) -> None:
        """Show ``error`` next to its field, or through the error presenter."""
        self.clear()
        if isinstance(error, ValidationError) and error.field in self._labels:
            self.show_field(error.field, error_presenter.error_message(error))
            return
        error_presenter.present(self._owner, error)
