"""/next-race laid out: a countdown or the meet's state, its programme and entries."""

from __future__ import annotations

import datetime as dt

import discord
from discord.utils import format_dt

from bot.answers.common import PersonRef, distinct
from bot.answers.next_race import MeetState, NextRaceAnswer
from bot.features.next_race import wording
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, Page, safe
from bot.render.format import city_time
from bot.render.text import Lines


def _countdown(meet: MeetState, now: dt.datetime) -> str:
    """The countdown or the state, with Discord timestamps (each viewer's own zone)."""
    event = wording.event_line(meet, now)
    event = f"\n**{safe(event)}**" if event else ""
    if meet.state == "upcoming" and meet.start_date:
        # the first day counted in the meet's calendar, the date as its city has it
        first = meet.start_date
        line = f"**{wording.starts_in(first, meet, now)}** — {wording.local_date(first, meet)}"
        line += event
        if meet.target_precision == "time" and meet.target:
            line += "\n" + _next_timed(meet, meet.target)
        return line
    if meet.state == "in_progress":
        key = "next.now.discord.of" if meet.days else "next.now.discord"
        said = wording.now_on(meet) if meet.open_end else say(key, day=meet.day, days=meet.days)
        line = f"**{safe(said)}**" + event
        if meet.target:
            line += "\n" + _next_timed(meet, meet.target)
        return line
    if meet.state == "finished":
        results = wording.results_of(meet, "next.results.try", "next.no_results.sentence")
        return f"**{wording.finished(meet)}.** {results}"
    if meet.state == "undated":
        if meet.held:  # a meet the store records as held: never "planned"
            return f"**{say('next.undated.held', year=meet.year)}**"
        planned = f"**{say('next.planned', year=meet.year)}** — {say('next.planned.detail')}"
        return planned + safe(wording.month_page_line(meet))
    return f"**{say(wording.STATE[meet.state])}.**"


def _next_timed(meet: MeetState, at: dt.datetime) -> str:
    """The next race with a known start, as live Discord timestamps (each viewer's zone)."""
    countdown, when = format_dt(at, "R"), format_dt(at, "F")
    return say(
        "next.next", label=safe(wording.countdown_target(meet) or ""), countdown=countdown, at=when
    )


def _programme(meet: MeetState) -> str:
    """The programme's races, whole lines within a field's 1024 characters.

    The words are escaped, the timestamps not: escaped, "<t:…:f>" prints as raw text.
    """
    shown = ""
    for race in meet.schedule[:10]:
        start = format_dt(race.starts_at, "f") if race.starts_at else safe(fmt.day(race.date))
        line = f"{safe(fmt.race_name(race.event, race.round))}: {start}"
        if len(shown) + len(line) + 1 > 1024:  # never a timestamp cut in half
            break
        shown += ("\n" if shown else "") + line
    return shown


def _notices(answer: NextRaceAnswer, markdown: bool) -> list[str]:
    """Who the store does not put where asked, above the meet (in bold on Discord)."""

    def name(who: PersonRef) -> str:
        return f"**{who.name}**" if markdown else who.name

    asked = (
        (answer.athlete, answer.athlete_not_at_meet),
        (answer.opponent, answer.opponent_not_at_meet),
    )
    lines = [say("next.not_at_meet", name=name(who)) for who, out in asked if who and out]
    if answer.athlete and answer.athlete_not_entered:
        line = say("next.not_entered", name=name(answer.athlete))
        stale = wording.stale_lines(answer)
        if markdown and not stale:
            lines.append(line + " " + say("next.of_all"))
        elif markdown:
            lines += [line, *stale, say("next.of_all")]
        else:
            lines += [line, *stale, say("next.of_all")] if answer.meet else [line, *stale]
    return lines


def next_race_embed(answer: NextRaceAnswer) -> Layout:
    """The meet, its countdown or state, when and where, programme, entries."""
    meet = answer.meet
    lines = _notices(answer, markdown=True)
    if answer.apart:
        embed = discord.Embed(title=say("next.pair.title"), colour=COLOUR)
        shown = [*lines, *wording.apart_lines(answer, bold=True), *wording.stale_lines(answer)]
        embed.description = "\n".join(shown)
        return [Page(embed, wording.apart_sources(answer))]
    if answer.both_at:
        lines.append(wording.both_line(answer, bold=True))
    if answer.unknown_meet is not None:
        embed = discord.Embed(title=say("next.unknown"), colour=COLOUR)
        embed.description = "\n".join([*lines, wording.unknown_meet(answer, safe)])
        return [Page(embed, [])]
    if meet is None:
        embed = discord.Embed(title=say("next.nothing"), colour=COLOUR)
        text = say("next.nothing.detail")
        recent = answer.most_recent
        if recent:
            name, when = f"**{safe(recent.name)}**", wording.meet_when(recent)
            text += " " + say("next.most_recent.short", name=name, when=when)
        embed.description = "\n".join([*lines, text, *wording.stale_lines(answer)])
        return [Page(embed, [recent.source] if recent else [])]
    lines.append(_countdown(meet, answer.now))
    embed = discord.Embed(title=safe(meet.name, 256), colour=COLOUR, description="\n".join(lines))
    when = wording.meet_when(meet)
    if not (meet.state == "upcoming" and meet.start_date):  # the countdown names the clock
        when += f" ({city_time(meet.city, meet.name)})"
    embed.add_field(name=say("next.when"), value=safe(when))
    embed.add_field(name=say("next.where.heading"), value=safe(wording.meet_place(meet)))
    if meet.schedule:
        embed.add_field(name=say("next.programme"), value=_programme(meet), inline=False)
    if meet.entries:
        lines = [wording.entry_line(e) for e in meet.entries]
        embed.add_field(name=say("next.entries"), value=safe("\n".join(lines)), inline=False)
    if meet.note:
        embed.add_field(name=say("note"), value=safe(meet.note), inline=False)
    _add_plans(embed, answer)
    sources = distinct([*wording.meet_sources(meet), *wording.plan_sources(answer)])
    return [Page(embed, sources)]


