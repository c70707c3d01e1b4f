"""Answers as plain text, for the offline console and ``python -m bot ask``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import singledispatch
from zoneinfo import ZoneInfo

from bot.answers.common import Answer, Problem, Reply, SourceRef
from bot.answers.h2h import H2HAnswer
from bot.answers.next_race import MeetStatus, NextRaceAnswer
from bot.answers.profile import ProfileAnswer
from bot.answers.quotes import NoQuote, QuoteAnswer
from bot.answers.results import NoResults, ResultsAnswer
from bot.answers.timeline import AboutAnswer, TimelineAnswer
from bot.facts.models import format_partial
from bot.render import format as fmt


def _source(source: SourceRef) -> str:
    return f"{fmt.source_label(source)}" + (f" <{source.url}>" if source.url else "")


@dataclass(frozen=True)
class Text:
    """An answer's own lines, and the sources its facts cite."""

    lines: list[str]
    sources: Sequence[SourceRef] = ()


@singledispatch
def layout(reply: Reply) -> Text:
    """Lay out a reply's own lines; :func:`render_text` adds what every reply shares."""
    raise TypeError(f"no text layout for {type(reply).__name__}")


def render_text(reply: Reply) -> str:
    """Render any reply as console text: how names were read, the lines, sources, freshness."""
    body = layout(reply)
    lines = [*(f"({note})" for note in reply.notes), *body.lines]
    if isinstance(reply, Answer):
        lines.append("")
        if body.sources:
            lines.append("Sources:")
            lines.extend(f"  - {_source(s)}" for s in body.sources)
        lines.append(fmt.as_of(reply.facts_as_of))
    return "\n".join(lines)


@layout.register
def _(answer: Problem) -> Text:
    lines = [answer.message]
    if answer.suggestions:
        lines.append("Did you mean: " + ", ".join(answer.suggestions) + "?")
    return Text(lines)


@layout.register
def _(answer: H2HAnswer) -> Text:
    a, b = answer.athlete, answer.opponent
    scope = answer.event or "all events"
    if answer.finals_only:
        scope += ", finals only"
    lines = [f"{a.label} vs {b.label} — {scope}"]
    if not answer.meetings:
        lines.append("They have never met in a race in the store.")
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                result = fmt.result(latest.place, latest.time, latest.status)
                lines.append(
                    f"Latest race of {person.name}: {fmt.day(latest.date, latest.year)}, "
                    f"{latest.meet}, {latest.event} {latest.round}: {result}"
                )
        return Text(lines, [v.source for v in answer.latest.values()])
    races = "race" if answer.tally.total == 1 else "races"
    lines.append(f"Record: {fmt.tally_line(answer, answer.tally)} in {answer.tally.total} {races}")
    if not answer.finals_only:
        lines.append(f"Finals only: {fmt.tally_line(answer, answer.finals_tally)}")
    if answer.first and answer.last:
        lines.append(
            f"First meeting: {fmt.day(answer.first.date, answer.first.year)}, {answer.first.meet}"
        )
        lines.append(
            f"Last meeting: {fmt.day(answer.last.date, answer.last.year)}, {answer.last.meet}"
        )
    lines.append("")
    sa, sb = fmt.surname(a.name), fmt.surname(b.name)
    if sa == sb:
        sa, sb = a.name, b.name
    for m in answer.meetings:
        lines.append(
            f"{fmt.day(m.date, m.year)} · {m.meet} · {m.event} {fmt.round_label(m.round, m.heat)}"
        )
        lines.append(
            f"    {sa} {fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)} · "
            f"{sb} {fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)} · "
            f"{fmt.winner_line(answer, m)}  [{m.source.publisher}]"
        )
    return Text(lines, answer.sources)


def quote_date(said_on: str | None, basis: str) -> str:
    """When a quote was said, or published when that is all the source gives."""
    when = format_partial(said_on)
    return f"published {when}" if basis == "published" else when


