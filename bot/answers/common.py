"""Pieces every answer shares: the reply base, references to people and sources, refusals."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, computed_field

from bot.facts.clock import clock_day
from bot.facts.models import Person, Race, ResultRow, ScheduledEvent, Source, partial_start
from bot.facts.store import FactStore
from bot.i18n import ENGLISH, speaking_in
from bot.phrases import Phrase, say
from bot.zones import time_zone


class Model(BaseModel):
    """Plain immutable data: queries and the parts of replies. No Discord types."""

    model_config = ConfigDict(frozen=True)


class Reply(Model):
    """What a command returns: its kind, and how the typed names were read.

    Every renderer shows ``notes`` the same way for every kind of reply.
    """

    # a refusal ("not understood", "nothing fits") is shown only to the person who asked
    refusal: ClassVar[bool] = False
    kind: str
    # how typed names were read, when that was a choice ("budapest" -> the latest meet there)
    notes: list[Phrase] = []


class Answer(Reply):
    """A reply built from the store, stamped with the store's freshness."""

    facts_as_of: dt.date


class PersonRef(Model):
    """Who an answer is about."""

    id: str
    name: str
    country: str | None = None

    @classmethod
    def of(cls, person: Person) -> PersonRef:
        """Reference to a stored person."""
        return _person_ref(person.id, person.name, person.country)

    @property
    def label(self) -> str:
        """Name with country, e.g. "Josh Kerr (GBR)"."""
        return f"{self.name} ({self.country})" if self.country else self.name


class SourceRef(Model):
    """Where a fact comes from, as shown to users."""

    id: str
    url: str | None = None
    publisher: str
    published: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        """Reference to a stored source."""
        return _source_ref(source)


# a value of a refusal's phrase; a list is worded as "a and b" in the viewer's language
Value = str | int | list[str]


class Refusal(Reply):
    """A refusal: what was not understood, and what the user might have meant.

    Language-free: ``reason`` is the key of the phrase that says why (static, in
    :mod:`bot.phrases`), ``values`` fill it, and ``worded`` names values that are phrases
    themselves (by key). :attr:`message` words it in the language of whoever is answered.
    """

    refusal: ClassVar[bool] = True
    kind: Literal["problem"] = "problem"
    reason: str
    values: dict[str, Value] = {}
    worded: dict[str, str] = {}
    suggestions: list[str] = []
    # for "Did you mean": the ids of the suggestions, and the text they would replace
    candidates: list[str] = []
    typed: str | None = None

    def words(self) -> str:
        """The refusal in words, in the language being spoken (what renderers show)."""
        joiner = say("list.and")
        values = {k: joiner.join(v) if isinstance(v, list) else v for k, v in self.values.items()}
        return say(self.reason, **values, **{k: say(v) for k, v in self.worded.items()})

    @computed_field  # type: ignore[prop-decorator]
    @property
    def message(self) -> str:
        """The refusal in English for JSON readers and logs: the same in every language."""
        with speaking_in(ENGLISH):
            return self.words()


# References are immutable and asked for on every answer: build each once per stored record.
@functools.lru_cache(maxsize=65536)
def _person_ref(person_id: str, name: str, country: str | None) -> PersonRef:
    return PersonRef(id=person_id, name=name, country=country)


@functools.lru_cache(maxsize=65536)
def _source_ref(source: Source) -> SourceRef:
    return SourceRef(
        id=source.id,
        url=source.url,
        publisher=source.publisher or "Unattributed article",
        # a date worked out from what the page reports is not the page's: never shown as one
        published=None if source.published_derived else source.published,
        title=source.title,
    )


def source_ref(store: FactStore, source_id: str) -> SourceRef:
    """The reference for a source id of the store."""
    return SourceRef.of(store.sources[source_id])


def distinct(sources: Iterable[SourceRef]) -> list[SourceRef]:
    """Sources in first-cited order, each once."""
    return list({s.id: s for s in sources}.values())


def race_run_by(store: FactStore, race: Race, now: dt.datetime | None) -> bool:
    """Whether ``race`` had been run at ``now`` and a page reporting it was out (always, no clock).

    Where the meet's programme, from a page out by ``now``, gives the race's start time, the
    race counts from that instant; otherwise it counts from the end of its day in its meet's
    own calendar (a final with no known time is not a result at breakfast). A race with no day
    of its own counts from the end of its meet's last day; with that unknown too, from the year
    after its meet's year, when it has surely been run.
    """
    if now is None:
        return True
    if not store.source_known(race.source, now):
        return False
    meet = store.meets[race.meet]
    zone = time_zone(meet.timezone)
    start = race_start(store, race, now)
    if start is not None:
        # the programme gives the start instant: the race is run once it has started
        return start <= now
    day = race.date or meet.end_date
    if day is None:
        return meet.year < now.astimezone(dt.UTC).year
    return day < now.astimezone(zone).date()


def race_start(store: FactStore, race: Race, now: dt.datetime | None = None) -> dt.datetime | None:
    """The instant ``race`` starts, when its meet's programme gives its local start time.

    At a clock, only a programme item from a page out by then gives it: a start time printed
    first in the race's report was not known before.
    """
    meet = store.meets[race.meet]
    for item in programme_items(store, race):
        if item.local_time is not None and store.source_known(item.source, now):
            return dt.datetime.combine(item.date, item.local_time, tzinfo=time_zone(meet.timezone))
    return None


def programme_items(store: FactStore, race: Race) -> list[ScheduledEvent]:
    """The items of its meet's programme that give ``race``'s local start time."""
    return [
        item
        for item in store.meets[race.meet].events
        if item.local_time is not None
        and item.event == race.event
        and item.round == race.round
        and (race.date is None or item.date == race.date)
    ]


def row_known(store: FactStore, race: Race, row: ResultRow, now: dt.datetime | None) -> bool:
    """Whether the page a result row rests on (its own, else its race's) was out by ``now``."""
    return store.source_known(row.source or race.source, now)


def dated_by(value: str | None, now: dt.datetime | None) -> bool:
    """Whether a (partial) date had begun at ``now``: "2024-08" has from 1 Aug 2024 on."""
    if now is None or not value:
        return True
    return partial_start(value) <= clock_day(now)


def known_at(store: FactStore, value: str | None, source_id: str, now: dt.datetime | None) -> bool:
    """Whether a fact dated ``value`` and resting on ``source_id`` was known at ``now``.

    Its page must be out (a month-only page from the end of its month), and its date begun:
    a month-only date is thus known at the end of its month unless its page is dated earlier.
    """
    return dated_by(value, now) and store.source_known(source_id, now)
