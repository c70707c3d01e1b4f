"""/timeline laid out: dated moments, eight a page, each with its source."""

from __future__ import annotations

import discord

from bot.answers.common import distinct
from bot.features.timeline.answer import TimelineAnswer
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, LazyPages, Page, chunks, safe, source_link
from bot.render.text import Lines

TIMELINE_PER_PAGE = 8


def timeline_title(answer: TimelineAnswer) -> str:
    """The timeline's title: "Timeline of Josh Kerr & Jakob Ingebrigtsen in 2024"."""
    who = say("list.both").join(p.name for p in answer.athletes) or say("timeline.rivalry")
    if answer.year:
        return say("timeline.title.year", who=who, year=answer.year)
    return say("timeline.title", who=who)


def timeline_embed(answer: TimelineAnswer) -> Layout:
    """How many moments in which order, then the moments of the page."""
    order = say("timeline.newest" if answer.newest_first else "timeline.oldest")
    title = safe(timeline_title(answer), 256)
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


def timeline_text(answer: TimelineAnswer) -> Lines:
    """Every moment in two lines, with its publisher and any note."""
    count = counted(len(answer.items), "event")
    lines = [f"{timeline_title(answer)}: {count}"]
    if not answer.items:
        lines.append(say("timeline.nothing"))
    for item in answer.items:
        lines.append(f"{fmt.partial_date(item.date)} — {item.title}")
        lines.append(f"    {item.summary} [{item.source.publisher}]")
        if item.note:
            lines.append("    " + say("note.line", note=item.note))
    return Lines(lines)
