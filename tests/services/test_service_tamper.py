"""Tampering with a vault behind Avhopp's back, then asking ``avhopp-admin`` about it.

The attacker has the files or the database server, not the vault key. On SQLite the test
unlocks once to learn the SQLCipher file key (simulating an insider who stole that key); the
audit-chain MAC key is another HKDF sub-key, and no test recomputes a MAC.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlcipher3
from psycopg import sql
from sqlalchemy.engine import make_url

from avhopp.cli.main import main
from avhopp.errors import IntegrityError
from avhopp.services import vault as vault_service
from avhopp.storage.location import parse_location
from avhopp.storage.location import witness_file as pc_witness_file

# --------------------------------------------------------------------------- helpers


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


def cli_as(vault, who: str, capsys, *argv: str) -> tuple[int, str, str]:
    passphrase = vault.admin_passphrase if who == vault.admin else vault.worker_passphrase
    return run(
        capsys,
        "--db",
        vault.location,
        "--user",
        who,
        "--passphrase-stdin",
        *argv,
        stdin=passphrase + "\n",
    )


class RawDb:
    """SQL straight into the vault's database, as the attacker."""

    def __init__(self, vault, request: pytest.FixtureRequest) -> None:
        self.vault = vault
        # One legitimate unlock: learns the file key (SQLite) and leaves a witness behind.
        with vault_service.unlock(
            vault.location, username=vault.admin, passphrase=vault.admin_passphrase
        ) as v:
            self.sqlcipher_key = v.keys.sqlcipher_key
            self.vault_id = v.keys.vault_id
        if vault.kind == "postgres":
            self.server = request.getfixturevalue("postgres_server")
            self.dbname = make_url(vault.location).database

    @contextmanager
    def connect(self) -> Iterator[Any]:
        if self.vault.kind == "sqlite":
            connection = sqlcipher3.dbapi2.connect(str(self.vault.path), isolation_level=None)
            try:
                connection.execute(f"PRAGMA key = \"x'{self.sqlcipher_key.hex()}'\"")
                connection.execute("BEGIN")
                yield _Sqlite(connection)
                connection.execute("COMMIT")
            finally:
                connection.close()
        else:
            with psycopg.connect(self.server.conninfo(self.dbname)) as connection:
                yield _Postgres(connection)

    def disable_append_only_triggers(self) -> None:
        with self.connect() as db:
            if self.vault.kind == "sqlite":
                db.execute("DROP TRIGGER audit_entries_no_update")
                db.execute("DROP TRIGGER audit_entries_no_delete")
            else:
                db.execute("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only")

    def head(self) -> int:
        with self.connect() as db:
            return db.one("SELECT max(seq) FROM audit_entries")


class _Sqlite:
    def __init__(self, connection: Any) -> None:
        self.c = connection

    def execute(self, query: str, params: tuple = ()) -> Any:
        return self.c.execute(query, params)

    def one(self, query: str, params: tuple = ()) -> Any:
        return self.execute(query, params).fetchone()[0]

    def row(self, query: str, params: tuple = ()) -> dict[str, Any]:
        cursor = self.execute(query, params)
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


class _Postgres(_Sqlite):
    def execute(self, query: str, params: tuple = ()) -> Any:
        return self.c.execute(query.replace("?", "%s"), params)  # type: ignore[arg-type]


def flip_last_byte(value: bytes) -> bytes:
    data = bytearray(value)
    data[-1] ^= 0x01
    return bytes(data)


def witness_file(raw: RawDb) -> Path:
    if raw.vault.kind == "sqlite":
        return Path(str(raw.vault.path) + ".witness")
    return pc_witness_file(raw.vault_id, parse_location(raw.vault.location))


def assert_verify_fails(vault, capsys, entry: int | None, *, who: str | None = None) -> str:
    code, out, err = cli_as(vault, who or vault.admin, capsys, "audit", "verify")
    line = one_line(err)
    assert (code, out) == (4, ""), line
    if entry is not None:
        assert f"entry {entry}" in line, line
    return line


