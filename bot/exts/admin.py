"""/reload: the bot owner reloads knowledge/ without a restart."""

from __future__ import annotations

import logging

from discord import app_commands
from discord.ext import commands

from bot.app import RivalryBot
from bot.exts.interaction import Interaction
from bot.exts.respond import NO_MENTIONS
from bot.exts.where import server_only
from bot.registry import DISCORD_ONLY

log = logging.getLogger(__name__)


async def is_owner(interaction: Interaction) -> bool:
    """Only the application's owner may reload."""
    return await interaction.client.is_owner(interaction.user)


class Admin(commands.Cog):
    """Operator commands, hidden from members without Manage Server."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload", description=DISCORD_ONLY["reload"])
    @app_commands.default_permissions(manage_guild=True)
    @server_only  # an operator's command: never in DMs or user installs
    @app_commands.check(is_owner)
    async def reload(self, interaction: Interaction) -> None:
        """Reload knowledge/; an invalid store is refused and the old one keeps serving."""
        # parsing a large store takes longer than the 3 s Discord allows before a reply
        await interaction.response.defer(ephemeral=True, thinking=True)
        _, message = await self.bot.reload_knowledge()
        log.info("/reload by %s: %s", interaction.user.id, message.splitlines()[0])
        await interaction.edit_original_response(
            content=message[:1900], allowed_mentions=NO_MENTIONS
        )


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Admin(bot))
