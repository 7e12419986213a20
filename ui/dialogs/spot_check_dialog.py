"""Draw a random spot check of the audit log: how many entries, from which period. The core
draws them with the system's secure random source and records the draw."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from avhopp.services.audit_review_service import MAX_SAMPLE
from ui.dialogs.service_dialog import ServiceDialog
from ui.formats import fmt_date, parse_date
from ui.i18n import translate
from ui.session import Session

DEFAULT_SIZE = 20
DEFAULT_DAYS = 30


class SpotCheckDialog(ServiceDialog):
    """``saved`` carries (the drawn ``AuditEntryView`` list, size, start, end)."""

    def __init__(
        self, session: Session, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session,
            title=translate("SpotCheckDialog", "Random spot check"),
            ok_text=translate("SpotCheckDialog", "&Draw"),
            parent=parent,
        )
        self.setObjectName("spot_check_dialog")
        day = today or date.today()
        self.set_intro(
            translate(
                "SpotCheckDialog",
                "Draw log entries at random from a period, to review them one by one. Nobody "
                "can predict which entries a check picks; the draw itself is logged.",
            )
        )
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("sample_size_spin")
        self.size_spin.setRange(1, MAX_SAMPLE)
        self.size_spin.setValue(DEFAULT_SIZE)
        self.errors.add_row(
            self.form, translate("SpotCheckDialog", "&Entries:"), self.size_spin, "size"
        )
        self.start_edit = QLineEdit(fmt_date(day - timedelta(days=DEFAULT_DAYS)))
        self.start_edit.setObjectName("sample_start_edit")
        self.start_edit.setPlaceholderText("YYYY-MM-DD")
        self.errors.add_row(
            self.form, translate("SpotCheckDialog", "&From:"), self.start_edit, "start"
        )
        self.end_edit = QLineEdit(fmt_date(day))
        self.end_edit.setObjectName("sample_end_edit")
        self.end_edit.setPlaceholderText("YYYY-MM-DD")
        self.errors.add_row(self.form, translate("SpotCheckDialog", "&To:"), self.end_edit, "end")
        self.resize(420, self.sizeHint().height())
        self.size_spin.setFocus()

    def _date(self, edit: QLineEdit, field: str) -> date | None:
        try:
            value = parse_date(edit.text())
        except ValueError:
            value = None
        if value is None:
            self.errors.show_field(
                field, translate("SpotCheckDialog", "Write a date as YYYY-MM-DD.")
            )
            self.fit_height()
        return value

    def build_call(self) -> Callable[[Any], Any] | None:
        start = self._date(self.start_edit, "start")
        if start is None:
            return None
        end = self._date(self.end_edit, "end")
        if end is None:
            return None
        size = self.size_spin.value()

        def draw(vault: Any) -> tuple[list[Any], int, date, date]:
            return vault.audit_review.sample(size=size, start=start, end=end), size, start, end

        return draw
