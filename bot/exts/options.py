"""What the slash commands share: autocomplete callbacks and the per-user cooldown."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.answers.h2h import events_in_common
from bot.answers.results import events_at
from bot.app import RivalryBot
from bot.resolve import MAX_CHOICES, Choice


def _bot(interaction: discord.Interaction) -> RivalryBot:
    client = interaction.client
    assert isinstance(client, RivalryBot)
    return client


def _choices(choices: list[Choice]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=c.name, value=c.value) for c in choices[:MAX_CHOICES]]


async def athlete_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Athletes matching what is typed; the rivalry's athletes when nothing is."""
    return _choices(_bot(interaction).resolver.athlete_choices(current))


async def meet_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Meets matching what is typed; upcoming then latest when nothing is."""
    bot = _bot(interaction)
    return _choices(bot.resolver.meet_choices(current, today=bot.context().today))


def _event_choices(events: list[str], current: str) -> list[app_commands.Choice[str]]:
    wanted = current.strip().lower()
    picked = [e for e in events if wanted in e.lower()] if wanted else events
    return [app_commands.Choice(name=e, value=e) for e in picked[:MAX_CHOICES]]


async def h2h_event_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Events the two athletes already chosen have both run in the same race."""
    bot = _bot(interaction)
    namespace = interaction.namespace
    first = bot.resolver.athlete(str(namespace.athlete or ""))
    second = bot.resolver.athlete(str(namespace.opponent or ""))
    if not (first.found and second.found and first.id and second.id):
        return []
    return _event_choices(events_in_common(bot.store, first.id, second.id), current)


async def results_event_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Events raced at the meet already chosen."""
    bot = _bot(interaction)
    meet = bot.resolver.meet(str(interaction.namespace.meet or ""), today=bot.context().today)
    if not (meet.found and meet.id):
        return []
    return _event_choices(events_at(bot.store, meet.id), current)


async def within_rate(interaction: discord.Interaction) -> bool:
    """A few commands per user per window (COMMAND_RATE per COMMAND_PER seconds), per bot."""
    bot = _bot(interaction)
    settings = bot.settings
    bucket = bot.cooldowns.get(interaction.user.id)
    if bucket is None or (bucket.rate, bucket.per) != (settings.command_rate, settings.command_per):
        bucket = app_commands.Cooldown(settings.command_rate, settings.command_per)
        bot.cooldowns[interaction.user.id] = bucket
    retry_after = bucket.update_rate_limit()
    if retry_after:
        raise app_commands.CommandOnCooldown(bucket, retry_after)
    return True


cooldown = app_commands.check(within_rate)
