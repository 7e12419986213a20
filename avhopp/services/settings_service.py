"""Unit settings, stored encrypted in the ``settings`` table.

Rows (key → payload):

- ``unit``: the :class:`~avhopp.domain.settings.UnitSettings` as one JSON payload; its row
  version is the settings' version (optimistic locking for :meth:`SettingsService.update`).
- ``last_backup_at``, ``last_drill_at``: ``{"at": ISO time}``, written by the backup jobs
  through :func:`write_timestamp` and shown on the dashboard.

Every value is a row payload (:mod:`avhopp.storage.payloads`), bound to the table, the
column and the key, so a value moved to another key does not decrypt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc

from avhopp.domain import settings as rules
from avhopp.domain.roles import Permission
from avhopp.domain.settings import UnitSettings
from avhopp.errors import ConflictError, IntegrityError
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import Setting
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

TABLE = "settings"
UNIT_KEY = "unit"
LAST_BACKUP_KEY = "last_backup_at"
LAST_DRILL_KEY = "last_drill_at"
#: Keys that hold one time: ``{"at": ISO time}``.
TIMESTAMP_KEYS = frozenset({LAST_BACKUP_KEY, LAST_DRILL_KEY})


@dataclass(frozen=True)
class SettingsView:
    """The unit's settings and their version (0: never saved, the defaults apply)."""

    settings: UnitSettings
    version: int
    updated_at: datetime | None
    updated_by: str | None


def load_settings(uow: UnitOfWork) -> SettingsView:
    """The current settings inside ``uow`` (no permission check, no audit entry: the GUI
    needs the idle lock and the municipality for every user).

    Raises:
        IntegrityError: the stored value was altered or moved.
    """
    row = uow.session.get(Setting, UNIT_KEY)
    if row is None:
        return SettingsView(settings=UnitSettings(), version=0, updated_at=None, updated_by=None)
    data = uow.payloads.open(TABLE, row.key, row.value_ct)
    return SettingsView(
        settings=rules.from_payload(data),
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def read_timestamp(uow: UnitOfWork, key: str) -> datetime | None:
    """A stored time such as ``last_backup_at``, or None if it was never written.

    Raises:
        IntegrityError: the stored value was altered, moved or is not a time.
    """
    assert key in TIMESTAMP_KEYS, key
    row = uow.session.get(Setting, key)
    if row is None:
        return None
    value = uow.payloads.open(TABLE, row.key, row.value_ct).get("at")
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise IntegrityError(reason=f"the setting {key} is not a time") from None


def write_timestamp(uow: UnitOfWork, key: str, moment: datetime, *, by: str | None) -> None:
    """Store a time such as ``last_backup_at`` in the caller's transaction (the caller
    writes the audit entry of what it did, e.g. the backup)."""
    assert key in TIMESTAMP_KEYS, key
    payload = uow.payloads.seal(TABLE, key, {"at": moment.isoformat()})
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(
            Setting(key=key, value_ct=payload, created_at=moment, updated_at=moment, updated_by=by)
        )
    else:
        row.value_ct = payload
        row.updated_at = moment
        row.updated_by = by
    uow.session.flush()


class SettingsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self) -> SettingsView:
        """The unit's settings (the defaults until an administrator saves them). Any
        unlocked user may read them; not audited (they hold no personal data of a case).

        Raises:
            IntegrityError: the stored value was altered or moved.
        """
        with self._vault.unit_of_work() as uow:
            return load_settings(uow)

    def update(self, new: UnitSettings, *, expected_version: int) -> SettingsView:
        """Save the settings, based on the version the user saw (0 for never saved). Saving
        unchanged settings writes nothing. One audit entry ``settings.change`` naming the
        changed fields (and the new values of the numeric ones; texts and the folder may
        name people or places, so only their names are listed).

        Raises:
            PermissionDeniedError: only administrators change settings.
            ValidationError: naming the offending field.
            ConflictError: someone saved the settings since ``expected_version``.
            IntegrityError: the stored value was altered or moved.
        """
        vault = self._vault
        vault.actor.require(Permission.MANAGE_SETTINGS)
        cleaned = rules.validate_settings(new)
        with vault.unit_of_work() as uow:
            row = uow.session.get(Setting, UNIT_KEY)
            current = load_settings(uow)
            if row is None:
                if expected_version != 0:
                    raise ConflictError(changed_by="another user", changed_at="unknown")
            else:
                check_version(row, expected_version)
            changed = rules.changed_fields(current.settings, cleaned)
            if not changed:
                return current
            now = vault.clock()
            payload = uow.payloads.seal(TABLE, UNIT_KEY, rules.to_payload(cleaned))
            if row is None:
                row = Setting(
                    key=UNIT_KEY,
                    value_ct=payload,
                    created_at=now,
                    updated_at=now,
                    updated_by=vault.actor.username,
                )
                uow.session.add(row)
            else:
                row.value_ct = payload
                row.updated_at = now
                row.updated_by = vault.actor.username
            try:
                uow.session.flush()
            except sa_exc.IntegrityError:  # another client saved the first settings just now
                raise ConflictError(changed_by="another user", changed_at="just now") from None
            vault.audit_entry(
                uow,
                "settings.change",
                target_type="settings",
                target_id=UNIT_KEY,
                details={
                    "changed": list(changed),
                    "values": {
                        name: getattr(cleaned, name)
                        for name in changed
                        if name not in rules.PERSONAL_FIELDS
                    },
                },
            )
            view = SettingsView(
                settings=cleaned,
                version=row.version,
                updated_at=row.updated_at,
                updated_by=row.updated_by,
            )
            uow.commit()
        return view

    def passphrase_min_length(self) -> int:
        """The unit's minimum passphrase length (never below the floor of 12)."""
        return self.get().settings.passphrase_min_length
