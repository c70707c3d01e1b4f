"""Replies as Discord embeds: each feature's layout, finished the way every reply ends.

The layouts live with their commands (``bot/features/<name>/layouts.py``) and are found
through :mod:`bot.registry`; a refusal (:class:`Refusal`) is laid out here, as every command
may return one. The Discord-only helpers (escaping, source links, pages) are in
:mod:`bot.render.embed_kit`.
"""

from __future__ import annotations

import discord

from bot.answers.common import Answer, Refusal, Reply
from bot.phrases import say
from bot.registry import layouts_of
from bot.render.embed_kit import (
    ASK_BACK_COLOUR,
    ERROR_COLOUR,
    Layout,
    LazyPages,
    Page,
    Pages,
    notes_field,
    safe,
    sources_field,
)


def refusal_embed(answer: Refusal) -> Layout:
    """A refusal: what was not understood, and what the user may have meant."""
    # names to pick from are a question back, not an error
    colour = ASK_BACK_COLOUR if answer.suggestions else ERROR_COLOUR
    embed = discord.Embed(description=safe(answer.words(), 4000), colour=colour)
    if answer.suggestions:
        embed.add_field(
            name=say("did_you_mean.heading"),
            value=safe("\n".join(f"• {s}" for s in answer.suggestions[:5])),
            inline=False,
        )
    return [Page(embed)]


def embed_layout(reply: Reply) -> Layout:
    """Lay out a reply as pages; :func:`render_embeds` adds what every reply ends with."""
    if isinstance(reply, Refusal):
        return refusal_embed(reply)
    pages: Layout = layouts_of(reply).embed(reply)
    return pages


def render_embeds(reply: Reply) -> Pages:
    """Render any reply as one or more embeds (pages), each ending the same way.

    The first page shows how the typed names were read; an answer's page lists its sources
    and says how fresh the facts are.
    """
    pages = embed_layout(reply)

    def finish(number: int) -> discord.Embed:
        page = pages[number]
        if number == 0:  # said once: a later page is read after the first
            notes_field(page.embed, reply.notes)
        if isinstance(reply, Answer):
            label = say("page", number=number + 1, count=len(pages)) if len(pages) > 1 else ""
            sources_field(page.embed, page.sources, reply.facts_as_of, label)
        return page.embed

    return LazyPages(len(pages), finish)
