"""The bot's interactions, typed once: ``interaction.client`` is the :class:`RivalryBot`.

discord.py makes :class:`discord.Interaction` generic in its client; annotating a handler's
interaction with :data:`Interaction` types the client without a cast at each use. Component
callbacks, which discord.py types for any client, get it through :class:`Clicked`; the
command tree is a ``CommandTree[RivalryBot]`` (``bot.app``).
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


class Clicked:
    """A component of this bot's messages: :meth:`clicked` gets the interaction typed.

    discord.py types an item's callback for any client; every interaction a component of
    this bot receives is this bot's, so here, once, it is typed as such (no cast at each use).
    Mixed in before ``discord.ui.DynamicItem``.
    """

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """discord.py's hook: hand the click on, typed."""
        await self.clicked(interaction)

    async def clicked(self, interaction: Interaction) -> None:
        """Answer a click."""
        raise NotImplementedError


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
