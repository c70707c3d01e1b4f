"""Head-to-head: every race two athletes both have a result in, and who came out ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import Answer, Model, PersonRef, SourceRef, distinct, source_ref
from bot.facts.models import Race, ResultRow
from bot.facts.store import FactStore


class H2HQuery(Model):
    """Two resolved athletes, optionally one event, optionally finals only."""

    athlete: str
    opponent: str
    event: str | None = None
    finals_only: bool = False


class Line(Model):
    """One athlete's part of a meeting."""

    place: int | None
    time: str | None
    status: str

    @classmethod
    def of(cls, row: ResultRow) -> Line:
        """The line of a stored result row."""
        return cls(place=row.place, time=row.time, status=row.status)


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


class H2HAnswer(Answer):
    """The head-to-head record of two athletes, newest meeting first."""

    kind: Literal["h2h"] = "h2h"
    athlete: PersonRef
    opponent: PersonRef
    event: str | None
    finals_only: bool
    tally: Tally
    finals_tally: Tally
    meetings: list[Meeting]
    first: Meeting | None
    last: Meeting | None
    latest: dict[str, LatestRace] = {}

    @property
    def sources(self) -> list[SourceRef]:
        """Every source the meetings cite, once each."""
        return distinct(m.source for m in self.meetings)


def outcome(a: ResultRow, b: ResultRow) -> Literal["athlete", "opponent"] | None:
    """Who finished ahead: the better place, a finisher over a non-finisher, else None."""
    a_done, b_done = a.status == "finished", b.status == "finished"
    if a_done and not b_done:
        return "athlete"
    if b_done and not a_done:
        return "opponent"
    if not a_done:
        return None
    if a.place is not None and b.place is not None and a.place != b.place:
        return "athlete" if a.place < b.place else "opponent"
    both_timed = a.seconds is not None and b.seconds is not None
    if a.place is None and b.place is None and both_timed and a.seconds != b.seconds:
        return "athlete" if a.seconds < b.seconds else "opponent"  # type: ignore[operator]
    return None


def events_in_common(store: FactStore, athlete: str, opponent: str) -> list[str]:
    """Events of the races the two have met in, most frequent first."""
    counts: dict[str, int] = {}
    for race in _shared_races(store, athlete, opponent):
        counts[race.event] = counts.get(race.event, 0) + 1
    return sorted(counts, key=lambda e: (-counts[e], e))


def _shared_races(store: FactStore, athlete: str, opponent: str) -> list[Race]:
    theirs = {r.id for r in store.races_by_athlete.get(opponent, ())}
    return [r for r in store.races_by_athlete.get(athlete, ()) if r.id in theirs]


def head_to_head(store: FactStore, query: H2HQuery, notes: Sequence[str] = ()) -> H2HAnswer:
    """Compute the head-to-head of ``query.athlete`` against ``query.opponent``."""
    meetings: list[Meeting] = []
    for race in _shared_races(store, query.athlete, query.opponent):
        if query.event and race.event != query.event:
            continue
        rows = {row.athlete: row for row in race.results}
        a, b = rows[query.athlete], rows[query.opponent]
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
                athlete=Line.of(a),
                opponent=Line.of(b),
                winner=outcome(a, b),
                margin=margin,
                source=source_ref(store, a.source or b.source or race.source),
                note=race.note,
            )
        )
    finals = [m for m in meetings if m.round == "final"]
    counted = finals if query.finals_only else meetings
    newest_first = list(reversed(counted))
    latest: dict[str, LatestRace] = {}
    if not meetings:
        for pid in (query.athlete, query.opponent):
            race = latest_race(store, pid)
            if race is not None:
                latest[pid] = race
    return H2HAnswer(
        notes=list(notes),
        athlete=PersonRef.of(store.people[query.athlete]),
        opponent=PersonRef.of(store.people[query.opponent]),
        event=query.event,
        finals_only=query.finals_only,
        tally=_tally(counted),
        finals_tally=_tally(finals),
        meetings=newest_first,
        first=counted[0] if counted else None,
        last=counted[-1] if counted else None,
        latest=latest,
        facts_as_of=store.facts_as_of,
    )


def _tally(meetings: list[Meeting]) -> Tally:
    return Tally(
        athlete=sum(m.winner == "athlete" for m in meetings),
        opponent=sum(m.winner == "opponent" for m in meetings),
        no_result=sum(m.winner is None for m in meetings),
    )


def latest_race(store: FactStore, pid: str) -> LatestRace | None:
    """An athlete's most recent race in the store, with their line in it."""
    races = store.races_by_athlete.get(pid)
    if not races:
        return None
    race = races[-1]
    row = next(r for r in race.results if r.athlete == pid)
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
