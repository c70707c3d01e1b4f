"""Buttons that belong to a kind of reply (paging is in ``respond``): "Another" for /quote."""

from __future__ import annotations

import discord

from bot.answers.common import Reply
from bot.answers.quotes import QuoteAnswer, quote_at
from bot.app import RivalryBot
from bot.exts.respond import NO_MENTIONS, OwnedView
from bot.phrases import say
from bot.render.embeds import render_embeds


class AnotherQuote(OwnedView):
    """Steps through the matching quotes; each is shown once before any repeats."""

    def __init__(self, bot: RivalryBot, answer: QuoteAnswer, owner_id: int) -> None:
        super().__init__(owner_id)
        self.bot = bot
        self.answer = answer
        self.another.disabled = len(answer.order) < 2

    @discord.ui.button(label="Another", style=discord.ButtonStyle.primary)
    async def another(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Show the next matching quote."""
        try:
            self.answer = quote_at(self.bot.store, self.answer, self.answer.position + 1)
        except KeyError:  # the facts were reloaded and this quote is gone
            await interaction.response.send_message(
                say("quote.gone"), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        await interaction.response.edit_message(embed=render_embeds(self.answer)[0], view=self)


def view_for(bot: RivalryBot, reply: Reply, owner_id: int) -> discord.ui.View | None:
    """The buttons a reply comes with, if its kind has any (long replies get pages anyway)."""
    if isinstance(reply, QuoteAnswer):
        return AnotherQuote(bot, reply, owner_id)
    return None
