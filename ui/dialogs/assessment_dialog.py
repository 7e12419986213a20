"""A life-domain assessment: a score from 1 to 5 for some or all life domains on one day,
compared later with the first ("start vs now"). Each row shows the latest score so far."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from avhopp.domain.support import MAX_SCORE, MIN_SCORE
from ui.dialogs.service_form_dialog import (
    DateLineEdit,
    InputError,
    ServiceFormDialog,
    code_items,
    set_buddy,
)
from ui.formats import fmt_date
from ui.i18n import translate
from ui.session import Session


class AssessmentDialog(ServiceFormDialog):
    """``progress`` (``DomainProgress`` per domain) gives the latest score of each domain."""

    def __init__(
        self,
        session: Session,
        *,
        case_id: str,
        progress: Sequence[Any] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=translate("AssessmentDialog", "New life-domain assessment"),
            object_name="assessment_dialog",
            parent=parent,
        )
        self.case_id = case_id
        self.set_intro(
            translate(
                "AssessmentDialog",
                "Score each life domain from 1 (serious problems) to 5 (no problems). "
                "Leave a domain unscored if it was not assessed.",
            )
        )
        self.add_general_error("scores")
        self.date_edit = DateLineEdit()
        self.date_edit.set_date(date.today())
        self.add_row(translate("AssessmentDialog", "&Assessed on:"), self.date_edit, "assessed_on")
        latest = {p.life_domain: p for p in progress}
        #: life-domain code → its score combo.
        self.score_combos: dict[str, QComboBox] = {}
        for label, code in code_items(session, "life_domain"):
            combo = QComboBox()
            combo.setObjectName(f"score_{code}_combo")
            combo.setAccessibleName(
                translate("AssessmentDialog", "Score for %1").replace("%1", label)
            )
            combo.addItem(translate("AssessmentDialog", "Not assessed"), None)
            for score in range(MIN_SCORE, MAX_SCORE + 1):
                combo.addItem(str(score), score)
            self.score_combos[code] = combo
            row = QWidget()
            row.setObjectName(f"score_{code}_row")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(combo)
            before = latest.get(code)
            hint = QLabel()
            hint.setObjectName(f"score_{code}_latest")
            if before is not None and before.latest_score is not None:
                hint.setText(
                    translate("AssessmentDialog", "latest %1 (%2)")
                    .replace("%1", str(before.latest_score))
                    .replace("%2", fmt_date(before.latest_on))
                )
            hint.setEnabled(False)  # greyed: a hint, not a value
            line.addWidget(hint)
            line.addStretch(1)
            row.setFocusProxy(combo)  # an error on this domain focuses its combo
            error = self.errors.add_row(self.form, f"{label}:", row, f"scores.{code}")
            set_buddy(self.form, row)
            error.setObjectName(f"score_{code}_error")

    def scores(self) -> dict[str, int]:
        return {
            code: combo.currentData()
            for code, combo in self.score_combos.items()
            if combo.currentData() is not None
        }

    def collect(self) -> Callable[[Any], Any]:
        assessed_on = self.date_edit.date_value("assessed_on")
        if assessed_on is None:
            raise InputError(
                "assessed_on", translate("AssessmentDialog", "Give the assessment date.")
            )
        scores = self.scores()
        case_id = self.case_id
        return lambda vault: vault.support.add_assessment(
            case_id, assessed_on=assessed_on, scores=scores
        )
