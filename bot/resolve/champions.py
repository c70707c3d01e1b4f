"""A champion's title in an option, narrowed by the words around it: "2024 olympic champ".

A title names the winners of the finals of its series' meets (any event the store holds). The
words beside it may say which edition (a year, "the olympic champion from tokyo", "reigning",
"regjerende") or which country the champion runs for ("the american olympic champ", "den
amerikanske olympiamesteren"); the words left are the name, if any ("olympic champ hocker").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.normalise import normalise, split_years
from bot.resolve.demonyms import ARTICLES, COUNTRY_NAMES, DESCRIPTORS, demonym
from bot.resolve.describe import REGIONS

# the latest edition of the title: "the reigning world champion", "regjerende verdensmester"
REIGNING = frozenset({"reigning", "current", "defending", "regjerande", "regjerende", "navaerende"})
# a place's preposition, an article, a person's word: "the olympic champion from tokyo",
# "verdensmesteren fra Budapest", "the scottish world champ guy"
AT = frozenset({"from", "in", "at", "fra", "i", "pa"}) | ARTICLES | DESCRIPTORS
TWO_DIGIT_YEAR = 2000  # "the '23 world champ": this century's


def winners(store: FactStore, meets: Sequence[Meet]) -> set[str]:
    """The athletes who won a final at one of ``meets``."""
    return {
        row.athlete
        for meet in meets
        for race in store.races_by_meet.get(meet.id, ())
        if race.round == "final"
        for row in race.results
        if row.place == 1
    }


def titled(store: FactStore, series_id: str, words: list[str]) -> tuple[set[str], list[str], bool]:
    """The title's holders as the words narrow them, the words left, and whether they narrowed.

    A year, a host city, "reigning" narrow the editions; a demonym or a country the holders.
    """
    series = store.series.get(series_id)
    if series is None:
        return set(), words, False
    meets = [m for m in store.meets_by_date if series.covers(m) and winners(store, [m])]
    rest: list[str] = []
    country = None
    narrowed = False
    for word in words:
        year = _year(word)
        cities = {m.id for m in meets if word in normalise(m.city).split()}
        said = demonym(word) or COUNTRY_NAMES.get(word) or REGIONS.get(word)
        if year is not None:  # "tokyo 2020" was held in 2021: either year says it
            meets = [m for m in meets if year in _years(m)]
        elif cities:
            meets = [m for m in meets if m.id in cities]
        elif word in REIGNING:
            meets = meets[-1:]
        elif said is not None:
            country = said
        elif word not in AT:
            rest.append(word)
            continue
        narrowed = True
    held = winners(store, meets)
    if country is not None:
        held = {p for p in held if store.people[p].country == country}
    return held, rest, narrowed


def _years(meet: Meet) -> set[int]:
    """The years a meet answers to: its own and any its names hold ("Tokyo 2020")."""
    names = (meet.name, *meet.aliases)
    return {meet.year}.union(*(split_years(normalise(n))[1] for n in names))


def _year(word: str) -> int | None:
    """A year typed beside a title: "2024", "'23" (normalised "23")."""
    if not word.isdigit():
        return None
    if len(word) == 4:
        return int(word)
    return TWO_DIGIT_YEAR + int(word) if len(word) == 2 else None
