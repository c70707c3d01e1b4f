"""How /ask reads a question as /best: its cues, its builder and its label."""

from __future__ import annotations

from collections.abc import Mapping

from bot.ask.labels import name_of
from bot.ask.parts import Parts, Scores
from bot.ask.replies import Reading
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.registry import Understanding

CUES = (
    (r"\b(fastest|best) (time|times|ever)\b|\bpersonal bests?\b|\bpbs?\b", 3.0),
    (r"\braskeste tid\b|\bpers\b", 3.0),
)
TYPOS = {"personal": 1.0}
BASE = 1.0


def build(parts: Parts, scores: Scores) -> Reading | None:
    """One athlete."""
    del scores
    if len(parts.athletes) != 1:
        return None
    return parts.reading("best", {"athlete": parts.athletes[0][1]}, BASE)


def label(store: FactStore, options: Mapping[str, str]) -> list[str | Phrase]:
    """Shown as: "/best Josh Kerr"."""
    return [name_of(store, options["athlete"])]


READING = Understanding(
    cues=CUES, typos=TYPOS, build=build, label=label, example="kerr's fastest times"
)
