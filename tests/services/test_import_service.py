"""Importing participants from CSV and Excel files: all or nothing, on both engines.

A good file becomes people, cases and phase histories encrypted as the services write them,
with one audit entry; any bad row refuses the file with every row's errors, and nothing
changes (not even the audit log). The 10,000-row tests are marked slow and print their
timings. Identity numbers only from make_test_number.
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from avhopp.domain.code_lists import CodeList
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.import_format import headers
from avhopp.domain.person import PersonInput
from avhopp.domain.roles import Role
from avhopp.errors import AlreadyExistsError, PermissionDeniedError, ValidationError
from avhopp.services import vault as vault_service
from avhopp.services.import_service import ImportRejectedError, ImportService
from avhopp.storage.case_models import Case, CodeEntryRow, Person, PhaseChangeRow

BASE_HEADER = [
    "Förnamn",
    "Efternamn",
    "Personnummer",
    "Aktualiseringskälla",
    "Aktualiseringsdatum",
    "Fas",
    "Fasdatum",
    "Avslutsorsak",
]


def _as_worker(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.worker, passphrase=vault.worker_passphrase
    )


def _as_admin(vault) -> vault_service.Vault:
    return vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    )


def _snapshot(v) -> tuple[int, int, int, int]:
    with v.unit_of_work() as uow:
        counts = tuple(
            uow.session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Person, Case, PhaseChangeRow)
        )
        return (*counts, uow.audit.head()[0])


def _write_csv(path: Path, rows, *, header=BASE_HEADER, delimiter=";", bom=True) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
    return path


def _write_xlsx(path: Path, rows, *, header=BASE_HEADER) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _number(index: int) -> str:
    """A distinct valid test number per index (up to 3650 × 899)."""
    return make_test_number(date(1980, 1, 1) + timedelta(days=index % 3650), 100 + index // 3650)


def _rows(count: int):
    for index in range(count):
        yield [
            f"Förnamn{index}",
            "Testsson",
            _number(index),
            "Polisen" if index % 2 else "self",
            "2024-01-10",
            "",
            "",
            "",
        ]


def _details(v, seq: int) -> dict:
    with v.unit_of_work() as uow:
        for row in uow.audit.iter_rows():
            if row.seq == seq:
                return uow.audit.decode(row).details or {}
    raise AssertionError(seq)


def _last_action(v) -> tuple[int, str]:
    with v.unit_of_work() as uow:
        seq = uow.audit.head()[0]
        for row in uow.audit.iter_rows():
            if row.seq == seq:
                return seq, row.action
    raise AssertionError


def test_csv_import_writes_people_cases_and_histories(vault, tmp_path):
    anna, bo = _number(1), _number(2)
    path = _write_csv(
        tmp_path / "deltagare.csv",
        [
            [
                "Anna",
                "Testsson",
                anna,
                "Polisen",
                "2024-01-10",
                "Aktivt stöd / genomförande",
                "2024-03-01",
                "",
            ],
            ["Bo", "Testsson", bo, "self", "2023-05-02", "avslutat", "2024-02-01", "Avliden"],
            ["Cia", "Testsson", "", "Kriminalvården frivård", "2024-06-01", "", "", ""],
        ],
    )
    with _as_worker(vault) as v:
        before = _snapshot(v)
        result = ImportService(v).import_file(path)
        assert (result.participants, result.cases, result.phase_changes) == (3, 3, 5)
        assert result.file_format == "csv"
        assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert _snapshot(v) == (before[0] + 3, before[1] + 3, before[2] + 5, before[3] + 1)

        # One audit entry with the counts and the file's hash, not its name.
        seq, action = _last_action(v)
        assert action == "import.file"
        details = _details(v, seq)
        assert details["sha256"] == result.sha256
        assert (details["participants"], details["cases"], details["phase_changes"]) == (3, 3, 5)
        assert "deltagare" not in repr(details)

        # Readable through the ordinary services, found by the blind index.
        (anna_id,) = v.people.find_by_identity_number(IdentityKind.PERSONNUMMER, anna)
        person = v.people.get_person(anna_id)
        assert (person.first_name, person.identity_number) == ("Anna", anna)
        assert person.birth_date == date(1980, 1, 2)
        (case,) = v.cases.cases_of_person(anna_id)
        assert (case.phase, case.referral_source, case.inquiry_on) == (
            "active_support",
            "police",
            date(2024, 1, 10),
        )
        assert case.decision_on == date(2024, 3, 1)
        assert case.closed_on is None
        assert case.responsible_user_id == v.actor.user_id
        assert [(h.seq, h.phase, h.entered_on) for h in case.history] == [
            (1, "inquiry", date(2024, 1, 10)),
            (2, "active_support", date(2024, 3, 1)),
        ]
        assert case.history[0].created_by == vault.worker

        (bo_id,) = v.people.find_by_identity_number(IdentityKind.PERSONNUMMER, bo)
        (closed,) = v.cases.cases_of_person(bo_id)
        assert (closed.phase, closed.closed_on, closed.closure_reason) == (
            "closed",
            date(2024, 2, 1),
            "deceased",
        )
        assert closed.history[-1].closure_reason == "deceased"
        assert closed.reference.startswith("AVH-2023-")

        participants = {p.full_name: p for p in v.people.list_participants()}
        assert set(participants) == {"Anna Testsson", "Bo Testsson", "Cia Testsson"}
        assert participants["Cia Testsson"].phase == "inquiry"
        # Imported cases go on like any other.
        moved = v.cases.change_phase(case.id, "transition", entered_on=date(2024, 9, 1))
        assert moved.phase == "transition"


def test_references_continue_after_existing_cases(vault, tmp_path):
    with _as_worker(vault) as v:
        existing = v.people.register_participant(
            PersonInput("Märta", "Testsson"), referral_source="police", inquiry_on=date(2024, 2, 1)
        ).case.reference
        ImportService(v).import_file(_write_csv(tmp_path / "a.csv", _rows(3)))
        references = sorted(p.reference for p in v.people.list_participants())
    assert existing == "AVH-2024-0001"
    assert references == ["AVH-2024-0001", "AVH-2024-0002", "AVH-2024-0003", "AVH-2024-0004"]


def test_comma_csv_without_bom_and_header_variants(vault, tmp_path):
    header = [" förnamn ", "EFTERNAMN*", "personnummer", "Källa", "aktualiseringsdatum", "Tolk"]
    path = _write_csv(
        tmp_path / "komma.csv",
        [["Anna", "Testsson, d.y.", _number(5), "police", "2024-01-10", "ja"]],
        header=header,
        delimiter=",",
        bom=False,
    )
    with _as_worker(vault) as v:
        assert ImportService(v).import_file(path).participants == 1
        (summary,) = v.people.list_participants()
        assert summary.full_name == "Anna Testsson, d.y."
        assert v.people.get_person(summary.person_id).interpreter is True


def test_xlsx_import_with_excel_dates_and_numbers(vault, tmp_path):
    born_2005 = make_test_number(date(2005, 2, 3), 555)
    header = [*BASE_HEADER, "Postnummer", "Telefon", "Ansvarig handläggare", "Team"]
    path = _write_xlsx(
        tmp_path / "deltagare.xlsx",
        [
            # Excel turns a 10-digit number into 9 digits (leading zero), dates into dates.
            [
                "Anna",
                "Testsson",
                int(born_2005[2:]),
                "Polisen",
                datetime(2024, 1, 10),
                "investigation",
                datetime(2024, 2, 1),
                None,
                72211,
                701740642,
                vault.worker,
                "syd",
            ],
            [None] * 12,  # an empty row in the middle is skipped
            ["Bo", "Testsson", int(_number(9)), "self", "2024-01-10", None, None, None],
        ],
        header=header,
    )
    with _as_worker(vault) as v:
        result = ImportService(v).import_file(path)
        assert (result.participants, result.file_format) == (2, "xlsx")
        (anna_id,) = v.people.find_by_identity_number(IdentityKind.PERSONNUMMER, born_2005)
        person = v.people.get_person(anna_id)
        assert (person.address.postal_code, person.phone) == ("72211", "+46701740642")
        (case,) = v.cases.cases_of_person(anna_id)
        assert (case.phase, case.team, case.decision_on) == ("investigation", "syd", None)


def test_xlsx_errors_use_the_sheet_row_numbers(vault, tmp_path):
    path = _write_xlsx(
        tmp_path / "fel.xlsx",
        [
            ["Anna", "Testsson", _number(1), "Polisen", "2024-01-10"],
            [None] * 5,
            ["Bo", "Testsson", _number(2), "Grannen", "2024-01-10"],
        ],
    )
    with _as_worker(vault) as v, pytest.raises(ImportRejectedError) as caught:
        ImportService(v).import_file(path)
    assert [e.line() for e in caught.value.errors] == [
        "rad 4, Aktualiseringskälla: 'Grannen' is not an active entry of the referral source list."
    ]


def test_bad_rows_refuse_the_whole_file_and_change_nothing(vault, tmp_path):
    good = list(_rows(4))
    bad_check_digit = _number(7)[:-1] + str((int(_number(7)[-1]) + 1) % 10)
    rows = [
        good[0],
        ["Bo", "Testsson", bad_check_digit, "Polisen", "2024-01-10", "", "", ""],
        good[1],
        ["Cia", "Testsson", _number(8), "Polisen", "2024-01-10", "Mellanfas", "", ""],
        ["Dan", "Testsson", _number(9), "Polisen", "2024-02-30", "closed", "2024-03-01", ""],
        good[2],
        ["Eva", "Testsson", good[0][2], "Polisen", "2024-01-10", "", "", ""],
        good[3],
    ]
    path = _write_csv(tmp_path / "fel.csv", rows)
    with _as_worker(vault) as v:
        before = _snapshot(v)
        with pytest.raises(ImportRejectedError) as caught:
            ImportService(v).import_file(path)
        assert _snapshot(v) == before
    assert [e.line() for e in caught.value.errors] == [
        "rad 3, Personnummer: The identity number has a wrong check digit.",
        "rad 5, Fas: 'Mellanfas' is not an active entry of the phase list.",
        "rad 6, Aktualiseringsdatum: This date does not exist.",
        "rad 6, Avslutsorsak: A closure reason is required to close a case.",
        "rad 8, Personnummer: The same identity number as row 2.",
    ]
    assert caught.value.message == (
        "The import was refused: 5 errors in 4 rows. Nothing was imported."
    )


def test_a_number_already_in_the_vault_is_refused(vault, tmp_path):
    number = _number(3)
    with _as_worker(vault) as v:
        v.people.register_participant(
            PersonInput("Märta", "Testsson", IdentityKind.PERSONNUMMER, number),
            referral_source="police",
            inquiry_on=date(2024, 2, 1),
        )
        before = _snapshot(v)
        rows = list(_rows(3))
        rows[1][2] = number[2:8] + "-" + number[8:]  # the same number, written otherwise
        with pytest.raises(ImportRejectedError) as caught:
            ImportService(v).import_file(_write_csv(tmp_path / "a.csv", rows))
        assert _snapshot(v) == before
    assert [e.line() for e in caught.value.errors] == [
        "rad 3, Personnummer: A participant with this identity number is already registered."
    ]


def test_header_problems_are_reported_before_any_row(vault, tmp_path):
    path = _write_csv(
        tmp_path / "a.csv",
        [["Anna", "Testsson", "42"]],
        header=["Förnamn", "Efternamn", "Skonummer"],
    )
    with _as_worker(vault) as v, pytest.raises(ImportRejectedError) as caught:
        ImportService(v).import_file(path)
    assert [e.line() for e in caught.value.errors] == [
        "rad 1, Skonummer: Unknown column.",
        "rad 1, Aktualiseringskälla: This column is required.",
        "rad 1, Aktualiseringsdatum: This column is required.",
    ]


def test_deactivated_codes_and_disabled_case_workers_are_refused(vault, tmp_path):
    with _as_admin(vault) as admin:
        with admin.unit_of_work() as uow:
            uow.session.execute(
                update(CodeEntryRow)
                .where(
                    CodeEntryRow.list_name == CodeList.REFERRAL_SOURCE,
                    CodeEntryRow.code == "school",
                )
                .values(active=False)
            )
            uow.commit()
        rows = [
            ["Anna", "Testsson", _number(1), "Skola", "2024-01-10", "", "", "", "kalle"],
            ["Bo", "Testsson", _number(2), "police", "2024-01-10", "", "", "", "admin"],
        ]
        path = _write_csv(tmp_path / "a.csv", rows, header=[*BASE_HEADER, "Ansvarig handläggare"])
        # The administrator acts as manager here: may import, but is no case worker.
        with pytest.raises(ImportRejectedError) as caught:
            ImportService(admin).import_file(path)
    assert [e.line() for e in caught.value.errors] == [
        "rad 2, Aktualiseringskälla: 'Skola' is not an active entry of the referral source list.",
        "rad 3, Ansvarig handläggare: No active case worker has this user name.",
    ]


def test_a_manager_imports_without_a_default_case_worker(vault, tmp_path):
    with _as_admin(vault) as admin:
        assert Role.MANAGER in admin.actor.roles
        ImportService(admin).import_file(_write_csv(tmp_path / "a.csv", _rows(1)))
        with admin.unit_of_work() as uow:
            (case,) = uow.session.execute(select(Case)).scalars()
            assert (case.responsible_user_id, case.team) == (None, None)


def test_only_case_workers_and_managers_import(vault, tmp_path):
    path = _write_csv(tmp_path / "a.csv", _rows(1))
    with _as_admin(vault) as admin:
        admin.users.add_user(
            "granskare",
            display_name="Log Reviewer",
            roles=frozenset({Role.LOG_REVIEWER}),
            passphrase=vault.worker_passphrase,
        )
    with vault_service.unlock(
        vault.location, username="granskare", passphrase=vault.worker_passphrase
    ) as v:
        before = _snapshot(v)
        with pytest.raises(PermissionDeniedError):
            ImportService(v).import_file(path)
        assert _snapshot(v) == before


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_unreadable_files(vault, tmp_path):
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(";".join(BASE_HEADER).encode("latin-1"))
    not_a_workbook = tmp_path / "fel.xlsx"
    not_a_workbook.write_text("Förnamn;Efternamn\n", encoding="utf-8")
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    header_only = _write_csv(tmp_path / "rubrik.csv", [[""] * len(BASE_HEADER)])
    cases = [
        (tmp_path / "a.ods", "Use a .csv or .xlsx file (this one ends in '.ods')."),
        (tmp_path / "saknas.csv", "The file cannot be read: No such file or directory"),
        (latin1, "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."),
        (not_a_workbook, "The file cannot be read as an Excel workbook (.xlsx)."),
        (empty, "The file is empty: the first row must hold the column headers."),
        (header_only, "The file holds no participants."),
    ]
    with _as_worker(vault) as v:
        before = _snapshot(v)
        for path, message in cases:
            with pytest.raises(ValidationError) as caught:
                ImportService(v).import_file(path)
            assert not isinstance(caught.value, ImportRejectedError)
            assert caught.value.message == message
        assert _snapshot(v) == before


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_progress_and_cancel(vault, tmp_path):
    path = _write_csv(tmp_path / "a.csv", _rows(600))
    with _as_worker(vault) as v:
        before = _snapshot(v)
        cancel = threading.Event()
        seen: list[tuple[int, int]] = []

        def cancel_while_writing(done: int, total: int) -> None:
            seen.append((done, total))
            if done > total // 2:
                cancel.set()

        with pytest.raises(ValidationError, match=r"Cancelled; nothing was written\."):
            ImportService(v).import_file(path, progress=cancel_while_writing, cancel=cancel)
        assert _snapshot(v) == before
        assert seen[-1][0] > 600
        assert all(total == 1200 for _, total in seen)

        calls: list[tuple[int, int]] = []
        ImportService(v).import_file(path, progress=lambda d, t: calls.append((d, t)))
        assert calls[-1] == (1200, 1200)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_templates_csv_and_xlsx_round_trip(vault, tmp_path):
    with _as_worker(vault) as v:
        service = ImportService(v)
        service.write_template(tmp_path / "mall.csv")
        service.write_template(tmp_path / "mall.xlsx")
        raw = (tmp_path / "mall.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw.decode("utf-8-sig").strip() == ";".join(headers())
        workbook = openpyxl.load_workbook(tmp_path / "mall.xlsx")
        assert workbook.sheetnames == ["Deltagare", "Förklaring"]
        assert [c.value for c in workbook["Deltagare"][1]] == headers()
        help_text = [
            [c.value for c in row] for row in workbook["Förklaring"].iter_rows() if row[1].value
        ]
        assert ["", "police", "Polisen"] in [[r[0] or "", r[1], r[2]] for r in help_text]

        # A filled-in template imports.
        sheet = workbook["Deltagare"]
        sheet.append(["Anna", "Testsson", "", _number(4), *[None] * 9, "Polisen", "2024-01-10"])
        workbook.save(tmp_path / "ifylld.xlsx")
        assert service.import_file(tmp_path / "ifylld.xlsx").participants == 1
        with (tmp_path / "mall.csv").open("a", encoding="utf-8", newline="") as handle:
            handle.write(
                ";".join(["Bo", "Testsson", "", _number(5)] + [""] * 9) + ";self;2024-01-10\n"
            )
        assert service.import_file(tmp_path / "mall.csv").participants == 1

        # A template never overwrites a file, and needs a known extension.
        with pytest.raises(AlreadyExistsError):
            service.write_template(tmp_path / "mall.csv")
        with pytest.raises(ValidationError, match=r"Use a \.csv or \.xlsx file"):
            service.write_template(tmp_path / "mall.txt")
        assert not list(tmp_path.glob(".mall*"))  # no temporary file left behind


# --------------------------------------------------------------------------- 10,000 rows

LARGE = 10_000


@pytest.mark.slow
def test_ten_thousand_rows_import_in_well_under_a_minute(vault, tmp_path):
    rows = list(_rows(LARGE))
    for index, row in enumerate(rows):
        if index % 3 == 0:
            row[5:8] = ["active_support", "2024-03-01", ""]
        elif index % 3 == 1:
            row[5:8] = ["closed", "2024-04-01", "completed"]
    path = _write_csv(tmp_path / "stor.csv", rows)
    with _as_worker(vault) as v:
        before = _snapshot(v)
        started = time.perf_counter()
        result = ImportService(v).import_file(path)
        seconds = time.perf_counter() - started
        after = _snapshot(v)
    print(
        f"\nimport of {LARGE} rows ({vault.kind}): {seconds:.2f} s, "
        f"{LARGE / seconds:.0f} rows/s, {result.phase_changes} phase changes"
    )
    assert result.participants == LARGE
    assert after == (
        before[0] + LARGE,
        before[1] + LARGE,
        before[2] + result.phase_changes,
        before[3] + 1,
    )
    assert seconds < 60


@pytest.mark.slow
def test_one_bad_row_among_ten_thousand_is_named_and_changes_nothing(vault, tmp_path):
    rows = list(_rows(LARGE))
    bad = 6_789
    number = rows[bad][2]
    rows[bad][2] = number[:-1] + str((int(number[-1]) + 1) % 10)  # a wrong check digit
    path = _write_csv(tmp_path / "stor.csv", rows)
    with _as_worker(vault) as v:
        before = _snapshot(v)
        started = time.perf_counter()
        with pytest.raises(ImportRejectedError) as caught:
            ImportService(v).import_file(path)
        seconds = time.perf_counter() - started
        assert _snapshot(v) == before
    print(f"\nrefusal of {LARGE} rows with one bad ({vault.kind}): {seconds:.2f} s")
    assert [e.line() for e in caught.value.errors] == [
        f"rad {bad + 2}, Personnummer: The identity number has a wrong check digit."
    ]
    assert seconds < 60