# --------------------------------------------------------------------------- audit chain


def test_fresh_copy_verifies(vault, capsys):
    code, out, err = cli_as(vault, vault.admin, capsys, "audit", "verify")
    assert code == 0, err
    assert re.fullmatch(r"The audit log is intact: \d+ entries \(witness: \w+\)\.\n", out)
    code, out, err = cli_as(vault, vault.admin, capsys, "--json", "audit", "verify")
    assert code == 0, err
    assert json.loads(out) == {"ok": True, "entries": json.loads(out)["entries"], "witness": "ok"}


def test_append_only_triggers_refuse_update_and_delete(vault, request):
    raw = RawDb(vault, request)
    error = sqlcipher3.dbapi2.Error if vault.kind == "sqlite" else psycopg.Error
    for statement in (
        "UPDATE audit_entries SET action = 'x' WHERE seq = 2",
        "DELETE FROM audit_entries WHERE seq = 2",
        *(["TRUNCATE audit_entries"] if vault.kind == "postgres" else []),
    ):
        with pytest.raises(error, match="append-only"), raw.connect() as db:
            db.execute(statement)
    with raw.connect() as db:
        assert db.one("SELECT count(*) FROM audit_entries") == raw.head()


def _edit_action(db, head: int) -> int:
    db.execute("UPDATE audit_entries SET action = 'user.list' WHERE seq = 2")
    return 2


def _edit_username(db, head: int) -> int:
    db.execute("UPDATE audit_entries SET username = 'kalle' WHERE seq = 3")
    return 3


def _delete_middle(db, head: int) -> int:
    db.execute("DELETE FROM audit_entries WHERE seq = 3")
    return 3


