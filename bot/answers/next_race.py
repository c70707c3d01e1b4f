"""The next meet: its state at ``now`` in the meet's own time zone, and what to count down to."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    race_run_by,
    source_ref,
)
from bot.answers.meet_schedule import (
    EventDay,
    ScheduledRace,
    State,
    counts_down_to,
    known_schedule,
    meet_stage,
    open_end,
    rivalry_event_day,
)
from bot.answers.plans import Setback, setbacks, undated_plans
from bot.answers.presence import at_meet, done_there, has_athlete, out_events, raced_by
from bot.facts.meet_clock import (
    known_entries,
    last_possible_day,
    meet_page,
    tells_later_page,
)
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.phrases import Phrase
from bot.zones import time_zone


class NextRaceQuery(Model):
    """Optionally one resolved athlete (and an opponent), optionally one resolved meet."""

    athlete: str | None = None
    # with an athlete: the next meet the store has both at ("when do kerr and jakob race next")
    opponent: str | None = None
    meet: str | None = None
    # the meet's words as typed, to name it when no page had named the meet at the clock
    asked: str | None = None


class EntryView(Model):
    """What a source said about an athlete and the meet: entered, a plan, or a withdrawal."""

    athlete: PersonRef
    kind: Literal["confirmed", "plan", "withdrawal"]
    reported: str | None
    source: SourceRef
    note: str | None = None


class MeetState(Model):
    """A meet as seen at one instant."""

    id: str
    name: str
    city: str
    country: str
    venue: str | None
    timezone: str
    start_date: dt.date | None
    end_date: dt.date | None
    year: int
    state: State
    # what to count down to: a race's start time, else the first day's local midnight
    target: dt.datetime | None
    target_precision: Literal["time", "date"] | None
    target_label: str | None
    day: int | None = None
    days: int | None = None
    # on with no end date in the store and past its last known day: begun, end not known
    open_end: bool = False
    # the store records the meet as held (status completed): an undated one is never "upcoming"
    held: bool = False
    # the month of the page that dates the meet when that page is dated only to a month not
    # over at ``now``: counted from the month's end (the rule), the answer says so
    month_page: str | None = None
    races_in_store: int = 0
    schedule: list[ScheduledRace] = []
    # the next race of the rivalry's events there, when a page out by then dates it: a
    # championship's "starts in 6 days" is its opening, not the 1500m final
    event_day: EventDay | None = None
    # entries known at ``now``, in the order they were reported
    entries: list[EntryView] = []
    source: SourceRef
    note: str | None = None


class AthleteNext(Model):
    """One athlete's own next meet, shown when no meet ahead has both of a pair."""

    athlete: PersonRef
    # with only his entries there (a plan stays a plan)
    meet: MeetState | None
    # what the timeline reports of him after a plan shown (an injury)
    since: list[Setback] = []


class NextRaceAnswer(Answer):
    """The meet asked for, or the next one (for an athlete when given)."""

    kind: Literal["next_race"] = "next_race"
    meet: MeetState | None
    athlete: PersonRef | None = None
    # set when the athlete is announced nowhere upcoming: the next meet of all is shown instead
    athlete_not_entered: bool = False
    # a meet asked for with an athlete: no source puts him there at ``now``
    athlete_not_at_meet: bool = False
    # asked for a pair: the meet found has both; else none ahead has both, and ``apart`` holds
    # each one's own next meet
    opponent: PersonRef | None = None
    opponent_not_at_meet: bool = False
    both_at: bool = False
    apart: list[AthleteNext] = []
    most_recent: MeetState | None = None
    # the athlete's plans or entries for meets not dated at ``now`` (a plan for "June" beside
    # an August championship): shown too, since the store cannot order them after the answer
    also_planned: list[MeetState] = []
    # what the timeline reports of the athlete after the first of those plans (an injury)
    since: list[Setback] = []
    # the meet asked for, as typed ("" when given as an id), when no page out by ``now`` had
    # named it: not known then
    unknown_meet: str | None = None
    now: dt.datetime


