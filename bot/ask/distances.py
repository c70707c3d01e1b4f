"""Distances as fans write them, as digits before the question is read; times quoted.

"1,500m", "1 500 meter" (Norwegian prints a space between thousands) and "fifteen hundred",
"femtusen" are the events "1500" and "5000" the reader knows (:data:`bot.ask.words.EVENTS`).
A time or a margin quoted ("3:29.65", "I have 0.27 in my notes", "sprang 3.26") is one word
(:data:`TIME`), no year and no name: "0.27 in the budapest final" is no meet of 2027.
"""

from __future__ import annotations

import re

# the distances the store follows with a thousands separator: "1,500", "5.000", "1 500" (a
# plain space only before a unit: "1 500 m", "5 000-meteren"; "top 3 800m" stays two)
_THOUSANDS = r"(1|3|5|10)"
_SEPARATED = re.compile(rf"(?<![\d.,]){_THOUSANDS}[,.\u00a0\u202f]([05]00)(?![\d.,])")
_SPACED = re.compile(rf"(?<![\d.,]){_THOUSANDS} ([05]00)(?= ?(m|meter\w*|metre\w*|-)(\b|$))")
# a time ("3:29.65", "3:40") or a margin ("0.27", "0,14"), not a date ("23.08.2023") or "1.5k"
TIME = re.compile(r"(?<![\d.,])(?:\d{1,2}:\d{2}(?:[.,]\d{1,2})?(?!\w)|\d[.,]\d{1,2}(?!\w|[.,]\d))")
_SPELLED = {
    r"fifteen hundred|femten ?hundre": "1500",
    r"three thousand|tre ?tusen": "3000",
    r"five thousand|fem ?tusen": "5000",
    r"eight hundred|åtte ?hundre": "800",
}
_SPELLED_RE = re.compile(r"\b(" + "|".join(f"(?:{p})" for p in _SPELLED) + r")\b")


def written_distances(text: str) -> str:
    """Lowercase ``text`` with distances in digits: "1,500m" -> "1500m", "fem tusen" -> "5000"."""
    text = _SPACED.sub(r"\1\2", _SEPARATED.sub(r"\1\2", text))
    return _SPELLED_RE.sub(lambda m: _spelled(m.group(0)), text)


def _spelled(words: str) -> str:
    """The digits of a spelled distance."""
    for pattern, value in _SPELLED.items():
        if re.fullmatch(pattern, words):
            return value
    return words