@layout.register
def _(answer: QuoteAnswer) -> Text:
    q = answer.quote
    lines = [
        f"“{q.text}”",
        f"— {q.speaker.name}, {quote_date(q.said_on, q.date_basis)}",
    ]
    lines.append(f"Context: {q.context}")
    if answer.topic:
        lines.append(f"Quote {answer.position + 1} of {len(answer.order)} about “{answer.topic}”")
    else:
        lines.append(f"Quote {answer.position + 1} of {len(answer.order)} by {q.speaker.name}")
    return Text(lines, [q.source])


@layout.register
def _(answer: NoQuote) -> Text:
    topic = f" about “{answer.topic}”" if answer.topic else ""
    lines = [f"No quote by {answer.speaker.name}{topic} in the store."]
    if answer.known_topics:
        lines.append("Topics there are: " + ", ".join(answer.known_topics))
    return Text(lines)


def meet_when(meet: MeetStatus) -> str:
    """The meet's dates in its own calendar."""
    if meet.start_date is None:
        return f"{meet.year} (dates not announced in the store)"
    if meet.end_date and meet.end_date != meet.start_date:
        return f"{fmt.day(meet.start_date)} – {fmt.day(meet.end_date)}"
    return fmt.day(meet.start_date)


def state_line(meet: MeetStatus, now: dt.datetime) -> str:
    """What is happening with the meet at ``now``, in words."""
    if meet.state == "upcoming" and meet.target_precision == "date" and meet.start_date:
        # a day without a known start time is a date in the meet's calendar, not an instant
        days = (meet.start_date - now.astimezone(ZoneInfo(meet.timezone)).date()).days
        ahead = "tomorrow" if days == 1 else f"in {days} days"
        first = fmt.local_date(meet.start_date, meet.timezone)
        return f"Upcoming: the first day is {first}, {ahead}"
    if meet.state == "upcoming" and meet.target:
        delta = meet.target - now
        days, hours = delta.days, delta.seconds // 3600
        what = f"the {meet.target_label}" if meet.target_label else "the start"
        return f"Upcoming: {days} days {hours} h until {what} ({meet.target:%Y-%m-%d %H:%M} UTC)"
    if meet.state == "in_progress":
        return f"Happening now: day {meet.day}" + (f" of {meet.days}" if meet.days else "")
    if meet.state == "finished":
        ended = meet.end_date
        results = (
            f"{meet.races_in_store} race(s) in the store: /results meet:{meet.id}"
            if meet.races_in_store
            else "its results are not in the store"
        )
        return f"Finished{' on ' + fmt.day(ended) if ended else ''}; {results}"
    if meet.state == "undated":
        return "Upcoming; dates not in the store yet"
    return meet.state.capitalize()


@layout.register
def _(answer: NextRaceAnswer) -> Text:
    lines: list[str] = []
    if answer.athlete and answer.athlete_not_entered:
        lines.append(
            f"No upcoming meet in the store has {answer.athlete.name} "
            "(a result, an entry or a plan)."
        )
        if answer.meet:
            lines.append("The next meet of all:")
    meet = answer.meet
    if meet is None:
        lines.append("Nothing upcoming in the store.")
        if answer.most_recent:
            recent = answer.most_recent
            lines.append(f"Most recent meet: {recent.name} ({meet_when(recent)})")
        cited = [answer.most_recent.source] if answer.most_recent else []
        return Text(lines, cited)
    place = ", ".join(p for p in (meet.venue, meet.city, meet.country) if p)
    lines += [meet.name, f"{meet_when(meet)} · {place} · local time {meet.timezone}"]
    lines.append(state_line(meet, answer.now))
    for race in meet.schedule:
        start = f"{race.starts_at:%Y-%m-%d %H:%M} UTC" if race.starts_at else fmt.day(race.date)
        lines.append(f"  {race.event} {race.round}: {start}")
    if meet.entries:
        lines.append("Entries, plans and withdrawals the sources report:")
        lines.extend(f"  - {fmt.entry_line(e)}" for e in meet.entries)
    if meet.note:
        lines.append(f"Note: {meet.note}")
    sources = [meet.source, *[r.source for r in meet.schedule], *[e.source for e in meet.entries]]
    return Text(lines, list({s.id: s for s in sources}.values()))


