"""The rivalry's timeline, filtered by athletes and year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    known_at,
    source_ref,
)
from bot.facts.store import FactStore
from bot.phrases import Phrase


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


def timeline(
    store: FactStore,
    query: TimelineQuery,
    notes: Sequence[Phrase] = (),
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
        and known_at(store, e.date, e.source, now)
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
