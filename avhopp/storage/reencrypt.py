"""Re-encryption of every stored value under a new vault key (``rekey``).

Each table with encrypted columns or row MACs registers here; the rotation walks the registry
inside one transaction. Audit entries are deliberately absent: they are never rewritten (the
old key is kept in ``retired_keys`` to check and read them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing
from avhopp.storage.models import AuditReview, Base, RetiredKey, User, VaultMeta
from avhopp.storage.payloads import COLUMN as PAYLOAD_COLUMN


@dataclass(frozen=True)
class EncryptedTable:
    model: type[Base]
    #: attribute name → the column name bound into the associated data
    columns: dict[str, str]
    row_id: Callable[[Base], str]
    #: recompute the row MAC with the new keys, if the table has one
    row_mac: Callable[[Base, KeyRing], bytes] | None = None


def _user_mac(row: Base, keys: KeyRing) -> bytes:
    assert isinstance(row, User)
    from avhopp.storage.user_repository import UserRepository

    return keys.row_mac(*UserRepository.mac_parts(row))


def _meta_mac(row: Base, keys: KeyRing) -> bytes:
    assert isinstance(row, VaultMeta)
    return keys.row_mac("vault_meta", row.vault_id, keys.key_id)


def _key_getter(key: str) -> Callable[[Base], str]:
    def row_id(row: Base) -> str:
        return str(getattr(row, key))

    return row_id


#: Row payloads: their associated data names the column ``payload`` (not the attribute).
_PAYLOAD_ATTRS = frozenset({"payload_ct", "value_ct"})


def _aad_column(attr: str) -> str:
    """The column name bound into the associated data of the envelope in ``attr``."""
    return PAYLOAD_COLUMN if attr in _PAYLOAD_ATTRS else attr.removesuffix("_ct")


def _payload_tables() -> tuple[EncryptedTable, ...]:
    """Every case-record table keeps its personal fields in one ``payload_ct`` envelope
    (``settings`` in ``value_ct``), keyed by its single primary key. Both are row payloads
    (:mod:`avhopp.storage.payloads`): the associated data names the column ``payload``. Any
    other ``x_ct`` column of these tables is registered too, bound to the column name ``x``
    (never register one of them by hand as well: twice would decrypt with the old key)."""
    from avhopp.storage import case_models

    tables = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if model.__module__ != case_models.__name__:
            continue
        columns = {
            attr: _aad_column(attr) for attr, _ in mapper.columns.items() if attr.endswith("_ct")
        }
        if not columns:
            continue  # code lists and purge runs hold no personal data
        (key_column,) = mapper.primary_key
        tables.append(
            EncryptedTable(
                model=model,
                columns=columns,
                row_id=_key_getter(str(key_column.key)),
            )
        )
    return tuple(sorted(tables, key=lambda t: t.model.__tablename__))


_CORE: tuple[EncryptedTable, ...] = (
    EncryptedTable(
        model=User,
        columns={"display_name_ct": "display_name"},
        row_id=lambda row: str(row.id),  # type: ignore[attr-defined]
        row_mac=_user_mac,
    ),
    EncryptedTable(
        model=VaultMeta,
        columns={"unit_name_ct": "unit_name"},
        row_id=lambda row: "1",
        row_mac=_meta_mac,
    ),
    EncryptedTable(
        model=AuditReview,
        columns={"remark_ct": PAYLOAD_COLUMN},
        row_id=lambda row: str(row.id),  # type: ignore[attr-defined]
    ),
    EncryptedTable(
        model=RetiredKey,
        columns={"vault_key_ct": "vault_key"},
        row_id=lambda row: str(row.key_id),  # type: ignore[attr-defined]
    ),
)


def registry() -> tuple[EncryptedTable, ...]:
    return _CORE + _payload_tables()


def reencrypt_all(session: Session, old: KeyRing, new: KeyRing) -> int:
    """Decrypt every registered value with ``old`` and encrypt it with ``new``; recompute row
    MACs. Any value that fails authentication aborts the whole rotation (IntegrityError)."""
    old_cipher, new_cipher = FieldCipher(old), FieldCipher(new)
    count = 0
    for table in registry():
        name = table.model.__tablename__
        for row in session.execute(select(table.model)).scalars():
            row_id = table.row_id(row)
            for attr, column in table.columns.items():
                envelope = getattr(row, attr)
                if envelope is None:
                    continue
                plain = old_cipher.decrypt(
                    bytes(envelope), table=name, column=column, row_id=row_id
                )
                setattr(
                    row,
                    attr,
                    new_cipher.encrypt(plain, table=name, column=column, row_id=row_id),
                )
                count += 1
            if table.row_mac is not None:
                row.row_mac = table.row_mac(row, new)  # type: ignore[attr-defined]
    session.flush()
    return count
