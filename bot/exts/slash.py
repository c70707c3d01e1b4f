"""The slash commands Discord sees, made from the registry: one per declared command.

Each registry option becomes a discord.py parameter (its type, range, choices, description
and autocomplete), so ``app_commands`` still validates what Discord sends and syncs the same
options. Every command: options -> ``Command.call`` (resolve, answer) -> embeds -> reply.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.app import RivalryBot
from bot.commands import COMMANDS
from bot.exts.buttons import extras_of, register_buttons, unregister_buttons
from bot.exts.cooldown import per_user
from bot.exts.interaction import Interaction, autocomplete
from bot.exts.queries import pack
from bot.exts.respond import send_answer
from bot.exts.where import everywhere
from bot.registry import CHART_OPTION, Command, Option

AutocompleteCallback = Callable[
    [Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]
]


def _annotation(option: Option) -> Any:
    if option.range is not None:
        return app_commands.Range[int, option.range[0], option.range[1]]
    return option.kind


def _signature(options: Sequence[Option]) -> inspect.Signature:
    """What discord.py reads a command's parameters from: the interaction, then the options."""
    interaction_param = inspect.Parameter(
        "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
    )
    parameters = [interaction_param]
    for option in options:
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(option),
                default=inspect.Parameter.empty if option.required else option.default,
            )
        )
    return inspect.Signature(parameters)


def slash_command(spec: Command, cooldown: Callable[[Any], Any]) -> app_commands.Command:
    """The discord.py command for a registry command (its options, checks and callback)."""
    name = spec.name

    async def callback(interaction: Interaction, **values: Any) -> None:
        bot = interaction.client
        # looked up per call: the registry is the one place a command is defined
        declared = COMMANDS[name]
        # a question read as a command comes with that command's chart, when it has one
        wants_chart = (
            values.pop(CHART_OPTION.name, CHART_OPTION.default) if declared.chart else True
        )
        reply = declared.call(bot.context(seed=interaction.id), values)
        # drawn on the chart thread (past its short wait the answer goes without it), and
        # buttons that any process answers, after a restart too
        chart, view = await extras_of(interaction, reply, pack(name, values), wants_chart)
        await send_answer(interaction, reply, view, chart)

    # a command whose answers can be drawn also takes Discord's chart option
    options = (*spec.options, CHART_OPTION) if spec.chart else spec.options
    callback.__signature__ = _signature(options)  # type: ignore[attr-defined]
    decorated: Any = callback
    if options:
        descriptions = {o.name: o.description for o in options}
        decorated = app_commands.describe(**descriptions)(decorated)
    choices = {
        o.name: [app_commands.Choice(name=shown, value=value) for shown, value in o.choices]
        for o in spec.options
        if o.choices
    }
    if choices:
        decorated = app_commands.choices(**choices)(decorated)
    completers = {o.name: autocomplete(o.complete) for o in spec.options if o.complete}
    if completers:
        decorated = app_commands.autocomplete(**completers)(decorated)
    # every registry command only reads the store: it answers wherever a fan types it
    return app_commands.Command(
        name=name, description=spec.description, callback=everywhere(cooldown(decorated))
    )


async def setup(bot: RivalryBot) -> None:
    """Add every registry command to the bot's tree, with the bot's per-user cooldown."""
    for spec in COMMANDS.values():
        bot.tree.add_command(slash_command(spec, per_user))
    register_buttons(bot)  # the persistent buttons of these commands' answers


async def teardown(bot: RivalryBot) -> None:
    """Remove the commands this extension added."""
    for name in COMMANDS:
        bot.tree.remove_command(name)
    unregister_buttons(bot)
