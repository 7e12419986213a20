"""Search as you type over the participants a user may see.

Names and identity numbers are encrypted in the database, so the list is searched in memory:
an index of case-folded strings built at unlock from the rows the user may see and dropped on
lock (DESIGN.md §4). A query matches when every word of it occurs in the row's text (name,
identity number with and without the dash, case reference). Qt's stock proxy model needs
seconds per keystroke at this size; a precomputed list needs milliseconds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


def fold(text: str) -> str:
    """Case-folded, accents kept (å, ä, ö are letters of their own in Swedish), NFC."""
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class Searchable:
    key: str  # the case id
    name: str
    identity_number: str
    reference: str


class SearchIndex:
    def __init__(self, rows: Sequence[Searchable]) -> None:
        self.keys = [row.key for row in rows]
        self._texts = [_haystack(row) for row in rows]

    def __len__(self) -> int:
        return len(self.keys)

    def search(self, query: str, *, limit: int | None = None) -> list[str]:
        """Keys of the matching rows in index order (empty query: all)."""
        terms = fold(query).split()
        if not terms:
            return self.keys[:limit] if limit else list(self.keys)
        if len(terms) == 1:
            term = terms[0]
            hits = [k for k, t in zip(self.keys, self._texts, strict=True) if term in t]
        else:
            hits = [
                k
                for k, t in zip(self.keys, self._texts, strict=True)
                if all(term in t for term in terms)
            ]
        return hits[:limit] if limit else hits


def _haystack(row: Searchable) -> str:
    number = row.identity_number
    forms = [row.name, row.reference]
    if len(number) == 12 and number.isdigit():
        # 12 digits, YYYYMMDD-NNNN, and the short YYMMDD-NNNN people type
        forms += [number, f"{number[:8]}-{number[8:]}", f"{number[2:8]}-{number[8:]}"]
    elif number:
        forms.append(number)
    return fold("\x1f".join(forms))
