"""Finding a case outside one's own for emergency access: exact reference or identity number,
ids only, audited. Both engines."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service

NORA = ("nora", "Nora Norrteam", "blåbär-paraply-kompass-fyrtorn-31")
LISA = ("lisa", "Lisa Loggranskare", "kardemumma-vindsurf-igelkott-15")


def _unlock(vault, username: str, passphrase: str):
    return vault_service.unlock(vault.location, username=username, passphrase=passphrase)


def test_a_case_worker_finds_another_teams_case_by_reference_or_number(vault) -> None:
    with _unlock(vault, vault.admin, vault.admin_passphrase) as admin:
        admin.users.add_user(
            NORA[0], display_name=NORA[1], roles=frozenset({Role.CASE_WORKER}),
            passphrase=NORA[2], team="norr",
        )  # fmt: skip
        admin.users.add_user(
            LISA[0], display_name=LISA[1], roles=frozenset({Role.LOG_REVIEWER}),
            passphrase=LISA[2],
        )  # fmt: skip
    number = make_test_number(date(1998, 4, 12), 123)
    with _unlock(vault, vault.worker, vault.worker_passphrase) as kalle:
        registered = kalle.people.register_participant(
            PersonInput(
                "Hemlig", "Deltagare",
                identity_kind=IdentityKind.PERSONNUMMER, identity_number=number,
            ),
            referral_source="police",
            inquiry_on=date(2024, 2, 1),
        )  # fmt: skip
        reference = registered.case.reference
        mine = kalle.cases.locate(reference)
        assert [(c.case_id, c.open_to_actor) for c in mine] == [(registered.case.id, True)]
    with _unlock(vault, *NORA[::2]) as nora:
        assert registered.case.id not in {p.case_id for p in nora.people.list_participants()}
        for query in (reference, reference.lower(), f" {reference} ", number, number[2:]):
            found = nora.cases.locate(query)
            assert [(c.case_id, c.person_id, c.reference, c.open_to_actor) for c in found] == [
                (registered.case.id, registered.person.id, reference, False)
            ], query
        assert nora.cases.locate("AVH-1999-0001") == []
        assert nora.cases.locate(make_test_number(date(1990, 1, 1), 55)) == []
        for bad in ("", "Hemlig Deltagare", "19980412-0000"):
            with pytest.raises(ValidationError) as caught:
                nora.cases.locate(bad)
            assert caught.value.field == "query"
        nora.cases.request_emergency_access(registered.case.id, reason="Deltagaren ringde, akut")
        assert nora.cases.locate(reference)[0].open_to_actor is True
        out = io.StringIO()
        with _unlock(vault, vault.admin, vault.admin_passphrase) as admin:
            admin.audit.export_csv(out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["action"] == "case.locate"]
    assert len(rows) >= 8
    text = out.getvalue()
    assert "Hemlig" not in text
    assert number not in text
    with _unlock(vault, *LISA[::2]) as lisa, pytest.raises(PermissionDeniedError):
        lisa.cases.locate(reference)
