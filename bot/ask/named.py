"""The athletes a question names, in order, each ambiguous name settled by its context."""

from __future__ import annotations

from bot.ask.slots import Slots
from bot.resolve import Resolver


def athletes_in_order(slots: Slots, resolver: Resolver) -> list[tuple[int, str]]:
    """Athletes in order; an ambiguous name settled by the other athletes named with it."""
    found = [(s.start, s.id) for s in slots.athletes if s.id]
    named = {pid for _, pid in found}
    out = list(found)
    for span in slots.ambiguous:
        if span.kind != "athlete":
            continue
        # as a name beside its opponent in /h2h, else the store's subject (bot.resolve.people)
        chosen = resolver.shared_name(span.resolution.candidates, named)
        out.append((span.start, chosen or span.text))
    out.sort()
    seen: set[str] = set()
    unique = []
    for start, value in out:
        if value not in seen:
            seen.add(value)
            unique.append((start, value))
    return unique


def racers(
    athletes: list[tuple[int, str]], slots: Slots, resolver: Resolver
) -> list[tuple[int, str]]:
    """Athletes for a command about races: "wightman" is Jake (who races), not Geoff."""
    by_start = {s.start: s for s in slots.ambiguous}
    out = []
    for start, value in athletes:
        span = by_start.get(start)
        if span is not None and span.text == value:
            people = resolver.store.people
            racing = [c for c in span.resolution.candidates if people[c].role == "athlete"]
            value = racing[0] if len(racing) == 1 else value
        out.append((start, value))
    return out
