"""Blind indexes: HMAC-SHA256 of a normalized value, for exact lookups on encrypted columns."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from avhopp.crypto.keys import KeyRing


def normalize(value: str) -> str:
    """NFC, trimmed, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


class BlindIndex:
    def __init__(self, keys: KeyRing) -> None:
        self._key = keys.blind_index_key

    def of(self, value: str, *, kind: str) -> bytes:
        """``kind`` separates namespaces, so equal text in two kinds gives unrelated indexes."""
        message = kind.encode("ascii") + b"\0" + normalize(value).encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).digest()
