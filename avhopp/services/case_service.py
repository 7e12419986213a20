"""Cases: opening, reading with phase history, phase changes, closing, reopening, assigning,
and emergency access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from avhopp.domain import phases
from avhopp.domain.code_lists import CodeList
from avhopp.domain.ids import new_id
from avhopp.domain.roles import Role
from avhopp.errors import NotFoundError, PermissionDeniedError, ValidationError
from avhopp.services.case_guard import CaseGuard
from avhopp.services.record_views import CaseView, PhaseView
from avhopp.services.versioning import check_version
from avhopp.storage.case_models import Case, CodeEntryRow, Person, PhaseChangeRow
from avhopp.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

CASE_TABLE = "cases"
PHASE_TABLE = "case_phases"
REFERENCE_INDEX = "case_reference"
MAX_SUMMARY = 2000


def check_code(uow: UnitOfWork, code_list: CodeList, code: str, field: str) -> str:
    """An active entry of a code list (inactive entries stay valid in history only).

    Raises:
        ValidationError: unknown or deactivated code, on ``field``.
    """
    active = uow.session.execute(
        select(CodeEntryRow.active).where(
            CodeEntryRow.list_name == code_list.value, CodeEntryRow.code == code
        )
    ).scalar_one_or_none()
    if not active:
        raise ValidationError(
            "{code!r} is not an active entry of the list {list}.",
            field=field,
            code=code,
            list=code_list.value,
        )
    return code


def _check_summary(text: str) -> str:
    if len(text) > MAX_SUMMARY:
        raise ValidationError("At most {n} characters.", field="summary", n=MAX_SUMMARY)
    return text.strip()


def _next_reference(uow: UnitOfWork, year: int) -> tuple[str, bytes]:
    """AVH-YYYY-NNNN, numbered per year of inquiry. References are encrypted; the blind index
    is unique, so two clients racing for a number cannot both get it."""
    count = uow.session.execute(
        select(func.count())
        .select_from(Case)
        .where(Case.inquiry_on >= date(year, 1, 1), Case.inquiry_on <= date(year, 12, 31))
    ).scalar_one()
    number = count + 1
    while True:
        reference = f"AVH-{year}-{number:04d}"
        index = uow.blind_index.of(reference, kind=REFERENCE_INDEX)
        taken = uow.session.execute(select(Case.id).where(Case.reference_bi == index)).first()
        if taken is None:
            return reference, index
        number += 1


def open_case_row(
    vault: Vault,
    uow: UnitOfWork,
    *,
    person_id: str,
    referral_source: str,
    inquiry_on: date,
    summary: str,
    responsible_user_id: str | None,
    team: str | None,
) -> Case:
    """Open a case in the inquiry phase inside the caller's unit of work."""
    actor = vault.actor
    if not (Role.CASE_WORKER in actor.roles or Role.MANAGER in actor.roles):
        raise PermissionDeniedError(action="open cases")
    check_code(uow, CodeList.REFERRAL_SOURCE, referral_source, "referral_source")
    today = vault.clock().date()
    if inquiry_on > today:
        raise ValidationError("The inquiry date cannot be in the future.", field="inquiry_on")
    responsible = responsible_user_id or actor.user_id
    if responsible is not None:
        try:
            user = uow.users.get_by_id(responsible)
        except NotFoundError:
            raise ValidationError("No such case worker.", field="responsible_user_id") from None
        if not user.active:
            raise ValidationError("That user is disabled.", field="responsible_user_id")
        team = team if team is not None else user.team
    reference, index = _next_reference(uow, inquiry_on.year)
    now = vault.clock()
    case_id = new_id()
    case = Case(
        id=case_id,
        person_id=person_id,
        reference_bi=index,
        phase=phases.INQUIRY,
        referral_source=referral_source,
        inquiry_on=inquiry_on,
        responsible_user_id=responsible,
        team=team,
        payload_ct=uow.payloads.seal(
            CASE_TABLE, case_id, {"reference": reference, "summary": _check_summary(summary)}
        ),
        created_at=now,
        updated_at=now,
        updated_by=actor.username,
    )
    uow.session.add(case)
    uow.session.flush()
    _add_phase(
        vault, uow, case, phases.INQUIRY, entered_on=inquiry_on, closure_reason=None, comment=""
    )
    vault.audit_entry(
        uow, "case.create", target_type="case", target_id=case_id, details={"reference": reference}
    )
    return case


