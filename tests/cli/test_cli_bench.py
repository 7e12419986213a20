"""`avhopp-admin bench` builds its own scratch vault, measures, and leaves nothing behind."""

from __future__ import annotations

import io
import json

from avhopp.cli.main import main


def test_bench_reports_every_figure_and_cleans_up(tmp_path) -> None:
    out = io.StringIO()
    code = main(
        ["bench", "--participants", "25", "--folder", str(tmp_path), "--json", "--no-gui"],
        stdin=io.StringIO(""),
        stdout=out,
    )
    assert code == 0
    report = json.loads(out.getvalue())
    names = [figure["name"] for figure in report["figures"]]
    assert names == [
        "generate the dataset",
        "fill the participant list (all cases, manager)",
        "  of which list_participants",
        "search as you type, per query (all participants)",
        "stats for one year",
        "open a participant with 200 notes, all tabs",
        "save a signed note (commit + audit entry)",
        "read a participant's notes, decrypted",
        "council report PDF for one year",
        "progress summary PDF (200 notes, a year's events)",
        "register extract PDF (200 notes, access log)",
        "copy the database file (after a WAL checkpoint)",
        "backup create (write, fsync, read back, verify)",
        "backup verify (file bytes)",
        "backup verify (rows)",
        "restore into a new SQLite file",
        "create, peak RSS growth: demo-sized vault",
        "create, peak RSS growth: this vault",
    ]
    assert report["dataset"]["participants"] == 25
    assert all(figure["median"] >= 0 for figure in report["figures"])
    assert list(tmp_path.iterdir()) == []  # the scratch vault is gone


def test_bench_reuses_a_kept_dataset(tmp_path) -> None:
    """``--reuse DIR`` builds the dataset there once and measures it again later without
    generating it (the reference dataset takes minutes to build)."""

    def run() -> dict:
        out = io.StringIO()
        code = main(
            [
                "bench",
                "--participants",
                "12",
                "--reuse",
                str(tmp_path / "kept"),
                "--json",
                "--no-gui",
            ],
            stdin=io.StringIO(""),
            stdout=out,
        )
        assert code == 0
        return json.loads(out.getvalue())

    first = run()
    assert first["figures"][0]["name"] == "generate the dataset"
    assert (tmp_path / "kept" / "bench-vault.avhopp").exists()  # kept for the next run
    again = run()
    names = [figure["name"] for figure in again["figures"]]
    assert "generate the dataset" not in names
    assert names[0] == "fill the participant list (all cases, manager)"
    assert again["dataset"]["participants"] == 12
    assert again["dataset"]["journal notes"] > first["dataset"]["journal notes"]


def test_bench_refuses_a_silly_size() -> None:
    assert main(["bench", "--participants", "0"], stdin=io.StringIO(""), stdout=io.StringIO()) == 2
