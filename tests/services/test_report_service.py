"""ReportService on both engines: who may make which report, what is recorded, where bytes
go (only where the user chose, never a temporary folder), and bad input changing nothing."""

from __future__ import annotations

import errno
import io
import os
import tempfile
import threading
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from avhopp.domain.person import PersonInput
from avhopp.errors import (
    CancelledError,
    DiskFullError,
    PermissionDeniedError,
    ReadOnlyLocationError,
    ValidationError,
)
from avhopp.services import vault as vault_service

TODAY = datetime(2026, 11, 26, 12, 0)
PASSWORD = "konferens-lösen-2026"


def clock() -> datetime:
    return TODAY


def _manager(vault):
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase, clock=clock
    )


def _worker(vault):
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase, clock=clock
    )


@pytest.fixture
def case(vault):
    """One participant of the case worker's with a signed note."""
    with _worker(vault) as v:
        registered = v.people.register_participant(
            PersonInput(first_name="Rapportina", last_name="Testsson"),
            referral_source="police",
            inquiry_on=date(2026, 3, 1),
        )
        v.journal.write_signed(
            registered.case.id,
            note_type="conversation",
            event_date=date(2026, 10, 1),
            text="Samtal om boendet.",
        )
    return registered.case


def _recorded(vault, action: str) -> list:
    """The audit entries of ``action``, read by a manager."""
    with _manager(vault) as v:
        return v.audit_review.entries(action=action)


def test_council_report_is_for_managers_and_recorded(vault, case) -> None:
    with _worker(vault) as v, pytest.raises(PermissionDeniedError):
        v.reports.council(date(2026, 1, 1), date(2026, 6, 30))
    with _manager(vault) as v:
        document = v.reports.council(date(2026, 1, 1), date(2026, 6, 30))
        assert document.kind == "council"
        assert document.file_name == "radsrapport_2026-01-01_2026-06-30.pdf"
        assert not document.encrypted
        assert document.pages == len(PdfReader(io.BytesIO(document.data)).pages) >= 2
    generated = _recorded(vault, "report.generate")
    assert len(generated) == 1
    assert generated[0].target_type is None  # about no one


def test_bad_council_input_is_refused_and_not_recorded(vault) -> None:
    with _manager(vault) as v:
        with pytest.raises(ValidationError):
            v.reports.council(date(2026, 6, 30), date(2026, 1, 1))
        with pytest.raises(ValidationError) as too_long:
            v.reports.council(date(2026, 1, 1), date(2026, 6, 30), summary_text="x" * 3001)
        assert too_long.value.field == "summary_text"
        with pytest.raises(ValidationError):
            v.reports.council(date(2026, 1, 1), date(2026, 6, 30), language="de")
    assert _recorded(vault, "report.generate") == []


def test_a_cancelled_report_is_not_recorded(vault) -> None:
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 1:
            cancel.set()

    with _manager(vault) as v, pytest.raises(CancelledError):
        v.reports.council(date(2026, 1, 1), date(2026, 6, 30), progress=progress, cancel=cancel)
    assert _recorded(vault, "report.generate") == []
    assert seen[0] == (0, 4)


def test_progress_runs_to_the_end(vault) -> None:
    seen = []
    with _manager(vault) as v:
        v.reports.council(
            date(2026, 1, 1), date(2026, 12, 31), progress=lambda d, t: seen.append((d, t))
        )
    assert seen[0] == (0, 4)
    assert seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_protected_summary_opens_only_with_its_password(vault, case, tmp_path) -> None:
    with _worker(vault) as v:
        with pytest.raises(ValidationError) as short:
            v.reports.summary(case.id, password="kort")
        assert short.value.field == "password"
        document = v.reports.summary(case.id, password=PASSWORD)
        path = v.reports.save(document, tmp_path / document.file_name)
    assert document.encrypted
    assert "Rapportina" not in document.file_name
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert reader.decrypt("fel lösenord") == 0
    locked = PdfReader(path)
    with pytest.raises(Exception, match=r"(?i)decrypt|encrypt|password"):
        locked.pages[0].extract_text()
    opened = PdfReader(path)
    assert opened.decrypt(PASSWORD) != 0
    assert "Rapportina" in opened.pages[0].extract_text()


def test_no_plaintext_copy_lands_in_a_temporary_folder(vault, case, tmp_path, monkeypatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    with _worker(vault) as v:
        summary = v.reports.summary(case.id)
        v.reports.save(summary, chosen / "a.pdf")
    with _manager(vault) as v:
        extract = v.reports.extract(case.person_id)
        v.reports.save(extract, chosen / "b.pdf")
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in chosen.iterdir()) == ["a.pdf", "b.pdf"]


def test_save_writes_completely_and_records(vault, case, tmp_path) -> None:
    folder = tmp_path / "out"  # the vault itself may lie in tmp_path
    folder.mkdir()
    target = folder / "rapport.pdf"
    target.write_bytes(b"an older file")
    with _worker(vault) as v:
        document = v.reports.summary(case.id)
        v.reports.save(document, target)
        v.reports.record_printed(document)
        v.reports.record_opened(document)
    entries = {
        action: _recorded(vault, action)
        for action in ("report.generate", "report.save", "report.print", "report.open")
    }
    assert target.read_bytes() == document.data
    assert list(folder.iterdir()) == [target]
    for action, found in entries.items():
        assert len(found) == 1, action
        assert (found[0].target_type, found[0].target_id) == ("case", case.id)


def test_save_refuses_bad_places_and_leaves_nothing(vault, case, tmp_path, monkeypatch) -> None:
    tmp_path = tmp_path / "out"  # the vault itself may lie in tmp_path
    tmp_path.mkdir()
    with _worker(vault) as v:
        document = v.reports.summary(case.id)
        with pytest.raises(ValidationError):
            v.reports.save(document, tmp_path / "missing" / "r.pdf")
        with pytest.raises(ValidationError):
            v.reports.save(document, tmp_path)
        if os.geteuid() != 0:  # root writes anywhere
            locked = tmp_path / "locked"
            locked.mkdir(mode=0o500)
            with pytest.raises(ReadOnlyLocationError):
                v.reports.save(document, locked / "r.pdf")
        keep = tmp_path / "keep.pdf"
        keep.write_bytes(b"yesterday's report")
        real_fsync = os.fsync

        def full_disk(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full_disk)
        with pytest.raises(DiskFullError):
            v.reports.save(document, keep)
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert keep.read_bytes() == b"yesterday's report"
        assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["keep.pdf"]
    assert _recorded(vault, "report.save") == []


def test_extract_is_for_managers(vault, case) -> None:
    with _worker(vault) as v, pytest.raises(PermissionDeniedError):
        v.reports.extract(case.person_id)
