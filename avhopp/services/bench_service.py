"""The benchmark of DESIGN.md §7: builds the reference dataset in a throwaway vault and
measures each operation next to its target and a floor measured in the same run.

Machines here are shared and noisy: figures are medians and 95th percentiles of repeated runs,
and each is compared with a floor (a plain operation without Avhopp's work) from the same run.
Later issues add their figures to the same report.
"""

from __future__ import annotations

import contextlib
import gc
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from avhopp.crypto import kdf
from avhopp.domain.roles import Role
from avhopp.domain.search import Searchable, SearchIndex, fold
from avhopp.services import backup_service
from avhopp.services import vault as vault_service
from avhopp.services.demo_service import generate_demo
from avhopp.services.journal_service import TABLE as NOTE_TABLE
from avhopp.services.record_views import ParticipantSummary
from avhopp.storage.backends import SqliteBackend
from avhopp.storage.case_models import Case, JournalNote, Person, SupportStep
from avhopp.storage.engine import checkpoint
from avhopp.storage.location import VaultLocation

PASSPHRASE = "benchmark-kanelbulle-fjällräv-97"  # noqa: S105 - a throwaway benchmark vault
#: Fresh unlocks whose first participant list is timed.
LIST_UNLOCKS = 5
#: Copy and create alternate this many times (create on the reference dataset takes a while).
BACKUP_REPEATS = 2
#: The small vault whose create is measured for memory: the demo vault's size (or the
#: dataset's, if that is smaller: a test's tiny benchmark stays quick).
SMALL_VAULT_PARTICIPANTS = 300
SMALL_VAULT_RUNS = 3
Log = Callable[[str], None]


@dataclass(frozen=True)
class Figure:
    name: str
    median: float
    p95: float
    unit: str
    target: str
    floor: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.median / self.floor

    def line(self) -> str:
        ratio = f"{self.ratio:6.2f}×" if self.ratio is not None else "       "
        floor = f"{self.floor:10.3f}" if self.floor is not None else " " * 10
        return (
            f"{self.name:<52} {self.median:10.3f} {self.p95:10.3f} {self.unit:<6} "
            f"{floor} {ratio}  {self.target}"
        )


HEADER = f"{'operation':<52} {'median':>10} {'p95':>10} {'':<6} {'floor':>10} {'ratio':>7}  target"


@dataclass(frozen=True)
class BenchReport:
    dataset: dict[str, int]
    figures: tuple[Figure, ...]

    def table(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in self.dataset.items())
        lines = [f"dataset: {counts}", HEADER, *(f.line() for f in self.figures)]
        return "\n".join(lines)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _figure(
    name: str,
    samples: list[float],
    *,
    target: str,
    unit: str = "ms",
    floor: list[float] | None = None,
) -> Figure:
    scale = 1000.0 if unit == "ms" else 1.0
    return Figure(
        name=name,
        median=statistics.median(samples) * scale,
        p95=_p95(samples) * scale,
        unit=unit,
        target=target,
        floor=statistics.median(floor) * scale if floor else None,
    )


