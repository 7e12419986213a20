"""``avhopp-admin import``: importing a file, the row-by-row report of a refused file (at most
50 lines, then the count; exit 1), templates, and usage errors. SQLite (the service tests
cover both engines)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from avhopp.cli.main import main
from avhopp.domain.identity import make_test_number
from avhopp.domain.import_format import headers

pytestmark = pytest.mark.parametrize("engine_kind", ["sqlite"])

HEADER = ["Förnamn", "Efternamn", "Personnummer", "Aktualiseringskälla", "Aktualiseringsdatum"]


def run(capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def as_worker(capsys, vault, *argv: str) -> tuple[int, str, str]:
    return run(
        capsys,
        *["--db", vault.location, "--user", vault.worker, "--passphrase-stdin", *argv],
        stdin=vault.worker_passphrase + "\n",
    )


def _number(index: int) -> str:
    return make_test_number(date(1985, 1, 1) + timedelta(days=index), 211)


def _csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_import_a_file(vault, capsys, tmp_path):
    path = _csv(
        tmp_path / "deltagare.csv",
        [[f"Namn{i}", "Testsson", _number(i), "Polisen", "2024-01-10"] for i in range(3)],
    )
    code, out, err = as_worker(capsys, vault, "import", str(path))
    assert code == 0, err
    assert out.startswith("Imported 3 participants with 3 cases (SHA-256 of the file: ")
    assert err == ""  # no progress bar when stderr is not a terminal

    # The same file again: every row is a duplicate now, nothing is written.
    code, out, err = as_worker(capsys, vault, "--json", "import", str(path))
    assert code == 1
    report = json.loads(out)
    assert report["count"] == 3
    assert report["errors"][0] == {
        "row": 2,
        "column": "Personnummer",
        "message": "A participant with this identity number is already registered.",
    }
    assert err.strip().splitlines()[-1] == (
        "avhopp-admin: error: The import was refused: 3 errors in 3 rows. Nothing was imported."
    )


def test_json_result(vault, capsys, tmp_path):
    path = _csv(tmp_path / "a.csv", [["Anna", "Testsson", _number(1), "self", "2024-01-10"]])
    code, out, err = as_worker(capsys, vault, "import", str(path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["participants"], result["cases"], result["phase_changes"]) == (1, 1, 1)
    assert result["file_format"] == "csv"
    assert len(result["sha256"]) == 64


def test_a_refused_file_prints_the_first_fifty_errors_and_the_count(vault, capsys, tmp_path):
    rows = [[f"Namn{i}", "Testsson", _number(i), "Polisen", "2024-01-10"] for i in range(80)]
    for i in range(60):
        rows[i + 10][4] = "10/1/2024"
    rows[5][2] = rows[5][2][:-1] + str((int(rows[5][2][-1]) + 1) % 10)
    path = _csv(tmp_path / "fel.csv", rows)
    code, out, err = as_worker(capsys, vault, "import", str(path))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert len(lines) == 52
    assert lines[0] == "rad 7, Personnummer: The identity number has a wrong check digit."
    assert lines[1] == "rad 12, Aktualiseringsdatum: Write the date as YYYY-MM-DD."
    assert lines[49] == "rad 60, Aktualiseringsdatum: Write the date as YYYY-MM-DD."
    assert lines[50] == "... and 11 more errors (all of them with --json)."
    assert lines[51] == (
        "avhopp-admin: error: The import was refused: 61 errors in 61 rows. Nothing was imported."
    )
    # Nothing was written: the good rows import on their own afterwards.
    good = _csv(tmp_path / "bra.csv", rows[:5])
    code, out, err = as_worker(capsys, vault, "import", str(good))
    assert (code, err) == (0, "")
    assert out.startswith("Imported 5 participants")


def test_templates(vault, capsys, tmp_path):
    for name in ("mall.csv", "mall.xlsx"):
        target = tmp_path / name
        code, out, err = as_worker(capsys, vault, "import", "--template", str(target))
        assert (code, out, err) == (0, f"Wrote an empty import template to {target}.\n", "")
    assert (tmp_path / "mall.csv").read_text("utf-8-sig").strip() == ";".join(headers())
    workbook = openpyxl.load_workbook(tmp_path / "mall.xlsx", read_only=True)
    assert [c.value for c in next(workbook.worksheets[0].iter_rows())] == headers()
    workbook.close()

    code, out, err = as_worker(capsys, vault, "import", "--template", str(tmp_path / "mall.csv"))
    assert (code, out) == (1, "")
    assert err == "avhopp-admin: error: The file mall.csv already exists.\n"
    code, out, err = as_worker(capsys, vault, "import", "--template", str(tmp_path / "mall.ods"))
    assert code == 1
    assert err == "avhopp-admin: error: Use a .csv or .xlsx file (this one ends in '.ods').\n"


def test_usage_errors(vault, capsys, tmp_path):
    code, _out, err = as_worker(capsys, vault, "import")
    assert code == 2
    assert "give either a FILE to import or --template FILE" in err
    code, _out, err = as_worker(
        capsys, vault, "import", str(tmp_path / "a.csv"), "--template", str(tmp_path / "b.csv")
    )
    assert code == 2
    code, _out, err = as_worker(capsys, vault, "import", str(tmp_path / "saknas.csv"))
    assert code == 1
    assert err == ("avhopp-admin: error: The file cannot be read: No such file or directory\n")
