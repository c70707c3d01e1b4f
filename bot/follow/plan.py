"""When to remind, from the fact store alone: pure functions of (store, follow, now)."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.answers.presence import has_athlete
from bot.facts.models import Meet, ScheduledEvent
from bot.facts.store import FactStore
from bot.follow.records import FIRST_DAY, Planned, final_label
from bot.phrases import say
from bot.zones import time_zone

# the lead times offered (phrase key -> seconds)
BEFORE_CHOICES = {
    "follow.before.15m": 15 * 60,
    "follow.before.1h": 3600,
    "follow.before.1d": 24 * 3600,
}
DEFAULT_BEFORE = 3600
NOT_HELD = ("cancelled", "postponed")


def main_event_of(store: FactStore, athlete_id: str) -> str | None:
    """The event an athlete races most often in the store (his event, for his finals)."""
    events = Counter(r.event for r in store.races_by_athlete.get(athlete_id, ()))
    return events.most_common(1)[0][0] if events else None


def _final(
    meet: Meet, events: tuple[str, ...], known: Callable[[str], bool] | None = None
) -> ScheduledEvent | None:
    """The timed final of the first of ``events`` on the meet's programme (a ``known`` page's)."""
    for name in events:
        for item in meet.events:
            timed = item.event == name and item.round == "final" and item.local_time
            if timed and (known is None or known(item.source)):
                return item
    return None


def target_of(
    store: FactStore, meet: Meet, athlete_id: str | None = None, now: dt.datetime | None = None
) -> tuple[dt.datetime, str] | None:
    """What a reminder counts down to: the followed event's final, else the first day.

    The final is the athlete's event (for an athlete follow) or the rivalry's main event;
    its time is known only where the store has the programme. None when the meet is not
    held or has no date yet. At a clock, as /next-race: the dates only once the meet's own
    page is out, a final's time only from a programme page out by then.
    """
    if meet.status in NOT_HELD or meet.start_date is None:
        return None
    if not store.source_known(meet.source, now):
        return None
    zone = time_zone(meet.timezone)
    wanted = store.main_events
    if athlete_id:
        event = main_event_of(store, athlete_id)
        wanted = (event, *wanted) if event else wanted
    final = _final(meet, wanted, lambda source: store.source_known(source, now))
    if final is not None and final.local_time is not None:
        when = dt.datetime.combine(final.date, final.local_time, tzinfo=zone)
        return when.astimezone(dt.UTC), final_label(final.event)
    start = dt.datetime.combine(meet.start_date, dt.time(0, 0), tzinfo=zone)
    return start.astimezone(dt.UTC), FIRST_DAY


def plan_meet(
    store: FactStore, meet_id: str, before_s: int, now: dt.datetime, athlete_id: str | None = None
) -> Planned | None:
    """The reminder for one meet, or None when there is nothing ahead to remind of."""
    meet = store.meets.get(meet_id)
    if meet is None:
        return None
    found = target_of(store, meet, athlete_id, now)
    if found is None or found[0] <= now:
        return None
    return Planned(meet_id, found[1], found[0], before_s)


def meets_of(store: FactStore, athlete_id: str, now: dt.datetime) -> Iterator[Meet]:
    """Meets from about today on where the store enters the athlete (and not withdrawn)."""
    horizon = now.date() - dt.timedelta(days=2)
    ordered = store.meets_by_date
    first = bisect.bisect_left(
        ordered, horizon, key=lambda m: m.start_date or dt.date(m.year, 12, 31)
    )
    for meet in ordered[first:]:
        # a confirmed entry or plan known at ``now``, not withdrawn since
        if has_athlete(store, meet, athlete_id, set(), now):
            yield meet


def plan_follow(
    store: FactStore, kind: str, target: str, before_s: int, now: dt.datetime
) -> list[Planned]:
    """Every reminder a follow wants now: its meet's, or each future meet of its athlete."""
    if kind == "meet":
        found = plan_meet(store, target, before_s, now)
        return [found] if found else []
    planned = (plan_meet(store, m.id, before_s, now, target) for m in meets_of(store, target, now))
    return [p for p in planned if p is not None]


@dataclass(frozen=True, slots=True)
class EventSpec:
    """What the Discord scheduled event of a meet says: all from the store."""

    name: str
    location: str
    start: dt.datetime
    end: dt.datetime
    description: str

    @property
    def signature(self) -> str:
        """A digest of the spec: a reload that changes it updates the Discord event."""
        text = "\0".join(
            (
                self.name,
                self.location,
                self.start.isoformat(),
                self.end.isoformat(),
                self.description,
            )
        )
        return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def event_spec(store: FactStore, meet: Meet) -> EventSpec | None:
    """The scheduled event for a meet: its days in the meet's time zone, venue, main final."""
    if meet.status in NOT_HELD or meet.start_date is None:
        return None
    zone = time_zone(meet.timezone)
    last = meet.end_date or meet.start_date
    timed = sorted(
        dt.datetime.combine(e.date, e.local_time, tzinfo=zone)
        for e in meet.events
        if e.local_time and e.date == meet.start_date
    )
    start = timed[0] if timed else dt.datetime.combine(meet.start_date, dt.time(0, 0), tzinfo=zone)
    end = dt.datetime.combine(last, dt.time(23, 59), tzinfo=zone)
    lines = [f"{meet.name}, {meet.city} ({meet.country})."]  # names, not phrases
    final = _final(meet, store.main_events)
    if final is not None and final.local_time is not None:
        lines.append(
            say(
                "events.main_final",
                event=final.event,
                day=f"{final.date:%d %b}",
                time=f"{final.local_time:%H:%M}",
                zone=meet.timezone,
            )
        )
        final_source = store.sources.get(final.source)
        if final_source and final.source != meet.source:
            lines.append(
                say("events.time_source", source=_cite(final_source.publisher, final_source.url))
            )
    source = store.sources.get(meet.source)
    if source:
        lines.append(say("follow.source", source=_cite(source.publisher, source.url)))
    location = ", ".join(p for p in (meet.venue, meet.city) if p)
    return EventSpec(
        name=meet.name[:100],
        location=location[:100],
        start=start.astimezone(dt.UTC),
        end=end.astimezone(dt.UTC),
        description="\n".join(lines)[:1000],
    )


def _cite(publisher: str | None, url: str | None) -> str:
    return " ".join(p for p in (publisher, url) if p) or "the fact store"
