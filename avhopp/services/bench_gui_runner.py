"""Runs the desktop client's benchmark (``ui.bench_gui``) in child processes and turns its
samples into benchmark figures.

The core never imports Qt: the client is started as ``python -m ui.bench_gui`` with the
offscreen platform, which also makes its start-up time and peak memory those of a fresh
client. Skipped (with a note) where PySide6 is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time

from avhopp.services.bench_service import Figure, Log

STARTUP_RUNS = 5


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _child(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "ui.bench_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=1800,
    )


def gui_figures(location: str, log: Log, *, rounds: int = 5) -> list[Figure]:
    """The desktop client's figures on the benchmark vault at ``location``."""
    if importlib.util.find_spec("PySide6") is None:
        log("PySide6 is not installed: the desktop client's figures are skipped")
        return []
    log("measuring the desktop client (offscreen)…")
    startups = []
    for _ in range(max(1, min(rounds, STARTUP_RUNS))):
        start = time.time()
        result = _child(["--db", location, "--startup-only"])
        ready = [line for line in result.stdout.splitlines() if line.startswith("ready ")]
        if result.returncode != 0 or not ready:
            log(f"the client did not start: {result.stderr.strip()[-500:]}")
            return []
        startups.append((float(ready[-1].split()[1]) - start) * 1000)
    result = _child(["--db", location, "--rounds", str(rounds)])
    if result.returncode != 0:
        log(f"the client benchmark failed: {result.stderr.strip()[-500:]}")
        return []
    samples: dict[str, list[float]] = json.loads(result.stdout.strip().splitlines()[-1])

    def figure(name: str, values: list[float], target: str, unit: str = "ms") -> Figure:
        return Figure(name, statistics.median(values), _p95(values), unit, target)

    return [
        figure("GUI: start to a ready login window", startups, "≤ 1500 ms"),
        figure(
            "GUI: unlock (after KDF) to a filled list (manager)",
            samples["unlock_to_list"],
            "≤ 1000 ms",
        ),
        figure("GUI: search keystroke to updated list", samples["search"], "p95 ≤ 30 ms"),
        figure("GUI: open a participant with 200 notes", samples["open_200"], "p95 ≤ 100 ms"),
        figure(
            "GUI: peak memory, whole dataset unlocked", samples["peak_memory_mb"], "≤ 400 MB", "MB"
        ),
    ]
