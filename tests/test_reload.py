"""Reloading knowledge/ without a restart: SIGHUP and the owner's /reload; bad data never wins."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
from pathlib import Path

import discord
import pytest

from bot import create_bot
from bot.__main__ import main
from bot.app import RivalryBot

from .conftest import KNOWLEDGE


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


def break_quotes(folder: Path) -> None:
    (folder / "quotes.yaml").write_text("- id: [unclosed\n", encoding="utf-8")


async def test_reload_refuses_a_broken_store_and_keeps_the_old_one(folder: Path, caplog) -> None:
    bot = create_bot(knowledge_dir=folder, cache_dir=None)
    old = bot.load_knowledge()
    break_quotes(folder)
    with caplog.at_level(logging.ERROR):
        ok, message = await bot.reload_knowledge()
    assert not ok
    assert "Reload refused" in message and "quotes.yaml" in message
    assert bot.store is old
    assert "reload refused" in caplog.text


async def test_reload_installs_a_valid_change(folder: Path) -> None:
    bot = create_bot(knowledge_dir=folder, cache_dir=None)
    bot.load_knowledge()
    path = folder / "timeline.yaml"
    text = path.read_text(encoding="utf-8")
    first_id = next(line for line in text.splitlines() if line.startswith("- id: "))
    path.write_text(text.replace(first_id, first_id + "-renamed", 1), encoding="utf-8")
    ok, message = await bot.reload_knowledge()
    assert ok and message.startswith("Reloaded")
    assert any(e.id.endswith("-renamed") for e in bot.store.timeline)


def test_run_reloads_on_sighup_and_closes_on_sigterm(folder, monkeypatch, caplog) -> None:
    """A fake-login run: the signals reach the real handlers of `python -m bot run`."""
    seen: dict[str, int] = {}

    async def logged(text: str) -> None:
        # the reload runs in a worker thread while the loop goes on
        for _ in range(500):
            if text in caplog.text:
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"never logged: {text}")

    async def fake_start(self: RivalryBot, _token: str) -> None:
        seen["before"] = len(self.store.quotes)
        os.kill(os.getpid(), signal.SIGHUP)  # valid files: reloaded
        await logged("SIGHUP: Reloaded")
        break_quotes(folder)
        os.kill(os.getpid(), signal.SIGHUP)  # broken files: refused, old store serves
        await logged("SIGHUP: Reload refused")
        seen["after"] = len(self.store.quotes)
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(30)  # a real start would run until closed

    monkeypatch.setenv("DISCORD_TOKEN", "fake.token.value")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(folder))
    monkeypatch.setattr(RivalryBot, "start", fake_start)
    with caplog.at_level(logging.INFO):
        assert main(["run"]) == 0
    assert seen["before"] == seen["after"] > 0
    assert "SIGHUP: Reloaded" in caplog.text
    assert "SIGHUP: Reload refused" in caplog.text
    assert "SIGTERM received: closing the bot" in caplog.text
    assert "closed cleanly" in caplog.text
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


async def test_reload_command_for_the_owner(world, tmp_path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    world.bot.settings.knowledge_dir = folder
    admins = world.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    owner = world.guild.add_member(world.env.create_user("owner-member"), roles=[admins])
    world.bot.owner_id = owner.id
    ok = await world.slash("reload", member=owner)
    assert ok.ephemeral and ok.response.content.startswith("Reloaded")
    break_quotes(folder)
    refused = await world.slash("reload", member=owner)
    assert refused.ephemeral and "Reload refused" in refused.response.content
    assert "quotes.yaml" in refused.response.content
    still = await world.slash("quote", athlete="kerr", topic="weaknesses")
    assert not still.ephemeral  # the old store keeps answering


async def test_reload_is_hidden_or_refused_for_others(world) -> None:
    assert "reload" not in world.fan.available_commands(world.channel)
    moderator_role = world.guild.create_role(
        "Mods", permissions=discord.Permissions(manage_guild=True)
    )
    moderator = world.guild.add_member(world.env.create_user("mod"), roles=[moderator_role])
    world.bot.owner_id = world.fan.id  # someone else owns the bot
    refused = await world.slash("reload", member=moderator)
    assert refused.ephemeral
    assert "can't use that command" in refused.response.embeds[0].description
    assert world.env.errors  # the failed check, answered by the tree's on_error


async def test_reload_runs_off_the_event_loop(folder: Path) -> None:
    """While the files are parsed, the loop keeps running (heartbeats, other commands)."""
    bot = create_bot(knowledge_dir=folder, cache_dir=None)
    bot.load_knowledge()
    reload = asyncio.create_task(bot.reload_knowledge())
    ticks = 0
    while not reload.done():
        ticks += 1
        await asyncio.sleep(0.002)
    ok, _ = await reload
    # a reload on the loop itself would let this loop turn once
    assert ok and ticks >= 5
