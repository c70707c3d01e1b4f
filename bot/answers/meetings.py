"""Meetings: every race two athletes both have a result in, who came out ahead, and tallies.

/h2h shows them (``bot/features/h2h``); /athlete counts them against frequent opponents.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.answers.common import Model, SourceRef, race_run_by, row_known, source_ref
from bot.facts.clock import known_day
from bot.facts.models import Race, ResultRow
from bot.facts.store import FactStore

# what decided who was ahead: places, a finish over a DNF/DQ, printed times, or a cited order
Basis = Literal["place", "status", "time", "order"]


class Line(Model):
    """One athlete's part of a meeting."""

    place: int | None
    time: str | None
    status: str
    # the page this line comes from (the row's own source, else the race's)
    source: SourceRef

    @classmethod
    def of(cls, store: FactStore, race: Race, row: ResultRow) -> Line:
        """The line of a stored result row."""
        ref = source_ref(store, row.source or race.source)
        return cls(place=row.place, time=row.time, status=row.status, source=ref)


class Meeting(Model):
    """A race both ran: where, when, both lines, who won and by how much."""

    race_id: str
    date: dt.date | None
    year: int
    meet_id: str
    meet: str
    event: str
    round: str
    heat: int | None
    athlete: Line
    opponent: Line
    winner: Literal["athlete", "opponent"] | None
    decided_by: Basis | None = None
    margin: float | None
    source: SourceRef
    note: str | None = None


class Tally(Model):
    """Wins each way and meetings the store cannot decide."""

    athlete: int = 0
    opponent: int = 0
    no_result: int = 0

    @property
    def total(self) -> int:
        """All meetings counted."""
        return self.athlete + self.opponent + self.no_result


class LatestRace(Model):
    """An athlete's most recent race in the store."""

    date: dt.date | None
    year: int
    meet: str
    event: str
    round: str
    place: int | None
    time: str | None
    status: str
    source: SourceRef


def decide(
    a: ResultRow, b: ResultRow, taken: frozenset[int] = frozenset()
) -> tuple[Literal["athlete", "opponent"] | None, Basis | None]:
    """Who finished ahead, and on what evidence.

    The better place; a finisher over a non-finisher; where a place is missing, the faster
    printed time; else a place whose every better place is held by another row of the race
    (``taken``: the places given in the race), since the unplaced finisher cannot hold one of
    them; else a cited "finished behind" from a row's source (a margin is not a place, but it
    says who was ahead). A race with no evidence either way stays undecided.
    """
    a_done, b_done = a.status == "finished", b.status == "finished"
    if a_done != b_done:
        return ("athlete" if a_done else "opponent"), "status"
    if not a_done:
        return None, None
    if a.place is not None and b.place is not None and a.place != b.place:
        return ("athlete" if a.place < b.place else "opponent"), "place"
    if a.seconds is not None and b.seconds is not None and a.seconds != b.seconds:
        return ("athlete" if a.seconds < b.seconds else "opponent"), "time"
    for first, second, side in ((a, b, "athlete"), (b, a, "opponent")):
        if (
            first.place is not None
            and second.place is None
            and all(p in taken for p in range(1, first.place))
        ):
            return side, "place"  # type: ignore[return-value]
    if b.athlete in a.behind and a.athlete not in b.behind:
        return "opponent", "order"
    if a.athlete in b.behind and b.athlete not in a.behind:
        return "athlete", "order"
    return None, None


def places_given(race: Race) -> frozenset[int]:
    """The places the race's rows hold."""
    return frozenset(row.place for row in race.results if row.place is not None)


def outcome(a: ResultRow, b: ResultRow) -> Literal["athlete", "opponent"] | None:
    """Who finished ahead (see :func:`decide`), or None when the store cannot say."""
    return decide(a, b)[0]


# a filter over every indoor event ("has kerr ever beaten jakob indoors")
INDOOR_EVENTS = "indoor"


def event_covers(wanted: str, event: str) -> bool:
    """Whether a race over ``event`` is one the filter ``wanted`` asks for."""
    return event == wanted or (wanted == INDOOR_EVENTS and event.endswith("(indoor)"))


def events_in_common(store: FactStore, athlete: str, opponent: str) -> list[str]:
    """Events of the races the two have met in, most frequent first."""
    counts: dict[str, int] = {}
    for race in _shared_races(store, athlete, opponent):
        counts[race.event] = counts.get(race.event, 0) + 1
    return sorted(counts, key=lambda e: (-counts[e], e))


