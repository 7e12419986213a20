"""Shared by the backup fault tests (test_backup_faults.py, test_backup_kill9.py): building a
vault with enough data, the byte layout of a backup file, the CLI in-process, and simulated
environment faults (a full disk, a read-only folder).

A module, not a conftest.py: tests/ holds no packages and only one conftest.py.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import pathlib
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from avhopp.cli.main import main
from avhopp.crypto import backup_stream as fmt
from avhopp.domain.person import PersonInput
from avhopp.services.vault import Vault

# --------------------------------------------------------------------------- data


def add_records(v: Vault, *, people: int, notes_per_person: int, note_chars: int) -> None:
    """People, their cases and signed journal notes through the real services of the unlocked
    vault ``v``. The note texts are random hex (no personal data, and incompressible: the
    backup grows with them)."""
    for i in range(people):
        case = v.people.register_participant(
            PersonInput(first_name=f"Testperson{i}", last_name="Backupsson"),
            referral_source="police",
            inquiry_on=date(2026, 1, 10),
        ).case
        for _ in range(notes_per_person):
            v.journal.write_signed(
                case.id,
                note_type="conversation",
                event_date=date(2026, 1, 12),
                text=secrets.token_hex(note_chars // 2 + 1)[:note_chars],
            )


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    """Where the parts of a backup file lie (offsets into the file)."""

    size: int
    header_json: tuple[int, int]  # [start, end) of the header JSON
    header_tag: tuple[int, int]
    chunk_size: int
    chunks: tuple[tuple[int, int], ...]  # [start, end) of each sealed chunk, tag included

    @property
    def header_end(self) -> int:
        return self.header_tag[1]

    @property
    def sealed(self) -> int:
        return self.chunk_size + fmt.TAG_LENGTH


def layout_of(data: bytes) -> Layout:
    _, _, length = fmt.PREAMBLE.unpack(data[: fmt.PREAMBLE.size])
    json_end = fmt.PREAMBLE.size + length
    tag_end = json_end + fmt.HEADER_TAG_LENGTH
    parsed = fmt.read_header(io.BytesIO(data), name="layout")
    chunk_size = int(parsed.fields["chunk_size"])
    sealed = chunk_size + fmt.TAG_LENGTH
    chunks = []
    start = tag_end
    while start < len(data):
        chunks.append((start, min(start + sealed, len(data))))
        start += sealed
    return Layout(
        size=len(data),
        header_json=(fmt.PREAMBLE.size, json_end),
        header_tag=(json_end, tag_end),
        chunk_size=chunk_size,
        chunks=tuple(chunks),
    )


def field_span(data: bytes, name: str) -> tuple[int, int]:
    """[start, end) of the value of the header's string field ``name`` (the header is compact
    JSON; table counts with the same name are numbers, so they never match)."""
    key = f'"{name}":"'.encode()
    start = data.index(key, fmt.PREAMBLE.size) + len(key)
    assert data.find(key, start) == -1, f"{name} occurs twice"
    return start, data.index(b'"', start)


def flipped(data: bytes, position: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


# --------------------------------------------------------------------------- CLI


def run_cli(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    """``avhopp-admin`` in-process: (exit code, stdout, stderr)."""
    out = io.StringIO()
    capsys.readouterr()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


def one_line(err: str) -> str:
    """The single error line the CLI prints for a user error (never a traceback)."""
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def traces_of(target: Path) -> list[str]:
    """Every file a (failed) restore to ``target`` could have left: the vault, its .keys,
    .witness, -wal/-shm, the .restoring temp and its sidecars."""
    if not target.parent.exists():
        return []
    return sorted(p.name for p in target.parent.iterdir() if p.name.startswith(target.name))


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --------------------------------------------------------------------------- environment faults


class _FillingFile:
    """A writable binary file on a disk with ``room`` bytes left: the write that crosses it
    writes what fits, then fails with ENOSPC, like write(2) on a full file system."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            self._real.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        result: int = self._real.write(data)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@contextlib.contextmanager
def disk_fills_after(room: int, *, suffix: str) -> Iterator[list[Path]]:
    """While active, files whose name ends with ``suffix`` opened for writing through
    ``Path.open`` hold at most ``room`` bytes (then ENOSPC). Yields the paths it throttled.

    The seam is ``Path.open``, which is how the backup writer opens its temporary file; the
    bytes really go to disk up to the limit, so the clean-up of a partial file is tested."""
    real_open = pathlib.Path.open
    hit: list[Path] = []

    def patched(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if self.name.endswith(suffix) and any(flag in mode for flag in "wxa"):
            hit.append(self)
            return _FillingFile(handle, room)
        return handle

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pathlib.Path, "open", patched)
        yield hit


@contextlib.contextmanager
def refused_open(error: int, *, suffix: str) -> Iterator[list[Path]]:
    """``Path.open`` for writing files ending in ``suffix`` fails with ``error`` (EACCES,
    EROFS): a read-only folder, simulated at the seam where the backup writer opens its file."""
    real_open = pathlib.Path.open
    hit: list[Path] = []

    def patched(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self.name.endswith(suffix) and any(flag in mode for flag in "wxa"):
            hit.append(self)
            raise OSError(error, os.strerror(error), str(self))
        return real_open(self, mode, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pathlib.Path, "open", patched)
        yield hit


def _can_create_in(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` really read-only for this process; yields how ("chmod" or
    "chattr +i").

    chmod 0o555 stops an ordinary user, but root writes anywhere. As root, the immutable
    attribute (``chattr +i``, ext2/3/4, xfs, btrfs) stops root too. Skips when neither works
    here (then the open-seam simulation in the create test still covers the message)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            if _can_create_in(folder):
                pytest.skip("chmod 0o555 does not make a folder read-only here")
            yield "chmod"
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: no way to make a folder read-only")
    made = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {made.stderr.decode(errors='replace')}")
    try:
        if _can_create_in(folder):
            pytest.skip("chattr +i does not make a folder read-only here")
        yield "chattr +i"
    finally:
        subprocess.run([chattr, "-i", str(folder)], capture_output=True, check=True)
