"""The reference reader (tools/backup_reference_reader.py) reads real backups.

It was written from docs/BACKUP-FORMAT.md alone and imports nothing from Avhopp; here it runs
as a subprocess on backups the real service made of a vault with demo data, on both engines.
It must find the header's counts, hand out exactly the rows the core reads from the same file
(and the ciphertext the source database stores), and refuse damage with exit 4 and wrong keys
with exit 3.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from avhopp.crypto import backup_stream as fmt
from avhopp.services import backup_service
from avhopp.services import vault as vault_service
from avhopp.services.demo_service import generate_demo
from avhopp.storage.snapshot import FrameReader, walk_content

READER = Path(__file__).resolve().parents[2] / "tools" / "backup_reference_reader.py"


def _reader(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "AVHOPP_PASSPHRASE"}
    env["PYTHONPATH"] = ""  # nothing of Avhopp's on the path: the reader must stand alone
    return subprocess.run(
        [sys.executable, "-I", str(READER), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def _counts(stdout: str) -> dict[str, int]:
    lines = stdout.split("rows per table:\n", 1)[1].splitlines()
    pairs = (line.split() for line in lines if line.startswith("  "))
    return {name: int(count) for name, count in pairs}


@pytest.fixture
def backup(vault, tmp_path) -> Path:
    """A backup made by the administrator of a vault holding a small demo unit."""
    folder = tmp_path / "backups"
    folder.mkdir()
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        generate_demo(v, participants=8)
        made = v.backups.create(folder)
    return made.path


def _core_rows(path: Path, vault) -> dict[str, list[dict[str, Any]]]:
    """The rows as the core reads them from the file (its own chunk and frame readers)."""
    opened = backup_service.open_backup(
        path, username=vault.admin, passphrase=vault.admin_passphrase
    )
    rows: dict[str, list[dict[str, Any]]] = {}

    def sink(table, columns, batch) -> None:
        rows.setdefault(table.name, []).extend(dict(zip(columns, r, strict=True)) for r in batch)

    with path.open("rb") as stream:
        stream.seek(opened.parsed.length)
        pieces = fmt.read_chunks(
            stream,
            keys=opened.keys,
            nonce_prefix=base64.b64decode(opened.parsed.fields["nonce_prefix"]),
            header_digest=opened.parsed.digest,
            chunk_size=opened.parsed.fields["chunk_size"],
        )
        walk_content(iter(FrameReader(pieces)), sink=sink)
    return rows


def _dumped_rows(folder: Path) -> dict[str, list[dict[str, Any]]]:
    columns = json.loads((folder / "columns.json").read_text("utf-8"))
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, described in columns.items():
        binary = {name for name, kind in described if kind == "bytes"}
        rows[table] = []
        for line in (folder / f"{table}.jsonl").read_text("utf-8").splitlines():
            record = json.loads(line)
            for name in binary:
                if record[name] is not None:
                    record[name] = base64.b64decode(record[name])
            rows[table].append(record)
    return rows


def test_reader_reads_what_the_core_wrote(vault, backup, tmp_path) -> None:
    source = READER.read_text("utf-8")
    assert "import avhopp" not in source
    assert "from avhopp" not in source  # independent: written from the specification only
    _, header = backup_service.read_public_header(backup)
    dump = tmp_path / "dump"

    # A case worker's passphrase opens the administrator's backup: every slot is in it. The
    # user name is normalised as at sign-in.
    by_passphrase = _reader(
        str(backup), "--user", f"  {vault.worker.upper()} ", "--dump-json", str(dump),
        stdin=vault.worker_passphrase + "\n",
    )  # fmt: skip
    assert by_passphrase.returncode == 0, by_passphrase.stderr
    counts = _counts(by_passphrase.stdout)
    assert counts == header.counts
    assert counts["people"] == 8
    assert counts["journal_notes"] > 0
    assert f'backup_id        "{header.backup_id}"' in by_passphrase.stdout

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(vault.recovery_code.lower() + "\n", "utf-8")
    by_recovery = _reader(str(backup), "--recovery-key-file", str(key_file))
    assert by_recovery.returncode == 0, by_recovery.stderr
    assert by_recovery.stdout == by_passphrase.stdout

    # Every row of every table, value for value, as the core reads the same file.
    dumped = _dumped_rows(dump)
    core = _core_rows(backup, vault)
    assert set(dumped) == set(header.counts)
    for table, count in header.counts.items():
        assert dumped[table] == core.get(table, []), table
        assert len(dumped[table]) == count
    # ... and the ciphertext is the very bytes the source database stores.
    with (
        vault_service.unlock(
            vault.location, username=vault.admin, passphrase=vault.admin_passphrase
        ) as v,
        v.engine.connect() as connection,
    ):
        stored = dict(connection.execute(text("SELECT id, payload_ct FROM journal_notes")).all())
    assert {r["id"]: r["payload_ct"] for r in dumped["journal_notes"]} == {
        k: bytes(v) for k, v in stored.items()
    }
    assert any(r["signed_at"] is not None for r in dumped["journal_notes"])  # datetimes
    assert {r["external"] for r in dumped["support_steps"]} <= {0, 1}  # booleans as 0 and 1
    assert any(r["external"] == 1 for r in dumped["support_steps"])


def _damaged_copy(source: Path, target: Path, edit) -> Path:
    data = bytearray(source.read_bytes())
    target.write_bytes(bytes(edit(data)))
    return target


def test_reader_refuses_damage_and_wrong_keys(vault, backup, tmp_path) -> None:
    parsed, _ = backup_service.read_public_header(backup)
    start = parsed.length  # first chunk
    size = backup.stat().st_size
    sealed = fmt.DEFAULT_CHUNK_SIZE + fmt.TAG_LENGTH
    assert size - start > sealed  # at least two chunks: a boundary to cut at

    def flip(offset: int):
        def edit(data: bytearray) -> bytearray:
            data[offset] ^= 0x01
            return data

        return edit

    damaged = {
        "flip in chunk 0": flip(start + 1000),
        "flip in the last tag": flip(size - 1),
        "flip in the header": flip(parsed.signed_bytes.index(b'"trigger":"manual"') + 12),
        "flip in the header tag": flip(len(parsed.signed_bytes) + 5),
        "cut at a chunk boundary": lambda d: d[: start + sealed],
        "cut inside a chunk": lambda d: d[: size - 100],
        "one byte appended": lambda d: d + b"\0",
    }
    for name, edit in damaged.items():
        path = _damaged_copy(backup, tmp_path / "damaged.avhbackup", edit)
        result = _reader(str(path), "--user", vault.admin, stdin=vault.admin_passphrase)
        assert result.returncode == 4, (name, result.stdout, result.stderr)
        assert "intact" not in result.stdout, name

    wrong = _reader(str(backup), "--user", vault.admin, stdin="not the passphrase\n")
    assert wrong.returncode == 3, wrong.stderr
    nobody = _reader(str(backup), "--user", "nobody", stdin=vault.admin_passphrase)
    assert nobody.returncode == 3, nobody.stderr
    key_file = tmp_path / "recovery.txt"
    code = vault.recovery_code
    key_file.write_text(code[:-1] + ("0" if code[-1] != "0" else "1"), "utf-8")
    assert _reader(str(backup), "--recovery-key-file", str(key_file)).returncode == 3

    newer = _damaged_copy(
        backup, tmp_path / "newer.avhbackup", lambda d: d[:8] + b"\x00\x02" + d[10:]
    )
    result = _reader(str(newer), "--user", vault.admin, stdin=vault.admin_passphrase)
    assert result.returncode == 1
    assert "newer" in result.stderr
