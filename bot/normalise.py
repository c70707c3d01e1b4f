"""One normal form for names and words, so typed text and stored names compare equal."""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ð": "d", "ı": "i"}
)
_STOPWORDS = frozenset({"the", "at", "in", "of"})
_NON_WORD = re.compile(r"[\W_]+")
# the combining marks NFKD splits off accented letters (é -> e + U+0301)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalise(text: str) -> str:
    """Fold case, accents, punctuation, spacing, two-digit years ("Nordås '23" -> "nordas 2023")."""
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_LETTERS)))
    tokens = _NON_WORD.sub(" ", text).split()
    return " ".join(
        f"20{t}" if len(t) == 2 and t.isdigit() else t for t in tokens if t not in _STOPWORDS
    )
