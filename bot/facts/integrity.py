"""Checks across records: ids unique, references resolve, dates and zones make sense.

One function per kind of fact; :func:`check_references` runs them all over a validated store.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.facts.kinds import FILE_OF, KINDS
from bot.facts.models import (
    LexiconWord,
    Meet,
    Person,
    PublishedTally,
    Quote,
    Race,
    Rivalry,
    TimelineEvent,
)
from bot.facts.problems import Problem
from bot.normalise import normalise


@dataclass
class Known:
    """The ids of every kind, and the problems found so far."""

    ids: Mapping[str, set[str]]
    meets: Mapping[str, Meet]
    problems: list[Problem]

    def need(
        self, kind: str, record: str, field: str, value: str | None, of: str, noun: str
    ) -> None:
        """Note a problem when ``value`` is not the id of a record of kind ``of``."""
        if value is not None and value not in self.ids[of]:
            self.problems.append(
                Problem(FILE_OF[kind], record, field, f"unknown {noun} id {value!r}")
            )

    def add(self, kind: str, record: str, field: str, message: str) -> None:
        """Note a problem with one field of one record of ``kind``."""
        self.problems.append(Problem(FILE_OF[kind], record, field, message))


def check_references(records: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """Every cross-record problem of a store whose records each validated on their own."""
    problems = check_unique_ids(records)
    known = Known(
        ids={kind.key: {r.id for r in records[kind.key]} for kind in KINDS},
        meets={m.id: m for m in records["meets"]},
        problems=problems,
    )
    for kind in KINDS:
        check = CHECKS.get(kind.key)
        if check is not None:
            for record in records[kind.key]:
                check(record, known)
    problems.extend(check_names(records))
    return problems


def check_unique_ids(records: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """One problem per id given to more than one record of the same kind."""
    problems = []
    for kind in KINDS:
        for record_id, count in Counter(r.id for r in records[kind.key]).items():
            if count > 1:
                problems.append(
                    Problem(kind.file, record_id, "id", f"duplicate id ({count} records)")
                )
    return problems


def check_athlete(person: Person, known: Known) -> None:
    """A person's sources exist."""
    known.need("athletes", person.id, "source", person.source, "sources", "source")
    for i, fact in enumerate(person.notable):
        known.need("athletes", person.id, f"notable.{i}.source", fact.source, "sources", "source")
        for j, also in enumerate(fact.also):
            known.need("athletes", person.id, f"notable.{i}.also.{j}", also, "sources", "source")


def check_meet(meet: Meet, known: Known) -> None:
    """A meet's zone exists, its dates are in order, its entrants and sources exist."""
    add = known.add
    known.need("meets", meet.id, "source", meet.source, "sources", "source")
    if not _known_zone(meet.timezone):
        add("meets", meet.id, "timezone", f"unknown time zone {meet.timezone!r}")
    if meet.start_date and meet.end_date and meet.end_date < meet.start_date:
        add(
            "meets",
            meet.id,
            "end_date",
            f"ends ({meet.end_date}) before it starts ({meet.start_date})",
        )
    if meet.end_date and not meet.start_date:
        add("meets", meet.id, "start_date", "has an end date but no start date")
    for i, entry in enumerate(meet.entries):
        known.need("meets", meet.id, f"entries.{i}.athlete", entry.athlete, "athletes", "athlete")
        known.need("meets", meet.id, f"entries.{i}.source", entry.source, "sources", "source")
    for i, event in enumerate(meet.events):
        known.need("meets", meet.id, f"events.{i}.source", event.source, "sources", "source")
        if not within(event.date, meet):
            add("meets", meet.id, f"events.{i}.date", f"{event.date} is outside the meet's dates")


def check_race(race: Race, known: Known) -> None:
    """A race is in its meet's dates, places and runners are not repeated, references exist."""
    known.need("races", race.id, "meet", race.meet, "meets", "meet")
    known.need("races", race.id, "source", race.source, "sources", "source")
    meet = known.meets.get(race.meet)
    if meet and race.date and not within(race.date, meet):
        until = meet.end_date or meet.start_date
        known.add(
            "races",
            race.id,
            "date",
            f"{race.date} is outside {meet.id} ({meet.start_date} to {until})",
        )
    if meet and race.date and race.date.year != meet.year:
        known.add("races", race.id, "date", f"{race.date} is not in {meet.id}'s year {meet.year}")
    for place, count in _repeats(row.place for row in race.results if row.place is not None):
        known.add("races", race.id, "results", f"place {place} is given to {count} athletes")
    for athlete, count in _repeats(row.athlete for row in race.results):
        known.add("races", race.id, "results", f"{athlete} has {count} rows")
    runners = {row.athlete for row in race.results}
    for i, row in enumerate(race.results):
        known.need("races", race.id, f"results.{i}.athlete", row.athlete, "athletes", "athlete")
        known.need("races", race.id, f"results.{i}.source", row.source, "sources", "source")
        for j, ahead in enumerate(row.behind):
            if ahead not in runners:
                field = f"results.{i}.behind.{j}"
                known.add("races", race.id, field, f"{ahead!r} has no row in this race")


