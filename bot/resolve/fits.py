"""Who fits a description, by the store's data: country, results, youth (bot.resolve.describe).

A place is a place in a final at the meets said ("won in paris": first there), a race won
against someone a better place in a race both ran ("beat kerr in london"), youth an age-group
title or record of the last seasons or a birth date; what the store cannot show narrows
nothing, and nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from bot.facts.models import Race
from bot.facts.store import FactStore
from bot.resolve.describe import Description

# youth the store can show: an age-group title or record of the last seasons ("World U20 1500m
# record ... 2025"), or a birth date this many years before the store's newest fact
_AGE_GROUP = re.compile(r"\b(?:U-?(?:18|20|23)|junior|juniors|youth)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
YOUTH_SEASONS = 2
YOUTH_AGE = 21


def fitting(store: FactStore, described: Description, events: Collection[str]) -> set[str]:
    """The athletes the store's data shows fit ``described`` (before "other" is applied).

    A place is counted in ``events`` (the store's rivalries' events) when someone fits there,
    else in any event. Youth the store cannot show for anyone narrows nothing.
    """
    ids = {
        p.id
        for p in store.people.values()
        if p.role == "athlete" and (described.country is None or p.country == described.country)
    }
    if described.places is not None:
        low, high = described.places
        finals = [r for r in _races(store, described.meets) if r.round == "final"]
        placed = [
            (r, row.athlete)
            for r in finals
            for row in r.results
            if row.place is not None and low <= row.place <= high
        ]
        main = {a for r, a in placed if r.event in events} & ids
        ids = main or {a for _, a in placed} & ids
    if described.beat is not None:  # a final first: "beat jakob in budapest" is the final's
        races = _races(store, described.meets)
        ahead = _ahead_of([r for r in races if r.round == "final"], described.beat) & ids
        ids = ahead or _ahead_of(races, described.beat) & ids
    if described.young:
        young = {i for i in ids if i in youthful(store)}
        ids = young or ids
    return ids


def _races(store: FactStore, meets: Iterable[str] | None) -> list[Race]:
    if meets is None:
        return list(store.races.values())
    return [r for m in meets for r in store.races_by_meet.get(m, ())]


def _ahead_of(races: Iterable[Race], beaten: str) -> set[str]:
    """Who finished ahead of ``beaten`` in one of ``races``."""
    out: set[str] = set()
    for race in races:
        theirs = next((row for row in race.results if row.athlete == beaten), None)
        if theirs is None:
            continue
        for row in race.results:
            if row.place is not None and (theirs.place is None or row.place < theirs.place):
                out.add(row.athlete)
    out.discard(beaten)
    return out


@lru_cache(maxsize=8)
def _youth(store: FactStore, year: int) -> frozenset[str]:
    young = set()
    for person in store.people.values():
        if person.born is not None and year - person.born.year <= YOUTH_AGE:
            young.add(person.id)
        for fact in person.notable:
            if _AGE_GROUP.search(fact.text):
                years = [int(y) for y in _YEAR.findall(fact.text)]
                if years and max(years) >= year - YOUTH_SEASONS:
                    young.add(person.id)
    return frozenset(young)


def youthful(store: FactStore) -> frozenset[str]:
    """Who the store shows young as of its newest fact: a recent age-group mark, a birth."""
    newest = (
        store.facts_as_of if store.facts_as_of > dt.date.min else dt.datetime.now(dt.UTC).date()
    )
    return _youth(store, newest.year)
