"""Memory per bot process: the store, plus what discord.py caches for each server it serves.

A process holds one copy of the store (measured by the start-up runs) and, per guild of its
shards, what the GUILD_CREATE payloads leave in discord.py's cache. The guilds are created in
SimCord (offline Discord) and only allocations made by discord.py's own modules are counted,
so the simulator's copy of the world is left out.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from pathlib import Path

import discord
import simcord

from bot import create_bot
from bot.ask.intents import model_for
from bot.facts import load_store
from bot.resolve import Resolver
from bot.settings import REPO_KNOWLEDGE

DISCORD_DIR = str(Path(discord.__file__).parent)


def learn_before_start() -> None:
    """Learn /ask's intent model of the shipped files now, for the bots started next.

    A bot of the same files shares it, instead of learning it while SimCord waits at most 5 s
    for the bot to start (a loaded machine outlasts that).
    """
    model_for(Resolver(load_store(REPO_KNOWLEDGE)))


CHANNELS, ROLES = 12, 8


async def _cache_bytes_per_guild(guilds: int, shards: int) -> float:
    learn_before_start()
    bot = create_bot(knowledge_dir=REPO_KNOWLEDGE, shard_count=shards)
    async with simcord.run(bot) as env:
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        for number in range(guilds):
            guild = env.create_guild(f"server {number}", shard_id=number % shards)
            # a modest fan server: a few channels and roles (members are not cached: the bot
            # asks for no member intent)
            for channel in range(CHANNELS):
                guild.create_text_channel(f"channel-{channel}")
            for role in range(ROLES):
                guild.create_role(f"role-{role}")
        await env.settle()
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        assert len(bot.guilds) == guilds
    only = [tracemalloc.Filter(True, f"{DISCORD_DIR}/*")]
    grown = after.filter_traces(only).compare_to(before.filter_traces(only), "filename")
    return sum(stat.size_diff for stat in grown) / guilds


def bench_guild_cache(guilds: int = 500, shards: int = 2) -> float:
    """Print and return discord.py's cache bytes per guild (guilds spread over ``shards``)."""
    per_guild = asyncio.run(_cache_bytes_per_guild(guilds, shards))
    print(
        f"  discord.py cache per server ({CHANNELS} channels, {ROLES} roles; {guilds} servers): "
        f"{per_guild / 1024:.1f} KB -> {per_guild * 2500 / 2**20:.1f} MB for a full shard "
        "(2,500 servers)"
    )
    return per_guild


if __name__ == "__main__":
    bench_guild_cache()
