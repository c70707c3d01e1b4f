"""A meet's programme at a clock: its races as known then, its stage, what it counts down to.

Split from :mod:`bot.answers.next_race` (which builds the answer from these): each part reads
only pages out by ``now``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Literal
from zoneinfo import ZoneInfo

from bot.answers.common import Model, SourceRef, race_run_by, race_start, source_ref
from bot.facts.meet_clock import reported_over
from bot.facts.models import Meet
from bot.facts.store import FactStore

State = Literal["upcoming", "in_progress", "finished", "postponed", "cancelled", "undated"]


class ScheduledRace(Model):
    """A race on the programme, with its start as an aware UTC instant when known."""

    event: str
    round: str
    date: dt.date
    starts_at: dt.datetime | None
    source: SourceRef


class EventDay(Model):
    """The next race of a rivalry event at the meet: its own day, and its start when known."""

    event: str
    round: str
    date: dt.date
    starts_at: dt.datetime | None = None


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """A day's first moment in the meet's zone, in UTC."""
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=zone).astimezone(dt.UTC)


def known_schedule(
    store: FactStore, meet: Meet, zone: ZoneInfo, now: dt.datetime, out: Collection[str]
) -> list[ScheduledRace]:
    """The meet's races in order, as known at ``now``, less those of events in ``out``."""
    return [
        ScheduledRace(
            event=e.event,
            round=e.round,
            date=e.date,
            starts_at=(
                dt.datetime.combine(e.date, e.local_time, tzinfo=zone).astimezone(dt.UTC)
                if e.local_time
                else None
            ),
            source=source_ref(store, e.source),
        )
        for e in sorted(meet.events, key=lambda e: (e.date, e.local_time or dt.time(0)))
        # not a race of an event he is out of, nor one known only from a page not yet published
        if e.event not in out and store.source_known(e.source, now)
    ]


def meet_stage(
    store: FactStore,
    meet: Meet,
    now: dt.datetime,
    today: dt.date,
    start: dt.date | None,
    end: dt.date | None,
) -> tuple[State, int | None, int | None]:
    """The meet's state on ``today``, and its day N of M while it is on."""
    if meet.status in ("cancelled", "postponed"):
        return meet.status, None, None
    if start is None or end is None:
        # a page out by now reports its races (a report comes after the race): it was held,
        # though the store does not date it at the clock (or at all); a report of its first
        # heats says it began, not that it is over: on until the longest span a meet may have
        if meet.year < today.year:
            return "finished", None, None
        over = reported_over(store, meet, now)
        if over is None:
            return "undated", None, None
        return ("finished" if over else "in_progress"), None, None
    if today < start:
        return "upcoming", None, None
    if today <= end:
        days = (end - start).days + 1 if meet.end_date else None
        return "in_progress", (today - start).days + 1, days
    return "finished", None, None


def open_end(meet: Meet, start: dt.date | None, today: dt.date, known: Sequence[dt.date]) -> bool:
    """Whether a meet is on with no end date in the store and past its last known day.

    It is not called finished (races in the store are not its programme), nor "happening
    now": the answer says it began and that its end is not in the store.
    """
    if meet.end_date is not None or start is None:
        return False
    return start <= today and today > max([start, *known])


def counts_down_to(
    state: State,
    schedule: list[ScheduledRace],
    now: dt.datetime,
    out: Collection[str],
    start: dt.date | None,
    zone: ZoneInfo,
) -> tuple[dt.datetime | None, Literal["time", "date"] | None, str | None]:
    """What a meet not yet over counts down to: its next timed race, else its first day."""
    if state not in ("upcoming", "in_progress"):
        return None, None, None
    timed = [r for r in schedule if r.starts_at and r.starts_at > now and r.event not in out]
    if timed:
        return timed[0].starts_at, "time", f"{timed[0].event} {timed[0].round}"
    if state == "upcoming" and start is not None:
        return local_midnight(start, zone), "date", "first day"
    return None, None, None


def rivalry_event_day(
    store: FactStore,
    meet: Meet,
    schedule: Sequence[ScheduledRace],
    today: dt.date,
    now: dt.datetime,
    out: Collection[str],
) -> EventDay | None:
    """The next race of a rivalry event there not yet run, from pages out by ``now``.

    From the programme, else from the meet's races (a page out by then dates them); a race
    already started, or one the athlete is out of, is not next.
    """
    main = store.main_events
    days = [
        EventDay(event=r.event, round=r.round, date=r.date, starts_at=r.starts_at)
        for r in schedule
        if r.event in main and r.date >= today and (r.starts_at is None or r.starts_at > now)
    ]
    for race in store.races_by_meet.get(meet.id, ()):
        if (
            race.date is not None
            and race.date >= today
            and race.event in main
            and race.event not in out
            and store.source_known(race.source, now)
            and not race_run_by(store, race, now)
        ):
            begins = race_start(store, race, now)
            start = begins.astimezone(dt.UTC) if begins else None
            days.append(
                EventDay(event=race.event, round=race.round, date=race.date, starts_at=start)
            )
    # a championship's last round of the day first: the final, not a heat run the same day
    order = {"final": 0, "semi-final": 1}
    return min(days, key=lambda d: (d.date, order.get(d.round, 2)), default=None)
