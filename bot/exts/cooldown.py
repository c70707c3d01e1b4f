"""The per-user cooldown as an app-commands check, over the bot's one :class:`UserCooldowns`."""

from __future__ import annotations

from typing import TypeVar

from discord import app_commands

from bot.exts.interaction import Interaction

T = TypeVar("T")


async def _within_rate(interaction: Interaction) -> bool:
    client = interaction.client
    bucket, wait = client.cooldowns.take(interaction.user.id, interaction.created_at.timestamp())
    if wait:
        # answered by RivalryTree.on_error with the "try again" line
        raise app_commands.CommandOnCooldown(bucket, wait)
    return True


def per_user(command: T) -> T:
    """COMMAND_RATE uses per COMMAND_PER seconds per user, shared with every other command."""
    return app_commands.check(_within_rate)(command)
