"""/results: options -> bot.commands.results -> embed."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import cooldown, meet_autocomplete, results_event_autocomplete
from bot.exts.respond import send_answer


class Results(commands.Cog):
    """The results command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="results", description="Results of a race at a meet")
    @app_commands.describe(
        meet="The meet, e.g. Budapest 2023",
        event="The event (default: the 1500m or mile final)",
        round="Final, semi-final or heat",
    )
    @app_commands.choices(
        round=[
            app_commands.Choice(name="Final", value="final"),
            app_commands.Choice(name="Semi-final", value="semi-final"),
            app_commands.Choice(name="Heat", value="heat"),
        ]
    )
    @app_commands.autocomplete(meet=meet_autocomplete, event=results_event_autocomplete)
    @cooldown
    async def results(
        self,
        interaction: discord.Interaction,
        meet: str,
        event: str | None = None,
        round: str | None = None,
    ) -> None:
        """Answer /results."""
        await send_answer(interaction, cmd.results(self.bot.context(), meet, event, round))


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Results(bot))
