"""The order a profile shows its notable facts in: global titles, then records, then the rest.

Discord shows the first few only, so the order decides what a reader sees: a world title must
not fall behind a club or a coach.
"""

from __future__ import annotations

import re

from bot.facts.models import NotableFact

# Olympic and world (indoor) titles; a junior, U20 or NCAA title is not a global senior title
_NOT_SENIOR = r"(?![^,;(]*\b(junior|u20)\b)"
_GLOBAL_TITLE = re.compile(
    rf"\b(olympic|world)\b{_NOT_SENIOR}[^,;(]*\b(champion|title|gold)\b", re.I
)
_WORLD_RECORD = re.compile(r"\bworld\b[^,;(]*\b(record|best)\b", re.I)
_GLOBAL_MEDAL = re.compile(rf"\b(olympic|world)\b{_NOT_SENIOR}[^,;]*\b(silver|bronze)\b", re.I)
_OTHER_HONOUR = re.compile(
    r"\b(european|commonwealth|diamond league)\b[^,;]*\b(champion|title|gold)\b|"
    r"\b(british|european|national|area|ncaa)\b[^,;]*\brecord\b",
    re.I,
)


def rank(fact: NotableFact) -> int:
    """0 a global title, 1 a world record, 2 a global medal, 3 another title or record, 4 else."""
    text = fact.text
    if _GLOBAL_TITLE.search(text):
        return 0
    if _WORLD_RECORD.search(text):
        return 1
    if _GLOBAL_MEDAL.search(text):
        return 2
    if _OTHER_HONOUR.search(text):
        return 3
    return 4


def ranked(facts: tuple[NotableFact, ...]) -> list[NotableFact]:
    """The facts, most notable first; the store's order among equals."""
    return sorted(facts, key=rank)
