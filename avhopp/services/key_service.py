"""Key management: vault key rotation (``rekey``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


class KeyService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
