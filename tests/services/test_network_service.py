"""Contacts, reminders and flags through their services, on both engines: happy paths, bad
input refused without changing anything, idempotent automatic reminders, what a case worker
of another team sees, and nothing readable in the SQLite files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from avhopp.domain.clock import utc_now
from avhopp.domain.ids import new_id
from avhopp.domain.network import ContactInput, ContactKind, FlagKind, ReminderKind
from avhopp.domain.person import PersonInput, ProtectionLevel
from avhopp.domain.roles import Role
from avhopp.errors import (
    ConflictError,
    EmergencyAccessRequiredError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from avhopp.services import vault as vault_service
from avhopp.services.network_service import ContactService, FlagService, ReminderService
from avhopp.storage.case_models import (
    CaseContact,
    Consent,
    Contact,
    Flag,
    PlanGoal,
    Reminder,
)

TODAY = utc_now().date()
INQUIRY_ON = TODAY - timedelta(days=30)
OTHER = ("lisa", "Lisa Nordlag", "vinter-Kiruna-pannkaka-lykta-58")

POLICE = ContactInput(
    kind=ContactKind.PROFESSIONAL,
    name="Anna Kontaktpolis",
    agency="Polisen Västerås",
    title="Kontaktpolis",
    phone="070-123 45 67",
    email="anna.kontaktpolis@example.se",
    notes="Nås vardagar",
)
MOTHER = ContactInput(kind=ContactKind.PRIVATE, name="Birgitta Mamma", relation="mor")


class Services:
    """The three services on one unlocked vault (the lead wires them into ``Vault``)."""

    def __init__(self, v: vault_service.Vault) -> None:
        self.v = v
        self.contacts = ContactService(v)
        self.reminders = ReminderService(v)
        self.flags = FlagService(v)


def _unlock(vault, username: str, passphrase: str) -> Services:
    return Services(vault_service.unlock(vault.location, username=username, passphrase=passphrase))


def _as_worker(vault) -> Services:
    return _unlock(vault, vault.worker, vault.worker_passphrase)


def _register(s: Services, first: str = "Märta", last: str = "Hemligsdotter", **person):
    return s.v.people.register_participant(
        PersonInput(first, last, **person), referral_source="police", inquiry_on=INQUIRY_ON
    )


def _snapshot(s: Services) -> tuple[object, ...]:
    """Row counts, every payload and version of the network tables, and the audit length."""
    with s.v.unit_of_work() as uow:
        state: list[object] = []
        for model in (Contact, CaseContact, Reminder, Flag):
            rows = uow.session.execute(select(model).order_by(model.id)).scalars()
            state.append(
                [(r.id, r.version, bytes(r.payload_ct) if r.payload_ct else None) for r in rows]
            )
        state.append(uow.audit.head()[0])
        return tuple(state)


def _refused(s: Services, call, field: str | None, error: type[Exception] = ValidationError):
    """``call`` raises exactly ``error`` (naming ``field``) and changes nothing."""
    before = _snapshot(s)
    with pytest.raises(error) as caught:
        call()
    assert caught.type is error
    if field is not None:
        assert caught.value.field == field, caught.value.message
    assert _snapshot(s) == before
    return caught.value


def _actions(s: Services) -> list[str]:
    with s.v.unit_of_work() as uow:
        return [row.action for row in uow.audit.iter_rows()]


# --------------------------------------------------------------------------- contacts


def test_contacts_are_created_linked_updated_and_listed(vault):
    s = _as_worker(vault)
    with s.v:
        first = _register(s)
        case_id = first.case.id
        second = s.v.cases.open_case(first.person.id, referral_source="self", inquiry_on=INQUIRY_ON)

        added = s.contacts.add_contact(
            case_id, POLICE, role="police_officer", note="Kontakt vid hot"
        )
        contact = added.contact
        assert (contact.kind, contact.name, contact.agency) == (
            ContactKind.PROFESSIONAL,
            "Anna Kontaktpolis",
            "Polisen Västerås",
        )
        assert (contact.phone, contact.email) == ("+46701234567", "anna.kontaktpolis@example.se")
        assert (added.link.case_id, added.link.role, added.link.note) == (
            case_id,
            "police_officer",
            "Kontakt vid hot",
        )
        assert (added.link.may_contact, added.link.risk) == (True, False)

        link = s.contacts.link_contact(contact.id, case_id=second.id, role="other")
        changed = s.contacts.update_link(
            link.id,
            role="case_officer",
            may_contact=False,
            risk=True,
            note="Ring inte hem",
            expected_version=link.version,
        )
        assert (changed.role, changed.may_contact, changed.risk, changed.note) == (
            "case_officer",
            False,
            True,
            "Ring inte hem",
        )
        with pytest.raises(ConflictError):
            s.contacts.update_link(
                link.id, role="other", may_contact=True, risk=False, note="", expected_version=1
            )

        updated = s.contacts.update_contact(
            contact.id,
            ContactInput(
                kind="professional",
                name="Anna Kontaktpolis",
                agency="Polisen Eskilstuna",
                phone="+46 70 765 43 21",
            ),
            expected_version=contact.version,
        )
        assert (updated.agency, updated.phone, updated.email) == (
            "Polisen Eskilstuna",
            "+46707654321",
            "",
        )
        assert {lk.case_id for lk in updated.links} == {case_id, second.id}
        with pytest.raises(ConflictError):
            s.contacts.update_contact(contact.id, POLICE, expected_version=contact.version)

        got = s.contacts.get_contact(contact.id)
        assert got == updated
        mother = s.contacts.add_contact(case_id, MOTHER, role="relative", risk=True).contact
        listed = s.contacts.contacts_of_case(case_id)
        assert [c.contact.name for c in listed] == ["Anna Kontaktpolis", "Birgitta Mamma"]
        assert listed[1].link.risk is True
        assert [c.contact.id for c in s.contacts.contacts_of_case(second.id)] == [contact.id]

        directory = s.contacts.directory()
        assert [e.contact.id for e in directory] == [contact.id, mother.id]
        police_cases = {c.case_id: c for c in directory[0].cases}
        assert set(police_cases) == {case_id, second.id}
        assert police_cases[case_id].reference == first.case.reference
        assert police_cases[second.id].risk is True

        actions = _actions(s)
        for action in (
            "contact.add",
            "contact.link",
            "contact.update-link",
            "contact.update",
            "contact.read",
            "contact.list",
        ):
            assert action in actions


def test_bad_contact_input_is_refused_and_changes_nothing(vault):
    s = _as_worker(vault)
    with s.v:
        case_id = _register(s).case.id
        contact = s.contacts.add_contact(case_id, POLICE, role="police_officer").contact
        second = s.v.cases.open_case(
            _register(s, "Kim", "Testsson").person.id,
            referral_source="self",
            inquiry_on=INQUIRY_ON,
        )

        bad_phone = ContactInput(kind="private", name="X", phone="0701")
        _refused(s, lambda: s.contacts.add_contact(case_id, bad_phone, role="relative"), "phone")
        bad_email = ContactInput(kind="private", name="X", email="x@@example")
        _refused(s, lambda: s.contacts.add_contact(case_id, bad_email, role="relative"), "email")
        _refused(s, lambda: s.contacts.add_contact(case_id, MOTHER, role="cousin"), "role")
        _refused(
            s,
            lambda: s.contacts.update_contact(contact.id, bad_email, expected_version=1),
            "email",
        )
        _refused(
            s,
            lambda: s.contacts.link_contact(contact.id, case_id=case_id, role="other"),
            "case_id",
        )
        _refused(
            s,
            lambda: s.contacts.link_contact(contact.id, case_id=second.id, role="nobody"),
            "role",
        )
        link_id = s.contacts.contacts_of_case(case_id)[0].link.id
        _refused(
            s,
            lambda: s.contacts.update_link(
                link_id, role="nobody", may_contact=True, risk=False, note=""
            ),
            "role",
        )
        assert s.contacts.get_contact(contact.id).phone == "+46701234567"

        unknown = new_id()
        for call in (
            lambda: s.contacts.get_contact(unknown),
            lambda: s.contacts.update_link(unknown, role="other", may_contact=1, risk=0, note=""),
            lambda: s.contacts.contacts_of_case(unknown),
            lambda: s.reminders.complete(unknown),
            lambda: s.reminders.add_reminder(unknown, due_on=TODAY, text="x"),
            lambda: s.flags.remove_flag(unknown, reason="x"),
            lambda: s.flags.flags(unknown),
        ):
            _refused(s, call, None, NotFoundError)


# --------------------------------------------------------------------------- reminders


def test_manual_reminders_feed_the_dashboard(vault):
    s = _as_worker(vault)
    with s.v:
        case_id = _register(s).case.id
        late = s.reminders.add_reminder(
            case_id, due_on=TODAY - timedelta(days=3), text="Ring frivården"
        )
        soon = s.reminders.add_reminder(case_id, due_on=TODAY + timedelta(days=5), text="Möte")
        later = s.reminders.add_reminder(case_id, due_on=TODAY + timedelta(days=60), text="Uppf.")
        assert (late.kind, late.owner_id, late.text) == (
            ReminderKind.MANUAL,
            s.v.actor.user_id,
            "Ring frivården",
        )
        assert late.created_by == "kalle"
        assert late.automatic is False

        mine = s.reminders.my_reminders()
        assert mine.today == TODAY
        assert [r.id for r in mine.overdue] == [late.id]
        assert [r.id for r in mine.upcoming] == [soon.id, later.id]
        assert [r.id for r in s.reminders.my_reminders(horizon_days=30).upcoming] == [soon.id]

        done = s.reminders.complete(late.id, expected_version=late.version)
        assert (done.done, done.done_by) == (True, "kalle")
        assert s.reminders.complete(late.id) == done  # again: nothing changes
        assert s.reminders.my_reminders().overdue == ()
        assert [r.id for r in s.reminders.reminders(case_id)] == [soon.id, later.id]
        assert [r.id for r in s.reminders.reminders(case_id, include_done=True)] == [
            late.id,
            soon.id,
            later.id,
        ]

        moved = s.reminders.update_reminder(
            soon.id,
            due_on=TODAY + timedelta(days=1),
            text="Möte flyttat",
            expected_version=soon.version,
        )
        assert (moved.due_on, moved.text, moved.owner_id) == (
            TODAY + timedelta(days=1),
            "Möte flyttat",
            s.v.actor.user_id,
        )
        with pytest.raises(ConflictError):
            s.reminders.update_reminder(
                soon.id, due_on=TODAY, text="x", expected_version=soon.version
            )
        for action in ("reminder.add", "reminder.done", "reminder.update", "reminder.list"):
            assert action in _actions(s)


def test_bad_reminders_are_refused_and_change_nothing(vault):
    s = _as_worker(vault)
    with s.v:
        case_id = _register(s).case.id
        _refused(s, lambda: s.reminders.add_reminder(case_id, due_on=TODAY, text="  "), "text")
        _refused(s, lambda: s.reminders.add_reminder(case_id, due_on=None, text="x"), "due_on")
        _refused(
            s,
            lambda: s.reminders.add_reminder(
                case_id, due_on=TODAY - timedelta(days=400), text="Fel år"
            ),
            "due_on",
        )
        _refused(
            s,
            lambda: s.reminders.add_reminder(case_id, due_on=TODAY, text="x", owner_id=new_id()),
            "owner_id",
        )
        with s.v.unit_of_work() as uow:
            admin_id = uow.users.get("admin").id  # no case access: cannot own its reminders
        _refused(
            s,
            lambda: s.reminders.add_reminder(case_id, due_on=TODAY, text="x", owner_id=admin_id),
            "owner_id",
        )


def _add_goal(s: Services, case_id: str, *, status: str, deadline: date | None) -> str:
    with s.v.unit_of_work() as uow:
        goal_id = new_id()
        now = s.v.clock()
        uow.session.add(
            PlanGoal(
                id=goal_id,
                case_id=case_id,
                life_domain="housing",
                status=status,
                deadline=deadline,
                payload_ct=uow.payloads.seal("plan_goals", goal_id, {"goal": "Eget boende"}),
                created_at=now,
                updated_at=now,
                updated_by="kalle",
            )
        )
        uow.commit()
    return goal_id


def _add_consent(
    s: Services, case_id: str, *, valid_to: date | None, withdrawn_on: date | None = None
) -> str:
    with s.v.unit_of_work() as uow:
        consent_id = new_id()
        now = s.v.clock()
        uow.session.add(
            Consent(
                id=consent_id,
                case_id=case_id,
                written=True,
                valid_from=INQUIRY_ON,
                valid_to=valid_to,
                withdrawn_on=withdrawn_on,
                payload_ct=uow.payloads.seal("consents", consent_id, {"agencies": ["police"]}),
                created_at=now,
                updated_at=now,
                updated_by="kalle",
            )
        )
        uow.commit()
    return consent_id


def _set_goal_deadline(s: Services, goal_id: str, deadline: date) -> None:
    with s.v.unit_of_work() as uow:
        goal = uow.session.get(PlanGoal, goal_id)
        assert goal is not None
        goal.deadline = deadline
        uow.commit()


def test_automatic_reminders_are_idempotent(vault):
    s = _as_worker(vault)
    with s.v:
        protected_until = TODAY + timedelta(days=300)
        registered = _register(
            s,
            protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
            protection_until=protected_until,
        )
        case_id, person_id = registered.case.id, registered.person.id
        goal = _add_goal(s, case_id, status="open", deadline=TODAY + timedelta(days=90))
        _add_goal(s, case_id, status="achieved", deadline=TODAY + timedelta(days=10))
        _add_goal(s, case_id, status="open", deadline=None)
        consent = _add_consent(s, case_id, valid_to=TODAY + timedelta(days=180))
        _add_consent(s, case_id, valid_to=TODAY + timedelta(days=20), withdrawn_on=TODAY)

        first = s.reminders.refresh_automatic_reminders(case_id)
        assert (first.created, first.moved, first.dropped) == (3, 0, 0)
        assert {(r.kind, r.source_id, r.due_on) for r in first.reminders} == {
            (ReminderKind.PLAN_REVIEW, goal, TODAY + timedelta(days=90)),
            (ReminderKind.CONSENT_EXPIRY, consent, TODAY + timedelta(days=180)),
            (ReminderKind.PROTECTION_EXPIRY, person_id, protected_until),
        }
        assert all(r.owner_id == s.v.actor.user_id and r.text == "" for r in first.reminders)
        assert all(r.automatic and r.person_id == person_id for r in first.reminders)

        audit_length = len(_actions(s))
        again = s.reminders.refresh_automatic_reminders(case_id)
        assert (again.created, again.moved, again.dropped) == (0, 0, 0)
        assert again.reminders == first.reminders
        # Only the guarded read was logged: no change entry.
        assert _actions(s)[audit_length:] == ["reminder.refresh"]

        review = next(r for r in first.reminders if r.kind == ReminderKind.PLAN_REVIEW)
        s.reminders.complete(review.id)
        _set_goal_deadline(s, goal, TODAY + timedelta(days=120))
        moved = s.reminders.refresh_automatic_reminders(case_id)
        assert (moved.created, moved.moved, moved.dropped) == (0, 1, 0)
        reopened = next(r for r in moved.reminders if r.id == review.id)
        assert (reopened.due_on, reopened.done) == (TODAY + timedelta(days=120), False)
        assert "reminder.refresh-automatic" in _actions(s)
        with pytest.raises(ValidationError) as error:
            s.reminders.update_reminder(review.id, due_on=TODAY, text="x")
        assert error.value.field == "kind"

        # Closing the case: plan and consent reminders go, the purge date comes.
        s.v.journal.save_draft(
            case_id, note_type="conversation", event_date=TODAY - timedelta(days=2), text="Samtal"
        )
        s.v.cases.change_phase(
            case_id, "closed", entered_on=TODAY, closure_reason="completed", comment=""
        )
        closed = s.reminders.refresh_automatic_reminders(case_id)
        # Closing the case already refreshed them (Vault.case_changed): created the purge
        # reminder and dropped the plan and consent ones; a second refresh finds nothing to do.
        assert (closed.created, closed.moved, closed.dropped) == (0, 0, 0)
        purge = next(r for r in closed.reminders if r.kind == ReminderKind.PURGE)
        last_note = TODAY - timedelta(days=2)
        try:
            expected = last_note.replace(year=last_note.year + 5)
        except ValueError:  # 29 February
            expected = last_note.replace(year=last_note.year + 5, day=28)
        assert (purge.source_id, purge.due_on) == (case_id, expected)
        assert {r.kind for r in closed.reminders} == {
            ReminderKind.PURGE,
            ReminderKind.PROTECTION_EXPIRY,
        }
        final = s.reminders.refresh_automatic_reminders(case_id)
        assert (final.created, final.moved, final.dropped) == (0, 0, 0)

        # Open automatic reminders follow the case's responsible case worker.
        with s.v.unit_of_work() as uow:
            uow.session.get(Reminder, purge.id).owner_id = None
            uow.commit()
        assert purge.id not in {r.id for r in s.reminders.my_reminders().upcoming}
        owned = s.reminders.refresh_automatic_reminders(case_id)
        assert {r.owner_id for r in owned.reminders} == {s.v.actor.user_id}
        assert purge.id in {r.id for r in s.reminders.my_reminders().upcoming}
        with s.v.unit_of_work() as uow:
            count = uow.session.execute(
                select(func.count()).select_from(Reminder).where(Reminder.case_id == case_id)
            ).scalar_one()
        assert count == 2


# --------------------------------------------------------------------------- flags


def test_flags_are_set_removed_with_a_reason_and_keep_their_history(vault):
    s = _as_worker(vault)
    with s.v:
        person_id = _register(s).person.id
        other_id = _register(s, "Kim", "Testsson").person.id
        threat = s.flags.set_flag(person_id, kind=FlagKind.THREAT, reason="Hot från gänget")
        s.flags.set_flag(person_id, kind="other", reason="Tolk behövs")
        s.flags.set_flag(person_id, kind="other", reason="Hund i bostaden")
        assert (threat.kind, threat.reason, threat.set_by, threat.active) == (
            FlagKind.THREAT,
            "Hot från gänget",
            "kalle",
            True,
        )
        _refused(
            s,
            lambda: s.flags.set_flag(person_id, kind=FlagKind.THREAT, reason="igen"),
            "kind",
        )
        _refused(s, lambda: s.flags.set_flag(person_id, kind="danger", reason="x"), "kind")
        _refused(s, lambda: s.flags.set_flag(person_id, kind="threat", reason=" "), "reason")
        _refused(s, lambda: s.flags.remove_flag(threat.id, reason="   "), "reason")
        assert s.flags.flags(person_id)[0].active

        removed = s.flags.remove_flag(
            threat.id, reason="Hotbilden bedömd som upphörd", expected_version=threat.version
        )
        assert (removed.active, removed.removed_by, removed.removal_reason, removed.reason) == (
            False,
            "kalle",
            "Hotbilden bedömd som upphörd",
            "Hot från gänget",
        )
        _refused(s, lambda: s.flags.remove_flag(threat.id, reason="igen"), "flag_id")
        assert [f.kind for f in s.flags.flags(person_id)] == [FlagKind.OTHER, FlagKind.OTHER]
        history = s.flags.flags(person_id, include_removed=True)
        assert history[0].id == threat.id
        assert len(history) == 3

        s.flags.set_flag(other_id, kind=FlagKind.PROTECTED_IDENTITY, reason="Skyddad identitet")
        assert s.flags.active_flags_by_person() == {
            person_id: frozenset({FlagKind.OTHER}),
            other_id: frozenset({FlagKind.PROTECTED_IDENTITY}),
        }
        for action in ("flag.set", "flag.remove", "flag.read", "flag.list"):
            assert action in _actions(s)


# --------------------------------------------------------------------------- access


def test_another_team_sees_neither_contacts_nor_reminders_nor_flags(vault):
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as admin:
        admin.users.add_user(
            OTHER[0],
            display_name=OTHER[1],
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=OTHER[2],
            team="nord",
        )
    lisa = _unlock(vault, OTHER[0], OTHER[2])
    with lisa.v:
        theirs = _register(lisa, "Nils", "Nordsson")
        their_contact = lisa.contacts.add_contact(theirs.case.id, MOTHER, role="relative").contact
        lisa.reminders.add_reminder(theirs.case.id, due_on=TODAY, text="Nords bevakning")
        lisa.flags.set_flag(theirs.person.id, kind=FlagKind.THREAT, reason="Hot")

    s = _as_worker(vault)
    with s.v:
        mine = _register(s)
        my_contact = s.contacts.add_contact(mine.case.id, POLICE, role="police_officer").contact
        s.reminders.add_reminder(mine.case.id, due_on=TODAY, text="Min bevakning")
        s.flags.set_flag(mine.person.id, kind=FlagKind.OTHER, reason="Övrigt")

        assert [e.contact.id for e in s.contacts.directory()] == [my_contact.id]
        assert s.flags.active_flags_by_person() == {mine.person.id: frozenset({FlagKind.OTHER})}
        assert [r.text for r in s.reminders.my_reminders().upcoming] == ["Min bevakning"]
        with pytest.raises(EmergencyAccessRequiredError):
            s.contacts.contacts_of_case(theirs.case.id)
        with pytest.raises(EmergencyAccessRequiredError):
            s.reminders.reminders(theirs.case.id)
        with pytest.raises(PermissionDeniedError):
            s.contacts.get_contact(their_contact.id)
        with pytest.raises(PermissionDeniedError):
            s.flags.flags(theirs.person.id)
        with pytest.raises(PermissionDeniedError):
            s.contacts.link_contact(their_contact.id, case_id=mine.case.id, role="other")

        # Through emergency access Kalle links his police contact to their case too.
        s.v.cases.request_emergency_access(theirs.case.id, reason="Akut hot mot deltagaren")
        s.contacts.link_contact(my_contact.id, case_id=theirs.case.id, role="police_officer")

    lisa = _unlock(vault, OTHER[0], OTHER[2])
    with lisa.v:
        directory = {e.contact.id: e for e in lisa.contacts.directory()}
        assert set(directory) == {their_contact.id, my_contact.id}
        # Only the link to her team's case shows, never Kalle's case.
        assert [c.case_id for c in directory[my_contact.id].cases] == [theirs.case.id]
        assert [lk.case_id for lk in lisa.contacts.get_contact(my_contact.id).links] == [
            theirs.case.id
        ]
        assert [r.text for r in lisa.reminders.my_reminders().upcoming] == ["Nords bevakning"]
        assert lisa.flags.active_flags_by_person() == {
            theirs.person.id: frozenset({FlagKind.THREAT})
        }


# --------------------------------------------------------------------------- at rest


SECRETS = (
    "Gunborg Hemlighetsson",
    "Skyddsgatan Polisstation",
    "gunborg.hemlig@example.se",
    "+46761234987",
    "Nätverksanteckning Ödeshög",
    "Länkanteckning Tranås",
    "Bevakningstext Vimmerby",
    "Flaggskäl Kalmarsund",
    "Borttagningsskäl Öland",
)


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_texts_are_not_readable_in_the_sqlite_files(vault):
    s = _as_worker(vault)
    with s.v:
        registered = _register(s)
        s.contacts.add_contact(
            registered.case.id,
            ContactInput(
                kind="professional",
                name=SECRETS[0],
                agency=SECRETS[1],
                email=SECRETS[2],
                phone="076-123 49 87",
                notes=SECRETS[4],
            ),
            role="police_officer",
            note=SECRETS[5],
        )
        s.reminders.add_reminder(registered.case.id, due_on=TODAY, text=SECRETS[6])
        flag = s.flags.set_flag(registered.person.id, kind="threat", reason=SECRETS[7])
        s.flags.remove_flag(flag.id, reason=SECRETS[8])
        files = _files(Path(vault.location).parent, "open")  # the WAL too
    files.update(_files(Path(vault.location).parent, "closed"))
    leaks = [
        f"{text!r} in {name}"
        for name, data in files.items()
        for text in SECRETS
        for encoding in ("utf-8", "utf-16-le")
        if text.encode(encoding) in data
    ]
    assert leaks == []


def _files(folder: Path, when: str) -> dict[str, bytes]:
    return {f"{p} ({when})": p.read_bytes() for p in folder.rglob("*") if p.is_file()}
