"""The bot's interactions, typed once: ``interaction.client`` is the :class:`RivalryBot`.

discord.py makes :class:`discord.Interaction` generic in its client; annotating a handler's
interaction with :data:`Interaction` types the client without a cast at each use.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import discord
from discord import app_commands

from bot.app import RivalryBot
from bot.registry import Completer
from bot.resolve import MAX_CHOICES
from bot.typed import clean

Interaction = discord.Interaction[RivalryBot]
Suggest = Callable[[Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]


def rivalry_bot(interaction: discord.Interaction[Any]) -> RivalryBot:
    """The bot of an interaction typed with any client (discord.py's item hooks are).

    Every interaction this bot sees is its own; anything else is a programming error.
    """
    client = interaction.client
    if not isinstance(client, RivalryBot):
        raise TypeError(f"an interaction of {type(client).__name__}, not of the RivalryBot")
    return client


def autocomplete(complete: Completer) -> Suggest:
    """A registry completer as a discord.py autocomplete callback (every command's options).

    It sees the options filled so far and what is being typed, both cleaned of control
    characters like every typed value.
    """

    async def suggest(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        filled = {k: clean(str(v)) for k, v in interaction.namespace if v is not None}
        choices = complete(interaction.client.context(), filled, clean(current))
        return [app_commands.Choice(name=c.name, value=c.value) for c in choices[:MAX_CHOICES]]

    return suggest
