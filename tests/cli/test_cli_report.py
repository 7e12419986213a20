"""`avhopp-admin report council|summary|extract` on both engines: files written only to
--out, passwords never on the command line, one clear line and an exit code for bad input."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from avhopp.cli.main import main
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import PersonInput
from avhopp.services import vault as vault_service

PASSWORD = "lösen-för-konferensen"
IDENTITY = make_test_number(date(1970, 1, 1), 238)  # valid, generated, never a real one


@pytest.fixture
def case(vault):
    with vault_service.unlock(
        vault.location,
        username=vault.worker,
        passphrase=vault.worker_passphrase,
        clock=lambda: datetime(2026, 11, 26, 12, 0),
    ) as v:
        registered = v.people.register_participant(
            PersonInput(
                first_name="Cli",
                last_name="Rapportsson",
                identity_kind=IdentityKind.PERSONNUMMER,
                identity_number=IDENTITY,
            ),
            referral_source="police",
            inquiry_on=date(2026, 3, 1),
        )
    return registered.case


def run(vault, user: str, passphrase: str, *args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        ["--db", vault.location, "--user", user, "--passphrase-stdin", *args],
        stdin=io.StringIO(f"{passphrase}\n{stdin}"),
        stdout=out,
    )
    return code, out.getvalue()


def test_council_report(vault, case, tmp_path, capsys) -> None:
    target = tmp_path / "rad.pdf"
    args = ("report", "council", "--from", "2026-01-01", "--to", "2026-06-30", "--out")
    code, _ = run(vault, vault.worker, vault.worker_passphrase, *args, str(target))
    assert code == 1  # managers only
    assert "error:" in capsys.readouterr().err
    assert not target.exists()
    summary = tmp_path / "sammanfattning.txt"
    summary.write_text("Halvåret i korthet.", "utf-8")
    code, out = run(
        vault,
        vault.admin,
        vault.admin_passphrase,
        *args,
        str(target),
        "--summary-file",
        str(summary),
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result == {"file": str(target), "report": "council", "pages": result["pages"],
                      "encrypted": False}  # fmt: skip
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Halvåret i korthet." in text
    assert "Rapportsson" not in text


def test_protected_summary_by_case_reference(vault, case, tmp_path) -> None:
    target = tmp_path / "lage.pdf"
    code, out = run(
        vault,
        vault.worker,
        vault.worker_passphrase,
        "report", "summary", case.reference, "--out", str(target),
        "--pseudonymise", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, out
    assert "protected with a password" in out
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert reader.decrypt(PASSWORD) != 0
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert case.reference in text
    assert "Rapportsson" not in text
    assert IDENTITY[2:8] not in text


def test_extract_by_identity_number(vault, case, tmp_path) -> None:
    target = tmp_path / "utdrag.pdf"
    code, _ = run(
        vault, vault.admin, vault.admin_passphrase,
        "report", "extract", IDENTITY, "--out", str(target),
    )  # fmt: skip
    assert code == 0
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Rapportsson" in text


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("report", "summary", "AVH-2026-9999"), "", 1),  # no such case
        (("report", "summary", "19700101"), "", 1),  # not a case reference
        (("report", "summary", "{ref}", "--password-stdin"), "", 2),  # no password given
        (("report", "summary", "{ref}", "--password-stdin"), "kort\n", 1),  # too short
        (("report", "council", "--from", "2026-06-30", "--to", "2026-01-01"), "", 1),
        (("report", "council", "--from", "30/6", "--to", "2026-01-01"), "", 2),
    ],
)
def test_bad_input_writes_nothing(vault, case, tmp_path, capsys, args, stdin, expected) -> None:
    target = tmp_path / "r.pdf"
    filled = tuple(a.replace("{ref}", case.reference) for a in args)
    user, passphrase = (
        (vault.admin, vault.admin_passphrase)
        if "council" in args
        else (vault.worker, vault.worker_passphrase)
    )
    code, _ = run(vault, user, passphrase, *filled, "--out", str(target), stdin=stdin)
    assert code == expected
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert not target.exists()
