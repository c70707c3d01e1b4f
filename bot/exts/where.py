"""Where commands work: the read-only answers everywhere, operators' commands in servers."""

from __future__ import annotations

from typing import TypeVar

from discord import app_commands

T = TypeVar("T")


def everywhere(command: T) -> T:
    """Installed by a server or a user; usable in servers, DMs and group DMs.

    Every read-only answer is declared so (bot.exts.slash). In a server that did not add the
    bot and denies "Use External Apps", Discord makes the answers private.
    """
    command = app_commands.allowed_installs(guilds=True, users=True)(command)
    return app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)(command)


def server_only(command: T) -> T:
    """Only in servers that installed the bot (``/reload``; following is per server too)."""
    return app_commands.guild_install()(app_commands.guild_only()(command))
