"""One normal form for names and words, so typed text and stored names compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ð": "d", "ı": "i"}
)
_STOPWORDS = frozenset({"the", "at", "in", "of"})
_NON_WORD = re.compile(r"[\W_]+")
# the combining marks NFKD splits off accented letters (é -> e + U+0301)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM) a paste
# or a troll leaves inside a word: "j\u00adakob" is "jakob", not "j akob"
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# "2k23" is 2023
_K_YEAR = re.compile(r"\b2k(\d{2})\b")
# a brand year glued to a word or a letter ("Oregon22", "LA28", "worlds2023", "P24"); "U20",
# "U23" are age groups and stay whole
_GLUED_YEAR = re.compile(r"\b([a-z]{2,}|[a-tv-z])(\d{2}|\d{4})\b")
YEARS = range(1900, 2100)
NORMALISED = 16384  # texts whose normal form is kept


@lru_cache(maxsize=NORMALISED)
def normalise(text: str) -> str:
    """Fold case, accents, punctuation, spacing, years ("Nordås '23" -> "nordas 2023").

    Two-digit years and the fan forms "2k23" and "Oregon22" become four digits. Kept per
    text (up to NORMALISED): a question's words and runs are normalised again and again.
    """
    text = text.casefold()
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_LETTERS)))
    text = _NON_WORD.sub(" ", text)
    if any(c.isdigit() for c in text):
        text = _GLUED_YEAR.sub(r"\1 \2", _K_YEAR.sub(r"20\1", text))
    return " ".join(
        f"20{t}" if len(t) == 2 and t.isdigit() else t for t in text.split() if t not in _STOPWORDS
    )


def split_years(norm: str) -> tuple[list[str], set[int]]:
    """A normalised text's words and, apart, its years ("worlds 2023" -> ["worlds"], {2023})."""
    words: list[str] = []
    years: set[int] = set()
    for token in norm.split():
        if len(token) == 4 and token.isdigit() and int(token) in YEARS:
            years.add(int(token))
        else:
            words.append(token)
    return words, years
