"""/about's answer: what the store holds, its date range, and where to report a mistake."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    race_run_by,
    source_ref,
)
from bot.facts.store import FactStore


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
