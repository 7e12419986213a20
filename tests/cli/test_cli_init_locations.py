"""``avhopp-admin init`` and bad ``--db`` locations; a few runs through a real subprocess."""

from __future__ import annotations

import gc
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from avhopp.cli.main import main
from avhopp.crypto import kdf

STRONG = "trädgårdsslang-pannkaka-vinter-lyktstolpe-73"
RECOVERY_CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){8}")
ADMIN_CLI = Path(sys.executable).with_name("avhopp-admin")
NO_SERVER = "postgresql+psycopg://postgres@/avhopp?host=/tmp/nonexistent-socket-dir"


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
    assert lines[0].startswith("avhopp-admin: error: "), err
    return lines[0]


def init_argv(location: str, *extra: str) -> list[str]:
    return [
        "--db",
        location,
        "--passphrase-stdin",
        *extra,
        "init",
        "--admin",
        "chefen",
        "--display-name",
        "Britt Chef",
        "--unit",
        "Enheten i Norrköping",
    ]


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def pg_tables(server, location: str) -> list[str]:
    with psycopg.connect(server.conninfo(make_url(location).database)) as connection:
        return [
            r[0]
            for r in connection.execute(
                "select tablename from pg_tables where schemaname = 'public' order by 1"
            ).fetchall()
        ]


def forget_leaked_connections() -> None:
    """A refused create_vault leaves a psycopg connection open (the bug pinned by
    tests/services/test_service_unlock.py::test_refused_create_vault_closes_its_connections);
    collect it here so it does not fail whichever later test the garbage collector hits."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests about refusals, not about init itself: skip the 2–4 s calibration that
    create_vault runs before it looks at the location (the floor is still real Argon2id)."""
    monkeypatch.setattr(kdf, "calibrate", lambda **_: kdf.FLOOR)


# --------------------------------------------------------------------------- init


@pytest.mark.slow
def test_cli_init_sqlite_json_prints_a_working_recovery_key(capsys, tmp_path: Path):
    location = str(tmp_path / "ny" / "vault.avhopp")
    code, out, err = run(capsys, *init_argv(location, "--json"), stdin=STRONG + "\n")
    assert (code, err) == (0, ""), err
    created = json.loads(out)
    assert set(created) == {"vault_id", "location", "recovery_key"}
    assert RECOVERY_CODE.fullmatch(created["recovery_key"])
    assert created["location"] == location
    assert sorted(p.name for p in (tmp_path / "ny").iterdir()) == [
        "vault.avhopp",
        "vault.avhopp.keys",
        "vault.avhopp.witness",
    ]
    # The recovery key is kept nowhere in clear.
    for content in files_under(tmp_path).values():
        assert created["recovery_key"].encode() not in content

    code, out, err = run(
        capsys,
        "--db",
        location,
        "--user",
        "chefen",
        "--passphrase-stdin",
        "--json",
        "user",
        "list",
        stdin=STRONG + "\n",
    )
    assert code == 0, err
    assert [u["display_name"] for u in json.loads(out)] == ["Britt Chef"]
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(created["recovery_key"], "utf-8")
    code, out, err = run(
        capsys, "--db", location, "--recovery-key-file", str(key_file), "audit", "verify"
    )
    assert code == 0, err


@pytest.mark.slow
@pytest.mark.postgres
def test_cli_init_postgres_shows_the_recovery_key_exactly_once(capsys, postgres_url):
    code, out, err = run(capsys, *init_argv(postgres_url), stdin=STRONG + "\n")
    assert (code, err) == (0, ""), err
    codes = RECOVERY_CODE.findall(out)
    assert len(codes) == 1, out
    assert "shown only this once" in out
    code, out, err = run(
        capsys,
        "--db",
        postgres_url,
        "--user",
        "chefen",
        "--passphrase-stdin",
        "audit",
        "verify",
        stdin=STRONG + "\n",
    )
    assert code == 0, err


