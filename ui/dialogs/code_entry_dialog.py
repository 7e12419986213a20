"""Add a code-list entry, or change an entry's labels (its code never changes: stored data
refers to it). The core checks codes, labels and the parent category."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from avhopp.domain.code_lists import CodeList
from avhopp.errors import AlreadyExistsError
from ui import error_presenter
from ui.dialogs.service_dialog import ServiceDialog
from ui.i18n import translate
from ui.session import Session


class CodeEntryDialog(ServiceDialog):
    """``entry`` None: add to ``code_list``; otherwise relabel ``entry``. ``categories`` are
    (code, label) pairs of the active step categories (for support-step items). ``saved``
    carries the ``CodeEntryView``."""

    def __init__(
        self,
        session: Session,
        code_list: CodeList,
        *,
        list_label: str,
        entry: Any = None,
        categories: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = entry is None
        super().__init__(
            session,
            title=(
                translate("CodeEntryDialog", "New code")
                if adding
                else translate("CodeEntryDialog", "Change labels")
            ),
            ok_text=(
                translate("CodeEntryDialog", "&Add")
                if adding
                else translate("CodeEntryDialog", "&Save")
            ),
            parent=parent,
        )
        self.setObjectName("code_entry_dialog")
        self.code_list = code_list
        self.entry = entry
        list_name = QLabel(list_label)
        list_name.setObjectName("code_list_label")
        self.form.addRow(translate("CodeEntryDialog", "List:"), list_name)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code_edit")
        if adding:
            self.code_edit.setPlaceholderText(
                translate("CodeEntryDialog", "a–z, 0–9 and _, for example social_worker")
            )
        else:
            self.code_edit.setText(entry.code)
            self.code_edit.setReadOnly(True)
        self.errors.add_row(
            self.form, translate("CodeEntryDialog", "&Code:"), self.code_edit, "code"
        )
        self.parent_combo: QComboBox | None = None
        if adding and code_list is CodeList.STEP_ITEM:
            self.parent_combo = QComboBox()
            self.parent_combo.setObjectName("parent_combo")
            for code, label in categories or []:
                self.parent_combo.addItem(label, code)
            self.errors.add_row(
                self.form,
                translate("CodeEntryDialog", "C&ategory:"),
                self.parent_combo,
                "parent",
            )
        self.label_sv_edit = QLineEdit(entry.label_sv if entry else "")
        self.label_sv_edit.setObjectName("label_sv_edit")
        self.errors.add_row(
            self.form,
            translate("CodeEntryDialog", "&Swedish label:"),
            self.label_sv_edit,
            "label_sv",
        )
        self.label_en_edit = QLineEdit(entry.label_en if entry else "")
        self.label_en_edit.setObjectName("label_en_edit")
        self.errors.add_row(
            self.form,
            translate("CodeEntryDialog", "&English label:"),
            self.label_en_edit,
            "label_en",
        )
        if adding:
            note = QLabel(
                translate(
                    "CodeEntryDialog",
                    "A code cannot be changed or deleted later; an entry that is no longer "
                    "used is deactivated.",
                )
            )
            note.setWordWrap(True)
            self.form.addRow("", note)
            self.code_edit.setFocus()
        else:
            self.label_sv_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    def build_call(self) -> Callable[[Any], Any] | None:
        code_list = self.code_list
        label_sv, label_en = self.label_sv_edit.text(), self.label_en_edit.text()
        if self.entry is not None:
            code, version = self.entry.code, self.entry.version

            def relabel(vault: Any) -> Any:
                return vault.code_lists.relabel(
                    code_list, code, label_sv=label_sv, label_en=label_en, expected_version=version
                )

            return relabel
        code = self.code_edit.text()
        parent = self.parent_combo.currentData() if self.parent_combo is not None else None

        def add(vault: Any) -> Any:
            return vault.code_lists.add(
                code_list, code, label_sv=label_sv, label_en=label_en, parent=parent
            )

        return add

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, AlreadyExistsError):
            self.errors.show_field("code", error_presenter.error_message(error))
            return
        super().show_error(error)
