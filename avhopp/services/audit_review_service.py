"""Following up the audit log (lag 2001:454, DOMAIN.md §3): reading and filtering it, random
spot checks, "granskad" marks, and a participant's access log (loggutdrag).

Every read of the log is itself an audit entry, written in the same transaction as the read
and committed before anything is returned (if it cannot be written, nothing is shown).

What the details of an entry hold: ids, codes, counts and dates written by the services;
never a participant's name or identity number. Free-text reasons (emergency access, a
revealed address, a merge) are the staff's own words and are shown to log reviewers, who
must judge them; a case worker looking at a participant's access log sees the entries
without those reasons and without the reviewers' remarks.

Dates in filters are UTC days (the stored times are UTC).
"""

from __future__ import annotations

import csv
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import ColumnElement, and_, false, or_, select

from avhopp.domain.clock import iso
from avhopp.domain.ids import new_id
from avhopp.domain.roles import Permission
from avhopp.errors import IntegrityError, NotFoundError, PermissionDeniedError, ValidationError
from avhopp.services.case_guard import CaseGuard
from avhopp.storage.audit_repository import StoredEntry
from avhopp.storage.case_models import Case, Person, Reminder
from avhopp.storage.models import AuditEntry, AuditReview
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

REVIEW_TABLE = "audit_reviews"
CASE_TABLE = "cases"
MAX_LIMIT = 5000
MAX_SAMPLE = 1000
MAX_REVIEW_BATCH = 5000
REMARK_LIMIT = 2000
#: Rows fetched per ``IN (...)`` query (well under SQLite's and PostgreSQL's limits).
CHUNK = 500
#: Detail keys that hold staff-written free text (shown to log reviewers only).
FREE_TEXT_KEYS = frozenset({"reason"})
#: Detail keys left out of every view: the unit's name is on every entry and says nothing.
HIDDEN_KEYS = frozenset({"unit"})
EXTRACT_COLUMNS = (
    "seq",
    "occurred_at_utc",
    "username",
    "name",
    "action",
    "outcome",
    "target_type",
    "target_id",
    "case_reference",
)


@dataclass(frozen=True)
class AuditEntryView:
    """One audit entry for the log review. ``details`` are decrypted: ids, codes, counts."""

    seq: int
    occurred_at: datetime
    username: str | None
    action: str
    outcome: str
    target_type: str | None
    target_id: str | None
    details: Mapping[str, object]
    #: Marked "granskad" at least once (the latest review's remark and reviewer below).
    reviewed: bool
    review_remark: str | None
    reviewed_by: str | None
    reviewed_at: datetime | None


@dataclass(frozen=True)
class _Review:
    remark: str
    reviewed_by: str | None
    reviewed_at: datetime


@dataclass(frozen=True)
class _Targets:
    """What a person or case filter matches: entries on these people, cases and reminders."""

    people: frozenset[str]
    cases: frozenset[str]
    reminders: frozenset[str]

    def condition(self) -> ColumnElement[bool]:
        parts = [
            and_(AuditEntry.target_type == kind, AuditEntry.target_id.in_(sorted(ids)))
            for kind, ids in (
                ("person", self.people),
                ("case", self.cases),
                ("reminder", self.reminders),
            )
            if ids
        ]
        return or_(*parts) if parts else false()


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    batch: list[int] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("The end date is before the start date.", field="end")


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            "Choose a whole number from {low} to {high}.", field="limit", low=1, high=MAX_LIMIT
        )
    if offset < 0:
        raise ValidationError("The offset cannot be negative.", field="offset")


def _seal_review(uow: UnitOfWork, row: AuditReview, remark: str) -> bytes:
    return uow.payloads.seal(
        REVIEW_TABLE,
        row.id,
        {
            "remark": remark,
            "audit_seq": row.audit_seq,
            "reviewed_by": row.reviewed_by,
            "reviewed_at": iso(row.reviewed_at),
        },
    )


def _open_review(uow: UnitOfWork, row: AuditReview) -> _Review:
    """Raises:
    IntegrityError: the remark was altered or moved, or the plain columns were edited.
    """
    data = uow.payloads.open(REVIEW_TABLE, row.id, row.remark_ct)
    if (
        data.get("audit_seq") != row.audit_seq
        or data.get("reviewed_by") != row.reviewed_by
        or data.get("reviewed_at") != iso(row.reviewed_at)
    ):
        raise IntegrityError(reason=f"the review of audit entry {row.audit_seq} was altered")
    return _Review(
        remark=str(data.get("remark", "")),
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at,
    )


