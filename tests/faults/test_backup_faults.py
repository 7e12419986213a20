"""Damaged backups and a hostile environment: every fault is refused with the right exit code
and a clear message, nothing is restored, and nothing that was there is changed.

Part 1 damages one real backup (made by ``vault.backups.create`` of a SQLite vault holding
~1.1 MB of notes: five 256 KiB chunks): byte flips at > 200 positions, truncations, swapped,
repeated, dropped, appended and spliced chunks. The format does not depend on the engine that
made the backup (the snapshot is a logical export; docs/BACKUP-FORMAT.md), so this part runs
on a SQLite-made backup only. Most checks run at the service level (``vault.backups.verify``:
what ``avhopp-admin backup verify FILE`` calls, without an Argon2id unlock per position); a
representative part runs through the CLI in-process for the exit codes.

Part 2 runs on both engines (the ``vault`` fixture): wrong credentials, files that are no
backup, a newer format, a missing folder, a full disk, read-only folders, an existing vault.

Exit codes (avhopp/cli/main.py): 1 user error, 3 wrong passphrase or recovery key, 4 integrity
failure. Exit 1 is also what the CLI returns for an internal error, so every exit-1 case also
checks the one-line message (``one_line`` fails on a traceback).
"""

from __future__ import annotations

import base64
import errno
import json
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from backup_fault_helpers import (
    Layout,
    add_records,
    disk_fills_after,
    field_span,
    flipped,
    folder_state,
    layout_of,
    one_line,
    read_only_folder,
    refused_open,
    run_cli,
    traces_of,
)

from avhopp.crypto import backup_stream as fmt
from avhopp.crypto import recovery_key
from avhopp.crypto.key_slots import user_locator
from avhopp.crypto.keys import KeyRing
from avhopp.domain.roles import Role
from avhopp.errors import DiskFullError, IntegrityError, ReadOnlyLocationError, UserError
from avhopp.services import vault as vault_service
from avhopp.services.backup_service import open_backup, restore_backup, verify_opened

ADMIN = "admin"
ADMIN_PASSPHRASE = "kanelbulle-fjällräv-brevlåda-97"  # tests/conftest.py's template vault

# --------------------------------------------------------------------------- the damaged backup


@dataclass(frozen=True)
class Made:
    """A SQLite vault with ~1.1 MB of notes and two backups of it (a/ and b/)."""

    location: str
    ring: KeyRing
    backup: Path  # in folder a/
    other: Path  # a second backup of the same vault, in folder b/
    data: bytes
    layout: Layout
    scratch: Path


