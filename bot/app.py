"""Build the Discord bot: settings, clock, fact store and the command extensions."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.ask.intents import model_for
from bot.background import in_daemon_thread
from bot.charts import Charts
from bot.cooldowns import UserCooldowns
from bot.db.engine import make_engine, migrate
from bot.exts.translator import CatalogTranslator, viewer_language
from bot.facts import FactStore, KnowledgeError, settle
from bot.follow.service import Following
from bot.follow.timer import Clock
from bot.i18n import speak
from bot.knowledge import Knowledge, load_knowledge, summary
from bot.phrases import say
from bot.registry import Context
from bot.resolve import Resolver
from bot.settings import Settings, load_settings

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.exts.slash",
    "bot.exts.admin",
    "bot.exts.follow",
    "bot.exts.ask",
    "bot.exts.report",
)


class RivalryTree(app_commands.CommandTree["RivalryBot"]):
    """Answers in the asker's language; answers every failure the user can see."""

    async def interaction_check(self, interaction: discord.Interaction[RivalryBot], /) -> bool:
        """Before any command: answer this interaction in the language of who asked."""
        speak(viewer_language(interaction))
        return True

    async def on_error(
        self, interaction: discord.Interaction[RivalryBot], error: app_commands.AppCommandError, /
    ) -> None:
        """Tell the user ephemerally; log what is not the user's doing."""
        from bot.exts.respond import send_error

        speak(viewer_language(interaction))  # also when the failure came before the check

        if isinstance(error, app_commands.CommandOnCooldown):
            retry = interaction.client.now() + dt.timedelta(seconds=error.retry_after)
            text = say("error.cooldown", countdown=discord.utils.format_dt(retry, "R"))
        elif isinstance(error, app_commands.CheckFailure):
            text = say("error.check")
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.exception("command /%s failed", command, exc_info=error)
            text = say("error.unexpected")
        await send_error(interaction, text)


def _shard_count(settings: Settings) -> int | None:
    """SHARD_COUNT; unset, Discord's recommendation (None), or one shard without a token."""
    if settings.shard_count is None and settings.discord_token is None:
        return 1
    return settings.shard_count


