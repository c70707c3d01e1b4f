"""The words of following: reminders, "results are in", follow lists (Discord markdown text)."""

from __future__ import annotations

import datetime as dt

from bot.facts.store import FactStore
from bot.follow.store import Follow, Reminder

BEFORE_NAMES = {15 * 60: "15 minutes", 3600: "1 hour", 24 * 3600: "1 day"}


def stamp(moment: dt.datetime, style: str) -> str:
    """A Discord timestamp: each viewer sees it in their own time zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def before_name(seconds: int) -> str:
    """The name of a lead time, e.g. "1 hour" for 3600 seconds."""
    return BEFORE_NAMES.get(seconds) or f"{seconds // 60} minutes"


def _source_line(facts: FactStore, source_id: str) -> str | None:
    source = facts.sources.get(source_id)
    if source is None:
        return None
    parts = [source.publisher or source.title or source.id]
    if source.url:
        parts.append(f"<{source.url}>")  # in brackets: no link preview under a reminder
    return "Source: " + " ".join(parts)


def target_name(facts: FactStore, follow: Follow) -> str:
    """What a follow follows, by name."""
    if follow.kind == "meet":
        meet = facts.meets.get(follow.target)
        return meet.name if meet else follow.target
    person = facts.people.get(follow.target)
    return f"every meet of {person.name}" if person else follow.target


def reminder_text(facts: FactStore, reminder: Reminder) -> str:
    """The reminder post: what starts when (in each reader's time zone), where, and the source."""
    meet = facts.meets.get(reminder.meet_id)
    name = meet.name if meet else reminder.meet_id
    what = "starts" if reminder.label == "first day" else f"({reminder.label})"
    head = (
        f"⏰ **{name}** {what} {stamp(reminder.target_at, 'R')} — {stamp(reminder.target_at, 'F')}."
    )
    if reminder.label == "first day":
        head = (
            f"⏰ **{name}** starts {stamp(reminder.target_at, 'R')} "
            f"(first day: {stamp(reminder.target_at, 'D')})."
        )
    lines = [head]
    follow = reminder.follow
    if follow is not None and follow.kind == "athlete" and follow.target in facts.people:
        lines.append(f"{facts.people[follow.target].name} is entered.")
    if meet is not None:
        lines.append(", ".join(p for p in (meet.venue, meet.city, meet.country) if p) + ".")
        source = _source_line(facts, meet.source)
        if source:
            lines.append(source)
    if follow is not None and follow.role_id:
        lines[0] = f"<@&{follow.role_id}> " + lines[0]
    return "\n".join(lines)


def results_text(facts: FactStore, follow: Follow, meet_id: str) -> str:
    """The line above the results embed when a followed meet's results arrive."""
    meet = facts.meets.get(meet_id)
    name = meet.name if meet else meet_id
    if follow.kind == "athlete" and follow.target in facts.people:
        return f"🏁 Results are in: **{name}** — {facts.people[follow.target].name}'s race."
    return f"🏁 Results are in: **{name}**."


def follow_line(facts: FactStore, follow: Follow) -> str:
    """One line of /following."""
    role = f", pinging <@&{follow.role_id}>" if follow.role_id else ""
    return (
        f"`#{follow.id}` {target_name(facts, follow)} → <#{follow.channel_id}>, "
        f"{before_name(follow.before_s)} before{role}"
    )
