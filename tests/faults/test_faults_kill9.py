"""SIGKILL at random moments while writing: the vault always opens, the audit chain verifies,
and every write the killed process reported as committed is there.

A real subprocess (tests/faults/kill9_worker.py) unlocks the vault and loops over committing
service calls, printing one line after each call returned. The test kills it with SIGKILL at
a moment drawn from a seeded RNG, then checks the vault from this process. All kill runs of
one engine continue on the same vault, so every run also starts from a killed predecessor.

Reproduce a failure with the printed seed: ``AVHOPP_KILL9_SEED=<seed> pytest tests/faults``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from avhopp.crypto.key_slots import VaultHeader, user_locator
from avhopp.errors import AuthenticationError
from avhopp.services import vault as vault_service
from avhopp.storage.backends import backend_for
from avhopp.storage.location import parse_location
from avhopp.storage.user_repository import UserRecord

pytestmark = pytest.mark.slow

WORKER_SCRIPT = Path(__file__).with_name("kill9_worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_ENV = "AVHOPP_KILL9_SEED"

SET_ACTIVE_RUNS = 20
PASSPHRASE_RUNS = 6
#: Waiting for a worker line longer than this means the worker hangs.
LINE_TIMEOUT_S = 60.0

TOGGLES = ("user.enable", "user.disable")
SET_ACTIVE_ACTIONS = frozenset({*TOGGLES, "user.list"})
PASSPHRASE_ACTION = "user.passphrase"
#: kalle's passphrases, in the order the worker sets them (all pass the policy for kalle).
PASSPHRASE_POOL = (
    "tallkotte-regnjacka-fyrtorn-57",
    "blåbär-snöskoter-hamnkran-83",
    "gullviva-tåglok-mjölkpall-29",
    "kompass-lingon-vattenkran-61",
)


def _seed() -> int:
    configured = os.environ.get(SEED_ENV)
    return int(configured) if configured else random.SystemRandom().randrange(2**32)


# --------------------------------------------------------------------------- the worker


@dataclass(frozen=True)
class Report:
    seq: int
    action: str
    detail: str


@dataclass
class Worker:
    """One worker subprocess; its stdout is read on a thread, each line time-stamped."""

    location: str
    mode: str
    config: dict[str, object]
    started_at: float = 0.0
    ready_head: int | None = None
    ready_at: float | None = None
    reports: list[Report] = field(default_factory=list)
    report_times: list[float] = field(default_factory=list)
    _proc: subprocess.Popen[str] | None = None
    _stderr: IO[str] | None = None
    _lines: queue.Queue[tuple[float, str | None]] = field(default_factory=queue.Queue)
    _eof: bool = False

    def start(self) -> None:
        self._stderr = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed in _close)
        self.started_at = time.monotonic()
        self._proc = subprocess.Popen(
            [sys.executable, str(WORKER_SCRIPT), self.location, self.mode],
            cwd=REPO_ROOT,
            env=os.environ.copy(),  # the same XDG folders: PostgreSQL's witness lives there
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(self.config))
        self._proc.stdin.close()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._proc is not None
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put((time.monotonic(), line))
        self._lines.put((time.monotonic(), None))

    def _take(self, at: float, line: str | None) -> None:
        if line is None:
            self._eof = True
            return
        parts = line.split()
        if parts[0] == "READY":
            self.ready_head, self.ready_at = int(parts[1]), at
        elif parts[0] == "COMMITTED":
            self.reports.append(Report(seq=int(parts[1]), action=parts[2], detail=parts[3]))
            self.report_times.append(at)
        else:
            raise AssertionError(f"unexpected worker output: {line!r}")

    def pump_until(self, done: Callable[[], bool], *, deadline: float | None = None) -> None:
        """Take the worker's lines until ``done()`` or ``deadline`` (monotonic) is reached."""
        hang_deadline = time.monotonic() + LINE_TIMEOUT_S
        while not done():
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                return
            if self._eof:
                raise AssertionError(f"the worker stopped on its own:\n{self.stderr()}")
            if now > hang_deadline:
                raise AssertionError(f"the worker printed nothing for a minute:\n{self.stderr()}")
            wait = 0.5 if deadline is None else max(0.0, min(0.5, deadline - now))
            try:
                self._take(*self._lines.get(timeout=wait))
            except queue.Empty:
                continue
            hang_deadline = time.monotonic() + LINE_TIMEOUT_S

    def sleep_until(self, moment: float) -> None:
        self.pump_until(lambda: False, deadline=moment)
        while time.monotonic() < moment:  # pump_until may return a hair early
            pass

    def kill(self) -> None:
        """SIGKILL, reap, then take every line it managed to print."""
        assert self._proc is not None
        if self._eof or self._proc.poll() is not None:
            self.pump_until(lambda: self._eof)
            raise AssertionError(f"the worker stopped before the kill:\n{self.stderr()}")
        os.kill(self._proc.pid, signal.SIGKILL)
        returncode = self._proc.wait(timeout=30)
        self.pump_until(lambda: self._eof)
        assert returncode == -signal.SIGKILL, f"exit {returncode}:\n{self.stderr()}"
        self._close()

    def stop(self) -> None:
        """Clean-up after a failed check: never leave a worker behind."""
        if self._proc is not None and self._proc.poll() is None:
            os.kill(self._proc.pid, signal.SIGKILL)
            self._proc.wait(timeout=30)
        self._close()

    def _close(self) -> None:
        if self._proc is not None and self._proc.stdout is not None:
            self._proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def stderr(self) -> str:
        if self._stderr is None:
            return "(closed)"
        self._stderr.seek(0)
        return self._stderr.read()[-4000:]