class RivalryBot(commands.AutoShardedBot):
    """The bot: a slash-command tree over one fact store, replaced whole on reload.

    Always sharded: with SHARD_COUNT/SHARD_IDS unset, one process runs every shard Discord
    recommends over one copy of the store; with them set, this process runs only its shards.
    Without a token there is no Discord to ask, so one shard (a simulator, a preview).
    """

    def __init__(
        self, settings: Settings, clock: Clock, knowledge: Knowledge | None = None
    ) -> None:
        # the bot never joins voice: skip discord.py's start-up warnings about voice libraries
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True  # slash commands need nothing more; no privileged intents
        # questions in messages (bot.exts.ask): Discord sends the content of a message that
        # mentions the bot, and of a DM, without the privileged message-content intent
        intents.guild_messages = True
        intents.dm_messages = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=RivalryTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            shard_count=_shard_count(settings),
            # None runs every shard; discord.py's stubs say list[int] only
            shard_ids=settings.shard_ids,  # type: ignore[arg-type]
        )
        self.settings = settings
        self.clock = clock
        # one per-user rate for every command and question, bounded (bot.cooldowns)
        self.cooldowns = UserCooldowns(settings)
        self._knowledge: Knowledge | None = None
        self.sync_dev_guild_on_start = False
        self._reloading = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        # following: the database engine, and the service the follow cog builds over it
        self.database: AsyncEngine | None = None
        self.following: Following | None = None
        # False for one-shot commands (sync): no migration, no reminders sent
        self.run_timers = True
        self.charts = Charts()
        if knowledge is not None:
            self.install(knowledge)

    @property
    def knowledge(self) -> Knowledge:
        """The store and resolver in service."""
        if self._knowledge is None:
            raise RuntimeError("the fact store is not loaded yet")
        return self._knowledge

    @property
    def store(self) -> FactStore:
        """The fact store in service."""
        return self.knowledge.store

    @property
    def resolver(self) -> Resolver:
        """Name resolution over the store in service."""
        return self.knowledge.resolver

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: a message for the bot is a question, answered by bot.exts.ask."""
        del message

    def now(self) -> dt.datetime:
        """The current instant from the injected clock, always aware UTC."""
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(dt.UTC)

    def context(self, seed: int = 0) -> Context:
        """A fresh command context at the current instant."""
        return Context(self.store, self.resolver, self.now(), self.settings.issues_url, seed)

    def install(self, knowledge: Knowledge) -> None:
        """Serve ``knowledge`` from now on."""
        self._knowledge = knowledge
        settle(knowledge.store)
        log.info("fact store in service: %s", summary(knowledge.store))

    def load_knowledge(self) -> FactStore:
        """Load and validate the store; install it only if valid (else the old one serves on)."""
        self.install(load_knowledge(self.settings))
        return self.store

    async def reload_knowledge(self) -> tuple[bool, str]:
        """Reload ``knowledge/``; on any problem keep serving the old store and say why.

        Parsing and indexing run in a worker thread: at 100x the shipped store they take
        seconds, and the event loop must keep answering and heartbeating meanwhile. Requests
        made while a reload runs wait for it instead of parsing the files twice at once.
        The thread is a daemon: shutdown abandons a parse rather than waiting for it.
        """
        async with self._reloading:
            try:
                knowledge = await in_daemon_thread(
                    functools.partial(_load_and_learn, self.settings), "reload"
                )
            except KnowledgeError as error:
                log.error("reload refused, the old store keeps serving:\n%s", error.report(10))
                return (
                    False,
                    f"Reload refused ({len(error.problems)} problem(s)); "
                    "the previous facts keep serving.\n" + error.report(10),
                )
            self.install(knowledge)
        store = knowledge.store
        # following re-plans reminders, updates server events and posts new results
        self.dispatch("store_reloaded")
        counts = store.counts()
        return True, (
            f"Reloaded: {counts['races']} races, {counts['quotes']} quotes, "
            f"{counts['meets']} meets; facts as of {store.facts_as_of}."
        )

    def reload_from_signal(self) -> None:
        """SIGHUP: reload the knowledge files in the background."""
        task = asyncio.get_running_loop().create_task(self._reload_and_log())
        # the loop keeps only a weak reference to tasks
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _reload_and_log(self) -> None:
        try:
            ok, message = await self.reload_knowledge()
        except Exception:
            # a task's exception is otherwise only reported when it is garbage collected
            log.exception("SIGHUP: reload failed; the previous facts keep serving")
            return
        log.log(logging.INFO if ok else logging.ERROR, "SIGHUP: %s", message.splitlines()[0])

    async def on_shard_ready(self, shard_id: int) -> None:
        """Log each shard this process runs as it comes up."""
        log.info("shard %d of %s ready", shard_id, self.shard_count)

    async def setup_hook(self) -> None:
        """Load the fact store and the command extensions before connecting."""
        if self._knowledge is None:
            self.load_knowledge()
        self.database = make_engine(self.settings.database)
        if self.run_timers:
            await migrate(self.database)  # creates or upgrades the schema on every start
        # import the plotting library on the chart thread now, not on the first /h2h
        loop = asyncio.get_running_loop()
        # and learn /ask's intent model from its labelled questions now, not on the first /ask
        for warm in (loop.create_task(self.charts.warm_up()), loop.create_task(self._learn())):
            self._background.add(warm)
            warm.add_done_callback(self._background.discard)
        await self.tree.set_translator(CatalogTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.dev_guild_id and self.sync_dev_guild_on_start:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), guild.id)

    async def _learn(self) -> None:
        """Learn /ask's intent model for the store in service, off the event loop."""
        await in_daemon_thread(functools.partial(model_for, self.resolver), "intents")

    async def close(self) -> None:
        """Stop the reminder timer and the chart thread, release the database, disconnect."""
        if self.following is not None:
            await self.following.timer.stop()
        self.charts.close()
        await super().close()
        if self.database is not None:
            await self.database.dispose()


def create_bot(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    knowledge: Knowledge | None = None,
    knowledge_dir: Path | str | None = None,
    **overrides: Any,
) -> RivalryBot:
    """Build the bot without touching the network.

    Give ``settings`` (and, when already loaded, ``knowledge``), or settings as keywords
    (``create_bot(knowledge_dir=..., command_rate=...)``) read over the environment. Without
    ``knowledge`` the store loads in ``setup_hook``.
    """
    if knowledge_dir is not None:
        overrides["knowledge_dir"] = Path(knowledge_dir)
    if settings is None:
        settings = load_settings(**overrides)
    elif overrides:
        settings = settings.model_copy(update=overrides)
    return RivalryBot(settings, clock or discord.utils.utcnow, knowledge)


def _load_and_learn(settings: Settings) -> Knowledge:
    """Load the knowledge and learn /ask's intent model over it (both off the event loop)."""
    knowledge = load_knowledge(settings)
    model_for(knowledge.resolver)
    return knowledge
