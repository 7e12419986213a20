from __future__ import annotations

from avhopp.domain.search import Searchable, SearchIndex

ROWS = [
    Searchable("c1", "Märta Hemligsdotter", "199903142391", "AVH-2026-0001"),
    Searchable("c2", "Åke Öberg", "197010632391", "AVH-2025-0042"),
    Searchable("c3", "Anna Ek", "", "AVH-2026-0002"),
    Searchable("c4", "Ali Hassan", "P1234567", "AVH-2024-0100"),
]
INDEX = SearchIndex(ROWS)


def test_words_in_any_order_and_case() -> None:
    assert INDEX.search("hemligs märta") == ["c1"]
    assert INDEX.search("MÄRTA") == ["c1"]
    assert INDEX.search("åke öberg") == ["c2"]


def test_swedish_letters_are_not_folded_away() -> None:
    # "a" must not match "å": they are different letters in Swedish.
    assert INDEX.search("ake") == []


def test_identity_numbers_in_the_forms_people_type() -> None:
    assert INDEX.search("199903142391") == ["c1"]
    assert INDEX.search("19990314-2391") == ["c1"]
    assert INDEX.search("990314-2391") == ["c1"]
    assert INDEX.search("p1234567") == ["c4"]


def test_references_and_limits() -> None:
    assert INDEX.search("avh-2026") == ["c1", "c3"]
    assert INDEX.search("avh", limit=2) == ["c1", "c2"]
    assert INDEX.search("   ") == ["c1", "c2", "c3", "c4"]
    assert INDEX.search("", limit=1) == ["c1"]
    assert INDEX.search("nobody") == []
    assert len(INDEX) == 4


def test_a_term_never_matches_across_fields() -> None:
    # The separator keeps "Ek" + "AVH" from forming "ekavh".
    assert INDEX.search("ekavh") == []