@layout.register
def _(answer: ResultsAnswer) -> Text:
    race = answer.race
    lines = [
        f"{answer.meet} · {race.event} "
        f"{fmt.round_label(race.round, race.heat)} · {fmt.day(race.date)}",
    ]
    for row in answer.rows:
        place = (
            fmt.ordinal(row.place)
            if row.place
            else row.status.upper()
            if row.status != "finished"
            else "–"
        )
        time = row.time or ""
        lines.append(f"  {place:>4}  {row.athlete.label:<34} {time}")
    if answer.note:
        lines.append(f"Note: {answer.note}")
    if answer.other_races:
        lines.append(
            "Other races here: "
            + ", ".join(f"{r.event} {fmt.round_label(r.round, r.heat)}" for r in answer.other_races)
        )
    return Text(lines, answer.sources)


@layout.register
def _(answer: NoResults) -> Text:
    wanted = f" for {answer.wanted}" if answer.wanted else ""
    lines = [f"No results{wanted} at {answer.meet} in the store."]
    if answer.other_races:
        lines.append(
            "Races there are: "
            + ", ".join(f"{r.event} {fmt.round_label(r.round, r.heat)}" for r in answer.other_races)
        )
    return Text(lines)


@layout.register
def _(answer: ProfileAnswer) -> Text:
    p = answer.person
    lines = [
        p.label + ("" if answer.role == "athlete" else f" — {answer.role}"),
    ]
    if answer.born:
        lines.append(f"Born {fmt.day(answer.born)}")
    for fact in answer.notable:
        lines.append(f"  • {fact.text} [{fact.source.publisher}]")
    if answer.latest:
        r = answer.latest
        lines.append(
            f"Latest race in the store: {fmt.day(r.date, r.year)}, {r.meet}, {r.event} "
            f"{r.round}: {fmt.result(r.place, r.time, r.status)}"
        )
    for mark in answer.best:
        lines.append(f"Best time in the store, {mark.event}: {mark.time} ({mark.meet})")
    for rival in answer.rivals:
        lines.append(
            f"vs {rival.opponent.name}: {rival.wins} – {rival.losses}"
            + (f" ({rival.no_result} undecided)" if rival.no_result else "")
        )
    if answer.rivals:
        lines.append("  (each race, with its source: use /h2h)")
    lines.append(f"{answer.races} race(s) and {answer.quotes} quote(s) in the store")
    return Text(lines, answer.sources)


@layout.register
def _(answer: TimelineAnswer) -> Text:
    who = " & ".join(p.name for p in answer.athletes) or "the rivalry"
    year = f" in {answer.year}" if answer.year else ""
    lines = [f"Timeline of {who}{year}: {len(answer.items)} event(s)"]
    if not answer.items:
        lines.append("Nothing in the store matches.")
    for item in answer.items:
        lines.append(f"{item.when} — {item.title}")
        lines.append(f"    {item.summary} [{item.source.publisher}]")
    return Text(lines)


@layout.register
def _(answer: AboutAnswer) -> Text:
    c = answer.counts
    lines = [
        "rivalry-bot settles arguments about "
        + " vs ".join(p.name for p in answer.featured)
        + " from a curated, cited fact store.",
        f"It holds {c['races']} races ({c['results']} results), {c['quotes']} quotes, "
        f"{c['timeline']} timeline events, {c['meets']} meets and {c['athletes']} athletes, "
        f"citing {c['sources']} sources.",
        f"Races from {fmt.day(answer.first_race)} to {fmt.day(answer.last_race)}.",
        "Every fact cites a published source; quotes are word for word as printed.",
        f"Spotted a mistake? Report it: {answer.issues_url}",
    ]
    return Text(lines)
