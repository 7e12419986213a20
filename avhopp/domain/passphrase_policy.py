"""Passphrase policy: length and estimated strength, no composition rules (NIST SP 800-63B r4)."""

from __future__ import annotations

from dataclasses import dataclass

from avhopp.errors import WeakPassphraseError

MIN_LENGTH_FLOOR = 12
DEFAULT_MIN_LENGTH = 15
MAX_LENGTH = 1024
#: zxcvbn score 0..4; 3 means "safely unguessable: moderate protection from offline attacks".
MIN_SCORE = 3
ZXCVBN_MAX_LENGTH = 72


@dataclass(frozen=True)
class PassphraseStrength:
    score: int
    length: int
    warning: str
    suggestions: tuple[str, ...]


def estimate(passphrase: str, *, user_inputs: tuple[str, ...] = ()) -> PassphraseStrength:
    """Estimate strength with zxcvbn; ``user_inputs`` (user name, unit...) count as guessable."""
    from zxcvbn import zxcvbn  # imported lazily: loading its dictionaries takes ~0.1 s

    # zxcvbn refuses inputs over 72 characters (and is slow on long ones); a passphrase that
    # long is judged by its first 72, which is conservative.
    result = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=list(user_inputs))
    feedback = result.get("feedback", {})
    return PassphraseStrength(
        score=int(result["score"]),
        length=len(passphrase),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def check(
    passphrase: str,
    *,
    min_length: int = DEFAULT_MIN_LENGTH,
    user_inputs: tuple[str, ...] = (),
) -> PassphraseStrength:
    """Refuse a passphrase that is too short, too long or too guessable.

    Raises:
        WeakPassphraseError: with the reason, naming no part of the passphrase.
    """
    min_length = max(min_length, MIN_LENGTH_FLOOR)
    length = len(passphrase)
    if length < min_length:
        raise WeakPassphraseError(
            "The passphrase must be at least {min_length} characters long (it has {length}).",
            field="passphrase",
            min_length=min_length,
            length=length,
        )
    if length > MAX_LENGTH:
        raise WeakPassphraseError(
            "The passphrase must be at most {max_length} characters long.",
            field="passphrase",
            max_length=MAX_LENGTH,
        )
    if passphrase != passphrase.strip():
        raise WeakPassphraseError(
            "The passphrase must not start or end with a space.", field="passphrase"
        )
    strength = estimate(passphrase, user_inputs=user_inputs)
    if strength.score < MIN_SCORE:
        hint = strength.warning or "it is too easy to guess"
        raise WeakPassphraseError(
            "The passphrase is too easy to guess ({hint}). Use several unrelated words.",
            field="passphrase",
            hint=hint.rstrip("."),
        )
    return strength
