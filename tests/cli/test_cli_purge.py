"""``avhopp-admin purge``: the list, a run (confirmed in a terminal, or with --yes), reading
an archive file, refusals and exit codes. On SQLite (the service tests cover both engines).

The records are made in 2019 through the services; the CLI runs with the real clock, so
they are long due.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from avhopp.cli.main import main
from avhopp.domain.identity import IdentityKind, make_test_number
from avhopp.domain.person import PersonInput
from avhopp.services import vault as vault_service
from avhopp.services.archive_format import SUFFIX

pytestmark = pytest.mark.parametrize("engine_kind", ["sqlite"])

R_NOTE = "Rut berättade om tiden i gänget och om flytten till Gävle."


def clock_2019() -> datetime:
    return datetime(2019, 6, 30, 12, 0)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def as_admin(capsys, vault, *argv: str) -> tuple[int, str, str]:
    return run(
        capsys,
        *["--db", vault.location, "--user", vault.admin, "--passphrase-stdin", *argv],
        stdin=vault.admin_passphrase + "\n",
    )


def as_worker(capsys, vault, *argv: str) -> tuple[int, str, str]:
    return run(
        capsys,
        *["--db", vault.location, "--user", vault.worker, "--passphrase-stdin", *argv],
        stdin=vault.worker_passphrase + "\n",
    )


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def setup_people(vault) -> dict[str, str]:
    ids = {}
    with vault_service.unlock(
        vault.location,
        username=vault.worker,
        passphrase=vault.worker_passphrase,
        clock=clock_2019,
    ) as v:
        for key, first, last, birth, close in (
            ("P", "Petra", "Purge", date(1990, 1, 2), True),
            ("R", "Rut", "Arkiv", date(1980, 2, 15), True),  # born on the 15th: archived
            ("O", "Olle", "Öppen", date(1975, 3, 4), False),  # an open case: never listed
        ):
            case = v.people.register_participant(
                PersonInput(
                    first,
                    last,
                    identity_kind=IdentityKind.PERSONNUMMER,
                    identity_number=make_test_number(birth, 321),
                ),
                referral_source="police",
                inquiry_on=date(2019, 1, 15),
            ).case
            ids[key] = case.person_id
            if key == "R":
                draft = v.journal.save_draft(
                    case.id, note_type="conversation", event_date=date(2019, 2, 1), text=R_NOTE
                )
                v.journal.sign(draft.id)
            if close:
                v.cases.change_phase(
                    case.id, "closed", entered_on=date(2019, 3, 1), closure_reason="completed"
                )
    return ids


def listed(capsys, vault) -> list[dict]:
    code, out, err = as_admin(capsys, vault, "purge", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_list_run_and_read_archive(vault, capsys, tmp_path: Path, monkeypatch):
    ids = setup_people(vault)
    folder = tmp_path / "arkiv"
    folder.mkdir()
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(vault.admin_passphrase + "\n", "utf-8")
    admin_file = ["--db", vault.location, "--user", vault.admin]
    admin_file += ["--passphrase-file", str(passphrase_file)]

    # Case workers see no purge list.
    code, out, err = as_worker(capsys, vault, "purge", "list")
    assert code == 1
    assert "right to see the purge list" in one_line(err)

    code, out, err = as_admin(capsys, vault, "purge", "list")
    assert code == 0, err
    assert out.startswith("SEKRETESS enligt 26 kap. 1 § OSL\n")
    lines = {line.split()[0]: line for line in out.splitlines()[2:-1]}
    assert set(lines) == {ids["P"], ids["R"]}
    assert "Petra Purge" in lines[ids["P"]]
    assert " no " in lines[ids["P"]]
    assert " yes " in lines[ids["R"]]
    assert "2019-03-01  2024-03-01  2025-12-31!" in lines[ids["P"]]  # closing date, no notes
    assert "2019-02-01  2024-02-01" in lines[ids["R"]]  # the last note
    assert "AVH-2019-" in lines[ids["R"]]
    assert "Olle" not in out
    assert out.splitlines()[-1].startswith("2 people may be purged (1 kept for research")
    data = {c["person_id"]: c for c in listed(capsys, vault)}
    assert data[ids["R"]]["archive"] is True
    assert data[ids["R"]]["name"] == "Rut Arkiv"
    assert data[ids["P"]]["case_references"] == ["AVH-2019-0001"]
    assert data[ids["P"]]["overdue"] is True

    # Without --yes and without a terminal: refused before unlocking, nothing purged.
    run_p = ["purge", "run", "--ids", ids["P"], "--archive-folder", str(folder)]
    code, out, err = as_admin(capsys, vault, *run_p)
    assert code == 1
    assert "confirm it in a terminal, or add --yes" in one_line(err)
    assert len(listed(capsys, vault)) == 2

    # In a terminal: the people are shown and the purge waits for "yes".
    monkeypatch.setattr("sys.stdin", FakeTerminal("no\n"))
    code, out, err = run(capsys, *admin_file, *run_p)
    assert code == 1
    assert "Petra Purge" in out
    assert "Rut" not in out
    assert err.endswith("Nothing was purged.\n")
    assert len(listed(capsys, vault)) == 2
    monkeypatch.setattr("sys.stdin", FakeTerminal("yes\n"))
    code, out, err = run(capsys, *admin_file, *run_p)
    assert code == 0, err
    assert "Purged 1 person (1 cases, 0 contacts no longer linked); 0 archived first." in out
    assert [c["person_id"] for c in listed(capsys, vault)] == [ids["R"]]
    monkeypatch.undo()

    # An id that is not a candidate (any more): exit 1, named, nothing done.
    code, _, err = as_admin(
        capsys, vault, "purge", "run", "--ids", ids["R"], ids["O"], "--archive-folder",
        str(folder), "--yes",
    )  # fmt: skip
    assert code == 1
    assert ids["O"] in one_line(err)
    assert ids["R"] not in one_line(err)

    # With --yes: R is archived, then deleted.
    code, out, err = as_admin(
        capsys, vault, "purge", "run", "--ids", ids["R"], "--archive-folder", str(folder),
        "--yes", "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert (result["people_deleted"], result["people_archived"]) == (1, 1)
    assert result["compacted"] is True
    (archive,) = (Path(p) for p in result["archive_files"])
    assert archive.parent == folder
    assert archive.name.endswith(SUFFIX)
    assert ids["R"] in archive.name
    assert R_NOTE.encode() not in archive.read_bytes()
    code, out, err = as_admin(capsys, vault, "purge", "list")
    assert (code, out) == (0, "No one is due for purge.\n"), err

    # The archivist reads it back (managers only).
    target = tmp_path / "rut.json"
    code, out, err = as_admin(
        capsys, vault, "purge", "read-archive", str(archive), "--out", str(target)
    )
    assert code == 0, err
    assert "holds personal data in clear" in err
    document = json.loads(target.read_text("utf-8"))
    assert document["person"]["content"]["first_name"] == "Rut"
    assert [n["content"]["text"] for n in document["cases"][0]["journal_notes"]] == [R_NOTE]
    assert target.stat().st_mode & 0o777 == 0o600
    code, _, err = as_worker(
        capsys, vault, "purge", "read-archive", str(archive), "--out", str(tmp_path / "x.json")
    )
    assert code == 1
    assert "right to read purge archives" in one_line(err)
    assert not (tmp_path / "x.json").exists()

    # A tampered file: integrity failure, exit 4, nothing written.
    tampered = tmp_path / "tampered.avharch"
    data = bytearray(archive.read_bytes())
    data[40] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, _, err = as_admin(
        capsys, vault, "purge", "read-archive", str(tampered), "--out", str(tmp_path / "t.json")
    )
    assert code == 4
    assert "Integrity check failed" in one_line(err)
    assert not (tmp_path / "t.json").exists()

    # The audit log is intact and holds the purge acts.
    code, out, err = as_admin(capsys, vault, "audit", "verify")
    assert code == 0, err
    code, out, err = as_admin(capsys, vault, "audit", "export")
    assert code == 0, err
    assert out.count(",purge.run,") == 2
    assert out.count(",purge.read-archive,") == 1
    assert "Rut" not in "".join(line for line in out.splitlines() if ",purge." in line)


def test_purge_usage_errors(vault, capsys, tmp_path: Path):
    code, _, err = as_admin(capsys, vault, "purge", "run", "--archive-folder", str(tmp_path))
    assert code == 2
    assert "--ids" in err
    code, _, err = as_admin(capsys, vault, "purge", "read-archive", str(tmp_path / "a"))
    assert code == 2
    assert "--out" in err
    code, _, err = as_admin(
        capsys, vault, "purge", "run", "--ids", "x", "--archive-folder", str(tmp_path / "no"),
        "--yes",
    )  # fmt: skip
    assert code == 1
    assert "does not exist" in one_line(err)