def meet_status(
    store: FactStore, meet: Meet, now: dt.datetime, out: Collection[str] = ()
) -> MeetState:
    """Where a meet stands at ``now``: upcoming, on (day N of M), finished, or not held.

    The countdown never points to a race of an event in ``out`` (one the athlete is out of).
    """
    zone = time_zone(meet.timezone)
    today = now.astimezone(zone).date()
    page = meet_page(store, meet, now) or meet.source
    # the meet's dates rest on its own page: before that page, only that it is held is known
    dated = page == meet.source
    start = meet.start_date if dated else None
    # with no end date in the store, the meet lasts at least to its last known race
    known = [r.date for r in store.races_by_meet.get(meet.id, ()) if r.date]
    known += [e.date for e in meet.events]
    # finished comes from the end date; without one the meet may run to its last possible day
    # (races in the store are not its programme: Paris 2024 ran on after its 1500m final)
    last = last_possible_day(meet)
    end = (meet.end_date if dated else None) or (last if start and last else None)
    schedule = known_schedule(store, meet, zone, now, out)
    state, day, days = meet_stage(store, meet, now, today, start, end)
    target, precision, label = counts_down_to(state, schedule, now, out, start, zone)
    upcoming_event = (
        rivalry_event_day(store, meet, schedule, today, now, out)
        if state in ("upcoming", "in_progress")
        else None
    )
    return MeetState(
        event_day=upcoming_event,
        id=meet.id,
        name=meet.name,
        city=meet.city,
        country=meet.country,
        venue=meet.venue,
        timezone=meet.timezone,
        start_date=start,
        end_date=meet.end_date if dated else None,
        year=meet.year,
        state=state,
        target=target,
        target_precision=precision,
        target_label=label,
        day=day,
        days=days,
        held=meet.status == "completed",
        month_page=_month_page(store, meet, now) if not dated else None,
        # (not dated at the clock but reported raced: under way, no day to count)
        open_end=state == "in_progress" and (start is None or open_end(meet, start, today, known)),
        races_in_store=sum(
            1 for r in store.races_by_meet.get(meet.id, ()) if race_run_by(store, r, now)
        ),
        schedule=schedule,
        entries=[
            EntryView(
                athlete=PersonRef.of(store.people[e.athlete]),
                kind=e.kind,
                reported=e.reported,
                source=source_ref(store, e.source),
                note=e.note,
            )
            for e in known_entries(store, meet, now)
        ],
        source=source_ref(store, page),
        note=meet.note if dated and not tells_later_page(meet.note, now) else None,
    )


def _month_page(store: FactStore, meet: Meet, now: dt.datetime) -> str | None:
    """The month of the meet's own page when it is dated only to that month and not yet over."""
    source = store.sources.get(meet.source)
    published = source.published if source else None
    if published and len(published) == 7 and published <= f"{now:%Y-%m}":
        return published
    return None


def _may_not_be_over(meet: Meet, horizon: dt.date) -> bool:
    """Whether ``meet`` could still be on or ahead (a cheap date test before the exact one)."""
    if meet.start_date is None:
        return meet.year >= horizon.year
    # without an end date a meet may run on for a while after it starts
    last = meet.end_date or meet.start_date + dt.timedelta(days=31)
    return last >= horizon


def next_race(
    store: FactStore, query: NextRaceQuery, now: dt.datetime, notes: Sequence[Phrase] = ()
) -> NextRaceAnswer:
    """The meet asked for, else the next meet (where the athlete is announced, if one is given)."""
    athlete = PersonRef.of(store.people[query.athlete]) if query.athlete else None
    rival = query.opponent if athlete and query.opponent != query.athlete else None
    opponent = PersonRef.of(store.people[rival]) if rival else None
    common: dict[str, Any] = {
        "notes": list(notes),
        "now": now,
        "facts_as_of": store.facts_as_of_at(now),
        "athlete": athlete,
        "opponent": opponent,
    }
    if query.meet:
        meet = store.meets[query.meet]
        if meet_page(store, meet, now) is None:
            # unknown then, not even its name: named as typed, never by its id's record
            asked = query.asked[:100] if query.asked and query.asked != meet.id else ""
            return NextRaceAnswer(meet=None, unknown_meet=asked, **common)
        out = out_events(store, meet, athlete.id, now) if athlete else set()
        absent = athlete is not None and not at_meet(store, meet, athlete.id, now)
        return NextRaceAnswer(
            meet=meet_status(store, meet, now, out),
            athlete_not_at_meet=absent,
            opponent_not_at_meet=rival is not None and not at_meet(store, meet, rival, now),
            **common,
        )
    # local calendars run up to a day either side of UTC: look from two days back
    horizon = now.astimezone(dt.UTC).date() - dt.timedelta(days=2)
    ordered = store.meets_by_date
    first = bisect.bisect_left(ordered, horizon, key=_sort_day)
    wanted = athlete.id if athlete else None
    candidates = ordered[max(0, first - 64) :]
    if wanted and rival:
        both = _first_ahead(store, now, candidates, horizon, wanted, rival)
        if both is not None:
            return NextRaceAnswer(meet=both, both_at=True, **common)
        apart = [_own_next(store, now, candidates, horizon, who) for who in (athlete, opponent)]
        return NextRaceAnswer(meet=None, apart=apart, **common)
    found = _first_ahead(store, now, candidates, horizon, wanted)
    if wanted and found is None:
        return NextRaceAnswer(
            meet=_first_ahead(store, now, candidates, horizon, None),
            athlete_not_entered=True,
            most_recent=_most_recent(store, now, first),
            **common,
        )
    recent = None if wanted else _most_recent(store, now, first)
    plans: list[MeetState] = []
    if wanted and found is not None and found.start_date is not None:
        plans = undated_plans(
            store,
            lambda m: meet_status(store, m, now),
            now,
            candidates,
            horizon,
            wanted,
            found,
        )
    return NextRaceAnswer(
        meet=found,
        most_recent=recent,
        also_planned=plans,
        # after his plan for the meet shown or for one not dated yet (an injury since)
        since=setbacks(store, wanted, _his(found, wanted, plans), now) if wanted else [],
        **common,
    )


