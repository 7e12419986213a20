"""``avhopp-admin`` in-process: users, unlock outcomes and exit codes, on both engines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from avhopp import __version__
from avhopp.cli.main import main

NEW_PASSPHRASE = "blåbärssoppa-vasaloppet-mittvind-88"
OTHER_PASSPHRASE = "skärgård-kompass-vårflod-trumma-51"


def run(capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def as_admin(vault, *argv: str) -> list[str]:
    return ["--db", vault.location, "--user", vault.admin, "--passphrase-stdin", *argv]


def users(capsys, vault) -> dict[str, dict]:
    code, out, err = run(capsys, *as_admin(vault, "--json", "user", "list"), stdin=_lines(vault))
    assert code == 0, err
    return {u["username"]: u for u in json.loads(out)}


def _lines(vault, *more: str) -> str:
    return "\n".join((vault.admin_passphrase, *more)) + "\n"


def test_user_add_list_disable_enable(vault, capsys):
    code, out, err = run(
        capsys,
        *as_admin(
            vault,
            "user",
            "add",
            "Greta.G",
            "--display-name",
            "Greta Granskare",
            "--role",
            "loggranskare",
            "--role",
            "Enhetschef",
        ),
        stdin=_lines(vault, NEW_PASSPHRASE),
    )
    assert (code, err) == (0, "")
    assert out == "Added user greta.g.\n"

    listing = users(capsys, vault)
    assert set(listing) == {"admin", "kalle", "greta.g"}
    assert listing["greta.g"] == {
        "username": "greta.g",
        "display_name": "Greta Granskare",
        "roles": ["enhetschef", "loggranskare"],
        "team": None,
        "active": True,
        "created_at": listing["greta.g"]["created_at"],
    }
    assert listing["kalle"]["roles"] == ["handlaggare"]

    # Plain listing: one line per user, display names included.
    code, out, _ = run(capsys, *as_admin(vault, "user", "list"), stdin=_lines(vault))
    assert code == 0
    assert len(out.splitlines()) == 3
    assert any(
        line.startswith("greta.g") and "Greta Granskare" in line for line in out.splitlines()
    )

    # The new user can log in with the passphrase from line 2.
    code, _, err = run(
        capsys,
        "--db",
        vault.location,
        "--user",
        "greta.g",
        "--passphrase-stdin",
        "audit",
        "verify",
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert code == 0, err

    code, out, err = run(
        capsys, *as_admin(vault, "user", "disable", "greta.g"), stdin=_lines(vault)
    )
    assert (code, out) == (0, "User greta.g is now disabled.\n"), err
    assert users(capsys, vault)["greta.g"]["active"] is False
    code, _, err = run(
        capsys,
        *["--db", vault.location, "--user", "greta.g", "--passphrase-stdin", "audit", "verify"],
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert code == 3
    assert "disabled" in one_line(err)

    code, out, err = run(capsys, *as_admin(vault, "user", "enable", "greta.g"), stdin=_lines(vault))
    assert (code, out) == (0, "User greta.g is now active.\n"), err
    code, _, err = run(
        capsys,
        *["--db", vault.location, "--user", "greta.g", "--passphrase-stdin", "audit", "verify"],
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert code == 0, err


def test_user_add_with_new_passphrase_file(vault, capsys, tmp_path: Path):
    secret = tmp_path / "new.txt"
    secret.write_text(NEW_PASSPHRASE + "\r\n", "utf-8")
    code, _, err = run(
        capsys,
        *as_admin(
            vault,
            "user",
            "add",
            "nisse",
            "--display-name",
            "Nisse Nilsson",
            "--role",
            "handläggare",
            "--new-passphrase-file",
            str(secret),
        ),
        stdin=_lines(vault),
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        *["--db", vault.location, "--user", "NISSE", "--passphrase-file", str(secret)],
        "audit",
        "verify",
    )
    # A case worker has no right to verify the log: authenticated, then refused (exit 1).
    assert code == 1
    assert "You do not have the right to verify the audit log" in one_line(err)


def test_passwd_own_and_reset_by_admin(vault, capsys, tmp_path: Path):
    worker = ["--db", vault.location, "--user", vault.worker, "--passphrase-stdin"]
    code, out, err = run(
        capsys,
        *worker,
        "user",
        "passwd",
        stdin=f"{vault.worker_passphrase}\n{NEW_PASSPHRASE}\n",
    )
    assert (code, out) == (0, f"The passphrase of {vault.worker} was changed.\n"), err

    code, _, err = run(capsys, *worker, "user", "passwd", stdin=f"{vault.worker_passphrase}\nx\n")
    assert code == 3, "the old passphrase must no longer open the vault"
    assert one_line(err) == "avhopp-admin: error: The user name or passphrase is wrong."

    # An administrator resets it (new passphrase from a file).
    secret = tmp_path / "reset.txt"
    secret.write_text(OTHER_PASSPHRASE, "utf-8")
    code, _, err = run(
        capsys,
        *as_admin(vault, "user", "passwd", vault.worker, "--new-passphrase-file", str(secret)),
        stdin=_lines(vault),
    )
    assert code == 0, err
    # (Two failures so far: a third would throttle the next, correct attempt.)
    code, _, _ = run(capsys, *worker, "user", "passwd", stdin=f"{NEW_PASSPHRASE}\nx\n")
    assert code == 3
    # The reset passphrase works; a weak new one is refused with the reason.
    code, _, err = run(capsys, *worker, "user", "passwd", stdin=f"{OTHER_PASSPHRASE}\nkort\n")
    assert code == 1
    assert "at least 15 characters" in one_line(err)


def test_case_worker_cannot_manage_users(vault, capsys):
    worker = ["--db", vault.location, "--user", vault.worker, "--passphrase-stdin"]
    stdin = f"{vault.worker_passphrase}\n{NEW_PASSPHRASE}\n"
    for argv in (
        ["user", "add", "ny", "--display-name", "Ny Person", "--role", "administrator"],
        ["user", "disable", vault.admin],
        ["user", "passwd", vault.admin],
        ["user", "list"],
    ):
        code, out, err = run(capsys, *worker, *argv, stdin=stdin)
        assert code == 1, argv
        assert out == ""
        assert "You do not have the right to" in one_line(err)
    assert set(users(capsys, vault)) == {"admin", "kalle"}


def test_cannot_disable_yourself_or_the_last_administrator(vault, capsys, tmp_path: Path):
    code, _, err = run(
        capsys, *as_admin(vault, "user", "disable", vault.admin), stdin=_lines(vault)
    )
    assert code == 1
    assert "You cannot disable your own account." in one_line(err)

    # Add a second administrator, let it disable the first; then the second is the last one.
    code, _, err = run(
        capsys,
        *as_admin(
            vault, "user", "add", "admin2", "--display-name", "Andra Admin", "--role", "admin"
        ),
        stdin=_lines(vault, NEW_PASSPHRASE),
    )
    assert code == 0, err
    second = ["--db", vault.location, "--user", "admin2", "--passphrase-stdin"]
    code, _, err = run(capsys, *second, "user", "disable", vault.admin, stdin=NEW_PASSPHRASE)
    assert code == 0, err
    # Through the recovery key (an administrator who is no user): admin2 is the last one.
    code, _, err = run(
        capsys,
        "--db",
        vault.location,
        "--recovery-key-file",
        _recovery_file(tmp_path, vault.recovery_code),
        "user",
        "disable",
        "admin2",
    )
    assert code == 1
    assert "The last active administrator cannot be disabled." in one_line(err)
    assert users_via_recovery(capsys, vault, tmp_path)["admin2"]["active"] is True


def _recovery_file(folder: Path, code: str) -> str:
    path = folder / f"recovery-{len(list(folder.iterdir()))}.txt"
    path.write_text(code + "\n", "utf-8")
    return str(path)


def users_via_recovery(capsys, vault, folder: Path) -> dict[str, dict]:
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--recovery-key-file",
        _recovery_file(folder, vault.recovery_code),
        "--json",
        "user",
        "list",
    )
    assert code == 0, err
    return {u["username"]: u for u in json.loads(out)}


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("kalle", "User 'kalle' already exists."),
        ("KALLE ", "User 'kalle' already exists."),
        ("x", "A user name has 2–64 characters"),
        ("bad name", "A user name has 2–64 characters"),
        ("åsa", "A user name has 2–64 characters"),
        (".dot", "A user name has 2–64 characters"),
    ],
)
def test_duplicate_and_bad_usernames_refused(vault, capsys, username, message):
    code, out, err = run(
        capsys,
        *as_admin(
            vault,
            "user",
            "add",
            username,
            "--display-name",
            "Dubbel Gångare",
            "--role",
            "handlaggare",
        ),
        stdin=_lines(vault, NEW_PASSPHRASE),
    )
    assert (code, out) == (1, "")
    assert message in one_line(err)


def test_unknown_role_refused_before_unlock(vault, capsys):
    code, _, err = run(
        capsys,
        *as_admin(vault, "user", "add", "ny", "--display-name", "Ny Person", "--role", "kung"),
        stdin=_lines(vault, NEW_PASSPHRASE),
    )
    assert code == 1
    assert "Unknown role 'kung'" in one_line(err)


def test_wrong_passphrase_exit_3_and_login_failed_in_export(vault, capsys):
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--user",
        vault.admin,
        "--passphrase-stdin",
        "user",
        "list",
        stdin="fel-lösenord-1234\n",
    )
    assert (code, out) == (3, "")
    assert one_line(err) == "avhopp-admin: error: The user name or passphrase is wrong."
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--user",
        "nobody",
        "--passphrase-stdin",
        "user",
        "list",
        stdin="fel-lösenord-1234\n",
    )
    assert code == 3
    assert one_line(err) == "avhopp-admin: error: The user name or passphrase is wrong."

    code, out, err = run(capsys, *as_admin(vault, "audit", "export"), stdin=_lines(vault))
    assert code == 0, err
    rows = [line for line in out.splitlines() if ",login.failed," in line]
    assert len(rows) == 2
    assert all(",refused," in r for r in rows)


def test_recovery_key_file_unlock(vault, capsys, tmp_path: Path):
    listing = users_via_recovery(capsys, vault, tmp_path)
    assert set(listing) == {"admin", "kalle"}

    code_text = vault.recovery_code
    mistyped = code_text[:-1] + ("0" if code_text[-1] != "0" else "1")
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--recovery-key-file",
        _recovery_file(tmp_path, mistyped),
        "user",
        "list",
    )
    assert (code, out) == (1, "")
    assert "mistyped" in one_line(err)

    # Well-formed (valid checksum) but not this vault's key.
    from avhopp.crypto import recovery_key

    other, _ = recovery_key.generate()
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--recovery-key-file",
        _recovery_file(tmp_path, other),
        "user",
        "list",
    )
    assert (code, out) == (3, "")
    assert one_line(err) == "avhopp-admin: error: The recovery key is wrong."

    missing = tmp_path / "no-such-file.txt"
    code, _, err = run(
        capsys, "--db", vault.location, "--recovery-key-file", str(missing), "user", "list"
    )
    assert code == 1
    assert "cannot be read" in one_line(err)


def test_user_list_json_parses_and_has_no_secrets(vault, capsys):
    code, out, err = run(capsys, *as_admin(vault, "--json", "user", "list"), stdin=_lines(vault))
    assert code == 0, err
    data = json.loads(out)
    assert [u["username"] for u in data] == ["admin", "kalle"]
    assert {u["display_name"] for u in data} == {"Åsa Administratör", "Kalle Handläggare"}
    assert vault.admin_passphrase not in out
    assert vault.worker_passphrase not in out


def test_missing_user_is_a_usage_error(vault, capsys, monkeypatch):
    monkeypatch.delenv("AVHOPP_USER", raising=False)
    code, out, err = run(
        capsys,
        "--db",
        vault.location,
        "--passphrase-stdin",
        "user",
        "list",
        stdin=_lines(vault),
    )
    assert (code, out) == (2, "")
    assert "--user" in err
    assert "Traceback" not in err


def test_version_and_usage(capsys):
    code, out, err = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"avhopp-admin {__version__}"
    code, out, err = run(capsys, "user")
    assert code == 2
    assert "usage:" in err
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
