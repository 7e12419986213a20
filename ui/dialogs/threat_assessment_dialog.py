"""Record a threat / risk assessment (hotbild): level, date, next review, source. Detail is
kept minimal on purpose (DOMAIN.md §2): who assessed, not what was said."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from avhopp.domain.support import MAX_THREAT_SOURCE, ThreatLevel
from ui.dialogs.service_form_dialog import DateLineEdit, InputError, ServiceFormDialog
from ui.i18n import translate
from ui.models.choice_labels import threat_level_label
from ui.session import Session


class ThreatAssessmentDialog(ServiceFormDialog):
    def __init__(self, session: Session, *, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=translate("ThreatAssessmentDialog", "New threat assessment"),
            object_name="threat_assessment_dialog",
            parent=parent,
        )
        self.case_id = case_id
        self.set_intro(
            translate(
                "ThreatAssessmentDialog",
                "Keep detail minimal: record who made the assessment, not what was said.",
            )
        )
        self.level_combo = QComboBox()
        for level in ThreatLevel:
            self.level_combo.addItem(threat_level_label(level), level.value)
        self.add_row(
            translate("ThreatAssessmentDialog", "&Level:"),
            self.level_combo,
            "level",
            object_name="level_combo",
        )
        self.assessed_edit = DateLineEdit()
        self.assessed_edit.set_date(date.today())
        self.add_row(
            translate("ThreatAssessmentDialog", "&Assessed on:"), self.assessed_edit, "assessed_on"
        )
        self.review_edit = DateLineEdit()
        self.add_row(
            translate("ThreatAssessmentDialog", "&Next review:"), self.review_edit, "next_review_on"
        )
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(MAX_THREAT_SOURCE)
        self.source_edit.setPlaceholderText(
            translate("ThreatAssessmentDialog", "e.g. the Police, the case worker")
        )
        self.add_row(translate("ThreatAssessmentDialog", "&Source:"), self.source_edit, "source")

    def collect(self) -> Callable[[Any], Any]:
        assessed_on = self.assessed_edit.date_value("assessed_on")
        if assessed_on is None:
            raise InputError(
                "assessed_on", translate("ThreatAssessmentDialog", "Give the assessment date.")
            )
        level = self.level_combo.currentData()
        review = self.review_edit.date_value("next_review_on")
        source = self.source_edit.text()
        case_id = self.case_id
        return lambda vault: vault.support.add_threat_assessment(
            case_id, level=level, assessed_on=assessed_on, next_review_on=review, source=source
        )
