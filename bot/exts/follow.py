"""Following: /follow, /following, /unfollow, /remind, /forget-me, server events, posts.

Discord stays here; what to remind of and when is ``bot.follow`` (no Discord types).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

import discord
from discord import app_commands
from discord.ext import commands

from bot import lookup as cmd
from bot.answers.common import Refusal
from bot.app import RivalryBot
from bot.exts.cooldown import per_user
from bot.exts.follow_posts import (
    forget_departed,
    post_gone_notices,
    post_one_result,
    post_results,
    send_reminder,
    tell_withdrawn,
)
from bot.exts.interaction import Interaction, autocomplete
from bot.exts.report import forget_reports
from bot.exts.respond import NO_MENTIONS, send_answer, send_private
from bot.exts.server_events import AddToEvents, events_view, following_of, sync_server_events
from bot.facts.store import FactStore
from bot.follow.plan import BEFORE_CHOICES, DEFAULT_BEFORE
from bot.follow.records import Follow, FollowError, Kind, Planned, Reminder
from bot.follow.service import Following, Limits
from bot.follow.store import FollowStore
from bot.phrases import counted, say
from bot.registry import DISCORD_ONLY
from bot.render.follow import (
    before_name,
    follow_line,
    stamp,
    target_label,
    target_name,
)

log = logging.getLogger(__name__)

BEFORE = [app_commands.Choice(name=say(key), value=value) for key, value in BEFORE_CHOICES.items()]
MANAGE_SERVER = discord.Permissions(manage_guild=True)
# the options every /follow subcommand shares
POSTED_WHERE = {
    "channel": "Where to post (default: here)",
    "role": "A role to ping in the reminder (nobody else is pinged)",
}


cooldown = per_user  # the bot's one per-user rate, as for every other command


meet_autocomplete = autocomplete(cmd.meets)
athlete_autocomplete = autocomplete(cmd.athletes)


class Follows(commands.Cog, name="Follow"):
    """Server follows, personal reminders, and the posts and events they lead to."""

    follow = app_commands.Group(
        name="follow",
        description=DISCORD_ONLY["follow"],
        # a server's own follows: only where a server installed the bot, never in DMs
        allowed_contexts=app_commands.AppCommandContext(guild=True),
        allowed_installs=app_commands.AppInstallationType(guild=True),
        default_permissions=MANAGE_SERVER,
    )
    remind = app_commands.Group(
        name="remind",
        description=DISCORD_ONLY["remind"],
        allowed_contexts=app_commands.AppCommandContext(
            guild=True, dm_channel=True, private_channel=True
        ),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
    )

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        """Build following over the bot's database, re-plan, and arm the timer."""
        settings = self.bot.settings
        assert self.bot.database is not None  # made in setup_hook, before extensions load
        self.bot.following = Following(
            FollowStore(self.bot.database),
            lambda: self.bot.store,
            self.bot.now,
            self.send_reminder,
            Limits(settings.follow_limit, settings.reminder_limit),
        )
        # the timer posts results the clock held back once their rows are known
        self.bot.following.results_poster = functools.partial(post_one_result, self.bot)
        self.bot.add_dynamic_items(AddToEvents)
        if self.bot.run_timers:
            await self.bot.following.start()

    async def cog_unload(self) -> None:
        """Stop the timer."""
        if self.bot.following is not None:
            await self.bot.following.timer.stop()

    # ---- sending

    async def send_reminder(self, reminder: Reminder) -> bool:
        """Post one reminder (channel, or DM); False when it can never be delivered."""
        return await send_reminder(self.bot, reminder)

    # ---- /follow

    @follow.command(name="meet", description="Post a reminder in a channel before a meet")
    @app_commands.describe(
        meet="The meet, e.g. worlds 2027",
        before="How long before the start (or the main final, when its time is known)",
        **POSTED_WHERE,
    )
    @app_commands.choices(before=BEFORE)
    @app_commands.autocomplete(meet=meet_autocomplete)
    @cooldown
    async def follow_meet(
        self,
        interaction: Interaction,
        meet: app_commands.Range[str, 1, 100],
        channel: discord.TextChannel | None = None,
        role: discord.Role | None = None,
        before: app_commands.Choice[int] | None = None,
    ) -> None:
        """Answer /follow meet."""
        found = cmd.resolve_meet(self.bot.context(), meet)
        await self._follow(interaction, "meet", found, channel, role, before)

    @follow.command(name="athlete", description="Post a reminder before every meet of an athlete")
    @app_commands.describe(
        athlete="The athlete, e.g. kerr",
        before="How long before the start (or his final, when its time is known)",
        **POSTED_WHERE,
    )
    @app_commands.choices(before=BEFORE)
    @app_commands.autocomplete(athlete=athlete_autocomplete)
    @cooldown
    async def follow_athlete(
        self,
        interaction: Interaction,
        athlete: app_commands.Range[str, 1, 100],
        channel: discord.TextChannel | None = None,
        role: discord.Role | None = None,
        before: app_commands.Choice[int] | None = None,
    ) -> None:
        """Answer /follow athlete."""
        found = cmd.resolve_athlete(self.bot.context(), athlete)
        await self._follow(interaction, "athlete", found, channel, role, before)

    async def _follow(
        self,
        interaction: Interaction,
        kind: Kind,
        found: cmd.Found | Refusal,
        channel: discord.TextChannel | None,
        role: discord.Role | None,
        before: app_commands.Choice[int] | None,
    ) -> None:
        if isinstance(found, Refusal):
            await send_answer(interaction, found)
            return
        guild = interaction.guild
        assert guild is not None
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel):
            await send_private(interaction, say("follow.text_channel"))
            return
        refused = _unpostable(guild, target, role)
        if refused is not None:
            await send_private(interaction, refused)
            return
        before_s = before.value if before else DEFAULT_BEFORE
        try:
            follow, planned = await following_of(interaction).follow(
                guild_id=guild.id,
                channel_id=target.id,
                role_id=role.id if role else None,
                kind=kind,
                target=found.id,
                before_s=before_s,
                user_id=interaction.user.id,
                locale=guild.preferred_locale.value,
            )
        except FollowError as error:
            await send_private(interaction, say(error.phrase, limit=error.limit))
            return
        lines = _followed_lines(self.bot.store, follow, planned, target, before_s, role)
        view = discord.utils.MISSING
        if kind == "meet":
            view = events_view(found.id)
        await interaction.response.send_message(
            "\n".join(lines), allowed_mentions=NO_MENTIONS, view=view
        )

    # ---- /following, /unfollow

    @app_commands.command(name="following", description=DISCORD_ONLY["following"])
    @app_commands.guild_only()
    @cooldown
    async def following(self, interaction: Interaction) -> None:
        """Answer /following."""
        assert interaction.guild is not None
        follows = await following_of(interaction).store.follows(interaction.guild.id)
        if not follows:
            await send_private(interaction, say("follow.none"))
            return
        lines = [follow_line(self.bot.store, f) for f in follows]
        await send_private(interaction, "\n".join(lines)[:2000])

    async def _follow_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        if interaction.guild is None:
            return []
        follows = await following_of(interaction).store.follows(interaction.guild.id)
        wanted = current.strip().lower()
        choices = []
        for f in follows:
            name = f"#{f.id} {target_name(self.bot.store, f)}"[:100]
            if wanted in name.lower():
                choices.append(app_commands.Choice(name=name, value=f.id))
        return choices[:25]

    @app_commands.command(name="unfollow", description=DISCORD_ONLY["unfollow"])
    @app_commands.describe(follow="The follow to remove (see /following)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.autocomplete(follow=_follow_autocomplete)
    @cooldown
    async def unfollow(self, interaction: Interaction, follow: app_commands.Range[int, 1]) -> None:
        """Answer /unfollow."""
        assert interaction.guild is not None
        removed = await following_of(interaction).unfollow(interaction.guild.id, follow)
        if removed is None:
            await send_private(interaction, say("follow.unknown", id=follow))
            return
        target = target_name(self.bot.store, removed)
        channel = f"<#{removed.channel_id}>"
        await send_private(interaction, say("follow.stopped", target=target, channel=channel))

    # ---- personal

    @remind.command(name="meet", description="Get a DM before a meet")
    @app_commands.describe(meet="The meet, e.g. worlds 2027", before="How long before")
    @app_commands.choices(before=BEFORE)
    @app_commands.autocomplete(meet=meet_autocomplete)
    @cooldown
    async def remind_meet(
        self,
        interaction: Interaction,
        meet: app_commands.Range[str, 1, 100],
        before: app_commands.Choice[int] | None = None,
    ) -> None:
        """Answer /remind meet."""
        found = cmd.resolve_meet(self.bot.context(), meet)
        if isinstance(found, Refusal):
            await send_answer(interaction, found)
            return
        before_s = before.value if before else DEFAULT_BEFORE
        try:
            planned = await following_of(interaction).remind(
                interaction.user.id, found.id, before_s
            )
        except FollowError as error:
            await send_private(interaction, say(error.phrase, limit=error.limit))
            return
        text = say(
            "remind.done",
            before=before_name(before_s),
            meet=self.bot.store.meets[found.id].name,
            label=target_label(planned.label),
            when=stamp(planned.target_at, "F"),
        )
        await send_private(interaction, text)

    @app_commands.command(name="forget-me", description=DISCORD_ONLY["forget-me"])
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def forget_me(self, interaction: Interaction) -> None:
        """Answer /forget-me."""
        following = following_of(interaction)
        deleted = await following.store.forget_user(interaction.user.id)
        following.timer.rearm()
        reports = await forget_reports(self.bot, interaction.user.id)
        await send_private(
            interaction,
            say(
                "forget.done",
                reminders=counted(deleted, "reminder"),
                reports=counted(reports, "report"),
            ),
        )

    # ---- events from Discord and from reloads

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot left (or was removed from) a server: delete that server's data."""
        following = self.bot.following
        if following is not None:
            removed = await following.store.forget_guild(guild.id)
            following.timer.rearm()
            log.info("left guild %s: %d follows deleted", guild.id, removed)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Connected: forget servers left while down, store locales, post what is owed."""
        following = self.bot.following
        if following is None or not self.bot.run_timers:
            return
        await forget_departed(self.bot, following)
        await following.store.set_locales({g.id: g.preferred_locale.value for g in self.bot.guilds})
        await post_results(self.bot, following)
        await post_gone_notices(self.bot, following)
        await tell_withdrawn(self.bot, following)

    @commands.Cog.listener()
    async def on_guild_update(self, before: discord.Guild, after: discord.Guild) -> None:
        """A server changed its language: its posts follow."""
        if self.bot.following is not None and before.preferred_locale != after.preferred_locale:
            await self.bot.following.store.set_locales({after.id: after.preferred_locale.value})

    @commands.Cog.listener()
    async def on_store_reloaded(self) -> None:
        """A reload: re-plan reminders, update server events, post new results once."""
        following = self.bot.following
        if following is None:
            return
        await following.replan()
        await sync_server_events(self.bot, following)
        await post_results(self.bot, following)
        await post_gone_notices(self.bot, following)
        await tell_withdrawn(self.bot, following)


def _unpostable(
    guild: discord.Guild, target: discord.TextChannel, role: discord.Role | None
) -> str | None:
    """Why posts for a follow could not go to ``target`` (pinging ``role``); None when they can."""
    if not target.permissions_for(guild.me).send_messages:
        return say("follow.needs_send", channel=target.mention)
    if role is not None and role.is_default():
        return say("follow.no_everyone")
    return None


def _followed_lines(
    store: FactStore,
    follow: Follow,
    planned: Sequence[Planned],
    target: discord.TextChannel,
    before_s: int,
    role: discord.Role | None,
) -> list[str]:
    """The confirmation of a new follow: what, where, and the first reminders planned."""
    lines = [
        say(
            "follow.done",
            target=target_name(store, follow),
            channel=target.mention,
            before=before_name(before_s),
            role=say("follow.line.role", role=role.mention) if role else "",
        )
    ]
    for item in planned[:5]:
        meet_name = store.meets[item.meet_id].name
        when = stamp(item.target_at, "F")
        label = target_label(item.label)
        lines.append(say("follow.done.meet", meet=meet_name, label=label, when=when))
    if follow.kind == "athlete" and not planned:
        lines.append(say("follow.done.none_yet"))
    return lines


async def setup(bot: RivalryBot) -> None:
    """Register the cog."""
    await bot.add_cog(Follows(bot))
