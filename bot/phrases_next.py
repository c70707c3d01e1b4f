"""The phrases of /next-race: the meet, its days, its countdown, entries and plans.

Part of the one catalog of :mod:`bot.phrases` (which merges them into ``EN``), kept apart so
that each module stays readable; the same rules hold (static keys, ``str.format`` fields).
"""

from __future__ import annotations

NEXT: dict[str, str] = {
    "next.not_entered": (
        "No meet ahead or under way has {name} in the sources out by then (a result, an entry or"
        " a plan)."
    ),
    "next.of_all": "The next meet of all:",
    "next.pair.both": "The next meet the sources put both {a} and {b} at:",
    "next.pair.none": (
        "No meet ahead or under way has both {a} and {b} in the sources out by then (a result,"
        " an entry or a plan)."
    ),
    "next.pair.title": "No meeting ahead in the store",
    "next.also_planned.heading": "Also planned, and since",
    "next.stale": (
        "The store's newest source is from {day}: meets and entries announced since are not in it."
    ),
    "next.pair.each": "Next for {name}: {meet} ({when})",
    "next.pair.each.none": "Next for {name}: no meet ahead in the sources out by then",
    "next.not_at_meet": (
        "No source in the store puts {name} at this meet (a result, an entry or a plan)."
    ),
    "next.nothing": "Nothing upcoming in the store",
    "next.nothing.detail": "The store has no meet that has not ended.",
    "next.unknown": "Not known at that date",
    "next.unknown.detail": (
        "On {day} no source in the store had named “{meet}” yet: the store knew no such meet then."
    ),
    "next.unknown.unnamed": (
        "On {day} no source in the store had named that meet yet: the store knew no such meet then."
    ),
    "next.most_recent": "Most recent meet: {name} ({when})",
    "next.most_recent.short": "Most recent: {name} ({when}).",
    "next.where": "{when} · {place} · {zone}",
    "next.when": "When",
    "next.where.heading": "Where",
    "next.programme": "Programme",
    "next.entries": "Entries, plans and withdrawals",
    "next.entries.line": "Entries, plans and withdrawals the sources report:",
    "entry.plan": "{name} said{when} he planned to run ({who})",
    "entry.withdrawal": "{name} withdrew{when} ({who})",
    "entry.confirmed": "{name}: entry confirmed{when} ({who})",
    "entry.on": " on {day}",
    "entry.in": " in {month}",
    "local_date": "{day} ({zone})",
    "city_time": "{city} time",
    "next.starts.day": "Starts {ahead}",
    "next.first_day": "the first day",
    "next.event.today": "{race} today ({zone})",
    "next.event.tonight": "{race} tonight ({zone})",
    "next.event.day": "{race} {ahead} — {date}",
    "tomorrow": "tomorrow",
    "today": "today",
    "in_days": "in {days} days",
    "in_hours": "in {hours} h",
    "in_days_hours": "in {days} d {hours} h",
    "next.target.start": "the start",
    "next.now": "Happening now: day {day}",
    "next.now.of": "Happening now: day {day} of {days}",
    "next.now.discord": "Happening now — day {day}",
    "next.now.discord.of": "Happening now — day {day} of {days}",
    "next.began": "Began {day} (day {n}); its end date is not in the store",
    "next.underway": "Under way: a report of its races is out; its dates are not in the store yet",
    "next.next": "Next: {label} {countdown} ({at})",
    "next.finished": "Finished",
    "next.finished.on": "Finished on {day}",
    "next.results": "{races} in the store: /results meet:{meet}",
    "next.results.try": "{races} in the store — try `/results meet:{meet}`",
    "next.no_results": "its results are not in the store",
    "next.no_results.sentence": "Its results are not in the store.",
    "next.undated": "Upcoming; dates not in the store yet",
    "next.undated.held": "Its {year} dates are not in the store",
    "next.month_page": (
        "Its dates are on a page dated only {month}: a page dated to a month counts from the"
        " month's end"
    ),
    "next.also_planned": "Also planned, dates not in the store then: {name}",
    "next.since": "Since then: {title} ({day}, {who})",
    "next.planned": "Planned for {year}",
    "next.planned.detail": "the store has no dates yet.",
}
