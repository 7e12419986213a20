"""Unit settings through the service, on both engines: defaults, saving with optimistic
locking, who may change them, the audit entry, encryption, and the backup timestamps."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select, update

from avhopp.domain.settings import UnitSettings
from avhopp.errors import ConflictError, IntegrityError, PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.services.settings_service import (
    LAST_BACKUP_KEY,
    LAST_DRILL_KEY,
    read_timestamp,
    write_timestamp,
)
from avhopp.storage.case_models import Setting

MUNICIPALITY = "Hemligköpings kommun"
CONTROLLER = "Socialnämnden i Hemligköping"
SETTINGS = UnitSettings(
    municipality=MUNICIPALITY,
    suppression_threshold=7,
    idle_lock_minutes=15,
    backup_folder="/srv/avhopp-backup",
    passphrase_min_length=18,
    controller=CONTROLLER,
    data_protection_officer="Dataskyddsombudet",
)


def _admin(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _worker(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )


def _entries(v, action: str) -> list[dict[str, object]]:
    with v.unit_of_work() as uow:
        return [
            dict(uow.audit.decode(row).details or {})
            for row in uow.audit.iter_rows()
            if row.action == action
        ]


def _state(v) -> tuple[object, ...]:
    with v.unit_of_work() as uow:
        rows = uow.session.execute(select(Setting).order_by(Setting.key)).scalars()
        return (
            [(r.key, r.version, bytes(r.value_ct)) for r in rows],
            uow.audit.head()[0],
        )


def test_defaults_until_saved_and_readable_by_everyone(vault) -> None:
    with _worker(vault) as v:
        view = v.settings.get()
        assert view.settings == UnitSettings()
        assert (view.version, view.updated_at, view.updated_by) == (0, None, None)
        assert v.settings.passphrase_min_length() == 15


def test_an_administrator_saves_and_everyone_reads_them(vault) -> None:
    with _admin(vault) as v:
        saved = v.settings.update(
            replace(SETTINGS, municipality=f"  {MUNICIPALITY} "), expected_version=0
        )
        assert saved.settings == SETTINGS  # cleaned
        assert (saved.version, saved.updated_by) == (1, vault.admin)
        changed = v.settings.update(
            replace(SETTINGS, idle_lock_minutes=30), expected_version=saved.version
        )
        assert changed.version == 2
        assert changed.settings.idle_lock_minutes == 30

        details = _entries(v, "settings.change")
        assert len(details) == 2
        assert details[0]["changed"] == [
            "municipality",
            "suppression_threshold",
            "idle_lock_minutes",
            "backup_folder",
            "passphrase_min_length",
            "controller",
            "data_protection_officer",
        ]
        # Numbers are shown; names of places and people only by field name.
        assert details[0]["values"] == {
            "suppression_threshold": 7,
            "idle_lock_minutes": 15,
            "passphrase_min_length": 18,
        }
        assert details[1]["changed"] == ["idle_lock_minutes"]
        assert details[1]["values"] == {"idle_lock_minutes": 30}
        for entry in details:
            text = repr(entry)
            assert MUNICIPALITY not in text
            assert CONTROLLER not in text
            assert "/srv/avhopp-backup" not in text

    with _worker(vault) as v:
        view = v.settings.get()
        assert view.settings == replace(SETTINGS, idle_lock_minutes=30)
        assert view.version == 2
        assert v.settings.passphrase_min_length() == 18


def test_saving_unchanged_settings_writes_nothing(vault) -> None:
    with _admin(vault) as v:
        first = v.settings.update(SETTINGS, expected_version=0)
        before = _state(v)
        again = v.settings.update(SETTINGS, expected_version=first.version)
        assert again == first
        assert _state(v) == before


def test_a_stale_save_is_refused(vault) -> None:
    with _admin(vault) as v, _admin(vault) as other:
        seen = v.settings.get()
        other.settings.update(replace(SETTINGS, municipality="Annan kommun"), expected_version=0)
        before = _state(v)
        with pytest.raises(ConflictError) as caught:
            v.settings.update(SETTINGS, expected_version=seen.version)
        assert vault.admin in caught.value.message
        with pytest.raises(ConflictError):
            v.settings.update(SETTINGS, expected_version=7)
        assert _state(v) == before
        assert v.settings.get().settings.municipality == "Annan kommun"


def test_a_stale_version_on_never_saved_settings_is_refused(vault) -> None:
    with _admin(vault) as v:
        before = _state(v)
        with pytest.raises(ConflictError):
            v.settings.update(SETTINGS, expected_version=3)
        assert _state(v) == before


def test_only_administrators_change_settings(vault) -> None:
    with _worker(vault) as v:
        before = _state(v)
        with pytest.raises(PermissionDeniedError):
            v.settings.update(SETTINGS, expected_version=0)
        assert _state(v) == before


def test_invalid_settings_are_refused_without_a_change(vault) -> None:
    with _admin(vault) as v:
        before = _state(v)
        with pytest.raises(ValidationError) as caught:
            v.settings.update(replace(SETTINGS, passphrase_min_length=8), expected_version=0)
        assert caught.value.field == "passphrase_min_length"
        assert _state(v) == before


def test_settings_are_encrypted_and_bound_to_their_key(vault) -> None:
    with _admin(vault) as v:
        v.settings.update(SETTINGS, expected_version=0)
        with v.unit_of_work() as uow:
            write_timestamp(uow, LAST_BACKUP_KEY, datetime(2026, 11, 20, 3, 0), by="admin")
            uow.commit()
        with v.engine.connect() as connection:
            blobs = {
                key: bytes(blob)
                for key, blob in connection.execute(select(Setting.key, Setting.value_ct))
            }
        assert set(blobs) == {"unit", LAST_BACKUP_KEY}
        for blob in blobs.values():
            assert MUNICIPALITY.encode() not in blob
            assert b"2026-11-20" not in blob
        # A ciphertext moved to another key does not decrypt.
        with v.engine.begin() as connection:
            connection.execute(
                update(Setting).where(Setting.key == "unit").values(value_ct=blobs[LAST_BACKUP_KEY])
            )
        with pytest.raises(IntegrityError):
            v.settings.get()


def test_backup_timestamps_are_written_and_read(vault) -> None:
    with _admin(vault) as v:
        with v.unit_of_work() as uow:
            assert read_timestamp(uow, LAST_BACKUP_KEY) is None
            assert read_timestamp(uow, LAST_DRILL_KEY) is None
            write_timestamp(uow, LAST_BACKUP_KEY, datetime(2026, 11, 20, 3, 0), by="admin")
            uow.commit()
        with v.unit_of_work() as uow:
            write_timestamp(uow, LAST_BACKUP_KEY, datetime(2026, 11, 21, 3, 0, 5), by="admin")
            write_timestamp(uow, LAST_DRILL_KEY, datetime(2026, 11, 1, 8, 30), by=None)
            uow.commit()
        with v.unit_of_work() as uow:
            assert read_timestamp(uow, LAST_BACKUP_KEY) == datetime(2026, 11, 21, 3, 0, 5)
            assert read_timestamp(uow, LAST_DRILL_KEY) == datetime(2026, 11, 1, 8, 30)
            # Not a time: refused, never guessed.
            row = uow.session.get(Setting, LAST_DRILL_KEY)
            assert row is not None
            row.value_ct = uow.payloads.seal("settings", LAST_DRILL_KEY, {"at": "yesterday"})
            with pytest.raises(IntegrityError):
                read_timestamp(uow, LAST_DRILL_KEY)
        # Unit settings stay the defaults: the timestamps are separate rows.
        assert v.settings.get().version == 0


def test_the_units_minimum_passphrase_length_applies_to_new_passphrases(vault) -> None:
    from avhopp.domain.roles import Role
    from avhopp.errors import WeakPassphraseError

    eighteen = "fjäll-kanot-ugglor"  # strong, 18 characters
    with _admin(vault) as admin:
        admin.settings.update(
            replace(admin.settings.get().settings, passphrase_min_length=20), expected_version=0
        )
        with pytest.raises(WeakPassphraseError) as caught:
            admin.users.add_user(
                "nora", display_name="Nora N", roles=frozenset({Role.CASE_WORKER}),
                passphrase=eighteen,
            )  # fmt: skip
        assert caught.value.field == "passphrase"
        assert "at least 20" in caught.value.message
        assert [u.username for u in admin.users.list_users()] == ["admin", "kalle"]
        admin.users.add_user(
            "nora", display_name="Nora N", roles=frozenset({Role.CASE_WORKER}),
            passphrase=eighteen + "-hav",
        )  # fmt: skip
