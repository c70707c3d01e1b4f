"""When a followed race's results may be announced: the same clock rule as answers.

A results post announces a race's rows, so it waits until the race has been run and the rows
it names rest on pages out by the clock (:func:`bot.answers.common.race_run_by`,
:func:`bot.answers.common.row_known`, :mod:`bot.facts.clock`): a page dated after the clock,
a month-only page before its month's end, or a report dated only by what it reports before
the day after, all hold the post back. The timer looks again at the next instant the rule
could change its mind (a page's day, the race's start, the end of its day), so the post goes
out when the rows become known, without waiting for a reload.
"""

from __future__ import annotations

import datetime as dt

from bot.answers.common import programme_items, race_run_by, race_start, row_known
from bot.facts.models import Race
from bot.facts.store import FactStore
from bot.zones import time_zone


def results_known(facts: FactStore, race: Race, now: dt.datetime, athlete: str | None) -> bool:
    """Whether the post can announce ``race`` at ``now``, as /results would show it then.

    The race must have been run with its page out, and the rows the post names rest on
    pages out: the followed athlete's row, or (a meet follow) at least one row. The post
    shows only the rows known at ``now``, like /results at that clock.
    """
    if not race_run_by(facts, race, now):
        return False
    rows = [r for r in race.results if athlete is None or r.athlete == athlete]
    return any(row_known(facts, race, row, now) for row in rows)


def next_change(facts: FactStore, race: Race, now: dt.datetime) -> dt.datetime | None:
    """The first instant after ``now`` at which :func:`results_known` may turn true.

    Every instant the rule reads: the start of each cited or programme page's known day (UTC),
    the race's start on its programme, the end of its day (or of its meet's year) in the meet's
    zone.
    None when none is ahead (a page with no date is never known).
    """
    instants: list[dt.datetime] = []
    # the pages it rests on, and the programme's: a start time known late still counts then
    cited = {race.source, *(row.source for row in race.results if row.source)}
    for source_id in cited | {item.source for item in programme_items(facts, race)}:
        day = facts.source_days.get(source_id)
        if day is not None:
            instants.append(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC))
    meet = facts.meets[race.meet]
    zone = time_zone(meet.timezone)
    start = race_start(facts, race)
    if start is not None:
        instants.append(start)
    day = race.date or meet.end_date
    if day is not None:
        instants.append(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone))
    else:
        instants.append(dt.datetime(meet.year + 1, 1, 1, tzinfo=dt.UTC))
    ahead = [i for i in instants if i > now]
    return min(ahead) if ahead else None