def _add_phase(
    vault: Vault,
    uow: UnitOfWork,
    case: Case,
    phase: str,
    *,
    entered_on: date,
    closure_reason: str | None,
    comment: str,
) -> None:
    seq = (
        uow.session.execute(
            select(func.max(PhaseChangeRow.seq)).where(PhaseChangeRow.case_id == case.id)
        ).scalar()
        or 0
    ) + 1
    row_id = new_id()
    uow.session.add(
        PhaseChangeRow(
            id=row_id,
            case_id=case.id,
            seq=seq,
            phase=phase,
            entered_on=entered_on,
            closure_reason=closure_reason,
            created_at=vault.clock(),
            created_by=vault.actor.username,
            payload_ct=uow.payloads.seal(PHASE_TABLE, row_id, {"comment": comment.strip()}),
        )
    )


def _history(uow: UnitOfWork, case_id: str) -> tuple[PhaseView, ...]:
    rows = uow.session.execute(
        select(PhaseChangeRow).where(PhaseChangeRow.case_id == case_id).order_by(PhaseChangeRow.seq)
    ).scalars()
    return tuple(
        PhaseView(
            seq=row.seq,
            phase=row.phase,
            entered_on=row.entered_on,
            closure_reason=row.closure_reason,
            comment=(
                uow.payloads.open(PHASE_TABLE, row.id, row.payload_ct).get("comment", "")
                if row.payload_ct is not None
                else ""
            ),
            created_at=row.created_at,
            created_by=row.created_by,
        )
        for row in rows
    )


def case_view(vault: Vault, uow: UnitOfWork, case: Case, *, emergency: bool = False) -> CaseView:
    data = uow.payloads.open(CASE_TABLE, case.id, case.payload_ct)
    return CaseView(
        id=case.id,
        person_id=case.person_id,
        reference=data["reference"],
        phase=case.phase,
        referral_source=case.referral_source,
        inquiry_on=case.inquiry_on,
        decision_on=case.decision_on,
        agreement_signed_on=case.agreement_signed_on,
        closed_on=case.closed_on,
        closure_reason=case.closure_reason,
        responsible_user_id=case.responsible_user_id,
        team=case.team,
        summary=data.get("summary", ""),
        history=_history(uow, case.id),
        version=case.version,
        emergency=emergency,
    )


@dataclass(frozen=True)
class LocatedCase:
    """A case found by :meth:`CaseService.locate`: ids and reference only."""

    case_id: str
    person_id: str
    reference: str
    open_to_actor: bool


