"""The unit of work: one user action, one transaction, rolled back unless committed.

Threading: a unit of work belongs to the thread that opened it. The GUI opens them only on its
database worker thread; never touch widgets here.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from avhopp.crypto.blind_index import BlindIndex
from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.key_slots import VaultHeader
from avhopp.crypto.keys import KeyRing
from avhopp.errors import KeyRotatedError
from avhopp.storage.audit_repository import AuditRepository
from avhopp.storage.backends import PostgresBackend, SqliteBackend
from avhopp.storage.engine import translate_errors
from avhopp.storage.models import VaultMeta
from avhopp.storage.payloads import PayloadCodec
from avhopp.storage.user_repository import UserRepository
from avhopp.storage.witness import WitnessSet


class UnitOfWork:
    def __init__(
        self,
        *,
        session_factory: sessionmaker[Session],
        keys: KeyRing,
        cipher: FieldCipher,
        backend: SqliteBackend | PostgresBackend,
        witness: WitnessSet,
    ) -> None:
        self._factory = session_factory
        self._keys = keys
        self._cipher = cipher
        self._backend = backend
        self._witness = witness
        self._committed = False
        self._staged_header: VaultHeader | None = None
        self._after_commit: list[Callable[[], None]] = []

    def __enter__(self) -> UnitOfWork:
        self._translate = translate_errors(self._backend.location)
        self._translate.__enter__()
        self.session = self._factory()
        self.users = UserRepository(self.session, self._keys, self._cipher)
        self.payloads = PayloadCodec(self._cipher)
        self.blind_index = BlindIndex(self._keys)
        self.audit = AuditRepository(self.session, self._keys, self._cipher)
        self._committed = False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
        return self._translate.__exit__(exc_type, exc, tb)

    def read_header(self) -> VaultHeader:
        """The key header, read inside this transaction (after taking the write lock)."""
        return self._backend.read_header_locked(self.session.connection())

    def stage_header(self, header: VaultHeader, *, expected_revision: int) -> None:
        """Replace the key header in this transaction (compare-and-swap on its revision)."""
        self._backend.write_header(
            header, expected_revision=expected_revision, connection=self.session.connection()
        )
        self._staged_header = header

    def on_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    def commit(self) -> None:
        self.session.flush()
        if isinstance(self._backend, PostgresBackend):
            # Another client may have rotated the vault key since this one unlocked: never
            # write values under a retired key. FOR SHARE waits for a rotation in progress.
            key_id = self.session.execute(
                select(VaultMeta.key_id).where(VaultMeta.id == 1).with_for_update(read=True)
            ).scalar_one()
            if key_id != self._keys.key_id:
                raise KeyRotatedError()
        self.session.commit()
        self._committed = True
        if self._staged_header is not None:
            self._backend.publish_header(self._staged_header)
        if self.audit.appended_head is not None:
            seq, mac = self.audit.appended_head
            self._witness.advance(seq, mac)
        for callback in self._after_commit:
            callback()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
