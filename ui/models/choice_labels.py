"""Translated labels of the core's fixed choices (step status, goal status, threat level,
reminder kind, contact kind). Code lists (categories, life domains, roles...) are not here:
their labels come from ``SessionInfo.code_label``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avhopp.domain.network import ContactKind, ReminderKind
from avhopp.domain.support import GoalStatus, StepStatus, ThreatLevel
from ui.i18n import translate

STEP_STATUS = {
    StepStatus.PLANNED: QT_TRANSLATE_NOOP("StepStatus", "Planned"),
    StepStatus.ONGOING: QT_TRANSLATE_NOOP("StepStatus", "Ongoing"),
    StepStatus.COMPLETED: QT_TRANSLATE_NOOP("StepStatus", "Completed"),
    StepStatus.CANCELLED: QT_TRANSLATE_NOOP("StepStatus", "Cancelled"),
}

GOAL_STATUS = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("GoalStatus", "Open"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
    GoalStatus.PARTLY: QT_TRANSLATE_NOOP("GoalStatus", "Partly achieved"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("GoalStatus", "Not achieved"),
    GoalStatus.CANCELLED: QT_TRANSLATE_NOOP("GoalStatus", "Cancelled"),
}

THREAT_LEVEL = {
    ThreatLevel.LOW: QT_TRANSLATE_NOOP("ThreatLevel", "Low"),
    ThreatLevel.MEDIUM: QT_TRANSLATE_NOOP("ThreatLevel", "Medium"),
    ThreatLevel.HIGH: QT_TRANSLATE_NOOP("ThreatLevel", "High"),
    ThreatLevel.CRITICAL: QT_TRANSLATE_NOOP("ThreatLevel", "Critical"),
}

#: Accent colours of threat levels (a stripe and the level's text; backgrounds stay the
#: palette's).
THREAT_COLOR = {
    ThreatLevel.LOW: "#2e7d32",
    ThreatLevel.MEDIUM: "#ef6c00",
    ThreatLevel.HIGH: "#d32f2f",
    ThreatLevel.CRITICAL: "#b71c1c",
}

REMINDER_KIND = {
    ReminderKind.MANUAL: QT_TRANSLATE_NOOP("ReminderKind", "Manual"),
    ReminderKind.PLAN_REVIEW: QT_TRANSLATE_NOOP("ReminderKind", "Plan review"),
    ReminderKind.CONSENT_EXPIRY: QT_TRANSLATE_NOOP("ReminderKind", "Consent expires"),
    ReminderKind.PROTECTION_EXPIRY: QT_TRANSLATE_NOOP(
        "ReminderKind", "Confidentiality marking expires"
    ),
    ReminderKind.PURGE: QT_TRANSLATE_NOOP("ReminderKind", "Purge date"),
}

CONTACT_KIND = {
    ContactKind.PROFESSIONAL: QT_TRANSLATE_NOOP("ContactKind", "Professional"),
    ContactKind.PRIVATE: QT_TRANSLATE_NOOP("ContactKind", "Private"),
}


def step_status_label(status: str) -> str:
    text = STEP_STATUS.get(StepStatus(status)) if status in set(StepStatus) else None
    return translate("StepStatus", text) if text else status


def goal_status_label(status: str) -> str:
    text = GOAL_STATUS.get(GoalStatus(status)) if status in set(GoalStatus) else None
    return translate("GoalStatus", text) if text else status


def threat_level_label(level: str) -> str:
    text = THREAT_LEVEL.get(ThreatLevel(level)) if level in set(ThreatLevel) else None
    return translate("ThreatLevel", text) if text else level


def reminder_kind_label(kind: str) -> str:
    text = REMINDER_KIND.get(ReminderKind(kind)) if kind in set(ReminderKind) else None
    return translate("ReminderKind", text) if text else kind


def contact_kind_label(kind: str) -> str:
    text = CONTACT_KIND.get(ContactKind(kind)) if kind in set(ContactKind) else None
    return translate("ContactKind", text) if text else kind
