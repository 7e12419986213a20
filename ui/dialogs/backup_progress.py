"""One long backup job (create, verify, drill, restore) behind a progress dialog with a
working Cancel: a :class:`ui.long_job.LongJob` that always delivers a result that arrives —
even after Cancel was pressed past the core's last check, the backup or the restored vault
exists then, and the user must be told so."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.long_job import Job, LongJob
from ui.session import Session


class BackupTask(LongJob):
    def __init__(
        self, session: Session, parent: QWidget, job: Job, *, title: str, label: str
    ) -> None:
        super().__init__(
            session,
            parent,
            job,
            title=title,
            label=label,
            keep_late_result=True,
            object_name="backup_progress",
        )
