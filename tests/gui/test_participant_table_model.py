"""The participant list model: search over name, number and reference; filters; sorting;
flags; a consistent Qt model (qtmodeltester) — without a vault, over read models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from avhopp.services.record_views import ParticipantSummary
from ui.models.participant_table_model import (
    CASE_ROLE,
    OPEN_PHASES,
    PERSON_ROLE,
    Column,
    Filters,
    ParticipantTableModel,
)

pytestmark = pytest.mark.gui

STAFF = {"u1": "Kalle Handläggare", "u2": "Stina Handläggare"}
PHASES = {"inquiry": "Förfrågan", "active_support": "Aktivt stöd", "closed": "Avslutat"}


def _row(n: int, name: str, number: str, phase: str, owner: str) -> ParticipantSummary:
    return ParticipantSummary(
        person_id=f"p{n}",
        full_name=name,
        identity_number=number,
        birth_year=int(number[:4]) if number else None,
        case_id=f"c{n}",
        reference=f"AVH-2025-{n:04d}",
        phase=phase,
        responsible_user_id=owner,
        protected=False,
    )


ROWS = [
    _row(1, "Åsa Öberg", "199001011234", "active_support", "u1"),
    _row(2, "Erik Andersson", "198505052345", "closed", "u2"),
    _row(3, "Ali Ahmadi", "200012123456", "inquiry", "u1"),
    _row(4, "Anna Berg", "", "active_support", "u2"),
]
FLAGS = {"p3": frozenset({"threat"}), "p4": frozenset({"threat", "other"})}


@pytest.fixture
def model(qapp, qtmodeltester) -> ParticipantTableModel:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(phase_label=PHASES.__getitem__, staff_name=STAFF.get)
    model.set_rows(ROWS, FLAGS)
    qtmodeltester.check(model, force_py=True)
    return model


def _names(model: ParticipantTableModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_rows_are_sorted_by_last_name_and_show_text(model: ParticipantTableModel) -> None:
    assert _names(model) == ["Ali Ahmadi", "Erik Andersson", "Anna Berg", "Åsa Öberg"]
    row = _names(model).index("Åsa Öberg")
    assert model.index(row, Column.IDENTITY).data() == "19900101-1234"
    assert model.index(row, Column.PHASE).data() == "Aktivt stöd"
    assert model.index(row, Column.CASE_WORKER).data() == "Kalle Handläggare"
    assert model.index(row, Column.NAME).data(CASE_ROLE) == "c1"
    assert model.index(row, Column.NAME).data(PERSON_ROLE) == "p1"
    assert model.headerData(Column.REFERENCE, Qt.Orientation.Horizontal) == "Case reference"


def test_search_matches_name_number_forms_and_reference(model: ParticipantTableModel) -> None:
    for query, expected in (
        ("öberg", ["Åsa Öberg"]),
        ("ÅSA", ["Åsa Öberg"]),
        ("900101-1234", ["Åsa Öberg"]),
        ("198505052345", ["Erik Andersson"]),
        ("avh-2025-0003", ["Ali Ahmadi"]),
        ("an berg", ["Anna Berg"]),
        ("zzz", []),
        ("", ["Ali Ahmadi", "Erik Andersson", "Anna Berg", "Åsa Öberg"]),
    ):
        model.set_filters(Filters(query=query))
        assert _names(model) == expected, query


def test_filters_combine_with_search(model: ParticipantTableModel) -> None:
    model.set_filters(Filters(phase=OPEN_PHASES))
    assert "Erik Andersson" not in _names(model)
    model.set_filters(Filters(phase="active_support", case_worker="u2"))
    assert _names(model) == ["Anna Berg"]
    model.set_filters(Filters(flag="any"))
    assert _names(model) == ["Ali Ahmadi", "Anna Berg"]
    model.set_filters(Filters(flag="other", query="anna"))
    assert _names(model) == ["Anna Berg"]


def test_flags_show_beside_the_name(model: ParticipantTableModel) -> None:
    row = _names(model).index("Anna Berg")
    name = model.index(row, Column.NAME)
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Threat, Flagged"
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "Anna Berg (Threat, Flagged)"
    assert model.index(row, Column.FLAGS).data() == "Threat, Flagged"
    plain = model.index(_names(model).index("Erik Andersson"), Column.NAME)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None


def test_sorting_by_other_columns_and_descending(model: ParticipantTableModel) -> None:
    model.sort(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, Column.REFERENCE).data() for r in range(4)] == [
        "AVH-2025-0004", "AVH-2025-0003", "AVH-2025-0002", "AVH-2025-0001",
    ]  # fmt: skip
    model.sort(Column.FLAGS)
    assert _names(model)[0] == "Anna Berg"  # most flags first
    model.set_filters(Filters(query="a"))
    model.sort(Column.CASE_WORKER)
    workers = [model.index(r, Column.CASE_WORKER).data() for r in range(model.rowCount())]
    assert workers == sorted(workers)


def test_clear_forgets_every_row(model: ParticipantTableModel) -> None:
    model.clear()
    assert model.rowCount() == 0
    assert model.total == 0
    model.set_filters(Filters(query="åsa"))
    assert model.rowCount() == 0
