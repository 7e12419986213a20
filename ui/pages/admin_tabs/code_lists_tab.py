"""Code lists: pick a list, see its entries (deactivated ones too), add an entry, change its
labels, deactivate or reactivate it. Entries are never deleted: old cases, steps and notes
keep their codes, so history stays reportable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from avhopp.domain.code_lists import CodeList
from ui.dialogs.code_entry_dialog import CodeEntryDialog
from ui.i18n import translate
from ui.models.code_entry_model import CodeEntryModel, Column
from ui.session import Changes, Session, interface_language

LIST_LABELS = {
    CodeList.PHASE: QT_TRANSLATE_NOOP("CodeListsTab", "Phases"),
    CodeList.REFERRAL_SOURCE: QT_TRANSLATE_NOOP("CodeListsTab", "Referral sources"),
    CodeList.CLOSURE_REASON: QT_TRANSLATE_NOOP("CodeListsTab", "Closure reasons"),
    CodeList.STEP_CATEGORY: QT_TRANSLATE_NOOP("CodeListsTab", "Support-step categories"),
    CodeList.STEP_ITEM: QT_TRANSLATE_NOOP("CodeListsTab", "Support steps"),
    CodeList.JOURNAL_TYPE: QT_TRANSLATE_NOOP("CodeListsTab", "Journal note types"),
    CodeList.LIFE_DOMAIN: QT_TRANSLATE_NOOP("CodeListsTab", "Life domains"),
    CodeList.CONTACT_ROLE: QT_TRANSLATE_NOOP("CodeListsTab", "Contact roles"),
    CodeList.AGENCY: QT_TRANSLATE_NOOP("CodeListsTab", "Agencies"),
}


def list_label(code_list: CodeList) -> str:
    source = LIST_LABELS.get(code_list)
    return translate("CodeListsTab", source) if source else code_list.value


def load_list(code_list: CodeList) -> Any:
    """A worker function: the list's entries, deactivated ones included (and the step
    categories, which name a support step's parent)."""

    def load(vault: Any) -> tuple[list[Any], list[Any]]:
        entries = vault.code_lists.entries(code_list, include_inactive=True)
        categories = (
            vault.code_lists.entries(CodeList.STEP_CATEGORY, include_inactive=True)
            if code_list is CodeList.STEP_ITEM
            else []
        )
        return entries, categories

    return load


class CodeListsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_lists_tab")
        self.session = session
        self.loaded = False
        self.dialog: Any = None
        self._categories: list[Any] = []
        self.model = CodeEntryModel(parent_label=self._category_label, parent=self)

        self.list_combo = QComboBox()
        self.list_combo.setObjectName("code_list_combo")
        self.list_combo.setAccessibleName(translate("CodeListsTab", "Code list"))
        for code_list in CodeList:
            self.list_combo.addItem(list_label(code_list), code_list)
        self.list_combo.currentIndexChanged.connect(self.reload)
        choose = QLabel(translate("CodeListsTab", "&List:"))
        choose.setBuddy(self.list_combo)

        self.add_button = self._button("add_code_button", translate("CodeListsTab", "&New code…"))
        self.add_button.clicked.connect(self.add_entry)
        self.relabel_button = self._button(
            "relabel_code_button", translate("CodeListsTab", "Change la&bels…")
        )
        self.relabel_button.clicked.connect(self.relabel_entry)
        self.active_button = self._button(
            "toggle_code_button", translate("CodeListsTab", "&Deactivate")
        )
        self.active_button.clicked.connect(self.toggle_active)

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.list_combo, 1)
        top.addSpacing(12)
        for button in (self.add_button, self.relabel_button, self.active_button):
            top.addWidget(button)

        self.table = QTableView()
        self.table.setObjectName("code_table")
        self.table.setAccessibleName(translate("CodeListsTab", "Entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.CODE, 170),
            (Column.LABEL_SV, 260),
            (Column.LABEL_EN, 240),
            (Column.PARENT, 180),
        ):
            header.resizeSection(column, width)
        # The list's own order (sort_order) until the administrator sorts by a column.
        header.setSortIndicator(Column.CODE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.relabel_entry())

        self.hint_label = QLabel(
            translate(
                "CodeListsTab",
                "Entries are never deleted: a deactivated entry is no longer offered for new "
                "records, and old records keep it.",
            )
        )
        self.hint_label.setObjectName("codes_hint")
        self.hint_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("codes_status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hint_label)
        self.setTabOrder(self.list_combo, self.add_button)
        self.setTabOrder(self.add_button, self.relabel_button)
        self.setTabOrder(self.relabel_button, self.active_button)
        self.setTabOrder(self.active_button, self.table)
        self._select_after: str | None = None
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    @property
    def code_list(self) -> CodeList:
        return CodeList(self.list_combo.currentData())

    def choose_list(self, code_list: CodeList) -> None:
        self.list_combo.setCurrentIndex(self.list_combo.findData(code_list))

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        code_list = self.code_list
        self.session.call(
            load_list(code_list),
            on_done=lambda result: self._loaded(code_list, result),
            parent=self,
        )

    def _loaded(self, code_list: CodeList, result: tuple[list[Any], list[Any]]) -> None:
        if code_list is not self.code_list:
            return  # the user chose another list meanwhile
        entries, categories = result
        selected = self.selected()
        wanted = self._select_after or (selected.code if selected is not None else None)
        self._select_after = None
        self._categories = categories
        self.model.set_rows(entries)
        self.table.setColumnHidden(Column.PARENT, code_list is not CodeList.STEP_ITEM)
        self.loaded = True
        # The session's copy of the codes (labels and drop-downs everywhere) follows.
        self.session.info.codes[code_list.value] = {e.code: e for e in entries}
        if wanted is not None:
            row = self.model.row_of(wanted)
            if row is not None:
                self.table.selectRow(row)
        self._update_buttons()

    def forget(self) -> None:
        self.model.clear()
        self.loaded = False
        self.status_label.clear()

    def _category_label(self, code: str | None) -> str:
        for entry in self._categories:
            if entry.code == code:
                return str(self.session.info.code_label(CodeList.STEP_CATEGORY.value, code))
        return code or ""

    # ------------------------------------------------------------------ selection

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.relabel_button.setEnabled(entry is not None)
        self.active_button.setEnabled(entry is not None)
        text = (
            translate("CodeListsTab", "&Reactivate")
            if entry is not None and not entry.active
            else translate("CodeListsTab", "&Deactivate")
        )
        self.active_button.setText(text)
        self.active_button.setAccessibleName(text.replace("&", ""))

    # ------------------------------------------------------------------ actions

    def add_entry(self) -> None:
        categories = [
            (e.code, self.session.info.code_label(CodeList.STEP_CATEGORY.value, e.code))
            for e in self._categories
            if e.active
        ]
        dialog = CodeEntryDialog(
            self.session,
            self.code_list,
            list_label=list_label(self.code_list),
            categories=categories,
            parent=self,
        )
        self._open(dialog)

    def relabel_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = CodeEntryDialog(
            self.session,
            self.code_list,
            list_label=list_label(self.code_list),
            entry=entry,
            parent=self,
        )
        self._open(dialog)

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        code_list, code, version = self.code_list, entry.code, entry.version
        if entry.active:
            call = lambda vault: vault.code_lists.deactivate(  # noqa: E731
                code_list, code, expected_version=version
            )
        else:
            call = lambda vault: vault.code_lists.reactivate(  # noqa: E731
                code_list, code, expected_version=version
            )
        self.session.call(call, on_done=self._saved, parent=self, on_reload=self.reload)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, entry: Any) -> None:
        self._select_after = entry.code
        state = (
            translate("CodeListsTab", "active")
            if entry.active
            else translate("CodeListsTab", "deactivated")
        )
        self.status_label.setText(
            translate("CodeListsTab", "Saved: {code} – {label} ({state}).").format(
                code=entry.code,
                label=entry.label_en if interface_language() == "en" else entry.label_sv,
                state=state,
            )
        )
        self.session.notify(Changes.of("codes"))