def check_quote(quote: Quote, known: Known) -> None:
    """A quote's speaker, subjects and source exist."""
    known.need("quotes", quote.id, "speaker", quote.speaker, "athletes", "person")
    known.need("quotes", quote.id, "source", quote.source, "sources", "source")
    for i, about in enumerate(quote.about):
        known.need("quotes", quote.id, f"about.{i}", about, "athletes", "athlete")


def check_timeline_event(event: TimelineEvent, known: Known) -> None:
    """A timeline event's athletes and source exist."""
    known.need("timeline", event.id, "source", event.source, "sources", "source")
    for i, athlete in enumerate(event.athletes):
        known.need("timeline", event.id, f"athletes.{i}", athlete, "athletes", "athlete")


def check_rivalry(rivalry: Rivalry, known: Known) -> None:
    """A rivalry names known, distinct athletes and cites a known source."""
    for i, athlete in enumerate(rivalry.athletes):
        known.need("rivalries", rivalry.id, f"athletes.{i}", athlete, "athletes", "athlete")
    if len(set(rivalry.athletes)) != len(rivalry.athletes):
        known.add("rivalries", rivalry.id, "athletes", "names an athlete twice")
    known.need("rivalries", rivalry.id, "source", rivalry.source, "sources", "source")


def check_tally(tally: PublishedTally, known: Known) -> None:
    """A published count names two known, distinct athletes and cites a known source."""
    for i, athlete in enumerate(tally.athletes):
        known.need("tallies", tally.id, f"athletes.{i}", athlete, "athletes", "athlete")
    if len(set(tally.athletes)) != len(tally.athletes):
        known.add("tallies", tally.id, "athletes", "names an athlete twice")
    known.need("tallies", tally.id, "source", tally.source, "sources", "source")


def check_names(records: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """Aliases are names of what the store holds: each series names a meet, no name two things.

    A typed name must lead to one series or one person: an alias shared by two series, or by two
    people, would make the resolver guess. A year in a series alias would pin every edition to it.
    """
    problems: list[Problem] = []
    meets = records["meets"]
    owner: dict[str, str] = {}
    for series in records["series"]:
        if not any(series.covers(meet) for meet in meets):
            problems.append(
                Problem("series.yaml", series.id, "series", "names no meet in meets.yaml")
            )
        for i, alias in enumerate((series.name, *series.aliases)):
            key = normalise(alias)
            field = "name" if i == 0 else f"aliases.{i - 1}"
            if not key:
                problems.append(Problem("series.yaml", series.id, field, "is not a name"))
            elif any(len(t) == 4 and t.isdigit() for t in key.split()):
                problems.append(
                    Problem("series.yaml", series.id, field, f"{alias!r} has a year in it")
                )
            elif owner.setdefault(key, series.id) != series.id:
                problems.append(
                    Problem(
                        "series.yaml",
                        series.id,
                        field,
                        f"{alias!r} is also a name of {owner[key]!r}",
                    )
                )
    taken: dict[str, str] = {}
    for person in records["athletes"]:
        for i, alias in enumerate(person.aliases):
            key = normalise(alias)
            if taken.setdefault(key, person.id) != person.id:
                problems.append(
                    Problem(
                        "athletes.yaml",
                        person.id,
                        f"aliases.{i}",
                        f"{alias!r} is also an alias of {taken[key]!r}",
                    )
                )
    return problems


# the check of each kind's records (sources refer to nothing)
def check_lexicon_word(entry: LexiconWord, known: Known) -> None:
    """A lexicon word names a series or an English word, cites its source, and is printed there."""
    known.need("lexicon", entry.id, "source", entry.source, "sources", "source")
    known.need("lexicon", entry.id, "series", entry.series, "series", "series")
    if (entry.series is None) == (entry.means is None):
        known.add("lexicon", entry.id, "series", "give exactly one of series and means")
    if entry.word.casefold() not in entry.evidence.casefold():
        known.add("lexicon", entry.id, "evidence", f"does not print {entry.word!r}")


CHECKS: dict[str, Callable[[Any, Known], None]] = {
    "athletes": check_athlete,
    "meets": check_meet,
    "races": check_race,
    "quotes": check_quote,
    "timeline": check_timeline_event,
    "rivalries": check_rivalry,
    "lexicon": check_lexicon_word,
    "tallies": check_tally,
}


def _repeats(values: Iterable[Any]) -> list[tuple[Any, int]]:
    """Values that occur more than once, with their counts."""
    seen = list(values)
    # counting only when a repeat exists: this runs for every race at every start
    if len(set(seen)) == len(seen):
        return []
    return [(value, count) for value, count in Counter(seen).items() if count > 1]


@functools.lru_cache(maxsize=512)
def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def within(day: dt.date, meet: Meet) -> bool:
    """Whether ``day`` falls within the meet's dates (any day, when they are not known)."""
    if meet.start_date is None:
        return True
    # a meet whose end date the sources do not give may run on after its start
    if meet.end_date is None:
        return day >= meet.start_date
    return meet.start_date <= day <= meet.end_date