class CaseService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.guard = CaseGuard(vault)

    def open_case(
        self,
        person_id: str,
        *,
        referral_source: str,
        inquiry_on: date,
        summary: str = "",
        responsible_user_id: str | None = None,
        team: str | None = None,
    ) -> CaseView:
        """A new case for a person already registered (several cases over time).

        Raises:
            NotFoundError, PermissionDeniedError, ValidationError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            if uow.session.get(Person, person_id) is None:
                raise NotFoundError(what="The person")
            existing = uow.session.execute(
                select(Case).where(Case.person_id == person_id)
            ).scalars()
            if not any(self.guard.can_see(uow, c) for c in existing):
                raise PermissionDeniedError(action="open a case for this person")
            case = open_case_row(
                vault,
                uow,
                person_id=person_id,
                referral_source=referral_source,
                inquiry_on=inquiry_on,
                summary=summary,
                responsible_user_id=responsible_user_id,
                team=team,
            )
            view = case_view(vault, uow, case)
            uow.commit()
        return view

    def get_case(self, case_id: str) -> CaseView:
        """Raises: NotFoundError, EmergencyAccessRequiredError, PermissionDeniedError."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            case, emergency = self.guard.load(uow, case_id, action="case.read")
            view = case_view(vault, uow, case, emergency=emergency)
            uow.commit()
        return view

    def cases_of_person(self, person_id: str) -> list[CaseView]:
        """The person's cases the actor may see, oldest first."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            rows = uow.session.execute(
                select(Case).where(Case.person_id == person_id).order_by(Case.inquiry_on)
            ).scalars()
            views = []
            for case in rows:
                if self.guard.can_see(uow, case):
                    self.guard.load(uow, case.id, action="case.read")
                    views.append(case_view(vault, uow, case))
            uow.commit()
        return views

    def change_phase(
        self,
        case_id: str,
        target: str,
        *,
        entered_on: date,
        closure_reason: str | None = None,
        comment: str = "",
        expected_version: int | None = None,
    ) -> CaseView:
        """Move a case to another phase; closing needs a closure reason.

        Raises:
            ValidationError (a move the phase model forbids, a date out of order, an
            unknown code), ConflictError, NotFoundError, PermissionDeniedError.
        """
        vault = self._vault
        with vault.unit_of_work() as uow:
            case, _ = self.guard.load(uow, case_id, action="case.phase")
            check_version(case, expected_version)
            history = _history(uow, case_id)
            if target != phases.CLOSED:
                check_code(uow, CodeList.PHASE, target, "phase")
            if closure_reason:
                check_code(uow, CodeList.CLOSURE_REASON, closure_reason, "closure_reason")
            phases.check_transition(
                case.phase,
                target,
                closure_reason=closure_reason,
                history=tuple(h.phase for h in history),
            )
            phases.check_phase_date(
                entered_on,
                previous=history[-1].entered_on if history else None,
                today=vault.clock().date(),
            )
            if case.phase == phases.INVESTIGATION and target in phases.AFTER_DECISION:
                case.decision_on = case.decision_on or entered_on
            case.phase = target
            if target == phases.CLOSED:
                case.closed_on = entered_on
                case.closure_reason = closure_reason
            case.updated_at = vault.clock()
            case.updated_by = vault.actor.username
            _add_phase(
                vault,
                uow,
                case,
                target,
                entered_on=entered_on,
                closure_reason=closure_reason,
                comment=comment,
            )
            uow.session.flush()
            vault.audit_entry(
                uow,
                "case.close" if target == phases.CLOSED else "case.change-phase",
                target_type="case",
                target_id=case_id,
                details={"phase": target, "closure_reason": closure_reason},
            )
            view = case_view(vault, uow, case)
            uow.commit()
        self._vault.case_changed(view.id)
        return view

    def reopen(
        self,
        case_id: str,
        *,
        entered_on: date,
        phase: str = phases.PRE_ASSESSMENT,
        comment: str = "",
        expected_version: int | None = None,
    ) -> CaseView:
        """Reopen a closed case in an open phase; the closure stays in the history."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            case, _ = self.guard.load(uow, case_id, action="case.reopen")
            check_version(case, expected_version)
            history = _history(uow, case_id)
            phases.check_reopen(case.phase, phase, history=tuple(h.phase for h in history))
            check_code(uow, CodeList.PHASE, phase, "phase")
            phases.check_phase_date(
                entered_on,
                previous=history[-1].entered_on if history else None,
                today=vault.clock().date(),
            )
            case.phase = phase
            case.closed_on = None
            case.closure_reason = None
            case.updated_at = vault.clock()
            case.updated_by = vault.actor.username
            _add_phase(
                vault, uow, case, phase, entered_on=entered_on, closure_reason=None, comment=comment
            )
            uow.session.flush()
            view = case_view(vault, uow, case)
            uow.commit()
        self._vault.case_changed(view.id)
        return view

    def assign(
        self,
        case_id: str,
        *,
        responsible_user_id: str | None,
        team: str | None,
        expected_version: int | None = None,
    ) -> CaseView:
        """Give a case to another case worker and/or team (managers only)."""
        vault = self._vault
        if Role.MANAGER not in vault.actor.roles:
            raise PermissionDeniedError(action="reassign cases")
        with vault.unit_of_work() as uow:
            case, _ = self.guard.load(uow, case_id, action="case.assign")
            check_version(case, expected_version)
            if responsible_user_id is not None:
                try:
                    user = uow.users.get_by_id(responsible_user_id)
                except NotFoundError:
                    raise ValidationError(
                        "No such case worker.", field="responsible_user_id"
                    ) from None
                if not user.active or Role.CASE_WORKER not in user.roles:
                    raise ValidationError(
                        "Cases go to an active case worker.", field="responsible_user_id"
                    )
            case.responsible_user_id = responsible_user_id
            case.team = team
            case.updated_at = vault.clock()
            case.updated_by = vault.actor.username
            uow.session.flush()
            view = case_view(vault, uow, case)
            uow.commit()
        return view

    def locate(self, query: str) -> list[LocatedCase]:
        """Find cases by their exact case reference or their person's exact identity number,
        also outside the actor's own and team's cases: how a case worker reaches a case for
        emergency access (the participant list shows only visible cases). Returns ids and
        references only — no name, nothing from the record — and whether each case is open to
        the actor now or needs emergency access. Exact matches through the blind indexes; the
        search itself is audited.

        Raises:
            ValidationError: on ``query``: neither a case reference nor a valid number.
            PermissionDeniedError: the actor does not work with cases.
        """
        from avhopp.domain.access import Access
        from avhopp.domain.identity import parse_swedish
        from avhopp.services.person_service import IDENTITY_INDEX

        vault = self._vault
        if not vault.actor.roles & {Role.CASE_WORKER, Role.MANAGER}:
            raise PermissionDeniedError(action="search for cases")
        text = query.strip()
        reference = text.upper()
        by_reference = reference.startswith("AVH-")
        if not by_reference:
            try:
                number = parse_swedish(text, today=vault.clock().date())
            except ValidationError:
                raise ValidationError(
                    "Enter a case reference (AVH-YYYY-NNNN) or a personnummer or "
                    "samordningsnummer.",
                    field="query",
                ) from None
        with vault.unit_of_work() as uow:
            if by_reference:
                index = uow.blind_index.of(reference, kind=REFERENCE_INDEX)
                rows = uow.session.execute(select(Case).where(Case.reference_bi == index))
            else:
                index = uow.blind_index.of(number.value, kind=IDENTITY_INDEX)
                people = select(Person.id).where(Person.identity_bi == index)
                rows = uow.session.execute(select(Case).where(Case.person_id.in_(people)))
            found = []
            for case in rows.scalars():
                rule, emergency = self.guard.access(uow, case)
                if rule == Access.DENIED:
                    continue
                data = uow.payloads.open(CASE_TABLE, case.id, case.payload_ct)
                found.append(
                    LocatedCase(
                        case_id=case.id,
                        person_id=case.person_id,
                        reference=data["reference"],
                        open_to_actor=rule == Access.ALLOWED or emergency,
                    )
                )
            vault.audit_entry(
                uow,
                "case.locate",
                details={"by": "reference" if by_reference else "identity_number",
                         "found": len(found)},
            )  # fmt: skip
            uow.commit()
        return sorted(found, key=lambda c: c.reference)

    def request_emergency_access(self, case_id: str, *, reason: str) -> CaseView:
        """Open a case outside one's own for a limited time, with a reason; flagged for the
        log review. Raises: ValidationError (no reason), PermissionDeniedError."""
        vault = self._vault
        with vault.unit_of_work() as uow:
            self.guard.grant_emergency_access(uow, case_id, reason)
            case, emergency = self.guard.load(uow, case_id, action="case.read")
            view = case_view(vault, uow, case, emergency=emergency)
            uow.commit()
        return view
