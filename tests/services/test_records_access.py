"""Who sees which case (lag 2001:454), emergency access, the audit entry of every read, the
protected address, and duplicate warnings. Both engines."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from avhopp.domain.clock import utc_now
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import Address, PersonInput, ProtectionLevel
from avhopp.domain.roles import Role
from avhopp.errors import EmergencyAccessRequiredError, PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service

INQUIRY_ON = date(2024, 2, 1)
NORA = ("nora", "Nora Norrteam", "blåbär-paraply-kompass-fyrtorn-31")
NILS = ("nils", "Nils Norrteam", "rabarber-segelbåt-ekorre-vattenfall-58")
MAJA = ("maja", "Maja Enhetschef", "lingon-trumpet-kanot-snöflinga-73")
LISA = ("lisa", "Lisa Loggranskare", "kardemumma-vindsurf-igelkott-15")
ADAM = ("adam", "Adam Administratör", "potatis-ballong-hjortron-isberg-86")


class Clock:
    """A controllable clock (naive UTC)."""

    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


def _unlock(vault, who: tuple[str, str, str] | None = None, *, clock=None):
    if who is None:
        username, passphrase = vault.worker, vault.worker_passphrase
    else:
        username, passphrase = who[0], who[2]
    if clock is None:
        return vault_service.unlock(vault.location, username=username, passphrase=passphrase)
    return vault_service.unlock(
        vault.location, username=username, passphrase=passphrase, clock=clock
    )


def _as_admin(vault):
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _add_users(vault, *users: tuple[tuple[str, str, str], frozenset[Role], str | None]) -> None:
    with _as_admin(vault) as admin:
        for (username, display_name, passphrase), roles, team in users:
            admin.users.add_user(
                username, display_name=display_name, roles=roles, passphrase=passphrase, team=team
            )


def _audit_rows(v) -> list[dict[str, str]]:
    out = io.StringIO()
    v.audit.export_csv(out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _register(v, first: str, last: str = "Testsson", **person):
    return v.people.register_participant(
        PersonInput(first, last, **person), referral_source="police", inquiry_on=INQUIRY_ON
    )


def _exactly(error_type, call):
    with pytest.raises(error_type) as caught:
        call()
    assert caught.type is error_type
    return caught.value


def test_other_team_needs_emergency_access_for_that_user_only(vault):
    worker_team = frozenset({Role.CASE_WORKER})
    _add_users(vault, (NORA, worker_team, "norr"), (NILS, worker_team, "norr"))
    with _unlock(vault) as kalle:
        kalles = _register(kalle, "Kalles", "Deltagare")
    with _unlock(vault, NORA) as nora:
        noras = _register(nora, "Noras", "Deltagare")
        assert noras.case.team == "norr"
    with _unlock(vault, NILS) as nils:
        # Same team: Nils sees Nora's case, not Kalle's (Kalle has no team).
        assert nils.cases.get_case(noras.case.id).emergency is False
        assert nils.people.get_person(noras.person.id).first_name == "Noras"
        assert [p.case_id for p in nils.people.list_participants()] == [noras.case.id]
    with _unlock(vault) as kalle:
        assert [p.case_id for p in kalle.people.list_participants()] == [kalles.case.id]
        _exactly(EmergencyAccessRequiredError, lambda: kalle.cases.get_case(noras.case.id))
        # No emergency access to one's own case: it is open anyway.
        _exactly(
            PermissionDeniedError,
            lambda: kalle.cases.request_emergency_access(
                kalles.case.id, reason="Akut hotbild kväll"
            ),
        )
    clock = Clock()
    with _unlock(vault, NORA, clock=clock) as nora:
        _exactly(EmergencyAccessRequiredError, lambda: nora.cases.get_case(kalles.case.id))
        _exactly(EmergencyAccessRequiredError, lambda: nora.journal.notes(kalles.case.id))
        _exactly(PermissionDeniedError, lambda: nora.people.get_person(kalles.person.id))
        assert [p.case_id for p in nora.people.list_participants()] == [noras.case.id]
        for short in ("", "behövs", "  kort  sk "):
            error = _exactly(
                ValidationError,
                lambda r=short: nora.cases.request_emergency_access(kalles.case.id, reason=r),
            )
            assert error.field == "reason"
        _exactly(EmergencyAccessRequiredError, lambda: nora.cases.get_case(kalles.case.id))
        granted = nora.cases.request_emergency_access(
            kalles.case.id, reason="Deltagaren ringde, Kalle är sjuk"
        )
        assert granted.emergency is True
        assert granted.id == kalles.case.id
        again = nora.cases.get_case(kalles.case.id)
        assert again.emergency is True
        assert nora.people.get_person(kalles.person.id).first_name == "Kalles"
        assert {p.case_id for p in nora.people.list_participants()} == {
            noras.case.id,
            kalles.case.id,
        }
        # The grant lasts a working day, then the case is closed to her again.
        clock.now += timedelta(hours=8, minutes=1)
        _exactly(EmergencyAccessRequiredError, lambda: nora.cases.get_case(kalles.case.id))
        # Her own team's case never needed a grant.
        assert nora.cases.get_case(noras.case.id).emergency is False
    with _unlock(vault, NILS) as nils:
        # The grant was Nora's: her teammate still needs his own.
        _exactly(EmergencyAccessRequiredError, lambda: nils.cases.get_case(kalles.case.id))
    with _as_admin(vault) as admin:
        rows = _audit_rows(admin)
    flagged = [r for r in rows if r["action"] == "case.emergency-access"]
    assert len(flagged) == 1
    assert flagged[0]["outcome"] == "flagged"
    assert flagged[0]["username"] == "nora"
    assert flagged[0]["target_id"] == kalles.case.id
    assert "Deltagaren ringde, Kalle är sjuk" in flagged[0]["details"]
    reads_of_kalles = [
        (r["username"], r["details"])
        for r in rows
        if r["action"] == "case.read" and r["target_id"] == kalles.case.id
    ]
    # Refusals wrote no read entry; Nora's two emergency reads are marked as such.
    assert [u for u, _ in reads_of_kalles] == ["nora", "nora"]
    assert all('"emergency_access": true' in d for _, d in reads_of_kalles)


def test_roles_without_case_content_and_the_manager(vault):
    _add_users(vault, (MAJA, frozenset({Role.MANAGER}), None))
    with _unlock(vault) as kalle:
        kalles = _register(kalle, "Kalles", "Deltagare")
        kalle.journal.sign(
            kalle.journal.save_draft(
                kalles.case.id, note_type="conversation", event_date=INQUIRY_ON, text="Samtal."
            ).id
        )
    # A manager now exists: the first administrator stops acting as one. Adam and Lisa are
    # created after it, as in a real unit.
    _add_users(
        vault,
        (ADAM, frozenset({Role.ADMINISTRATOR}), "norr"),
        (LISA, frozenset({Role.LOG_REVIEWER}), "norr"),
    )
    with _unlock(vault, MAJA) as maja:
        assert Role.MANAGER in maja.actor.roles
        seen = maja.cases.get_case(kalles.case.id)
        assert seen.emergency is False
        assert [n.text for n in maja.journal.notes(kalles.case.id)] == ["Samtal."]
        assert maja.people.get_person(kalles.person.id).last_name == "Deltagare"
        majas = _register(maja, "Majas", "Deltagare")
        assert {p.case_id for p in maja.people.list_participants()} == {
            kalles.case.id,
            majas.case.id,
        }
    for who in (None, ADAM, LISA):
        opened = _as_admin(vault) if who is None else _unlock(vault, who)
        with opened as v:
            assert Role.MANAGER not in v.actor.roles
            for call in (
                lambda: v.cases.get_case(kalles.case.id),
                lambda: v.journal.notes(kalles.case.id),
                lambda: v.people.get_person(kalles.person.id),
                lambda: v.people.reveal_address(kalles.person.id, reason="Vill bara se"),
                lambda: v.cases.request_emergency_access(
                    kalles.case.id, reason="Vill läsa ärendet akut"
                ),
                lambda: _register(v, "Ny", "Person"),
            ):
                _exactly(PermissionDeniedError, call)
            assert v.people.list_participants() == []
            assert v.cases.cases_of_person(kalles.person.id) == []
    with _unlock(vault, LISA) as lisa:
        rows = _audit_rows(lisa)
    reads = {(r["username"], r["action"]) for r in rows if r["target_id"] == kalles.case.id}
    assert ("maja", "case.read") in reads
    assert not {u for u, _ in reads} & {"admin", "adam", "lisa"}


def test_every_read_is_audited_and_a_protected_address_stays_hidden(vault):
    address = Address(street="Hemliga gatan 7", postal_code="722 15", city="Västerås")
    with _unlock(vault) as kalle:
        protected = _register(
            kalle,
            "Skyddad",
            "Person",
            address=address,
            protection=ProtectionLevel.PROTECTED_REGISTRATION,
        )
        open_person = _register(kalle, "Öppen", "Person", address=address)
        assert protected.person.address is None
        assert protected.person.address_hidden is True
        case_id, person_id = protected.case.id, protected.person.id

        kalle.cases.get_case(case_id)
        kalle.cases.get_case(case_id)
        shown = kalle.people.get_person(person_id)
        assert shown.address is None
        assert shown.address_hidden is True
        assert shown.protection == ProtectionLevel.PROTECTED_REGISTRATION
        kalle.journal.notes(case_id)
        revealed = kalle.people.reveal_address(person_id, reason="Ska skicka beslut")
        assert revealed.address == address
        assert revealed.address_hidden is False
        # An unprotected address is simply shown; revealing it is not flagged.
        plain = kalle.people.get_person(open_person.person.id)
        assert plain.address == address
        assert plain.address_hidden is False
        kalle.people.reveal_address(open_person.person.id)
        # Updating without the hidden address keeps it.
        kalle.people.update_person(
            person_id,
            PersonInput("Skyddad", "Persson", protection=ProtectionLevel.PROTECTED_REGISTRATION),
            expected_version=shown.version,
        )
        assert kalle.people.reveal_address(person_id).address == address
    with _as_admin(vault) as admin:
        rows = _audit_rows(admin)

    def entries(action: str, target: str) -> list[dict[str, str]]:
        return [r for r in rows if r["action"] == action and r["target_id"] == target]

    assert len(entries("case.read", case_id)) == 2
    assert all(r["username"] == "kalle" for r in entries("case.read", case_id))
    assert len(entries("person.read", person_id)) == 1
    assert entries("person.read", person_id)[0]["target_type"] == "person"
    assert len(entries("journal.read", case_id)) == 1
    reveals = entries("person.reveal-address", person_id)
    assert [r["outcome"] for r in reveals] == ["flagged", "flagged"]
    assert "Ska skicka beslut" in reveals[0]["details"]
    assert [r["outcome"] for r in entries("person.reveal-address", open_person.person.id)] == ["ok"]
    assert len(entries("person.create", person_id)) == 1
    assert len(entries("person.update", person_id)) == 1
    # Nothing of the address reaches the log.
    assert not any("Hemliga gatan" in value for r in rows for value in r.values())


def test_duplicates_are_reported_and_registration_goes_on(vault):
    birth = date(1995, 4, 12)
    number = make_test_number(birth, 235)
    other_number = make_test_number(birth, 237)
    with _unlock(vault) as kalle:
        first = _register(
            kalle,
            "Märta",
            "Hemligsdotter",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=number,
        )
        assert first.duplicates == ()
        same_number = _register(
            kalle,
            "Marta",
            "Annat-Namn",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=f"{number[2:8]}-{number[8:]}",
        )
        assert [(d.person_id, d.reason) for d in same_number.duplicates] == [
            (first.person.id, "identity_number")
        ]
        same_name_other_number = _register(
            kalle,
            "MÄRTA",
            "hemligsdotter",
            identity_kind=IdentityKind.PERSONNUMMER,
            identity_number=other_number,
        )
        assert [(d.person_id, d.reason) for d in same_name_other_number.duplicates] == [
            (first.person.id, "name_and_birth_year")
        ]
        no_number = _register(kalle, "Märta", "Hemligsdotter", birth_date=date(1995, 12, 31))
        assert {(d.person_id, d.reason) for d in no_number.duplicates} == {
            (first.person.id, "name_and_birth_year"),
            (same_name_other_number.person.id, "name_and_birth_year"),
        }
        other_year = _register(kalle, "Märta", "Hemligsdotter", birth_date=date(1996, 1, 1))
        assert other_year.duplicates == ()
        unknown_birth = _register(kalle, "Märta", "Hemligsdotter")
        assert unknown_birth.duplicates == ()
        # All six were registered, each with a case.
        assert len(kalle.people.list_participants()) == 6
        assert set(kalle.people.find_by_identity_number(IdentityKind.PERSONNUMMER, number)) == {
            first.person.id,
            same_number.person.id,
        }
        # An update reports duplicates too, but never the person itself.
        _view, duplicates = kalle.people.update_person(
            first.person.id,
            PersonInput(
                "Märta",
                "Hemligsdotter",
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=number,
            ),
            expected_version=first.person.version,
        )
        assert {(d.person_id, d.reason) for d in duplicates} == {
            (same_number.person.id, "identity_number"),
            (same_name_other_number.person.id, "name_and_birth_year"),
            (no_number.person.id, "name_and_birth_year"),
        }
