"""Sharding: one process runs every shard over one store, or only the shards it is given."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot import create_bot
from bot.app import RivalryBot
from bot.settings import load_settings

from .conftest import KNOWLEDGE, NOW, Clock


@pytest.fixture
def shards(request: pytest.FixtureRequest) -> dict[str, object]:
    return getattr(request, "param", {})


@pytest.fixture
def simcord_bot(shards: dict[str, object]) -> RivalryBot:
    # a token (never used: SimCord is the Discord here) so that, unset, the count is Discord's
    return create_bot(
        knowledge_dir=KNOWLEDGE,
        clock=Clock(NOW),
        command_rate=1000,
        discord_token="simulated",
        **shards,
    )


def test_without_a_token_one_shard_so_a_simulator_or_preview_can_run_it() -> None:
    """No token, no Discord to ask for a count: one shard (the screenshot tool relies on it)."""
    assert create_bot(knowledge_dir=KNOWLEDGE).shard_count == 1
    assert create_bot(knowledge_dir=KNOWLEDGE, shard_count=2).shard_count == 2
    assert create_bot(knowledge_dir=KNOWLEDGE, discord_token="t").shard_count is None


async def ask_h2h_in(env, bot: RivalryBot, shard_id: int) -> str:
    guild = env.create_guild(f"shard {shard_id}", shard_id=shard_id)
    channel = guild.create_text_channel("athletics")
    fan = guild.add_member(env.create_user(f"fan{shard_id}"))
    result = await fan.slash(channel, "h2h", athlete="kerr", opponent="ingebrigtsen")
    assert bot.get_guild(guild.id).shard_id == shard_id
    return result.response.embeds[0].description


@pytest.mark.simcord(shard_count=3)  # what Discord recommends; the bot asks when unset
async def test_unset_runs_every_shard_in_one_process_over_one_store(simcord_env, simcord_bot):
    await simcord_bot.tree.sync()
    assert simcord_bot.shard_count == 3 and sorted(simcord_bot.shards) == [0, 1, 2]
    answers = [await ask_h2h_in(simcord_env, simcord_bot, shard) for shard in (0, 1, 2)]
    assert all("Kerr 4 – 11 Ingebrigtsen" in answer for answer in answers)


@pytest.mark.parametrize("shards", [{"shard_count": 4, "shard_ids": [2, 3]}], indirect=True)
async def test_set_runs_only_the_given_shards(simcord_env, simcord_bot) -> None:
    await simcord_bot.tree.sync()
    assert simcord_bot.shard_count == 4 and sorted(simcord_bot.shards) == [2, 3]
    assert "Kerr 4 – 11 Ingebrigtsen" in await ask_h2h_in(simcord_env, simcord_bot, 3)
    elsewhere = simcord_env.create_guild("another process's shard", shard_id=0)
    assert simcord_bot.get_guild(elsewhere.id) is None  # shard 0 belongs to another process


def test_shard_settings_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("SHARD_COUNT", "4")
    monkeypatch.setenv("SHARD_IDS", "0, 1")
    assert load_settings().shard_ids == [0, 1]
    monkeypatch.setenv("SHARD_IDS", "[2,3]")
    assert load_settings().shard_ids == [2, 3]
    monkeypatch.delenv("SHARD_COUNT")
    monkeypatch.delenv("SHARD_IDS")
    settings = load_settings()
    assert settings.shard_count is None and settings.shard_ids is None


@pytest.mark.parametrize(
    ("count", "ids", "says"),
    [
        (None, "0", "needs SHARD_COUNT"),
        ("2", "2", "between 0 and 1"),
        ("2", "1,1", "distinct"),
        ("2", "one", "separated by commas"),
        ("0", None, "greater than or equal to 1"),
    ],
)
def test_shard_settings_refused_with_a_reason(monkeypatch, count, ids, says) -> None:
    for name, value in (("SHARD_COUNT", count), ("SHARD_IDS", ids)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=says):
        load_settings()
