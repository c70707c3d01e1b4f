"""/timeline laid out: dated moments, eight a page, each with its source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import discord

from bot.features.timeline.answer import TimelineAnswer, TimelineItem
from bot.features.timeline.kinds import EVENT_KINDS, OTHER, kind_of
from bot.i18n import speaking
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, LazyPages, Page, chunks, safe, source_link
from bot.render.text import Lines

TIMELINE_PER_PAGE = 8
# each kind of moment (bot.features.timeline.kinds) by its name in a page's legend
KIND_NAMES = {
    "injury": "timeline.kind.injury",
    "absence": "timeline.kind.absence",
    "record": "timeline.kind.record",
    "off the track": "timeline.kind.off the track",
    "title": "timeline.kind.title",
    "words": "timeline.kind.words",
    "race": "timeline.kind.race",
    "other": "timeline.kind.other",
}


def timeline_title(answer: TimelineAnswer) -> str:
    """The timeline's title: "Timeline of Josh Kerr & Jakob Ingebrigtsen in 2024"."""
    who = say("list.both").join(p.name for p in answer.athletes) or say("timeline.rivalry")
    if answer.year:
        return say("timeline.title.year", who=who, year=answer.year)
    return say("timeline.title", who=who)


def chip(date: str) -> str:
    """A moment's day under its year's heading: "Dec 6", "Dec", or the year when that is all."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return fmt.short_day(dt.date(*parts))
    if len(parts) == 2:
        return speaking().date(dt.date(parts[0], parts[1], 1), "MMM")
    return date


def _moment(item: TimelineItem) -> str:
    """A marker of its kind, the day, the title; the summary and its one source link below."""
    _, marker = kind_of(item.title)
    where = source_link(item.source, fallback=60)
    note = f"\n*{safe(item.note, 200)}*" if item.note else ""
    summary = safe(item.summary, 300) + (f" {where}" if where else "")
    return f"{marker} `{chip(item.date)}` **{safe(item.title, 200)}**\n{summary}{note}"


def legend(items: Sequence[TimelineItem]) -> str:
    """The markers a page uses, each with its kind's name: "🏁 race · 🩹 injury"."""
    used = {kind_of(i.title) for i in items}
    # in the rules' order, so every page lists its kinds the same way
    ordered = [(kind, marker) for kind, marker, _ in EVENT_KINDS] + [OTHER]
    return " · ".join(f"{m} {say(KIND_NAMES[k])}" for k, m in ordered if (k, m) in used)


def timeline_embed(answer: TimelineAnswer) -> Layout:
    """How many moments in which order, then the page's moments under their years' headings."""
    order = say("timeline.newest" if answer.newest_first else "timeline.oldest")
    title = safe(timeline_title(answer), 256)
    if not answer.items:
        embed = discord.Embed(title=title, colour=COLOUR, description=say("timeline.nothing.long"))
        return [Page(embed)]
    pages = chunks(answer.items, TIMELINE_PER_PAGE)
    count = say("timeline.count.order", events=counted(len(answer.items), "event"), order=order)

    def page(number: int) -> Page:
        shown = pages[number]
        blocks = [count, legend(shown)]
        year = None
        for item in shown:
            if item.date[:4] != year:  # a heading per year: the eye finds the season first
                year = item.date[:4]
                blocks.append(f"### {year}")
            blocks.append(_moment(item))
        embed = discord.Embed(title=title, colour=COLOUR, description="\n\n".join(blocks)[:4096])
        # each moment links its own source: no list of them below
        return Page(embed)

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
