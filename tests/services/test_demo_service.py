"""Demo vaults: realistic, reproducible, valid, encrypted, and never mixed with real data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from avhopp.domain.identity import IdentityKind, parse_swedish
from avhopp.domain.person import PersonInput
from avhopp.errors import PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.services.demo_service import generate_demo


def _names(location: str, admin: str, passphrase: str) -> list[tuple[str, str]]:
    with vault_service.unlock(location, username=admin, passphrase=passphrase) as v:
        return sorted((p.full_name, p.reference) for p in v.people.list_participants())


def test_demo_fills_a_vault_with_valid_linked_records(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        summary = generate_demo(v, participants=40, seed=11)
        assert summary.participants == 40
        assert summary.cases >= 40
        assert summary.notes >= summary.cases
        rows = v.people.list_participants()
        assert len(rows) == summary.cases
        for row in rows:
            assert row.reference.startswith("AVH-")
            if len(row.identity_number) == 12:
                parsed = parse_swedish(row.identity_number, today=date.today())
                assert parsed.kind in (IdentityKind.PERSONNUMMER, IdentityKind.SAMORDNINGSNUMMER)
        case = next(r for r in rows if r.phase != "inquiry")
        view = v.cases.get_case(case.case_id)
        assert view.history[0].phase == "inquiry"
        assert all(
            a.entered_on <= b.entered_on
            for a, b in zip(view.history, view.history[1:], strict=False)
        )
        assert v.journal.notes(case.case_id)
        assert v.audit.verify().entries > 0
        figures = v.stats.period(date(2021, 1, 1), date.today())
        assert figures.new_cases > 0


@pytest.mark.parametrize("engine_kind", ["sqlite"])  # one engine shows reproducibility
def test_same_seed_same_data(vault, tmp_path: Path) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    for source in vault.path.parent.iterdir():
        if source.name.startswith(vault.path.name):
            shutil.copy2(source, twin / source.name)
    for location in (vault.location, str(twin / vault.path.name)):
        with vault_service.unlock(
            location, username=vault.admin, passphrase=vault.admin_passphrase
        ) as v:
            generate_demo(v, participants=15, seed=5)
    first = _names(vault.location, vault.admin, vault.admin_passphrase)
    second = _names(str(twin / vault.path.name), vault.admin, vault.admin_passphrase)
    assert first == second


def test_demo_refuses_a_vault_with_participants_and_case_workers(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        with pytest.raises(PermissionDeniedError):
            generate_demo(v, participants=5)
        v.people.register_participant(
            PersonInput(first_name="Riktig", last_name="Person"),
            referral_source="police",
            inquiry_on=date(2026, 1, 5),
        )
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        with pytest.raises(ValidationError, match="empty vault"):
            generate_demo(v, participants=5)
        with pytest.raises(ValidationError):
            generate_demo(v, participants=0)