def test_cli_init_on_existing_vault_refused_nothing_changed(
    vault, capsys, request, fast_calibration
):
    if vault.kind == "sqlite":
        before = files_under(vault.path.parent)
    else:
        server = request.getfixturevalue("postgres_server")
        dbname = make_url(vault.location).database
        with psycopg.connect(server.conninfo(dbname)) as connection:
            before = connection.execute("select document from vault_header").fetchall()
    code, out, err = run(capsys, *init_argv(vault.location), stdin=STRONG + "\n")
    forget_leaked_connections()
    assert (code, out) == (1, "")
    assert "already exists" in one_line(err)
    if vault.kind == "sqlite":
        assert files_under(vault.path.parent) == before
    else:
        with psycopg.connect(server.conninfo(dbname)) as connection:
            assert connection.execute("select document from vault_header").fetchall() == before


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("kort-fras-1", "at least 15 characters"),
        ("chefen-chefen-chefen", "too easy to guess"),
    ],
)
def test_cli_init_weak_passphrase_refused_nothing_created(
    db_location, engine_kind, capsys, request, passphrase, reason
):
    code, out, err = run(capsys, *init_argv(db_location), stdin=passphrase + "\n")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert reason in line
    assert passphrase not in line
    if engine_kind == "sqlite":
        assert list(Path(db_location).parent.iterdir()) == []
    else:
        assert pg_tables(request.getfixturevalue("postgres_server"), db_location) == []


@pytest.mark.postgres
def test_cli_init_refuses_a_postgres_database_with_other_tables(
    postgres_server, postgres_url, capsys, fast_calibration
):
    with psycopg.connect(postgres_server.conninfo(make_url(postgres_url).database)) as connection:
        connection.execute("create table invoices (id int)")
    code, _, err = run(capsys, *init_argv(postgres_url), stdin=STRONG + "\n")
    forget_leaked_connections()
    assert code == 1
    assert "not empty" in one_line(err)
    assert pg_tables(postgres_server, postgres_url) == ["invoices"]


def test_cli_init_where_no_folder_can_be_made(capsys, tmp_path: Path, fast_calibration):
    # Tests run as root, so a chmod 0o500 folder would not stop anything. Instead: a path
    # whose "folder" is a regular file, and a path under /proc (no directories can be made).
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for location in (str(blocker / "vault.avhopp"), "/proc/avhopp-test/vault.avhopp"):
        code, out, err = run(capsys, *init_argv(location), stdin=STRONG + "\n")
        assert (code, out) == (1, ""), location
        one_line(err)
    assert blocker.read_text() == "not a folder"
    assert not Path("/proc/avhopp-test").exists()


def test_cli_init_unreachable_server(capsys, fast_calibration):
    code, out, err = run(capsys, *init_argv(NO_SERVER), stdin=STRONG + "\n")
    forget_leaked_connections()
    assert (code, out) == (1, "")
    assert "could not be reached" in one_line(err)


# --------------------------------------------------------------------------- bad --db


def _list_users(capsys, location: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "--db",
        location,
        "--user",
        "admin",
        "--passphrase-stdin",
        "user",
        "list",
        stdin="kanelbulle-fjällräv-brevlåda-97\n",
    )


def test_db_is_a_plain_unencrypted_sqlite_file(capsys, tmp_path: Path):
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table notes (text)")
    connection.close()
    before = files_under(tmp_path)
    code, out, err = _list_users(capsys, str(path))
    line = one_line(err)
    # A plain SQLite file ("SQLite format 3" magic) is certainly not a vault: a user error,
    # not an integrity failure (exit 4 would tell the operator the vault was tampered with).
    assert (code, out) == (1, ""), line
    assert "not an Avhopp vault" in line
    assert files_under(tmp_path) == before


def test_db_is_random_bytes_without_a_key_header(capsys, tmp_path: Path):
    path = tmp_path / "random.bin"
    path.write_bytes(os.urandom(8192))
    before = files_under(tmp_path)
    code, out, err = _list_users(capsys, str(path))
    line = one_line(err)
    # Random bytes cannot be told from a SQLCipher vault whose .keys file was deleted, so the
    # missing key header is reported as an integrity problem (exit 4), naming the file.
    assert (code, out) == (4, ""), line
    assert "random.bin.keys" in line
    assert files_under(tmp_path) == before


