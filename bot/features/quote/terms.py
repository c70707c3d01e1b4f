"""Words of topics and quotes as fans write them: distances in one word, racing words."""

from __future__ import annotations

import functools
import re

from bot.answers.topics import RACING
from bot.normalise import normalise

# a distance's unit after its number, English and Norwegian ("100 metres", "5000-meteren")
METRE_WORDS = frozenset(
    {"m", "metre", "metres", "meter", "meters", "meteren", "meterne", "metrane", "metrar"}
)
EVENT = re.compile(r"^\d{3,5}m$")  # an event as a word: "1500m", "5000m"


def is_racing(word: str) -> bool:
    """A word about racing in general, or an event ("5000m"): it ranks, never excludes."""
    return word in RACING or EVENT.match(word) is not None


def metres(words: list[str]) -> list[str]:
    """A distance in one word: "100 metres", "5000 meteren" (of "5000-meteren") -> "100m"."""
    out: list[str] = []
    for word in words:
        if word in METRE_WORDS and out and out[-1].isdigit():
            out[-1] += "m"
        else:
            out.append(word)
    return out


@functools.lru_cache(maxsize=4096)
def distances(text: str) -> frozenset[str]:
    """The distances a text prints, each as one word ("100 metres too long": "100m")."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(w for w in metres(normalise(text).split()) if EVENT.match(w))
