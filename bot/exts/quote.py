"""/quote: options -> bot.commands.quote -> embed, with an "Another" button."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.answers.quotes import QuoteAnswer, quote_at
from bot.app import RivalryBot
from bot.exts.options import athlete_autocomplete, cooldown
from bot.exts.respond import NO_MENTIONS, OwnedView, send_answer
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
    async def another(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the next matching quote."""
        del button
        try:
            self.answer = quote_at(self.bot.store, self.answer, self.answer.position + 1)
        except KeyError:  # the facts were reloaded and this quote is gone
            await interaction.response.send_message(
                say("quote.gone"),
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        await interaction.response.edit_message(embed=render_embeds(self.answer)[0], view=self)


class Quotes(commands.Cog):
    """The quote command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote", description="What an athlete said, with its source")
    @app_commands.describe(
        athlete="Who said it, e.g. Ingebrigtsen",
        topic="About whom or what, e.g. Kerr, blindfolded, weaknesses",
    )
    @app_commands.autocomplete(athlete=athlete_autocomplete)
    @cooldown
    async def quote(
        self, interaction: discord.Interaction, athlete: str, topic: str | None = None
    ) -> None:
        """Answer /quote."""
        answer = cmd.quote(self.bot.context(), athlete, topic, seed=interaction.id)
        view = None
        if isinstance(answer, QuoteAnswer):
            view = AnotherQuote(self.bot, answer, interaction.user.id)
        await send_answer(interaction, answer, view)


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Quotes(bot))
