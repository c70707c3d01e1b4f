"""An athlete's fastest finished time in each event, among the races the store cites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import Answer, Model, PersonRef, SourceRef, race_run_by, source_ref
from bot.facts.store import FactStore
from bot.phrases import Phrase


class Best(Model):
    """The fastest time the store holds for the athlete in one event."""

    event: str
    time: str
    meet: str
    date: dt.date | None
    source: SourceRef


class BestAnswer(Answer):
    """The athlete's best in each event, fastest-held event first by race count."""

    kind: Literal["best"] = "best"
    person: PersonRef
    bests: list[Best]


def best(
    store: FactStore,
    person_id: str,
    notes: Sequence[Phrase] = (),
    *,
    now: dt.datetime | None = None,
) -> BestAnswer:
    """The athlete's fastest finished time per event, from the races run by ``now``."""
    found: dict[str, tuple[float, Best]] = {}
    for race in store.races_by_athlete.get(person_id, ()):
        if not race_run_by(store, race, now):
            continue
        row = next(r for r in race.results if r.athlete == person_id)
        seconds = row.seconds
        if row.status != "finished" or seconds is None or row.time is None:
            continue
        if race.event in found and found[race.event][0] <= seconds:
            continue
        meet = store.meets[race.meet]
        found[race.event] = (
            seconds,
            Best(
                event=race.event,
                time=row.time,
                meet=meet.name,
                date=race.date,
                source=source_ref(store, row.source or race.source),
            ),
        )
    return BestAnswer(
        person=PersonRef.of(store.people[person_id]),
        bests=[b for _, b in sorted(found.values(), key=lambda sb: sb[1].event)],
        notes=list(notes),
        facts_as_of=store.facts_as_of,
    )
