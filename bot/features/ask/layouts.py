"""/ask laid out: the reading above the command's own reply, or why no reading fits."""

from __future__ import annotations

import discord

from bot.ask.pastes import MAX_QUESTION
from bot.ask.replies import AskAnswer, CannotKnow, NotSure, PersonFact, Reading
from bot.phrases import say, word
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, ERROR_COLOUR, Layout, LazyPages, Page, safe
from bot.render.embeds import render_embeds
from bot.render.text import Lines, render_text

# the honest short reply to each kind of question the store cannot know (static keys)
OUTSIDE = {
    "weather": "ask.outside.weather",
    "odds": "ask.outside.odds",
    "live": "ask.outside.live",
    "prediction": "ask.outside.prediction",
    "money": "ask.outside.money",
    "personal": "ask.outside.personal",
    "records": "ask.outside.records",
    "other_events": "ask.outside.other_events",
    "opinion": "ask.outside.opinion",
    "women": "ask.outside.women",
    "court": "ask.outside.court",
    "social": "ask.outside.social",
    "instruction": "ask.outside.instruction",
    "fabrication": "ask.outside.fabrication",
    "offtopic": "ask.outside.offtopic",
    "insult": "ask.outside.insult",
}


def quoted(words: list[str], limit: int = 8) -> str:
    """Words as typed, each in quotes: “el”, “guerrouj”."""
    return ", ".join(f"“{w}”" for w in words[:limit])


def cut_note(answer: AskAnswer | NotSure | CannotKnow) -> list[str]:
    """That only part of a long message was read (no line when all of it was)."""
    return [say("ask.cut", count=MAX_QUESTION)] if answer.cut else []


def asked_lines(answer: AskAnswer) -> list[str]:
    """The reading, a second question the message asked (not answered: offered), the cut."""
    also = [say("ask.also", label=shown(answer.also))] if answer.also else []
    return [read_as(answer.reading), *also, *cut_note(answer)]


def not_sure_lines(answer: NotSure) -> list[str]:
    """Why a question was not read: what was recognised, the words left over."""
    lines = [say("ask.no_more" if answer.exhausted else "ask.not_sure"), *cut_note(answer)]
    if answer.understood:
        lines.append(say("ask.recognised", names=", ".join(map(word, answer.understood))))
    if answer.unplaced:
        lines.append(say("ask.unplaced", words=quoted(answer.unplaced)))
    return lines


def shown(reading: Reading) -> str:
    """A reading as its command: "/h2h Josh Kerr vs Jakob Ingebrigtsen, finals only"."""
    label = reading.label
    return (f"/{label.command} " + ", ".join(map(word, label.bits))).rstrip()


def read_as(reading: Reading) -> str:
    """How a question was read: "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen, finals only"."""
    return say("ask.read_as", label=shown(reading))


def ask_embed(answer: AskAnswer) -> Layout:
    """The command's own pages, finished (notes, sources, freshness).

    Discord shows the reading above them as the message's text (bot/exts/ask.py).
    """
    inner = render_embeds(answer.answer)
    return LazyPages(len(inner), lambda number: Page(inner[number]))


def not_sure_embed(answer: NotSure) -> Layout:
    """What was recognised, and example questions to try."""
    lines = not_sure_lines(answer)
    embed = discord.Embed(description=safe("\n".join(lines), 4000), colour=ERROR_COLOUR)
    embed.add_field(
        name=say("ask.try"),
        value=safe("\n".join(f"• {e}" for e in answer.examples)),
        inline=False,
    )
    return [Page(embed)]


def cannot_know_embed(answer: CannotKnow) -> Layout:
    """The short honest reply of the question's topic."""
    text = "\n".join([say(OUTSIDE[answer.topic]), *cut_note(answer)])
    return [Page(discord.Embed(description=safe(text, 4000), colour=COLOUR))]


def ask_text(answer: AskAnswer) -> Lines:
    """The reading, then the command's reply rendered whole (notes, sources, freshness)."""
    return Lines([*asked_lines(answer), render_text(answer.answer)])


def not_sure_text(answer: NotSure) -> Lines:
    """What was recognised, and example questions to try."""
    lines = not_sure_lines(answer)
    lines.append(say("ask.try"))
    lines.extend(f"  • {example}" for example in answer.examples)
    return Lines(lines)


def cannot_know_text(answer: CannotKnow) -> Lines:
    """The short honest reply of the question's topic."""
    return Lines([say(OUTSIDE[answer.topic]), *cut_note(answer)])


def person_fact_lines(answer: PersonFact) -> list[str]:
    """The fact asked for, or that the store does not hold it (one line).

    A coach is the cited lines that name one; an age is worked out from the birth date.
    """
    name = answer.person.name
    if answer.aspect == "age":
        if answer.born is None or answer.age is None:
            line = [say("ask.fact.no_age", name=name)]
        else:
            line = [say("ask.fact.age", name=name, day=fmt.day(answer.born), age=answer.age)]
        return line + _compared(answer, answer.compared)
    if not answer.lines:
        return [say("ask.fact.no_coach", name=name)]
    return [say("ask.fact.coach", name=name), *(f"• {line.text}" for line in answer.lines)]


def _compared(answer: PersonFact, other: PersonFact | None) -> list[str]:
    """The other person's age, and which of the two is the older (born first)."""
    if other is None:
        return []
    lines = person_fact_lines(other)
    born = answer.born
    if born is not None and other.born is not None and other.born != born:
        older = answer.person if born < other.born else other.person
        lines.append(say("ask.fact.older", name=older.name))
    return lines


def person_fact_embed(answer: PersonFact) -> Layout:
    """The fact asked of a person, with its sources."""
    text = "\n".join(person_fact_lines(answer))
    embed = discord.Embed(description=safe(text, 4000), colour=COLOUR)
    return [Page(embed, answer.sources)]


def person_fact_text(answer: PersonFact) -> Lines:
    """The fact asked of a person, with its sources."""
    return Lines(person_fact_lines(answer), answer.sources)
