"""The first-run wizard: create a new vault, open an existing one, or connect to a server.

Pages: choose → create (a vault on this PC or on a server) → recovery key; choose → open a vault
file; choose → connect to a PostgreSQL server (→ optionally create a vault there). The wizard
emits ``vault_chosen(LocationInfo)`` when a vault has been created or chosen; the controller
then shows the login window for it.

Creating a vault runs on the worker thread (the KDF is calibrated to take about a second).
The core decides what is valid; its ``ValidationError(field=...)`` is shown next to the field
and the wizard stays on the page with what was typed.

The recovery key is shown once. It is never logged, never stored in settings, and written only
where the user prints it or saves the PDF; the wizard forgets it (and clears its label) when it
closes.
"""

from __future__ import annotations

import html
import os
from datetime import date

from PySide6.QtCore import QMarginsF, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QFontMetrics,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from avhopp.errors import StorageError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.services import vault_locations
from avhopp.services.read_models import CreatedVault
from avhopp.services.vault_locations import LocationInfo
from ui import error_presenter
from ui.formats import fmt_date
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.widgets.passphrase_meter import PassphraseMeter
from ui.worker import VaultWorker

PAGE_CHOOSE = 0
PAGE_CREATE = 1
PAGE_OPEN = 2
PAGE_CONNECT = 3
PAGE_RECOVERY = 4

MODE_CREATE = "create"
MODE_OPEN = "open"
MODE_CONNECT = "connect"

VAULT_FILE_FILTER = "*.avhopp"


def _add_field(
    form: QFormLayout,
    errors: FieldErrors,
    label: str,
    field: str,
    edit: QWidget,
    *,
    accessible_name: str,
    extra: QWidget | None = None,
    below: QWidget | None = None,
) -> None:
    """A form row: ``edit`` (with ``extra`` beside it, e.g. a Choose… button, and ``below``
    under it, e.g. a strength meter) and the field's error label under that; the row label's
    mnemonic focuses ``edit``."""
    edit.setAccessibleName(accessible_name)
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extra is None:
        column.addWidget(edit)
    else:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(extra)
        column.addLayout(row)
    if below is not None:
        column.addWidget(below)
    column.addWidget(errors.error_label(field, edit))
    caption = QLabel(label)
    caption.setBuddy(edit)
    form.addRow(caption, box)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


# --------------------------------------------------------------------------- choose


