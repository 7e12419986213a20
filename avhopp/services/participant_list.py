"""The participant list: every case the actor may see with its person's name and number,
read at every unlock (tens of thousands of rows for a manager, DESIGN.md §7).

Per person the list reads one small envelope in the narrow ``person_lists`` table (name,
identity number, birth year, protected flag, and the references of the person's cases), so
it decrypts neither whole person records nor case payloads, and reads neither's pages.

Those rows are derived data. The writers of a person record write the person's row beside
it (:func:`write_list`). The list fills what is missing, in its own transaction:

- a person without a row (written before revision 0004, or by a bulk import): from the
  person's record;
- a case whose reference the row lacks (a case added to an existing person, cases moved by a
  merge): from the case's payload, added to the row. A reference never changes, so a row
  can lack one but never hold a wrong one.

Concurrent clients (PostgreSQL) cannot make a row stale: a missing row is inserted only if
still missing, and references are added only if the row is still the one read (compare and
swap on the envelope); writers of the record replace the row in their own transaction.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Executable, bindparam, select, update

from avhopp.services.record_views import ParticipantSummary
from avhopp.storage.case_models import Case, Person, PersonList
from avhopp.storage.payloads import as_date
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from collections.abc import Callable

LIST_TABLE = PersonList.__tablename__
PERSON_TABLE = Person.__tablename__
CASE_TABLE = Case.__tablename__
#: Ids per ``IN (...)`` list when filling what is missing.
CHUNK = 500


def list_payload(person: Mapping[str, Any], references: Mapping[str, str]) -> dict[str, Any]:
    """The list row of a person payload (as stored, or as built by ``person_payload``)."""
    birth = person.get("birth_date")
    if not isinstance(birth, date):
        birth = as_date(birth)
    return {
        "first_name": person["first_name"],
        "last_name": person["last_name"],
        "identity_number": person.get("identity_number") or "",
        "birth_year": birth.year if birth else None,
        "protected": bool(person.get("protection")),
        "references": dict(references),
    }


def _upsert(connection: Connection, *, replace: bool) -> Executable:
    """INSERT of a list row that replaces (or leaves) an existing one: both engines."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        pg = pg_insert(PersonList)
        if replace:
            return pg.on_conflict_do_update(
                index_elements=[PersonList.person_id], set_={"payload_ct": pg.excluded.payload_ct}
            )
        return pg.on_conflict_do_nothing(index_elements=[PersonList.person_id])
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    lite = sqlite_insert(PersonList)
    if replace:
        return lite.on_conflict_do_update(
            index_elements=[PersonList.person_id], set_={"payload_ct": lite.excluded.payload_ct}
        )
    return lite.on_conflict_do_nothing(index_elements=[PersonList.person_id])


