"""/h2h: options -> bot.commands.h2h (resolve, answer) -> embeds, paged."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import athlete_autocomplete, cooldown, h2h_event_autocomplete
from bot.exts.respond import send_answer


class HeadToHead(commands.Cog):
    """The head-to-head command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="h2h", description="Head-to-head record of two athletes")
    @app_commands.describe(
        athlete="An athlete, e.g. Kerr",
        opponent="The other athlete, e.g. Ingebrigtsen",
        event="Only races over this event (1500m, mile, ...)",
        rounds="All races, or finals only",
    )
    @app_commands.choices(
        rounds=[
            app_commands.Choice(name="All races", value="all"),
            app_commands.Choice(name="Finals only", value="finals"),
        ]
    )
    @app_commands.autocomplete(
        athlete=athlete_autocomplete, opponent=athlete_autocomplete, event=h2h_event_autocomplete
    )
    @cooldown
    async def h2h(
        self,
        interaction: discord.Interaction,
        athlete: str,
        opponent: str,
        event: str | None = None,
        rounds: str = "all",
    ) -> None:
        """Answer /h2h."""
        answer = cmd.h2h(self.bot.context(), athlete, opponent, event, rounds)
        await send_answer(interaction, answer)


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(HeadToHead(bot))
