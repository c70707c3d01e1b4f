"""The immutable in-memory fact store and the indexes the commands read."""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import datetime as dt
import gc
import itertools
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

from bot.facts.clock import clock_day, source_known_day
from bot.facts.kinds import KINDS
from bot.facts.models import (
    LexiconWord,
    Meet,
    Person,
    PublishedTally,
    Quote,
    Race,
    Rivalry,
    Series,
    Source,
    TimelineEvent,
    dump_record,
)
from bot.normalise import normalise
from bot.stems import stems

ROUND_ORDER = {"heat": 0, "semi-final": 1, "final": 2}
_VERSIONS = itertools.count(1)
# the store's attribute for each kind, where it is not the kind's own key
_ATTRIBUTE = {"athletes": "people"}
T = TypeVar("T")


def _by_id(records: Iterable[T]) -> Mapping[str, T]:
    return MappingProxyType({r.id: r for r in records})  # type: ignore[attr-defined]


def race_sort_key(race: Race, meet: Meet | None) -> tuple[dt.date, int, str]:
    """Chronological order; a race with no known date sorts at its meet's year."""
    day = race.date or (meet.start_date if meet and meet.start_date else None)
    if day is None:
        day = dt.date(meet.year if meet else 1900, 1, 1)
    return day, ROUND_ORDER[race.round], race.id


class QuoteTerms(NamedTuple):
    """A quote's words and topic tags as stems, and its people's names, for topic search."""

    text: frozenset[str]
    tags: frozenset[str]
    people: frozenset[str]  # normalised name and alias words of the people it is about