def _wait_for_replace(path: Path, *, timeout: float = LINE_TIMEOUT_S) -> None:
    """Spin until ``path`` is replaced (atomic rename: a new inode)."""
    inode = os.stat(path).st_ino
    deadline = time.monotonic() + timeout
    while os.stat(path).st_ino == inode:
        if time.monotonic() > deadline:
            raise AssertionError(f"{path.name} was not replaced within {timeout} s")


def _run_and_kill(
    worker: Worker, plan: tuple[object, ...], *, header_file: Path | None = None
) -> None:
    """Start ``worker``, let it run as ``plan`` says, then SIGKILL it."""
    worker.start()
    try:
        kind = plan[0]
        if kind == "after-start":  # may land in imports, unlock, its login entry or writes
            worker.sleep_until(worker.started_at + float(plan[1]))  # type: ignore[arg-type]
        elif kind == "after-commits":  # just after commit n, or into the next transaction
            count, jitter = int(plan[1]), float(plan[2])  # type: ignore[call-overload]
            worker.pump_until(lambda: len(worker.reports) >= count)
            worker.sleep_until(worker.report_times[count - 1] + jitter)
        elif kind == "after-first-commit":
            worker.pump_until(lambda: len(worker.reports) >= 1)
            worker.sleep_until(worker.report_times[0] + float(plan[1]))  # type: ignore[arg-type]
        elif kind == "at-next-commit":  # aim at the expected moment of the next commit
            count, factor = int(plan[1]), float(plan[2])  # type: ignore[call-overload]
            worker.pump_until(lambda: len(worker.reports) >= count)
            times = [worker.ready_at or worker.started_at, *worker.report_times]
            interval = times[count] - times[count - 1]
            worker.sleep_until(times[count] + interval * factor)
        elif kind == "on-header-replace":  # SQLite: just after the commit publishes the .keys file
            count, delay = int(plan[1]), float(plan[2])  # type: ignore[call-overload]
            assert header_file is not None
            worker.pump_until(
                lambda: worker.ready_head is not None and len(worker.reports) >= count
            )
            _wait_for_replace(header_file)
            moment = time.monotonic() + delay
            while time.monotonic() < moment:
                pass
        else:
            raise AssertionError(f"unknown plan {plan!r}")
        worker.kill()
    except BaseException:
        worker.stop()
        raise


# --------------------------------------------------------------------------- checks


def _read_published_header(location: str) -> VaultHeader:
    """The header readable before unlock (SQLite: the .keys file; PostgreSQL: its table)."""
    backend = backend_for(parse_location(location))
    try:
        return backend.read_header()
    finally:
        if hasattr(backend, "dispose"):
            backend.dispose()


def _open_and_read(
    location: str, admin: str, passphrase: str
) -> tuple[list[dict[str, str]], int, UserRecord]:
    """Unlock as the administrator, verify the chain, export it; (rows, head, kalle's row)."""
    with vault_service.unlock(location, username=admin, passphrase=passphrase) as vault:
        verified = vault.audit.verify()
        out = io.StringIO()
        written = vault.audit.export_csv(out)
        with vault.unit_of_work() as uow:
            kalle = uow.users.get("kalle")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == written
    seqs = [int(r["seq"]) for r in rows]
    assert seqs == list(range(1, len(rows) + 1)), "the exported log has gaps"
    # The export follows verify's own entry and its own export entry.
    assert verified.head_seq + 2 == seqs[-1]
    return rows, seqs[-1], kalle