class ChoosePage(QWizardPage):
    """What the user wants: a new vault on this PC, an existing file, or a server."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("choose_page")
        self.setTitle(translate("ChoosePage", "Welcome to Avhopp"))
        self.setSubTitle(
            translate(
                "ChoosePage",
                "Avhopp keeps its data in an encrypted vault. Create a new one, open one that "
                "already exists, or connect to your office's database server.",
            )
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.create_radio = QRadioButton(translate("ChoosePage", "&Create a new vault on this PC"))
        self.create_radio.setObjectName("create_radio")
        self.open_radio = QRadioButton(translate("ChoosePage", "&Open an existing vault file"))
        self.open_radio.setObjectName("open_radio")
        self.connect_radio = QRadioButton(
            translate("ChoosePage", "Connect to a &PostgreSQL server")
        )
        self.connect_radio.setObjectName("connect_radio")
        hints = {
            self.create_radio: translate(
                "ChoosePage",
                "For a unit that works on one PC. You become the vault's administrator.",
            ),
            self.open_radio: translate(
                "ChoosePage", "A vault file that was created earlier on this PC or restored here."
            ),
            self.connect_radio: translate(
                "ChoosePage",
                "For an office where several PCs share one database. You can also create a "
                "new vault on the server.",
            ),
        }
        for radio, hint in hints.items():
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setAccessibleDescription(hint)
            self.group.addButton(radio)
            layout.addWidget(radio)
            hint_label = _hint(hint)
            hint_label.setContentsMargins(24, 0, 0, 10)
            layout.addWidget(hint_label)
        layout.addStretch(1)
        self.create_radio.setChecked(True)

    @property
    def mode(self) -> str:
        if self.open_radio.isChecked():
            return MODE_OPEN
        if self.connect_radio.isChecked():
            return MODE_CONNECT
        return MODE_CREATE

    def nextId(self) -> int:
        return {MODE_CREATE: PAGE_CREATE, MODE_OPEN: PAGE_OPEN, MODE_CONNECT: PAGE_CONNECT}[
            self.mode
        ]


# --------------------------------------------------------------------------- create


class CreatePage(QWizardPage):
    """Unit, first administrator, passphrase (with a live strength meter) and location.

    ``validatePage`` starts the creation on the worker and returns ``False``; when the vault
    exists the page calls ``wizard.next()`` again, and then lets the wizard move on (to the
    recovery key, with no way back: this is a commit page)."""

    def __init__(self, worker: VaultWorker) -> None:
        super().__init__()
        self.setObjectName("create_page")
        self._worker = worker
        self._busy = False
        self._server: LocationInfo | None = None  # set when creating on a server
        self.created: CreatedVault | None = None
        self.location: LocationInfo | None = None
        self.setTitle(translate("CreatePage", "Create a new vault"))
        self.setSubTitle(
            translate(
                "CreatePage",
                "You become the vault's first administrator. Choose a long passphrase you can "
                "remember: several unrelated words work well.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("CreatePage", "C&reate"))

        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("unit_name_edit")
        self.unit_edit.setPlaceholderText(
            translate("CreatePage", "for example Avhopparverksamheten Västerås")
        )
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "&Unit:"),
            "unit_name",
            self.unit_edit,
            accessible_name=translate("CreatePage", "Unit name"),
        )
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("admin_username_edit")
        self.username_edit.setPlaceholderText(translate("CreatePage", "for example anna.admin"))
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "User &name:"),
            "username",
            self.username_edit,
            accessible_name=translate("CreatePage", "Administrator's user name"),
        )
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("admin_display_name_edit")
        self.display_name_edit.setPlaceholderText(translate("CreatePage", "First and last name"))
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "&Display name:"),
            "display_name",
            self.display_name_edit,
            accessible_name=translate("CreatePage", "Administrator's display name"),
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter()
        self.meter.setObjectName("passphrase_meter")
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "&Passphrase:"),
            "passphrase",
            self.passphrase_edit,
            accessible_name=translate("CreatePage", "Passphrase"),
            below=self.meter,
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("passphrase_repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "&Repeat:"),
            "passphrase_repeat",
            self.repeat_edit,
            accessible_name=translate("CreatePage", "Repeat the passphrase"),
        )
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("location_edit")
        self.choose_button = QPushButton(translate("CreatePage", "C&hoose…"))
        self.choose_button.setObjectName("choose_location_button")
        self.choose_button.setAccessibleName(
            translate("CreatePage", "Choose where to save the vault file")
        )
        self.choose_button.clicked.connect(self._choose_location)
        _add_field(
            form,
            self.errors,
            translate("CreatePage", "&Location:"),
            "location",
            self.location_edit,
            accessible_name=translate("CreatePage", "Vault location"),
            extra=self.choose_button,
        )

        self.progress = QProgressBar()
        self.progress.setObjectName("create_progress")
        self.progress.setAccessibleName(translate("CreatePage", "Creating the vault"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("create_status")
        self.status_label.setWordWrap(True)
        form.addRow(self.status_label)
        form.addRow(self.progress)

        for edit in (self.passphrase_edit, self.username_edit, self.display_name_edit):
            edit.textChanged.connect(self._update_meter)
        self.unit_edit.textChanged.connect(self._update_meter)
        for edit in (self.unit_edit, self.username_edit, self.display_name_edit):
            edit.textChanged.connect(self.completeChanged)
        self.passphrase_edit.textChanged.connect(self.completeChanged)
        self.repeat_edit.textChanged.connect(self.completeChanged)
        self.location_edit.textChanged.connect(self.completeChanged)

        self.setTabOrder(self.unit_edit, self.username_edit)
        self.setTabOrder(self.username_edit, self.display_name_edit)
        self.setTabOrder(self.display_name_edit, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.location_edit)
        self.setTabOrder(self.location_edit, self.choose_button)
        self._file_dialog: QFileDialog | None = None

    # -- state

    def set_server(self, server: LocationInfo | None) -> None:
        """Create on ``server`` (a PostgreSQL location) instead of a file on this PC."""
        self._server = server

    @property
    def busy(self) -> bool:
        return self._busy

    def initializePage(self) -> None:
        self.errors.clear()
        self.status_label.clear()
        if self._server is not None:
            self.setTitle(translate("CreatePage", "Create a new vault on the server"))
            self.location_edit.setText(self._server.display)
            self.location_edit.setReadOnly(True)
            self.choose_button.setVisible(False)
        else:
            self.setTitle(translate("CreatePage", "Create a new vault"))
            if self.location_edit.isReadOnly() or not self.location_edit.text():
                self.location_edit.setText(vault_locations.default().display)
            self.location_edit.setReadOnly(False)
            self.choose_button.setVisible(True)
        self.unit_edit.setFocus()

    def isComplete(self) -> bool:
        if self._busy:
            return False
        return all(
            edit.text().strip()
            for edit in (
                self.username_edit,
                self.display_name_edit,
                self.passphrase_edit,
                self.repeat_edit,
                self.location_edit,
            )
        )

    def nextId(self) -> int:
        return PAGE_RECOVERY

    def _update_meter(self) -> None:
        inputs = tuple(
            text
            for text in (
                self.username_edit.text().strip(),
                self.display_name_edit.text().strip(),
                self.unit_edit.text().strip(),
            )
            if text
        )
        self.meter.set_passphrase(self.passphrase_edit.text(), user_inputs=inputs)

    def _choose_location(self) -> None:
        dialog = QFileDialog(
            self,
            translate("CreatePage", "Where to save the new vault"),
            self.location_edit.text(),
            translate("CreatePage", "Avhopp vault (%1)").replace("%1", VAULT_FILE_FILTER),
        )
        dialog.setObjectName("location_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("avhopp")
        dialog.fileSelected.connect(self.location_edit.setText)
        self._file_dialog = dialog
        dialog.open()

    # -- creating

    def _location_info(self) -> LocationInfo:
        """Raises ValidationError (shown under the location field)."""
        if self._server is not None:
            return self._server
        return vault_locations.describe(self.location_edit.text().strip())

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self._busy:
            return False
        self.errors.clear()
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.errors.show_field(
                "passphrase_repeat",
                translate("CreatePage", "The two passphrases are not the same."),
            )
            return False
        try:
            location = self._location_info()
        except ValidationError as error:
            self._show_error(error)
            return False
        unit_name = self.unit_edit.text().strip()
        username = self.username_edit.text()
        display_name = self.display_name_edit.text()
        passphrase = self.passphrase_edit.text()

        def create(_job: object) -> CreatedVault:  # worker thread: never touch widgets
            return vault_service.create_vault(
                location.text,
                admin_username=username,
                admin_display_name=display_name,
                passphrase=passphrase,
                unit_name=unit_name,
            )

        self._set_busy(True)
        self._worker.submit(
            create,
            on_done=lambda created: self._created(created, location),
            on_error=self._failed,
            needs_vault=False,
        )
        return False

    def _created(self, created: CreatedVault, location: LocationInfo) -> None:
        self.created = created
        self.location = location
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self._set_busy(False)
        wizard = self.wizard()
        if wizard is not None and wizard.currentId() == PAGE_CREATE:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field in (
            "unit_name",
            "username",
            "display_name",
            "passphrase",
        ):
            self.errors.show(error)
        elif isinstance(error, ValidationError | StorageError):
            # A malformed location, a vault already there, an unreachable server, a network
            # share: all about the location.
            self.errors.clear()
            self.errors.show_field("location", error_presenter.error_message(error))
        else:
            self.errors.show(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.unit_edit,
            self.username_edit,
            self.display_name_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.location_edit,
            self.choose_button,
        ):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status_label.setText(
            translate(
                "CreatePage",
                "Creating the vault and tuning the key derivation to this PC. "
                "This takes a few seconds…",
            )
            if busy
            else ""
        )
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                button = wizard.button(which)
                if button is not None:
                    button.setEnabled(not busy)
            if busy:
                wizard.setCursor(Qt.CursorShape.BusyCursor)
            else:
                wizard.unsetCursor()


# --------------------------------------------------------------------------- recovery key


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown once: print it or save it as a PDF, then confirm."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recovery_page")
        self.setTitle(translate("RecoveryKeyPage", "Your recovery key"))
        self.setSubTitle(
            translate(
                "RecoveryKeyPage",
                "It is shown only now. Print it or save it as a PDF, and keep it in a safe.",
            )
        )
        self._code = ""
        self._unit = ""
        self._location = ""
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key_label")
        self.key_label.setAccessibleName(translate("RecoveryKeyPage", "Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(16)
        layout.addWidget(self.key_label)

        explanation = QLabel(
            translate(
                "RecoveryKeyPage",
                "The recovery key opens the vault if every administrator's passphrase is lost. "
                "Anyone who has it can read everything in the vault: do not keep it on this "
                "PC, in e-mail or in a shared folder.",
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(translate("RecoveryKeyPage", "&Print…"))
        self.print_button.setObjectName("print_recovery_key_button")
        self.print_button.setAccessibleName(translate("RecoveryKeyPage", "Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(translate("RecoveryKeyPage", "&Save as PDF…"))
        self.pdf_button.setObjectName("save_recovery_key_pdf_button")
        self.pdf_button.setAccessibleName(
            translate("RecoveryKeyPage", "Save the recovery key as a PDF file")
        )
        self.pdf_button.clicked.connect(self._choose_pdf)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("recovery_saved_label")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)

        self.stored_check = QCheckBox(
            translate(
                "RecoveryKeyPage", "I have printed or stored the recovery key in a safe place"
            )
        )
        self.stored_check.setObjectName("recovery_stored_check")
        self.stored_check.setAccessibleName(self.stored_check.text())
        self.stored_check.toggled.connect(self.completeChanged)
        layout.addWidget(self.stored_check)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("recovery_reminder")
        self.reminder_label.setWordWrap(True)
        layout.addWidget(self.reminder_label)

        self.setTabOrder(self.key_label, self.print_button)
        self.setTabOrder(self.print_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.stored_check)
        self._dialog: QWidget | None = None

    def show_key(self, code: str, *, unit: str, location: str) -> None:
        self._code = code
        self._unit = unit
        self._location = location
        self.key_label.setText(code)

    def forget(self) -> None:
        """Drop the key: the label, the page's copy and any open dialog."""
        self.key_label.clear()
        self._code = ""
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None

    def isComplete(self) -> bool:
        return self.stored_check.isChecked()

    def nextId(self) -> int:
        return -1

    def remind(self) -> None:
        self.reminder_label.setText(
            translate(
                "RecoveryKeyPage",
                "Print or save the recovery key and tick the box before you close the wizard: "
                "the key is not shown again.",
            )
        )
        self.stored_check.setFocus()

    # -- the document

    def document(self) -> QTextDocument:
        """The printable sheet: the key, the unit, the date and what to do with it."""
        doc = QTextDocument()
        doc.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle,
            translate("RecoveryKeyPage", "Avhopp recovery key"),
        )
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        esc = html.escape
        rows = [
            (translate("RecoveryKeyPage", "Unit"), self._unit or "–"),
            (translate("RecoveryKeyPage", "Vault"), self._location),
            (translate("RecoveryKeyPage", "Created"), fmt_date(date.today())),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
            for k, v in rows
        )
        instructions = [
            translate(
                "RecoveryKeyPage",
                "Keep this sheet in a locked safe, away from the PC. Do not copy the key into "
                "e-mail, chat or a shared folder.",
            ),
            translate(
                "RecoveryKeyPage",
                "The recovery key opens the vault if every administrator's passphrase is "
                "lost. Anyone who has it can read everything in the vault.",
            ),
            translate(
                "RecoveryKeyPage",
                'To use it, choose "Forgot the passphrase?" in Avhopp\'s login window (or '
                "give it to avhopp-admin --recovery-key-file) and set a new passphrase. "
                "Letters are not case-sensitive; the dashes may be left out.",
            ),
        ]
        items = "".join(f"<li style='margin-bottom:6px'>{esc(text)}</li>" for text in instructions)
        title = esc(translate("RecoveryKeyPage", "Avhopp recovery key"))
        stored_by = esc(translate("RecoveryKeyPage", "Stored by"))
        stored_on = esc(translate("RecoveryKeyPage", "Date"))
        doc.setHtml(
            f"<h1>{title}</h1>"
            f"<table>{table}</table>"
            # nowrap: a key broken at a dash is easy to misread (and to mis-copy).
            f'<p style=\'font-family:"{esc(fixed)}"; font-size:16pt; font-weight:bold; '
            f"white-space:nowrap; margin-top:24px; margin-bottom:24px'>{esc(self._code)}</p>"
            f"<ul>{items}</ul>"
            f"<p style='margin-top:36px'>{stored_by}: ______________________________"
            f"&nbsp;&nbsp;&nbsp;{stored_on}: ______________</p>"
        )
        return doc

    # -- printing

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(translate("RecoveryKeyPage", "Avhopp recovery key"))
        printer.setCreator("Avhopp")
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recovery_print_dialog")
        dialog.setWindowTitle(translate("RecoveryKeyPage", "Print the recovery key"))

        def print_it() -> None:
            self.document().print_(printer)
            if printer.printerState() == QPrinter.PrinterState.Error:
                self.saved_label.setText(
                    translate(
                        "RecoveryKeyPage",
                        "The recovery key could not be printed. Check the printer or the "
                        "file name and try again.",
                    )
                )
            elif printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                self._saved_to(printer.outputFileName())
            else:
                self.saved_label.setText(translate("RecoveryKeyPage", "Sent to the printer."))

        dialog.accepted.connect(print_it)
        self._dialog = dialog
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver and a slot

    def _choose_pdf(self) -> None:
        dialog = QFileDialog(
            self,
            translate("RecoveryKeyPage", "Save the recovery key as a PDF"),
            "",
            translate("RecoveryKeyPage", "PDF files (%1)").replace("%1", "*.pdf"),
        )
        dialog.setObjectName("recovery_pdf_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(translate("RecoveryKeyPage", "avhopp-recovery-key.pdf"))
        dialog.fileSelected.connect(self.save_pdf)
        self._dialog = dialog
        dialog.open()

    def save_pdf(self, path: str) -> None:
        """Write the sheet to ``path`` (the file the user chose) and nowhere else."""
        if not path or not self._code:
            return
        writer = QPdfWriter(path)
        writer.setTitle(translate("RecoveryKeyPage", "Avhopp recovery key"))
        writer.setCreator("Avhopp")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # QTextDocument.print_ adds its own 2 cm margin.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        self.document().print_(writer)
        del writer  # finishes the file
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            self.saved_label.setText(
                translate("RecoveryKeyPage", "The PDF could not be written to %1.").replace(
                    "%1", path
                )
            )
            return
        self._saved_to(path)

    def _saved_to(self, path: str) -> None:
        self.saved_label.setText(
            translate("RecoveryKeyPage", "Saved as %1. Move it to a safe place.").replace(
                "%1", path
            )
        )


# --------------------------------------------------------------------------- open


class OpenPage(QWizardPage):
    """An existing vault file."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("open_page")
        self.setTitle(translate("OpenPage", "Open an existing vault"))
        self.setSubTitle(
            translate(
                "OpenPage",
                "Choose the vault file. Its key file (the same name ending in .keys) must be "
                "in the same folder.",
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("OpenPage", "&Open"))
        self.location: LocationInfo | None = None
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("open_path_edit")
        self.choose_button = QPushButton(translate("OpenPage", "C&hoose…"))
        self.choose_button.setObjectName("open_choose_button")
        self.choose_button.setAccessibleName(translate("OpenPage", "Choose the vault file"))
        self.choose_button.clicked.connect(self._choose)
        _add_field(
            form,
            self.errors,
            translate("OpenPage", "&Vault file:"),
            "location",
            self.path_edit,
            accessible_name=translate("OpenPage", "Vault file"),
            extra=self.choose_button,
        )
        self.path_edit.textChanged.connect(self.completeChanged)
        self.setTabOrder(self.path_edit, self.choose_button)
        self._dialog: QFileDialog | None = None

    def initializePage(self) -> None:
        self.errors.clear()
        self.path_edit.setFocus()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def nextId(self) -> int:
        return -1

    def _choose(self) -> None:
        start = self.path_edit.text().strip() or vault_locations.default().display
        dialog = QFileDialog(
            self,
            translate("OpenPage", "Open a vault"),
            start,
            translate("OpenPage", "Avhopp vault (%1)").replace("%1", VAULT_FILE_FILTER)
            + ";;"
            + translate("OpenPage", "All files (*)"),
        )
        dialog.setObjectName("open_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path_edit.setText)
        self._dialog = dialog
        dialog.open()

    def validatePage(self) -> bool:
        self.errors.clear()
        text = self.path_edit.text().strip()
        try:
            info = vault_locations.describe(text)
            if info.kind != "sqlite":
                raise ValidationError(
                    "Only postgresql+psycopg:// URLs or file paths can hold a vault, not {kind}.",
                    kind=info.kind,
                )
            exists = vault_locations.vault_exists(info.text)
        except ValidationError as error:
            self.errors.show_field("location", error_presenter.error_message(error))
            return False
        if not exists:
            self.errors.show_field(
                "location",
                translate("OpenPage", "There is no Avhopp vault at %1.").replace("%1", text),
            )
            return False
        self.location = info
        return True


# --------------------------------------------------------------------------- connect


class ConnectPage(QWizardPage):
    """A PostgreSQL server URL; optionally go on to create a new vault there."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("connect_page")
        self.setTitle(translate("ConnectPage", "Connect to a PostgreSQL server"))
        self.setSubTitle(
            translate(
                "ConnectPage",
                "Enter the database address your IT department gave you. The login window "
                "then tells whether the server holds a vault.",
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ConnectPage", "C&onnect"))
        self.location: LocationInfo | None = None
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("server_url_edit")
        self.url_edit.setPlaceholderText("postgresql+psycopg://user@server:5432/avhopp")
        _add_field(
            form,
            self.errors,
            translate("ConnectPage", "&Address:"),
            "location",
            self.url_edit,
            accessible_name=translate("ConnectPage", "Server address (URL)"),
        )
        form.addRow(
            "",
            _hint(
                translate(
                    "ConnectPage",
                    "Form: postgresql+psycopg://user@server:port/database. Leave the password "
                    "out if the server is set up for it (a .pgpass file or a service file).",
                )
            ),
        )
        self.create_check = QCheckBox(
            translate("ConnectPage", "Create a &new vault on this server")
        )
        self.create_check.setObjectName("create_on_server_check")
        self.create_check.setAccessibleName(self.create_check.text().replace("&", ""))
        # setFinalPage makes the wizard re-read nextId(): Next instead of Connect.
        self.create_check.toggled.connect(lambda checked: self.setFinalPage(not checked))
        form.addRow("", self.create_check)
        self.url_edit.textChanged.connect(self.completeChanged)
        self.setTabOrder(self.url_edit, self.create_check)

    def initializePage(self) -> None:
        self.errors.clear()
        self.url_edit.setFocus()

    def isComplete(self) -> bool:
        return bool(self.url_edit.text().strip())

    def nextId(self) -> int:
        return PAGE_CREATE if self.create_check.isChecked() else -1

    def validatePage(self) -> bool:
        self.errors.clear()
        text = self.url_edit.text().strip()
        try:
            if "://" not in text:
                raise ValidationError("{location} is not a valid database URL.", location=text)
            info = vault_locations.describe(text)
        except ValidationError as error:
            self.errors.show_field("location", error_presenter.error_message(error))
            return False
        self.location = info
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.create_page.set_server(info if self.create_check.isChecked() else None)
        return True


# --------------------------------------------------------------------------- wizard


class FirstRunWizard(QWizard):
    """Emits ``vault_chosen(LocationInfo)`` when a vault has been created or chosen; the
    QDialog ``rejected`` signal when the user cancels."""

    vault_chosen = Signal(object)

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.worker = worker
        self.setWindowTitle(translate("FirstRunWizard", "Avhopp — set up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choose_page = ChoosePage()
        self.create_page = CreatePage(worker)
        self.open_page = OpenPage()
        self.connect_page = ConnectPage()
        self.recovery_page = RecoveryKeyPage()
        self.setPage(PAGE_CHOOSE, self.choose_page)
        self.setPage(PAGE_CREATE, self.create_page)
        self.setPage(PAGE_OPEN, self.open_page)
        self.setPage(PAGE_CONNECT, self.connect_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setStartId(PAGE_CHOOSE)
        for which, name in (
            (QWizard.WizardButton.BackButton, "back_button"),
            (QWizard.WizardButton.NextButton, "next_button"),
            (QWizard.WizardButton.CommitButton, "commit_button"),
            (QWizard.WizardButton.FinishButton, "finish_button"),
            (QWizard.WizardButton.CancelButton, "cancel_button"),
        ):
            self.button(which).setObjectName(name)
        self._done = False
        self.currentIdChanged.connect(self._page_changed)
        self.choose_page.create_radio.toggled.connect(self._mode_changed)
        # Sized by the font, so that 150 % scaling gets a larger wizard rather than a
        # clipped recovery key; the key label never wraps.
        em = self.fontMetrics().averageCharWidth()
        key_width = QFontMetrics(self.recovery_page.key_label.font()).horizontalAdvance(
            "-".join(["0000"] * 9)
        )
        self.setMinimumWidth(key_width + em * 12)
        self.resize(max(680, key_width + em * 16, em * 96), max(560, em * 78))

    def _mode_changed(self) -> None:
        # A vault on this PC unless the connect page asks for the server.
        self.create_page.set_server(None)

    def _page_changed(self, page_id: int) -> None:
        if page_id == PAGE_RECOVERY:
            created = self.create_page.created
            location = self.create_page.location
            if created is not None and location is not None:
                self.recovery_page.show_key(
                    created.recovery_code,
                    unit=self.create_page.unit_edit.text().strip(),
                    location=location.display,
                )
                self.create_page.created = None  # the key lives on the recovery page only
            # The vault exists now: no cancelling away from its recovery key.
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def chosen_location(self) -> LocationInfo | None:
        page = self.currentId()
        if page == PAGE_RECOVERY:
            return self.create_page.location
        if page == PAGE_OPEN:
            return self.open_page.location
        if page == PAGE_CONNECT:
            return self.connect_page.location
        return None

    def accept(self) -> None:
        self._done = False
        super().accept()  # validates the current page first, and stays open if it refuses
        if not self._done:
            return
        location = self.chosen_location()
        if location is not None:
            self.vault_chosen.emit(location)

    def reject(self) -> None:
        if self.create_page.busy:
            return  # the vault is being written; it finishes in a moment
        if self.currentId() == PAGE_RECOVERY:
            if self.recovery_page.isComplete():
                self.accept()  # the vault exists: go on to its login
            else:
                self.recovery_page.remind()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.recovery_page.forget()
        self._done = True
        super().done(result)
