"""Purge (gallring, DOMAIN.md §3): the manager's purge list, the purge run and the archive
of the records kept for research (docs/PURGE.md).

- A person is a candidate when every one of their cases is closed and the purge date has
  come: five years (a setting) after the last activity, which is the latest event date of a
  journal note of any of their cases, or the latest closing date when there are no notes.
- The manager approves specific people from the list. One transaction then writes the
  archive files of the people kept for research (born on the 5th, 15th or 25th), deletes
  every row of the approved people (research-kept ones too: the archive holds them), deletes
  contacts no longer linked to any case, and records a :class:`PurgeRun` (counts and dates
  only). If an archive file cannot be written, nothing is deleted.
- On SQLite the file is then checkpointed and vacuumed outside any transaction, so the
  purged values leave no trace in the database file or its WAL (``secure_delete`` is on).
"""

from __future__ import annotations

import contextlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, inspect, select

from avhopp.crypto.field_cipher import FieldCipher
from avhopp.crypto.keys import KeyRing
from avhopp.domain import phases
from avhopp.domain.ids import new_id
from avhopp.domain.journal import NoteStatus
from avhopp.domain.purge import DEFAULT_RETENTION_YEARS, kept_for_research, purge_dates
from avhopp.domain.roles import Role
from avhopp.errors import IntegrityError, PermissionDeniedError, StorageError, ValidationError
from avhopp.services import archive_format
from avhopp.storage.case_models import (
    Assessment,
    Breach,
    Case,
    CaseContact,
    Consent,
    Contact,
    EmergencyAccess,
    Flag,
    JournalNote,
    Person,
    PhaseChangeRow,
    PlanGoal,
    PurgeRun,
    Reminder,
    SupportStep,
    ThreatAssessment,
)
from avhopp.storage.engine import translate_errors
from avhopp.storage.models import Base, RetiredKey
from avhopp.storage.payloads import as_date
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

log = logging.getLogger("avhopp.purge")

#: Rows per ``IN (...)`` list (well under SQLite's and PostgreSQL's limits).
CHUNK = 500
#: Plain columns never copied into an archive (keyed hashes and lock counters).
_NOT_ARCHIVED = frozenset({"payload_ct", "identity_bi", "reference_bi", "version"})
#: The tables of a case's own rows, in the order they are archived and deleted.
_CASE_ROWS: tuple[tuple[str, type[Base]], ...] = (
    ("phase_history", PhaseChangeRow),
    ("support_steps", SupportStep),
    ("assessments", Assessment),
    ("plan_goals", PlanGoal),
    ("threat_assessments", ThreatAssessment),
    ("consents", Consent),
    ("breaches", Breach),
)
RESEARCH_REASON = "kept for research: born on the 5th, 15th or 25th of a month"


@dataclass(frozen=True)
class PurgeCandidate:
    """A person who may be purged now. Shown to the manager only (names included: they
    approve people, not ids); never stored."""

    person_id: str
    full_name: str
    birth_date: date | None
    case_ids: tuple[str, ...]
    case_references: tuple[str, ...]
    last_activity: date
    due_from: date
    deadline: date
    #: Kept for research: exported to an archive file, then deleted from the vault too.
    archive: bool
    #: The deadline (end of the year after the due date) has passed.
    overdue: bool


@dataclass(frozen=True)
class PurgeResult:
    run_id: str
    cutoff: date
    people_deleted: int  # every person removed from the vault, archived ones included
    people_archived: int
    cases_deleted: int
    contacts_deleted: int
    #: Rows deleted per table (counts only).
    rows_deleted: dict[str, int]
    archive_files: tuple[Path, ...]
    #: SQLite: the file was checkpointed and vacuumed (``False`` on PostgreSQL, or when the
    #: file was busy: the purge itself is complete; see docs/PURGE.md).
    compacted: bool = False
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Due:
    person_id: str
    case_ids: tuple[str, ...]
    last_activity: date
    due_from: date
    deadline: date


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def archive_file_name(person_id: str, cutoff: date) -> str:
    return f"avhopp-archive-{cutoff:%Y%m%d}-{person_id}{archive_format.SUFFIX}"


