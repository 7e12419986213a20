"""`avhopp-admin bench` builds its own scratch vault, measures, and leaves nothing behind."""

from __future__ import annotations

import io
import json

from avhopp.cli.main import main


def test_bench_reports_every_figure_and_cleans_up(tmp_path) -> None:
    out = io.StringIO()
    code = main(
        ["bench", "--participants", "25", "--folder", str(tmp_path), "--json"],
        stdin=io.StringIO(""),
        stdout=out,
    )
    assert code == 0
    report = json.loads(out.getvalue())
    names = [figure["name"] for figure in report["figures"]]
    assert names == [
        "generate the dataset",
        "fill the participant list (all cases, manager)",
        "search as you type, per query (all participants)",
        "stats for one year",
        "open a participant with 200 notes, all tabs",
        "save a signed note (commit + audit entry)",
        "read a participant's notes, decrypted",
    ]
    assert report["dataset"]["participants"] == 25
    assert all(figure["median"] >= 0 for figure in report["figures"])
    assert list(tmp_path.iterdir()) == []  # the scratch vault is gone


def test_bench_refuses_a_silly_size() -> None:
    assert main(["bench", "--participants", "0"], stdin=io.StringIO(""), stdout=io.StringIO()) == 2
