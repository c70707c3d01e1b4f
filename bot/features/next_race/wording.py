"""/next-race's wording shared by its embed and its text: dates, places, entries, countdowns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel.dates import format_interval, format_time

from bot.answers.common import SourceRef, distinct
from bot.answers.next_race import EntryView, MeetState, NextRaceAnswer
from bot.facts.clock import clock_day
from bot.i18n import speaking
from bot.phrases import counted, say
from bot.render.format import (
    as_named,
    city_time,
    country_name,
    day,
    days_ahead,
    partial_date,
    race_name,
)
from bot.zones import time_zone

# each kind of entry in its own words: a plan is not an entry, a withdrawal not a result
ENTRY = {
    "plan": "entry.plan",
    "withdrawal": "entry.withdrawal",
    "confirmed": "entry.confirmed",
}
# the states a meet has no countdown in, worded alone
STATE = {"postponed": "state.postponed", "cancelled": "state.cancelled"}


def meet_when(meet: MeetState) -> str:
    """The meet's dates in its own calendar."""
    if meet.start_date is None:
        return say("meet.undated", year=meet.year)
    if meet.end_date is None:  # the last day not in the store: no single day, a start
        return say("meet.from", day=day(meet.start_date))
    if meet.end_date != meet.start_date:
        # the language's own short range: "5–7 Mar 2027", "Mar 5 – 7, 2027", "5.–7. mars 2027"
        return format_interval(meet.start_date, meet.end_date, "yMMMd", locale=speaking().locale)
    return day(meet.start_date)


def entry_line(entry: EntryView) -> str:
    """An entry worded as what its source says, with when and who said it.

    "Jakob Ingebrigtsen said on 27 Jan 2026 he planned to run (Mozzart Sport)"; a plan is not
    an entry and a withdrawal is not a result, so each kind keeps its own words.
    """
    reported = entry.reported
    when = ""
    if reported:
        key = "entry.on" if len(reported) == 10 else "entry.in"
        when = say(key, day=partial_date(reported), month=partial_date(reported))
    name, who = entry.athlete.name, entry.source.publisher
    line = say(ENTRY[entry.kind], name=name, when=when, who=who)
    return line + (f" — {entry.note}" if entry.note else "")


def local_date(value: dt.date, meet: MeetState) -> str:
    """A date of the meet's own calendar, its place named: "Sep 13, 2025 (Tokyo time)"."""
    return say("local_date", day=day(value), zone=city_time(meet.city, meet.name))


def local_moment(at: dt.datetime, meet: MeetState) -> str:
    """An instant on the meet's clock, worded like every date: "6 Aug 2024, 20:50 Paris time".

    The console has no viewer's zone for a Discord timestamp: the meet's own clock, named.
    """
    local = at.astimezone(time_zone(meet.timezone))
    locale = speaking().locale
    # (the language's own joining of a day and a time: "6 Aug 2024, 20:50")
    moment = str(locale.datetime_formats["medium"]).format(
        format_time(local, "short", locale=locale), day(local.date())
    )
    # (no brackets: the line around it may already be in brackets)
    return f"{moment} {city_time(meet.city, meet.name)}"


def starts_in(first: dt.date, meet: MeetState, now: dt.datetime) -> str:
    """The countdown to a meet's ``first`` day, in its own calendar: "Starts in 3 days".

    Card, console and reminder say the same; a day without a known time is no instant, so it
    is never a Discord timestamp of its local midnight (that shows the day before in America).
    """
    today = now.astimezone(time_zone(meet.timezone)).date()
    return say("next.starts.day", ahead=days_ahead(first, today))


def meet_sources(meet: MeetState) -> list[SourceRef]:
    """The meet's own source, then its programme's and its entries'."""
    schedule = [r.source for r in meet.schedule]
    return distinct([meet.source, *schedule, *[e.source for e in meet.entries]])


def meet_place(meet: MeetState) -> str:
    """Venue, city and country, as far as the store has them."""
    city = as_named(meet.city, meet.name)  # "Zürich" on a card titled "Weltklasse Zürich"
    country = country_name(meet.country) if meet.country else None  # "Polen" in Norwegian
    return ", ".join(p for p in (meet.venue, city, country) if p)


def countdown_target(meet: MeetState) -> str | None:
    """The race or day a countdown runs to ("1500m final", "first day"), in the viewer's words."""
    if meet.target_label is None:
        return None
    if meet.target_precision == "date":
        return say("next.first_day")
    race = next((r for r in meet.schedule if r.starts_at == meet.target), None)
    return race_name(race.event, race.round) if race else meet.target_label


def now_on(meet: MeetState) -> str:
    """A meet begun whose end date the store lacks, past its last known day: no "happening now".

    Not dated at the clock (a report of its heats out, its own page not yet): under way.
    """
    first = meet.start_date
    if first is None or meet.day is None:
        return say("next.underway")
    return say("next.began", day=day(first), n=meet.day)


def finished(meet: MeetState) -> str:
    """A finished meet: "Finished on 24 Aug 2025", or "Finished" when the end is not known."""
    return (
        say("next.finished.on", day=day(meet.end_date)) if meet.end_date else say("next.finished")
    )


