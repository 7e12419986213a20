"""A participant's access log (loggutdrag): who read or changed the record, when, and what.
Rows are ``AuditEntryView``; action codes get the log review's translated labels."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from ui.formats import fmt_datetime
from ui.i18n import translate
from ui.models.audit_entry_model import OUTCOMES, action_label
from ui.models.record_table_model import RecordTableModel

FLAGGED_COLOUR = "#c62828"

#: Actions that only read (everything else changed something or was a deliberate act).
READ_ACTIONS = frozenset(
    {
        "agreement.read",
        "assessment.read",
        "audit.person-log",
        "case.read",
        "consent.read",
        "contact.list",
        "contact.read",
        "flag.list",
        "flag.read",
        "journal.read",
        "person.read",
        "person.read-merged",
        "person.search",
        "plan.read",
        "reminder.list",
        "reminder.read",
        "step.read",
        "threat.read",
    }
)


def is_read(action: str) -> bool:
    return action in READ_ACTIONS


class AccessColumn(enum.IntEnum):
    TIME = 0
    WHO = 1
    ACTION = 2
    CONCERNS = 3
    NOTE = 4


class AccessLogModel(RecordTableModel):
    CONTEXT = "AccessLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AccessLogModel", "When"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Who"),
        QT_TRANSLATE_NOOP("AccessLogModel", "What"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Concerns"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Note"),
    )

    def __init__(
        self,
        *,
        display_name: Callable[[str | None], str],
        case_reference: Callable[[str | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._display_name = display_name
        self._case_reference = case_reference

    def text(self, row: Any, column: int) -> str:
        if column == AccessColumn.TIME:
            return fmt_datetime(row.occurred_at)
        if column == AccessColumn.WHO:
            name = self._display_name(row.username)
            user = row.username or ""
            return f"{name} ({user})" if name and user else (name or user)
        if column == AccessColumn.ACTION:
            return action_label(row.action)
        if column == AccessColumn.CONCERNS:
            if row.target_type == "case":
                reference = self._case_reference(row.target_id)
                return (
                    translate("AccessLogModel", "Case {reference}")
                    .format(reference=reference)
                    .strip()
                )
            if row.target_type == "person":
                return translate("AccessLogModel", "Person record")
            if row.target_type == "reminder":
                return translate("AccessLogModel", "Reminder")
            return str(row.target_type or "")
        if column == AccessColumn.NOTE:
            parts = []
            details = dict(row.details or {})
            if details.get("emergency_access"):
                parts.append(translate("AccessLogModel", "through emergency access"))
            if row.outcome and row.outcome != "ok":
                outcome = OUTCOMES.get(row.outcome)
                parts.append(translate("AuditEntryModel", outcome) if outcome else row.outcome)
            if "reason" in details:
                parts.append(
                    translate("AccessLogModel", "reason: {reason}").format(reason=details["reason"])
                )
            return "; ".join(parts)
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == AccessColumn.TIME:
            return row.seq
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        flagged = (row.outcome and row.outcome != "ok") or dict(row.details or {}).get(
            "emergency_access"
        )
        if flagged and column in (AccessColumn.ACTION, AccessColumn.NOTE):
            return QBrush(QColor(FLAGGED_COLOUR))
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == AccessColumn.ACTION:
            return str(row.action)
        return None