def write_list(
    uow: UnitOfWork,
    person_id: str,
    person: Mapping[str, Any],
    *,
    references: Mapping[str, str] | None = None,
) -> None:
    """Write (or replace) a person's list row from their payload, in the writer's
    transaction. Without ``references`` the ones already in the row are kept."""
    connection = uow.session.connection()
    if references is None:
        stored = connection.execute(
            select(PersonList.payload_ct).where(PersonList.person_id == person_id)
        ).scalar()
        references = (
            uow.payloads.open(LIST_TABLE, person_id, stored)["references"] if stored else {}
        )
    envelope = uow.payloads.seal(LIST_TABLE, person_id, list_payload(person, references))
    connection.execute(
        _upsert(connection, replace=True), [{"person_id": person_id, "payload_ct": envelope}]
    )


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(ids)
    for at in range(0, len(ordered), CHUNK):
        yield ordered[at : at + CHUNK]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The list allocates some 100,000 objects that all live on (rows, list data, summaries)
    and form no reference cycles. Meanwhile the cyclic garbage collector would walk the whole
    heap several times (a third of the list's time at 24,000 cases, more in a big process);
    paused, it walks it once afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_list(
    uow: UnitOfWork, visible: Callable[[str | None, str | None, str], bool]
) -> list[ParticipantSummary]:
    """The list rows of every case ``visible`` lets through (filling missing list data)."""
    with _collector_paused():
        return _read_list(uow, visible)


def _read_list(
    uow: UnitOfWork, visible: Callable[[str | None, str | None, str], bool]
) -> list[ParticipantSummary]:
    connection = uow.session.connection()
    # The access rule depends on (responsible, team) only, so it is asked once per pair (a
    # case id no grant holds gives the rule's own answer); a case outside the rule may
    # still be visible through an emergency grant.
    rule_allows: dict[tuple[str | None, str | None], bool] = {}
    cases = []
    for row in connection.execute(
        select(Case.id, Case.person_id, Case.phase, Case.responsible_user_id, Case.team)
    ).all():
        case_id, _, _, responsible, team = row
        allows = rule_allows.get((responsible, team))
        if allows is None:
            allows = rule_allows[responsible, team] = visible(responsible, team, "")
        if allows or visible(responsible, team, case_id):
            cases.append(row)
    wanted = {row[1] for row in cases}
    open_list = uow.payloads.opener(LIST_TABLE)
    lists: dict[str, dict[str, Any]] = {}
    envelopes: dict[str, bytes] = {}
    for person_id, envelope in connection.execute(
        select(PersonList.person_id, PersonList.payload_ct)
    ).all():
        if person_id in wanted:
            lists[person_id] = open_list(person_id, envelope)
            envelopes[person_id] = envelope
    summaries, unlisted = _summaries(cases, lists)
    if unlisted:
        _fill(uow, lists, envelopes, unlisted)
        summaries, _ = _summaries(cases, lists)
    return summaries


def _summaries(
    cases: list[Any], lists: dict[str, dict[str, Any]]
) -> tuple[list[ParticipantSummary], dict[str, str]]:
    """The list rows of ``cases`` from the people's list data, and the cases missing from
    it (case id → person id)."""
    summaries = []
    unlisted: dict[str, str] = {}
    summary = ParticipantSummary
    for case_id, person_id, phase, responsible, _ in cases:
        data = lists.get(person_id)
        reference = None if data is None else data["references"].get(case_id)
        if data is None or reference is None:
            unlisted[case_id] = person_id
            continue
        # Positional (a third faster than keywords, 24,000 times over); in field order:
        # person_id, full_name, identity_number, birth_year, case_id, reference, phase,
        # responsible_user_id, protected (a test compares with a row built by keywords).
        summaries.append(
            summary(
                person_id,
                f"{data['first_name']} {data['last_name']}",
                data["identity_number"],
                data["birth_year"],
                case_id,
                reference,
                phase,
                responsible,
                data["protected"],
            )
        )
    return summaries, unlisted


def _fill(
    uow: UnitOfWork,
    lists: dict[str, dict[str, Any]],
    envelopes: dict[str, bytes],
    unlisted: dict[str, str],
) -> None:
    """Add the missing list data (``unlisted``: case id → person id) to ``lists`` and to the
    stored rows. Not a change of any record: no version bump, no audit entry of its own."""
    connection = uow.session.connection()
    open_case = uow.payloads.opener(CASE_TABLE)
    found: dict[str, dict[str, str]] = {}
    for chunk in _chunks(unlisted):
        for case_id, envelope in connection.execute(
            select(Case.id, Case.payload_ct).where(Case.id.in_(chunk))
        ):
            found.setdefault(unlisted[case_id], {})[case_id] = open_case(case_id, envelope)[
                "reference"
            ]
    open_person = uow.payloads.opener(PERSON_TABLE)
    new_rows = []
    for chunk in _chunks(set(found) - set(lists)):
        for person_id, envelope in connection.execute(
            select(Person.id, Person.payload_ct).where(Person.id.in_(chunk))
        ):
            data = list_payload(open_person(person_id, envelope), found[person_id])
            lists[person_id] = data
            new_rows.append(
                {
                    "person_id": person_id,
                    "payload_ct": uow.payloads.seal(LIST_TABLE, person_id, data),
                }
            )
    changed = []
    for person_id, references in found.items():
        if person_id in envelopes:
            data = lists[person_id]
            data["references"] = {**data["references"], **references}
            changed.append(
                {
                    "pid": person_id,
                    "old": envelopes[person_id],
                    "new": uow.payloads.seal(LIST_TABLE, person_id, data),
                }
            )
    if new_rows:
        connection.execute(_upsert(connection, replace=False), new_rows)
    if changed:
        swap = (
            update(PersonList)
            .where(PersonList.person_id == bindparam("pid"))
            .where(PersonList.payload_ct == bindparam("old"))
            .values(payload_ct=bindparam("new"))
        )
        connection.execute(swap, changed)
