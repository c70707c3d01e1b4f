"""``python -m bot run`` and ``sync``: the subcommands that log in to Discord.

Apart from :mod:`bot.__main__` so the others (``check``, ``ask``, ``add``, ``migrate`` ...)
never import discord.py, aiohttp or the bot's Discord layer: this module loads them.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import aiohttp
import discord

from bot.app import RivalryBot, create_bot
from bot.db.engine import prepare
from bot.db.errors import DatabaseUnusable
from bot.db.url import sqlite_path
from bot.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from bot.knowledge import Knowledge
from bot.ops.hosting import sqlite_warning
from bot.settings import Settings

log = logging.getLogger(__name__)

SHUTDOWN_SECONDS = 5.0


async def _run_bot(bot: RivalryBot, token: str) -> int:
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def request_stop(name: str) -> None:
        log.info("%s received: closing the bot", name)
        stopping.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, request_stop, sig.name)
    loop.add_signal_handler(signal.SIGHUP, bot.reload_from_signal)
    async with bot:
        runner = asyncio.create_task(bot.start(token))
        stopper = asyncio.create_task(stopping.wait())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if runner in done:
            stopper.cancel()
            runner.result()  # re-raise a login failure
            return EXIT_OK
        try:
            await asyncio.wait_for(bot.close(), timeout=SHUTDOWN_SECONDS)
        except TimeoutError:
            log.warning("close took longer than %.0f s; exiting anyway", SHUTDOWN_SECONDS)
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
    log.info("closed cleanly")
    return EXIT_OK


def serve(settings: Settings, knowledge: Knowledge) -> int:
    """Serve ``knowledge`` on Discord until SIGTERM or SIGINT (``python -m bot run``)."""
    assert settings.discord_token is not None  # checked by the caller
    if warning := sqlite_warning(sqlite_path(settings.database)):
        log.warning("%s", warning)
    bot = create_bot(settings, knowledge=knowledge)
    bot.sync_dev_guild_on_start = settings.dev_guild_id is not None
    try:
        # the database first: its fault is said as such, never blamed on Discord
        asyncio.run(prepare(settings.database))
        return asyncio.run(_run_bot(bot, settings.discord_token.get_secret_value()))
    except DatabaseUnusable as error:  # before OSError: never blamed on Discord
        print(f"refusing to start: {error}", file=sys.stderr)
        return EXIT_FAILED
    except discord.LoginFailure:
        print(
            "Discord refused the login: the DISCORD_TOKEN is invalid "
            "(reset it in the developer portal, Bot page).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except (OSError, aiohttp.ClientError) as error:
        return _unreachable(error)
    except discord.PrivilegedIntentsRequired:
        print(
            "Discord refused the connection: privileged intents are not enabled.", file=sys.stderr
        )
        return EXIT_FAILED


async def _sync(bot: RivalryBot, token: str, guild_id: int | None) -> int:
    async with bot:
        await bot.login(token)  # runs setup_hook: the store and the commands are loaded
        if guild_id:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            where = f"guild {guild_id}"
        else:
            synced = await bot.tree.sync()
            where = "all guilds (global; may take up to an hour to appear)"
    print(f"synced {len(synced)} commands to {where}: " + ", ".join(f"/{c.name}" for c in synced))
    return EXIT_OK


def cmd_sync(settings: Settings, guild: int | None) -> int:
    """Register the slash commands with Discord, globally or for one guild."""
    if settings.discord_token is None:
        print("DISCORD_TOKEN is not set: sync needs the bot's token.", file=sys.stderr)
        return EXIT_USAGE
    bot = create_bot(settings)
    bot.run_timers = False  # a one-shot login: no reminders sent from here
    try:
        return asyncio.run(_sync(bot, settings.discord_token.get_secret_value(), guild))
    except discord.LoginFailure:
        print("Discord refused the login: the DISCORD_TOKEN is invalid.", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, aiohttp.ClientError) as error:
        return _unreachable(error)


def _unreachable(error: BaseException) -> int:
    """Say Discord could not be reached (network, DNS, TLS): one line, and the exit code."""
    print(
        f"could not reach Discord ({type(error).__name__}); check the network and retry.",
        file=sys.stderr,
    )
    return EXIT_FAILED
