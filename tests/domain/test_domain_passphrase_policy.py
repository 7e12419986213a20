"""Passphrase policy: a hard floor of 12, 15 by default, zxcvbn score >= 3, no echo."""

from __future__ import annotations

import pytest

from avhopp.domain import passphrase_policy
from avhopp.domain.passphrase_policy import (
    DEFAULT_MIN_LENGTH,
    MAX_LENGTH,
    MIN_LENGTH_FLOOR,
    MIN_SCORE,
    check,
)
from avhopp.errors import ValidationError, WeakPassphraseError

GOOD = "kanelbulle-fjällräv-brevlåda-97"


def refused(passphrase: str, **kwargs: object) -> WeakPassphraseError:
    with pytest.raises(WeakPassphraseError) as caught:
        check(passphrase, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.field == "passphrase"
    # The passphrase never appears in what the user or a log might see.
    for shown in (error.message, str(error), repr(error.params)):
        assert passphrase not in shown
        for word in passphrase.replace("-", " ").split():
            if len(word) >= 4:
                assert word not in shown
    return error


def test_constants() -> None:
    assert MIN_LENGTH_FLOOR == 12
    assert DEFAULT_MIN_LENGTH == 15
    assert MIN_SCORE == 3


def test_accepts_a_long_random_multi_word_passphrase() -> None:
    strength = check(GOOD)
    assert strength.score >= MIN_SCORE
    assert strength.length == len(GOOD)


@pytest.mark.parametrize("min_length", [0, 1, 8, 11, 12])
def test_refuses_below_12_whatever_min_length_says(min_length: int) -> None:
    eleven = "Hx9#qv!Lm2@"  # random-looking, so only the length can be the reason
    assert len(eleven) == 11
    error = refused(eleven, min_length=min_length)
    assert error.params["min_length"] == 12
    assert error.params["length"] == 11
    assert "at least 12" in error.message


def test_a_short_strong_passphrase_is_fine_when_the_vault_allows_12() -> None:
    twelve = "gx7-Vrk!wq2Ü"
    assert len(twelve) == 12
    assert check(twelve, min_length=8).length == 12


@pytest.mark.parametrize("length", [12, 13, 14])
def test_refuses_below_15_by_default(length: int) -> None:
    passphrase = "gx7-Vrk!wq2Üzp9"[:length]
    error = refused(passphrase)
    assert error.params["min_length"] == 15
    assert "at least 15" in error.message


def test_a_higher_min_length_is_honoured() -> None:
    error = refused(GOOD, min_length=len(GOOD) + 1)
    assert error.params["min_length"] == len(GOOD) + 1


@pytest.mark.parametrize(
    "passphrase",
    [
        "passwordpassword123",
        "aaaaaaaaaaaaaaaaaaaa",
        "123456789012345678",
        "qwertyuiopasdfghjkl",
    ],
)
def test_refuses_common_or_guessable_long_passphrases(passphrase: str) -> None:
    assert len(passphrase) >= DEFAULT_MIN_LENGTH
    error = refused(passphrase)
    assert "too easy to guess" in error.message


@pytest.mark.parametrize(
    ("passphrase", "user_inputs"),
    [
        ("xq7vbrtlmzxq7vbrtlmz", ("xq7vbrtlmz",)),  # the user name twice
        ("gunnarsson.bertil-2024", ("gunnarsson.bertil",)),  # the user name and a year
    ],
)
def test_the_user_name_counts_as_guessable(passphrase: str, user_inputs: tuple[str, ...]) -> None:
    # Strong on its own: only knowing the user name makes it guessable.
    assert check(passphrase).score >= MIN_SCORE
    refused(passphrase, user_inputs=user_inputs)


@pytest.mark.parametrize("passphrase", [f" {GOOD}", f"{GOOD} ", f"\t{GOOD}", f"{GOOD}\n"])
def test_refuses_leading_or_trailing_space(passphrase: str) -> None:
    error = refused(passphrase)
    assert "space" in error.message


WORDS = ["kanel", "fjällräv", "brevlåda", "morot", "cykel", "hängmatta", "solsken"]
LONG = "-".join(WORDS[i % len(WORDS)] + str(i) for i in range(200))


def test_refuses_more_than_the_maximum_length() -> None:
    error = refused(LONG[: MAX_LENGTH + 1])
    assert error.params["max_length"] == MAX_LENGTH


@pytest.mark.parametrize("length", [72, 73, 100, MAX_LENGTH])
def test_accepts_long_passphrases_up_to_the_maximum(length: int) -> None:
    # zxcvbn 4.5 raises ValueError("Password exceeds max length of 72 characters.") for longer
    # input, and estimate() only cuts at 100, so 73..1024 characters must still be accepted.
    assert check(LONG[:length]).length == length


def test_estimate_reports_feedback_for_weak_passphrases() -> None:
    weak = passphrase_policy.estimate("passwordpassword123")
    assert weak.score < MIN_SCORE
    assert weak.warning or weak.suggestions
    assert passphrase_policy.estimate(GOOD).score >= MIN_SCORE
