"""Mark audit entries "granskad" (reviewed), with an optional remark. Reviews are never
changed or removed: marking again adds a newer review."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import translate
from ui.session import Session


class ReviewRemarkDialog(ServiceDialog):
    """``saved`` carries (the number of entries marked, the remark as typed)."""

    def __init__(
        self, session: Session, seqs: Sequence[int], *, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session,
            title=translate("ReviewRemarkDialog", "Mark as reviewed"),
            ok_text=translate("ReviewRemarkDialog", "&Mark reviewed"),
            parent=parent,
        )
        self.setObjectName("review_remark_dialog")
        self.seqs = sorted(set(seqs))
        self.set_intro(
            translate(
                "ReviewRemarkDialog",
                "Mark %n log entry(s) as reviewed. A remark is optional: write one when "
                "something needs follow-up. Reviews cannot be changed afterwards.",
                None,
                len(self.seqs),
            )
        )
        self.remark_edit = QPlainTextEdit()
        self.remark_edit.setObjectName("remark_edit")
        self.remark_edit.setTabChangesFocus(True)
        self.remark_edit.setPlaceholderText(translate("ReviewRemarkDialog", "No remarks"))
        self.remark_edit.setMinimumHeight(90)
        self.errors.add_row(
            self.form,
            translate("ReviewRemarkDialog", "&Remark:"),
            self.remark_edit,
            "remark",
            accessible_name=translate("ReviewRemarkDialog", "Remark"),
        )
        self.resize(480, self.sizeHint().height())
        self.remark_edit.setFocus()

    def build_call(self) -> Callable[[Any], Any] | None:
        seqs, remark = list(self.seqs), self.remark_edit.toPlainText()

        def mark(vault: Any) -> tuple[int, str]:
            return vault.audit_review.mark_reviewed(seqs, remark=remark), remark.strip()

        return mark
