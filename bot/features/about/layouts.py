"""/about laid out: what the store holds, its range, where to report a mistake."""

from __future__ import annotations

import discord

from bot.answers.common import distinct
from bot.features.about.answer import AboutAnswer, RivalryRef
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, Page
from bot.render.text import Lines

# the counts shown one field each, and their phrases
COUNT_FIELDS = {
    "quotes": "about.quotes",
    "timeline": "about.timeline",
    "meets": "about.meets",
    "athletes": "about.athletes",
    "sources": "about.sources",
}


def rivals(rivalries: list[RivalryRef]) -> str:
    """The rivalries' titles: "Josh Kerr vs Jakob Ingebrigtsen".

    At a clock before any page called a pair a rivalry, the bot's subject in general words.
    """
    if not rivalries:
        return say("about.rivals.none")
    return say("list.and").join(r.title for r in rivalries)


def about_embed(answer: AboutAnswer) -> Layout:
    """The rivalries as the description, then the counts, the range and the issues link."""
    c = answer.counts
    embed = discord.Embed(
        title=say("about.title"),
        colour=COLOUR,
        description=say("about.intro.long", rivals=f"**{rivals(answer.rivalries)}**"),
    )
    races = say(
        "about.races.count",
        races=c["races"],  # (under the field's name "Races": the number alone)
        results=counted(c["results"], "result"),
    )
    embed.add_field(name=say("about.races"), value=races)
    for kind, phrase in COUNT_FIELDS.items():
        embed.add_field(name=say(phrase), value=str(c[kind]))
    if c["races"]:  # at a clock before any race, no range (not "from 1 to 1 Jan 1")
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


def _counted(counts: dict[str, int]) -> dict[str, str]:
    """Each count with its noun, singular or plural: "1 meet", "77 meets"."""
    nouns = {"races": "race", "results": "result", "quotes": "quote", "timeline": "timeline"}
    nouns |= {"meets": "meet", "athletes": "athlete", "sources": "source"}
    return {
        kind: counted(n, nouns[kind]) if kind in nouns else str(n) for kind, n in counts.items()
    }


def about_text(answer: AboutAnswer) -> Lines:
    """The same in five sentences (four before any race)."""
    c = answer.counts
    lines = [say("about.intro", rivals=rivals(answer.rivalries)), say("about.holds", **_counted(c))]
    if c["races"]:  # at a clock before any race, no range
        first = fmt.day(answer.first_race, answer.first_year)
        lines.append(say("about.range", first=first, last=fmt.day(answer.last_race)))
    lines += [say("about.cited"), say("about.mistake", url=answer.issues_url)]
    return Lines(lines, distinct(r.source for r in answer.rivalries))
