"""Recovery keys: 160 random bits shown once as a printable code for the manager's safe.

Format: 32 Crockford base32 characters of key and 4 of checksum, in groups of four,
for example ``7K3M-…``. The checksum catches a mistyped code before the slow key derivation.
"""

from __future__ import annotations

import hashlib
import os

from avhopp.errors import ValidationError

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 20
KEY_CHARS = 32
CHECK_CHARS = 4


def _to_base32(data: bytes, chars: int) -> str:
    number = int.from_bytes(data, "big")
    out = []
    for _ in range(chars):
        out.append(_ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(out))


def _checksum(raw: bytes) -> str:
    digest = hashlib.sha256(b"avhopp/recovery-key\0" + raw).digest()
    return _to_base32(digest[:3], CHECK_CHARS)  # 20 of 24 bits shown


def generate() -> tuple[str, bytes]:
    """A new recovery code as shown to the user, and the secret bytes it stands for."""
    raw = os.urandom(KEY_BYTES)
    text = _to_base32(raw, KEY_CHARS) + _checksum(raw)
    grouped = "-".join(text[i : i + 4] for i in range(0, len(text), 4))
    return grouped, raw


def parse(code: str) -> bytes:
    """The secret bytes of a typed recovery code; tolerant of case, spaces and dashes.

    Raises:
        ValidationError: the code has the wrong length, a wrong character or a bad checksum.
    """
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    if len(cleaned) != KEY_CHARS + CHECK_CHARS:
        raise ValidationError(
            "A recovery key has {expected} characters (without dashes); this one has {got}.",
            field="recovery_key",
            expected=KEY_CHARS + CHECK_CHARS,
            got=len(cleaned),
        )
    number = 0
    for ch in cleaned[:KEY_CHARS]:
        if ch not in _DECODE:
            raise ValidationError(
                "The recovery key contains a character that cannot be in it.",
                field="recovery_key",
            )
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(KEY_BYTES, "big")
    given = "".join(_ALPHABET[_DECODE[c]] if c in _DECODE else "?" for c in cleaned[KEY_CHARS:])
    if given != _checksum(raw):
        raise ValidationError(
            "The recovery key is mistyped (its check characters do not match).",
            field="recovery_key",
        )
    return raw
