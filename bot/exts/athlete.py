"""/athlete: options -> bot.commands.athlete -> embed."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import athlete_autocomplete, cooldown
from bot.exts.respond import send_answer


class Athlete(commands.Cog):
    """The profile command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="athlete", description="An athlete's profile from the store")
    @app_commands.describe(name="The athlete, e.g. Nordås")
    @app_commands.autocomplete(name=athlete_autocomplete)
    @cooldown
    async def athlete(self, interaction: discord.Interaction, name: str) -> None:
        """Answer /athlete."""
        await send_answer(interaction, cmd.athlete(self.bot.context(), name))


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Athlete(bot))
