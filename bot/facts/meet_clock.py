"""What the store knew of a meet at a clock: whether any page had named it, and its entries.

Shared by the answers and the name resolver, so that a meet picked as "the next one" is one the
answer can show: a meet named only by pages out after the clock was not known then.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.facts.clock import clock_day
from bot.facts.models import Entry, Meet, partial_start
from bot.facts.store import FactStore


def _begun(value: str | None, now: dt.datetime | None) -> bool:
    """Whether a (partial) date had begun at ``now`` (always, without a date or a clock)."""
    return now is None or not value or partial_start(value) <= clock_day(now)


def known_entries(store: FactStore, meet: Meet, now: dt.datetime | None) -> list[Entry]:
    """The meet's entries known at ``now``, oldest page first.

    Reported by then, and from a page out by then: an entry reported on a day but printed
    first in a later page was not known to the store's reader before that page.
    """
    known = [
        e for e in meet.entries if _begun(e.reported, now) and store.source_known(e.source, now)
    ]
    return sorted(known, key=lambda e: store.source_days.get(e.source, dt.date.min))


def meet_page(store: FactStore, meet: Meet, now: dt.datetime | None) -> str | None:
    """The page the meet is known from at ``now``, or None when no page had named it yet.

    Its own page (which gives its dates) once out; before that, the first page out by then of
    an entry, a programme item or a result, which names the meet but not its dates.
    """
    if store.source_known(meet.source, now):
        return meet.source
    named = [e.source for e in known_entries(store, meet, now)]
    named += [e.source for e in meet.events if store.source_known(e.source, now)]
    named += [
        r.source for r in store.races_by_meet.get(meet.id, ()) if store.source_known(r.source, now)
    ]
    return min(named, key=lambda s: store.source_days[s], default=None)


# days a meet's span may have: a meet whose end date is not in the store is taken to be on (its
# end unknown) until that many days after its first day, never "finished" on the strength of
# the races the store happens to hold (Paris 2024's 1500m final on 6 Aug was not its last day)
LONGEST_MEET = 31


def last_possible_day(meet: Meet) -> dt.date | None:
    """The last day a meet may be on: its end date, else its start plus :data:`LONGEST_MEET`."""
    if meet.end_date is not None:
        return meet.end_date
    if meet.start_date is not None:
        return meet.start_date + dt.timedelta(days=LONGEST_MEET)
    return None


def meet_over(store: FactStore, meet: Meet, today: dt.date) -> bool:
    """Whether a meet is over on ``today``: the one rule of "finished" for every path.

    Over after its end date; without one, after :func:`last_possible_day`; without any date,
    once its year is over or pages out by ``today`` report it over (:func:`reported_over`: a
    report of its heats says it began, not that it ended). Races in the
    store never end a dated meet: a meet in progress is the current one.
    """
    last = last_possible_day(meet)
    if last is not None:
        return last < today
    return meet.year < today.year or bool(reported_over(store, meet, noon(today)))


def reported_over(store: FactStore, meet: Meet, now: dt.datetime) -> bool | None:
    """What pages out by ``now`` that report the meet's races say of a meet without dates.

    None when none reports a race run; True when each event reported has its final reported
    (or the longest span a meet may have has passed since the last reported race); False when
    only earlier rounds are: a report of its heats says it began, not that it ended.
    """
    run = [
        r
        for r in store.races_by_meet.get(meet.id, ())
        if store.source_known(r.source, now) and r.results
    ]
    if not run:
        return None
    finals = {r.event for r in run if r.round == "final"}
    if {r.event for r in run} <= finals:
        return True
    last = max(r.date or store.source_days.get(r.source, dt.date.min) for r in run)
    return last + dt.timedelta(days=LONGEST_MEET) < clock_day(now)


def noon(day: dt.date) -> dt.datetime:
    """A clock on ``day`` (UTC), for callers that hold a day: sources are compared by day."""
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS["sept"] = 9
# a note that says where a fact came from: "from the Irish Times report of Tuesday 6 Aug 2024"
_PAGE_WORDS = re.compile(r"\b(report|reports|report's|article|dateline|page)\b", re.IGNORECASE)
_DAY = re.compile(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b")


def tells_later_page(note: str | None, now: dt.datetime) -> bool:
    """Whether ``note`` cites a report dated after ``now``: at that clock it was not written.

    A note on where a fact came from names its page's day; a day named in a forecast ("the
    final falls inside 15–24 July 2028") is no page, and stays.
    """
    if not note or not _PAGE_WORDS.search(note):
        return False
    today = now.astimezone(dt.UTC).date()
    for day, month, year in _DAY.findall(note):
        number = _MONTHS.get(month.lower(), 0)
        if not number or not 1 <= int(day) <= calendar.monthrange(int(year), number)[1]:
            continue
        if dt.date(int(year), number, int(day)) > today:
            return True
    return False
