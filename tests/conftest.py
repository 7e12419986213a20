"""Shared test set-up: a clean environment, a real PostgreSQL server, database locations.

Sections:
    basics               Qt offscreen, XDG directories pointed away from the real home
    PostgreSQL server    one throwaway server per session, one fresh database per test
    database locations   `engine_kind` / `db_location`: every storage test on both engines
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from psycopg import sql

# ---- basics

# Before anything imports Qt: no test may need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_xdg_dirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Point platformdirs/QSettings at throwaway directories, never the real home."""
    base = tmp_path_factory.mktemp("xdg")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        directory = base / variable.removeprefix("XDG_").removesuffix("_HOME").lower()
        directory.mkdir()
        monkeypatch.setenv(variable, str(directory))


# ---- PostgreSQL server

REQUIRE_POSTGRES_ENV = "AVHOPP_REQUIRE_POSTGRES"
POSTGRES_SUPERUSER = "postgres"
POSTGRES_START_TIMEOUT_S = 60


@dataclass(frozen=True)
class PostgresServer:
    """A running throwaway server, reachable only through its unix socket."""

    bin_dir: Path
    data_dir: Path
    socket_dir: Path
    port: int
    user: str

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq/psycopg connection string for `dbname`."""
        return f"host={self.socket_dir} port={self.port} user={self.user} dbname={dbname}"

    def url(self, dbname: str) -> str:
        """A SQLAlchemy URL for `dbname` (psycopg 3 driver, unix socket)."""
        url = f"postgresql+psycopg://{self.user}@/{dbname}?host={self.socket_dir}"
        return url if self.port == 5432 else f"{url}&port={self.port}"


def _find_postgres_bin_dir() -> Path | None:
    """Directory holding initdb and pg_ctl: PATH first, then Debian's newest version."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(initdb).parent

    def major_version(bin_dir: str) -> float:
        try:
            return float(Path(bin_dir).parent.name)
        except ValueError:
            return -1.0

    for bin_dir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major_version, reverse=True):
        if (Path(bin_dir) / "initdb").exists() and (Path(bin_dir) / "pg_ctl").exists():
            return Path(bin_dir)
    return None


def _skip_or_fail(reason: str) -> NoReturn:
    """Skip PostgreSQL tests, or fail them when CI demands a server."""
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_POSTGRES_ENV}=1, so this is an error)", pytrace=False)
    print(f"\nPostgreSQL tests skipped: {reason}")
    pytest.skip(reason)


def _run_as_server_user(cmd: list[str], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    # initdb and postgres refuse to run as root: run them as the `postgres` system user.
    if os.geteuid() == 0:
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        cmd = [runuser, "-u", POSTGRES_SUPERUSER, "--", *cmd]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)


def _server_log_tail(log_file: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log_file.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """Start a private PostgreSQL server for the session (unix socket only, no TCP).

    Skips when no server binaries are installed, unless AVHOPP_REQUIRE_POSTGRES=1.
    """
    bin_dir = _find_postgres_bin_dir()
    if bin_dir is None:
        _skip_or_fail("initdb/pg_ctl not found (install Debian's postgresql package)")
    running_as_root = os.geteuid() == 0
    if running_as_root:
        try:
            server_user = pwd.getpwnam(POSTGRES_SUPERUSER)
        except KeyError:
            _skip_or_fail("running as root but there is no `postgres` system user")

    base = Path(tempfile.mkdtemp(prefix="avhopp-pg-", dir="/tmp"))
    data_dir, socket_dir, log_file = base / "data", base / "socket", base / "server.log"
    socket_dir.mkdir()
    if running_as_root:
        for path in (base, socket_dir):
            os.chown(path, server_user.pw_uid, server_user.pw_gid)
    port = 5432  # only names the socket file; the socket directory is private
    started = False
    try:
        initdb = _run_as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data_dir),
                "-A",
                "trust",
                "-U",
                POSTGRES_SUPERUSER,
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            ],
            cwd=base,
        )
        if initdb.returncode != 0:
            pytest.fail(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}", pytrace=False)
        # fsync off: a test server's data may be lost on a machine crash; it is deleted anyway.
        server_options = (
            f"-k {socket_dir} -p {port} -c listen_addresses='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        start = _run_as_server_user(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data_dir),
                "-l",
                str(log_file),
                "-o",
                server_options,
                "-w",
                "-t",
                str(POSTGRES_START_TIMEOUT_S),
                "start",
            ],
            cwd=base,
        )
        started = start.returncode == 0
        if not started:
            pytest.fail(
                f"pg_ctl start failed:\n{start.stdout}\n{start.stderr}\n"
                f"{_server_log_tail(log_file)}",
                pytrace=False,
            )
        server = PostgresServer(
            bin_dir=bin_dir,
            data_dir=data_dir,
            socket_dir=socket_dir,
            port=port,
            user=POSTGRES_SUPERUSER,
        )
        _wait_until_accepting(server, log_file)
        yield server
    finally:
        if started:
            _run_as_server_user(
                [str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "-w", "stop"],
                cwd=base,
            )
        shutil.rmtree(base, ignore_errors=True)


