"""How a reading is shown to the person who asked: the command and its options by name.

Each feature words its own label ("/h2h Josh Kerr vs Jakob Ingebrigtsen, finals only") from
the pieces here.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.facts.store import FactStore


def name_of(store: FactStore, value: str) -> str:
    """A store id as its name (a person or a meet); other text in quotes."""
    person = store.people.get(value)
    if person:
        return person.name
    meet = store.meets.get(value)
    return meet.name if meet else f"“{value}”"


def command_label(command: str, bits: Iterable[str]) -> str:
    """``/command`` and the non-empty bits, joined by commas."""
    text = ", ".join(b for b in bits if b)
    return f"/{command} {text}".rstrip()
