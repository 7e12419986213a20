"""Verifying and exporting the audit log."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, TextIO

from avhopp.domain.clock import iso
from avhopp.domain.roles import Permission
from avhopp.services.read_models import AuditVerification

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

EXPORT_COLUMNS = (
    "seq",
    "occurred_at_utc",
    "username",
    "user_id",
    "action",
    "outcome",
    "target_type",
    "target_id",
    "unit",
    "details",
)


class AuditService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def verify(self) -> AuditVerification:
        """Check the whole chain, its head and this PC's witness; record the check.

        Raises:
            AuditChainError: naming the first bad entry (edited, inserted, deleted, cut off,
                or the database rolled back behind the witness).
            IntegrityError: the witness file itself was altered.
        """
        vault = self._vault
        vault.actor.require(Permission.VERIFY_AUDIT_LOG)
        with vault.unit_of_work() as uow:
            seq, _mac = uow.audit.verify_chain()
            status = vault.witness().check(uow.audit, seq)
        with vault.unit_of_work() as uow:
            vault.audit_entry(uow, "audit.verify", details={"entries": seq, "witness": status})
            uow.commit()
        return AuditVerification(entries=seq, head_seq=seq, witness=status)

    def export_csv(self, out: TextIO) -> int:
        """Write the whole log as CSV (details decrypted: the file is sensitive). The export
        itself is recorded first; if that fails, nothing is written.

        Returns the number of entries written.
        """
        vault = self._vault
        vault.actor.require(Permission.EXPORT_AUDIT_LOG)
        with vault.unit_of_work() as uow:
            vault.audit_entry(uow, "audit.export", details={"format": "csv"})
            uow.commit()
        writer = csv.writer(out)
        writer.writerow(EXPORT_COLUMNS)
        count = 0
        with vault.unit_of_work() as uow:
            for row in uow.audit.iter_rows():
                entry = uow.audit.decode(row)
                details = "" if entry.details is None else _details_text(entry.details)
                writer.writerow(
                    (
                        entry.seq,
                        iso(entry.occurred_at),
                        entry.username or "",
                        entry.user_id or "",
                        entry.action,
                        entry.outcome,
                        entry.target_type or "",
                        entry.target_id or "",
                        entry.unit or "",
                        details,
                    )
                )
                count += 1
        return count


def _details_text(details: object) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False)