class FactStore:
    """Every record of ``knowledge/``, validated, with lookups by id and by athlete."""

    def __init__(
        self,
        *,
        sources: list[Source],
        athletes: list[Person],
        meets: list[Meet],
        races: list[Race],
        quotes: list[Quote],
        timeline: list[TimelineEvent],
        series: Iterable[Series] = (),
        rivalries: Iterable[Rivalry] = (),
        lexicon: Iterable[LexiconWord] = (),
        tallies: Iterable[PublishedTally] = (),
    ) -> None:
        # a new number for every store built in this process: what answers are cached under
        self.version = next(_VERSIONS)
        # the digest of the knowledge files it was read from (set by load_store): the same in
        # every process and after a restart, unlike ``version``
        self.fingerprint: str | None = None
        self.sources = _by_id(sources)
        self.people = _by_id(athletes)
        self.meets = _by_id(meets)
        self.races = _by_id(races)
        self.quotes = _by_id(quotes)
        self.timeline = tuple(sorted(timeline, key=lambda e: (e.date, e.id)))
        self.series = _by_id(series)
        self.rivalries = tuple(rivalries)
        self.lexicon = tuple(lexicon)
        self.tallies = _by_id(tallies)
        keys = {r.id: race_sort_key(r, self.meets.get(r.meet)) for r in races}
        self._race_keys: Mapping[str, tuple[dt.date, int, str]] = MappingProxyType(keys)
        races_by_athlete: dict[str, list[Race]] = defaultdict(list)
        for race in races:
            for row in race.results:
                races_by_athlete[row.athlete].append(race)
        key = self.race_key
        self.races_by_athlete: Mapping[str, tuple[Race, ...]] = MappingProxyType(
            {a: tuple(sorted(rs, key=key)) for a, rs in races_by_athlete.items()}
        )
        self.races_by_meet: Mapping[str, tuple[Race, ...]] = MappingProxyType(
            _group(races, lambda r: r.meet, key)
        )
        self.quotes_by_speaker: Mapping[str, tuple[Quote, ...]] = MappingProxyType(
            _group(quotes, lambda q: q.speaker, lambda q: (q.said_on or "9999", q.id))
        )
        # stems are worked out on a speaker's first /quote, not at load: most are never asked
        self._quote_terms: dict[str, QuoteTerms] = {}
        self.meets_by_date: tuple[Meet, ...] = tuple(
            sorted(meets, key=lambda m: (m.start_date or dt.date(m.year, 12, 31), m.id))
        )

    def quote_terms(self, quote: Quote) -> QuoteTerms:
        """A quote's searchable terms (computed once per quote)."""
        terms = self._quote_terms.get(quote.id)
        if terms is None:
            names: set[str] = set()
            for pid in quote.about:
                person = self.people[pid]
                for name in (person.name, *person.aliases):
                    names.update(normalise(name).split())
            terms = QuoteTerms(stems(quote.text), stems(" ".join(quote.topics)), frozenset(names))
            self._quote_terms[quote.id] = terms
        return terms

    def race_key(self, race: Race) -> tuple[dt.date, int, str]:
        """Sort key putting races in the order they were run (computed once at load)."""
        return self._race_keys.get(race.id) or race_sort_key(race, self.meets.get(race.meet))

    @cached_property
    def source_days(self) -> Mapping[str, dt.date]:
        """The day each dated source is known by (:func:`bot.facts.clock.source_known_day`)."""
        return MappingProxyType(
            {
                s.id: source_known_day(s.published, s.published_derived, s.published_ahead)
                for s in self.sources.values()
                if s.published
            }
        )

    def source_known(self, source_id: str | None, now: dt.datetime | None) -> bool:
        """Whether the source was out by ``now``: dated on or before the clock's day.

        Without a clock everything is known; an undated source is never known at a clock,
        since nothing shows it was out by then.
        """
        if now is None or source_id is None:
            return True
        day = self.source_days.get(source_id)
        return day is not None and day <= clock_day(now)

    @cached_property
    def facts_as_of(self) -> dt.date:
        """The day the newest cited source is known by."""
        return max(self.source_days.values(), default=dt.date.min)

    def facts_as_of_at(self, now: dt.datetime | None) -> dt.date:
        """The day the newest source known by ``now`` is known by (every source without).

        Never older than a source an answer at ``now`` cites, since it may cite only these.
        """
        if now is None:
            return self.facts_as_of
        days = self._known_days
        # asked on every answer: a bisect over the sorted days, not a pass over every source
        at = bisect.bisect_right(days, clock_day(now))
        return days[at - 1] if at else dt.date.min

    @cached_property
    def _known_days(self) -> list[dt.date]:
        return sorted(self.source_days.values())

    @cached_property
    def date_range(self) -> tuple[dt.date, dt.date]:
        """The first and last dated race in the store."""
        days = [r.date for r in self.races.values() if r.date]
        return (min(days), max(days)) if days else (dt.date.min, dt.date.min)

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {
            "sources": len(self.sources),
            "athletes": sum(1 for p in self.people.values() if p.role == "athlete"),
            "people": len(self.people),
            "meets": len(self.meets),
            "races": len(self.races),
            "results": sum(len(r.results) for r in self.races.values()),
            "quotes": len(self.quotes),
            "timeline": len(self.timeline),
            "rivalries": len(self.rivalries),
        }

    def featured(self) -> list[Person]:
        """The athletes of the store's rivalries (knowledge/rivalries.yaml), each once."""
        ids = dict.fromkeys(a for r in self.rivalries for a in r.athletes)
        return [self.people[a] for a in ids]

    @property
    def main_events(self) -> tuple[str, ...]:
        """The rivalries' events (knowledge/rivalries.yaml), then each one's indoor form.

        A meet's "main race" (its results by default, the final a follow reminds of) is the
        first of these it holds.
        """
        events = [e for r in self.rivalries for e in r.events]
        return tuple(dict.fromkeys([*events, *(f"{e} (indoor)" for e in events)]))

    def tallies_of(self, athlete: str, opponent: str) -> list[PublishedTally]:
        """The published head-to-head counts of the two athletes, in either order."""
        pair = {athlete, opponent}
        return [t for t in self.tallies.values() if set(t.athletes) == pair]

    def rivalry_of(self, *athletes: str) -> Rivalry | None:
        """The first rivalry that includes all of ``athletes``."""
        return next((r for r in self.rivalries if set(athletes) <= set(r.athletes)), None)

    def records(self, kind: str) -> tuple[Any, ...]:
        """Every record of one kind (a key of :data:`bot.facts.kinds.KINDS`)."""
        held = getattr(self, _ATTRIBUTE.get(kind, kind))
        return tuple(held.values() if isinstance(held, Mapping) else held)

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """The whole store as JSON-ready data, keyed like the knowledge files."""
        return {kind.key: [dump_record(r) for r in self.records(kind.key)] for kind in KINDS}


def _group(items: Iterable[T], by: Any, sort_key: Any) -> dict[Any, tuple[T, ...]]:
    grouped: dict[Any, list[T]] = defaultdict(list)
    for item in items:
        grouped[by(item)].append(item)
    return {k: tuple(sorted(v, key=sort_key)) for k, v in grouped.items()}


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the garbage collector while building objects that will all live on.

    Building ~10^5 long-lived objects triggers full collections that find no garbage: at 100x
    the shipped store they were half of the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle(store: FactStore) -> FactStore:
    """Prepare a loaded store for serving: move it out of the garbage collector's way.

    The store lives as long as the process and never changes, yet every full collection would
    walk all of it (several ms at 100x the shipped size, showing up as p99 spikes). The memory
    that parsing used and freed is handed back to the OS.
    """
    global _SETTLED
    if _SETTLED is not None and _SETTLED() is store:
        return store  # settled already: installed again (tests start many bots on one store)
    # a store replaced by a reload was frozen too: unfreezing lets this pass free what of it
    # only cycles still hold
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _give_back_free_memory()
    _SETTLED = weakref.ref(store)
    return store


_SETTLED: weakref.ref[FactStore] | None = None


def _give_back_free_memory() -> None:
    """Return the heap that parsing left free to the OS (glibc only; elsewhere a no-op)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass
