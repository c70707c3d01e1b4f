"""An athlete's progression in the store: best time per season per main event, and medals.

Only results the store holds count: a season best here is the fastest time among the races
the store cites, not the athlete's official season best.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Literal

from bot.answers.common import Model, SourceRef, race_run_by, row_known, source_ref
from bot.answers.results import CHAMPIONSHIPS
from bot.facts.store import FactStore

MAX_EVENTS = 2  # panels side by side in an image about 400 px wide


class SeasonBest(Model):
    """The fastest time the store holds for the athlete in one event in one season."""

    event: str
    year: int
    time: str
    seconds: float
    meet: str
    date: dt.date | None
    source: SourceRef


class Medal(Model):
    """A top-three place in a championship final."""

    event: str
    year: int
    place: Literal[1, 2, 3]
    meet: str
    series: str
    time: str | None
    source: SourceRef


class Progression(Model):
    """Season bests in the athlete's main events (oldest season first) and their medals."""

    events: list[str]
    seasons: list[SeasonBest]
    medals: list[Medal]

    def bests(self, event: str) -> list[SeasonBest]:
        """The season bests of one event, oldest first."""
        return [s for s in self.seasons if s.event == event]


def progression(store: FactStore, person_id: str, *, now: dt.datetime | None = None) -> Progression:
    """Season bests and championship medals of ``person_id`` from the races run by ``now``."""
    best: dict[tuple[str, int], SeasonBest] = {}
    medals: list[Medal] = []
    races_per_event: dict[str, int] = defaultdict(int)
    for race in store.races_by_athlete.get(person_id, ()):
        if not race_run_by(store, race, now):
            continue
        row = next(r for r in race.results if r.athlete == person_id)
        if row.status != "finished" or not row_known(store, race, row, now):
            continue
        meet = store.meets[race.meet]
        source = source_ref(store, row.source or race.source)
        if meet.series in CHAMPIONSHIPS and race.round == "final" and row.place in (1, 2, 3):
            medals.append(
                Medal(
                    event=race.event,
                    year=meet.year,
                    place=row.place,  # type: ignore[arg-type]
                    meet=meet.name,
                    series=meet.series or "",
                    time=row.time,
                    source=source,
                )
            )
        seconds = row.seconds
        if seconds is None or row.time is None:
            continue
        races_per_event[race.event] += 1
        key = (race.event, meet.year)
        if key not in best or seconds < best[key].seconds:
            best[key] = SeasonBest(
                event=race.event,
                year=meet.year,
                time=row.time,
                seconds=seconds,
                meet=meet.name,
                date=race.date,
                source=source,
            )
    events = _main_events(best, races_per_event)
    return Progression(
        events=events,
        seasons=sorted((b for b in best.values() if b.event in events), key=_season_order),
        medals=medals,
    )


def _season_order(season: SeasonBest) -> tuple[int, str]:
    return season.year, season.event


def _main_events(best: dict[tuple[str, int], SeasonBest], races: dict[str, int]) -> list[str]:
    """The events with the most seasons (then races) in the store, at most MAX_EVENTS.

    An event with a single season is a main event only when no event has two: one point
    shows no progression.
    """
    seasons: dict[str, int] = defaultdict(int)
    for event, _ in best:
        seasons[event] += 1
    ranked = sorted(seasons, key=lambda e: (-seasons[e], -races[e], e))
    several = [e for e in ranked if seasons[e] >= 2]
    return (several or ranked[:1])[:MAX_EVENTS]
