"""The client's benchmark runs the real client offscreen in child processes and reports
its five figures (tiny dataset here: the figures themselves are the benchmark's business)."""

from __future__ import annotations

from pathlib import Path

import pytest

from avhopp.services.bench_gui_runner import gui_figures
from avhopp.services.bench_service import default_bench_location, run_benchmark

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_client_benchmark_reports_every_figure(tmp_path: Path) -> None:
    location = default_bench_location(tmp_path)
    run_benchmark(location, participants=40, gui=False)
    messages: list[str] = []
    figures = gui_figures(location, messages.append, rounds=1)
    assert [f.name for f in figures] == [
        "GUI: start to a ready login window",
        "GUI: unlock (after KDF) to a filled list (manager)",
        "GUI: search keystroke to updated list",
        "GUI: open a participant with 200 notes",
        "GUI: peak memory, whole dataset unlocked",
    ], messages
    for figure in figures:
        assert 0 < figure.median <= figure.p95
    memory = figures[-1]
    assert memory.unit == "MB"
    assert 50 < memory.median < 2000