def _shared_races(store: FactStore, athlete: str, opponent: str) -> list[Race]:
    theirs = {r.id for r in store.races_by_athlete.get(opponent, ())}
    return [r for r in store.races_by_athlete.get(athlete, ()) if r.id in theirs]


def meetings_between(
    store: FactStore,
    athlete: str,
    opponent: str,
    *,
    event: str | None = None,
    year: int | None = None,
    now: dt.datetime | None = None,
) -> list[Meeting]:
    """Every race both ran by ``now``, oldest first; one event or one year when given.

    Races not yet run at ``now`` are neither counted nor shown.
    """
    meetings: list[Meeting] = []
    for race in _shared_races(store, athlete, opponent):
        if event and not event_covers(event, race.event):
            continue
        if year and store.race_key(race)[0].year != year:
            continue
        if not race_run_by(store, race, now):
            continue
        rows = {row.athlete: row for row in race.results}
        a, b = rows[athlete], rows[opponent]
        # a line known only from a page not yet out is not a meeting the store knew of
        if not (row_known(store, race, a, now) and row_known(store, race, b, now)):
            continue
        winner, basis = decide(a, b, places_given(race))
        margin = None
        if a.seconds is not None and b.seconds is not None:
            margin = round(abs(a.seconds - b.seconds), 2)
        meet = store.meets[race.meet]
        meetings.append(
            Meeting(
                race_id=race.id,
                date=race.date,
                year=meet.year,
                meet_id=meet.id,
                meet=meet.name,
                event=race.event,
                round=race.round,
                heat=race.heat,
                athlete=Line.of(store, race, a),
                opponent=Line.of(store, race, b),
                winner=winner,
                decided_by=basis,
                margin=margin,
                source=meeting_source(store, race, a, b),
                note=race.note,
            )
        )
    return meetings


def meeting_source(store: FactStore, race: Race, a: ResultRow, b: ResultRow) -> SourceRef:
    """The one page a meeting links to, the same whichever athlete is asked first.

    The page both lines come from when they come from one, else the race's own page; each
    line keeps its own page (``Line.source``), and the answer lists all of them.
    """
    first, second = a.source or race.source, b.source or race.source
    return source_ref(store, first if first == second else race.source)


class PublishedCount(Model):
    """A head-to-head count a source states, turned to the answer's order of the two athletes."""

    scope: Literal["races", "with_heats", "championships", "last_meetings"]
    # the events it counts over; empty: all their races (or the source does not say)
    events: list[str] = []
    meetings: int | None
    athlete_wins: int | None
    opponent_wins: int | None
    # the day the count runs to: its ``until``, else the day its source is known by
    as_of: dt.date
    note: str | None
    source: SourceRef


def published_counts(
    store: FactStore, athlete: str, opponent: str, now: dt.datetime | None = None
) -> list[PublishedCount]:
    """The counts sources publish for the pair, known at ``now``, oldest first."""
    found = []
    for record in store.tallies_of(athlete, opponent):
        if not store.source_known(record.source, now):
            continue
        wins = dict(zip(record.athletes, record.wins, strict=True))
        found.append(
            PublishedCount(
                scope=record.scope,
                events=list(record.events),
                meetings=record.meetings,
                athlete_wins=wins[athlete],
                opponent_wins=wins[opponent],
                # the day the count is of: its source's own date, not when that page was out
                as_of=known_day(record.until or store.sources[record.source].published or ""),
                note=record.note,
                source=source_ref(store, record.source),
            )
        )
    return sorted(found, key=lambda c: c.as_of)


def tally(meetings: list[Meeting]) -> Tally:
    """Wins each way among ``meetings``, and the ones the store cannot decide."""
    return Tally(
        athlete=sum(m.winner == "athlete" for m in meetings),
        opponent=sum(m.winner == "opponent" for m in meetings),
        no_result=sum(m.winner is None for m in meetings),
    )


def latest_race(store: FactStore, pid: str, *, now: dt.datetime | None = None) -> LatestRace | None:
    """An athlete's most recent race in the store run by ``now``, with their line in it."""
    races = [r for r in store.races_by_athlete.get(pid, ()) if race_run_by(store, r, now)]
    rows = [(race, next(r for r in race.results if r.athlete == pid)) for race in races]
    rows = [(race, row) for race, row in rows if row_known(store, race, row, now)]
    if not rows:
        return None
    race, row = rows[-1]
    meet = store.meets[race.meet]
    return LatestRace(
        date=race.date,
        year=meet.year,
        meet=meet.name,
        event=race.event,
        round=race.round,
        place=row.place,
        time=row.time,
        status=row.status,
        source=source_ref(store, row.source or race.source),
    )
