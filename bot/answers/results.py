"""Results of one race at a meet, as the store has them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import ClassVar, Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    distinct,
    race_run_by,
    row_known,
    source_ref,
)
from bot.answers.meet_schedule import ScheduledRace, known_schedule
from bot.facts.models import Meet, Race
from bot.facts.store import ROUND_ORDER, FactStore
from bot.phrases import Phrase
from bot.zones import time_zone

# meets whose finals award championship medals (the Diamond League Final awards none)
CHAMPIONSHIPS = frozenset(
    {
        "Olympics",
        "World Championships",
        "World Indoor Championships",
        "European Championships",
        "European Indoor Championships",
        "Commonwealth Games",
        "World U20 Championships",
    }
)


class ResultsQuery(Model):
    """A resolved meet, optionally an event and a round, or one race of it by id."""

    meet: str
    event: str | None = None
    round: str | None = None
    # which heat or semi-final of the round ("heat 2"): the races the store numbers
    heat: int | None = None
    race: str | None = None  # a race picked from the meet's list


class ResultLine(Model):
    """One row of a result list."""

    place: int | None
    athlete: PersonRef
    time: str | None
    status: str
    note: str | None
    source: SourceRef | None


class RaceRef(Model):
    """A race of the meet, for "other races" and autocomplete."""

    id: str
    event: str
    round: str
    heat: int | None
    date: dt.date | None


class ResultsAnswer(Answer):
    """The rows of one race, best place first, with its sources."""

    kind: Literal["results"] = "results"
    meet_id: str
    meet: str
    race: RaceRef
    rows: list[ResultLine]
    source: SourceRef
    note: str | None
    other_races: list[RaceRef]
    # a championship final: its first three won medals
    medals: bool = False

    @property
    def sources(self) -> list[SourceRef]:
        """The race's source, then any row's own source."""
        return distinct([self.source, *(r.source for r in self.rows if r.source)])


class NoResults(Answer):
    """The meet has no race (of that event or round) in the store."""

    refusal: ClassVar[bool] = True
    kind: Literal["no_results"] = "no_results"
    meet_id: str
    meet: str
    wanted: str | None
    # what ``wanted`` is made of, so that the round can be named in the viewer's language
    event: str | None = None
    round: str | None = None
    heat: int | None = None
    other_races: list[RaceRef]
    # the race asked for on the programme, not run yet at the clock ("the final is tonight"),
    # and the meet's place and zone to say its time in
    pending: ScheduledRace | None = None
    city: str = ""
    timezone: str = "UTC"


def race_ref(race: Race) -> RaceRef:
    """The short reference of a race."""
    return RaceRef(id=race.id, event=race.event, round=race.round, heat=race.heat, date=race.date)


def default_race(store: FactStore, races: tuple[Race, ...]) -> Race:
    """The rivalries' main event (its final first) when the races hold it, else the first race."""
    for event in store.main_events:
        of_event = [r for r in races if r.event == event]
        if of_event:
            finals = [r for r in of_event if r.round == "final"]
            return (finals or of_event)[0]
    return races[0]


def meet_results(
    store: FactStore,
    query: ResultsQuery,
    notes: Sequence[Phrase] = (),
    *,
    now: dt.datetime | None = None,
) -> ResultsAnswer | NoResults:
    """The race asked for at the meet, or the meet's main race (races run by ``now`` only)."""
    meet = store.meets[query.meet]
    races = [r for r in store.races_by_meet.get(meet.id, ()) if race_run_by(store, r, now)]
    chosen = [r for r in races if (query.event is None or r.event == query.event)]
    if query.round:
        chosen = [r for r in chosen if r.round == query.round]
    if query.heat is not None and query.round != "final":
        # a number names one heat or semi-final (a final has none: "final 2" is the final)
        chosen = [r for r in chosen if r.heat == query.heat and r.round != "final"]
    if query.race:
        chosen = [r for r in chosen if r.id == query.race]
    chosen.sort(key=lambda r: (-ROUND_ORDER[r.round], r.heat or 0))
    others = [race_ref(r) for r in races]
    if not chosen:
        number = str(query.heat) if query.heat is not None else None
        wanted = " ".join(p for p in (query.event, query.round, number) if p) or None
        return NoResults(
            pending=_pending(store, meet, query, now),
            city=meet.city,
            timezone=meet.timezone,
            notes=list(notes),
            meet_id=meet.id,
            meet=meet.name,
            wanted=wanted,
            event=query.event,
            round=query.round,
            heat=query.heat,
            other_races=others,
            facts_as_of=store.facts_as_of_at(now),
        )
    # a round asked for without an event ("the paris final") is the main event's round
    race = default_race(store, tuple(chosen)) if query.event is None else chosen[0]
    rows = [
        ResultLine(
            place=row.place,
            athlete=PersonRef.of(store.people[row.athlete]),
            time=row.time,
            status=row.status,
            note=row.note,
            source=source_ref(store, row.source) if row.source else None,
        )
        for row in race.results
        if row_known(store, race, row, now)
    ]
    return ResultsAnswer(
        notes=list(notes),
        meet_id=meet.id,
        meet=meet.name,
        race=race_ref(race),
        rows=rows,
        source=source_ref(store, race.source),
        note=race.note,
        other_races=[r for r in others if r.id != race.id],
        medals=race.round == "final" and meet.series in CHAMPIONSHIPS,
        facts_as_of=store.facts_as_of_at(now),
    )


def _pending(
    store: FactStore, meet: Meet, query: ResultsQuery, now: dt.datetime | None
) -> ScheduledRace | None:
    """The race asked for as the meet's programme, out by ``now``, has it ahead (none run yet).

    Only a programme page out by then says when: a report printed after the race does not.
    """
    if now is None:
        return None
    zone = time_zone(meet.timezone)
    today = now.astimezone(zone).date()
    main = (query.event,) if query.event else tuple(store.main_events)
    ahead = [
        race
        for race in known_schedule(store, meet, zone, now, ())
        if race.event in main
        and race.round == (query.round or "final")
        and (race.starts_at > now if race.starts_at else race.date >= today)
    ]
    return ahead[0] if ahead else None


def events_at(store: FactStore, meet_id: str) -> list[str]:
    """The events of a meet's races in the store."""
    return sorted({r.event for r in store.races_by_meet.get(meet_id, ())})
