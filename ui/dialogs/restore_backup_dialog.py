"""Restore a backup of the open vault into a NEW vault file (administrators).

The open vault is never touched: the core refuses to restore over it (``ValidationError``),
and an existing file at the chosen place is only replaced after an explicit confirmation,
then moved aside (``<name>.replaced-<time>``), never deleted. The restore runs on the worker
behind a progress dialog with Cancel; a cancelled restore leaves nothing behind (the core
restores in one transaction under a temporary name).

Restoring into PostgreSQL (moving an office from one PC to a server) is a command-line job;
the dialog shows the command.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import error_presenter
from ui.dialogs.backup_progress import BackupTask
from ui.dialogs.form_dialog import alive, guarded
from ui.formats import fmt_datetime
from ui.forms import FieldErrors
from ui.i18n import translate
from ui.session import Session

SUFFIX = ".avhopp"


def default_target(session: Session, today: date | None = None) -> Path:
    """``<vault>-restored-YYYYMMDD.avhopp`` next to the open vault file (in Documents for a
    server vault); ``-2``, ``-3``… when that name is taken."""
    day = (today or date.today()).strftime("%Y%m%d")
    location = session.info.location
    if location.kind == "sqlite" and location.text:
        current = Path(location.text)
        folder, stem = current.parent, current.name.removesuffix(SUFFIX) or "vault"
    else:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder, stem = (Path(documents) if documents else Path.home()), "avhopp"
    candidate = folder / f"{stem}-restored-{day}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-restored-{day}-{number}{SUFFIX}"
        number += 1
    return candidate


class RestoreBackupDialog(QDialog):
    """Emits ``restored(RestoreResult)`` once the backup has been restored."""

    restored = Signal(object)

    def __init__(self, session: Session, entry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.task: BackupTask | None = None
        self.result_value: Any = None
        #: The confirmation asked before replacing an existing file (tests answer it).
        self.confirm_box: QMessageBox | None = None
        self.error_box: Any = None
        self.setObjectName("restore_backup_dialog")
        self.setWindowTitle(translate("RestoreBackupDialog", "Restore backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors = FieldErrors(self)

        heading = QLabel(
            translate(
                "RestoreBackupDialog", "Restore the backup created {time} to a new vault file."
            ).format(time=fmt_datetime(entry.created_at))
        )
        heading.setObjectName("restore_heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        safe = QLabel(
            translate(
                "RestoreBackupDialog",
                "The open vault is not touched: the backup becomes a separate vault file, "
                "which you can open later from the login window (Other database…).",
            )
        )
        safe.setObjectName("restore_safety_label")
        safe.setWordWrap(True)

        self.target_edit = QLineEdit(str(default_target(session)))
        self.target_edit.setObjectName("restore_target_edit")
        self.target_edit.setAccessibleName(
            translate("RestoreBackupDialog", "Restore to this vault file")
        )
        self.target_edit.setMinimumWidth(380)
        self.choose_button = QPushButton(translate("RestoreBackupDialog", "C&hoose…"))
        self.choose_button.setObjectName("restore_choose_button")
        self.choose_button.setAccessibleName(
            translate("RestoreBackupDialog", "Choose where to restore to")
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_target)
        target_box = QWidget()
        target_column = QVBoxLayout(target_box)
        target_column.setContentsMargins(0, 0, 0, 0)
        target_column.setSpacing(2)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_button)
        target_column.addLayout(target_row)
        target_column.addWidget(self.errors.error_label("target", self.target_edit))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        caption = QLabel(translate("RestoreBackupDialog", "Restore &to:"))
        caption.setBuddy(self.target_edit)
        form.addRow(caption, target_box)

        sign_in = QLabel(
            translate(
                "RestoreBackupDialog",
                "In the restored vault you sign in with a passphrase that was valid when the "
                "backup was made, or with the recovery key.",
            )
        )
        sign_in.setObjectName("restore_sign_in_label")
        sign_in.setWordWrap(True)

        command = (
            f"avhopp-admin --user {session.actor.username} backup restore "
            f'"{entry.path}" --to postgresql+psycopg://…'
        )
        self.server_label = QLabel(
            translate(
                "RestoreBackupDialog",
                "To restore into a PostgreSQL server instead (to move from one PC to a "
                "server), run this on the command line:",
            )
        )
        self.server_label.setObjectName("restore_server_label")
        self.server_label.setWordWrap(True)
        self.server_label.setEnabled(False)  # muted
        self.command_label = QLabel(command)
        self.command_label.setObjectName("restore_command_label")
        self.command_label.setWordWrap(True)
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command_label.setStyleSheet("font-family: monospace;")
        self.command_label.setAccessibleName(
            translate("RestoreBackupDialog", "Command for restoring into PostgreSQL")
        )

        self.status_label = QLabel()
        self.status_label.setObjectName("restore_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(translate("RestoreBackupDialog", "&Restore"))
        self.restore_button.setObjectName("restore_ok_button")
        self.restore_button.setAccessibleName(translate("RestoreBackupDialog", "Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.submit)
        self.close_button = QPushButton(translate("RestoreBackupDialog", "Cancel"))
        self.close_button.setObjectName("restore_close_button")
        self.close_button.setAccessibleName(translate("RestoreBackupDialog", "Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(safe)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(sign_in)
        layout.addSpacing(8)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.server_label)
        layout.addWidget(self.command_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        session.about_to_lock.connect(self._locking)
        self._connected = True
        self.finished.connect(self._disconnect)

    # ------------------------------------------------------------------ lifetime

    def _disconnect(self, _result: int = 0) -> None:
        if self._connected:
            self._connected = False
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.about_to_lock.disconnect(self._locking)

    def _locking(self) -> None:
        if self.confirm_box is not None and alive(self.confirm_box):
            self.confirm_box.close()
        self.task = None  # the task cancels itself on the lock
        self.reject()

    def reject(self) -> None:
        if self.task is not None and not self.session.is_locking:
            return  # the progress dialog's Cancel stops a running restore
        super().reject()

    # ------------------------------------------------------------------ choosing

    def choose_target(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("RestoreBackupDialog", "Restore to a new vault file"),
            self.target_edit.text(),
            translate("RestoreBackupDialog", "Avhopp vaults (*.avhopp)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, with what happens
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.target_edit.setText(str(path))

    def target(self) -> Path | None:
        text = self.target_edit.text().strip()
        if not text:
            self.errors.show_field(
                "target", translate("RestoreBackupDialog", "Choose where to restore to.")
            )
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            self.errors.show_field(
                "target",
                translate("RestoreBackupDialog", "Give the full path of the new vault file."),
            )
            return None
        return path

    # ------------------------------------------------------------------ restoring

    def submit(self) -> None:
        if self.task is not None or self.result_value is not None:
            return
        self.errors.clear()
        path = self.target()
        if path is None:
            return
        if path.exists():
            self._confirm_replace(path)
            return
        self._start(path, replace=False)

    def _confirm_replace(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("RestoreBackupDialog", "Replace the file?"),
            translate(
                "RestoreBackupDialog",
                "{path} already exists. Replace it with the restored backup? The existing "
                "vault is not deleted: it will be moved aside and renamed {name}.replaced-… "
                "in the same folder.",
            ).format(path=str(path), name=path.name),
            parent=self,
        )
        box.setObjectName("restore_replace_box")
        replace = box.addButton(
            translate("RestoreBackupDialog", "Replace"), QMessageBox.ButtonRole.DestructiveRole
        )
        replace.setObjectName("replace_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        box.setDefaultButton(cancel)
        replace.clicked.connect(guarded(self, lambda: self._start(path, replace=True)))
        self.confirm_box = box
        box.open()

    def _start(self, path: Path, *, replace: bool) -> None:
        if self.task is not None:
            return
        source = self.entry.path
        target = str(path)

        def job(vault: Any, progress: Any, cancel: Any) -> Any:
            return vault.backups.restore(
                source, target, replace=replace, progress=progress, cancel=cancel
            )

        task = BackupTask(
            self.session,
            self,
            job,
            title=translate("RestoreBackupDialog", "Restore backup"),
            label=translate("RestoreBackupDialog", "Restoring the backup into {name}…").format(
                name=path.name
            ),
        )
        task.done.connect(guarded(self, self._done))
        task.failed.connect(guarded(self, self._failed))
        task.cancelled.connect(guarded(self, self._cancelled))
        self.task = task
        self._set_busy(True)
        self._status("")
        task.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.restore_button,
            self.close_button,
            self.target_edit,
            self.choose_button,
        ):
            widget.setEnabled(not busy)

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _done(self, result: Any) -> None:
        self.task = None
        self._set_busy(False)
        self.result_value = result
        lines = [
            translate(
                "RestoreBackupDialog",
                "Restored: {rows} rows are now in {location}. The open vault was not changed.",
            ).format(rows=result.rows, location=result.location)
        ]
        if result.replaced_aside is not None:
            lines.append(
                translate(
                    "RestoreBackupDialog", "The file that was there was moved to {path}."
                ).format(path=str(result.replaced_aside))
            )
        if result.migrated_from:
            lines.append(
                translate(
                    "RestoreBackupDialog",
                    "The backup came from an older version of Avhopp and was brought up to date.",
                )
            )
        lines.append(
            translate(
                "RestoreBackupDialog",
                "To work in it, choose it with Other database… in the login window and sign "
                "in with a passphrase that was valid when the backup was made.",
            )
        )
        self._status("\n".join(lines))
        self.status_label.setStyleSheet("font-weight: 600;")
        self.restore_button.setVisible(False)
        self.target_edit.setReadOnly(True)
        self.choose_button.setEnabled(False)
        self.close_button.setText(translate("RestoreBackupDialog", "Close"))
        self.close_button.setAccessibleName(translate("RestoreBackupDialog", "Close"))
        self.close_button.setFocus()
        self.restored.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.error_box = error_presenter.present(self, error)

    def _cancelled(self) -> None:
        self.task = None
        self._set_busy(False)
        self._status(
            translate("RestoreBackupDialog", "The restore was cancelled; nothing was created.")
        )