def run_benchmark(
    location: str,
    *,
    participants: int = 20_000,
    seed: int = 2026,
    log: Log = lambda _: None,
    reuse: bool = False,
    gui: bool = False,
) -> BenchReport:
    """Build the reference dataset at ``location`` (an empty place) and measure.

    With ``gui``, the desktop client's figures follow (``bench_gui_runner``).

    With ``reuse``, a benchmark vault already at ``location`` (built by an earlier run with
    the same passphrase and staff) is measured as it is, without generating it again; the
    generation figure is then absent. Each run adds the notes it times to one more case.

    The vault uses the KDF floor (64 MiB, t=3, p=4): unlock cost is measured by the vault-core
    benchmark, and the floor keeps this run short.
    """
    figures: list[Figure] = []
    if reuse and Path(location).exists():
        log(f"reusing the dataset at {location}")
        with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
            dataset = _count_dataset(vault)
    else:
        generation, dataset = _build(location, participants=participants, seed=seed, log=log)
        figures.append(Figure("generate the dataset", generation, generation, "s", "≤ 300 s"))
    log("measuring…")
    figures += _measure_list(location)
    with vault_service.unlock(location, username="chef", passphrase=PASSPHRASE) as vault:
        figures += _measure_reads(vault, log)
    with vault_service.unlock(location, username="handl1", passphrase=PASSPHRASE) as vault:
        worker_figures, busy_case = _measure_case_worker(vault, log)
        figures += worker_figures
    with vault_service.unlock(location, username="chef", passphrase=PASSPHRASE) as vault:
        figures += _measure_reports(vault, busy_case, log)
    small = min(SMALL_VAULT_PARTICIPANTS, dataset.get("participants", SMALL_VAULT_PARTICIPANTS))
    figures += _measure_backups(location, log, small_participants=small)
    if gui:
        # The desktop client on the same dataset, in child processes (the core never
        # imports Qt): start-up, unlock to a filled list, search, open, peak memory.
        from avhopp.services.bench_gui_runner import gui_figures

        figures += gui_figures(location, log)
    return BenchReport(dataset=dataset, figures=tuple(figures))


def _count_dataset(vault: vault_service.Vault) -> dict[str, int]:
    with vault.unit_of_work() as uow:
        counts = {
            name: uow.session.execute(select(func.count()).select_from(model)).scalar_one()
            for name, model in (
                ("participants", Person),
                ("cases", Case),
                ("support steps", SupportStep),
                ("journal notes", JournalNote),
            )
        }
    return counts


def _build(
    location: str, *, participants: int, seed: int, log: Log
) -> tuple[float, dict[str, int]]:
    """Create the benchmark vault with its staff and generate the dataset (timed)."""
    vault_service.create_vault(
        location,
        admin_username="admin",
        admin_display_name="Benchmark Admin",
        passphrase=PASSPHRASE,
        kdf_params=kdf.FLOOR,
    )
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        vault.users.add_user(
            "chef",
            display_name="Bench Chef",
            roles=frozenset({Role.MANAGER}),
            passphrase=PASSPHRASE,
        )
        for index, team in enumerate(("norr", "norr", "syd", "syd"), start=1):
            vault.users.add_user(
                f"handl{index}",
                display_name=f"Bench Handläggare {index}",
                roles=frozenset({Role.CASE_WORKER}),
                passphrase=PASSPHRASE,
                team=team,
            )
        log(f"generating {participants} participants…")
        start = time.perf_counter()
        summary = generate_demo(vault, participants=participants, seed=seed)
        generation = time.perf_counter() - start
    dataset = {
        "participants": summary.participants,
        "cases": summary.cases,
        "support steps": summary.support_steps,
        "journal notes": summary.notes,
    }
    return generation, dataset


def _index(rows: list[ParticipantSummary]) -> SearchIndex:
    return SearchIndex(
        [Searchable(r.case_id, r.full_name, r.identity_number, r.reference) for r in rows]
    )


def _measure_list(location: str) -> list[Figure]:
    """The list and its search index, as the GUI fills them right after unlock: the first
    call of each of several fresh unlocks (a cold database cache each time)."""
    core, filled = [], []
    for _ in range(LIST_UNLOCKS):
        with vault_service.unlock(location, username="chef", passphrase=PASSPHRASE) as vault:
            start = time.perf_counter()
            rows = vault.people.list_participants()
            listed = time.perf_counter()
            _index(rows)
            core.append(listed - start)
            filled.append(time.perf_counter() - start)
    return [
        _figure(
            "fill the participant list (all cases, manager)",
            filled,
            target="≤ 1000 ms after the KDF (GUI)",
        ),
        _figure("  of which list_participants", core, target="≤ 500 ms"),
    ]


