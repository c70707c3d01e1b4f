"""When a follow's results post may go out: the timer wakes no later than the rule turns true."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.facts.store import FactStore
from bot.follow.results_clock import next_change, results_known

FINAL = "2023-worlds-budapest-1500m-final"


def _late(store: FactStore, race_id: str, now: dt.datetime, athlete: str | None) -> bool:
    """Whether the results turn known before the instant ``next_change`` wakes at."""
    race = store.races[race_id]
    wake = next_change(store, race, now)
    probe = wake - dt.timedelta(microseconds=1) if wake else now + dt.timedelta(days=800)
    return probe > now and results_known(store, race, probe, athlete)


def _rebuilt(store: FactStore, **meets: object) -> FactStore:
    """The same records in a new store, with some meets' fields replaced."""
    changed = [
        dataclasses.replace(m, **meets[m.id]) if m.id in meets else m  # type: ignore[arg-type]
        for m in store.meets.values()
    ]
    return FactStore(
        sources=list(store.sources.values()),
        athletes=list(store.people.values()),
        meets=changed,
        races=list(store.races.values()),
        quotes=list(store.quotes.values()),
        timeline=list(store.timeline),
        series=store.series.values(),
        rivalries=store.rivalries,
        lexicon=store.lexicon,
        tallies=store.tallies.values(),
    )


def test_a_programme_page_out_after_the_start_wakes_the_timer_on_its_day(store: FactStore) -> None:
    # West of UTC a race can start before midnight UTC and end its local day hours after: a
    # programme page dated the next (UTC) day makes the result known at that midnight, not at
    # the end of the local day.
    meet = store.meets["2023-worlds-budapest"]
    final = next(e for e in meet.events if e.event == "1500m" and e.round == "final")
    afternoon = dataclasses.replace(final, local_time=dt.time(15, 0))
    west = _rebuilt(
        store,
        **{"2023-worlds-budapest": {"timezone": "America/Los_Angeles", "events": (afternoon,)}},
    )
    race = west.races[FINAL]
    programme_day = west.source_days[final.source]
    assert west.source_days[race.source] < programme_day  # the report is out before
    now = dt.datetime(2023, 8, 23, 23, 0, tzinfo=dt.UTC)  # started at 22:00 UTC (15:00 PDT)
    assert not results_known(west, race, now, "josh-kerr")
    midnight = dt.datetime.combine(programme_day, dt.time(), tzinfo=dt.UTC)
    assert next_change(west, race, now) == midnight
    assert results_known(west, race, midnight, "josh-kerr")


@pytest.mark.parametrize("athlete", [None, "josh-kerr"])
def test_the_timer_is_never_late_on_any_race_of_the_store(
    store: FactStore, athlete: str | None
) -> None:
    late = []
    for race in store.races.values():
        meet = store.meets[race.meet]
        day = race.date or meet.end_date or meet.start_date
        if day is None or (athlete and all(r.athlete != athlete for r in race.results)):
            continue
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) - dt.timedelta(days=2)
        for hours in range(0, 24 * 6, 3):
            now = start + dt.timedelta(hours=hours)
            if not results_known(store, race, now, athlete) and _late(store, race.id, now, athlete):
                late.append((race.id, now))
    assert not late
