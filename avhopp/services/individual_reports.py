"""Gathering the individual reports: the progress summary (lägesrapport) of one case and the
register extract (registerutdrag, GDPR Art. 15) of one person.

Everything is read through the services, in one transaction (``vault.batch()``), so access
rules apply as anywhere (a case worker outside the case gets PermissionDeniedError or
EmergencyAccessRequiredError from the core) and every read is audited. What is read is
turned into the renderers' plain read models (labels in the report's language, staff named)
and handed to :func:`avhopp.reports.summary.render_summary` /
:func:`avhopp.reports.extract.render_extract`, which never see the vault.

:class:`~avhopp.services.report_service.ReportService` calls these, encrypts the result
when asked and writes the ``report.generate`` audit entry.

Decisions:

- The summary prints an ordinary (unprotected) address unless pseudonymised; a protected
  one only with ``include_address``, revealed through
  :meth:`~avhopp.services.person_service.PersonService.reveal_address` (reason
  "lägesrapport", audited by the core). **Pseudonymise wins**: with ``pseudonymise`` the
  address is never revealed nor printed, whatever ``include_address`` says.
- The register extract prints the person's own address (they are entitled to it); a
  protected one is revealed with the reason "registerutdrag". It reads the access log
  *before* the rest of the record, so the log lists who read the record up to the extract,
  not the extract's own reads (those follow in the log with the ``report.generate`` entry).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from avhopp.domain.code_lists import CodeList
from avhopp.domain.journal import NoteStatus
from avhopp.domain.network import CLOSED_GOAL_STATUSES, ContactKind, FlagKind, ReminderKind
from avhopp.domain.person import Address
from avhopp.domain.purge import kept_for_research
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.reports import extract as ex
from avhopp.reports import summary as sm
from avhopp.reports.texts import check_language, local_time
from avhopp.services.audit_review_service import AuditEntryView
from avhopp.services.network_views import CaseContactView, FlagView, ReminderView
from avhopp.services.record_views import CaseView, NoteView, PersonView
from avhopp.services.support_views import AssessmentView, ConsentView, GoalView, StepView

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

#: The reasons given when a protected address is revealed for a report (audited).
SUMMARY_REVEAL_REASON = "lägesrapport"
EXTRACT_REVEAL_REASON = "registerutdrag"
#: The summary's default period of key events: this many months up to today.
DEFAULT_PERIOD_MONTHS = 6

_LABELLED_LISTS = (
    CodeList.PHASE,
    CodeList.REFERRAL_SOURCE,
    CodeList.CLOSURE_REASON,
    CodeList.STEP_CATEGORY,
    CodeList.STEP_ITEM,
    CodeList.JOURNAL_TYPE,
    CodeList.LIFE_DOMAIN,
    CodeList.CONTACT_ROLE,
    CodeList.AGENCY,
)


# --------------------------------------------------------------------------- shared helpers


@dataclass(frozen=True)
class _Labels:
    """Code → label per code list, in the report's language (the code if unknown)."""

    language: str
    codes: Mapping[str, Mapping[str, str]]

    def __call__(self, code_list: CodeList, code: str | None) -> str:
        if not code:
            return ""
        return self.codes.get(str(code_list), {}).get(code, code)

    def status(self, kind: str, code: str) -> str:
        return sm.status_label(kind, code, self.language)


def _labels(vault: Vault, language: str) -> _Labels:
    codes: dict[str, dict[str, str]] = {}
    for code_list in _LABELLED_LISTS:
        entries = vault.code_lists.entries(code_list, include_inactive=True)
        codes[str(code_list)] = {
            e.code: (e.label_en if language == "en" and e.label_en else e.label_sv) for e in entries
        }
    return _Labels(language=language, codes=codes)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover - 28 always exists


def _identity_text(person: PersonView) -> str:
    number = person.identity_number
    if person.identity_kind.has_swedish_number and len(number) == 12 and number.isdigit():
        return f"{number[:8]}-{number[8:]}"
    return number


def _address_lines(address: Address | None) -> tuple[str, ...]:
    if address is None or address.is_empty():
        return ()
    city = " ".join(p for p in (address.postal_code, address.city) if p)
    return tuple(line for line in (address.street, city) if line)


