"""Everything the participant view shows, read in one transaction with one durable commit:
the person, each visible case with its phases, notes, support steps, assessments, plan,
threat assessments, consents, agreement, contacts and reminders, and the person's flags.
Every case read is audited, as when each tab is read on its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from avhopp.services.network_views import CaseContactView, FlagView, ReminderView
from avhopp.services.record_views import CaseView, NoteView, PersonView
from avhopp.services.support_views import (
    AgreementView,
    AssessmentView,
    ConsentView,
    GoalView,
    StepView,
    ThreatView,
)

if TYPE_CHECKING:
    from avhopp.services.vault import Vault


@dataclass(frozen=True)
class CaseFile:
    case: CaseView
    notes: tuple[NoteView, ...]
    steps: tuple[StepView, ...]
    assessments: tuple[AssessmentView, ...]
    goals: tuple[GoalView, ...]
    threats: tuple[ThreatView, ...]
    consents: tuple[ConsentView, ...]
    agreement: AgreementView
    contacts: tuple[CaseContactView, ...]
    reminders: tuple[ReminderView, ...]


@dataclass(frozen=True)
class ParticipantFile:
    person: PersonView
    cases: tuple[CaseFile, ...]
    flags: tuple[FlagView, ...]


def open_participant(vault: Vault, person_id: str) -> ParticipantFile:
    """Raises: NotFoundError, PermissionDeniedError (no visible case of this person)."""
    with vault.batch():
        person = vault.people.get_person(person_id)
        files = []
        for case in vault.cases.cases_of_person(person_id):
            files.append(
                CaseFile(
                    case=case,
                    notes=tuple(vault.journal.notes(case.id)),
                    steps=tuple(vault.support.steps(case.id)),
                    assessments=tuple(vault.support.assessments(case.id)),
                    goals=tuple(vault.support.goals(case.id)),
                    threats=tuple(vault.support.threat_assessments(case.id)),
                    consents=tuple(vault.support.consents(case.id)),
                    agreement=vault.support.agreement(case.id),
                    contacts=tuple(vault.contacts.contacts_of_case(case.id)),
                    reminders=tuple(vault.reminders.reminders(case.id)),
                )
            )
        flags = tuple(vault.flags.flags(person_id))
    return ParticipantFile(person=person, cases=tuple(files), flags=flags)