def _measure_reads(vault: vault_service.Vault, log: Log) -> list[Figure]:
    figures = []
    rows = vault.people.list_participants()
    index = _index(rows)
    rng = random.Random(7)  # noqa: S311 - benchmark queries, not secrets
    queries = []
    for row in rng.sample(rows, min(200, len(rows))):
        choice = rng.random()
        if choice < 0.6:
            queries.append(row.full_name.split()[rng.randrange(2)][: rng.randint(2, 5)])
        elif choice < 0.8 and row.identity_number:
            queries.append(row.identity_number[2:8])
        else:
            queries.append(row.reference[-4:])
    plain = [fold(r.full_name) for r in rows]
    search = _timed_each(index.search, queries)
    floor = _timed_each(lambda q: [t for t in plain if fold(q) in t], queries)
    figures.append(
        _figure(
            "search as you type, per query (all participants)",
            search,
            target="p95 ≤ 30 ms",
            floor=floor,
        )
    )
    one_year = _timed(lambda: vault.stats.period(date(2025, 1, 1), date(2025, 12, 31)), 3)
    figures.append(_figure("stats for one year", one_year, unit="s", target="(report ≤ 3 s)"))
    log(f"  {len(rows)} cases listed")
    return figures


def _timed_each(fn: Callable[[str], object], items: list[str]) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        samples.append(time.perf_counter() - start)
    return samples


def _measure_case_worker(
    vault: vault_service.Vault, log: Log
) -> tuple[list[Figure], ParticipantSummary]:
    """A case worker's daily work on one participant with 200 signed notes (returned for
    the report figures)."""
    mine = [r for r in vault.people.list_participants() if r.phase != "closed"]
    # A case that still has room for at least 30 timed saves before it reaches 200 notes: a
    # reused dataset gets one more such case per run.
    with vault.unit_of_work() as uow:
        counts = dict(
            uow.session.execute(
                select(JournalNote.case_id, func.count())
                .where(JournalNote.case_id.in_([r.case_id for r in mine]))
                .group_by(JournalNote.case_id)
            ).all()
        )
    case = next((r for r in mine if counts.get(r.case_id, 0) <= 170), mine[0])
    existing = counts.get(case.case_id, 0)
    today = vault.clock().date()
    saves = []
    for i in range(max(0, 200 - existing)):
        started = time.perf_counter()
        vault.journal.write_signed(
            case.case_id,
            note_type="conversation",
            event_date=today - timedelta(days=i % 365),
            text="Samtal med deltagaren om boende, skulder och säkerhetsplanen. " * 6,
        )
        saves.append(time.perf_counter() - started)
    log(f"  wrote {len(saves)} notes")

    def open_participant() -> None:
        vault.people.open_file(case.person_id)

    opened = _timed(open_participant, 30)

    def read_plain() -> None:
        with vault.unit_of_work() as uow:
            for (blob,) in uow.session.execute(
                select(JournalNote.payload_ct).where(JournalNote.case_id == case.case_id)
            ):
                bytes(blob)

    def read_decrypted() -> None:  # as JournalService.notes decrypts them
        with vault.unit_of_work() as uow:
            open_note = uow.payloads.opener(NOTE_TABLE)
            for row_id, blob in uow.session.execute(
                select(JournalNote.id, JournalNote.payload_ct).where(
                    JournalNote.case_id == case.case_id
                )
            ):
                open_note(row_id, blob)

    # Alternating samples: a load that comes and goes on a shared machine hits both alike.
    plain: list[float] = []
    decrypted: list[float] = []
    for _ in range(30):
        plain += _timed(read_plain, 1)
        decrypted += _timed(read_decrypted, 1)
    return [
        _figure("open a participant with 200 notes, all tabs", opened, target="p95 ≤ 100 ms"),
        _figure("save a signed note (commit + audit entry)", saves or [0.0], target="p95 ≤ 25 ms"),
        _figure(
            "read a participant's notes, decrypted", decrypted, target="≤ 1.5× floor", floor=plain
        ),
    ], case


