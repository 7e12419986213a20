"""Key management: vault key rotation (``rekey``).

The rotation is atomic where it can be and resumable where it cannot:

1. The new vault key is sealed to every slot's public key (no passphrase needed) and the
   header is written with ``pending_key_id``: from now on every user can open either key.
2. One database transaction re-encrypts every value and row MAC, retires the old key (sealed
   under the new field key, for reading old audit entries), switches ``vault_meta.key_id``
   and appends the ``key.rekey`` entry under the new key. On PostgreSQL the header switch is
   in the same transaction.
3. SQLite only: ``PRAGMA rekey`` re-encrypts the file under the new file key (SQLCipher does
   this in its own transaction), then the header is finalized.

If the process dies after step 2 committed, the next unlock sees ``pending_key_id`` and a
database already on the new key and finishes steps 3/finalize; if step 2 never committed,
the pending key is ignored and the vault stays on the old key.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Engine, update

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.key_slots import VaultHeader, seal
from avhopp.crypto.keys import KeyRing, new_vault_key
from avhopp.domain.roles import Permission
from avhopp.errors import NotAVaultError
from avhopp.services.read_models import RekeyResult
from avhopp.storage import engine as engines
from avhopp.storage.audit_repository import AuditRepository
from avhopp.storage.backends import PostgresBackend, SqliteBackend
from avhopp.storage.engine import translate_errors
from avhopp.storage.models import RetiredKey, VaultMeta
from avhopp.storage.reencrypt import reencrypt_all

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


def with_new_key(header: VaultHeader, new: KeyRing, *, active_users: set[str]) -> VaultHeader:
    """Step 1: the header with ``new`` sealed to every slot of an active user and to the
    recovery slot, and marked pending. Slots of disabled (or deleted) users are dropped: a
    rotation is how access is revoked for good; re-enabling such a user needs a passphrase
    reset."""
    slots = tuple(
        replace(
            slot,
            sealed={
                header.current_key_id: slot.sealed[header.current_key_id],
                new.key_id: seal(
                    vault_id=header.vault_id,
                    slot_id=slot.slot_id,
                    public_key=slot.public_key,
                    vault_key=new.vault_key,
                )[1],
            },
        )
        for slot in header.slots
        if header.current_key_id in slot.sealed
        and (slot.kind == "recovery" or slot.user_id in active_users)
    )
    return replace(header, slots=slots, pending_key_id=new.key_id).bump()


def finalized(header: VaultHeader) -> VaultHeader:
    """The header after a completed rotation: only the new key, nothing pending."""
    assert header.pending_key_id is not None
    new_id = header.pending_key_id
    slots = tuple(
        replace(slot, sealed={new_id: slot.sealed[new_id]})
        for slot in header.slots
        if new_id in slot.sealed
    )
    return replace(header, slots=slots, current_key_id=new_id, pending_key_id=None).bump()


class KeyService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def rekey(self) -> RekeyResult:
        """Rotate the vault key and re-encrypt every stored value.

        Raises:
            PermissionDeniedError: only administrators rotate keys.
            AuditChainError, IntegrityError: the vault is damaged; nothing is changed.
        """
        vault = self._vault
        vault.actor.require(Permission.ROTATE_KEYS)
        vault.audit.verify()  # never rotate on top of a broken chain
        old = vault.keys
        new = KeyRing(vault_id=old.vault_id, vault_key=new_vault_key())

        with vault.unit_of_work() as uow:  # step 1
            header = uow.read_header()
            active = {user.id for user in uow.users.list() if user.active}
            pending = with_new_key(header, new, active_users=active)
            uow.stage_header(pending, expected_revision=header.revision)
            uow.commit()

        with vault.unit_of_work() as uow:  # step 2: one transaction
            count = reencrypt_all(uow.session, old, new)
            uow.session.add(
                RetiredKey(
                    key_id=old.key_id,
                    vault_key_ct=FieldCipher(new).encrypt(
                        old.vault_key, table="retired_keys", column="vault_key", row_id=old.key_id
                    ),
                    retired_at=vault.clock(),
                    retired_by=vault.actor.user_id,
                )
            )
            uow.session.execute(
                update(VaultMeta)
                .where(VaultMeta.id == 1)
                .values(
                    key_id=new.key_id,
                    row_mac=new.row_mac("vault_meta", new.vault_id, new.key_id),
                    version=VaultMeta.version + 1,
                )
            )
            new_audit = AuditRepository(uow.session, new, FieldCipher(new))
            seq = new_audit.append(
                action="key.rekey",
                occurred_at=vault.clock(),
                user_id=vault.actor.user_id,
                username=vault.actor.username,
                details={"old_key_id": old.key_id, "new_key_id": new.key_id, "values": count},
            )
            if isinstance(vault.backend, PostgresBackend):
                vault.backend.write_header(
                    finalized(pending),
                    expected_revision=pending.revision,
                    connection=uow.session.connection(),
                )
            uow.session.commit()
            new_head = new_audit.appended_head
            del seq

        if isinstance(vault.backend, SqliteBackend):  # step 3
            vault.engine.dispose()  # pooled connections still hold the old file key
            engine = complete_sqlite_rotation(vault.backend, old, new)
        else:
            engine = vault.engine
        vault.rebind_keys(new, engine)
        witness = vault.witness()
        assert new_head is not None
        witness.reset(*new_head)
        return RekeyResult(old_key_id=old.key_id, new_key_id=new.key_id, values_reencrypted=count)


def complete_sqlite_rotation(backend: SqliteBackend, old: KeyRing, new: KeyRing) -> Engine:
    """Re-key the SQLCipher file (if still under the old file key) and finalize the header.
    Safe to run again after a crash at any point. Returns an engine on the new file key."""
    location = backend.location
    with translate_errors(location):
        probe = backend.open_engine(new.sqlcipher_key)
        try:
            engines.probe(probe, location)
            already = True
        except NotAVaultError:  # the file is still under the old file key
            probe.dispose()
            already = False
        if not already:
            old_engine = backend.open_engine(old.sqlcipher_key)
            try:
                raw = old_engine.raw_connection()
                try:
                    raw.driver_connection.execute(  # type: ignore[union-attr]
                        f"PRAGMA rekey = \"x'{new.sqlcipher_key.hex()}'\""
                    ).fetchall()
                finally:
                    raw.close()
            finally:
                old_engine.dispose()
            probe = backend.open_engine(new.sqlcipher_key)
        with probe.begin() as connection:  # BEGIN IMMEDIATE: serializes header writers
            header = backend.read_header_locked(connection)
            if header.pending_key_id == new.key_id:
                header = finalized(header)
                backend.write_header(
                    header, expected_revision=header.revision - 1, connection=connection
                )
        backend.publish_header(header)
    return probe