def _wait_until_accepting(server: PostgresServer, log_file: Path) -> None:
    deadline = time.monotonic() + POSTGRES_START_TIMEOUT_S
    while True:
        try:
            with psycopg.connect(server.conninfo(), connect_timeout=5) as connection:
                connection.execute("select 1")
            return
        except psycopg.OperationalError as error:
            if time.monotonic() > deadline:
                pytest.fail(
                    f"PostgreSQL did not accept connections: {error}\n{_server_log_tail(log_file)}",
                    pytrace=False,
                )
            time.sleep(0.1)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the session server, dropped afterwards; its SQLAlchemy URL."""
    dbname = f"avhopp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.conninfo(), autocommit=True) as connection:
        connection.execute(sql.SQL("create database {}").format(sql.Identifier(dbname)))
    yield postgres_server.url(dbname)
    try:
        with psycopg.connect(postgres_server.conninfo(), autocommit=True) as connection:
            connection.execute(
                "select pg_terminate_backend(pid) from pg_stat_activity"
                " where datname = %s and pid <> pg_backend_pid()",
                (dbname,),
            )
            connection.execute(
                sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(dbname))
            )
    except psycopg.Error:
        pass  # the server is thrown away at the end of the session anyway


def _drop_database(server: PostgresServer, dbname: str) -> None:
    try:
        with psycopg.connect(server.conninfo(), autocommit=True) as connection:
            connection.execute(
                sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(dbname))
            )
    except psycopg.Error:
        pass  # the server is thrown away at the end of the session anyway


# ---- database locations


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Runs a test once per storage engine: "sqlite" and "postgres"."""
    kind: str = request.param
    return kind


@pytest.fixture
def db_location(engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """What `--db` takes: a vault file path for SQLite, a SQLAlchemy URL for PostgreSQL."""
    if engine_kind == "postgres":
        # Looked up lazily so that SQLite runs never start the server.
        url: str = request.getfixturevalue("postgres_url")
        return url
    return str(tmp_path / "vault.avhopp")


# ---- vault fixtures
#
# Argon2id at the floor (64 MiB, t=3, p=4) still costs ~0.3 s per slot, so a vault is created
# once per session and copied per test (DESIGN.md §8), never weakened below the floor.

ADMIN = "admin"
ADMIN_PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"
WORKER = "kalle"
WORKER_PASSPHRASE = "morot-cykel-hängmatta-solsken-42"
UNIT = "Avhopparverksamheten Västerås"


@dataclass(frozen=True)
class VaultFixture:
    """A ready vault: an administrator (``admin``) and a case worker (``kalle``)."""

    kind: str  # "sqlite" or "postgres"
    location: str  # what --db takes
    recovery_code: str
    admin: str = ADMIN
    admin_passphrase: str = ADMIN_PASSPHRASE
    worker: str = WORKER
    worker_passphrase: str = WORKER_PASSPHRASE

    @property
    def path(self) -> Path:
        assert self.kind == "sqlite"
        return Path(self.location)


def _populate_template(location: str) -> str:
    from avhopp.crypto import kdf
    from avhopp.domain.roles import Role
    from avhopp.services import vault as vault_service

    created = vault_service.create_vault(
        location,
        admin_username=ADMIN,
        admin_display_name="Åsa Administratör",
        passphrase=ADMIN_PASSPHRASE,
        unit_name=UNIT,
        kdf_params=kdf.FLOOR,
    )
    with vault_service.unlock(location, username=ADMIN, passphrase=ADMIN_PASSPHRASE) as vault:
        vault.users.add_user(
            WORKER,
            display_name="Kalle Handläggare",
            roles=frozenset({Role.CASE_WORKER}),
            passphrase=WORKER_PASSPHRASE,
        )
    return created.recovery_code


@pytest.fixture(scope="session")
def sqlite_vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("vault-template")
    path = folder / "vault.avhopp"
    code = _populate_template(str(path))
    return path, code


@pytest.fixture(scope="session")
def postgres_vault_template(postgres_server: PostgresServer) -> tuple[str, str]:
    dbname = "avhopp_template"
    with psycopg.connect(postgres_server.conninfo(), autocommit=True) as connection:
        connection.execute(sql.SQL("create database {}").format(sql.Identifier(dbname)))
    code = _populate_template(postgres_server.url(dbname))
    return dbname, code


@pytest.fixture
def vault(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[VaultFixture]:
    """A copy of the session's template vault, on each engine."""
    if engine_kind == "sqlite":
        template, code = request.getfixturevalue("sqlite_vault_template")
        target = tmp_path / "vault.avhopp"
        for source in template.parent.iterdir():
            if source.name.startswith(template.name) and not source.name.endswith(".attempts"):
                shutil.copy2(source, target.with_name(source.name))
        yield VaultFixture(kind="sqlite", location=str(target), recovery_code=code)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template_db, code = request.getfixturevalue("postgres_vault_template")
    dbname = f"avhopp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.conninfo(), autocommit=True) as connection:
        connection.execute(
            sql.SQL("create database {} template {}").format(
                sql.Identifier(dbname), sql.Identifier(template_db)
            )
        )
    yield VaultFixture(kind="postgres", location=server.url(dbname), recovery_code=code)
    _drop_database(server, dbname)


# ---- looking at what lies on disk


@pytest.fixture
def pg_dump(postgres_server: PostgresServer) -> Callable[[str], bytes]:
    """``pg_dump`` of a vault's database (its SQLAlchemy URL), as bytes: what a server
    administrator or a stolen dump would see."""
    from sqlalchemy.engine import make_url

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)
    binary = candidates[0] if candidates else shutil.which("pg_dump")
    if not binary:
        pytest.fail("pg_dump is not installed")

    def dump(location: str) -> bytes:
        url = make_url(location)
        command = [
            binary,
            "-h", str(url.query["host"]),
            "-p", str(postgres_server.port),
            "-U", postgres_server.user,
            "--no-password",
            str(url.database),
        ]  # fmt: skip
        if os.geteuid() == 0:
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            command = [runuser, "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, check=False, timeout=60)
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        return result.stdout

    return dump


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``, by path: to grep for plaintext."""
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def read_files() -> Callable[[Path], dict[str, bytes]]:
    return files_under