def _measure_reports(
    vault: vault_service.Vault, case: ParticipantSummary, log: Log
) -> list[Figure]:
    """The PDF reports, end to end in memory (read, disclosure control, layout, PDF bytes):
    the council report for the dataset's last full year, and the progress summary and the
    register extract of the participant with 200 notes. The floor of the council report is
    the raw ``stats`` of the same year (its database part)."""
    year = vault.clock().year - 1
    start, end = date(year, 1, 1), date(year, 12, 31)
    stats = _timed(lambda: vault.stats.period(start, end), 3)
    council = _timed(lambda: vault.reports.council(start, end), 3)
    log("  council report made")
    today = vault.clock().date()
    summary = _timed(
        lambda: vault.reports.summary(case.case_id, start=today - timedelta(days=365), end=today),
        10,
    )
    extract = _timed(lambda: vault.reports.extract(case.person_id), 5)
    pages = vault.reports.extract(case.person_id).pages
    log(f"  register extract of 200 notes: {pages} pages")
    return [
        _figure("council report PDF for one year", council, unit="s", target="≤ 3 s", floor=stats),
        _figure("progress summary PDF (200 notes, a year's events)", summary, target="≤ 500 ms"),
        _figure("register extract PDF (200 notes, access log)", extract, target="≤ 1000 ms"),
    ]


def default_bench_location(folder: Path) -> str:
    return str(folder / "bench-vault.avhopp")


# --------------------------------------------------------------------------- backups


def run_backup_benchmark(location: str, *, log: Log = lambda _: None) -> BenchReport:
    """Only the backup figures, on a benchmark vault already at ``location``."""
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        dataset = _count_dataset(vault)
    return BenchReport(dataset=dataset, figures=tuple(_measure_backups(location, log)))


def _measure_backups(
    location: str, log: Log, *, small_participants: int = SMALL_VAULT_PARTICIPANTS
) -> list[Figure]:
    """Backups of the benchmark vault, in a scratch folder beside it (removed afterwards).

    Copying the database file (after a WAL checkpoint) and ``backups.create`` alternate in
    the same run, so the floor meets the same load; create includes its fsync, read-back and
    verify. Verify and restore (into a new SQLite file) run once each. Memory: the peak RSS
    growth of one create in a fresh process, on this vault and on a small (demo-sized) one.
    """
    source = Path(location)
    if not source.is_file():  # the benchmark vault is always a SQLite file
        return []
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="avhopp-bench-backup-", dir=source.parent) as scratch:
        folder = Path(scratch)
        copies: list[float] = []
        creates: list[float] = []
        with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
            made = None
            for _ in range(BACKUP_REPEATS):
                checkpoint(vault.engine)
                copy = folder / "copy.avhopp"
                start = time.perf_counter()
                shutil.copyfile(source, copy)
                copies.append(time.perf_counter() - start)
                copy.unlink()
                if made is not None:
                    made.path.unlink()
                start = time.perf_counter()
                made = vault.backups.create(folder, trigger="manual")
                creates.append(time.perf_counter() - start)
            assert made is not None
            mb = made.size / 1e6
            database_mb = source.stat().st_size / 1e6
            log(f"  backup of {made.rows} rows: {mb:.0f} MB (database {database_mb:.0f} MB)")
            start = time.perf_counter()
            verified = vault.backups.verify(made.path)
            verify = time.perf_counter() - start
            restored_at = VaultLocation(kind="sqlite", path=folder / "restored.avhopp")
            start = time.perf_counter()
            restored = backup_service.restore_backup(
                backup_service.open_backup(made.path, ring=vault.keys),
                restored_at,
                actor=(vault.actor.user_id, vault.actor.username),
                clock=vault.clock,
            )
            restore = time.perf_counter() - start
            _forget_witnesses(restored_at, vault.keys.vault_id)
        log("  backups measured; peak memory of create…")
        big, _ = _create_peak_rss(location, folder / "rss")
        small_location = folder / "small.avhopp"
        _small_vault(str(small_location), small_participants)
        small: list[float] = []
        small_rows = 0
        for _ in range(SMALL_VAULT_RUNS):
            growth, small_rows = _create_peak_rss(str(small_location), folder / "rss")
            small.append(growth)
        log(f"  create's peak RSS growth: {big:.1f} MB at {made.rows} rows")
        log(f"  … and {small} MB at {small_rows} rows")
        _forget_witnesses(VaultLocation(kind="sqlite", path=small_location), None)
    figures += [
        _figure(
            "copy the database file (after a WAL checkpoint)", copies, unit="s", target="floor"
        ),
        _figure(
            "backup create (write, fsync, read back, verify)",
            creates,
            unit="s",
            target="≤ 3× copy",
            floor=copies,
        ),
        _rate("backup verify (file bytes)", mb / verify, "MB/s"),
        _rate("backup verify (rows)", verified.rows / verify, "rows/s"),
        _rate("restore into a new SQLite file", restored.rows / restore, "rows/s"),
        Figure(
            "create, peak RSS growth: demo-sized vault",
            statistics.median(small),
            max(small),
            "MB",
            "flat",
        ),
        Figure(
            "create, peak RSS growth: this vault",
            big,
            big,
            "MB",
            "flat (≈ small vault)",
            floor=statistics.median(small),
        ),
    ]
    return figures