def _check_reports_present(
    rows: list[dict[str, str]], reports: list[Report], *, actions: frozenset[str], after: int
) -> list[dict[str, str]]:
    """Every reported commit is in the log at its seq; the worker's entries after ``after``
    are exactly the reported ones, plus at most one in flight. Returns those entries."""
    by_seq = {int(r["seq"]): r for r in rows}
    for report in reports:
        entry = by_seq.get(report.seq)
        assert entry is not None, f"reported commit {report} is missing from the log"
        assert entry["action"] == report.action, f"entry {report.seq}: {entry} ≠ {report}"
    ours = [r for r in rows if int(r["seq"]) > after and r["action"] in actions]
    reported_seqs = [r.seq for r in reports]
    assert [int(r["seq"]) for r in ours[: len(reports)]] == reported_seqs, (
        f"worker entries {[(r['seq'], r['action']) for r in ours]} ≠ reported {reported_seqs}"
    )
    assert len(reports) <= len(ours) <= len(reports) + 1, (
        f"{len(ours)} entries for {len(reports)} reported commits (at most one in flight)"
    )
    return ours


def _set_active_plan(rng: random.Random) -> tuple[object, ...]:
    draw = rng.random()
    if draw < 0.15:
        return ("after-start", round(rng.uniform(0.0, 2.0), 3))
    if draw < 0.55:
        return ("after-commits", rng.randint(1, 40), round(rng.uniform(0.0, 0.02), 4))
    return ("after-first-commit", round(rng.uniform(0.05, 1.5), 3))


def _passphrase_plan(rng: random.Random, kind: str) -> tuple[object, ...]:
    draw = rng.random()
    if draw < 0.2:
        return ("after-start", round(rng.uniform(0.0, 3.0), 3))
    if kind == "sqlite" and draw < 0.6:
        return ("on-header-replace", rng.randint(0, 2), round(rng.uniform(0.0, 0.001), 5))
    # Argon2id makes every iteration ~equally long: aim near the next commit's write.
    return ("at-next-commit", rng.randint(1, 3), round(rng.uniform(0.8, 1.1), 3))


# --------------------------------------------------------------------------- tests


def test_sigkill_during_set_active_loop(vault, capsys: pytest.CaptureFixture[str]) -> None:
    seed = _seed()
    rng = random.Random(seed)
    print(f"{SEED_ENV}={seed} engine={vault.kind}")
    _, head, _ = _open_and_read(vault.location, vault.admin, vault.admin_passphrase)
    outcomes = {"reported": 0, "in-flight landed": 0, "killed before first commit": 0}
    for run in range(SET_ACTIVE_RUNS):
        plan = _set_active_plan(rng)
        print(f"run {run}: plan {plan}")
        worker = Worker(
            vault.location,
            "set-active",
            {"username": vault.admin, "passphrase": vault.admin_passphrase, "target": "kalle"},
        )
        _run_and_kill(worker, plan)
        print(f"run {run}: {len(worker.reports)} commits reported")

        # The vault opens, the chain verifies, every reported commit is there.
        rows, head_after, kalle = _open_and_read(
            vault.location, vault.admin, vault.admin_passphrase
        )
        ours = _check_reports_present(rows, worker.reports, actions=SET_ACTIVE_ACTIONS, after=head)
        # kalle's users row agrees with the last enable/disable entry.
        toggles = [r for r in rows if r["action"] in TOGGLES and r["target_id"] == kalle.id]
        expected_active = toggles[-1]["action"] == "user.enable" if toggles else True
        assert kalle.active is expected_active, f"kalle.active={kalle.active}, log: {toggles[-1:]}"
        for report in worker.reports:
            if report.action in TOGGLES:
                assert report.detail == str(report.action == "user.enable")

        outcomes["reported"] += len(worker.reports)
        outcomes["in-flight landed"] += len(ours) - len(worker.reports)
        outcomes["killed before first commit"] += not worker.reports
        head = head_after
    with capsys.disabled():
        print(f"\n[kill9 set-active {vault.kind}] seed={seed} runs={SET_ACTIVE_RUNS} {outcomes}")


