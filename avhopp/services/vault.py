"""The composition root: from a location and a passphrase to an unlocked :class:`Vault`.

The GUI, the CLI and the tests all come through :func:`create_vault` and :func:`unlock`;
dependencies are handed down through constructors, there are no global singletons.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, text

from avhopp.crypto import kdf, recovery_key
from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.key_slots import (
    RECOVERY_LOCATOR,
    KeySlot,
    VaultHeader,
    create_slot,
    open_slot,
    unseal,
    user_locator,
)
from avhopp.crypto.keys import KeyRing, new_vault_key
from avhopp.domain import passphrase_policy, throttling
from avhopp.domain.clock import Clock, iso, utc_now
from avhopp.domain.ids import new_id
from avhopp.domain.roles import Role, effective_roles
from avhopp.domain.usernames import normalize_username
from avhopp.errors import (
    AccountDisabledError,
    AuthenticationError,
    IntegrityError,
    NotAVaultError,
    NotFoundError,
    StorageError,
    ThrottledError,
    UserError,
    ValidationError,
)
from avhopp.services.actor import Actor
from avhopp.services.read_models import CreatedVault
from avhopp.storage import migrate
from avhopp.storage.backends import PostgresBackend, SqliteBackend, backend_for
from avhopp.storage.engine import checkpoint, translate_errors
from avhopp.storage.files import fsync_dir
from avhopp.storage.location import VaultLocation, parse_location
from avhopp.storage.models import VaultMeta
from avhopp.storage.unit_of_work import UnitOfWork, make_session_factory
from avhopp.storage.witness import WitnessSet

log = logging.getLogger("avhopp.vault")

Populate = Callable[[UnitOfWork], None]

#: The name under which recovery-key sessions appear in the audit log.
RECOVERY_ACTOR = "recovery-key"


class Vault:
    """An unlocked vault: keys, engine and the services that work on it.

    Call :meth:`close` (or use it as a context manager) to drop the keys and connections.
    """

    def __init__(
        self,
        *,
        location: VaultLocation,
        backend: SqliteBackend | PostgresBackend,
        engine: Engine,
        keys: KeyRing,
        actor: Actor,
        clock: Clock,
        unit: str | None,
    ) -> None:
        from avhopp.services.audit_review_service import AuditReviewService
        from avhopp.services.audit_service import AuditService
        from avhopp.services.backup_service import BackupService
        from avhopp.services.case_service import CaseService
        from avhopp.services.code_list_service import CodeListService
        from avhopp.services.dashboard_service import DashboardService
        from avhopp.services.import_service import ImportService
        from avhopp.services.journal_service import JournalService
        from avhopp.services.key_service import KeyService
        from avhopp.services.network_service import ContactService, FlagService, ReminderService
        from avhopp.services.person_service import PersonService
        from avhopp.services.purge_service import PurgeService
        from avhopp.services.report_service import ReportService
        from avhopp.services.settings_service import SettingsService
        from avhopp.services.stats_service import StatsService
        from avhopp.services.support_service import SupportService
        from avhopp.services.user_service import UserService

        self._ambient: UnitOfWork | None = None
        self.location = location
        self.backend = backend
        self.engine = engine
        self.keys = keys
        self.actor = actor
        self.clock = clock
        self.unit = unit
        self._cipher = FieldCipher(keys)
        self._sessions = make_session_factory(engine)
        self.users = UserService(self)
        self.audit = AuditService(self)
        self.key_management = KeyService(self)
        self.people = PersonService(self)
        self.cases = CaseService(self)
        self.journal = JournalService(self)
        self.stats = StatsService(self)
        self.code_lists = CodeListService(self)
        self.support = SupportService(self)
        self.contacts = ContactService(self)
        self.reminders = ReminderService(self)
        self.flags = FlagService(self)
        self.imports = ImportService(self)
        self.purge = PurgeService(self)
        self.settings = SettingsService(self)
        self.audit_review = AuditReviewService(self)
        self.dashboard = DashboardService(self)
        self.reports = ReportService(self)
        self.backups = BackupService(self)

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work, or, inside :meth:`batch`, the batch's own (whose ``commit``
        then only flushes: the batch commits once at its end)."""
        if self._ambient is not None:
            return _NestedUnitOfWork(self._ambient)  # type: ignore[return-value]
        return UnitOfWork(
            session_factory=self._sessions,
            keys=self.keys,
            cipher=self._cipher,
            backend=self.backend,
            witness=self.witness(),
        )

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Run several service calls in ONE transaction with one durable commit (their audit
        entries included), e.g. every tab of a participant at once. All or nothing: an error
        inside rolls everything back. Threading: a vault is used by one thread at a time."""
        if self._ambient is not None:
            yield
            return
        with self.unit_of_work() as uow:
            self._ambient = uow
            try:
                yield
                uow.commit()
            finally:
                self._ambient = None

    def sibling(self) -> Vault:
        """Another handle on this unlocked vault, with its own engine and connections, for
        work on a second thread (the desktop client's daily backup) while this one stays with
        its own thread. Same keys and actor; close it when done."""
        backend = backend_for(self.location)
        try:
            engine = backend.open_engine(self.keys.sqlcipher_key)
        except BaseException:
            if isinstance(backend, PostgresBackend):
                backend.dispose()
            raise
        return Vault(
            location=self.location,
            backend=backend,
            engine=engine,
            keys=self.keys,
            actor=self.actor,
            clock=self.clock,
            unit=self.unit,
        )

    def witness(self) -> WitnessSet:
        return WitnessSet(self.backend.witness_paths(self.keys.vault_id), self.keys)

    def rebind_keys(self, keys: KeyRing, engine: Engine) -> None:
        """After a rekey: continue with the new key ring (and, for SQLite, the new file key)."""
        self.keys = keys
        self.engine = engine
        self._cipher = FieldCipher(keys)
        self._sessions = make_session_factory(engine)

    def audit_entry(
        self,
        uow: UnitOfWork,
        action: str,
        *,
        target_type: str | None = None,
        target_id: str | None = None,
        outcome: str = "ok",
        details: dict[str, object] | None = None,
    ) -> int:
        """Append an entry as this vault's actor. The unit's name goes into the encrypted
        details (on a server it would otherwise say whose vault this is)."""
        return uow.audit.append(
            action=action,
            occurred_at=self.clock(),
            user_id=self.actor.user_id,
            username=self.actor.username,
            outcome=outcome,
            target_type=target_type,
            target_id=target_id,
            details={**(details or {}), **({"unit": self.unit} if self.unit else {})},
        )

    def case_changed(self, case_id: str) -> None:
        """Recompute what derives from a case (its automatic reminders) after a committed
        change. Derived data only: a failure here never undoes the change, it is logged and
        the next change or refresh catches up."""
        try:
            self.reminders.refresh_automatic_reminders(case_id)
        except UserError as exc:
            log.warning("automatic reminders not refreshed: %s", type(exc).__name__)

    def close(self) -> None:
        self.engine.dispose()
        if isinstance(self.backend, PostgresBackend):
            self.backend.dispose()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _NestedUnitOfWork:
    """A unit of work inside :meth:`Vault.batch`: everything goes to the batch's transaction;
    ``commit`` flushes, the batch commits."""

    def __init__(self, outer: UnitOfWork) -> None:
        self._outer = outer

    def __enter__(self) -> _NestedUnitOfWork:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def commit(self) -> None:
        self._outer.session.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._outer, name)


# --------------------------------------------------------------------------- creating


def create_vault(
    location: str | VaultLocation | None,
    *,
    admin_username: str,
    admin_display_name: str,
    passphrase: str,
    unit_name: str = "",
    kdf_params: kdf.KdfParams | None = None,
    min_passphrase_length: int = passphrase_policy.DEFAULT_MIN_LENGTH,
    clock: Clock = utc_now,
) -> CreatedVault:
    """Create a new vault with its first administrator and a recovery key.

    ``kdf_params`` defaults to a calibration on this PC (0.5–1 s); anything given is checked
    against the floor, never below 64 MiB, t=3, p=4.

    Raises:
        VaultExistsError, StorageError, WeakPassphraseError, ValidationError.
    """
    where = location if isinstance(location, VaultLocation) else parse_location(location)
    username = normalize_username(admin_username)
    display_name = _check_display_name(admin_display_name)
    passphrase_policy.check(
        passphrase,
        min_length=min_passphrase_length,
        user_inputs=(username, display_name, unit_name),
    )
    backend = backend_for(where)
    try:
        backend.check_creatable()  # before the slow calibration: refusals come fast
        params = kdf_params or kdf.calibrate()
        params.check_stored()
        return _build_vault(
            where,
            backend,
            username=username,
            display_name=display_name,
            passphrase=passphrase,
            unit_name=unit_name,
            params=params,
            clock=clock,
        )
    finally:
        if isinstance(backend, PostgresBackend):
            backend.dispose()


def _build_vault(
    where: VaultLocation,
    backend: SqliteBackend | PostgresBackend,
    *,
    username: str,
    display_name: str,
    passphrase: str,
    unit_name: str,
    params: kdf.KdfParams,
    clock: Clock,
) -> CreatedVault:
    vault_id = new_id()
    vault_key = new_vault_key()
    keys = KeyRing(vault_id=vault_id, vault_key=vault_key)
    now = clock()
    admin_id = new_id()
    admin_slot = create_slot(
        vault_id=vault_id,
        slot_id=new_id(),
        kind="user",
        locator=user_locator(vault_id, username),
        user_id=admin_id,
        created_at=iso(now),
        secret=passphrase.encode("utf-8"),
        params=params,
        vault_keys=[vault_key],
    )
    code, raw_recovery = recovery_key.generate()
    recovery_slot = create_slot(
        vault_id=vault_id,
        slot_id=new_id(),
        kind="recovery",
        locator=RECOVERY_LOCATOR,
        user_id=None,
        created_at=iso(now),
        secret=raw_recovery,
        params=params,
        vault_keys=[vault_key],
    )
    header = VaultHeader(
        vault_id=vault_id,
        created_at=iso(now),
        current_key_id=keys.key_id,
        revision=1,
        slots=(admin_slot, recovery_slot),
    )

    def populate(uow: UnitOfWork) -> None:
        cipher = FieldCipher(keys)
        uow.session.add(
            VaultMeta(
                id=1,
                vault_id=vault_id,
                key_id=keys.key_id,
                created_at=now,
                unit_name_ct=cipher.encrypt_text(
                    unit_name, table="vault_meta", column="unit_name", row_id="1"
                ),
                row_mac=keys.row_mac("vault_meta", vault_id, keys.key_id),
            )
        )
        uow.users.add(
            user_id=admin_id,
            username=username,
            display_name=display_name,
            roles=frozenset({Role.ADMINISTRATOR}),
            now=now,
            by=None,
        )

        def record(action: str, **fields: Any) -> None:
            uow.audit.append(
                action=action, occurred_at=now, user_id=admin_id, username=username, **fields
            )

        record("vault.create", details={"engine": where.kind})
        record(
            "user.add",
            target_type="user",
            target_id=admin_id,
            details={"roles": [Role.ADMINISTRATOR.value]},
        )
        record("recovery-key.create")

    if isinstance(backend, SqliteBackend):
        _create_sqlite(backend, keys, header, populate)
    else:
        _create_postgres(backend, keys, header, populate)
    log.info("created vault %s (%s)", vault_id, where.kind)
    return CreatedVault(vault_id=vault_id, location=where.display, recovery_code=code)


def _create_sqlite(
    backend: SqliteBackend, keys: KeyRing, header: VaultHeader, populate: Populate
) -> None:
    """Build the database under a temporary name, write the key header, then rename: a crash
    at any point leaves either no vault or a complete one."""
    final_path = backend.path
    temp_path = final_path.with_name(final_path.name + ".creating")
    temp_location = VaultLocation(kind="sqlite", path=temp_path)
    temp_backend = SqliteBackend(temp_location)
    temp_backend.remove_incomplete(temp_path)
    engine = temp_backend.open_engine(keys.sqlcipher_key, create=True)
    try:
        with translate_errors(temp_location):
            with engine.begin() as connection:
                migrate.upgrade(connection)
            uow = UnitOfWork(
                session_factory=make_session_factory(engine),
                keys=keys,
                cipher=FieldCipher(keys),
                backend=temp_backend,
                witness=WitnessSet(backend.witness_paths(keys.vault_id), keys),
            )
            with uow:
                temp_backend.write_header(
                    header, expected_revision=None, connection=uow.session.connection()
                )
                populate(uow)
                uow.commit()
            checkpoint(engine)
        engine.dispose()
        backend.publish_header(header)
        os.replace(temp_path, final_path)
        fsync_dir(final_path.parent)
    except BaseException:
        engine.dispose()
        temp_backend.remove_incomplete(temp_path)
        if not final_path.exists():
            with contextlib.suppress(OSError):
                backend.header_path.unlink()
        raise
    finally:
        temp_backend.remove_incomplete(temp_path)


def _create_postgres(
    backend: PostgresBackend, keys: KeyRing, header: VaultHeader, populate: Populate
) -> None:
    engine = backend.engine
    with translate_errors(backend.location):
        with engine.begin() as connection:
            migrate.upgrade(connection)
        uow = UnitOfWork(
            session_factory=make_session_factory(engine),
            keys=keys,
            cipher=FieldCipher(keys),
            backend=backend,
            witness=WitnessSet(backend.witness_paths(keys.vault_id), keys),
        )
        with uow:
            backend.write_header(
                header, expected_revision=None, connection=uow.session.connection()
            )
            populate(uow)
            uow.commit()


def _check_display_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A display name is required.", field="display_name")
    if len(cleaned) > 200:
        raise ValidationError(
            "The display name is too long (at most 200 characters).", field="display_name"
        )
    return cleaned


check_display_name = _check_display_name


# --------------------------------------------------------------------------- unlocking


def unlock(
    location: str | VaultLocation | None,
    *,
    username: str,
    passphrase: str,
    clock: Clock = utc_now,
) -> Vault:
    """Unlock a vault as ``username``. Every success and failure lands in the audit log
    (failures at the next successful unlock: the log cannot be written without a key).

    Raises:
        ThrottledError: too many recent failures for this user; try again later.
        AuthenticationError: wrong user name or passphrase (deliberately not saying which).
        AccountDisabledError: the account is disabled.
        NotAVaultError, StorageError, IntegrityError.
    """
    where = location if isinstance(location, VaultLocation) else parse_location(location)
    backend = backend_for(where)
    try:
        return _unlock_user(where, backend, username=username, passphrase=passphrase, clock=clock)
    except BaseException:
        if isinstance(backend, PostgresBackend):
            backend.dispose()
        raise


def _unlock_user(
    where: VaultLocation,
    backend: SqliteBackend | PostgresBackend,
    *,
    username: str,
    passphrase: str,
    clock: Clock,
) -> Vault:
    header = backend.read_header()
    try:
        name = normalize_username(username)
    except ValidationError:
        name = username.strip().casefold()
    locator = user_locator(header.vault_id, name)
    now = clock()
    _check_throttle(backend, locator, now)
    slot = header.slot_for_locator(locator)
    if slot is None or slot.kind != "user":
        _burn_kdf(header)  # the same time as a wrong passphrase: user names stay unguessable
        backend.record_failure(locator, now)
        raise AuthenticationError()
    try:
        private_key = open_slot(slot, vault_id=header.vault_id, secret=passphrase.encode("utf-8"))
    except AuthenticationError:
        backend.record_failure(locator, now)
        raise
    current, pending = _unseal_keys(header, slot, private_key)
    vault = _open(where, backend, header, current, pending, clock)
    try:
        with vault.unit_of_work() as uow:
            try:
                user = uow.users.get_by_id(slot.user_id or "")
            except NotFoundError:
                raise IntegrityError(reason="the key slot belongs to no user") from None
            if user.username != name:
                raise IntegrityError(reason="the key slot does not match its user")
            other_manager = uow.users.count_active_with_role(Role.MANAGER, excluding=user.id) > 0
        if not user.active:
            backend.record_failure(locator, now)
            vault.close()
            raise AccountDisabledError()
        vault.actor = Actor(
            user_id=user.id,
            username=user.username,
            roles=effective_roles(user.roles, another_manager_exists=other_manager),
            team=user.team,
        )
        _audit_login(vault, backend, header, action="login", locator=locator)
    except BaseException:
        vault.close()
        raise
    return vault


def unlock_with_recovery_key(
    location: str | VaultLocation | None, *, code: str, clock: Clock = utc_now
) -> Vault:
    """Unlock with the recovery key: acts as an administrator (users, keys), audited.

    Raises:
        ValidationError: the code is mistyped (checked before any slow work).
        ThrottledError, AuthenticationError, NotAVaultError, StorageError, IntegrityError.
    """
    raw = recovery_key.parse(code)
    where = location if isinstance(location, VaultLocation) else parse_location(location)
    backend = backend_for(where)
    try:
        return _unlock_recovery(where, backend, raw=raw, clock=clock)
    except BaseException:
        if isinstance(backend, PostgresBackend):
            backend.dispose()
        raise


def reset_passphrase_with_recovery_key(
    location: str | VaultLocation | None,
    *,
    code: str,
    username: str,
    new_passphrase: str,
    clock: Clock = utc_now,
) -> None:
    """A lost passphrase: unlock with the recovery key, give ``username`` a new passphrase
    (the passphrase policy applies; the change is audited as done with the recovery key),
    and close the vault again. Nothing is changed when any step is refused.

    Raises:
        ValidationError: the code is mistyped.
        WeakPassphraseError: the new passphrase breaks the policy.
        NotFoundError: there is no such user.
        ThrottledError, AuthenticationError, NotAVaultError, StorageError, IntegrityError.
    """
    with unlock_with_recovery_key(location, code=code, clock=clock) as vault:
        vault.users.change_passphrase(username, new_passphrase=new_passphrase)


def _unlock_recovery(
    where: VaultLocation,
    backend: SqliteBackend | PostgresBackend,
    *,
    raw: bytes,
    clock: Clock,
) -> Vault:
    header = backend.read_header()
    now = clock()
    _check_throttle(backend, RECOVERY_LOCATOR, now)
    slot = header.slot_for_locator(RECOVERY_LOCATOR)
    if slot is None:
        raise AuthenticationError("This vault has no recovery key.")
    try:
        private_key = open_slot(slot, vault_id=header.vault_id, secret=raw)
    except AuthenticationError:
        backend.record_failure(RECOVERY_LOCATOR, now)
        raise AuthenticationError("The recovery key is wrong.") from None
    current, pending = _unseal_keys(header, slot, private_key)
    vault = _open(where, backend, header, current, pending, clock)
    vault.actor = Actor(
        user_id=None,
        username=RECOVERY_ACTOR,
        roles=frozenset({Role.ADMINISTRATOR}),
        via_recovery_key=True,
    )
    try:
        _audit_login(vault, backend, header, action="login.recovery-key", locator=RECOVERY_LOCATOR)
    except BaseException:
        vault.close()
        raise
    return vault


def _check_throttle(backend: SqliteBackend | PostgresBackend, locator: str, now: datetime) -> None:
    """Raises:
    ThrottledError: too many recent failures for this slot; checked before the KDF runs.
    """
    failures = backend.failures(locator)
    last = max((f.occurred_at for f in failures), default=None)
    wait = throttling.retry_after(len(failures), last, now)
    if wait:
        raise ThrottledError(seconds=wait)


def _burn_kdf(header: VaultHeader) -> None:
    params = header.slots[0].kdf_params if header.slots else kdf.FLOOR
    kdf.derive(b"no such user", b"\0" * kdf.SALT_LENGTH, params)


def _unseal_keys(
    header: VaultHeader, slot: KeySlot, private_key: X25519PrivateKey
) -> tuple[KeyRing, KeyRing | None]:
    """The current key ring, and the pending one of an interrupted rotation if any."""

    def ring(key_id: str) -> KeyRing:
        vault_key = unseal(slot, vault_id=header.vault_id, private_key=private_key, key_id=key_id)
        return KeyRing(vault_id=header.vault_id, vault_key=vault_key)

    pending = header.pending_key_id
    if pending is None or pending not in slot.sealed:
        return ring(header.current_key_id), None
    return ring(header.current_key_id), ring(pending)


def _resume_rotation(
    backend: SqliteBackend | PostgresBackend, current: KeyRing, pending: KeyRing
) -> KeyRing:
    """Finish a key rotation whose database transaction committed; ignore one that did not."""
    if isinstance(backend, PostgresBackend):
        return current  # there the header switch commits with the data: nothing half done
    from avhopp.services.key_service import complete_sqlite_rotation

    engine = backend.open_engine(current.sqlcipher_key)
    try:
        with translate_errors(backend.location), engine.connect() as connection:
            key_id = connection.execute(text("SELECT key_id FROM vault_meta")).scalar_one()
    except NotAVaultError:
        key_id = pending.key_id  # the file itself is already under the new key
    finally:
        engine.dispose()
    if key_id != pending.key_id:
        return current
    complete_sqlite_rotation(backend, current, pending).dispose()
    log.warning("completed an interrupted key rotation")
    return pending


def _open(  # noqa: PLR0917 - private, called from two places
    where: VaultLocation,
    backend: SqliteBackend | PostgresBackend,
    header: VaultHeader,
    current: KeyRing,
    pending: KeyRing | None,
    clock: Clock,
) -> Vault:
    """Open the database with the unlocked keys, check it is this vault, migrate if older."""
    keys = current if pending is None else _resume_rotation(backend, current, pending)
    engine = backend.open_engine(keys.sqlcipher_key)
    try:
        with translate_errors(where):
            with engine.connect() as connection:
                revision = migrate.current_revision(connection)
                if revision is None:
                    raise NotAVaultError(location=where.display)
                if not migrate.is_known_revision(revision):
                    raise StorageError(
                        reason="the vault was made by a newer version of Avhopp; update Avhopp"
                    )
                row = connection.execute(
                    text(
                        "SELECT vault_id, key_id, row_mac, unit_name_ct "
                        "FROM vault_meta WHERE id = 1"
                    )
                ).one_or_none()
            if row is None or row.vault_id != header.vault_id:
                raise IntegrityError(reason="the database does not belong to this key header")
            if not keys.check_row_mac(bytes(row.row_mac), "vault_meta", row.vault_id, row.key_id):
                raise IntegrityError(reason="the vault's key record was altered")
            if row.key_id != keys.key_id:
                raise IntegrityError(reason="the database is encrypted with another vault key")
            unit = FieldCipher(keys).decrypt_text(
                bytes(row.unit_name_ct), table="vault_meta", column="unit_name", row_id="1"
            )
            if revision != migrate.head_revision():
                _migrate_with_backup(where, engine)
            with engine.begin() as connection:
                backend.reconcile_header(connection)
    except BaseException:
        engine.dispose()
        raise
    return Vault(
        location=where,
        backend=backend,
        engine=engine,
        keys=keys,
        actor=Actor(user_id=None, username="", roles=frozenset()),
        clock=clock,
        unit=unit or None,
    )


def _migrate_with_backup(where: VaultLocation, engine: Engine) -> None:
    """Migrate an older schema, after copying a SQLite file aside (a full encrypted backup
    replaces this copy once backups exist)."""
    if where.kind == "sqlite" and where.path is not None:
        checkpoint(engine)
        copy = where.path.with_name(where.path.name + f".pre-migration-{utc_now():%Y%m%d%H%M%S}")
        shutil.copy2(where.path, copy)
        shutil.copy2(where.sidecar(".keys"), Path(str(copy) + ".keys"))
    with engine.begin() as connection:
        migrate.upgrade(connection)


def _audit_login(
    vault: Vault,
    backend: SqliteBackend | PostgresBackend,
    header: VaultHeader,
    *,
    action: str,
    locator: str,
) -> None:
    """Fold earlier failed logins into the chain, then record this login."""
    pending = backend.unaudited_failures()
    names = {s.locator: s for s in header.slots}
    with vault.unit_of_work() as uow:
        for failure in pending:
            slot = names.get(failure.locator)
            uow.audit.append(
                action="login.failed",
                outcome="refused",
                occurred_at=failure.occurred_at,
                user_id=slot.user_id if slot else None,
                username=None,
                target_type="user" if slot and slot.user_id else None,
                target_id=slot.user_id if slot else None,
                details={
                    "known_user": slot is not None,
                    "recovery_key": failure.locator == RECOVERY_LOCATOR,
                },
            )
        vault.audit_entry(uow, action, details={"host": socket.gethostname()})
        uow.commit()
    backend.mark_audited({f.id for f in pending})
    backend.clear_failures(locator)