def _rate(name: str, value: float, unit: str) -> Figure:
    """A throughput measured once (median and p95 are the one run)."""
    return Figure(name, value, value, unit, "(report; one run)")


def _forget_witnesses(location: VaultLocation, vault_id: str | None) -> None:
    """Remove the per-PC witness files a scratch vault left outside its folder."""
    backend = SqliteBackend(location)
    if vault_id is None:
        with contextlib.suppress(Exception):
            from avhopp.crypto.key_slots import VaultHeader

            vault_id = VaultHeader.from_bytes(
                backend.header_path.read_bytes(), location=location.display
            ).vault_id
    if vault_id is not None:
        for path in backend.witness_paths(vault_id):
            path.unlink(missing_ok=True)


def _small_vault(location: str, participants: int) -> None:
    """A demo-sized vault."""
    vault_service.create_vault(
        location,
        admin_username="admin",
        admin_display_name="Benchmark Admin",
        passphrase=PASSPHRASE,
        kdf_params=kdf.FLOOR,
    )
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        generate_demo(vault, participants=participants)


_RSS_CHILD = """
import sys
from avhopp.services.bench_service import create_peak_rss_child
create_peak_rss_child(sys.argv[1], sys.argv[2])
"""


def _create_peak_rss(location: str, folder: Path) -> tuple[float, int]:
    """Peak RSS growth (MB) of one ``backups.create`` of ``location`` in a fresh process, and
    the rows backed up."""
    folder.mkdir(exist_ok=True)
    result = subprocess.run(  # noqa: S603 - this interpreter, our own module
        [sys.executable, "-c", _RSS_CHILD, location, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    for path in folder.iterdir():
        path.unlink()
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    growth = (int(measured["peak_kib"]) - int(measured["before_kib"])) / 1024
    return growth, int(measured["rows"])


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} is not in /proc/self/status")


def create_peak_rss_child(location: str, folder: str) -> None:
    """Run in a fresh process: unlock, reset the peak RSS (the KDF's 64 MiB would hide
    everything below it), create one backup, print the RSS before and the peak (KiB)."""
    with vault_service.unlock(location, username="admin", passphrase=PASSPHRASE) as vault:
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # Linux ≥ 4.0: VmHWM := VmRSS
        before = _status_kib("VmRSS")
        made = vault.backups.create(folder, trigger="manual")
        peak = _status_kib("VmHWM")
    print(json.dumps({"before_kib": before, "peak_kib": peak, "rows": made.rows}))


def main(argv: list[str] | None = None) -> int:
    """``python -m avhopp.services.bench_service DIR``: only the backup figures, on the
    benchmark vault kept in DIR by ``avhopp-admin bench --reuse DIR``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m avhopp.services.bench_service")
    parser.add_argument("reuse", type=Path, metavar="DIR")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        sys.stderr.write(message + "\n")

    report = run_backup_benchmark(default_bench_location(args.reuse), log=log)
    sys.stdout.write(report.table() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