def _insert_forged(db, head: int) -> int:
    row = db.row("SELECT * FROM audit_entries WHERE seq = 2")
    row.update(seq=head + 1, id="00000000-0000-4000-8000-000000000001")
    columns = ", ".join(row)
    db.execute(
        f"INSERT INTO audit_entries ({columns}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    db.execute("UPDATE audit_head SET seq = ?, mac = ?", (head + 1, row["mac"]))
    return head + 1


def _swap_seq(db, head: int) -> int:
    db.execute("UPDATE audit_entries SET seq = -1 WHERE seq = 2")
    db.execute("UPDATE audit_entries SET seq = 2 WHERE seq = 3")
    db.execute("UPDATE audit_entries SET seq = 3 WHERE seq = -1")
    return 2


def _flip_details(db, head: int) -> int:
    details = db.one("SELECT details_ct FROM audit_entries WHERE seq = 2")
    db.execute(
        "UPDATE audit_entries SET details_ct = ? WHERE seq = 2", (flip_last_byte(bytes(details)),)
    )
    return 2


def _truncate_keep_head(db, head: int) -> int:
    db.execute("DELETE FROM audit_entries WHERE seq >= ?", (head - 1,))
    # The head row still says `head`: the next login appends head + 1, leaving a gap.
    return head - 1


def _truncate_and_roll_head_back(db, head: int) -> int:
    db.execute("DELETE FROM audit_entries WHERE seq >= ?", (head - 1,))
    mac = db.one("SELECT mac FROM audit_entries WHERE seq = ?", (head - 2,))
    db.execute("UPDATE audit_head SET seq = ?, mac = ?", (head - 2, mac))
    # A consistent, shorter chain: only the witness (which saw `head`) can tell.
    return head


@pytest.mark.parametrize(
    "tamper",
    [
        _edit_action,
        _edit_username,
        _delete_middle,
        _insert_forged,
        _swap_seq,
        _flip_details,
        _truncate_keep_head,
        _truncate_and_roll_head_back,
    ],
)
def test_tampered_audit_log_fails_verification(
    vault, request, capsys, tamper: Callable[[Any, int], int]
):
    raw = RawDb(vault, request)
    raw.disable_append_only_triggers()
    head = raw.head()
    assert head >= 6
    with raw.connect() as db:
        entry = tamper(db, head)
    assert_verify_fails(vault, capsys, entry)


def test_rolled_back_database_with_newer_witness_is_detected(vault, request, capsys, tmp_path):
    raw = RawDb(vault, request)
    old = tmp_path / "old-copy"
    if vault.kind == "sqlite":
        old.mkdir()
        for name in ("vault.avhopp", "vault.avhopp.keys"):
            shutil.copy2(vault.path.parent / name, old / name)
    else:
        snapshot = f"{raw.dbname}_old"
        with psycopg.connect(raw.server.conninfo(), autocommit=True) as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(snapshot), sql.Identifier(raw.dbname)
                )
            )
    # Life goes on: two more commits move the witness forward.
    for _ in range(2):
        code, _, err = cli_as(vault, vault.admin, capsys, "audit", "verify")
        assert code == 0, err

    if vault.kind == "sqlite":
        for suffix in ("-wal", "-shm"):
            Path(str(vault.path) + suffix).unlink(missing_ok=True)
        for name in ("vault.avhopp", "vault.avhopp.keys"):
            shutil.copy2(old / name, vault.path.parent / name)
        rolled_back = vault
    else:
        # The old copy takes the vault's place on the server, under the same name (witnesses
        # are kept per vault and location: a restore to another database is a new branch).
        with psycopg.connect(raw.server.conninfo(), autocommit=True) as connection:
            for old_name, new_name in ((raw.dbname, f"{raw.dbname}_newer"), (snapshot, raw.dbname)):
                connection.execute(
                    sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                        sql.Identifier(old_name), sql.Identifier(new_name)
                    )
                )
        rolled_back = vault
    line = assert_verify_fails(rolled_back, capsys, None)
    assert "rolled back" in line or "differs from the one this PC saw" in line


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_whole_folder_rolled_back_is_caught_by_this_pcs_witness(vault, request, capsys, tmp_path):
    """The attacker restores db, .keys *and* .witness from an old copy; the second witness in
    this PC's config folder still remembers the newer head."""
    RawDb(vault, request)
    old = tmp_path / "old-copy"
    shutil.copytree(vault.path.parent, old, ignore=shutil.ignore_patterns("old-copy"))
    code, _, err = cli_as(vault, vault.admin, capsys, "audit", "verify")
    assert code == 0, err
    for suffix in ("-wal", "-shm"):
        Path(str(vault.path) + suffix).unlink(missing_ok=True)
    for name in ("vault.avhopp", "vault.avhopp.keys", "vault.avhopp.witness"):
        shutil.copy2(old / name, vault.path.parent / name)
    line = assert_verify_fails(vault, capsys, None)
    assert "this PC saw" in line


def test_tampered_witness_file_is_detected(vault, request, capsys):
    raw = RawDb(vault, request)
    path = witness_file(raw)
    document = json.loads(path.read_text("utf-8"))
    document["seq"] += 5  # claims a longer log, but the tag no longer matches
    path.write_text(json.dumps(document), "utf-8")
    code, out, err = cli_as(vault, vault.admin, capsys, "audit", "verify")
    # The login before the check must not "repair" the witness by overwriting it.
    assert (code, out) == (4, ""), f"exit {code}: {out or err}"
    assert "witness" in one_line(err)


def test_truncation_hidden_by_garbling_the_witness_is_detected(vault, request, capsys):
    raw = RawDb(vault, request)
    raw.disable_append_only_triggers()
    head = raw.head()
    with raw.connect() as db:
        _truncate_and_roll_head_back(db, head)
    witness_file(raw).write_text("{ not json", "utf-8")
    code, out, err = cli_as(vault, vault.admin, capsys, "audit", "verify")
    assert (code, out) == (4, ""), f"exit {code}: {out or err}"


