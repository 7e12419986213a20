"""Blind indexes: equal after normalization, separated by kind and by key."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from avhopp.crypto.blind_index import BlindIndex, normalize
from avhopp.crypto.keys import KeyRing, new_vault_key

VAULT_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
RING = KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key())
INDEX = BlindIndex(RING)

NFC_A_RING = "\u00e5"  # å as one code point
NFD_A_RING = "a\u030a"  # a + combining ring above


def test_nfc_and_nfd_are_different_strings_to_begin_with() -> None:
    assert NFC_A_RING != NFD_A_RING
    assert unicodedata.normalize("NFC", NFD_A_RING) == NFC_A_RING


@pytest.mark.parametrize(
    "variant",
    [
        "Åsa Öberg",
        "åsa öberg",
        "ÅSA ÖBERG",
        "  åsa öberg  ",
        "åsa \t\n öberg",
        f"{NFD_A_RING}sa Öberg",
        "A\u030asa O\u0308berg",  # both letters decomposed, upper case
        "\u00c5sa\u00a0\u00d6berg",  # no-break space between the names
    ],
)
def test_normalization_variants_give_the_same_index(variant: str) -> None:
    assert INDEX.of(variant, kind="name") == INDEX.of("åsa öberg", kind="name")


def test_normalize_output() -> None:
    assert normalize(f"  {NFD_A_RING}SA\t\tÖberg \n") == "åsa öberg"
    assert normalize("Straße") == normalize("STRASSE")


def test_index_is_32_bytes_and_deterministic_across_instances() -> None:
    value = INDEX.of("Kalle", kind="name")
    assert len(value) == 32
    assert (
        BlindIndex(KeyRing(vault_id=VAULT_ID, vault_key=RING.vault_key)).of("kalle", kind="name")
        == value
    )


def test_different_values_give_different_indexes() -> None:
    values = ["åsa", "asa", "äsa", "åsa öberg", "åsaöberg", "åsa-öberg", ""]
    indexes = {INDEX.of(v, kind="name") for v in values}
    assert len(indexes) == len(values)


def test_different_kinds_give_different_indexes() -> None:
    kinds = ["name", "personal_number", "phone", "name2", ""]
    indexes = {INDEX.of("19800101-1234", kind=k) for k in kinds}
    assert len(indexes) == len(kinds)


def test_kind_and_value_boundary_is_unambiguous() -> None:
    # "a" + "\0" + "b c" must not equal "a b" + "\0" + "c" and the like
    assert INDEX.of("bc", kind="a") != INDEX.of("c", kind="ab")


def test_different_keys_give_different_indexes() -> None:
    other_key = BlindIndex(KeyRing(vault_id=VAULT_ID, vault_key=new_vault_key()))
    other_vault = BlindIndex(
        KeyRing(vault_id="9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", vault_key=RING.vault_key)
    )
    mine = INDEX.of("Kalle", kind="name")
    assert other_key.of("Kalle", kind="name") != mine
    assert other_vault.of("Kalle", kind="name") != mine


def test_index_does_not_contain_the_value() -> None:
    value = "19800101-1234"
    index = INDEX.of(value, kind="personal_number")
    assert value.encode() not in index
    assert index != normalize(value).encode()[:32]


@settings(max_examples=200, database=None)
@given(text=st.text(max_size=40))
def test_index_ignores_normal_form_and_surrounding_whitespace(text: str) -> None:
    expected = INDEX.of(text, kind="k")
    for form in ("NFC", "NFD"):
        assert INDEX.of(f" \t{unicodedata.normalize(form, text)}\n ", kind="k") == expected


@settings(max_examples=200, database=None)
@given(text=st.text(alphabet="abcxyzåäöéüABCXYZÅÄÖÉÜ -", max_size=30))
def test_index_ignores_case_of_swedish_text(text: str) -> None:
    assert INDEX.of(text.upper(), kind="k") == INDEX.of(text.lower(), kind="k")
