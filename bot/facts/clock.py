"""When a fact became known: the day a source (or a partial date) is known by.

A page dated to the day is known from that day; one dated only to a month or a year (its own
date, or one derived from the latest thing it reports) is known from the last day of that month
or year, since nothing says it was out earlier. A page whose day is derived from the latest thing
it reports (a race report that prints no date) came out after that thing: it is known from the
next day, so a start time printed first in the report of the race is not known on race morning.
A preview whose day is derived from what it looks ahead to (``published_ahead``: "the final of
Tuesday 6 Aug") was out by that day: known from it. One rule for every day-dated page: it counts
from the start of its day in UTC, the calendar the clock's day is read in. A page dated only to a
month counts from the month's last day: an answer resting on one says so.
Answers at a clock show only what rests on pages known by the clock's day (UTC).
"""

from __future__ import annotations

import calendar
import datetime as dt


def known_day(value: str) -> dt.date:
    """The day a partial date is surely past: "2024-08" -> 31 Aug 2024, "2024" -> 31 Dec 2024."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


def source_known_day(published: str, derived: bool, ahead: bool = False) -> dt.date:
    """The day a page is known by: its date's last day, the day after for a derived whole day.

    A derived day that is the day of what the page looks ahead to (``ahead``) is its own.
    """
    day = known_day(published)
    return day + dt.timedelta(days=1) if derived and not ahead and len(published) == 10 else day


def clock_day(now: dt.datetime) -> dt.date:
    """The clock's day, in UTC: the calendar source dates are compared on."""
    return now.astimezone(dt.UTC).date()
