"""/h2h's answer: the record of two athletes over the races they both ran."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import Answer, Model, PersonRef, SourceRef, distinct
from bot.answers.meetings import (
    LatestRace,
    Meeting,
    PublishedCount,
    Tally,
    latest_race,
    meetings_between,
    published_counts,
    tally,
)
from bot.charts.spec import short_meet
from bot.facts.store import FactStore
from bot.phrases import Phrase


class H2HQuery(Model):
    """Two resolved athletes, optionally one event, one year, finals only."""

    athlete: str
    opponent: str
    event: str | None = None
    finals_only: bool = False
    year: int | None = None


class H2HAnswer(Answer):
    """The head-to-head record of two athletes, newest meeting first."""

    kind: Literal["h2h"] = "h2h"
    athlete: PersonRef
    opponent: PersonRef
    event: str | None
    finals_only: bool
    year: int | None = None
    tally: Tally
    finals_tally: Tally
    meetings: list[Meeting]
    first: Meeting | None
    last: Meeting | None
    latest: dict[str, LatestRace] = {}
    # the events of a rivalry (knowledge/rivalries.yaml) the two athletes share, if any
    rivalry_events: list[str] = []
    # each meet's short name as fans say it ("Worlds '23", "Zurich '24"), by meet id
    short_meets: dict[str, str] = {}
    # counts sources publish for the pair (with heats, championships only...), beside the
    # store's own tally, which is over the races the store holds
    published: list[PublishedCount] = []

    @property
    def sources(self) -> list[SourceRef]:
        """Every source the meetings cite (race and both lines), once each."""
        cited = [r for m in self.meetings for r in (m.source, m.athlete.source, m.opponent.source)]
        return distinct([*cited, *(p.source for p in self.published)])


def same_scope(count: PublishedCount, query: H2HQuery, counted: Sequence[Meeting]) -> bool:
    """Whether a published count is of the races the answer counts, so that it may stand beside.

    Never beside one year's, the finals' or a championships-only tally; beside one event's only
    when the count is of that event alone; beside all events' when its events hold every event
    the pair met in (indoors the same event: "1500m (indoor)" is 1500m).
    """
    if query.year is not None or query.finals_only or count.scope == "championships":
        return False
    if query.event is not None:
        return set(count.events) == {query.event}
    events = {e.removesuffix(" (indoor)") for e in count.events}
    return not events or {m.event.removesuffix(" (indoor)") for m in counted} <= events


def head_to_head(
    store: FactStore,
    query: H2HQuery,
    notes: Sequence[Phrase] = (),
    *,
    now: dt.datetime | None = None,
) -> H2HAnswer:
    """Compute the head-to-head of ``query.athlete`` against ``query.opponent`` at ``now``.

    Races not yet run at ``now`` are neither counted nor shown.
    """
    meetings = meetings_between(
        store, query.athlete, query.opponent, event=query.event, year=query.year, now=now
    )
    finals = [m for m in meetings if m.round == "final"]
    counted = finals if query.finals_only else meetings
    latest: dict[str, LatestRace] = {}
    if not meetings:
        for pid in (query.athlete, query.opponent):
            last_race = latest_race(store, pid, now=now)
            if last_race is not None:
                latest[pid] = last_race
    rivalry = store.rivalry_of(query.athlete, query.opponent)
    return H2HAnswer(
        notes=list(notes),
        rivalry_events=list(rivalry.events) if rivalry else [],
        athlete=PersonRef.of(store.people[query.athlete]),
        opponent=PersonRef.of(store.people[query.opponent]),
        event=query.event,
        finals_only=query.finals_only,
        year=query.year,
        tally=tally(counted),
        finals_tally=tally(finals),
        meetings=list(reversed(counted)),
        first=counted[0] if counted else None,
        last=counted[-1] if counted else None,
        latest=latest,
        short_meets={m.meet_id: short_meet(store.meets[m.meet_id]) for m in counted},
        published=[
            p
            for p in published_counts(store, query.athlete, query.opponent, now)
            if same_scope(p, query, counted)
        ],
        facts_as_of=store.facts_as_of_at(now),
    )
