"""Example questions built from the store, for when a question could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answers.topics import known_topics
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.resolve import Resolver

MAX_EXAMPLES = 3


def _surname(store: FactStore, person_id: str) -> str:
    return store.people[person_id].name.split()[-1]


def _latest_with_results(store: FactStore, today: dt.date) -> Meet | None:
    for meet in reversed(store.meets_by_date):
        started = meet.start_date or dt.date(meet.year, 12, 31)
        if started <= today and store.races_by_meet.get(meet.id):
            return meet
    return None


def _next_meet(store: FactStore, today: dt.date) -> Meet | None:
    for meet in store.meets_by_date:
        if meet.start_date and meet.start_date >= today and meet.status == "scheduled":
            return meet
    return None


def _short_name(resolver: Resolver, meet: Meet, today: dt.date) -> str:
    """The shortest way to type ``meet`` that the resolver reads back as it ("budapest 2023")."""
    city = meet.city.split("(")[0].strip()
    for text in (f"{city} {meet.year}", f"{meet.series or ''} {meet.year}".strip(), meet.name):
        again = resolver.meet(text, today=today, strict=True)
        if again.found and again.id == meet.id:
            return text.lower()
    return meet.name


def example_questions(
    resolver: Resolver, today: dt.date, about: list[str], meets: Sequence[str] = ()
) -> list[str]:
    """Two or three questions the reader understands, about the athletes and meets recognised.

    ``about``: athlete ids, ``meets``: meet ids from the question (the store's defaults else).
    """
    store = resolver.store
    featured = [p.id for p in store.featured()]
    people = list(dict.fromkeys([*about, *featured]))
    out: list[str] = []
    if len(people) >= 2:
        first, second = (_surname(store, p) for p in people[:2])
        out.append(f"who's won more, {first.lower()} or {second.lower()}?")
    if people:
        speaker = people[0]
        topics = [t for t in known_topics(store, speaker) if t.casefold() != "rivalry"]
        name = _surname(store, speaker).lower()
        if topics:
            out.append(f"what did {name} say about {topics[0]}?")
        else:
            out.append(f"when does {name} race next?")
    named = [store.meets[m] for m in meets if m in store.meets]
    for asked in named[:1]:
        started = asked.start_date or dt.date(asked.year, 12, 31)
        short = _short_name(resolver, asked, today)
        held = started <= today and store.races_by_meet.get(asked.id)
        out.insert(0, f"who won at {short}?" if held else f"when is {short}?")
    meet = None if named else _latest_with_results(store, today)
    if meet is not None:
        out.append(f"who won at {_short_name(resolver, meet, today)}?")
    upcoming = _next_meet(store, today)
    if upcoming is not None and len(out) < MAX_EXAMPLES:
        out.append(f"when is {_short_name(resolver, upcoming, today)}?")
    return out[:MAX_EXAMPLES]