def _printed_by(vault: Vault, names: Mapping[str, str]) -> str:
    username = vault.actor.username
    return f"{names.get(username, username)} ({username})"


def _step_row(
    step: StepView, labels: _Labels, redact: sm.Redactor | None, *, details: bool
) -> sm.StepRow:
    """A support step as printed; ``details`` (legal basis, cost, Police funds) for the
    register extract only: the summary keeps to what a case conference needs."""
    row = sm.StepRow(
        category=labels(CodeList.STEP_CATEGORY, step.category),
        item=labels(CodeList.STEP_ITEM, step.item),
        status=labels.status("step", step.status),
        decided_on=step.decided_on,
        starts_on=step.starts_on,
        ends_on=step.ends_on,
        provider=redact(step.provider) if redact else step.provider,
        external=step.external,
    )
    if not details:
        return row
    return replace(
        row,
        legal_basis=step.legal_basis,
        cost_sek=step.cost_sek,
        police_funds_applied=step.police_funds_applied,
        police_funds_granted=step.police_funds_granted,
        police_funds_sek=step.police_funds_sek,
    )


def _phase_rows(case: CaseView, labels: _Labels, redact: sm.Redactor | None) -> list[sm.PhaseRow]:
    rows = []
    for phase in sorted(case.history, key=lambda p: (p.entered_on, p.seq)):
        parts = []
        if phase.closure_reason:
            parts.append(labels(CodeList.CLOSURE_REASON, phase.closure_reason))
        if phase.comment:
            parts.append(redact(phase.comment) if redact else phase.comment)
        rows.append(
            sm.PhaseRow(
                phase=labels(CodeList.PHASE, phase.phase),
                entered_on=phase.entered_on,
                comment=" – ".join(parts),
            )
        )
    return rows


def _consent_rows(
    consents: Sequence[ConsentView], labels: _Labels, today: date, redact: sm.Redactor | None
) -> list[sm.ConsentRow]:
    return [
        sm.ConsentRow(
            agencies=", ".join(labels(CodeList.AGENCY, a) for a in c.agencies),
            scope=redact(c.scope) if redact else c.scope,
            written=c.written,
            valid_from=c.valid_from,
            valid_to=c.valid_to,
            withdrawn_on=c.withdrawn_on,
            valid_today=c.valid_on(today),
        )
        for c in consents
    ]


def _goal_rows(
    goals: Sequence[GoalView], labels: _Labels, redact: sm.Redactor | None
) -> list[sm.GoalRow]:
    def clean(text: str) -> str:
        return redact(text) if redact else text

    return [
        sm.GoalRow(
            life_domain=labels(CodeList.LIFE_DOMAIN, g.life_domain),
            goal=clean(g.goal),
            owner=clean(g.owner),
            deadline=g.deadline,
            status=labels.status("goal", g.status),
            own_words=clean(g.own_words),
        )
        for g in goals
    ]


def _signed(notes: Sequence[NoteView]) -> list[NoteView]:
    """Signed notes only: drafts are not part of the record (and are never printed)."""
    return [n for n in notes if n.status == NoteStatus.SIGNED.value]


def _corrections(notes: Sequence[NoteView]) -> dict[str, list[NoteView]]:
    """Original note id → the notes correcting it."""
    out: dict[str, list[NoteView]] = {}
    for note in notes:
        if note.corrects_id:
            out.setdefault(note.corrects_id, []).append(note)
    return out


def _author(note: NoteView, by_id: Mapping[str, str], by_username: Mapping[str, str]) -> str:
    if note.author_id and note.author_id in by_id:
        return by_id[note.author_id]
    if note.signed_by:
        return by_username.get(note.signed_by, note.signed_by)
    return ""


# --------------------------------------------------------------------------- progress summary


