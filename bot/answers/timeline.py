"""The rivalry's timeline, filtered by athletes and year, and what the store holds overall."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    dated_by,
    race_run_by,
    source_ref,
)
from bot.facts.store import FactStore


class TimelineQuery(Model):
    """Resolved athletes (none, one or two), an optional year, and the order."""

    athletes: list[str] = []
    year: int | None = None
    newest_first: bool = True


class TimelineItem(Model):
    """One dated moment."""

    id: str
    date: str  # as precise as the source: "2024-08-06", "2024-08" or "2024"
    title: str
    summary: str
    source: SourceRef
    # what a fan should know beside it (another source that disagrees)
    note: str | None = None


class TimelineAnswer(Answer):
    """Matching timeline events in the order asked for."""

    kind: Literal["timeline"] = "timeline"
    athletes: list[PersonRef]
    year: int | None
    newest_first: bool
    items: list[TimelineItem]


class RivalryRef(Model):
    """A rivalry the bot is about, with the source that calls it one."""

    id: str
    title: str
    athletes: list[PersonRef]
    events: list[str]
    source: SourceRef


class AboutAnswer(Answer):
    """What the bot knows and how to report a mistake."""

    kind: Literal["about"] = "about"
    counts: dict[str, int]
    # the first race's day, or None when the store has only its year (first_year)
    first_race: dt.date | None
    first_year: int
    last_race: dt.date
    issues_url: str
    rivalries: list[RivalryRef]


def timeline(
    store: FactStore,
    query: TimelineQuery,
    notes: Sequence[str] = (),
    *,
    now: dt.datetime | None = None,
) -> TimelineAnswer:
    """Timeline events involving every athlete asked for, in the year asked for, up to ``now``."""
    wanted = set(query.athletes)
    items = [
        TimelineItem(
            id=e.id,
            date=e.date,
            title=e.title,
            summary=e.summary,
            source=source_ref(store, e.source),
            note=e.note,
        )
        for e in store.timeline
        if wanted <= set(e.athletes)
        and (query.year is None or e.date.startswith(str(query.year)))
        and dated_by(e.date, now)
    ]
    if query.newest_first:
        items.reverse()
    return TimelineAnswer(
        notes=list(notes),
        athletes=[PersonRef.of(store.people[a]) for a in query.athletes],
        year=query.year,
        newest_first=query.newest_first,
        items=items,
        facts_as_of=store.facts_as_of_at(now),
    )


def about(store: FactStore, issues_url: str, *, now: dt.datetime | None = None) -> AboutAnswer:
    """Counts, date range and freshness of the store, the last race and source by ``now``."""
    _, last = store.date_range
    if now is not None:
        run = [r.date for r in store.races.values() if r.date and race_run_by(store, r, now)]
        last = max(run, default=last)
    # the earliest race by the store's own order, which puts an undated race at its meet's year
    earliest = min(store.races.values(), key=store.race_key, default=None)
    first = earliest.date if earliest else None
    year = store.meets[earliest.meet].year if earliest else last.year
    return AboutAnswer(
        counts=store.counts(),
        first_race=first,
        first_year=year,
        last_race=last,
        facts_as_of=store.facts_as_of_at(now),
        issues_url=issues_url,
        rivalries=[
            RivalryRef(
                id=r.id,
                title=r.title,
                athletes=[PersonRef.of(store.people[a]) for a in r.athletes],
                events=list(r.events),
                source=source_ref(store, r.source),
            )
            for r in store.rivalries
        ],
    )
