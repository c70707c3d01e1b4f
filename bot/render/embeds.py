"""Answers as Discord embeds: the layout of each kind of reply, within Discord's limits.

What is said comes from :mod:`bot.render.format` and :mod:`bot.phrases`; the Discord-only
helpers (escaping, source links, pages) from :mod:`bot.render.embed_kit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch

import discord
from discord.utils import format_dt

from bot.answers.common import Answer, Problem, Reply, distinct
from bot.answers.h2h import H2HAnswer, Meeting
from bot.answers.next_race import MeetStatus, NextRaceAnswer
from bot.answers.profile import ProfileAnswer
from bot.answers.quotes import NoQuote, QuoteAnswer
from bot.answers.results import NoResults, ResultsAnswer
from bot.answers.timeline import AboutAnswer, TimelineAnswer
from bot.ask.replies import AskAnswer, CannotKnow, NotSure
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import (
    COLOUR,
    ERROR_COLOUR,
    LazyPages,
    Page,
    Pages,
    chunks,
    notes_field,
    safe,
    source_link,
    sources_field,
)

MEETINGS_PER_PAGE = 6
TIMELINE_PER_PAGE = 8

Layout = Sequence[Page]


@singledispatch
def layout(reply: Reply) -> Layout:
    """Lay out a reply as pages; :func:`render_embeds` adds what every reply ends with."""
    raise TypeError(f"no embed layout for {type(reply).__name__}")


def render_embeds(reply: Reply) -> Pages:
    """Render any reply as one or more embeds (pages), each ending the same way.

    Every page shows how the typed names were read; an answer's page then lists its sources
    and says how fresh the facts are.
    """
    pages = layout(reply)

    def finish(number: int) -> discord.Embed:
        page = pages[number]
        notes_field(page.embed, reply.notes)
        if isinstance(reply, Answer):
            label = say("page", number=number + 1, count=len(pages)) if len(pages) > 1 else ""
            sources_field(page.embed, page.sources, reply.facts_as_of, label)
        return page.embed

    return LazyPages(len(pages), finish)


@layout.register
def _(answer: Problem) -> Layout:
    embed = discord.Embed(description=safe(answer.message, 4000), colour=ERROR_COLOUR)
    if answer.suggestions:
        embed.add_field(
            name=say("did_you_mean.heading"),
            value=safe("\n".join(f"• {s}" for s in answer.suggestions[:5])),
            inline=False,
        )
    return [Page(embed)]


# ----------------------------------------------------------------------------- /h2h
def _meeting_block(answer: H2HAnswer, m: Meeting) -> str:
    sa, sb = fmt.short_names(answer.athlete, answer.opponent)
    a = fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)
    b = fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)
    if m.winner == "athlete":
        a = f"**{a}**"
    elif m.winner == "opponent":
        b = f"**{b}**"
    head = (
        f"`{fmt.day(m.date, m.year)}` {safe(m.meet, 120)} · {m.event} "
        f"{fmt.round_label(m.round, m.heat)}"
    )
    where = source_link(m.source, fallback=60)
    return f"{head}\n{sa} {a} · {sb} {b} · {fmt.winner_line(answer, m)} · {where}"


@layout.register
def _(answer: H2HAnswer) -> Layout:
    a, b = answer.athlete, answer.opponent
    title = safe(say("h2h.title", athlete=a.label, opponent=b.label), 256)
    scope = fmt.h2h_scope(answer, long=True, joiner=" · ")
    if not answer.meetings:
        text = say("h2h.never_met.both", athlete=a.name, opponent=b.name, scope=scope)
        embed = discord.Embed(title=title, colour=COLOUR, description=text)
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                embed.add_field(
                    name=say("h2h.latest", name=person.name),
                    value=safe(fmt.race_line(latest)),
                    inline=False,
                )
        return [Page(embed, [v.source for v in answer.latest.values()])]
    summary = [
        f"## {fmt.tally_line(answer, answer.tally)}",
        f"{fmt.races(answer.tally.total)} · {scope}",
    ]
    if not answer.finals_only:
        summary.append(
            say("h2h.finals", tally=f"**{fmt.tally_line(answer, answer.finals_tally)}**")
        )
    if answer.first and answer.last:
        first, last = answer.first, answer.last
        summary.append(
            say("h2h.first_met", meet=safe(first.meet, 100), day=fmt.day(first.date, first.year))
        )
        summary.append(
            say("h2h.last_met", meet=safe(last.meet, 100), day=fmt.day(last.date, last.year))
        )
    header = "\n".join(summary)
    pages = chunks(answer.meetings, MEETINGS_PER_PAGE)

    def page(number: int) -> Page:
        body = "\n\n".join(_meeting_block(answer, m) for m in pages[number])
        text = f"{header}\n\n**{say('h2h.meetings')}**\n\n{body}"[:4096]
        embed = discord.Embed(title=title, colour=COLOUR, description=text)
        return Page(embed, distinct(m.source for m in pages[number]))

    return LazyPages(len(pages), page)


# ----------------------------------------------------------------------------- /quote
@layout.register
def _(answer: QuoteAnswer) -> Layout:
    q = answer.quote
    embed = discord.Embed(description=f"> {safe(q.text, 3900)}", colour=COLOUR)
    embed.set_author(
        name=safe(f"{q.speaker.label} · {fmt.quote_date(q.said_on, q.date_basis)}", 256)
    )
    embed.add_field(name=say("quote.context"), value=safe(q.context), inline=False)
    embed.add_field(name=say("quote.match"), value=safe(fmt.quote_position(answer)), inline=False)
    return [Page(embed, [q.source])]


@layout.register
def _(answer: NoQuote) -> Layout:
    embed = discord.Embed(description=safe(fmt.no_quote(answer), 4000), colour=ERROR_COLOUR)
    if answer.known_topics:
        embed.add_field(name=say("quote.topics"), value=safe(", ".join(answer.known_topics)))
    return [Page(embed)]


# ----------------------------------------------------------------------------- /next-race
def _countdown(meet: MeetStatus) -> str:
    if meet.state == "upcoming" and meet.target_precision == "date" and meet.start_date:
        # a date without a known time: text in the meet's calendar, never a viewer-local timestamp
        starts = say("next.starts.day", day=fmt.local_date(meet.start_date, meet.timezone))
        return f"**{starts}** — {say('next.first_day')}"
    if meet.state == "upcoming" and meet.target:
        starts = say("next.starts", countdown=format_dt(meet.target, "R"))
        what = say("next.starts.what", what=fmt.target(meet), at=format_dt(meet.target, "F"))
        return f"**{starts}** — {what}"
    if meet.state == "in_progress":
        key = "next.now.discord.of" if meet.days else "next.now.discord"
        line = f"**{say(key, day=meet.day, days=meet.days)}**"
        if meet.target:
            at = meet.target
            line += "\n" + say(
                "next.next",
                label=fmt.target_label(meet),
                countdown=format_dt(at, "R"),
                at=format_dt(at, "F"),
            )
        return line
    if meet.state == "finished":
        results = (
            say("next.results.try", races=counted(meet.races_in_store, "race"), meet=meet.id)
            if meet.races_in_store
            else say("next.no_results.sentence")
        )
        return f"**{fmt.finished(meet)}.** {results}"
    if meet.state == "undated":
        return f"**{say('next.planned', year=meet.year)}** — {say('next.planned.detail')}"
    return f"**{say('state.' + meet.state)}.**"


@layout.register
def _(answer: NextRaceAnswer) -> Layout:
    meet = answer.meet
    lines: list[str] = []
    if answer.athlete and answer.athlete_not_at_meet:
        lines.append(say("next.not_at_meet", name=f"**{answer.athlete.name}**"))
    if answer.athlete and answer.athlete_not_entered:
        lines.append(
            say("next.not_entered", name=f"**{answer.athlete.name}**") + " " + say("next.of_all")
        )
    if meet is None:
        embed = discord.Embed(title=say("next.nothing"), colour=COLOUR)
        text = say("next.nothing.detail")
        recent = answer.most_recent
        if recent:
            name, when = f"**{safe(recent.name)}**", fmt.meet_when(recent)
            text += " " + say("next.most_recent.short", name=name, when=when)
        embed.description = "\n".join([*lines, text])
        return [Page(embed, [recent.source] if recent else [])]
    lines.append(_countdown(meet))
    embed = discord.Embed(title=safe(meet.name, 256), colour=COLOUR, description="\n".join(lines))
    embed.add_field(
        name=say("next.when_local"), value=safe(f"{fmt.meet_when(meet)} · {meet.timezone}")
    )
    embed.add_field(name=say("next.where.heading"), value=safe(fmt.meet_place(meet)))
    if meet.schedule:
        races = []
        for race in meet.schedule[:10]:
            start = format_dt(race.starts_at, "F") if race.starts_at else fmt.day(race.date)
            races.append(f"{race.event} {fmt.round_name(race.round)}: {start}")
        embed.add_field(name=say("next.programme"), value=safe("\n".join(races)), inline=False)
    if meet.entries:
        lines = [fmt.entry_line(e) for e in meet.entries]
        embed.add_field(name=say("next.entries"), value=safe("\n".join(lines)), inline=False)
    if meet.note:
        embed.add_field(name=say("note"), value=safe(meet.note), inline=False)
    return [Page(embed, fmt.meet_sources(meet))]


# ----------------------------------------------------------------------------- /results
@layout.register
def _(answer: ResultsAnswer) -> Layout:
    race = answer.race
    rows = []
    for row in answer.rows:
        time = f" — {row.time}" if row.time else ""
        place = fmt.row_place(row.place, row.status)
        rows.append(f"`{place:>4}` {safe(row.athlete.label, 80)}{time}")
    embed = discord.Embed(
        title=safe(f"{answer.meet} · {fmt.race_label(race)}", 256),
        description=f"{fmt.day(race.date)}\n\n" + "\n".join(rows),
        colour=COLOUR,
    )
    notes = fmt.result_notes(answer)
    if notes:
        embed.add_field(name=say("results.notes"), value=safe("\n".join(notes)), inline=False)
    if answer.other_races:
        embed.add_field(
            name=say("results.others"),
            value=safe(fmt.races_list(answer.other_races)),
            inline=False,
        )
    return [Page(embed, answer.sources)]


@layout.register
def _(answer: NoResults) -> Layout:
    embed = discord.Embed(description=safe(fmt.no_results(answer), 4000), colour=ERROR_COLOUR)
    if answer.other_races:
        embed.add_field(name=say("results.there"), value=safe(fmt.races_list(answer.other_races)))
    return [Page(embed)]


# ----------------------------------------------------------------------------- /athlete
@layout.register
def _(answer: ProfileAnswer) -> Layout:
    p = answer.person
    role = "" if answer.role == "athlete" else f" · {answer.role}"
    embed = discord.Embed(title=safe(p.label + role, 256), colour=COLOUR)
    facts = []
    if answer.born:
        facts.append(say("profile.born", day=fmt.day(answer.born)))
    facts += [f"• {safe(n.text, 300)}" for n in answer.notable[:8]]
    if facts:
        embed.description = "\n".join(facts)[:4096]
    if answer.latest:
        embed.add_field(
            name=say("profile.latest"), inline=False, value=safe(fmt.race_line(answer.latest))
        )
    if answer.best:
        embed.add_field(
            name=say("profile.best"),
            inline=False,
            value=safe("\n".join(f"{b.event}: {b.time} ({b.meet})" for b in answer.best)),
        )
    if answer.rivals:
        lines = [
            fmt.rival_line(r.opponent.name, r.wins, r.losses, r.no_result, dash="–")
            for r in answer.rivals
        ]
        embed.add_field(
            name=say("profile.rivals"),
            inline=False,
            value=safe("\n".join([*lines, say("profile.rivals.h2h")])),
        )
    counts = say("profile.counts", races=answer.races, quotes=answer.quotes)
    embed.add_field(name=say("profile.in_store"), value=counts)
    return [Page(embed, answer.sources)]


# ----------------------------------------------------------------------------- /timeline
@layout.register
def _(answer: TimelineAnswer) -> Layout:
    order = say("timeline.newest" if answer.newest_first else "timeline.oldest")
    title = safe(fmt.timeline_title(answer), 256)
    if not answer.items:
        embed = discord.Embed(title=title, colour=COLOUR, description=say("timeline.nothing.long"))
        return [Page(embed)]
    pages = chunks(answer.items, TIMELINE_PER_PAGE)
    count = say("timeline.count.order", events=counted(len(answer.items), "event"), order=order)

    def page(number: int) -> Page:
        blocks = []
        for item in pages[number]:
            where = " " + source_link(item.source) if item.source.url else ""
            note = f"\n*{safe(item.note, 200)}*" if item.note else ""
            blocks.append(
                f"**{fmt.partial_date(item.date)} — {safe(item.title, 200)}**\n"
                f"{safe(item.summary, 300)}{where}{note}"
            )
        text = (count + "\n\n" + "\n\n".join(blocks))[:4096]
        embed = discord.Embed(title=title, colour=COLOUR, description=text)
        return Page(embed, distinct(i.source for i in pages[number]))

    return LazyPages(len(pages), page)


# ----------------------------------------------------------------------------- /about
@layout.register
def _(answer: AboutAnswer) -> Layout:
    c = answer.counts
    embed = discord.Embed(
        title=say("about.title"),
        colour=COLOUR,
        description=say("about.intro.long", rivals=f"**{fmt.rivals(answer.rivalries)}**"),
    )
    races = say("about.races.count", races=c["races"], results=c["results"])
    embed.add_field(name=say("about.races"), value=races)
    for kind in ("quotes", "timeline", "meets", "athletes", "sources"):
        embed.add_field(name=say(f"about.{kind}"), value=str(c[kind]))
    first = fmt.day(answer.first_race, answer.first_year)
    last = fmt.day(answer.last_race)
    embed.add_field(
        name=say("about.range.heading"),
        inline=False,
        value=say("about.range.short", first=first, last=last),
    )
    embed.add_field(
        name=say("about.mistake.heading"),
        inline=False,
        value=say("about.mistake.detail", url=answer.issues_url),
    )
    return [Page(embed, distinct(r.source for r in answer.rivalries))]


# ----------------------------------------------------------------------------- /ask
@layout.register
def _(answer: AskAnswer) -> Layout:
    # the command's own pages, finished (notes, sources, freshness); Discord shows the
    # reading above them as the message's text (bot/exts/ask.py)
    inner = render_embeds(answer.answer)
    return LazyPages(len(inner), lambda number: Page(inner[number]))


@layout.register
def _(answer: NotSure) -> Layout:
    lines = fmt.not_sure_lines(answer)
    embed = discord.Embed(description=safe("\n".join(lines), 4000), colour=ERROR_COLOUR)
    embed.add_field(
        name=say("ask.try"),
        value=safe("\n".join(f"• {e}" for e in answer.examples)),
        inline=False,
    )
    return [Page(embed)]


@layout.register
def _(answer: CannotKnow) -> Layout:
    text = say(f"ask.outside.{answer.topic}")
    return [Page(discord.Embed(description=safe(text, 4000), colour=COLOUR))]