class PurgeService:
    def __init__(self, vault: Vault, *, retention_years: int = DEFAULT_RETENTION_YEARS) -> None:
        self._vault = vault
        self._retention_years = retention_years

    # ------------------------------------------------------------------ the list

    def _require_manager(self, action: str) -> None:
        if Role.MANAGER not in self._vault.actor.roles:
            raise PermissionDeniedError(action=action)

    def _due(self, uow: UnitOfWork, today: date) -> dict[str, _Due]:
        """Everyone whose cases are all closed and whose purge date has come (plain columns
        only: nothing is decrypted here)."""
        session = uow.session
        notes_query = select(JournalNote.case_id, func.max(JournalNote.event_date)).group_by(
            JournalNote.case_id
        )
        last_note: dict[str, date] = {row[0]: row[1] for row in session.execute(notes_query)}
        cases: dict[str, list[tuple[str, str, date | None]]] = defaultdict(list)
        for case_id, person_id, phase, closed_on in session.execute(
            select(Case.id, Case.person_id, Case.phase, Case.closed_on)
        ):
            cases[person_id].append((case_id, phase, closed_on))
        due: dict[str, _Due] = {}
        for person_id, rows in cases.items():
            closed_dates = [closed for _, phase, closed in rows if phase == phases.CLOSED]
            if len(closed_dates) != len(rows) or any(day is None for day in closed_dates):
                continue  # an open case: never a candidate
            notes = [last_note[case_id] for case_id, _, _ in rows if case_id in last_note]
            last = max(notes) if notes else max(d for d in closed_dates if d is not None)
            dates = purge_dates(last, retention_years=self._retention_years)
            if dates.due_from <= today:
                due[person_id] = _Due(
                    person_id=person_id,
                    case_ids=tuple(sorted(case_id for case_id, _, _ in rows)),
                    last_activity=last,
                    due_from=dates.due_from,
                    deadline=dates.deadline,
                )
        return due

    def _candidates(self, uow: UnitOfWork, today: date) -> dict[str, PurgeCandidate]:
        """The candidates with names and references (decrypted in memory)."""
        found: dict[str, PurgeCandidate] = {}
        for person_id, due in self._due(uow, today).items():
            person = uow.session.get(Person, person_id)
            if person is None:  # pragma: no cover - cases cascade with their person
                continue
            data = uow.payloads.open(Person.__tablename__, person.id, person.payload_ct)
            birth = as_date(data.get("birth_date"))
            references = []
            for case in uow.session.execute(
                select(Case).where(Case.person_id == person_id).order_by(Case.inquiry_on)
            ).scalars():
                references.append(
                    uow.payloads.open(Case.__tablename__, case.id, case.payload_ct)["reference"]
                )
            found[person_id] = PurgeCandidate(
                person_id=person_id,
                full_name=f"{data.get('first_name', '')} {data.get('last_name', '')}".strip(),
                birth_date=birth,
                case_ids=due.case_ids,
                case_references=tuple(references),
                last_activity=due.last_activity,
                due_from=due.due_from,
                deadline=due.deadline,
                archive=kept_for_research(birth),
                overdue=due.deadline < today,
            )
        return found

    def purge_list(self, *, today: date | None = None) -> list[PurgeCandidate]:
        """The people who may be purged now, most urgent first (managers only). Computed,
        never stored; the audit entry ``purge.list`` holds counts only.

        Raises:
            PermissionDeniedError: not a manager.
        """
        vault = self._vault
        self._require_manager("see the purge list")
        day = today or vault.clock().date()
        with vault.unit_of_work() as uow:
            candidates = self._candidates(uow, day)
            vault.audit_entry(
                uow,
                "purge.list",
                details={
                    "candidates": len(candidates),
                    "to_archive": sum(c.archive for c in candidates.values()),
                },
            )
            uow.commit()
        return sorted(
            candidates.values(), key=lambda c: (c.deadline, c.due_from, c.full_name, c.person_id)
        )

    # ------------------------------------------------------------------ the run

    def run_purge(
        self,
        person_ids: Sequence[str],
        *,
        archive_folder: Path,
        expected_candidates: Sequence[PurgeCandidate] | None = None,
    ) -> PurgeResult:
        """Purge the approved people (ids from :meth:`purge_list`), in one transaction.

        ``expected_candidates`` is the list the manager approved from (the GUI passes what
        it showed): when given, a person whose records changed since (a new note or case, a
        reopened case) is refused instead of purged on stale grounds.

        The archive files of research-kept people are written to ``archive_folder`` (and
        read back) before anything is deleted; if that fails, nothing is deleted and the
        files of this run are removed again.

        Raises:
            PermissionDeniedError: not a manager.
            ValidationError: no ids; an id that is not a candidate now (``person_ids``, the
                message names it); the list changed since it was shown; no archive folder.
            DiskFullError, ReadOnlyLocationError, StorageError: an archive file could not be
                written (nothing was deleted).
        """
        vault = self._vault
        self._require_manager("purge records")
        wanted = list(dict.fromkeys(person_ids))
        if not wanted:
            raise ValidationError("Approve at least one person to purge.", field="person_ids")
        folder = Path(archive_folder)
        if not folder.is_dir():
            raise ValidationError(
                "The archive folder {path} does not exist.", field="archive_folder", path=folder
            )
        now = vault.clock()
        today = now.date()
        run_id = new_id()
        written: list[Path] = []
        committing = False
        try:
            with vault.unit_of_work() as uow:
                # Lock the approved people's cases first: on PostgreSQL a note or step being
                # added to one of them now waits (its foreign key needs a share lock on the
                # case) and then fails, instead of being deleted unseen with the person.
                # SQLite already holds the write lock from BEGIN IMMEDIATE.
                uow.session.execute(
                    select(Case.id).where(Case.person_id.in_(wanted)).with_for_update()
                ).all()
                candidates = self._candidates(uow, today)
                unknown = [pid for pid in wanted if pid not in candidates]
                if unknown:
                    raise ValidationError(
                        "Not a purge candidate now: {ids}. Nothing was purged.",
                        field="person_ids",
                        ids=", ".join(unknown),
                    )
                if expected_candidates is not None:
                    self._check_unchanged(wanted, candidates, expected_candidates)
                approved = [candidates[pid] for pid in wanted]
                targets = {
                    c.person_id: folder / archive_file_name(c.person_id, today)
                    for c in approved
                    if c.archive
                }
                taken = [str(path) for path in targets.values() if path.exists()]
                if taken:
                    raise ValidationError(
                        "An archive file already exists: {paths}. Move it away first; "
                        "nothing was purged.",
                        field="archive_folder",
                        paths=", ".join(taken),
                    )
                for person_id, path in targets.items():
                    document = self._document(uow, candidates[person_id], cutoff=today)
                    archive_format.write_archive(path, document, vault.keys)
                    written.append(path)
                    if archive_format.read_archive(path, vault.keys) != archive_format.normalized(
                        document
                    ):  # pragma: no cover - a broken disk or codec
                        raise IntegrityError(reason=f"the archive file {path} reads back wrong")
                rows = self._delete(uow, approved)
                archived = sum(c.archive for c in approved)
                uow.session.add(
                    PurgeRun(
                        id=run_id,
                        approved_by=vault.actor.username,
                        approved_at=now,
                        run_at=now,
                        people_deleted=len(approved),
                        people_archived=archived,
                        cutoff=today,
                    )
                )
                vault.audit_entry(
                    uow,
                    "purge.run",
                    target_type="purge_run",
                    target_id=run_id,
                    details={
                        "people_deleted": len(approved),
                        "people_archived": archived,
                        "cases_deleted": rows[Case.__tablename__],
                        "contacts_deleted": rows[Contact.__tablename__],
                    },
                )
                committing = True
                uow.commit()
        except BaseException:
            if not committing:
                # Nothing was deleted: the files would only be stray copies.
                for path in written:
                    with contextlib.suppress(OSError):
                        path.unlink(missing_ok=True)
            # A failed commit may still have committed (a lost server connection): the
            # files are kept then, the research copy must not be lost.
            raise
        compacted, warnings = self._compact()
        return PurgeResult(
            run_id=run_id,
            cutoff=today,
            people_deleted=len(approved),
            people_archived=archived,
            cases_deleted=rows[Case.__tablename__],
            contacts_deleted=rows[Contact.__tablename__],
            rows_deleted=rows,
            archive_files=tuple(written),
            compacted=compacted,
            warnings=warnings,
        )

    @staticmethod
    def _check_unchanged(
        wanted: Sequence[str],
        candidates: dict[str, PurgeCandidate],
        expected: Sequence[PurgeCandidate],
    ) -> None:
        shown = {c.person_id: c for c in expected}
        changed = [
            pid
            for pid in wanted
            if pid not in shown
            or (shown[pid].case_ids, shown[pid].last_activity, shown[pid].archive)
            != (candidates[pid].case_ids, candidates[pid].last_activity, candidates[pid].archive)
        ]
        if changed:
            raise ValidationError(
                "The records of {ids} changed since the purge list was shown; list again. "
                "Nothing was purged.",
                field="person_ids",
                ids=", ".join(changed),
            )

    def _delete(self, uow: UnitOfWork, approved: Sequence[PurgeCandidate]) -> dict[str, int]:
        """Delete every row of the approved people, explicitly table by table (a table added
        later without ON DELETE CASCADE then fails loudly instead of keeping rows), and the
        contacts no longer linked to any case. Returns rows deleted per table."""
        session = uow.session
        people = [c.person_id for c in approved]
        cases = [case_id for c in approved for case_id in c.case_ids]
        contacts: set[str] = set()
        for batch in _chunks(cases):
            contacts.update(
                session.execute(
                    select(CaseContact.contact_id).where(CaseContact.case_id.in_(batch))
                ).scalars()
            )
        counts: dict[str, int] = defaultdict(int)

        def remove(model: type[Base], column: Any, ids: Sequence[str]) -> None:
            # Counted first: rows a cascade takes along (a correction with the note it
            # corrects) are not in a DELETE's row count.
            table = str(model.__tablename__)
            counts[table] += 0
            for batch in _chunks(ids):
                counts[table] += session.execute(
                    select(func.count()).select_from(model).where(column.in_(batch))
                ).scalar_one()
                session.execute(
                    delete(model)
                    .where(column.in_(batch))
                    .execution_options(synchronize_session=False)
                )

        remove(Reminder, Reminder.case_id, cases)
        remove(Reminder, Reminder.person_id, people)
        remove(Flag, Flag.person_id, people)
        remove(EmergencyAccess, EmergencyAccess.case_id, cases)
        for _, model in _CASE_ROWS:
            remove(model, model.case_id, cases)  # type: ignore[attr-defined]
        remove(CaseContact, CaseContact.case_id, cases)
        remove(JournalNote, JournalNote.case_id, cases)
        remove(Case, Case.id, cases)
        remove(Person, Person.id, people)
        still_linked: set[str] = set()
        for batch in _chunks(sorted(contacts)):
            still_linked.update(
                session.execute(
                    select(CaseContact.contact_id).where(CaseContact.contact_id.in_(batch))
                ).scalars()
            )
        remove(Contact, Contact.id, sorted(contacts - still_linked))
        session.flush()
        return dict(counts)

    # ------------------------------------------------------------------ the archive

    @staticmethod
    def _record(uow: UnitOfWork, row: Base) -> dict[str, Any]:
        """A row as the archive shows it: its plain columns and its decrypted payload."""
        record: dict[str, Any] = {
            attr.key: getattr(row, attr.key)
            for attr in inspect(row).mapper.column_attrs
            if attr.key not in _NOT_ARCHIVED
        }
        payload = getattr(row, "payload_ct", None)
        if payload is not None:
            record["content"] = uow.payloads.open(str(row.__tablename__), record["id"], payload)
        return record

    def _document(
        self, uow: UnitOfWork, candidate: PurgeCandidate, *, cutoff: date
    ) -> dict[str, Any]:
        """Everything about one person, for the archive (docs/PURGE.md lists the fields)."""
        vault = self._vault
        session = uow.session
        person = session.get(Person, candidate.person_id)
        assert person is not None
        staff_ids: set[str] = set()
        cases = []
        for case in session.execute(
            select(Case).where(Case.person_id == person.id).order_by(Case.inquiry_on, Case.id)
        ).scalars():
            record = self._record(uow, case)
            record["reference"] = record["content"].get("reference")
            if case.responsible_user_id:
                staff_ids.add(case.responsible_user_id)
            for name, model in _CASE_ROWS:
                order = model.seq if model is PhaseChangeRow else model.id  # type: ignore[attr-defined]
                record[name] = [
                    self._record(uow, row)
                    for row in session.execute(
                        select(model).where(model.case_id == case.id).order_by(order)  # type: ignore[attr-defined]
                    ).scalars()
                ]
            contacts = []
            for link in session.execute(
                select(CaseContact).where(CaseContact.case_id == case.id).order_by(CaseContact.id)
            ).scalars():
                contact = session.get(Contact, link.contact_id)
                contacts.append(
                    {
                        **self._record(uow, link),
                        "contact": self._record(uow, contact) if contact else None,
                    }
                )
            record["contacts"] = contacts
            notes = []
            for note in session.execute(
                select(JournalNote)
                .where(
                    JournalNote.case_id == case.id,
                    JournalNote.status == NoteStatus.SIGNED.value,
                )
                .order_by(
                    JournalNote.event_date,
                    JournalNote.created_at,
                    JournalNote.corrects_id.is_not(None),  # an original before its correction
                    JournalNote.id,
                )
            ).scalars():
                notes.append(self._record(uow, note))
                if note.author_id:
                    staff_ids.add(note.author_id)
            record["journal_notes"] = notes
            cases.append(record)
        flags = [
            self._record(uow, row)
            for row in session.execute(
                select(Flag).where(Flag.person_id == person.id).order_by(Flag.created_at, Flag.id)
            ).scalars()
        ]
        staff = {
            user.id: {"username": user.username, "display_name": user.display_name}
            for user in uow.users.list()
            if user.id in staff_ids
        }
        return {
            "format": archive_format.DOCUMENT_FORMAT,
            "version": archive_format.DOCUMENT_VERSION,
            "vault_id": vault.keys.vault_id,
            "unit": vault.unit,
            "archived_at": vault.clock(),
            "archived_by": vault.actor.username,
            "cutoff": cutoff,
            "reason": RESEARCH_REASON,
            "last_activity": candidate.last_activity,
            "purge_due_from": candidate.due_from,
            "purge_deadline": candidate.deadline,
            "person": self._record(uow, person),
            "flags": flags,
            "cases": cases,
            "staff": staff,
        }

    def read_archive(self, path: Path) -> dict[str, Any]:
        """Open an archive file of this vault for the archivist (managers only). Files
        written before a ``rekey`` open too (the retired keys are tried). The read is
        recorded in the audit log (``purge.read-archive``, naming the person's id) before
        the document is returned.

        Raises:
            PermissionDeniedError: not a manager.
            IntegrityError: altered, cut off, or not an archive of this vault.
            ValidationError, StorageError: the file is missing or unreadable.
        """
        vault = self._vault
        self._require_manager("read purge archives")
        with vault.unit_of_work() as uow:
            document = archive_format.read_archive(Path(path), self._key_rings(uow))
            person = document.get("person")
            vault.audit_entry(
                uow,
                "purge.read-archive",
                target_type="person",
                target_id=person.get("id") if isinstance(person, dict) else None,
                details={"version": document.get("version")},
            )
            uow.commit()
        return document

    def _key_rings(self, uow: UnitOfWork) -> list[KeyRing]:
        """The current key ring, then those of the keys retired by ``rekey``."""
        keys = self._vault.keys
        cipher = FieldCipher(keys)
        rings = [keys]
        for row in uow.session.execute(select(RetiredKey)).scalars():
            vault_key = cipher.decrypt(
                bytes(row.vault_key_ct), table="retired_keys", column="vault_key", row_id=row.key_id
            )
            ring = KeyRing(vault_id=keys.vault_id, vault_key=vault_key)
            if ring.key_id != row.key_id:
                raise IntegrityError(reason="a retired key does not match its id")
            rings.append(ring)
        return rings

    # ------------------------------------------------------------------ compaction

    def _compact(self) -> tuple[bool, tuple[str, ...]]:
        """SQLite: move the WAL into the file, rebuild the file (VACUUM) and empty the WAL
        again, on a raw connection outside any transaction. The purge is committed before
        this runs; a failure here is reported, not raised."""
        vault = self._vault
        if vault.location.kind != "sqlite":
            return False, ()
        try:
            with translate_errors(vault.location):
                raw = vault.engine.raw_connection()
                try:
                    connection = raw.driver_connection
                    assert connection is not None
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                    connection.execute("VACUUM").fetchall()
                    busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                finally:
                    raw.close()
        except StorageError as exc:
            log.warning("purge: the vault file could not be compacted: %s", exc.message)
            return False, (exc.message,)
        if busy:
            message = "the vault file is in use elsewhere; its log could not be emptied"
            log.warning("purge: %s", message)
            return False, (message,)
        return True, ()
