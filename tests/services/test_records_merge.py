"""Merging duplicate person records: a manager's decision, nothing lost, audited."""

from __future__ import annotations

import io
from datetime import date

import pytest

from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import PersonInput
from avhopp.errors import NotFoundError, PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service


def test_a_manager_merges_duplicates_and_nothing_is_lost(vault) -> None:
    number = make_test_number(date(1998, 4, 9), 237)
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        first = v.people.register_participant(
            PersonInput(
                first_name="Sara",
                last_name="Dubblett",
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=number,
            ),
            referral_source="police",
            inquiry_on=date(2026, 1, 10),
        )
        second = v.people.register_participant(
            PersonInput(
                first_name="Sara",
                last_name="Dubblett",
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=number,
                phone="070-765 43 21",
            ),
            referral_source="self",
            inquiry_on=date(2026, 2, 1),
        )
        assert second.duplicates
        assert second.duplicates[0].person_id == first.person.id
        with pytest.raises(PermissionDeniedError):
            v.people.merge(first.person.id, second.person.id, reason="Samma person, dubblett")

    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:  # the first administrator acts as manager until a manager exists
        with pytest.raises(ValidationError):
            v.people.merge(first.person.id, first.person.id, reason="Samma person, dubblett")
        with pytest.raises(ValidationError):
            v.people.merge(first.person.id, second.person.id, reason="dubb")
        moved = v.people.merge(first.person.id, second.person.id, reason="Samma person, dubblett")
        assert moved == 1
        cases = v.cases.cases_of_person(first.person.id)
        assert sorted(c.id for c in cases) == sorted([first.case.id, second.case.id])
        with pytest.raises(NotFoundError):
            v.people.get_person(second.person.id)
        kept = v.people.get_person(first.person.id)
        assert kept.first_name == "Sara"
        history = v.people.merged_records(first.person.id)
        assert history[0]["person_id"] == second.person.id
        assert history[0]["record"]["phone"] == "+46707654321"  # nothing registered is lost
        log = io.StringIO()
        v.audit.export_csv(log)
    merge_lines = [line for line in log.getvalue().splitlines() if ",person.merge," in line]
    assert len(merge_lines) == 1
    assert ",flagged," in merge_lines[0]