def _his(found: MeetState | None, athlete: str, plans: list[MeetState]) -> list[MeetState]:
    """The meet shown with only ``athlete``'s entries, then his plans for undated meets."""
    if found is None:
        return plans
    own = [e for e in found.entries if e.athlete.id == athlete]
    return [found.model_copy(update={"entries": own}), *plans]


def _own_next(
    store: FactStore,
    now: dt.datetime,
    candidates: Sequence[Meet],
    horizon: dt.date,
    who: PersonRef | None,
) -> AthleteNext:
    """One of a pair's own next meet, with his entries there and any setback since a plan."""
    assert who is not None  # a pair asked: both resolved
    found = _first_ahead(store, now, candidates, horizon, who.id)
    if found is None:
        return AthleteNext(athlete=who, meet=None)
    his = found.model_copy(update={"entries": [e for e in found.entries if e.athlete.id == who.id]})
    return AthleteNext(athlete=who, meet=his, since=setbacks(store, who.id, [his], now))


def _first_ahead(
    store: FactStore,
    now: dt.datetime,
    candidates: Sequence[Meet],
    horizon: dt.date,
    athlete: str | None,
    opponent: str | None = None,
) -> MeetState | None:
    """The earliest meet not over (for ``athlete``, one they are announced for).

    With ``opponent`` too, one both are announced for.
    ``candidates`` are in start-date order, so the first dated hit is the answer; a meet whose
    dates are not announced yet only wins when no dated meet is ahead.
    """
    undated = None
    who = [a for a in (athlete, opponent) if a]
    raced = {a: raced_by(store, a, now) for a in who}
    for meet in candidates:
        if meet_page(store, meet, now) is None:
            continue  # a meet no page had named yet
        if not all(has_athlete(store, meet, a, raced[a], now) for a in who):
            continue
        out: set[str] = set()
        done = False
        for a in who:
            if meet.id in raced[a]:
                gone = out_events(store, meet, a, now)
                done = done or done_there(store, meet, a, gone, now)
                out |= gone
        if done:
            continue
        if not _may_not_be_over(meet, horizon):
            continue
        status = meet_status(store, meet, now, out)
        if status.state not in ("upcoming", "in_progress", "undated"):
            continue
        if status.start_date is not None:
            # an undated meet of an earlier year (its dates not known then) comes first
            early = undated is not None and undated.year < status.start_date.year
            return undated if early and undated else status
        undated = undated or status
    return undated


def _sort_day(meet: Meet) -> dt.date:
    return meet.start_date or dt.date(meet.year, 12, 31)


def _most_recent(store: FactStore, now: dt.datetime, before: int) -> MeetState | None:
    """The latest meet that has finished, searching back from index ``before``."""
    ordered = store.meets_by_date
    for meet in reversed(ordered[: min(len(ordered), before + 64)]):
        if meet_page(store, meet, now) is None:
            continue
        status = meet_status(store, meet, now)
        if status.state == "finished":
            return status
    return None