def progress_summary_pdf(
    vault: Vault,
    case_id: str,
    *,
    start: date | None,
    end: date | None,
    pseudonymise: bool,
    include_address: bool,
    language: str,
) -> bytes:
    """The progress summary of one case as an unencrypted PDF.

    Raises:
        NotFoundError, PermissionDeniedError, EmergencyAccessRequiredError (reading the
        case), ValidationError (the period ends before it starts; not a report language).
    """
    check_language(language)
    today = vault.clock().date()
    end = end or today
    start = start or _months_back(end, DEFAULT_PERIOD_MONTHS)
    if end < start:
        raise ValidationError("The period ends before it starts.", field="end")
    with vault.batch():
        case = vault.cases.get_case(case_id)
        person = vault.people.get_person(case.person_id)
        notes = _signed(vault.journal.notes(case_id))
        steps = vault.support.steps(case_id)
        progress = vault.support.progress(case_id)
        goals = vault.support.goals(case_id)
        consents = vault.support.consents(case_id)
        threat = vault.support.latest_threat_assessment(case_id)
        reminders = vault.reminders.reminders(case_id)
        flags = vault.flags.flags(person.id)
        contacts: list[CaseContactView] = (
            vault.contacts.contacts_of_case(case_id) if pseudonymise else []
        )
        address_revealed = False
        if include_address and not pseudonymise and person.address_hidden:
            person = vault.people.reveal_address(person.id, reason=SUMMARY_REVEAL_REASON)
            address_revealed = True
        settings = vault.settings.get().settings
    staff = vault.users.staff()
    by_id = {m.id: m.display_name for m in staff}
    by_username = {m.username: m.display_name for m in staff}
    labels = _labels(vault, language)

    redact: sm.Redactor | None = None
    if pseudonymise:
        redact = sm.Redactor(
            names=[person.first_name, person.last_name, person.full_name]
            + [g.name for g in person.guardians],
            numbers=[person.identity_number],
            birth_dates=[person.birth_date] if person.birth_date else [],
            address=([person.address.street, person.address.postal_code] if person.address else []),
            contacts=[c.contact.name for c in contacts if c.contact.kind == ContactKind.PRIVATE],
            language=language,
        )
    identification = _summary_identification(person, case, labels, pseudonymise=pseudonymise)
    responsible = by_id.get(case.responsible_user_id or "", "")
    report = sm.SummaryReport(
        language=language,
        municipality=settings.municipality,
        printed_by=_printed_by(vault, by_username),
        printed_at=local_time(vault.clock()),
        today=today,
        period_start=start,
        period_end=end,
        identification=identification,
        status=sm.CaseStatus(
            phase=labels(CodeList.PHASE, case.phase),
            referral_source=labels(CodeList.REFERRAL_SOURCE, case.referral_source),
            inquiry_on=case.inquiry_on,
            decision_on=case.decision_on,
            agreement_signed_on=case.agreement_signed_on,
            closed_on=case.closed_on,
            closure_reason=labels(CodeList.CLOSURE_REASON, case.closure_reason),
            responsible=responsible,
            team=case.team or "",
        ),
        phases=tuple(_phase_rows(case, labels, redact)),
        consents=tuple(_consent_rows(consents, labels, today, redact)),
        goals=tuple(_goal_rows(goals, labels, redact)),
        steps=tuple(_step_row(s, labels, redact, details=False) for s in steps),
        scores=tuple(
            sm.ScoreRow(
                life_domain=labels(CodeList.LIFE_DOMAIN, p.life_domain),
                start=p.start_score,
                start_on=p.start_on,
                latest=p.latest_score,
                latest_on=p.latest_on,
            )
            for p in progress
        ),
        events=tuple(
            _events(
                notes,
                start=start,
                end=end,
                labels=labels,
                by_id=by_id,
                by_username=by_username,
                redact=redact,
            )
        ),
        risk=sm.RiskInfo(
            level=labels.status("threat", threat.level) if threat else None,
            assessed_on=threat.assessed_on if threat else None,
            next_review_on=threat.next_review_on if threat else None,
            flags=tuple(dict.fromkeys(labels.status("flag", f.kind) for f in flags if f.active)),
        ),
        next_steps=tuple(
            _next_steps(
                reminders,
                goals=goals,
                consents=consents,
                labels=labels,
                today=today,
                redact=redact,
            )
        ),
        case_worker=responsible,
        address_revealed=address_revealed,
    )
    return sm.render_summary(report)