def results_of(meet: MeetState, found: str, none: str) -> str:
    """Where a finished meet's results are: phrase ``found`` with their count, else ``none``.

    The command is shown as a fan types it: the meet's name (which resolves back to it), not
    its store id ("2024-olympics-paris").
    """
    if meet.races_in_store:
        return say(found, races=counted(meet.races_in_store, "race"), meet=meet.name)
    return say(none)


def unknown_meet(answer: NextRaceAnswer, escape: Callable[[str], str]) -> str:
    """A meet asked for that no page had named by the clock: "On 1 Jan 2026 no source …"."""
    when = day(clock_day(answer.now))
    if not answer.unknown_meet:
        return say("next.unknown.unnamed", day=when)
    return say("next.unknown.detail", meet=escape(answer.unknown_meet), day=when)


# from this local hour a race is "tonight"
EVENING = 17


def event_line(meet: MeetState, now: dt.datetime) -> str | None:
    """The rivalry event's own day beside the meet's span: "1500m final tonight (Paris time)".

    None when no page out by then dates its next race, or when the timed "Next:" line already
    counts down to that race on another day.
    """
    event = meet.event_day
    if event is None:
        return None
    zone = time_zone(meet.timezone)
    today = now.astimezone(zone).date()
    race = race_name(event.event, event.round)
    if event.date <= today:
        evening = event.starts_at and event.starts_at.astimezone(zone).hour >= EVENING
        key = "next.event.tonight" if evening else "next.event.today"
        return say(key, race=race, zone=city_time(meet.city, meet.name))
    if event.starts_at is not None and event.starts_at == meet.target:
        return None
    ahead = days_ahead(event.date, today)
    return say("next.event.day", race=race, ahead=ahead, date=local_date(event.date, meet))


def plan_lines(answer: NextRaceAnswer) -> list[str]:
    """The athlete's plans for meets not dated then, each labelled, and what came after them."""
    lines: list[str] = []
    for meet in answer.also_planned:
        lines.append(say("next.also_planned", name=meet.name))
        lines += [f"  - {entry_line(e)}" for e in meet.entries]
        if meet.month_page:
            lines.append("  " + month_page_line(meet).strip())
    for moment in answer.since:
        when = partial_date(moment.date)
        who = moment.source.publisher or ""
        lines.append(say("next.since", title=moment.title, day=when, who=who))
    return lines


def plan_sources(answer: NextRaceAnswer) -> list[SourceRef]:
    """The sources of the plans and moments :func:`plan_lines` cites."""
    cited = [e.source for m in answer.also_planned for e in m.entries]
    return cited + [m.source for m in answer.since]


def month_page_line(meet: MeetState) -> str:
    """A new line saying the meet's page is dated only to a month, when so; else nothing."""
    if not meet.month_page:
        return ""
    return "\n" + say("next.month_page", month=partial_date(meet.month_page))


def both_line(answer: NextRaceAnswer, bold: bool) -> str:
    """The line above a meet found for a pair: "The next meet the sources put both … at:"."""
    a, b = (p.name if p else "" for p in (answer.athlete, answer.opponent))
    if bold:
        a, b = f"**{a}**", f"**{b}**"
    return say("next.pair.both", a=a, b=b)


def apart_lines(answer: NextRaceAnswer, bold: bool) -> list[str]:
    """No meet ahead has both of the pair: said so, then each one's own next meet."""
    a, b = (p.name if p else "" for p in (answer.athlete, answer.opponent))
    if bold:
        a, b = f"**{a}**", f"**{b}**"
    lines = [say("next.pair.none", a=a, b=b)]
    for each in answer.apart:
        meet, name = each.meet, each.athlete.name
        if bold:  # on Discord each athlete's own paragraph, his name in bold
            lines.append("")
            name = f"**{name}**"
        if meet is None:
            lines.append(say("next.pair.each.none", name=name))
            continue
        lines.append(say("next.pair.each", name=name, meet=meet.name, when=meet_when(meet)))
        lines += [f"  - {entry_line(e)}" for e in meet.entries]
        for moment in each.since:
            when, who = partial_date(moment.date), moment.source.publisher or ""
            lines.append("  - " + say("next.since", title=moment.title, day=when, who=who))
    return lines


def apart_sources(answer: NextRaceAnswer) -> list[SourceRef]:
    """The sources of each one's next meet: its page, his entries there, setbacks since."""
    cited: list[SourceRef] = []
    for each in answer.apart:
        if each.meet:
            cited += meet_sources(each.meet)
        cited += [m.source for m in each.since]
    return distinct(cited)


# days past its newest source after which "no meet ahead" says the store may simply end there
STALE_DAYS = 60


def stale_lines(answer: NextRaceAnswer) -> list[str]:
    """When nothing was found ahead and the store's newest source is long past: say so.

    On 3 Dec 2026 a store whose newest page is of 31 Mar 2026 knows of no later announcement;
    "no meet ahead" alone would read as news that none is planned.
    """
    missing = (
        answer.athlete_not_entered
        or any(each.meet is None for each in answer.apart)
        or (answer.meet is None and answer.unknown_meet is None)
    )
    if answer.facts_as_of == dt.date.min:
        return []  # no source out at all then: the answer says so on its own
    if not missing or (clock_day(answer.now) - answer.facts_as_of).days <= STALE_DAYS:
        return []
    return [say("next.stale", day=day(answer.facts_as_of))]