class AuditReviewService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._guard = CaseGuard(vault)

    # ------------------------------------------------------------------ filters

    def _targets_of_person(self, uow: UnitOfWork, person_id: str) -> _Targets:
        """The person, people merged into them (their old entries), their cases and the
        cases' reminders."""
        people = {person_id}
        frontier = [person_id]
        while frontier:  # merges can chain: A into B, then B into C
            merges = uow.session.execute(
                select(AuditEntry).where(
                    AuditEntry.action == "person.merge",
                    AuditEntry.target_type == "person",
                    AuditEntry.target_id.in_(frontier),
                )
            ).scalars()
            frontier = []
            for row in merges:
                merged = (uow.audit.decode(row).details or {}).get("merged_person_id")
                if isinstance(merged, str) and merged not in people:
                    people.add(merged)
                    frontier.append(merged)
        cases = set(
            uow.session.execute(select(Case.id).where(Case.person_id.in_(sorted(people))))
            .scalars()
            .all()
        )
        reminders = set(
            uow.session.execute(select(Reminder.id).where(Reminder.person_id.in_(sorted(people))))
            .scalars()
            .all()
        )
        return _Targets(frozenset(people), frozenset(cases), frozenset(reminders))

    @staticmethod
    def _targets_of_case(uow: UnitOfWork, case_id: str) -> _Targets:
        reminders = (
            uow.session.execute(select(Reminder.id).where(Reminder.case_id == case_id))
            .scalars()
            .all()
        )
        return _Targets(frozenset(), frozenset({case_id}), frozenset(reminders))

    def _conditions(
        self,
        uow: UnitOfWork,
        *,
        username: str | None,
        person_id: str | None,
        case_id: str | None,
        action: str | None,
        start: date | None,
        end: date | None,
    ) -> list[ColumnElement[bool]]:
        _check_period(start, end)
        conditions: list[ColumnElement[bool]] = []
        if username is not None and username.strip():
            conditions.append(AuditEntry.username == username.strip().casefold())
        if action is not None and action.strip():
            conditions.append(AuditEntry.action == action.strip())
        if start is not None:
            conditions.append(AuditEntry.occurred_at >= _day_start(start))
        if end is not None:
            conditions.append(AuditEntry.occurred_at < _day_start(end + timedelta(days=1)))
        if person_id is not None:
            conditions.append(self._targets_of_person(uow, person_id).condition())
        if case_id is not None:
            conditions.append(self._targets_of_case(uow, case_id).condition())
        return conditions

    # ------------------------------------------------------------------ views

    def _reviews(self, uow: UnitOfWork, seqs: Iterable[int]) -> dict[int, _Review]:
        """The latest review of each entry that has one."""
        latest: dict[int, AuditReview] = {}
        for batch in _chunks(seqs):
            for row in uow.session.execute(
                select(AuditReview).where(AuditReview.audit_seq.in_(batch))
            ).scalars():
                known = latest.get(row.audit_seq)
                if known is None or (row.reviewed_at, row.id) > (known.reviewed_at, known.id):
                    latest[row.audit_seq] = row
        return {seq: _open_review(uow, row) for seq, row in latest.items()}

    def _views(
        self, uow: UnitOfWork, rows: Sequence[AuditEntry], *, reviewer: bool
    ) -> list[AuditEntryView]:
        reviews = self._reviews(uow, (row.seq for row in rows))
        hidden = HIDDEN_KEYS if reviewer else HIDDEN_KEYS | FREE_TEXT_KEYS
        return [
            self._view(uow.audit.decode(row), reviews.get(row.seq), hidden, reviewer=reviewer)
            for row in rows
        ]

    @staticmethod
    def _view(
        entry: StoredEntry, review: _Review | None, hidden: frozenset[str], *, reviewer: bool
    ) -> AuditEntryView:
        details = {k: v for k, v in (entry.details or {}).items() if k not in hidden}
        shown = review if reviewer else None
        return AuditEntryView(
            seq=entry.seq,
            occurred_at=entry.occurred_at,
            username=entry.username,
            action=entry.action,
            outcome=entry.outcome,
            target_type=entry.target_type,
            target_id=entry.target_id,
            details=details,
            reviewed=review is not None,
            review_remark=shown.remark if shown else None,
            reviewed_by=shown.reviewed_by if shown else None,
            reviewed_at=shown.reviewed_at if shown else None,
        )

    # ------------------------------------------------------------------ the log review

    def entries(
        self,
        *,
        username: str | None = None,
        person_id: str | None = None,
        case_id: str | None = None,
        action: str | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[AuditEntryView]:
        """Audit entries matching every filter given, newest first, one page at a time.

        ``person_id`` matches the entries on the person (and on people merged into them),
        on all their cases and on the cases' reminders; ``case_id`` those on the case and
        its reminders. ``start``/``end`` are inclusive UTC days. One audit entry
        ``audit.read`` (on the person or case when filtered by one).

        Raises:
            PermissionDeniedError: only managers and log reviewers read the log.
            ValidationError: the end before the start (``end``), a bad ``limit``/``offset``.
            IntegrityError: an entry's details or a review were altered.
        """
        vault = self._vault
        vault.actor.require(Permission.READ_AUDIT_LOG)
        _check_page(limit, offset)
        with vault.unit_of_work() as uow:
            conditions = self._conditions(
                uow,
                username=username,
                person_id=person_id,
                case_id=case_id,
                action=action,
                start=start,
                end=end,
            )
            rows = (
                uow.session.execute(
                    select(AuditEntry)
                    .where(*conditions)
                    .order_by(AuditEntry.seq.desc())
                    .limit(limit)
                    .offset(offset)
                )
                .scalars()
                .all()
            )
            views = self._views(uow, rows, reviewer=True)
            filters: dict[str, object] = {
                "username": username,
                "case_id": case_id,
                "action": action,
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
                "offset": offset,
            }
            target_type, target_id = (
                ("person", person_id)
                if person_id is not None
                else ("case", case_id)
                if case_id is not None
                else (None, None)
            )
            vault.audit_entry(
                uow,
                "audit.read",
                target_type=target_type,
                target_id=target_id,
                details={
                    **{k: v for k, v in filters.items() if v},
                    "count": len(views),
                },
            )
            uow.commit()
        return views

    def actions(
        self,
        *,
        username: str | None = None,
        person_id: str | None = None,
        case_id: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[str]:
        """The distinct actions among the entries matching the filters, sorted: the choices
        of the action filter. Not audited (only action codes, no entry is shown).

        Raises:
            PermissionDeniedError, ValidationError (the end before the start).
        """
        vault = self._vault
        vault.actor.require(Permission.READ_AUDIT_LOG)
        with vault.unit_of_work() as uow:
            conditions = self._conditions(
                uow,
                username=username,
                person_id=person_id,
                case_id=case_id,
                action=None,
                start=start,
                end=end,
            )
            return sorted(
                uow.session.execute(select(AuditEntry.action).where(*conditions).distinct())
                .scalars()
                .all()
            )

    def sample(self, *, size: int, start: date, end: date) -> list[AuditEntryView]:
        """A random spot check: ``size`` entries (or all, if fewer) of the UTC days
        ``start``–``end``, drawn with the system's secure random source so nobody can
        predict which entries a check will pick; in log order. One audit entry
        ``audit.sample`` naming the drawn entries.

        Raises:
            PermissionDeniedError, ValidationError (``size`` 1–1000, the end before the
            start), IntegrityError.
        """
        vault = self._vault
        vault.actor.require(Permission.READ_AUDIT_LOG)
        if not 1 <= size <= MAX_SAMPLE:
            raise ValidationError(
                "Choose a whole number from {low} to {high}.", field="size", low=1, high=MAX_SAMPLE
            )
        _check_period(start, end)
        with vault.unit_of_work() as uow:
            population = (
                uow.session.execute(
                    select(AuditEntry.seq).where(
                        AuditEntry.occurred_at >= _day_start(start),
                        AuditEntry.occurred_at < _day_start(end + timedelta(days=1)),
                    )
                )
                .scalars()
                .all()
            )
            drawn = sorted(secrets.SystemRandom().sample(population, min(size, len(population))))
            rows: list[AuditEntry] = []
            for batch in _chunks(drawn):
                rows.extend(
                    uow.session.execute(select(AuditEntry).where(AuditEntry.seq.in_(batch)))
                    .scalars()
                    .all()
                )
            rows.sort(key=lambda row: row.seq)
            views = self._views(uow, rows, reviewer=True)
            vault.audit_entry(
                uow,
                "audit.sample",
                details={
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "size": size,
                    "population": len(population),
                    "seqs": drawn,
                },
            )
            uow.commit()
        return views

    def mark_reviewed(self, seqs: Sequence[int], *, remark: str = "") -> int:
        """Mark entries "granskad", with an optional remark (encrypted). Reviews are never
        changed or removed: marking an entry again adds a newer review. One audit entry
        ``audit.review`` naming the entries (not the remark).

        Returns the number of entries marked.

        Raises:
            PermissionDeniedError: only managers and log reviewers review the log.
            ValidationError: no entries or too many at once (``seqs``), a remark too long
                (``remark``).
            NotFoundError: an entry does not exist.
        """
        vault = self._vault
        vault.actor.require(Permission.READ_AUDIT_LOG)
        wanted = sorted(set(seqs))
        if not wanted:
            raise ValidationError("Choose at least one log entry.", field="seqs")
        if len(wanted) > MAX_REVIEW_BATCH:
            raise ValidationError(
                "At most {n} entries at a time.", field="seqs", n=MAX_REVIEW_BATCH
            )
        cleaned = remark.strip()
        if len(cleaned) > REMARK_LIMIT:
            raise ValidationError("At most {n} characters.", field="remark", n=REMARK_LIMIT)
        with vault.unit_of_work() as uow:
            found: set[int] = set()
            for batch in _chunks(wanted):
                found.update(
                    uow.session.execute(select(AuditEntry.seq).where(AuditEntry.seq.in_(batch)))
                    .scalars()
                    .all()
                )
            missing = [seq for seq in wanted if seq not in found]
            if missing:
                raise NotFoundError(what=f"Log entry {missing[0]}")
            now = vault.clock()
            for seq in wanted:
                row = AuditReview(
                    id=new_id(),
                    audit_seq=seq,
                    reviewed_at=now,
                    reviewed_by=vault.actor.username,
                    remark_ct=b"",
                )
                row.remark_ct = _seal_review(uow, row, cleaned)
                uow.session.add(row)
            uow.session.flush()
            vault.audit_entry(
                uow,
                "audit.review",
                details={"count": len(wanted), "seqs": wanted, "remark": bool(cleaned)},
            )
            uow.commit()
        return len(wanted)

    # ------------------------------------------------------------------ a participant's log

    def _person_log(
        self, uow: UnitOfWork, person_id: str, *, for_export: bool
    ) -> tuple[list[AuditEntry], _Targets, bool]:
        """(the entries on the person, the targets, whether the actor is a log reviewer).

        Raises:
            NotFoundError, PermissionDeniedError.
        """
        actor = self._vault.actor
        reviewer = actor.may(Permission.READ_AUDIT_LOG)
        if for_export:
            actor.require(Permission.EXPORT_AUDIT_LOG)
        if uow.session.get(Person, person_id) is None:
            raise NotFoundError(what="The person")
        if not reviewer:
            visible = self._guard.visibility(uow)
            cases = uow.session.execute(
                select(Case.id, Case.responsible_user_id, Case.team).where(
                    Case.person_id == person_id
                )
            )
            if not any(visible(c.responsible_user_id, c.team, c.id) for c in cases):
                raise PermissionDeniedError(action="see this person's access log")
        targets = self._targets_of_person(uow, person_id)
        rows = (
            uow.session.execute(
                select(AuditEntry).where(targets.condition()).order_by(AuditEntry.seq.desc())
            )
            .scalars()
            .all()
        )
        return list(rows), targets, reviewer

    def person_access_log(self, person_id: str) -> list[AuditEntryView]:
        """Who read or changed this participant's record: the entries on the person and on
        all their cases (and the cases' reminders), newest first. For anyone who may see one
        of the person's cases (the participant view's "Åtkomstlogg" tab) and for managers
        and log reviewers. A case worker sees no free-text reasons and no review remarks.
        One audit entry ``audit.person-log`` on the person.

        Raises:
            NotFoundError: no such person.
            PermissionDeniedError: none of the person's cases is visible to the actor.
            IntegrityError: an entry's details or a review were altered.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            rows, _targets, reviewer = self._person_log(uow, person_id, for_export=False)
            views = self._views(uow, rows, reviewer=reviewer)
            vault.audit_entry(
                uow,
                "audit.person-log",
                target_type="person",
                target_id=person_id,
                details={"count": len(views)},
            )
            uow.commit()
        return views

    def export_person_extract(self, person_id: str, out: TextIO) -> int:
        """Write the participant's access log as CSV (loggutdrag: who read or changed the
        record, when, and in which case), oldest first. Staff are named by user name and
        display name; no details, reasons or remarks. The export is recorded (``audit.export``
        on the person) and committed before anything is written.

        Returns the number of entries written.

        Raises:
            PermissionDeniedError: only managers and log reviewers export the log.
            NotFoundError: no such person.
            IntegrityError: a stored value was altered.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            rows, targets, _reviewer = self._person_log(uow, person_id, for_export=True)
            names = {user.username: user.display_name for user in uow.users.list()}
            references: dict[str, str] = {}
            for case_id, blob in uow.session.execute(
                select(Case.id, Case.payload_ct).where(Case.id.in_(sorted(targets.cases)))
            ):
                data: dict[str, Any] = uow.payloads.open(CASE_TABLE, case_id, blob)
                references[case_id] = str(data.get("reference", ""))
            lines = [
                (
                    row.seq,
                    iso(row.occurred_at),
                    row.username or "",
                    names.get(row.username or "", ""),
                    row.action,
                    row.outcome,
                    row.target_type or "",
                    row.target_id or "",
                    references.get(row.target_id or "", "") if row.target_type == "case" else "",
                )
                for row in reversed(rows)
            ]
            vault.audit_entry(
                uow,
                "audit.export",
                target_type="person",
                target_id=person_id,
                details={"format": "csv", "scope": "person", "entries": len(lines)},
            )
            uow.commit()
        writer = csv.writer(out)
        writer.writerow(EXTRACT_COLUMNS)
        writer.writerows(lines)
        return len(lines)