def _summary_identification(
    person: PersonView, case: CaseView, labels: _Labels, *, pseudonymise: bool
) -> sm.Identification:
    if pseudonymise:
        return sm.Identification(reference=case.reference, pseudonymised=True)
    return sm.Identification(
        reference=case.reference,
        pseudonymised=False,
        name=person.full_name,
        identity_label=labels.status("identity", person.identity_kind),
        identity_number=_identity_text(person),
        birth_date=person.birth_date,
        address=_address_lines(person.address),
        address_protected=person.protection is not None,
    )


def _events(
    notes: Sequence[NoteView],
    *,
    start: date,
    end: date,
    labels: _Labels,
    by_id: Mapping[str, str],
    by_username: Mapping[str, str],
    redact: sm.Redactor | None,
) -> list[sm.EventRow]:
    by_note = {n.id: n for n in notes}
    corrections = _corrections(notes)
    rows = []
    for note in notes:
        if not start <= note.event_date <= end:
            continue
        original = by_note.get(note.corrects_id or "")
        rows.append(
            sm.EventRow(
                event_date=note.event_date,
                note_type=labels(CodeList.JOURNAL_TYPE, note.note_type),
                author=_author(note, by_id, by_username),
                text=redact(note.text) if redact else note.text,
                corrects=(
                    (original.event_date, labels(CodeList.JOURNAL_TYPE, original.note_type))
                    if original is not None
                    else None
                ),
                correction_reason=(
                    redact(note.correction_reason) if redact else note.correction_reason
                ),
                corrected_on=tuple(c.event_date for c in corrections.get(note.id, ())),
            )
        )
    return rows


def _next_steps(
    reminders: Sequence[ReminderView],
    *,
    goals: Sequence[GoalView],
    consents: Sequence[ConsentView],
    labels: _Labels,
    today: date,
    redact: sm.Redactor | None,
) -> list[sm.NextStep]:
    """Open reminders (not the purge date: no step for a conference) and open plan goals
    with a deadline that no plan-review reminder already covers, by date (passed ones are
    marked overdue: they are what a conference must talk about first)."""
    t = sm.TEXTS["en" if labels.language == "en" else "sv"]
    goals_by_id = {g.id: g for g in goals}
    consents_by_id = {c.id: c for c in consents}
    covered: set[str] = set()
    steps: list[sm.NextStep] = []

    def clean(text: str) -> str:
        return redact(text) if redact else text

    def goal_text(goal: GoalView) -> str:
        return t["goal_deadline"].format(
            domain=labels(CodeList.LIFE_DOMAIN, goal.life_domain), goal=clean(goal.goal)
        )

    for reminder in reminders:
        if reminder.kind == ReminderKind.PURGE:
            continue
        kind_label = labels.status("reminder", reminder.kind)
        text = clean(reminder.text) if reminder.text else kind_label
        if reminder.kind == ReminderKind.PLAN_REVIEW and reminder.source_id in goals_by_id:
            covered.add(reminder.source_id)
            text = f"{kind_label}: {goal_text(goals_by_id[reminder.source_id])}"
        elif reminder.kind == ReminderKind.CONSENT_EXPIRY and reminder.source_id in consents_by_id:
            consent = consents_by_id[reminder.source_id]
            agencies = ", ".join(labels(CodeList.AGENCY, a) for a in consent.agencies)
            text = f"{kind_label}: {agencies}"
        steps.append(
            sm.NextStep(due_on=reminder.due_on, text=text, overdue=reminder.due_on < today)
        )
    for goal in goals:
        if goal.id in covered or goal.deadline is None or goal.status in CLOSED_GOAL_STATUSES:
            continue
        steps.append(
            sm.NextStep(due_on=goal.deadline, text=goal_text(goal), overdue=goal.deadline < today)
        )
    steps.sort(key=lambda s: s.due_on)
    return steps


# --------------------------------------------------------------------------- register extract


