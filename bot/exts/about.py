"""/about: what the bot knows."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as cmd
from bot.app import RivalryBot
from bot.exts.options import cooldown
from bot.exts.respond import send_answer


class About(commands.Cog):
    """The about command."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", description="What the bot knows and where it comes from")
    @cooldown
    async def about(self, interaction: discord.Interaction) -> None:
        """Answer /about."""
        await send_answer(interaction, cmd.about_bot(self.bot.context()))


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(About(bot))
