"""The meets a quote was said at: a topic's moment ("what did he say after Paris").

A quote's occasion is a meet the store ties it to by its date: said during the meet or the
day after it ended (the morning-after media), or in the fortnight after when one of its curated
tags names the meet. A quote dated to a month only is tied when that month is the meet's and
a tag names the meet (its city or its name's words, and its year: "Tokyo 2025", "World
Indoors 2024"); one dated to a year only, by the tag alone.
A quote about a meet said elsewhere ("Paris 2024" said at the Bowerman Mile in June) was not
said at it. Nothing is tied by spelling distance.
"""

from __future__ import annotations

import datetime as dt

from bot.facts.models import Meet, Quote
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.stems import stem, stems

AFTER_DAYS = 1  # the morning after a meet ends is still its media
AFTERMATH_DAYS = 14  # and the fortnight after, for a quote whose tags name the meet


def occasions(store: FactStore, quote: Quote) -> frozenset[str]:
    """The ids of the meets a quote was said at or whose name its tags print (once a quote)."""
    key = (store.version, quote.id)
    cached = _OCCASIONS.get(key)
    if cached is None:
        cached = _OCCASIONS[key] = frozenset(
            m.id for m in store.meets.values() if _said_at(quote, m, _days(store, m))
        )
    return cached


def countries_held(store: FactStore, quote: Quote, words: frozenset[str]) -> set[str]:
    """The countries among a topic's stems that a quote was said in, at a meet held there.

    "what did josh say about hurting his leg in japan": the quotes of the Tokyo worlds hold
    "japan" (never by spelling: the country the store records for the meet).
    """
    hosts = _hosts(store)
    there = [w for w in words if w in hosts]
    return {w for w in there if not hosts[w].isdisjoint(occasions(store, quote))}


def host_stems(store: FactStore) -> frozenset[str]:
    """The stems of the countries the store's meets were held in (``countries_held``'s)."""
    return frozenset(_hosts(store))


def _hosts(store: FactStore) -> dict[str, frozenset[str]]:
    """The stem of each one-word country the store's meets were held in -> those meets."""
    cached = _HOSTS.get(store.version)
    if cached is None:
        found: dict[str, set[str]] = {}
        for meet in store.meets.values():
            country = normalise(meet.country or "")
            if country and " " not in country:
                found.setdefault(stem(country), set()).add(meet.id)
        cached = {k: frozenset(v) for k, v in found.items()}
        _HOSTS.clear()
        _HOSTS[store.version] = cached
    return cached


_HOSTS: dict[int, dict[str, frozenset[str]]] = {}


def moment_of(store: FactStore, topic: str) -> tuple[tuple[str, ...], str]:
    """The meet ids a topic carries (as /ask and autocomplete write them), and its other words."""
    words = topic.split()
    ids = tuple(w for w in words if w in store.meets)
    return ids, " ".join(w for w in words if w not in store.meets)


def hosted(store: FactStore, country: str, words: frozenset[str]) -> tuple[str, ...]:
    """The meets held in the country a word names ("in hungary"), as the store records it.

    Of those, the ones whose name holds another word of the question, when any does ("the
    world thing in hungary": the World Championships, not another meet there).
    """
    held = [m for m in store.meets.values() if normalise(m.country or "") == country]
    named = [m for m in held if not _meet_stems(m).isdisjoint(words)]
    return tuple(m.id for m in named or held)


def _days(store: FactStore, meet: Meet) -> tuple[dt.date, dt.date] | None:
    """A meet's first and last day: its dates, its programme's and its races' (once a meet)."""
    key = (store.version, meet.id)
    if key not in _DAYS:
        days = [d for d in (meet.start_date, meet.end_date) if d]
        days += [e.date for e in meet.events]
        days += [r.date for r in store.races_by_meet.get(meet.id, ()) if r.date]
        _DAYS[key] = (min(days), max(days)) if days else None
    return _DAYS[key]


def _said_at(quote: Quote, meet: Meet, days: tuple[dt.date, dt.date] | None) -> bool:
    """Whether a quote was said at a meet: its day within the meet's (or the day after).

    Dated to a month, that month is the meet's and a tag names it; to a year, a tag.
    """
    said = quote.said_on or ""
    if days is None or len(said) < len("2024-08"):
        return _tagged(quote, meet)
    start, end = days[0], days[1] + dt.timedelta(days=AFTER_DAYS)
    if len(said) == len("2024-08-06"):
        day = dt.date.fromisoformat(said)
        # in the fortnight after, a quote whose tag names the meet still speaks of it (the
        # interviews once home: "syk to dager før VM-finalen", tagged "Budapest 2023")
        later = end < day <= days[1] + dt.timedelta(days=AFTERMATH_DAYS) and _tagged(quote, meet)
        return start <= day <= end or later
    return start.strftime("%Y-%m") <= said <= end.strftime("%Y-%m") and _tagged(quote, meet)


def _tagged(quote: Quote, meet: Meet) -> bool:
    """Whether a tag names the meet: all its words among the meet's, in the meet's year."""
    year = str(meet.year)
    named = _meet_stems(meet)
    for tag in quote.topics:
        words = stems(tag)
        years = {w for w in words if w.isdigit() and len(w) == len(year)}
        if not words - years or not words - years <= named:
            continue
        if years == {year} or (not years and (quote.said_on or "").startswith(year)):
            return True
    return False


def _meet_stems(meet: Meet) -> frozenset[str]:
    """The stems of a meet's name and city (cities such as "Saint-Denis (Paris)" in words)."""
    text = " ".join(filter(None, (meet.name, meet.city, str(meet.year))))
    cached = _MEET_STEMS.get(text)
    if cached is None:
        cached = _MEET_STEMS[text] = stems(normalise(text).replace("-", " "))
    return cached


_OCCASIONS: dict[tuple[int, str], frozenset[str]] = {}
_DAYS: dict[tuple[int, str], tuple[dt.date, dt.date] | None] = {}
_MEET_STEMS: dict[str, frozenset[str]] = {}
