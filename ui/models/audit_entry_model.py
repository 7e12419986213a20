"""Audit entries for the log review: sequence number, time, user, action, target, details,
review mark. Action codes get translated labels (:data:`ACTION_LABELS`); an unknown code (a
newer release, or a service added later) is shown as it is."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from ui.formats import fmt_datetime
from ui.i18n import translate
from ui.models.row_table_model import RowTableModel

FAILED_COLOUR = "#c62828"

#: The action codes the services write (grep ``audit_entry(`` and ``action=`` in
#: avhopp/services), translated in the context "AuditActions".
ACTION_LABELS = {
    "agreement.read": QT_TRANSLATE_NOOP("AuditActions", "Read agreement"),
    "agreement.sign": QT_TRANSLATE_NOOP("AuditActions", "Signed agreement"),
    "assessment.add": QT_TRANSLATE_NOOP("AuditActions", "Added assessment"),
    "assessment.read": QT_TRANSLATE_NOOP("AuditActions", "Read assessments"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "Exported audit log"),
    "audit.person-log": QT_TRANSLATE_NOOP("AuditActions", "Read a participant's access log"),
    "audit.read": QT_TRANSLATE_NOOP("AuditActions", "Read audit log"),
    "audit.review": QT_TRANSLATE_NOOP("AuditActions", "Marked log entries reviewed"),
    "audit.sample": QT_TRANSLATE_NOOP("AuditActions", "Drew a log spot check"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditActions", "Verified audit log"),
    "breach.add": QT_TRANSLATE_NOOP("AuditActions", "Recorded breach"),
    "case.assign": QT_TRANSLATE_NOOP("AuditActions", "Reassigned case"),
    "case.change-phase": QT_TRANSLATE_NOOP("AuditActions", "Changed phase"),
    "case.close": QT_TRANSLATE_NOOP("AuditActions", "Closed case"),
    "case.create": QT_TRANSLATE_NOOP("AuditActions", "Opened case"),
    "case.emergency-access": QT_TRANSLATE_NOOP("AuditActions", "Emergency access to case"),
    "case.phase": QT_TRANSLATE_NOOP("AuditActions", "Changed phase"),
    "case.read": QT_TRANSLATE_NOOP("AuditActions", "Read case"),
    "case.reopen": QT_TRANSLATE_NOOP("AuditActions", "Reopened case"),
    "codes.add": QT_TRANSLATE_NOOP("AuditActions", "Added code"),
    "codes.deactivate": QT_TRANSLATE_NOOP("AuditActions", "Deactivated code"),
    "codes.reactivate": QT_TRANSLATE_NOOP("AuditActions", "Reactivated code"),
    "codes.relabel": QT_TRANSLATE_NOOP("AuditActions", "Relabelled code"),
    "consent.add": QT_TRANSLATE_NOOP("AuditActions", "Recorded consent"),
    "consent.read": QT_TRANSLATE_NOOP("AuditActions", "Read consents"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditActions", "Withdrew consent"),
    "contact.add": QT_TRANSLATE_NOOP("AuditActions", "Added contact"),
    "contact.link": QT_TRANSLATE_NOOP("AuditActions", "Linked contact"),
    "contact.list": QT_TRANSLATE_NOOP("AuditActions", "Listed contacts"),
    "contact.read": QT_TRANSLATE_NOOP("AuditActions", "Read contacts"),
    "contact.update": QT_TRANSLATE_NOOP("AuditActions", "Changed contact"),
    "contact.update-link": QT_TRANSLATE_NOOP("AuditActions", "Changed contact link"),
    "dashboard.read": QT_TRANSLATE_NOOP("AuditActions", "Read overview"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditActions", "Generated demo data"),
    "flag.list": QT_TRANSLATE_NOOP("AuditActions", "Listed flags"),
    "flag.read": QT_TRANSLATE_NOOP("AuditActions", "Read flags"),
    "flag.remove": QT_TRANSLATE_NOOP("AuditActions", "Removed flag"),
    "flag.set": QT_TRANSLATE_NOOP("AuditActions", "Set flag"),
    "import.file": QT_TRANSLATE_NOOP("AuditActions", "Imported participants"),
    "journal.correct": QT_TRANSLATE_NOOP("AuditActions", "Corrected journal note"),
    "journal.draft": QT_TRANSLATE_NOOP("AuditActions", "Saved journal draft"),
    "journal.read": QT_TRANSLATE_NOOP("AuditActions", "Read journal"),
    "journal.sign": QT_TRANSLATE_NOOP("AuditActions", "Signed journal note"),
    "key.rekey": QT_TRANSLATE_NOOP("AuditActions", "Rotated vault key"),
    "login": QT_TRANSLATE_NOOP("AuditActions", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed login"),
    "login.recovery-key": QT_TRANSLATE_NOOP("AuditActions", "Logged in with recovery key"),
    "participant.list": QT_TRANSLATE_NOOP("AuditActions", "Listed participants"),
    "person.create": QT_TRANSLATE_NOOP("AuditActions", "Registered participant"),
    "person.merge": QT_TRANSLATE_NOOP("AuditActions", "Merged person records"),
    "person.read": QT_TRANSLATE_NOOP("AuditActions", "Read person"),
    "person.read-merged": QT_TRANSLATE_NOOP("AuditActions", "Read merged records"),
    "person.reveal-address": QT_TRANSLATE_NOOP("AuditActions", "Revealed protected address"),
    "person.search": QT_TRANSLATE_NOOP("AuditActions", "Searched by identity number"),
    "person.update": QT_TRANSLATE_NOOP("AuditActions", "Changed person"),
    "plan.add-goal": QT_TRANSLATE_NOOP("AuditActions", "Added plan goal"),
    "plan.read": QT_TRANSLATE_NOOP("AuditActions", "Read plan"),
    "plan.update-goal": QT_TRANSLATE_NOOP("AuditActions", "Changed plan goal"),
    "purge.list": QT_TRANSLATE_NOOP("AuditActions", "Listed purge candidates"),
    "purge.read-archive": QT_TRANSLATE_NOOP("AuditActions", "Read purge archive"),
    "purge.run": QT_TRANSLATE_NOOP("AuditActions", "Purged records"),
    "recovery-key.create": QT_TRANSLATE_NOOP("AuditActions", "Created recovery key"),
    "reminder.add": QT_TRANSLATE_NOOP("AuditActions", "Added reminder"),
    "reminder.done": QT_TRANSLATE_NOOP("AuditActions", "Completed reminder"),
    "reminder.list": QT_TRANSLATE_NOOP("AuditActions", "Listed reminders"),
    "reminder.read": QT_TRANSLATE_NOOP("AuditActions", "Read reminders"),
    "reminder.refresh": QT_TRANSLATE_NOOP("AuditActions", "Refreshed reminders"),
    "reminder.refresh-automatic": QT_TRANSLATE_NOOP(
        "AuditActions", "Refreshed automatic reminders"
    ),
    "reminder.update": QT_TRANSLATE_NOOP("AuditActions", "Changed reminder"),
    "settings.change": QT_TRANSLATE_NOOP("AuditActions", "Changed settings"),
    "stats.read": QT_TRANSLATE_NOOP("AuditActions", "Read statistics"),
    "step.add": QT_TRANSLATE_NOOP("AuditActions", "Added support step"),
    "step.read": QT_TRANSLATE_NOOP("AuditActions", "Read support steps"),
    "step.update": QT_TRANSLATE_NOOP("AuditActions", "Changed support step"),
    "threat.add": QT_TRANSLATE_NOOP("AuditActions", "Added threat assessment"),
    "threat.read": QT_TRANSLATE_NOOP("AuditActions", "Read threat assessments"),
    "user.add": QT_TRANSLATE_NOOP("AuditActions", "Added user"),
    "user.disable": QT_TRANSLATE_NOOP("AuditActions", "Disabled user"),
    "user.enable": QT_TRANSLATE_NOOP("AuditActions", "Enabled user"),
    "user.list": QT_TRANSLATE_NOOP("AuditActions", "Listed users"),
    "user.passphrase": QT_TRANSLATE_NOOP("AuditActions", "Changed passphrase"),
    "user.team": QT_TRANSLATE_NOOP("AuditActions", "Changed team"),
    "vault.create": QT_TRANSLATE_NOOP("AuditActions", "Created vault"),
}

TARGET_TYPES = {
    "person": QT_TRANSLATE_NOOP("AuditEntryModel", "person"),
    "case": QT_TRANSLATE_NOOP("AuditEntryModel", "case"),
    "reminder": QT_TRANSLATE_NOOP("AuditEntryModel", "reminder"),
    "user": QT_TRANSLATE_NOOP("AuditEntryModel", "user"),
    "code_entry": QT_TRANSLATE_NOOP("AuditEntryModel", "code"),
    "settings": QT_TRANSLATE_NOOP("AuditEntryModel", "settings"),
    "purge_run": QT_TRANSLATE_NOOP("AuditEntryModel", "purge run"),
    "contact": QT_TRANSLATE_NOOP("AuditEntryModel", "contact"),
    "note": QT_TRANSLATE_NOOP("AuditEntryModel", "journal note"),
}

OUTCOMES = {
    "flagged": QT_TRANSLATE_NOOP("AuditEntryModel", "flagged for review"),
    "refused": QT_TRANSLATE_NOOP("AuditEntryModel", "refused"),
}


def action_label(code: str) -> str:
    """The translated label of an action code (the code itself if unknown)."""
    source = ACTION_LABELS.get(code)
    return translate("AuditActions", source) if source else code


def short_id(value: str | None) -> str:
    return (value or "")[:8]


def details_text(details: Any) -> str:
    """Details as one line: ``key: value`` pairs (lists and maps in JSON)."""
    parts = []
    for key, value in sorted(dict(details or {}).items()):
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


class Column(enum.IntEnum):
    SEQ = 0
    TIME = 1
    USER = 2
    ACTION = 3
    TARGET = 4
    DETAILS = 5
    REVIEWED = 6


class AuditEntryModel(RowTableModel[Any]):
    """Rows are ``AuditEntryView`` read models. ``target_text(entry)`` may name a target
    better than its id (a case reference the session knows); it returns "" otherwise."""

    CONTEXT = "AuditEntryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditEntryModel", "No."),
        QT_TRANSLATE_NOOP("AuditEntryModel", "Time"),
        QT_TRANSLATE_NOOP("AuditEntryModel", "User"),
        QT_TRANSLATE_NOOP("AuditEntryModel", "Action"),
        QT_TRANSLATE_NOOP("AuditEntryModel", "Concerns"),
        QT_TRANSLATE_NOOP("AuditEntryModel", "Details"),
        QT_TRANSLATE_NOOP("AuditEntryModel", "Reviewed"),
    )

    def __init__(
        self, *, target_text: Callable[[Any], str] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._target_text = target_text or (lambda _entry: "")

    def text(self, row: Any, column: int) -> str:
        if column == Column.SEQ:
            return str(row.seq)
        if column == Column.TIME:
            return fmt_datetime(row.occurred_at)
        if column == Column.USER:
            return str(row.username or "")
        if column == Column.ACTION:
            label = action_label(row.action)
            if row.outcome and row.outcome != "ok":
                outcome = OUTCOMES.get(row.outcome)
                return translate("AuditEntryModel", "{action} ({outcome})").format(
                    action=label,
                    outcome=translate("AuditEntryModel", outcome) if outcome else row.outcome,
                )
            return label
        if column == Column.TARGET:
            return self.target(row)
        if column == Column.DETAILS:
            return details_text(row.details)
        if column == Column.REVIEWED:
            if not row.reviewed:
                return ""
            if row.review_remark:
                return translate("AuditEntryModel", "Yes: {remark}").format(
                    remark=row.review_remark
                )
            return translate("AuditEntryModel", "Yes")
        return ""

    def target(self, row: Any) -> str:
        if not row.target_type:
            return ""
        known = self._target_text(row)
        if known:
            return known
        kind = TARGET_TYPES.get(row.target_type)
        kind_text = translate("AuditEntryModel", kind) if kind else row.target_type
        return f"{kind_text} {short_id(row.target_id)}".strip()

    def sort_key(self, row: Any, column: int) -> Any:
        if column in (Column.SEQ, Column.TIME):
            return row.seq
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if column == Column.ACTION and row.outcome and row.outcome != "ok":
            return QBrush(QColor(FAILED_COLOUR))
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == Column.DETAILS and row.details:
            return json.dumps(dict(row.details), ensure_ascii=False, indent=1, sort_keys=True)
        if column == Column.TARGET and row.target_id:
            return f"{row.target_type}: {row.target_id}"
        if column == Column.REVIEWED and row.reviewed:
            return translate("AuditEntryModel", "Reviewed by {user} at {time}").format(
                user=row.reviewed_by or "", time=fmt_datetime(row.reviewed_at)
            )
        if column == Column.ACTION:
            return str(row.action)
        return None

    def row_of(self, seq: int) -> int | None:
        for number, row in enumerate(self.rows()):
            if row.seq == seq:
                return number
        return None
