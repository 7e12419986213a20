"""Recovery codes: format, tolerant parsing, and the checksum that catches typos."""

from __future__ import annotations

import random
import re

import pytest

from avhopp.crypto import recovery_key
from avhopp.crypto.recovery_key import CHECK_CHARS, KEY_BYTES, KEY_CHARS
from avhopp.errors import ValidationError

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PATTERN = re.compile(rf"^[{CROCKFORD}]{{4}}(-[{CROCKFORD}]{{4}}){{8}}$")


def generate_with(chars: str, *, tries: int = 2000) -> tuple[str, bytes]:
    """A fresh code whose key part contains every one of ``chars``."""
    for _ in range(tries):
        code, raw = recovery_key.generate()
        if all(c in code.replace("-", "")[:KEY_CHARS] for c in chars):
            return code, raw
    raise AssertionError(f"no code with {chars!r} in {tries} tries")


def test_generate_format() -> None:
    code, raw = recovery_key.generate()
    assert CODE_PATTERN.match(code), code
    assert len(code.replace("-", "")) == KEY_CHARS + CHECK_CHARS == 36
    assert len(raw) == KEY_BYTES == 20
    assert raw.hex().upper() not in code


def test_generate_is_random() -> None:
    codes = {recovery_key.generate() for _ in range(50)}
    assert len(codes) == 50
    assert len({raw for _, raw in codes}) == 50


def test_parse_round_trip() -> None:
    for _ in range(100):
        code, raw = recovery_key.generate()
        assert recovery_key.parse(code) == raw


@pytest.mark.parametrize(
    "typed",
    [
        str.lower,
        lambda c: c.replace("-", ""),
        lambda c: c.replace("-", " "),
        lambda c: c.lower().replace("-", "\t"),
        lambda c: f"  {c}\n",
        lambda c: c.replace("-", " - "),
        lambda c: " ".join(c.replace("-", "")),
        lambda c: c.replace("-", "\r\n"),
    ],
    ids=["lower", "no-dashes", "spaces", "tabs", "surrounding", "spaced-dashes", "spread", "crlf"],
)
def test_parse_tolerates_case_spaces_and_dashes(typed: object) -> None:
    code, raw = recovery_key.generate()
    assert callable(typed)
    assert recovery_key.parse(typed(code)) == raw


@pytest.mark.parametrize(
    ("canonical", "lookalikes"),
    [("0", ["O", "o"]), ("1", ["I", "i", "L", "l"])],
)
def test_parse_tolerates_lookalike_letters(canonical: str, lookalikes: list[str]) -> None:
    code, raw = generate_with(canonical)
    for lookalike in lookalikes:
        typed = code.replace(canonical, lookalike)
        assert typed != code
        assert recovery_key.parse(typed) == raw


# Why >= 99 %: a substitution in one of the 32 key characters changes the decoded key, and
# the 4 check characters are 4 x 5 = 20 bits of SHA-256 of the key, so the wrong key matches
# the typed check characters with probability 2**-20 (about 1e-6). A substitution in one of
# the 4 check characters changes those 20 bits and is always caught. The expected number of
# misses in 200 substitutions is therefore at most 200 * 2**-20, about 0.0002; the test
# allows 2 (99 %), which a working 20-bit checksum exceeds with probability ~1e-12, while a
# missing or much weaker checksum (e.g. 5 bits: ~6 expected misses) fails it.
SUBSTITUTIONS = 200


def test_single_character_substitutions_are_caught_by_the_checksum() -> None:
    rng = random.Random(20240501)
    errors: list[ValidationError] = []
    for _ in range(SUBSTITUTIONS):
        code, _ = recovery_key.generate()
        chars = list(code.replace("-", ""))
        position = rng.randrange(len(chars))
        chars[position] = rng.choice([c for c in CROCKFORD if c != chars[position]])
        try:
            recovery_key.parse("".join(chars))
        except ValidationError as error:
            errors.append(error)
    assert len(errors) >= 0.99 * SUBSTITUTIONS
    assert {e.field for e in errors} == {"recovery_key"}


@pytest.mark.parametrize("position", [0, 17, KEY_CHARS - 1, KEY_CHARS, KEY_CHARS + CHECK_CHARS - 1])
def test_substitution_at_each_end_of_key_and_checksum_is_caught(position: int) -> None:
    code, _ = recovery_key.generate()
    chars = list(code.replace("-", ""))
    chars[position] = CROCKFORD[(CROCKFORD.index(chars[position]) + 1) % 32]
    with pytest.raises(ValidationError, match="mistyped"):
        recovery_key.parse("".join(chars))


def test_adjacent_transpositions_are_caught() -> None:
    code, _ = recovery_key.generate()
    chars = code.replace("-", "")
    swaps = [i for i in range(len(chars) - 1) if chars[i] != chars[i + 1]]
    assert swaps
    for i in swaps:
        swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
        with pytest.raises(ValidationError):
            recovery_key.parse(swapped)


@pytest.mark.parametrize("bad", ["U", "*", "Å", "?"])
def test_characters_outside_the_alphabet_are_refused(bad: str) -> None:
    code, _ = recovery_key.generate()
    chars = code.replace("-", "")
    for position in (3, KEY_CHARS + 1):
        typed = chars[:position] + bad + chars[position + 1 :]
        with pytest.raises(ValidationError):
            recovery_key.parse(typed)


@pytest.mark.parametrize("length", [0, 1, 35, 37, 40, 72])
def test_wrong_length_is_refused(length: int) -> None:
    code, _ = recovery_key.generate()
    chars = (code.replace("-", "") * 2)[:length]
    with pytest.raises(ValidationError) as caught:
        recovery_key.parse(chars)
    assert caught.value.field == "recovery_key"
    assert str(length) in caught.value.message
    assert "36" in caught.value.message


def test_error_message_does_not_echo_the_code() -> None:
    code, _ = recovery_key.generate()
    chars = code.replace("-", "")
    typo = chars[:-1] + CROCKFORD[(CROCKFORD.index(chars[-1]) + 1) % 32]
    with pytest.raises(ValidationError) as caught:
        recovery_key.parse(typo)
    assert chars[:8] not in caught.value.message