@pytest.fixture(scope="module")
def made(sqlite_vault_template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Made:
    template, _ = sqlite_vault_template
    base = tmp_path_factory.mktemp("backup-faults")
    location = base / "vault.avhopp"
    for source in template.parent.iterdir():
        if source.name.startswith(template.name) and not source.name.endswith(".attempts"):
            shutil.copy2(source, location.with_name(source.name))
    (base / "a").mkdir()
    (base / "b").mkdir()
    with vault_service.unlock(str(location), username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        add_records(v, people=3, notes_per_person=4, note_chars=90_000)
        first = v.backups.create(base / "a")
        second = v.backups.create(base / "b")
        ring = v.keys
    data = first.path.read_bytes()
    layout = layout_of(data)
    # The premise of the chunk tests: several full chunks and a shorter final one.
    assert len(layout.chunks) >= 4, layout
    assert layout.chunks[-1][1] - layout.chunks[-1][0] < layout.sealed
    scratch = base / "scratch"
    scratch.mkdir()
    return Made(str(location), ring, first.path, second.path, data, layout, scratch)


@pytest.fixture
def unlocked(made: Made) -> Iterator[vault_service.Vault]:
    with vault_service.unlock(made.location, username=ADMIN, passphrase=ADMIN_PASSPHRASE) as v:
        yield v


def _damaged(made: Made, data: bytes) -> Path:
    """The damaged bytes under a backup's file name in the scratch folder."""
    path = made.scratch / made.backup.name
    path.write_bytes(data)
    return path


def _refusal(v: vault_service.Vault, path: Path) -> UserError:
    """``vault.backups.verify`` must refuse ``path``; returns the error."""
    try:
        v.backups.verify(path)
    except UserError as exc:
        return exc
    raise AssertionError(f"{path.name} verified although it was damaged")


def _damage(error: UserError) -> bool:
    """An integrity failure: exit 4."""
    return isinstance(error, IntegrityError) and error.exit_code == 4


def _refused_restore(made: Made, path: Path) -> UserError:
    """Opening and restoring ``path`` (with the vault's keys) must fail and leave nothing."""
    target = made.scratch / "restored" / "vault.avhopp"
    target.parent.mkdir(exist_ok=True)
    try:
        restore_backup(open_backup(path, ring=made.ring), str(target))
    except UserError as exc:
        assert traces_of(target) == [], f"a refused restore left {traces_of(target)}"
        return exc
    raise AssertionError(f"{path.name} was restored although it was damaged")


def _identity_spans(data: bytes) -> list[tuple[int, int]]:
    """The header fields a reader must use before it can authenticate the header: the
    embedded key slots and the vault and key ids (swept on their own below)."""
    return [field_span(data, name) for name in ("vault_header", "vault_id", "key_id")]


def _spread(start: int, end: int, count: int) -> list[int]:
    if end - start <= count:
        return list(range(start, end))
    return sorted({start + (end - start - 1) * i // (count - 1) for i in range(count)})


def _flip_positions(made: Made) -> list[tuple[int, int, str]]:
    """(position, xor mask, part) over every part of the file (> 200 positions)."""
    layout, data = made.layout, made.data
    masks = (0x01, 0x80, 0xFF, 0x5A)
    positions: list[tuple[int, str]] = [(p, "preamble") for p in range(fmt.PREAMBLE.size)]
    excluded = _identity_spans(data)
    outside = [p for p in range(*layout.header_json) if not any(a <= p < b for a, b in excluded)]
    positions += [(outside[i], "header json") for i in _spread(0, len(outside), 48)]
    positions += [(p, "header tag") for p in range(*layout.header_tag)]
    for index, (start, end) in enumerate(layout.chunks):
        last = index == len(layout.chunks) - 1
        positions += [(p, f"chunk {index} start") for p in range(start, start + 4)]
        positions += [(p, f"chunk {index} body") for p in _spread(start + 4, end - 16, 12)]
        tag = range(end - fmt.TAG_LENGTH, end) if last else range(end - 16, end, 3)
        positions += [(p, f"chunk {index} tag") for p in tag]
    return [(p, masks[i % len(masks)], part) for i, (p, part) in enumerate(positions)]


def _expected_for_preamble(data: bytes, position: int, mask: int) -> tuple[type[UserError], int]:
    """What a flip in the 14-byte preamble must give: magic → not a backup (exit 1); version
    → newer (exit 1) or, for version 0, not a backup; header length → damaged (exit 4)."""
    if position < len(fmt.MAGIC):
        return fmt.NotABackupError, 1
    if position < len(fmt.MAGIC) + 2:
        version = struct.unpack(">H", flipped(data, position, mask)[8:10])[0]
        return (fmt.NewerBackupError if version > 1 else fmt.NotABackupError), 1
    return IntegrityError, 4


def test_byte_flips_are_refused_by_verify(made: Made, unlocked: vault_service.Vault) -> None:
    plan = _flip_positions(made)
    assert len(plan) >= 200
    parts = {part.split(" ")[0] + (" tag" if part.endswith("tag") else "") for _, _, part in plan}
    assert {"preamble", "header", "header tag", "chunk", "chunk tag"} <= parts | {"header"}
    for position, mask, part in plan:
        error = _refusal(unlocked, _damaged(made, flipped(made.data, position, mask)))
        where = f"flip {mask:#04x} at {position} ({part}): {type(error).__name__}: {error.message}"
        if part == "preamble":
            kind, code = _expected_for_preamble(made.data, position, mask)
            assert (type(error), error.exit_code) == (kind, code), where
        else:
            assert _damage(error), where
    # The undamaged file still verifies: the refusals came from the flips.
    assert unlocked.backups.verify(_damaged(made, made.data)).rows > 0


def test_byte_flips_refuse_restore_and_leave_nothing(made: Made) -> None:
    plan = _flip_positions(made)
    subset = plan[:: max(1, len(plan) // 25)]
    assert len(subset) >= 25
    assert {part for _, _, part in subset} >= {"preamble", "header json", "header tag"}
    for position, mask, part in subset:
        error = _refused_restore(made, _damaged(made, flipped(made.data, position, mask)))
        expected = _expected_for_preamble(made.data, position, mask)[1] if part == "preamble" else 4
        assert error.exit_code == expected, f"{position} ({part}): {error.message}"


def test_byte_flips_through_the_cli(made: Made, capsys: pytest.CaptureFixture[str]) -> None:
    """``backup verify FILE`` (with the vault), ``verify --standalone`` and ``restore``: the
    exit code and one clear line; the restore target stays absent."""
    layout = made.layout
    middle = layout.chunks[len(layout.chunks) // 2]
    cases = [
        (3, 0x01, 1, "is not an Avhopp backup"),  # magic
        (8, 0x01, 1, "made by a newer version of Avhopp"),  # version 257
        (layout.header_tag[0] + 5, 0x10, 4, "header was altered"),
        ((middle[0] + middle[1]) // 2, 0x80, 4, "does not authenticate"),
        (layout.size - 1, 0x01, 4, "does not authenticate as the last one"),
        # In the administrator's own key slot: damage, not a wrong passphrase.
        (_admin_slot_positions(made, 3)[4], 0x01, 4, "Integrity check failed"),
    ]
    login = ["--db", made.location, "--user", ADMIN, "--passphrase-stdin"]
    target = made.scratch / "cli-restore" / "vault.avhopp"
    target.parent.mkdir(exist_ok=True)
    for index, (position, mask, code, message) in enumerate(cases):
        path = _damaged(made, flipped(made.data, position, mask))
        argv = ["backup", "verify", str(path)]
        if index % 2:
            argv.append("--standalone")
        got, out, err = run_cli(capsys, *login, *argv, stdin=ADMIN_PASSPHRASE + "\n")
        assert (got, out) == (code, ""), (position, err)
        assert message in one_line(err), (position, err)
        if index in (2, 4, 5):  # restore: an Argon2id unlock each, so only three
            got, out, err = run_cli(
                capsys, *login, "backup", "restore", str(path), "--to", str(target),
                stdin=ADMIN_PASSPHRASE + "\n",
            )  # fmt: skip
            assert (got, out) == (code, ""), (position, err)
            assert message in one_line(err)
            assert traces_of(target) == []


def test_flips_in_the_fields_read_before_authentication(
    made: Made, unlocked: vault_service.Vault
) -> None:
    """The key slots, vault id and key id are read before the header tag can be checked; a
    flipped byte in them is damage like any other (exit 4), not another vault or no vault."""
    spans = _identity_spans(made.data)
    positions = [p for a, b in spans for p in _spread(a, b, 40)]
    wrong = []
    for position in positions:
        error = _refusal(unlocked, _damaged(made, flipped(made.data, position)))
        if not _damage(error):
            wrong.append((position, type(error).__name__, error.exit_code))
    assert wrong == []


def _admin_slot_positions(made: Made, count: int) -> list[int]:
    """File positions of base64 characters that encode the administrator's key slot (its
    locator and wrapped private key) inside the embedded key slots."""
    start, end = field_span(made.data, "vault_header")
    document = base64.b64decode(made.data[start:end])
    opened = open_backup(made.backup, ring=made.ring)
    slot = opened.vault_header.slot_for_locator(user_locator(opened.header.vault_id, ADMIN))
    assert slot is not None
    found = []
    for value in (slot.locator, base64.b64encode(slot.wrapped_private_key).decode()):
        at = document.index(value.encode())
        for offset in _spread(at, at + len(value), count):
            found.append(start + offset * 4 // 3)
    return [p for p in found if start < p < end - 4]


def test_flips_in_the_openers_key_slot_are_damage_not_a_wrong_passphrase(made: Made) -> None:
    wrong = []
    for position in _admin_slot_positions(made, 3):
        data = bytearray(made.data)
        data[position] = ord("A") if data[position] != ord("A") else ord("B")  # still base64
        path = _damaged(made, bytes(data))
        try:
            verify_opened(open_backup(path, username=ADMIN, passphrase=ADMIN_PASSPHRASE))
        except IntegrityError:
            continue
        except UserError as exc:
            wrong.append((position, type(exc).__name__, exc.exit_code))
            continue
        raise AssertionError(f"a flip at {position} verified")
    assert wrong == []


def test_truncations_are_refused(made: Made, unlocked: vault_service.Vault) -> None:
    layout = made.layout
    cuts: list[tuple[int, type[UserError], int]] = []
    # Inside the preamble: fewer than 8 bytes hold no magic (not a backup); after the magic
    # the file is a backup cut short.
    cuts += [(n, fmt.NotABackupError, 1) for n in range(len(fmt.MAGIC))]
    cuts += [(n, IntegrityError, 4) for n in range(len(fmt.MAGIC), fmt.PREAMBLE.size)]
    cuts += [(n, IntegrityError, 4) for n in _spread(*layout.header_json, 6)]
    cuts += [(n, IntegrityError, 4) for n in _spread(*layout.header_tag, 4)]
    for start, end in layout.chunks:
        cuts.append((start, IntegrityError, 4))  # at the boundary: the chunk is missing
        cuts.append(((start + end) // 2, IntegrityError, 4))  # in the middle
        cuts.append((end - 1, IntegrityError, 4))  # its tag cut short
        cuts.append((start + 15, IntegrityError, 4))  # shorter than a tag
    for size, kind, code in cuts:
        assert size < layout.size
        error = _refusal(unlocked, _damaged(made, made.data[:size]))
        assert (type(error), error.exit_code) == (kind, code), (size, error.message)
    # Every chunk boundary also refuses a restore, which leaves nothing.
    for start, _ in layout.chunks:
        assert _refused_restore(made, _damaged(made, made.data[:start])).exit_code == 4


def _chunks(made: Made) -> tuple[bytes, list[bytes]]:
    layout = made.layout
    return made.data[: layout.header_end], [made.data[a:b] for a, b in layout.chunks]


def test_reordered_repeated_and_dropped_chunks(
    made: Made, unlocked: vault_service.Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    header, chunks = _chunks(made)
    n = len(chunks)
    variants: dict[str, list[bytes]] = {
        "swap 0 and 1": [chunks[1], chunks[0], *chunks[2:]],
        "swap 1 and 2": [chunks[0], chunks[2], chunks[1], *chunks[3:]],
        "swap first and next-to-last": [chunks[n - 2], *chunks[1 : n - 2], chunks[0], chunks[-1]],
        "repeat chunk 1": [*chunks[:2], chunks[1], *chunks[2:]],
        "repeat the final chunk": [*chunks, chunks[-1]],
        "drop chunk 1": [chunks[0], *chunks[2:]],
        "drop the first chunk": chunks[1:],
        "drop the final chunk": chunks[:-1],
        "final chunk moved forward": [chunks[0], chunks[-1], *chunks[1:-1]],
    }
    for name, parts in variants.items():
        data = header + b"".join(parts)
        assert data != made.data
        error = _refusal(unlocked, _damaged(made, data))
        assert _damage(error), (name, error.message)
        assert _refused_restore(made, _damaged(made, data)).exit_code == 4, name
    # One through the CLI.
    _damaged(made, header + b"".join(variants["swap 1 and 2"]))
    code, out, err = run_cli(
        capsys, "--db", made.location, "--user", ADMIN, "--passphrase-stdin",
        "backup", "verify", str(made.scratch / made.backup.name),
        stdin=ADMIN_PASSPHRASE + "\n",
    )  # fmt: skip
    assert (code, out) == (4, "")
    assert "chunk 1 does not authenticate" in one_line(err)


def test_appended_data_is_refused(made: Made, unlocked: vault_service.Vault) -> None:
    _, chunks = _chunks(made)
    tails = {
        "1 byte": b"\x00",
        "16 bytes": bytes(range(16)),
        "a whole sealed chunk of garbage": bytes(made.layout.sealed),
        "a copy of the first chunk": chunks[0],
    }
    for name, tail in tails.items():
        error = _refusal(unlocked, _damaged(made, made.data + tail))
        assert _damage(error), (name, error.message)
        assert _refused_restore(made, _damaged(made, made.data + tail)).exit_code == 4, name


def test_chunks_spliced_from_another_backup_of_the_same_vault(
    made: Made, unlocked: vault_service.Vault
) -> None:
    other = made.other.read_bytes()
    other_layout = layout_of(other)
    assert len(other_layout.chunks) == len(made.layout.chunks)
    header, chunks = _chunks(made)
    other_chunks = [other[a:b] for a, b in other_layout.chunks]
    for k in range(len(chunks) - 1):  # every full chunk at its own position
        assert len(other_chunks[k]) == len(chunks[k])
        data = header + b"".join([*chunks[:k], other_chunks[k], *chunks[k + 1 :]])
        error = _refusal(unlocked, _damaged(made, data))
        assert _damage(error), (k, error.message)
        assert f"chunk {k} does not authenticate" in error.message
        assert _refused_restore(made, _damaged(made, data)).exit_code == 4
    # The other file's final chunk, and its whole content under this header.
    for data in (
        header + b"".join([*chunks[:-1], other_chunks[-1]]),
        header + b"".join(other_chunks),
        other[: other_layout.header_end] + b"".join(chunks),
    ):
        error = _refusal(unlocked, _damaged(made, data))
        assert _damage(error), error.message
    # Both originals are intact and verify (the test damaged copies only).
    assert unlocked.backups.verify(made.backup).rows > 0
    assert unlocked.backups.verify(made.other).rows > 0


# --------------------------------------------------------------------------- both engines


def _login(vault, user: str | None = None, passphrase: str | None = None) -> tuple[list[str], str]:
    user = user or vault.admin
    secret = passphrase or (vault.admin_passphrase if user == vault.admin else "")
    return ["--db", vault.location, "--user", user, "--passphrase-stdin"], secret + "\n"


def _cli_backup(vault, capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    argv, stdin = _login(vault)
    code, out, err = run_cli(
        capsys, *argv, "backup", "create", "--folder", str(folder), "--json", stdin=stdin
    )
    assert code == 0, err
    return Path(json.loads(out)["file"])


def test_wrong_credentials_exit_3_and_the_recovery_key_restores(
    vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newcomer, newcomer_passphrase = "nyanstalld", "pelargon-segelbåt-rabarber-73"
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        add_records(v, people=2, notes_per_person=2, note_chars=200)
        (tmp_path / "backups").mkdir()
        backup = v.backups.create(tmp_path / "backups").path
        # A user added after the backup: a real slot in the vault, none in the backup.
        v.users.add_user(
            newcomer,
            display_name="Ny Anställd",
            roles=frozenset({Role.ADMINISTRATOR}),
            passphrase=newcomer_passphrase,
        )
    before = backup.read_bytes()
    target = tmp_path / "restored" / "vault.avhopp"
    target.parent.mkdir()
    other_code, _ = recovery_key.generate()  # valid format, another vault's key
    other_key_file = tmp_path / "other.key"
    other_key_file.write_text(other_code + "\n", encoding="utf-8")
    attempts = {
        "wrong passphrase": (
            ["--user", vault.admin, "--passphrase-stdin"],
            "kanelbulle-fjällräv-brevlåda-98\n",
            "user name or passphrase is wrong",
        ),
        "unknown user": (
            ["--user", "ingen-alls", "--passphrase-stdin"],
            vault.admin_passphrase + "\n",
            "user name or passphrase is wrong",
        ),
        "user added after the backup": (
            ["--user", newcomer, "--passphrase-stdin"],
            newcomer_passphrase + "\n",
            "user name or passphrase is wrong",
        ),
        "another vault's recovery key": (
            ["--recovery-key-file", str(other_key_file)],
            "",
            "recovery key is wrong",
        ),
    }
    for name, (who, stdin, message) in attempts.items():
        actions = [["restore", str(backup), "--to", str(target)]]
        if name == "wrong passphrase":
            actions.append(["verify", str(backup), "--standalone"])
        for action in actions:
            code, out, err = run_cli(capsys, *who, "backup", *action, stdin=stdin)
            assert (code, out) == (3, ""), (name, action[0], err)
            assert message in one_line(err), (name, err)
            assert traces_of(target) == [], name
    # The newcomer opens the vault itself (so the refusal above was the backup's doing).
    vault_service.unlock(vault.location, username=newcomer, passphrase=newcomer_passphrase).close()
    assert backup.read_bytes() == before

    # The right recovery key restores; the restored vault opens with the passphrases of the
    # backup's time and holds the records.
    key_file = tmp_path / "recovery.key"
    key_file.write_text(vault.recovery_code + "\n", encoding="utf-8")
    code, out, err = run_cli(
        capsys, "--recovery-key-file", str(key_file), "backup", "restore", str(backup),
        "--to", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert "Restored" in out
    with vault_service.unlock(
        str(target), username=vault.admin, passphrase=vault.admin_passphrase
    ) as restored:
        restored.audit.verify()
        names = sorted(p.full_name for p in restored.people.list_participants())
    assert names == ["Testperson0 Backupsson", "Testperson1 Backupsson"]
    assert backup.read_bytes() == before


def _not_backups(vault, tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "not-backups"
    folder.mkdir()
    pdf = folder / "rapport.pdf"
    pdf.write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    plain = folder / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("create table t (x)")
    connection.close()
    empty = folder / "empty.avhbackup"
    empty.write_bytes(b"")
    files = {"a PDF": pdf, "a SQLite database": plain, "an empty file": empty}
    if vault.kind == "sqlite":  # a copy: verifying through the vault writes to the vault
        files["a vault file"] = folder / "copy.avhopp"
        shutil.copy2(vault.path, files["a vault file"])
    return files


def test_files_that_are_no_backup(vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    files = _not_backups(vault, tmp_path)
    before = {name: path.read_bytes() for name, path in files.items()}
    target = tmp_path / "restored" / "vault.avhopp"
    target.parent.mkdir()
    argv, stdin = _login(vault)
    for index, (name, path) in enumerate(files.items()):
        # Through the open vault once (an unlock each), then --standalone (no unlock needed
        # to see that a file is no backup).
        verify = ["backup", "verify", str(path)] + (["--standalone"] if index else [])
        code, out, err = run_cli(capsys, *argv, *verify, stdin=stdin)
        assert (code, out) == (1, ""), (name, err)
        assert one_line(err) == f"avhopp-admin: error: {path.name} is not an Avhopp backup.", name
        code, out, err = run_cli(
            capsys, "--user", vault.admin, "--passphrase-stdin", "backup", "restore", str(path),
            "--to", str(target), stdin=stdin,
        )  # fmt: skip
        assert (code, out) == (1, ""), (name, err)
        assert "is not an Avhopp backup" in one_line(err), name
        assert traces_of(target) == [], name
    assert {name: path.read_bytes() for name, path in files.items()} == before


def test_a_backup_from_a_newer_format(vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "backups"
    folder.mkdir()
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        backup = v.backups.create(folder).path
        data = bytearray(backup.read_bytes())
        _, version, length = fmt.PREAMBLE.unpack(data[: fmt.PREAMBLE.size])
        assert version == fmt.FORMAT_VERSION == 1
        data[: fmt.PREAMBLE.size] = fmt.PREAMBLE.pack(fmt.MAGIC, 2, length)
        # The listing says "newer" for it (under a backup's file name), not "damaged".
        renamed = folder / backup.name.replace("-manual", "-1-manual")
        renamed.write_bytes(bytes(data))
        statuses = {e.name: e.status for e in v.backups.entries(folder)}
    assert statuses == {backup.name: "ok", renamed.name: "newer"}
    newer = tmp_path / "newer.avhbackup"
    newer.write_bytes(bytes(data))
    target = tmp_path / "restored" / "vault.avhopp"
    target.parent.mkdir()
    argv, stdin = _login(vault)
    expected = (
        "avhopp-admin: error: newer.avhbackup was made by a newer version of Avhopp (backup "
        "format 2); update Avhopp to read it."
    )
    for action in (["verify", str(newer)], ["restore", str(newer), "--to", str(target)]):
        code, out, err = run_cli(capsys, *argv, "backup", *action, stdin=stdin)
        assert (code, out) == (1, ""), err
        assert one_line(err) == expected
    assert traces_of(target) == []
    assert newer.read_bytes() == bytes(data)


def test_create_into_a_missing_folder(vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "nowhere" / "backups"
    argv, stdin = _login(vault)
    code, out, err = run_cli(
        capsys, *argv, "backup", "create", "--folder", str(missing), stdin=stdin
    )
    assert (code, out) == (1, "")
    assert one_line(err) == f"avhopp-admin: error: The backup folder {missing} does not exist."
    assert not (tmp_path / "nowhere").exists()


def test_create_on_a_full_disk(vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The disk fills while the backup is written (simulated at ``Path.open`` of the ``.part``
    file: the bytes up to the limit really reach the disk, then ENOSPC): a clear message, no
    ``.part`` left, no new file, earlier backups byte-identical. In the header, in the first
    and in the third chunk (service level), then once through the CLI for the exit code."""
    folder = tmp_path / "backups"
    folder.mkdir()
    chunk = fmt.DEFAULT_CHUNK_SIZE + fmt.TAG_LENGTH
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        add_records(v, people=1, notes_per_person=6, note_chars=100_000)
        made = v.backups.create(folder)
        assert made.size > 5000 + chunk * 2  # the third chunk exists
        earlier = folder_state(folder)
        for room in (100, 5000 + chunk // 2, 5000 + chunk * 2):
            with disk_fills_after(room, suffix=".part") as hit, pytest.raises(DiskFullError):
                v.backups.create(folder)
            assert hit, "the seam was not used: the test would prove nothing"
            assert folder_state(folder) == earlier, room
    argv, stdin = _login(vault)
    with disk_fills_after(5000 + chunk, suffix=".part") as hit:
        code, out, err = run_cli(
            capsys, *argv, "backup", "create", "--folder", str(folder), stdin=stdin
        )
    assert hit
    assert (code, out) == (1, ""), err
    assert one_line(err) == (
        "avhopp-admin: error: The disk is full. Nothing was changed; free some space and try again."
    )
    assert folder_state(folder) == earlier  # no .part, no new file, the old one as it was


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_create_into_a_read_only_folder(
    vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        v.backups.create(folder)
        earlier = folder_state(folder)
        # Simulated at the open seam (EACCES, EROFS): what a read-only share gives.
        for error in (errno.EACCES, errno.EROFS):
            with (
                refused_open(error, suffix=".part") as hit,
                pytest.raises(ReadOnlyLocationError),
            ):
                v.backups.create(folder)
            assert hit
            assert folder_state(folder) == earlier
    # A really read-only folder (chmod as a user; as root, chattr +i), through the CLI.
    argv, stdin = _login(vault)
    with read_only_folder(folder):
        code, out, err = run_cli(
            capsys, *argv, "backup", "create", "--folder", str(folder), stdin=stdin
        )
        assert (code, out) == (1, ""), err
        assert "read-only" in one_line(err)
    assert folder_state(folder) == earlier


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_restore_into_a_read_only_folder(
    vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _cli_backup(vault, capsys, tmp_path / "backups")
    target_folder = tmp_path / "locked"
    target_folder.mkdir()
    (target_folder / "notes.txt").write_text("keep me")
    target = target_folder / "vault.avhopp"
    with read_only_folder(target_folder):
        code, out, err = run_cli(
            capsys, "--user", vault.admin, "--passphrase-stdin", "backup", "restore",
            str(backup), "--to", str(target), stdin=vault.admin_passphrase + "\n",
        )  # fmt: skip
        assert (code, out) == (1, ""), err
        line = one_line(err)
        assert "read-only" in line or "cannot be opened" in line, line
    assert folder_state(target_folder) == {"notes.txt": b"keep me"}


@pytest.mark.parametrize("engine_kind", ["sqlite"])  # the target is a file either way
def test_restore_over_an_existing_vault_needs_replace(
    vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _cli_backup(vault, capsys, tmp_path / "backups")
    # An existing vault file at the target: a restored copy made first.
    target = tmp_path / "elsewhere" / "vault.avhopp"
    target.parent.mkdir()
    login = ["--user", vault.admin, "--passphrase-stdin", "backup", "restore", str(backup)]
    stdin = vault.admin_passphrase + "\n"
    code, _, err = run_cli(capsys, *login, "--to", str(target), stdin=stdin)
    assert code == 0, err
    existing = folder_state(target.parent)
    assert {"vault.avhopp", "vault.avhopp.keys"} <= existing.keys()
    code, out, err = run_cli(capsys, *login, "--to", str(target), stdin=stdin)
    assert (code, out) == (1, "")
    assert one_line(err) == f"avhopp-admin: error: A vault already exists at {target}."
    assert folder_state(target.parent) == existing
    if vault.kind == "sqlite":  # not even the open vault's own file
        before = folder_state(vault.path.parent)
        code, out, err = run_cli(capsys, *login, "--to", str(vault.path), stdin=stdin)
        assert (code, out) == (1, "")
        assert "already exists" in one_line(err)
        assert folder_state(vault.path.parent) == before
