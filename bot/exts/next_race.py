"""/next-race: options -> bot.commands.next_meet -> embed with Discord timestamps."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import athlete_autocomplete, cooldown, meet_autocomplete
from bot.exts.respond import send_answer


class NextRace(commands.Cog):
    """The countdown command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="next-race", description="Countdown to the next meet")
    @app_commands.describe(
        athlete="Only meets where this athlete is announced",
        meet="A particular meet, e.g. worlds 2027",
    )
    @app_commands.autocomplete(athlete=athlete_autocomplete, meet=meet_autocomplete)
    @cooldown
    async def next_race(
        self, interaction: discord.Interaction, athlete: str | None = None, meet: str | None = None
    ) -> None:
        """Answer /next-race."""
        await send_answer(interaction, cmd.next_meet(self.bot.context(), athlete, meet))


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(NextRace(bot))
