"""Answers as plain text, for the offline console and ``python -m bot ask``.

What is said comes from :mod:`bot.render.format` and :mod:`bot.phrases`; this module lays it
out as lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import singledispatch

from bot.answers.common import Answer, Problem, Reply, SourceRef, distinct
from bot.answers.h2h import H2HAnswer
from bot.answers.next_race import MeetStatus, NextRaceAnswer
from bot.answers.profile import ProfileAnswer
from bot.answers.quotes import NoQuote, QuoteAnswer
from bot.answers.results import NoResults, ResultsAnswer
from bot.answers.timeline import AboutAnswer, TimelineAnswer
from bot.ask.replies import AskAnswer, CannotKnow, NotSure
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.zones import time_zone


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
            lines.append(say("sources.heading") + ":")
            lines.extend(f"  - {_source(s)}" for s in body.sources)
        lines.append(fmt.as_of(reply.facts_as_of))
    return "\n".join(lines)


def _source(source: SourceRef) -> str:
    return fmt.source_label(source) + (f" <{source.url}>" if source.url else "")


@layout.register
def _(answer: Problem) -> Text:
    lines = [answer.message]
    if answer.suggestions:
        # candidates numbered, one after another: easier to scan and to point at than a list
        numbered = "  ".join(f"{i}. {name}" for i, name in enumerate(answer.suggestions, 1))
        lines.append(say("did_you_mean", names=numbered))
    return Text(lines)


@layout.register
def _(answer: H2HAnswer) -> Text:
    a, b = answer.athlete, answer.opponent
    scope = fmt.h2h_scope(answer, long=False, joiner=", ")
    lines = [f"{say('h2h.title', athlete=a.label, opponent=b.label)} — {scope}"]
    if not answer.meetings:
        lines.append(say("h2h.never_met"))
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                lines.append(f"{say('h2h.latest', name=person.name)}: {fmt.race_line(latest)}")
        return Text(lines, [v.source for v in answer.latest.values()])
    tally = fmt.tally_line(answer, answer.tally)
    total = answer.tally.total
    lines.append(
        say("h2h.record", tally=tally, count=total, races=say("race" if total == 1 else "races"))
    )
    if not answer.finals_only:
        lines.append(say("h2h.finals", tally=fmt.tally_line(answer, answer.finals_tally)))
    if answer.first and answer.last:
        first, last = answer.first, answer.last
        lines.append(say("h2h.first", day=fmt.day(first.date, first.year), meet=first.meet))
        lines.append(say("h2h.last", day=fmt.day(last.date, last.year), meet=last.meet))
    lines.append("")
    sa, sb = fmt.short_names(a, b)
    for m in answer.meetings:
        ra = fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)
        rb = fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)
        lines.append(
            f"{fmt.day(m.date, m.year)} · {m.meet} · {m.event} {fmt.round_label(m.round, m.heat)}"
        )
        lines.append(
            f"    {sa} {ra} · {sb} {rb} · {fmt.winner_line(answer, m)}  [{m.source.publisher}]"
        )
    return Text(lines, answer.sources)


@layout.register
def _(answer: QuoteAnswer) -> Text:
    q = answer.quote
    lines = [
        f"“{q.text}”",
        f"— {q.speaker.name}, {fmt.quote_date(q.said_on, q.date_basis)}",
        f"{say('quote.context')}: {q.context}",
        fmt.quote_position(answer),
    ]
    return Text(lines, [q.source])


@layout.register
def _(answer: NoQuote) -> Text:
    lines = [fmt.no_quote(answer)]
    if answer.known_topics:
        lines.append(f"{say('quote.topics')}: " + ", ".join(answer.known_topics))
    return Text(lines)


def state_line(meet: MeetStatus, now: dt.datetime) -> str:
    """What is happening with the meet at ``now``, in words."""
    if meet.state == "upcoming" and meet.target_precision == "date" and meet.start_date:
        # a day without a known start time is a date in the meet's calendar, not an instant
        days = (meet.start_date - now.astimezone(time_zone(meet.timezone)).date()).days
        ahead = say("tomorrow") if days == 1 else say("in_days", days=days)
        first = fmt.local_date(meet.start_date, meet.timezone)
        return say("next.upcoming.day", day=first, ahead=ahead)
    if meet.state == "upcoming" and meet.target:
        delta = meet.target - now
        return say(
            "next.upcoming",
            days=delta.days,
            hours=delta.seconds // 3600,
            what=fmt.target(meet),
            at=f"{meet.target:%Y-%m-%d %H:%M}",
        )
    if meet.state == "in_progress":
        return say("next.now.of" if meet.days else "next.now", day=meet.day, days=meet.days)
    if meet.state == "finished":
        results = (
            say("next.results", races=counted(meet.races_in_store, "race"), meet=meet.id)
            if meet.races_in_store
            else say("next.no_results")
        )
        return f"{fmt.finished(meet)}; {results}"
    if meet.state == "undated":
        return say("next.undated")
    return say("state." + meet.state)


@layout.register
def _(answer: NextRaceAnswer) -> Text:
    lines: list[str] = []
    if answer.athlete and answer.athlete_not_at_meet:
        lines.append(say("next.not_at_meet", name=answer.athlete.name))
    if answer.athlete and answer.athlete_not_entered:
        lines.append(say("next.not_entered", name=answer.athlete.name))
        if answer.meet:
            lines.append(say("next.of_all"))
    meet = answer.meet
    if meet is None:
        lines.append(say("next.nothing") + ".")
        recent = answer.most_recent
        if recent:
            lines.append(say("next.most_recent", name=recent.name, when=fmt.meet_when(recent)))
        return Text(lines, [recent.source] if recent else [])
    where = say(
        "next.where", when=fmt.meet_when(meet), place=fmt.meet_place(meet), timezone=meet.timezone
    )
    lines += [meet.name, where, state_line(meet, answer.now)]
    for race in meet.schedule:
        start = f"{race.starts_at:%Y-%m-%d %H:%M} UTC" if race.starts_at else fmt.day(race.date)
        lines.append(f"  {race.event} {fmt.round_name(race.round)}: {start}")
    if meet.entries:
        lines.append(say("next.entries.line"))
        lines.extend(f"  - {fmt.entry_line(e)}" for e in meet.entries)
    if meet.note:
        lines.append(say("note.line", note=meet.note))
    return Text(lines, fmt.meet_sources(meet))


@layout.register
def _(answer: ResultsAnswer) -> Text:
    race = answer.race
    lines = [f"{answer.meet} · {fmt.race_label(race)} · {fmt.day(race.date)}"]
    for row in answer.rows:
        place = fmt.row_place(row.place, row.status)
        lines.append(f"  {place:>4}  {row.athlete.label:<34} {row.time or ''}")
    lines += [say("note.line", note=note) for note in fmt.result_notes(answer)]
    if answer.other_races:
        lines.append(f"{say('results.others')}: {fmt.races_list(answer.other_races)}")
    return Text(lines, answer.sources)


@layout.register
def _(answer: NoResults) -> Text:
    lines = [fmt.no_results(answer)]
    if answer.other_races:
        lines.append(f"{say('results.there')}: {fmt.races_list(answer.other_races)}")
    return Text(lines)


@layout.register
def _(answer: ProfileAnswer) -> Text:
    p = answer.person
    lines = [p.label + ("" if answer.role == "athlete" else f" — {answer.role}")]
    if answer.born:
        lines.append(say("profile.born", day=fmt.day(answer.born)))
    for fact in answer.notable:
        lines.append(f"  • {fact.text} [{fact.source.publisher}]")
    if answer.latest:
        lines.append(f"{say('profile.latest')}: {fmt.race_line(answer.latest)}")
    for mark in answer.best:
        lines.append(say("profile.best.line", event=mark.event, time=mark.time, meet=mark.meet))
    for rival in answer.rivals:
        name = f"vs {rival.opponent.name}"
        lines.append(fmt.rival_line(name, rival.wins, rival.losses, rival.no_result))
    if answer.rivals:
        lines.append("  " + say("profile.rivals.h2h"))
    lines.append(
        say(
            "profile.counts.line",
            races=counted(answer.races, "race"),
            quotes=counted(answer.quotes, "quote"),
        )
    )
    return Text(lines, answer.sources)


@layout.register
def _(answer: TimelineAnswer) -> Text:
    count = counted(len(answer.items), "event")
    lines = [f"{fmt.timeline_title(answer)}: {count}"]
    if not answer.items:
        lines.append(say("timeline.nothing"))
    for item in answer.items:
        lines.append(f"{fmt.partial_date(item.date)} — {item.title}")
        lines.append(f"    {item.summary} [{item.source.publisher}]")
        if item.note:
            lines.append("    " + say("note.line", note=item.note))
    return Text(lines)


@layout.register
def _(answer: AboutAnswer) -> Text:
    c = answer.counts
    lines = [
        say("about.intro", rivals=fmt.rivals(answer.rivalries)),
        say("about.holds", **c),
        say(
            "about.range",
            first=fmt.day(answer.first_race, answer.first_year),
            last=fmt.day(answer.last_race),
        ),
        say("about.cited"),
        say("about.mistake", url=answer.issues_url),
    ]
    return Text(lines, distinct(r.source for r in answer.rivalries))


@layout.register
def _(answer: AskAnswer) -> Text:
    # the command's reply is rendered whole (its notes, sources, freshness) under the reading
    return Text([say("ask.read_as", label=answer.reading.label), render_text(answer.answer)])


@layout.register
def _(answer: NotSure) -> Text:
    lines = fmt.not_sure_lines(answer)
    lines.append(say("ask.try"))
    lines.extend(f"  • {example}" for example in answer.examples)
    return Text(lines)


@layout.register
def _(answer: CannotKnow) -> Text:
    return Text([say(f"ask.outside.{answer.topic}")])
