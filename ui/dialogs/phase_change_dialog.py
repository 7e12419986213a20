"""Change a case's phase, or reopen a closed case (``vault.cases.change_phase`` /
``vault.cases.reopen``). Which moves are allowed, that closing needs a closure reason and that
dates run in order are the core's rules; its errors appear under the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from avhopp.domain import phases
from avhopp.services.record_views import CaseView
from ui.dialogs.form_dialog import FormDialog, add_field
from ui.dialogs.person_form import date_edit, read_date
from ui.formats import fmt_date
from ui.i18n import translate
from ui.session import Changes, Session


class PhaseChangeDialog(FormDialog):
    """``reopen=True`` reopens a closed case in the chosen open phase."""

    def __init__(
        self,
        session: Session,
        case: CaseView,
        *,
        reopen: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("PhaseChangeDialog", "Reopen case")
            if reopen
            else translate("PhaseChangeDialog", "Change phase")
        )
        super().__init__(
            session,
            title=title,
            ok_text=translate("PhaseChangeDialog", "Reopen")
            if reopen
            else translate("PhaseChangeDialog", "Change phase"),
            parent=parent,
        )
        self.setObjectName("reopen_dialog" if reopen else "phase_change_dialog")
        self.case = case
        self.reopen = reopen
        info = session.info
        since = case.history[-1].entered_on if case.history else case.inquiry_on
        self.set_intro(
            translate("PhaseChangeDialog", "Case {reference}: {phase} since {date}.").format(
                reference=case.reference,
                phase=info.code_label("phase", case.phase),
                date=fmt_date(since),
            )
        )
        self.phase = QComboBox()
        self.phase.setObjectName("phase_combo")
        for entry in info.code_entries("phase"):
            if reopen and entry.code == phases.CLOSED:
                continue
            self.phase.addItem(info.code_label("phase", entry.code), entry.code)
        if reopen:
            self.phase.setCurrentIndex(max(0, self.phase.findData(phases.PRE_ASSESSMENT)))
        else:
            self.phase.setCurrentIndex(self._suggested_index())
        add_field(
            self.errors,
            self.form,
            translate("PhaseChangeDialog", "New &phase:"),
            self.phase,
            "phase",
        )
        self.closure_reason = QComboBox()
        self.closure_reason.setObjectName("closure_reason_combo")
        self.closure_reason.setPlaceholderText(
            translate("PhaseChangeDialog", "Choose why the case is closed")
        )
        for entry in info.code_entries("closure_reason"):
            self.closure_reason.addItem(info.code_label("closure_reason", entry.code), entry.code)
        self.closure_reason.setCurrentIndex(-1)
        self._closure_error = add_field(
            self.errors,
            self.form,
            translate("PhaseChangeDialog", "Closure &reason:"),
            self.closure_reason,
            "closure_reason",
        )
        self.entered_on = date_edit("entered_on_edit")
        self.entered_on.setText(fmt_date(date.today()))
        add_field(
            self.errors,
            self.form,
            translate("PhaseChangeDialog", "&Date:"),
            self.entered_on,
            "entered_on",
        )
        self.comment = QLineEdit()
        self.comment.setObjectName("comment_edit")
        self.comment.setMaxLength(2000)
        add_field(
            self.errors,
            self.form,
            translate("PhaseChangeDialog", "C&omment:"),
            self.comment,
            "comment",
        )
        self.finish_layout()
        self.setMinimumWidth(480)
        self.phase.currentIndexChanged.connect(self._phase_changed)
        self._phase_changed()
        self.phase.setFocus()

    def _suggested_index(self) -> int:
        """The next phase in the usual order, as a starting point only."""
        current = self.case.phase
        if current in phases.OPEN_ORDER[:-1]:
            following = phases.OPEN_ORDER[phases.OPEN_ORDER.index(current) + 1]
            return max(0, self.phase.findData(following))
        return 0

    def _phase_changed(self) -> None:
        # Only a closure has a closure reason: the field is shown for it alone.
        closing = self.phase.currentData() == phases.CLOSED
        self.closure_reason.setVisible(closing)
        label = self.form.labelForField(self._closure_error.parentWidget())
        if label is not None:
            label.setVisible(closing)
        self._closure_error.parentWidget().setVisible(closing)

    def job(self) -> Callable[[Any], Any] | None:
        ok, entered = read_date(self.entered_on, self.errors, "entered_on")
        if not ok:
            return None
        entered_on = entered or date.today()
        target = str(self.phase.currentData())
        case_id, version = self.case.id, self.case.version
        comment = self.comment.text()
        if self.reopen:

            def reopen(vault: Any) -> Any:  # worker thread
                return vault.cases.reopen(
                    case_id,
                    entered_on=entered_on,
                    phase=target,
                    comment=comment,
                    expected_version=version,
                )

            return reopen
        reason = self.closure_reason.currentData() if target == phases.CLOSED else None

        def change(vault: Any) -> Any:  # worker thread
            return vault.cases.change_phase(
                case_id,
                target,
                entered_on=entered_on,
                closure_reason=reason,
                comment=comment,
                expected_version=version,
            )

        return change

    def succeeded(self, result: Any) -> None:
        self.session.notify(
            Changes.of(
                "cases", "reminders", person_ids=[self.case.person_id], case_ids=[self.case.id]
            )
        )
        self.accept()