def _add_plans(embed: discord.Embed, answer: NextRaceAnswer) -> None:
    """The athlete's plans for meets not dated then, and what came after, as one field."""
    plans = wording.plan_lines(answer)
    if plans:
        text = safe("\n".join(plans))[:1024]
        embed.add_field(name=say("next.also_planned.heading"), value=text, inline=False)


def _timed_text(meet: MeetState, at: dt.datetime, now: dt.datetime) -> str:
    """The card's "Next: 1500m final in 8 h" for the console, its instant on the meet's clock."""
    delta = at - now
    hours = delta.seconds // 3600
    countdown = (
        say("in_days_hours", days=delta.days, hours=hours)
        if delta.days
        else say("in_hours", hours=hours)
    )
    label = wording.countdown_target(meet) or say("next.target.start")
    return say("next.next", label=label, countdown=countdown, at=wording.local_moment(at, meet))


def state_line(meet: MeetState, now: dt.datetime) -> str:
    """What is happening with the meet at ``now``, in words."""
    event = wording.event_line(meet, now)
    event = f"\n{event}" if event else ""
    if meet.state == "upcoming" and meet.start_date:
        # the card's words: the first day counted in the meet's calendar
        first = meet.start_date
        line = f"{wording.starts_in(first, meet, now)} — {wording.local_date(first, meet)}"
        line += event
        if meet.target_precision == "time" and meet.target:
            line += "\n" + _timed_text(meet, meet.target, now)
        return line
    if meet.state == "in_progress":
        line = (
            wording.now_on(meet)
            if meet.open_end
            else say("next.now.of" if meet.days else "next.now", day=meet.day, days=meet.days)
        )
        line += event
        return line + ("\n" + _timed_text(meet, meet.target, now) if meet.target else "")
    if meet.state == "finished":
        results = wording.results_of(meet, "next.results", "next.no_results")
        return f"{wording.finished(meet)}; {results}"
    if meet.state == "undated":
        line = say("next.undated.held", year=meet.year) if meet.held else say("next.undated")
        return line + wording.month_page_line(meet)
    return say(wording.STATE[meet.state])


def next_race_text(answer: NextRaceAnswer) -> Lines:
    """The meet, when and where, its state at the answer's instant, programme, entries."""
    lines = _notices(answer, markdown=False)
    if answer.apart:
        shown = [*lines, *wording.apart_lines(answer, bold=False), *wording.stale_lines(answer)]
        return Lines(shown, wording.apart_sources(answer))
    if answer.both_at:
        lines.append(wording.both_line(answer, bold=False))
    meet = answer.meet
    if answer.unknown_meet is not None:
        return Lines([*lines, wording.unknown_meet(answer, str)], [])
    if meet is None:
        lines.append(say("next.nothing") + ".")
        recent = answer.most_recent
        if recent:
            lines.append(say("next.most_recent", name=recent.name, when=wording.meet_when(recent)))
        lines += wording.stale_lines(answer)
        return Lines(lines, [recent.source] if recent else [])
    where = say(
        "next.where",
        when=wording.meet_when(meet),
        place=wording.meet_place(meet),
        zone=city_time(meet.city, meet.name),
    )
    lines += [meet.name, where, state_line(meet, answer.now)]
    for race in meet.schedule:
        start = wording.local_moment(race.starts_at, meet) if race.starts_at else fmt.day(race.date)
        lines.append(f"  {fmt.race_name(race.event, race.round)}: {start}")
    if meet.entries:
        lines.append(say("next.entries.line"))
        lines.extend(f"  - {wording.entry_line(e)}" for e in meet.entries)
    if meet.note:
        lines.append(say("note.line", note=meet.note))
    lines += wording.plan_lines(answer)
    return Lines(lines, distinct([*wording.meet_sources(meet), *wording.plan_sources(answer)]))