def test_sigkill_during_passphrase_change_loop(vault, capsys: pytest.CaptureFixture[str]) -> None:
    seed = _seed()
    rng = random.Random(seed)
    print(f"{SEED_ENV}={seed} engine={vault.kind}")
    header = _read_published_header(vault.location)
    kalle_locator = user_locator(header.vault_id, "kalle")
    slot_count, revision = len(header.slots), header.revision
    keys_file = Path(vault.location + ".keys") if vault.kind == "sqlite" else None
    current = vault.worker_passphrase  # the passphrase known to open kalle's slot
    next_k = 0  # PASSPHRASE_POOL index (mod len) of the next change
    _, head, _ = _open_and_read(vault.location, vault.admin, vault.admin_passphrase)
    outcomes = {"reported": 0, "in-flight landed": 0, "header file lagged": 0}
    for run in range(PASSPHRASE_RUNS):
        plan = _passphrase_plan(rng, vault.kind)
        print(f"run {run}: plan {plan}")
        worker = Worker(
            vault.location,
            "passphrase",
            {
                "username": vault.admin,
                "passphrase": vault.admin_passphrase,
                "target": "kalle",
                "passphrases": list(PASSPHRASE_POOL),
                "start": next_k,
            },
        )
        _run_and_kill(worker, plan, header_file=keys_file)
        head_before = head
        reported = [int(r.detail) for r in worker.reports]
        print(f"run {run}: changes reported {reported}")
        assert reported == list(range(next_k, next_k + len(reported)))

        # Before any unlock, the published header (for SQLite: the .keys file) parses; it may
        # lag the database's copy by the one change whose commit came before the kill.
        published = _read_published_header(vault.location)
        if keys_file is not None:
            VaultHeader.from_bytes(keys_file.read_bytes(), location=vault.location)

        # The administrator can always unlock (which rolls a lagging file forward); the chain
        # verifies; reported changes are logged.
        rows, head, _ = _open_and_read(vault.location, vault.admin, vault.admin_passphrase)
        ours = _check_reports_present(
            rows, worker.reports, actions=frozenset({PASSPHRASE_ACTION}), after=head_before
        )
        header = _read_published_header(vault.location)
        assert header.revision - published.revision in (0, 1)
        assert len(header.slots) == slot_count
        assert len({s.locator for s in header.slots}) == slot_count
        assert header.slot_for_locator(kalle_locator) is not None
        header_changes = header.revision - revision
        assert len(reported) <= header_changes <= len(reported) + 1, (
            f"header revision moved by {header_changes} for {len(reported)} reported changes"
        )

        # kalle opens with the last reported passphrase, or the one in flight: never neither.
        if reported:
            current = PASSPHRASE_POOL[reported[-1] % len(PASSPHRASE_POOL)]
        in_flight = PASSPHRASE_POOL[(next_k + len(reported)) % len(PASSPHRASE_POOL)]
        landed = False
        try:
            vault_service.unlock(vault.location, username="kalle", passphrase=current).close()
        except AuthenticationError:
            landed = True
            try:
                vault_service.unlock(vault.location, username="kalle", passphrase=in_flight).close()
            except AuthenticationError:
                raise AssertionError(
                    "kalle opens with neither the last reported passphrase "
                    f"(#{next_k + len(reported) - 1})"
                    f" nor the one in flight (#{next_k + len(reported)})"
                ) from None
            current = in_flight
        assert header_changes == len(reported) + landed, (
            f"kalle's slot says {len(reported) + landed} changes, the header revision "
            f"{header_changes}"
        )
        # The header commits in the same transaction as its audit entry (both engines): a
        # changed slot always has its user.passphrase entry, reported or not.
        assert len(ours) == header_changes, f"{len(ours)} log entries, {header_changes} changes"
        outcomes["header file lagged"] += header.revision - published.revision

        outcomes["reported"] += len(reported)
        outcomes["in-flight landed"] += landed
        next_k += header_changes
        revision = header.revision

    # Once: a superseded passphrase no longer opens kalle's slot.
    if next_k >= 2:
        stale: str | None = PASSPHRASE_POOL[(next_k - 2) % len(PASSPHRASE_POOL)]
    else:
        stale = vault.worker_passphrase if next_k == 1 else None
    if stale is not None and stale != current:
        with pytest.raises(AuthenticationError):
            vault_service.unlock(vault.location, username="kalle", passphrase=stale)
        vault_service.unlock(vault.location, username="kalle", passphrase=current).close()
    with capsys.disabled():
        print(f"\n[kill9 passphrase {vault.kind}] seed={seed} runs={PASSPHRASE_RUNS} {outcomes}")
