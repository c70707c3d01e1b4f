"""/quote laid out: the quote word for word, when and where it was said, its source."""

from __future__ import annotations

import discord

from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.phrases import say
from bot.render.embed_kit import COLOUR, ERROR_COLOUR, Layout, Page, safe
from bot.render.format import partial_date
from bot.render.text import Lines


def quote_date(said_on: str | None, basis: str) -> str:
    """When a quote was said, or published when that is all the source gives."""
    when = partial_date(said_on)
    return say("published", when=when) if basis == "published" else when


def quote_position(answer: QuoteAnswer) -> str:
    """Where this quote is among the matches: "Quote 2 of 5 by Josh Kerr about “Paris”"."""
    values = {
        "number": answer.position + 1,
        "count": len(answer.order),
        "speaker": answer.quote.speaker.name,
    }
    if answer.topic:
        key = "quote.position.person" if answer.about_person else "quote.position.topic"
        return say(key, topic=answer.topic, **values)
    return say("quote.position", **values)


def context(text: str) -> str:
    """A quote's context as a line of its own, starting with a capital letter.

    The store keeps it as the source words it, often in lower case ("after losing the 2022
    world 1500m final").
    """
    return text[:1].upper() + text[1:]


def no_quote(answer: NoQuote) -> str:
    """Nothing by the speaker fits."""
    if answer.topic:
        key = "quote.none.person" if answer.about_person else "quote.none.topic"
        return say(key, speaker=answer.speaker.name, topic=answer.topic)
    return say("quote.none", speaker=answer.speaker.name)


def quote_embed(answer: QuoteAnswer) -> Layout:
    """The quote as a block quote under its speaker and date, then its context."""
    q = answer.quote
    # where it is among the matches, under the quote: a line, not a field with a label
    position = f"*{safe(quote_position(answer), 200)}*"
    embed = discord.Embed(description=f"> {safe(q.text, 3700)}\n\n{position}", colour=COLOUR)
    embed.set_author(name=safe(f"{q.speaker.label} · {quote_date(q.said_on, q.date_basis)}", 256))
    embed.add_field(name=say("quote.context"), value=safe(context(q.context)), inline=False)
    return [Page(embed, [q.source])]


def no_quote_embed(answer: NoQuote) -> Layout:
    """Nothing fits: the speaker's real topics instead."""
    embed = discord.Embed(description=safe(no_quote(answer), 4000), colour=ERROR_COLOUR)
    if answer.known_topics:
        embed.add_field(name=say("quote.topics"), value=safe(", ".join(answer.known_topics)))
    return [Page(embed)]


def quote_text(answer: QuoteAnswer) -> Lines:
    """The quote in quotation marks, who said it when, its context and its place."""
    q = answer.quote
    lines = [
        f"“{q.text}”",
        f"— {q.speaker.name}, {quote_date(q.said_on, q.date_basis)}",
        f"{say('quote.context')}: {context(q.context)}",
        quote_position(answer),
    ]
    return Lines(lines, [q.source])


def no_quote_text(answer: NoQuote) -> Lines:
    """Nothing fits, and the speaker's real topics."""
    lines = [no_quote(answer)]
    if answer.known_topics:
        lines.append(f"{say('quote.topics')}: " + ", ".join(answer.known_topics))
    return Lines(lines)
