"""The "Add to server events" button, and keeping those events in step with the store.

A Discord scheduled event for a meet is created once per server (the database reserves the
(server, meet) row first) and updated or cancelled when a reload changes or drops the meet.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord

from bot.app import RivalryBot
from bot.exts.interaction import Clicked, Interaction
from bot.exts.respond import send_private
from bot.exts.translator import server_language
from bot.follow.plan import EventSpec, event_spec
from bot.follow.service import Following
from bot.i18n import speaking_in
from bot.phrases import say

log = logging.getLogger(__name__)


def following_of(interaction: discord.Interaction[Any]) -> Following:
    """The bot's following service (made when the follow cog loads, before any click)."""
    bot: RivalryBot = interaction.client  # every interaction this bot receives is its own
    following = bot.following
    if following is None:
        raise RuntimeError("a follow interaction before the follow cog has loaded")
    return following


class AddToEvents(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"follow:event:(?P<meet>[a-z0-9-]{1,80})",
):
    """The "Add to server events" button: a Discord scheduled event for the meet, once per server.

    Dynamic (the meet is in the custom id): any process answers a click, even after a restart.
    """

    def __init__(self, meet_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=say("events.button"),
                emoji="📅",
                style=discord.ButtonStyle.secondary,
                custom_id=f"follow:event:{meet_id}",
            )
        )
        self.meet_id = meet_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AddToEvents:
        """Rebuild the button from its custom id."""
        del interaction, item
        return cls(match["meet"])

    async def clicked(self, interaction: Interaction) -> None:
        """Create the event, or say why not (permissions, already there, no date)."""
        bot = interaction.client
        guild = interaction.guild
        if guild is None:
            await send_private(interaction, say("events.guild_only"))
            return
        if not interaction.permissions.manage_events:
            await send_private(interaction, say("events.user_needs"))
            return
        if not interaction.app_permissions.manage_events:
            await send_private(interaction, say("events.bot_needs"))
            return
        meet = bot.store.meets.get(self.meet_id)
        with speaking_in(server_language(guild)):  # one text for the whole server
            spec = event_spec(bot.store, meet) if meet else None
        if meet is None or spec is None:
            await send_private(interaction, say("events.not_on"))
            return
        if spec.start <= bot.now():
            await send_private(interaction, say("events.started", meet=meet.name))
            return
        following = following_of(interaction)
        url = await add_server_event(following, guild, self.meet_id, spec)
        if url is None:
            await send_private(interaction, say("events.busy", meet=meet.name))
        else:
            await send_private(interaction, say("events.added", meet=meet.name, url=url))


async def add_server_event(
    following: Following, guild: discord.Guild, meet_id: str, spec: EventSpec
) -> str | None:
    """The meet's server event, created unless this server already has it; its URL.

    The (server, meet) row is reserved before Discord is asked, so two clicks at once (or
    two processes) cannot create two events. None: another click is creating it right now.
    """
    store = following.store
    if not await store.reserve_server_event(guild.id, meet_id):
        saved = await store.server_event(guild.id, meet_id)
        if saved is None or saved[0] == 0:
            return None
        try:
            event = await guild.fetch_scheduled_event(saved[0])
            return event.url
        except discord.NotFound:
            # a moderator deleted it: make a new one
            await store.drop_server_event(guild.id, meet_id)
            if not await store.reserve_server_event(guild.id, meet_id):
                return None
    try:
        event = await guild.create_scheduled_event(
            name=spec.name,
            start_time=spec.start,
            end_time=spec.end,
            entity_type=discord.EntityType.external,
            privacy_level=discord.PrivacyLevel.guild_only,
            location=spec.location,
            description=spec.description,
            reason=f"Add to server events: {meet_id}",
        )
    except BaseException:
        await store.drop_server_event(guild.id, meet_id)
        raise
    await store.save_server_event(guild.id, meet_id, event.id, spec.signature)
    log.info("server event %s created in guild %s for %s", event.id, guild.id, meet_id)
    return event.url


def events_view(meet_id: str) -> discord.ui.View:
    """A view holding the "Add to server events" button for one meet."""
    view = discord.ui.View(timeout=None)
    view.add_item(AddToEvents(meet_id))
    return view


async def sync_server_events(bot: RivalryBot, following: Following) -> None:
    """Update the server events of meets that changed; cancel those of meets not held."""
    facts = bot.store
    for guild_id, meet_id, event_id, signature in await following.store.server_events():
        guild = bot.get_guild(guild_id)
        if guild is None:
            continue
        meet = facts.meets.get(meet_id)
        with speaking_in(server_language(guild)):
            spec = event_spec(facts, meet) if meet else None
        if spec is not None and spec.signature == signature:
            continue
        try:
            event = await guild.fetch_scheduled_event(event_id)
            if spec is None:
                await event.cancel(reason=f"{meet_id} is not held")
                await following.store.drop_server_event(guild_id, meet_id)
                continue
            await event.edit(
                name=spec.name,
                description=spec.description,
                start_time=spec.start,
                end_time=spec.end,
                entity_type=discord.EntityType.external,
                location=spec.location,
                reason=f"{meet_id} changed in the fact store",
            )
            await following.store.save_server_event(guild_id, meet_id, event_id, spec.signature)
        except discord.NotFound:
            await following.store.drop_server_event(guild_id, meet_id)
        except discord.HTTPException:
            log.exception("could not update server event %s in guild %s", event_id, guild_id)
