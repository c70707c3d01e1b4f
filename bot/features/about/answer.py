"""/about's answer: what the store holds, its date range, and where to report a mistake."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    known_at,
    race_run_by,
    row_known,
    source_ref,
)
from bot.facts.models import Race
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
    """Counts, date range and freshness of what the store knew at ``now`` (all of it without)."""
    races = [r for r in store.races.values() if race_run_by(store, r, now)]
    run = [r.date for r in races if r.date]
    _, last = store.date_range
    last = max(run, default=last if now is None else dt.date.min)
    # the earliest race by the store's own order, which puts an undated race at its meet's year
    earliest = min(races, key=store.race_key, default=None)
    first = earliest.date if earliest else None
    year = store.meets[earliest.meet].year if earliest else last.year
    return AboutAnswer(
        counts=counts_at(store, races, now),
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
            if store.source_known(r.source, now)
        ],
    )


def counts_at(store: FactStore, races: list[Race], now: dt.datetime | None) -> dict[str, int]:
    """How many records of each kind were known at ``now`` (:meth:`FactStore.counts` without).

    A record counts once the page it rests on was out (a race also once it was run); a person
    or a meet once its own page was out.
    """
    if now is None:
        return store.counts()
    known = store.source_known
    people = [p for p in store.people.values() if known(p.source, now)]
    return {
        "sources": sum(1 for s in store.sources if known(s, now)),
        "athletes": sum(1 for p in people if p.role == "athlete"),
        "people": len(people),
        "meets": sum(1 for m in store.meets.values() if known(m.source, now)),
        "races": len(races),
        "results": sum(1 for r in races for row in r.results if row_known(store, r, row, now)),
        "quotes": sum(
            1 for q in store.quotes.values() if known_at(store, q.said_on, q.source, now)
        ),
        "timeline": sum(1 for e in store.timeline if known_at(store, e.date, e.source, now)),
        "rivalries": sum(1 for r in store.rivalries if known(r.source, now)),
    }
