"""/h2h laid out: pages of embeds for Discord, lines for the console."""

from __future__ import annotations

import discord

from bot.answers.common import distinct
from bot.answers.meetings import Meeting
from bot.features.h2h import wording
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, LazyPages, Page, chunks, safe, source_link
from bot.render.text import Lines

MEETINGS_PER_PAGE = 6


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
    return f"{head}\n{sa} {a} · {sb} {b} · {wording.winner_line(answer, m)} · {where}"


def h2h_embed(answer: H2HAnswer) -> Layout:
    """The record on top of every page, six meetings a page, newest first."""
    a, b = answer.athlete, answer.opponent
    title = safe(say("h2h.title", athlete=a.label, opponent=b.label), 256)
    scope = wording.scope(answer, joiner=" · ")
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
        f"## {wording.tally_line(answer, answer.tally)}",
        f"{wording.races(answer.tally.total)} · {scope}",
    ]
    if not answer.finals_only:
        finals = wording.tally_line(answer, answer.finals_tally)
        summary.append(say("h2h.finals", tally=f"**{finals}**"))
    if answer.first and answer.last:
        first, last = answer.first, answer.last
        shown = safe(first.meet, 100), safe(last.meet, 100)
        summary.append(
            fmt.met_at(
                ("h2h.first_met", "h2h.first_met.meet"),
                first.meet,
                first.date,
                first.year,
                shown[0],
            )
        )
        summary.append(
            fmt.met_at(
                ("h2h.last_met", "h2h.last_met.meet"), last.meet, last.date, last.year, shown[1]
            )
        )
    header = "\n".join(summary)
    pages = chunks(answer.meetings, MEETINGS_PER_PAGE)

    def page(number: int) -> Page:
        body = "\n\n".join(_meeting_block(answer, m) for m in pages[number])
        text = f"{header}\n\n**{say('h2h.meetings')}**\n\n{body}"[:4096]
        embed = discord.Embed(title=title, colour=COLOUR, description=text)
        return Page(embed, distinct(m.source for m in pages[number]))

    return LazyPages(len(pages), page)


def h2h_text(answer: H2HAnswer) -> Lines:
    """The record, then every meeting in two lines, newest first."""
    a, b = answer.athlete, answer.opponent
    scope = wording.scope(answer, joiner=", ")
    lines = [f"{say('h2h.title', athlete=a.label, opponent=b.label)} — {scope}"]
    if not answer.meetings:
        lines.append(say("h2h.never_met"))
        for person in (a, b):
            latest = answer.latest.get(person.id)
            if latest:
                lines.append(f"{say('h2h.latest', name=person.name)}: {fmt.race_line(latest)}")
        return Lines(lines, [v.source for v in answer.latest.values()])
    tally = wording.tally_line(answer, answer.tally)
    total = answer.tally.total
    lines.append(
        say("h2h.record", tally=tally, count=total, races=say("race" if total == 1 else "races"))
    )
    if not answer.finals_only:
        lines.append(say("h2h.finals", tally=wording.tally_line(answer, answer.finals_tally)))
    if answer.first and answer.last:
        first, last = answer.first, answer.last
        lines.append(
            fmt.met_at(("h2h.first", "h2h.first.meet"), first.meet, first.date, first.year)
        )
        lines.append(fmt.met_at(("h2h.last", "h2h.last.meet"), last.meet, last.date, last.year))
    lines.append("")
    sa, sb = fmt.short_names(a, b)
    for m in answer.meetings:
        ra = fmt.result(m.athlete.place, m.athlete.time, m.athlete.status)
        rb = fmt.result(m.opponent.place, m.opponent.time, m.opponent.status)
        lines.append(
            f"{fmt.day(m.date, m.year)} · {m.meet} · {m.event} {fmt.round_label(m.round, m.heat)}"
        )
        lines.append(
            f"    {sa} {ra} · {sb} {rb} · {wording.winner_line(answer, m)}  [{m.source.publisher}]"
        )
    return Lines(lines, answer.sources)
