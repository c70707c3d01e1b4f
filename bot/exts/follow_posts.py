"""Posting what following owes: reminders and "results are in", from any process.

Each post goes to the follow's channel through the REST API when this process does not hold
the channel (another shard's server), worded in the server's stored locale, with a nonce
derived from what it posts (Discord's ``enforce_nonce``: a retry after a crash returns the
first message instead of a second).
"""

from __future__ import annotations

import functools
import hashlib
import logging

import discord

from bot.answers.results import ResultsQuery, meet_results
from bot.app import RivalryBot
from bot.exts.respond import NO_MENTIONS
from bot.exts.translator import server_language
from bot.follow.records import Follow, Reminder
from bot.follow.service import Following, ResultsDue
from bot.i18n import Language, language, speaking_in
from bot.phrases import say
from bot.render.embeds import render_embeds
from bot.render.follow import reminder_text, results_post_line

log = logging.getLogger(__name__)


def reminder_nonce(reminder: Reminder) -> str:
    """One nonce per reminder and due time (at most 25 characters, as Discord allows)."""
    return f"r{reminder.id}.{int(reminder.due_at.timestamp())}"[:25]


def results_nonce(follow_id: int, meet_id: str) -> str:
    """One nonce per results post of a follow and meet."""
    digest = hashlib.blake2b(meet_id.encode(), digest_size=5).hexdigest()
    return f"x{follow_id}.{digest}"[:25]


class Unpostable(Exception):
    """The follow's channel is not one a message can be posted in (a category, a forum)."""


async def channel_of(bot: RivalryBot, channel_id: int) -> discord.abc.Messageable:
    """The channel from this process's cache, else through the REST API (another shard's)."""
    channel = bot.get_channel(channel_id) or await bot.fetch_channel(channel_id)
    if not isinstance(channel, discord.abc.Messageable):
        raise Unpostable(channel_id)
    return channel


def language_of(bot: RivalryBot, follow: Follow) -> Language:
    """The server's language: its stored locale, else its cached guild, else English."""
    if follow.locale:
        return language(follow.locale)
    return server_language(bot.get_guild(follow.guild_id))


async def send_reminder(bot: RivalryBot, reminder: Reminder) -> bool:
    """Post one reminder (channel, or DM); False when it can never be delivered."""
    try:
        if reminder.follow is None:
            assert reminder.user_id is not None
            user = await bot.fetch_user(reminder.user_id)
            text = reminder_text(bot.store, reminder, bot.now())
            await user.send(text, allowed_mentions=NO_MENTIONS, nonce=reminder_nonce(reminder))
            return True
        follow = reminder.follow
        channel = await channel_of(bot, follow.channel_id)
        with speaking_in(language_of(bot, follow)):
            text = reminder_text(bot.store, reminder, bot.now())
        # the configured role may be pinged, nothing and nobody else
        mentions = (
            discord.AllowedMentions(
                everyone=False, users=False, roles=[discord.Object(follow.role_id)]
            )
            if follow.role_id
            else NO_MENTIONS
        )
        await channel.send(text, allowed_mentions=mentions, nonce=reminder_nonce(reminder))
        return True
    except (discord.NotFound, discord.Forbidden, Unpostable) as error:
        log.warning("reminder %d cannot be delivered (%s): dropped", reminder.id, error)
        return False


async def post_one_result(bot: RivalryBot, due: ResultsDue) -> bool:
    """Post one results post; False when it can never be posted (the channel is gone)."""
    try:
        await _post_one(bot, due)
    except (discord.NotFound, discord.Forbidden, Unpostable) as error:
        log.warning("results for follow %d cannot be posted (%s)", due.follow.id, error)
        return False
    return True


async def post_results(bot: RivalryBot, following: Following) -> int:
    """Post the results owed (see :meth:`Following.post_results`) through Discord."""
    return await following.post_results(functools.partial(post_one_result, bot))


async def _post_one(bot: RivalryBot, due: ResultsDue) -> None:
    facts, now = bot.store, bot.now()
    # the race announced, at the clock: its rows and "facts as of" are those known by now
    query = ResultsQuery(
        meet=due.meet_id, event=due.race.event, round=due.race.round, race=due.race.id
    )
    answer = meet_results(facts, query, now=now)
    channel = await channel_of(bot, due.follow.channel_id)
    with speaking_in(language_of(bot, due.follow)):
        text = results_post_line(facts, due.follow, due.meet_id)
        embed = render_embeds(answer)[0]
    await channel.send(
        text,
        embed=embed,
        allowed_mentions=NO_MENTIONS,
        nonce=results_nonce(due.follow.id, due.meet_id),
    )


async def post_gone_notices(bot: RivalryBot, following: Following) -> int:
    """Tell the channels of follows whose meet or athlete left the store (once each)."""

    async def post(follow: Follow) -> bool:
        try:
            channel = await channel_of(bot, follow.channel_id)
            with speaking_in(language_of(bot, follow)):
                text = say("follow.gone.notice", name=follow.saved_name or follow.target)
            await channel.send(text, allowed_mentions=NO_MENTIONS)
        except (discord.NotFound, discord.Forbidden, Unpostable):
            return False
        return True

    return await following.post_gone_notices(post)


async def tell_withdrawn(bot: RivalryBot, following: Following) -> int:
    """DM each owner of a personal reminder a re-plan withdrew (its meet is off)."""
    told = 0
    while following.withdrawn:
        user_id, name = following.withdrawn.pop()
        try:
            user = await bot.fetch_user(user_id)
            await user.send(say("remind.withdrawn", meet=name), allowed_mentions=NO_MENTIONS)
            told += 1
        except discord.HTTPException as error:
            log.warning("could not tell user %d their reminder is off (%s)", user_id, error)
    return told


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord puts a server on."""
    return (guild_id >> 22) % max(shard_count, 1)


async def forget_departed(bot: RivalryBot, following: Following) -> int:
    """Delete the data of servers this process's shards are no longer in (left while down)."""
    count = bot.shard_count or 1
    mine = set(bot.shard_ids) if bot.shard_ids is not None else set(range(count))
    gone = [
        guild_id
        for guild_id in await following.store.guilds()
        if shard_of(guild_id, count) in mine and bot.get_guild(guild_id) is None
    ]
    removed = await following.store.forget_guilds(gone)
    if gone:
        following.timer.rearm()
        log.info("left %d servers while down: %d follows deleted", len(gone), removed)
    return removed
