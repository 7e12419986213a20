"""User names: normalized to lower case, a strict ASCII pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.domain.usernames import normalize_username
from avhopp.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("kalle", "kalle"),
        ("Kalle", "kalle"),
        ("  KALLE.Anka ", "kalle.anka"),
        ("\tolle_b-2\n", "olle_b-2"),
        ("k1", "k1"),
        ("9lives", "9lives"),
        ("a" * 64, "a" * 64),
    ],
)
def test_normalizes(typed: str, normalized: str) -> None:
    assert normalize_username(typed) == normalized


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "k",
        "a" * 65,
        "åsa",
        "björn",
        "kalle anka",
        "-kalle",
        ".kalle",
        "_kalle",
        "kalle@example.se",
        "kalle/../admin",
        "kal\nle",
        "kalle\x00",
        "kalle\u200b",
    ],
)
def test_refuses(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_username(name)
    assert caught.value.field == "username"


@settings(max_examples=300, database=None)
@given(name=st.text(max_size=70))
def test_result_always_matches_the_rule_and_is_idempotent(name: str) -> None:
    try:
        normalized = normalize_username(name)
    except ValidationError:
        return
    assert 2 <= len(normalized) <= 64
    assert normalized.isascii()
    assert normalized == normalized.lower() == normalized.strip()
    assert normalized[0].isalnum()
    assert set(normalized) <= set("abcdefghijklmnopqrstuvwxyz0123456789._-")
    assert normalize_username(normalized) == normalized
