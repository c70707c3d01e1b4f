"""Command sync is an operator's act: `run` syncs only to DEV_GUILD_ID, never globally."""

from __future__ import annotations

import pytest
import simcord

from bot import create_bot

from .conftest import KNOWLEDGE

GUILD = 1100000000000000001


@pytest.mark.parametrize("sync_on_start", [True, False])
async def test_run_syncs_to_the_dev_guild_only(sync_on_start: bool) -> None:
    bot = create_bot(knowledge_dir=KNOWLEDGE, dev_guild_id=GUILD, cache_dir=None)
    bot.sync_dev_guild_on_start = sync_on_start  # what `python -m bot run` sets with DEV_GUILD_ID
    async with simcord.run(bot, shard_count=1) as env:  # Discord recommends one shard here
        dev = env.create_guild(id=GUILD)
        other = env.create_guild()
        dev_fan = dev.add_member(env.create_user("dev-fan"))
        other_fan = other.add_member(env.create_user("other-fan"))
        dev_channel = dev.create_text_channel("dev")
        other_channel = other.create_text_channel("general")
        assert ("about" in dev_fan.available_commands(dev_channel)) is sync_on_start
        # nothing was synced globally: other guilds see no commands until `python -m bot sync`
        assert "about" not in other_fan.available_commands(other_channel)
        if sync_on_start:
            assert (await dev_fan.slash(dev_channel, "about")).acknowledged
