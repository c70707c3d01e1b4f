"""When a fact became known: the day a source (or a partial date) is known by.

A page dated to the day is known from that day; one dated only to a month or a year (its own
date, or one derived from the latest thing it reports) is known from the last day of that month
or year, since nothing says it was out earlier. A page whose day is derived from the latest thing
it reports (a race report that prints no date) came out after that thing: it is known from the
next day, so a start time printed first in the report of the race is not known on race morning.
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


def source_known_day(published: str, derived: bool) -> dt.date:
    """The day a page is known by: its date's last day, the day after for a derived whole day."""
    day = known_day(published)
    return day + dt.timedelta(days=1) if derived and len(published) == 10 else day


def clock_day(now: dt.datetime) -> dt.date:
    """The clock's day, in UTC: the calendar source dates are compared on."""
    return now.astimezone(dt.UTC).date()
