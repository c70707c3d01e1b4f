"""Where and when a meet was held, as the store records it: for meets named by a day or a country.

"23 aug 2023" is the meet held that day (its first day to its last known one); "19 july" with no
year the nearest such day before the clock (/results) or after it (/next-race). "french
olympics" is the Olympics whose host country (the meet record's ``country``) is France. A
meet's kind is its recurring meeting (series.yaml's record with cities: the Pre Classic,
Weltklasse) or else its series: a city whose meets with results are of different kinds ("tokyo":
the 2021 Olympics and the 2025 Worlds) is asked, one kind is one meeting's editions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from bot.facts.meet_clock import LONGEST_MEET
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.resolve.demonyms import demonym
from bot.resolve.describe import COUNTRY_WORDS
from bot.resolve.when import DateSaid


def meet_days(store: FactStore, meet: Meet) -> set[dt.date]:
    """The days a meet was held: its first to its last known day, or the days its races were."""
    known = {e.date for e in meet.events if e.date}
    known |= {r.date for r in store.races_by_meet.get(meet.id, ()) if r.date}
    start = meet.start_date
    if start is None:
        return known
    end = meet.end_date or max([start, *known])
    span = min((end - start).days, LONGEST_MEET)
    return {start + dt.timedelta(days=n) for n in range(span + 1)} | known


def held_on(
    store: FactStore, ids: Collection[str], said: DateSaid, today: dt.date, purpose: str
) -> set[str]:
    """The meets of ``ids`` held on the day said; with no year, the nearest such day.

    The nearest before ``today`` (or on it), or after it for the next meet; the other way
    when none is. Several held that day: for results, those with results.
    """
    held = _held_on(store, ids, said, today, ahead=purpose == "next")
    if purpose == "results" and len(held) > 1:
        held = {i for i in held if store.races_by_meet.get(i)} or held
    return held


def _held_on(
    store: FactStore, ids: Collection[str], said: DateSaid, today: dt.date, *, ahead: bool
) -> set[str]:
    days: dict[str, dt.date] = {}
    for mid in ids:
        for day in meet_days(store, store.meets[mid]):
            if (day.month, day.day) == (said.month, said.day) and said.year in (None, day.year):
                days[mid] = day
    if not days:
        return set()
    if said.year is None:
        past = [d for d in days.values() if d <= today]
        future = [d for d in days.values() if d >= today]
        if ahead:
            nearest = min(future) if future else max(past)
        else:
            nearest = max(past) if past else min(future)
        return {mid for mid, day in days.items() if day == nearest}
    return set(days)


def kinds(store: FactStore) -> dict[str, str]:
    """Each meet's kind: the recurring meeting it is an edition of, else its series."""
    out = {m.id: m.series or m.id for m in store.meets.values()}
    for series in store.series.values():
        if series.cities and series.series:
            for meet in store.meets.values():
                if series.covers(meet):
                    out[meet.id] = series.id
    return out


def country_said(words: list[str]) -> tuple[str | None, list[str]]:
    """A host country among meet words ("french olympics", "VM i Norge"), and the words left."""
    for at, word in enumerate(words):
        code = COUNTRY_WORDS.get(word) or (demonym(word) if len(word) > 2 else None)
        if code is not None and len(words) > 1:
            return code, words[:at] + words[at + 1 :]
    return None, words


def country_of(meet: Meet) -> str | None:
    """The code of a meet's country as the store names it ("France" -> "FRA")."""
    return COUNTRY_WORDS.get(normalise(meet.country))


def latest_of_kinds(
    store: FactStore, meets: list[Meet], kind: dict[str, str], today: dt.date
) -> list[Meet]:
    """Each kind's latest meet with results begun by ``today``, the oldest first.

    (A meet's kind is its recurring meeting, else its series: see :func:`kinds`.)
    """
    latest: dict[str, Meet] = {}
    for meet in sorted(meets, key=_start):
        if _start(meet) <= today and store.races_by_meet.get(meet.id):
            latest[kind[meet.id]] = meet
    return sorted(latest.values(), key=_start)


def raced(store: FactStore, words: list[str], meets: list[Meet]) -> list[Meet]:
    """A race named by its event ("dream mile", "wanamaker mile"): the editions that held one.

    The meets with a race of an event whose word is among ``words``; all when none has.
    """
    ran = [
        meet
        for meet in meets
        if any(normalise(r.event).split()[0] in words for r in store.races_by_meet.get(meet.id, ()))
    ]
    return ran or meets


def _start(meet: Meet) -> dt.date:
    return meet.start_date or dt.date(meet.year, 12, 31)