# ------------------------------------------------------------- ciphertexts and row MACs


def test_flipped_display_name_ciphertext_is_an_integrity_error(vault, request, capsys):
    raw = RawDb(vault, request)
    with raw.connect() as db:
        value = db.one("SELECT display_name_ct FROM users WHERE username = 'kalle'")
        db.execute(
            "UPDATE users SET display_name_ct = ? WHERE username = 'kalle'",
            (flip_last_byte(bytes(value)),),
        )
    code, out, err = cli_as(vault, vault.admin, capsys, "user", "list")
    assert (code, out) == (4, "")
    line = one_line(err)
    assert "Integrity check failed" in line
    assert "Kalle" not in line


def test_swapped_display_names_are_never_shown(vault, request, capsys):
    raw = RawDb(vault, request)
    with raw.connect() as db:
        admin_ct = bytes(db.one("SELECT display_name_ct FROM users WHERE username = 'admin'"))
        kalle_ct = bytes(db.one("SELECT display_name_ct FROM users WHERE username = 'kalle'"))
        db.execute("UPDATE users SET display_name_ct = ? WHERE username = 'admin'", (kalle_ct,))
        db.execute("UPDATE users SET display_name_ct = ? WHERE username = 'kalle'", (admin_ct,))
    for who in (vault.admin, vault.worker):
        code, out, err = cli_as(vault, who, capsys, "--json", "user", "list")
        assert (code, out) == (4, "")
        line = one_line(err)
        assert "Integrity check failed" in line
        assert "Åsa" not in line
        assert "Kalle" not in line


def test_role_escalation_in_the_database_is_refused(vault, request, capsys):
    raw = RawDb(vault, request)
    with raw.connect() as db:
        db.execute("UPDATE users SET roles = 'administrator' WHERE username = 'kalle'")
    code, out, err = cli_as(vault, vault.worker, capsys, "user", "list")
    assert (code, out) == (4, "")
    assert "Integrity check failed" in one_line(err)
    # The administrator is not fooled either: listing refuses rather than show the fake role.
    code, out, err = cli_as(vault, vault.admin, capsys, "--json", "user", "list")
    assert (code, out) == (4, "")
    assert "the roles or status of user kalle were altered" in one_line(err)
    with pytest.raises(IntegrityError):
        vault_service.unlock(
            vault.location, username=vault.worker, passphrase=vault.worker_passphrase
        )


def test_re_enabling_a_disabled_user_in_the_database_is_refused(vault, request, capsys):
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        v.users.set_active(vault.worker, False)
    raw = RawDb(vault, request)
    with raw.connect() as db:
        db.execute("UPDATE users SET active = ? WHERE username = 'kalle'", (True,))
    code, out, err = cli_as(vault, vault.worker, capsys, "user", "list")
    assert (code, out) == (4, "")
    assert "Integrity check failed" in one_line(err)
    code, out, err = cli_as(vault, vault.admin, capsys, "user", "list")
    assert (code, out) == (4, "")
    assert "the roles or status of user kalle were altered" in one_line(err)


def test_login_as_a_tampered_user_names_the_real_reason(vault, request):
    """BUG: avhopp/services/vault.py _unlock_user wraps ``uow.users.get_by_id`` in
    ``except Exception`` and re-raises every failure as "the key slot belongs to no user", so
    the row-MAC failure (roles/status altered) -- or a storage error -- is misreported as a
    key-header problem. Only NotFoundError means "belongs to no user"."""
    raw = RawDb(vault, request)
    with raw.connect() as db:
        db.execute("UPDATE users SET roles = 'administrator' WHERE username = 'kalle'")
    with pytest.raises(IntegrityError) as caught:
        vault_service.unlock(
            vault.location, username=vault.worker, passphrase=vault.worker_passphrase
        )
    assert "the roles or status of user kalle were altered" in caught.value.message
