"""/best laid out: one line per event, with its meet, day and source."""

from __future__ import annotations

import discord

from bot.answers.common import distinct
from bot.features.best.answer import Best, BestAnswer
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, Page, safe, source_link
from bot.render.text import Lines


def best_line(item: Best) -> str:
    """One event's best: "1500m: 3:27.79 · Paris Olympics 2024 · 6 Aug 2024"."""
    return say(
        "best.line", event=item.event, time=item.time, meet=item.meet, day=fmt.day(item.date)
    )


def best_embed(answer: BestAnswer) -> Layout:
    """The athlete's bests, each linked to its source."""
    lines = [f"{safe(best_line(b), 300)} {source_link(b.source)}" for b in answer.bests]
    text = "\n".join(lines) or say("best.none")
    embed = discord.Embed(
        title=safe(say("best.title", name=answer.person.label), 256),
        description=text[:4096],
        colour=COLOUR,
    )
    return [Page(embed, distinct(b.source for b in answer.bests))]


def best_text(answer: BestAnswer) -> Lines:
    """The title, then one line per event."""
    lines = [say("best.title", name=answer.person.label)]
    lines += [f"  {best_line(b)}" for b in answer.bests] or [say("best.none")]
    return Lines(lines, distinct(b.source for b in answer.bests))