def register_extract_pdf(vault: Vault, person_id: str, *, language: str) -> bytes:
    """The register extract of one person as an unencrypted PDF (the caller checks that the
    actor is a manager).

    Raises:
        NotFoundError, PermissionDeniedError, ValidationError (not a report language).
    """
    check_language(language)
    today = vault.clock().date()
    with vault.batch():
        access_log = vault.audit_review.person_access_log(person_id)
        person = vault.people.get_person(person_id)
        if person.address_hidden:
            person = vault.people.reveal_address(person_id, reason=EXTRACT_REVEAL_REASON)
        files = []
        for case in vault.cases.cases_of_person(person_id):
            files.append(
                _CaseRead(
                    case=case,
                    notes=tuple(_signed(vault.journal.notes(case.id))),
                    steps=tuple(vault.support.steps(case.id)),
                    assessments=tuple(vault.support.assessments(case.id)),
                    goals=tuple(vault.support.goals(case.id)),
                    threats=tuple(t.assessed_on for t in vault.support.threat_assessments(case.id)),
                    consents=tuple(vault.support.consents(case.id)),
                    breaches=tuple(
                        (b.occurred_on, b.description)
                        for b in vault.support.agreement(case.id).breaches
                    ),
                    contacts=tuple(vault.contacts.contacts_of_case(case.id)),
                    reminders=tuple(vault.reminders.reminders(case.id, include_done=True)),
                )
            )
        flags = vault.flags.flags(person_id, include_removed=True)
        settings = vault.settings.get().settings
        try:
            users = {u.username: (u.id, u.display_name) for u in vault.users.list_users()}
        except PermissionDeniedError:
            users = {m.username: (m.id, m.display_name) for m in vault.users.staff()}
    labels = _labels(vault, language)
    by_username = {name: display for name, (_id, display) in users.items()}
    by_id = dict(users.values())
    report = ex.ExtractReport(
        language=language,
        printed_by=_printed_by(vault, by_username),
        printed_at=local_time(vault.clock()),
        today=today,
        controller=settings.controller,
        data_protection_officer=settings.data_protection_officer,
        municipality=settings.municipality,
        person=_person_record(person, labels),
        guardians=tuple(ex.GuardianRow(g.name, g.relation, g.phone) for g in person.guardians),
        cases=tuple(_extract_case(f, labels, today, by_id, by_username) for f in files),
        flags=tuple(_flag_row(f, labels) for f in flags),
        withheld=tuple(_withheld(files, flags, labels)),
        recipients=tuple(
            dict.fromkeys(
                labels(CodeList.AGENCY, a) for f in files for c in f.consents for a in c.agencies
            )
        ),
        sources=tuple(
            dict.fromkeys(labels(CodeList.REFERRAL_SOURCE, f.case.referral_source) for f in files)
        ),
        last_note=max((n.event_date for f in files for n in f.notes), default=None),
        kept_for_research=kept_for_research(person.birth_date),
        access_log=tuple(_log_rows(access_log, files, by_username)),
    )
    return ex.render_extract(report)


@dataclass(frozen=True)
class _CaseRead:
    case: CaseView
    notes: tuple[NoteView, ...]
    steps: tuple[StepView, ...]
    assessments: tuple[AssessmentView, ...]
    goals: tuple[GoalView, ...]
    threats: tuple[date, ...]
    consents: tuple[ConsentView, ...]
    breaches: tuple[tuple[date, str], ...]
    contacts: tuple[CaseContactView, ...]
    reminders: tuple[ReminderView, ...]


def _person_record(person: PersonView, labels: _Labels) -> ex.PersonRecord:
    return ex.PersonRecord(
        name=person.full_name,
        identity_label=labels.status("identity", person.identity_kind),
        identity_number=_identity_text(person),
        birth_date=person.birth_date,
        gender=labels.status("gender", person.legal_gender),
        language=person.language,
        interpreter=person.interpreter,
        phone=person.phone,
        email=person.email,
        address=_address_lines(person.address),
        protection=labels.status("protection", person.protection) if person.protection else "",
        protection_until=person.protection_until,
    )


