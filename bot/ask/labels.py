"""The pieces a feature labels its /ask reading with: names, and typed text in quotes.

Each feature says how its reading is shown (``Understanding.label``) as a list of bits: names
and values as they are, the bot's own words as phrases, so a label is worded in the language
of whoever reads it ("/h2h Josh Kerr vs Jakob Ingebrigtsen, finals only").
"""

from __future__ import annotations

from bot.facts.store import FactStore
from bot.phrases import Phrase


def name_of(store: FactStore, value: str) -> str | Phrase:
    """A store id as its name (a person or a meet); other text, quoted as typed."""
    person = store.people.get(value)
    if person:
        return person.name
    meet = store.meets.get(value)
    return meet.name if meet else Phrase(key="ask.label.typed", values={"text": value})
