"""Shared fixtures: the shipped store, a resolver over it, and a SimCord world with the bot."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
import pytest_asyncio
import simcord
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import create_bot
from bot.app import RivalryBot
from bot.ask.intents import model_for
from bot.commands import Context
from bot.db.engine import make_engine, migrate
from bot.facts import FactStore, load_store
from bot.knowledge import Knowledge
from bot.resolve import Resolver
from tests.databases import throwaway_postgres

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
# a fixed instant after the store's newest source, so answers do not move with the calendar
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
T = TypeVar("T")


def run_bot(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in a clean environment (only PATH, the test cache and ``env``)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=bot_env(**env),
    )


def side_by_side(*runs: Callable[[], T]) -> list[T]:
    """Independent process starts run two at a time, their results in order.

    The suite runs in one process on one core; a process start is mostly imports, on the other.
    """
    with ThreadPoolExecutor(max_workers=2) as pool:
        return [future.result() for future in [pool.submit(run) for run in runs]]


def bot_env(**env: str) -> dict[str, str]:
    """A clean environment for the bot's process: PATH, the test cache and data, and ``env``."""
    base = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(ROOT),
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
        "XDG_DATA_HOME": os.environ["XDG_DATA_HOME"],
        "PYTHONPATH": str(ROOT),
    }
    return {**base, **env}


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the store cache and the database of every test out of the user's home."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data"))
    # no developer's .env (beside the project or in ~/.config) reaches the tests' settings
    os.environ["ENV_FILE"] = os.devnull


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A PostgreSQL to test against, or None with the reason recorded for the skip."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    try:
        with throwaway_postgres() as started:
            yield started
    except RuntimeError as error:
        _POSTGRES_MISSING.append(str(error))
        yield None


_POSTGRES_MISSING: list[str] = []


def postgres_missing() -> str:
    """Why no PostgreSQL runs for the tests (the skip reason)."""
    return _POSTGRES_MISSING[-1] if _POSTGRES_MISSING else "no PostgreSQL"


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def engine(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> AsyncIterator[AsyncEngine]:
    """A migrated, empty database on each engine (the PostgreSQL case skips when none runs)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    elif postgres_url is None:
        pytest.skip(f"PostgreSQL case skipped: {postgres_missing()}")
    else:
        url = postgres_url
    made = make_engine(url)
    if request.param == "postgresql":
        await reset_postgres(made)
    await migrate(made)
    yield made
    await made.dispose()


async def reset_postgres(made: AsyncEngine) -> None:
    """Drop every table, so each test starts from an empty schema and runs the migrations."""
    async with made.begin() as conn:
        await conn.execute(text("DROP SCHEMA public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))


@pytest.fixture(scope="session")
def store() -> FactStore:
    return load_store(KNOWLEDGE)


@pytest.fixture(scope="session")
def resolver(store: FactStore) -> Resolver:
    return Resolver(store)


@pytest.fixture
def ctx(store: FactStore, resolver: Resolver) -> Callable[..., Context]:
    def make(now: dt.datetime = NOW) -> Context:
        return Context(store, resolver, now)

    return make


class Clock:
    """A settable clock for the bot under test."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def simcord_bot(clock: Clock, store: FactStore, resolver: Resolver) -> RivalryBot:
    # /ask's intent model learnt now (once per session), not while SimCord waits at most 5 s
    # for the starting bot to settle, which a loaded machine can exceed: bots of the same
    # knowledge files share it
    model_for(resolver)
    # the shipped store loaded once for the session (it never changes; a reload installs a
    # new one): a bot per test need not parse, index and settle it again
    knowledge = Knowledge(store, resolver)
    # one shard, as Discord recommends for a bot in a few servers (SimCord needs the count)
    return create_bot(
        knowledge_dir=KNOWLEDGE,
        knowledge=knowledge,
        clock=clock,
        command_rate=1000,
        shard_count=1,
    )


@pytest_asyncio.fixture
async def world(simcord_env: simcord.Env, simcord_bot: RivalryBot) -> World:
    await simcord_bot.tree.sync()  # as an operator does with `python -m bot sync`
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("athletics")
    fan = guild.add_member(simcord_env.create_user("fan"))
    other = guild.add_member(simcord_env.create_user("other"))
    return World(simcord_env, guild, channel, fan, other, simcord_bot)


class World:
    """A guild with a channel and two members, around the running bot."""

    def __init__(self, env, guild, channel, fan, other, bot) -> None:
        self.env, self.guild, self.channel = env, guild, channel
        self.fan, self.other, self.bot = fan, other, bot

    async def slash(self, command: str, /, *, member=None, **options):
        return await (member or self.fan).slash(self.channel, command, **options)

    async def autocomplete(self, command: str, option: str, value: str, /, **filled):
        return await self.fan.autocomplete(self.channel, command, option, value, **filled)