def _extract_case(
    read: _CaseRead,
    labels: _Labels,
    today: date,
    by_id: Mapping[str, str],
    by_username: Mapping[str, str],
) -> ex.CaseRecord:
    case = read.case
    numbers = {n.id: i for i, n in enumerate(read.notes, start=1)}
    corrections = _corrections(read.notes)
    notes = []
    for note in read.notes:
        notes.append(
            ex.NoteRow(
                number=numbers[note.id],
                event_date=note.event_date,
                note_type=labels(CodeList.JOURNAL_TYPE, note.note_type),
                author=_author(note, by_id, by_username),
                signed_at=local_time(note.signed_at) if note.signed_at else None,
                text=note.text,
                corrects=numbers.get(note.corrects_id or ""),
                correction_reason=note.correction_reason,
                corrected_by=tuple(numbers[c.id] for c in corrections.get(note.id, ())),
            )
        )
    professional = [c for c in read.contacts if c.contact.kind == ContactKind.PROFESSIONAL]
    return ex.CaseRecord(
        reference=case.reference,
        phase=labels(CodeList.PHASE, case.phase),
        referral_source=labels(CodeList.REFERRAL_SOURCE, case.referral_source),
        inquiry_on=case.inquiry_on,
        decision_on=case.decision_on,
        agreement_signed_on=case.agreement_signed_on,
        closed_on=case.closed_on,
        closure_reason=labels(CodeList.CLOSURE_REASON, case.closure_reason),
        responsible=by_id.get(case.responsible_user_id or "", ""),
        summary=case.summary,
        phases=tuple(_phase_rows(case, labels, None)),
        steps=tuple(_step_row(s, labels, None, details=True) for s in read.steps),
        goals=tuple(_goal_rows(read.goals, labels, None)),
        assessments=tuple(
            ex.AssessmentRow(
                assessed_on=a.assessed_on,
                scores=tuple(
                    (labels(CodeList.LIFE_DOMAIN, domain), score)
                    for domain, score in a.scores.items()
                ),
            )
            for a in read.assessments
        ),
        consents=tuple(_consent_rows(read.consents, labels, today, None)),
        breaches=read.breaches,
        contacts=tuple(
            ex.ContactRow(
                name=c.contact.name,
                agency=c.contact.agency,
                title=c.contact.title,
                role=labels(CodeList.CONTACT_ROLE, c.link.role),
                phone=c.contact.phone,
                email=c.contact.email,
            )
            for c in professional
        ),
        private_contacts=len(read.contacts) - len(professional),
        threat_assessments=read.threats,
        reminders=tuple(
            ex.ReminderRow(
                due_on=r.due_on,
                text=r.text or labels.status("reminder", r.kind),
                done_on=local_time(r.done_at).date() if r.done_at else None,
            )
            for r in read.reminders
        ),
        notes=tuple(notes),
    )


def _flag_row(flag: FlagView, labels: _Labels) -> ex.FlagRow:
    withheld = flag.kind == FlagKind.THREAT
    return ex.FlagRow(
        kind=labels.status("flag", flag.kind),
        set_on=local_time(flag.set_at).date(),
        removed_on=local_time(flag.removed_at).date() if flag.removed_at else None,
        reason=None if withheld else flag.reason,
    )


def _withheld(
    files: Sequence[_CaseRead], flags: Sequence[FlagView], labels: _Labels
) -> list[ex.WithheldItem]:
    items = []
    for read in files:
        for day in read.threats:
            items.append(ex.WithheldItem("threat", read.case.reference, day))
        for contact in read.contacts:
            if contact.contact.kind == ContactKind.PRIVATE:
                items.append(
                    ex.WithheldItem(
                        "private_contact",
                        read.case.reference,
                        None,
                        detail=labels(CodeList.CONTACT_ROLE, contact.link.role),
                    )
                )
    for flag in flags:
        if flag.kind == FlagKind.THREAT:
            items.append(ex.WithheldItem("threat_flag", "", local_time(flag.set_at).date()))
    return items


def _action_code(entry: AuditEntryView) -> str:
    """The action, with the kind of report for report entries ("report.generate:summary")."""
    kind = entry.details.get("report") if entry.action.startswith("report.") else None
    return f"{entry.action}:{kind}" if isinstance(kind, str) and kind else entry.action


def _log_rows(
    entries: Sequence[AuditEntryView], files: Sequence[_CaseRead], by_username: Mapping[str, str]
) -> list[ex.LogRow]:
    references = {f.case.id: f.case.reference for f in files}
    rows = []
    for entry in entries:
        username = entry.username or ""
        name = by_username.get(username, "")
        rows.append(
            ex.LogRow(
                at=local_time(entry.occurred_at),
                user=f"{name} ({username})" if name else username,
                action=_action_code(entry),
                case_reference=(
                    references.get(entry.target_id or "", "") if entry.target_type == "case" else ""
                ),
            )
        )
    rows.sort(key=lambda r: r.at)
    return rows
