"""Following laid out as Discord text: reminders, "results are in", follow lists.

The words are in ``bot.phrases``; this module only picks and fills them.
"""

from __future__ import annotations

import datetime as dt

from bot.facts.store import FactStore
from bot.follow.records import FIRST_DAY, Follow, Reminder, final_event
from bot.phrases import say
from bot.render.format import as_named, city_time, day, days_ahead
from bot.zones import time_zone

BEFORE_KEYS = {
    15 * 60: "follow.before.15m",
    3600: "follow.before.1h",
    24 * 3600: "follow.before.1d",
}


def stamp(moment: dt.datetime, style: str) -> str:
    """A Discord timestamp: each viewer sees it in their own time zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def before_name(seconds: int) -> str:
    """The name of a lead time, e.g. "1 hour" for 3600 seconds."""
    key = BEFORE_KEYS.get(seconds)
    return say(key) if key else say("follow.before.minutes", minutes=seconds // 60)


def cite(facts: FactStore, source_id: str) -> str | None:
    """A source as "publisher <url>" (brackets: no link preview under a post)."""
    source = facts.sources.get(source_id)
    if source is None:
        return None
    parts = [source.publisher or source.title or source.id]
    if source.url:
        parts.append(f"<{source.url}>")
    return " ".join(parts)


def target_name(facts: FactStore, follow: Follow) -> str:
    """What a follow follows, by name; one the store no longer has, by its saved name."""
    if follow.kind == "meet":
        meet = facts.meets.get(follow.target)
        if meet:
            return meet.name
    else:
        person = facts.people.get(follow.target)
        if person:
            return say("follow.every_meet_of", name=person.name)
    return say("follow.gone", name=follow.saved_name or follow.target)


def target_label(label: str) -> str:
    """What a reminder counts down to, in the reader's language ("first day", "1500m final").

    The label is stored as a key by ``bot.follow.plan``: it is worded here, on reading.
    """
    if label == FIRST_DAY:
        return say("follow.label.first_day")
    event = final_event(label)
    return say("follow.label.final", event=event) if event else label


def reminder_text(facts: FactStore, reminder: Reminder, now: dt.datetime | None = None) -> str:
    """The reminder post: what starts when, where, and the source.

    A race's start is a Discord timestamp (each reader's zone); a first day without a time is
    counted and dated in the meet's own calendar, as /next-race does, at ``now`` (the post's
    moment, by default when it was due).
    """
    meet = facts.meets.get(reminder.meet_id)
    name = meet.name if meet else reminder.meet_id
    at = reminder.target_at
    if reminder.label == FIRST_DAY and meet is not None:
        zone = time_zone(meet.timezone)
        first = at.astimezone(zone).date()
        today = (now or reminder.due_at).astimezone(zone).date()
        local = say("local_date", day=day(first), zone=city_time(meet.city, meet.name))
        head = say("follow.reminder.starts", meet=name, ahead=days_ahead(first, today), day=local)
    elif reminder.label == FIRST_DAY:  # a meet no longer in the store: its saved instant
        head = say("follow.reminder.starts", meet=name, ahead=stamp(at, "R"), day=stamp(at, "D"))
    else:
        head = say(
            "follow.reminder.final",
            meet=name,
            label=target_label(reminder.label),
            countdown=stamp(at, "R"),
            when=stamp(at, "F"),
        )
    follow = reminder.follow
    if follow is not None and follow.role_id:
        head = f"<@&{follow.role_id}> {head}"
    lines = [head]
    if follow is not None and follow.kind == "athlete" and follow.target in facts.people:
        lines.append(say("follow.reminder.entered", name=facts.people[follow.target].name))
    if meet is not None:
        city = as_named(meet.city, meet.name)  # one spelling in one post
        lines.append(", ".join(p for p in (meet.venue, city, meet.country) if p) + ".")
        source = cite(facts, meet.source)
        if source:
            lines.append(say("follow.source", source=source))
    return "\n".join(lines)


def results_post_line(facts: FactStore, follow: Follow, meet_id: str) -> str:
    """The line above the results embed when a followed meet's results arrive."""
    meet = facts.meets.get(meet_id)
    name = meet.name if meet else meet_id
    if follow.kind == "athlete" and follow.target in facts.people:
        person = facts.people[follow.target].name
        return say("follow.results.athlete", meet=name, name=person)
    return say("follow.results", meet=name)


def follow_line(facts: FactStore, follow: Follow) -> str:
    """One line of /following."""
    role = say("follow.line.role", role=f"<@&{follow.role_id}>") if follow.role_id else ""
    return say(
        "follow.line",
        id=follow.id,
        target=target_name(facts, follow),
        channel=f"<#{follow.channel_id}>",
        before=before_name(follow.before_s),
        role=role,
    )