@pytest.mark.parametrize("engine_kind", ["sqlite"])
@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_db_replaced_or_truncated_beside_its_key_header(vault, capsys, damage):
    data = vault.path.read_bytes()
    if damage == "random":
        vault.path.write_bytes(os.urandom(len(data)))
    else:
        vault.path.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        Path(str(vault.path) + suffix).unlink(missing_ok=True)
    code, out, err = _list_users(capsys, vault.location)
    line = one_line(err)
    assert out == ""
    if damage == "random":
        assert code == 1, line
        assert "is not an Avhopp vault" in line
    else:
        # avhopp.errors.IntegrityError documents "a damaged database file" as exit 4.
        assert code == 4, line
        assert line == "avhopp-admin: error: Integrity check failed: the database file is damaged"


def test_db_in_a_folder_that_does_not_exist(capsys, tmp_path: Path):
    missing = tmp_path / "nope" / "deeper"
    code, out, err = _list_users(capsys, str(missing / "vault.avhopp"))
    assert (code, out) == (1, "")
    assert "is not an Avhopp vault" in one_line(err)
    assert not (tmp_path / "nope").exists()


def test_db_on_a_server_that_is_not_there(capsys):
    code, out, err = _list_users(capsys, NO_SERVER)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "could not be reached" in line
    assert not Path("/tmp/nonexistent-socket-dir").exists()


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("mysql://root@localhost/avhopp", "Only postgresql+psycopg:// URLs"),
        ("postgresql+asyncpg://u@/x", "psycopg driver"),
    ],
)
def test_db_url_of_another_kind(capsys, location, message):
    code, out, err = _list_users(capsys, location)
    assert (code, out) == (1, "")
    assert message in one_line(err)


# --------------------------------------------------------------------------- real processes


def _subprocess(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ADMIN_CLI), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "AVHOPP_PASSPHRASE": "", "AVHOPP_USER": "", "AVHOPP_DB": ""},
    )


def test_subprocess_exit_codes_and_one_line_errors(vault, tmp_path: Path):
    assert ADMIN_CLI.exists()
    version = _subprocess("--version")
    assert (version.returncode, version.stdout.startswith("avhopp-admin ")) == (0, True)

    ok = _subprocess(
        "--db",
        vault.location,
        "--user",
        vault.admin,
        "--passphrase-stdin",
        "audit",
        "verify",
        stdin=vault.admin_passphrase + "\n",
    )
    assert (ok.returncode, ok.stderr) == (0, ""), ok.stderr
    assert "The audit log is intact" in ok.stdout

    wrong = _subprocess(
        "--db",
        vault.location,
        "--user",
        vault.admin,
        "--passphrase-stdin",
        "user",
        "list",
        stdin="fel-lösenord-1234\n",
    )
    assert wrong.returncode == 3
    assert wrong.stdout == ""
    assert wrong.stderr == "avhopp-admin: error: The user name or passphrase is wrong.\n"

    usage = _subprocess("--db", vault.location, "user", "list")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_subprocess_bad_locations_exit_1_without_traceback(tmp_path: Path):
    for location in (str(tmp_path / "missing" / "vault.avhopp"), NO_SERVER):
        result = _subprocess(
            "--db",
            location,
            "--user",
            "admin",
            "--passphrase-stdin",
            "user",
            "list",
            stdin="kanelbulle-fjällräv-brevlåda-97\n",
        )
        assert result.returncode == 1, result.stderr
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_version_and_usage_errors_do_not_load_the_storage_stack():
    """--help, --version and usage errors answer without importing SQLAlchemy, Alembic or
    the services (about 1 s): a script probing the version, or a mistyped command, gets its
    answer at once."""
    probe = (
        "import sys\n"
        "from avhopp.cli.main import main\n"
        "codes = [main(['--version']), main(['--help']), main(['no-such-command'])]\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'avhopp.services.vault')"
        " if m in sys.modules)\n"
        "print(codes, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[0, 0, 2] []"
