"""One transaction for a whole participant view, and batches that are all or nothing."""

from __future__ import annotations

import io
from datetime import date

import pytest

from avhopp.domain.person import PersonInput
from avhopp.domain.support import StepInput
from avhopp.services import vault as vault_service


def _audit_lines(v) -> list[str]:
    out = io.StringIO()
    v.audit.export_csv(out)
    return out.getvalue().splitlines()


def test_open_file_reads_every_tab_and_audits_each_read(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        registered = v.people.register_participant(
            PersonInput(first_name="Filip", last_name="Flikar"),
            referral_source="police",
            inquiry_on=date(2026, 3, 1),
        )
        case_id = registered.case.id
        v.journal.write_signed(
            case_id, note_type="conversation", event_date=date(2026, 3, 2), text="Första samtalet."
        )
        v.cases.change_phase(case_id, "investigation", entered_on=date(2026, 3, 5))
        v.cases.change_phase(case_id, "active_support", entered_on=date(2026, 3, 20))
        v.support.add_step(case_id, StepInput(category="housing", item="supported_housing"))

        participant = v.people.open_file(registered.person.id)
    assert participant.person.first_name == "Filip"
    (case_file,) = participant.cases
    assert case_file.case.phase == "active_support"
    assert [n.text for n in case_file.notes] == ["Första samtalet."]
    assert [s.item for s in case_file.steps] == ["supported_housing"]
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        lines = _audit_lines(v)
    reads = [line for line in lines if ",journal.read," in line or ",step.read," in line]
    assert len(reads) == 2
    assert all(case_id in line for line in reads)


def test_a_batch_is_all_or_nothing(vault) -> None:
    with vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    ) as v:
        case_id = v.people.register_participant(
            PersonInput(first_name="Greta", last_name="Batch"),
            referral_source="self",
            inquiry_on=date(2026, 4, 1),
        ).case.id
        before = len(v.journal.notes(case_id))

        def half_done() -> None:
            with v.batch():
                v.journal.write_signed(
                    case_id, note_type="phone", event_date=date(2026, 4, 2), text="Ej sparad."
                )
                raise RuntimeError("the user's action failed half-way")

        with pytest.raises(RuntimeError):
            half_done()
        assert len(v.journal.notes(case_id)) == before
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        assert v.audit.verify().entries > 0  # the rolled-back entries left no gap
