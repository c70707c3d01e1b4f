"""/timeline: options -> bot.commands.timeline_events -> embeds, paged."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import athlete_autocomplete, cooldown
from bot.exts.respond import send_answer


class Timeline(commands.Cog):
    """The timeline command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="timeline", description="Dated moments of the rivalry, cited")
    @app_commands.describe(
        athlete="Only events involving this athlete",
        opponent="...and this one too",
        year="Only this year, e.g. 2024",
        order="Newest or oldest first",
    )
    @app_commands.choices(
        order=[
            app_commands.Choice(name="Newest first", value="newest"),
            app_commands.Choice(name="Oldest first", value="oldest"),
        ]
    )
    @app_commands.autocomplete(athlete=athlete_autocomplete, opponent=athlete_autocomplete)
    @cooldown
    async def timeline(
        self,
        interaction: discord.Interaction,
        athlete: str | None = None,
        opponent: str | None = None,
        year: app_commands.Range[int, 2000, 2100] | None = None,
        order: str = "newest",
    ) -> None:
        """Answer /timeline."""
        answer = cmd.timeline_events(self.bot.context(), athlete, opponent, year, order)
        await send_answer(interaction, answer)


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Timeline(bot))
