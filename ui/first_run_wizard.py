"""Work in progress: the first-run wizard is being built (issue 4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from ui.worker import VaultWorker


class FirstRunWizard(QWizard):
    vault_chosen = Signal(object)

    def __init__(self, worker: VaultWorker) -> None:
        super().__init__()
        self.worker = worker
