"""Small formatting rules both renderers share, so Discord and the console say the same thing."""

from __future__ import annotations

import datetime as dt

from bot.answers.common import SourceRef
from bot.answers.h2h import H2HAnswer, Meeting, Tally
from bot.answers.next_race import EntryView
from bot.facts.models import format_partial


def ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day(value: dt.date | None, year: int | None = None) -> str:
    """A race day for people: "23 Aug 2023", or the year alone when the day is unknown."""
    if value is None:
        return f"{year} (day unknown)" if year else "date unknown"
    return f"{value.day} {value:%b %Y}"


def round_label(round_: str, heat: int | None) -> str:
    """Round and heat as people say it: "final", "semi-final 2", "heat 1"."""
    return f"{round_} {heat}" if heat else round_


def result(place: int | None, time: str | None, status: str) -> str:
    """One athlete's result: "2nd 3:27.79", "DNF", "14th 4:11.23", "place not given"."""
    if status != "finished":
        return status.upper() + (f" ({time})" if time else "")
    parts = [ordinal(place) if place else "place not given", time or ""]
    return " ".join(p for p in parts if p)


def surname(name: str) -> str:
    """The family name used in tallies ("Jakob Ingebrigtsen" -> "Ingebrigtsen")."""
    return name.split()[-1]


def tally_line(answer: H2HAnswer, tally: Tally) -> str:
    """The tally, leader first ("Ingebrigtsen 11 – 4 Kerr"), undecided meetings after."""
    a, b = surname(answer.athlete.name), surname(answer.opponent.name)
    if a == b:
        a, b = answer.athlete.name, answer.opponent.name
    pairs = [(a, tally.athlete), (b, tally.opponent)]
    if tally.opponent > tally.athlete:
        pairs.reverse()
    line = f"{pairs[0][0]} {pairs[0][1]} – {pairs[1][1]} {pairs[1][0]}"
    if tally.no_result:
        line += f" ({tally.no_result} undecided)"
    return line


def winner_line(answer: H2HAnswer, meeting: Meeting) -> str:
    """Who was ahead and by how much, or why the store cannot say."""
    if meeting.winner is None:
        return "no result"
    ahead = answer.athlete if meeting.winner == "athlete" else answer.opponent
    name = (
        surname(ahead.name)
        if surname(answer.athlete.name) != surname(answer.opponent.name)
        else ahead.name
    )
    if meeting.margin is not None:
        return f"{name} by {meeting.margin:.2f} s"
    return f"{name} ahead"


def source_label(source: SourceRef) -> str:
    """Publisher and date ("Reuters, 11 Apr 2025"); the date only when the page gives it."""
    when = format_published(source.published)
    return f"{source.publisher}, {when}" if when else source.publisher


def format_published(value: str | None) -> str:
    """A source's publication date as people read it; empty when unknown."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 3:
        return day(dt.date.fromisoformat(value))
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%b %Y")
    return value


def as_of(value: dt.date) -> str:
    """The "facts as of" line every answer ends with."""
    return f"Facts as of {day(value)} (the newest source in the store)"


def entry_line(entry: EntryView) -> str:
    """An entry worded as what its source says, with when and who said it.

    "Jakob Ingebrigtsen said on 27 Jan 2026 he planned to run (Mozzart Sport)"; a plan is not
    an entry and a withdrawal is not a result, so each kind keeps its own words.
    """
    name, who = entry.athlete.name, entry.source.publisher
    when = _when(entry.reported)
    if entry.kind == "plan":
        line = f"{name} said{when} he planned to run ({who})"
    elif entry.kind == "withdrawal":
        line = f"{name} withdrew{when} ({who})"
    else:
        line = f"{name}: entry confirmed{when} ({who})"
    return line + (f" — {entry.note}" if entry.note else "")


def _when(reported: str | None) -> str:
    """When a source said it: ' on 27 Jan 2026', ' in Jan 2026', or '' without a date."""
    if not reported:
        return ""
    return (" on " if len(reported) == 10 else " in ") + format_partial(reported)


def local_date(value: dt.date, timezone: str) -> str:
    """A calendar date in the meet's own place, as text (never a viewer-local timestamp)."""
    return f"{day(value)} (local date, {timezone})"
