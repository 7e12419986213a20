"""``avhopp-admin codes``: listing and editing code lists, refusals and exit codes.

The round trip runs on both engines; the rest on SQLite (the service tests cover both).
"""

from __future__ import annotations

import io
import json

import pytest

from avhopp.cli.main import main
from avhopp.domain.code_lists import DEFAULTS, CodeList
from avhopp.services import vault as vault_service
from avhopp.services.code_list_service import CodeEntryView, CodeListService

sqlite_only = pytest.mark.parametrize("engine_kind", ["sqlite"])


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


def as_admin(capsys, vault, *argv: str) -> tuple[int, str, str]:
    return run(
        capsys,
        *["--db", vault.location, "--user", vault.admin, "--passphrase-stdin", *argv],
        stdin=vault.admin_passphrase + "\n",
    )


def as_worker(capsys, vault, *argv: str) -> tuple[int, str, str]:
    return run(
        capsys,
        *["--db", vault.location, "--user", vault.worker, "--passphrase-stdin", *argv],
        stdin=vault.worker_passphrase + "\n",
    )


def listing(capsys, vault, code_list: str) -> list[dict]:
    code, out, err = as_admin(capsys, vault, "codes", "list", code_list, "--all", "--json")
    assert code == 0, err
    return json.loads(out)


def test_add_deactivate_reactivate_relabel_round_trip(vault, capsys):
    code, out, err = as_admin(
        capsys,
        vault,
        "codes",
        "add",
        "step_item",
        "housing_first",
        "--sv",
        "Bostad först",
        "--en",
        "Housing First",
        "--parent",
        "housing",
    )
    assert (code, out, err) == (0, "Added housing_first to step_item.\n", "")
    code, out, err = as_admin(capsys, vault, "codes", "deactivate", "step_item", "housing_first")
    assert (code, out, err) == (0, "housing_first in step_item is now deactivated.\n", "")

    # Hidden from the drop-downs, still listed with --all.
    code, out, err = as_worker(capsys, vault, "--json", "codes", "list", "step_item")
    assert code == 0, err
    assert "housing_first" not in [e["code"] for e in json.loads(out)]
    entry = listing(capsys, vault, "step_item")[-1]
    assert entry == {
        "code": "housing_first",
        "label_sv": "Bostad först",
        "label_en": "Housing First",
        "parent": "housing",
        "active": False,
        "sort_order": len(DEFAULTS[CodeList.STEP_ITEM]),
        "version": 2,
    }

    code, out, err = as_admin(capsys, vault, "codes", "reactivate", "step_item", "housing_first")
    assert (code, out, err) == (0, "housing_first in step_item is now active.\n", "")
    code, out, err = as_admin(
        capsys,
        vault,
        "codes",
        "relabel",
        "step_item",
        "housing_first",
        "--sv",
        "Bostad först!",
        "--en",
        "Housing first",
    )
    assert (code, err) == (0, ""), err
    assert out == "Relabelled housing_first in step_item: Bostad först! | Housing first\n"
    entry = listing(capsys, vault, "step_item")[-1]
    assert (entry["label_sv"], entry["label_en"], entry["active"], entry["version"]) == (
        "Bostad först!",
        "Housing first",
        True,
        4,
    )


@sqlite_only
def test_list_text_and_json(vault, capsys):
    code, out, err = as_worker(capsys, vault, "codes", "list", "step_item")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(DEFAULTS[CodeList.STEP_ITEM])
    assert lines[0].split()[:3] == ["sheltered_housing", "active", "protection"]
    assert lines[0].endswith("Skyddat/akut boende | Sheltered/emergency housing")

    code, out, err = as_worker(capsys, vault, "codes", "list", "phase", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [e["code"] for e in data] == [e.code for e in DEFAULTS[CodeList.PHASE]]
    assert data[-1] == {
        "code": "closed",
        "label_sv": "Avslutat",
        "label_en": "Closed",
        "parent": None,
        "active": True,
        "sort_order": 7,
        "version": 1,
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["codes", "list", "colours"],
        ["codes", "add", "Phase", "x", "--sv", "X", "--en", "X"],
        ["codes", "deactivate", "nope", "x"],
        ["codes", "add", "agency", "x", "--sv", "X"],  # --en missing
        ["codes", "relabel", "agency", "police", "--en", "X"],  # --sv missing
        ["codes", "delete", "agency", "police"],  # there is no delete, by design
        ["codes"],
    ],
)
def test_usage_errors_exit_2_before_unlocking(capsys, tmp_path, argv):
    code, out, err = run(capsys, "--db", str(tmp_path / "none.avhopp"), "--user", "x", *argv)
    assert (code, out) == (2, "")
    assert "usage:" in err


@sqlite_only
def test_bad_input_exit_1_and_nothing_changed(vault, capsys):
    before = {name: listing(capsys, vault, name) for name in ("agency", "step_item", "phase")}
    for argv, message in (
        (["add", "agency", "Bad-Code", "--sv", "X", "--en", "X"], "A code has 1–40 characters"),
        (["add", "agency", "police", "--sv", "X", "--en", "X"], "'police' of the list agency"),
        (["add", "step_item", "x", "--sv", "X", "--en", "X"], "needs a step category"),
        (
            ["add", "step_item", "x", "--sv", "X", "--en", "X", "--parent", "nope"],
            "'nope' is not an active step category",
        ),
        (["add", "agency", "x", "--sv", "X", "--en", "X", "--parent", "housing"], "Only"),
        (["add", "agency", "x", "--sv", "  ", "--en", "X"], "The label cannot be empty."),
        (["relabel", "agency", "police", "--sv", "X", "--en", ""], "The label cannot be empty."),
        (["deactivate", "phase", "closed"], "The phase 'closed' cannot be deactivated"),
        (["deactivate", "agency", "nope"], "The code 'nope' of the list agency was not found."),
    ):
        code, out, err = as_admin(capsys, vault, "codes", *argv)
        assert (code, out) == (1, ""), argv
        assert message in one_line(err), argv

    for argv in (
        ["add", "agency", "x", "--sv", "X", "--en", "X"],
        ["deactivate", "agency", "police"],
        ["relabel", "agency", "police", "--sv", "X", "--en", "X"],
    ):
        code, out, err = as_worker(capsys, vault, "codes", *argv)
        assert (code, out) == (1, ""), argv
        assert one_line(err) == "avhopp-admin: error: You do not have the right to change settings."

    assert {name: listing(capsys, vault, name) for name in before} == before


@sqlite_only
def test_stale_version_exit_1(vault, capsys, monkeypatch):
    """Another administrator relabels the entry between the CLI's read and its write."""
    original = CodeListService.get

    def read_then_someone_else_writes(
        self: CodeListService, code_list: CodeList, code: str
    ) -> CodeEntryView:
        seen = original(self, code_list, code)
        with vault_service.unlock(
            vault.location, username=vault.admin, passphrase=vault.admin_passphrase
        ) as other:
            CodeListService(other).relabel(
                code_list,
                code,
                label_sv="Ändrat",
                label_en="Changed",
                expected_version=seen.version,
            )
        return seen

    monkeypatch.setattr(CodeListService, "get", read_then_someone_else_writes)
    code, out, err = as_admin(capsys, vault, "codes", "deactivate", "agency", "police")
    assert (code, out) == (1, "")
    assert "was changed by someone else (admin, " in one_line(err)
    monkeypatch.undo()

    police = next(e for e in listing(capsys, vault, "agency") if e["code"] == "police")
    assert (police["active"], police["label_sv"], police["version"]) == (True, "Ändrat", 2)
