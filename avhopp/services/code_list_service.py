"""Code lists: reading the drop-downs' entries, and the administrator's edits.

Entries are added, relabelled, deactivated and reactivated, never deleted: cases, steps and
journal notes keep their codes, so history stays reportable. A deactivated code is refused for
new data by :func:`avhopp.services.case_service.check_code`. Codes are not personal data, so
the audit details name them in full.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select

from avhopp.domain import phases
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.roles import Permission
from avhopp.errors import AlreadyExistsError, ConflictError, NotFoundError, ValidationError
from avhopp.storage.case_models import CodeEntryRow
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

MAX_CODE = 40
MAX_LABEL = 200
_CODE_PATTERN = re.compile(rf"[a-z0-9_]{{1,{MAX_CODE}}}")
TARGET_TYPE = "code_entry"


@dataclass(frozen=True)
class CodeEntryView:
    code: str
    label_sv: str
    label_en: str
    #: For support-step items: their category's code; otherwise None.
    parent: str | None
    active: bool
    sort_order: int
    version: int


def _view(row: CodeEntryRow) -> CodeEntryView:
    return CodeEntryView(
        code=row.code,
        label_sv=row.label_sv,
        label_en=row.label_en,
        parent=row.parent,
        active=row.active,
        sort_order=row.sort_order,
        version=row.version,
    )


def check_entry_code(code: str) -> str:
    """A new code: 1–40 characters a–z, 0–9 or '_' (surrounding blanks are dropped).

    Raises:
        ValidationError: on the field ``code``.
    """
    cleaned = code.strip()
    if not _CODE_PATTERN.fullmatch(cleaned):
        raise ValidationError(
            "A code has 1–{n} characters: a–z, 0–9 or '_'.", field="code", n=MAX_CODE
        )
    return cleaned


def check_label(label: str, field: str) -> str:
    """A label: 1–200 characters after trimming, no control characters.

    Raises:
        ValidationError: on ``field``.
    """
    cleaned = label.strip()
    if not cleaned:
        raise ValidationError("The label cannot be empty.", field=field)
    if len(cleaned) > MAX_LABEL:
        raise ValidationError("A label has at most {n} characters.", field=field, n=MAX_LABEL)
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise ValidationError("A label cannot contain control characters.", field=field)
    return cleaned


def _check_version(row: CodeEntryRow, expected_version: int) -> None:
    if row.version != expected_version:
        raise ConflictError(
            changed_by=row.updated_by or "another user",
            changed_at=row.updated_at.isoformat(sep=" ", timespec="seconds"),
        )


def _find(uow: UnitOfWork, code_list: CodeList, code: str) -> CodeEntryRow | None:
    return uow.session.execute(
        select(CodeEntryRow).where(
            CodeEntryRow.list_name == code_list.value, CodeEntryRow.code == code
        )
    ).scalar_one_or_none()


def _get(uow: UnitOfWork, code_list: CodeList, code: str) -> CodeEntryRow:
    row = _find(uow, code_list, code)
    if row is None:
        raise NotFoundError(what=f"The code {code!r} of the list {code_list.value}")
    return row


class CodeListService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ reading

    def entries(
        self, code_list: CodeList, *, include_inactive: bool = False
    ) -> list[CodeEntryView]:
        """A list's entries in display order (any unlocked user: they fill the forms'
        drop-downs). Only active entries unless ``include_inactive``."""
        query = select(CodeEntryRow).where(CodeEntryRow.list_name == code_list.value)
        if not include_inactive:
            query = query.where(CodeEntryRow.active.is_(True))
        query = query.order_by(CodeEntryRow.sort_order, CodeEntryRow.code)
        with self._vault.unit_of_work() as uow:
            return [_view(row) for row in uow.session.execute(query).scalars()]

    def get(self, code_list: CodeList, code: str) -> CodeEntryView:
        """One entry, active or not.

        Raises:
            NotFoundError.
        """
        with self._vault.unit_of_work() as uow:
            return _view(_get(uow, code_list, code.strip()))

    # ------------------------------------------------------------------ administration

    def add(
        self,
        code_list: CodeList,
        code: str,
        *,
        label_sv: str,
        label_en: str,
        parent: str | None = None,
    ) -> CodeEntryView:
        """Add an active entry at the end of the list. Support-step items need the code of an
        active step category as ``parent``; no other list takes one.

        Raises:
            PermissionDeniedError, ValidationError, AlreadyExistsError.
        """
        vault = self._vault
        vault.actor.require(Permission.MANAGE_SETTINGS)
        cleaned = check_entry_code(code)
        sv = check_label(label_sv, "label_sv")
        en = check_label(label_en, "label_en")
        parent = parent.strip() if parent is not None else None
        if code_list is CodeList.STEP_ITEM:
            if not parent:
                raise ValidationError(
                    "A support-step item needs a step category as parent.", field="parent"
                )
        elif parent is not None:
            raise ValidationError(
                "Only support-step items have a parent; the list {list} has none.",
                field="parent",
                list=code_list.value,
            )
        with vault.unit_of_work() as uow:
            if parent is not None:
                category = uow.session.execute(
                    select(CodeEntryRow.active)
                    .where(
                        CodeEntryRow.list_name == CodeList.STEP_CATEGORY.value,
                        CodeEntryRow.code == parent,
                    )
                    .with_for_update(read=True)
                ).scalar_one_or_none()
                if not category:
                    raise ValidationError(
                        "{parent!r} is not an active step category.", field="parent", parent=parent
                    )
            existing = _find(uow, code_list, cleaned)
            if existing is not None:
                what = f"The code {cleaned!r} of the list {code_list.value}"
                if not existing.active:
                    raise AlreadyExistsError(
                        "{what} already exists but is deactivated; reactivate it instead.",
                        what=what,
                    )
                raise AlreadyExistsError(what=what)
            last = uow.session.execute(
                select(func.max(CodeEntryRow.sort_order)).where(
                    CodeEntryRow.list_name == code_list.value
                )
            ).scalar_one()
            now = vault.clock()
            row = CodeEntryRow(
                id=new_id(),
                list_name=code_list.value,
                code=cleaned,
                label_sv=sv,
                label_en=en,
                parent=parent,
                active=True,
                sort_order=(last + 1) if last is not None else 0,
                created_at=now,
                updated_at=now,
                updated_by=vault.actor.username,
            )
            uow.session.add(row)
            try:
                uow.session.flush()
            except sa_exc.IntegrityError:  # another administrator added it just now
                raise AlreadyExistsError(
                    what=f"The code {cleaned!r} of the list {code_list.value}"
                ) from None
            vault.audit_entry(
                uow,
                "codes.add",
                target_type=TARGET_TYPE,
                target_id=row.id,
                details={
                    "list": code_list.value,
                    "code": cleaned,
                    "label_sv": sv,
                    "label_en": en,
                    "parent": parent,
                },
            )
            view = _view(row)
            uow.commit()
        return view

    def relabel(
        self,
        code_list: CodeList,
        code: str,
        *,
        label_sv: str,
        label_en: str,
        expected_version: int,
    ) -> CodeEntryView:
        """Change an entry's labels (its code stays: stored data refers to it).

        Raises:
            PermissionDeniedError, ValidationError, NotFoundError, ConflictError.
        """
        vault = self._vault
        vault.actor.require(Permission.MANAGE_SETTINGS)
        sv = check_label(label_sv, "label_sv")
        en = check_label(label_en, "label_en")
        with vault.unit_of_work() as uow:
            row = _get(uow, code_list, code.strip())
            _check_version(row, expected_version)
            if (row.label_sv, row.label_en) == (sv, en):
                return _view(row)
            before = {"label_sv": row.label_sv, "label_en": row.label_en}
            row.label_sv = sv
            row.label_en = en
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "codes.relabel",
                target_type=TARGET_TYPE,
                target_id=row.id,
                details={
                    "list": code_list.value,
                    "code": row.code,
                    "before": before,
                    "label_sv": sv,
                    "label_en": en,
                },
            )
            view = _view(row)
            uow.commit()
        return view

    def deactivate(self, code_list: CodeList, code: str, *, expected_version: int) -> CodeEntryView:
        """Hide an entry from new data; stored data keeps it. Refused for the ``closed`` phase
        (the phase model needs it) and for a list's last active entry. Deactivating an
        inactive entry changes nothing.

        Raises:
            PermissionDeniedError, ValidationError, NotFoundError, ConflictError.
        """
        return self._set_active(code_list, code, False, expected_version=expected_version)

    def reactivate(self, code_list: CodeList, code: str, *, expected_version: int) -> CodeEntryView:
        """Offer a deactivated entry again. Reactivating an active entry changes nothing.

        Raises:
            PermissionDeniedError, NotFoundError, ConflictError.
        """
        return self._set_active(code_list, code, True, expected_version=expected_version)

    def _set_active(
        self, code_list: CodeList, code: str, active: bool, *, expected_version: int
    ) -> CodeEntryView:
        vault = self._vault
        vault.actor.require(Permission.MANAGE_SETTINGS)
        with vault.unit_of_work() as uow:
            # The list's rows are locked first (on a server), so two administrators cannot
            # each deactivate one of the last two active entries.
            rows = (
                uow.session.execute(
                    select(CodeEntryRow)
                    .where(CodeEntryRow.list_name == code_list.value)
                    .order_by(CodeEntryRow.id)
                    .with_for_update()
                )
                .scalars()
                .all()
            )
            cleaned = code.strip()
            row = next((r for r in rows if r.code == cleaned), None)
            if row is None:
                raise NotFoundError(what=f"The code {cleaned!r} of the list {code_list.value}")
            _check_version(row, expected_version)
            if row.active == active:
                return _view(row)
            if not active:
                if code_list is CodeList.PHASE and row.code == phases.CLOSED:
                    raise ValidationError(
                        "The phase 'closed' cannot be deactivated: every case must be able to "
                        "close.",
                        field="code",
                    )
                if not any(r.active for r in rows if r is not row):
                    raise ValidationError(
                        "The last active entry of the list {list} cannot be deactivated.",
                        field="code",
                        list=code_list.value,
                    )
            row.active = active
            row.updated_at = vault.clock()
            row.updated_by = vault.actor.username
            uow.session.flush()
            vault.audit_entry(
                uow,
                "codes.reactivate" if active else "codes.deactivate",
                target_type=TARGET_TYPE,
                target_id=row.id,
                details={"list": code_list.value, "code": row.code},
            )
            view = _view(row)
            uow.commit()
        return view
