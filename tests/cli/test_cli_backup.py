"""`avhopp-admin backup create|list|verify|drill|restore` and the backup lines of `stats`, on
both engines: the happy path end to end, JSON output, and who may do what."""

from __future__ import annotations

import io
import json
from pathlib import Path

from avhopp.cli.main import main
from avhopp.services import vault as vault_service


def run(vault, user: str, passphrase: str, *args: str, db: str | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        ["--db", db or vault.location, "--user", user, "--passphrase-stdin", *args],
        stdin=io.StringIO(f"{passphrase}\n"),
        stdout=out,
    )
    return code, out.getvalue()


def test_create_list_verify_drill_restore(vault, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    admin = (vault.admin, vault.admin_passphrase)

    code, _ = run(vault, vault.worker, vault.worker_passphrase, "backup", "create", "--folder",
                  str(folder))  # fmt: skip
    assert code == 1
    assert "right" in capsys.readouterr().err
    assert list(folder.iterdir()) == []

    code, out = run(vault, *admin, "backup", "create", "--folder", str(folder), "--json")
    assert code == 0, capsys.readouterr().err
    made = json.loads(out)
    file = Path(made["file"])
    assert file.parent == folder
    assert file.exists()
    assert made["created_by"] == vault.admin
    assert made["rows"] == sum(made["counts"].values())
    assert [p.name for p in folder.iterdir()] == [file.name]  # no .part left

    code, out = run(vault, *admin, "backup", "list", "--folder", str(folder), "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(Path(b["file"]).name, b["status"]) for b in listed["backups"]] == [(file.name, "ok")]
    assert listed["last_drill_at"] is None

    code, out = run(vault, *admin, "backup", "verify", str(file))
    assert code == 0
    assert "intact" in out
    assert f"by {vault.admin}" in out

    # Standalone: the backup's own key slot of the case worker, no vault opened.
    nowhere = "/nonexistent/vault.avhopp"
    code, out = run(vault, vault.worker, vault.worker_passphrase, "backup", "verify",
                    "--standalone", str(file), "--json", db=nowhere)  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert json.loads(out)["backup_id"] == made["backup_id"]

    code, out = run(vault, *admin, "backup", "drill", "--folder", str(folder), "--json")
    assert code == 0, capsys.readouterr().err
    assert json.loads(out)["rows"] == made["rows"]

    code, out = run(vault, *admin, "stats", "--from", "2026-01-01", "--to", "2026-06-30", "--json")
    assert code == 0
    backups = json.loads(out)["backups"]
    assert backups["last_drill_at"] is not None
    assert backups["drill_overdue"] is False
    code, out = run(vault, *admin, "stats", "--from", "2026-01-01", "--to", "2026-06-30")
    assert "last passed restore drill" in out
    assert "WARNING" not in out

    target = tmp_path / "restored.avhopp"
    code, out = run(vault, vault.worker, vault.worker_passphrase, "backup", "restore",
                    str(file), "--to", str(target))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "Restored" in out
    with vault_service.unlock(
        str(target), username=vault.admin, passphrase=vault.admin_passphrase
    ) as restored:
        restored.audit.verify()

    # The recovery key opens the backup too.
    code_file = tmp_path / "recovery.txt"
    code_file.write_text(vault.recovery_code, "utf-8")
    out_buffer = io.StringIO()
    code = main(
        ["--recovery-key-file", str(code_file), "backup", "restore", str(file), "--to",
         str(tmp_path / "by-recovery.avhopp"), "--json"],
        stdout=out_buffer,
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert json.loads(out_buffer.getvalue())["rows"] == made["rows"]


def test_stats_warns_when_no_drill_has_passed(vault, capsys) -> None:
    code, out = run(vault, vault.admin, vault.admin_passphrase, "stats", "--from", "2026-01-01",
                    "--to", "2026-06-30")  # fmt: skip
    assert code == 0
    assert "Last backup: never; last passed restore drill: never" in out
    assert "WARNING: no passed restore drill in 30 days" in out
