"""/report and "Report a mistake": a form, the report stored, a private receipt, the staff told.

The button (``bot.exts.report_button``) carries the answer it was put on; ``/report`` alone
records the clock and the store in service. Whatever a fan typed is cleaned and limited
(``bot.reports.text``) and nothing shown again can ping anyone.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import RivalryBot
from bot.exts.cooldown import per_user
from bot.exts.interaction import Interaction
from bot.exts.queries import unpack
from bot.exts.report_button import TEMPLATE, ReportClick, store_version
from bot.exts.respond import NO_MENTIONS, send_error, send_private
from bot.exts.translator import server_language, viewer_language
from bot.i18n import speak, speaking_in
from bot.phrases import say
from bot.registry import DISCORD_ONLY
from bot.reports import Asked, Report, ReportError, ReportStore, clean_link, clean_what
from bot.reports.text import MAX_LINK, MAX_WHAT, neutralise, report_excerpt

log = logging.getLogger(__name__)

FORM_TIMEOUT = 900.0  # seconds a fan may take to write


def asked_of(custom_id: str) -> Asked:
    """The answer a report button was put on, from its custom id."""
    match = re.fullmatch(TEMPLATE, custom_id)
    if match is None:
        return Asked(command=None)
    asked = unpack(match["query"])
    if asked is None:  # a reference to a query: report buttons write theirs whole
        return Asked(command=None)
    command, options, _ = asked
    clock = match["clock"]
    return Asked(
        command=command or None,
        options=options,
        answered_at=dt.datetime.fromtimestamp(int(clock, 16), dt.UTC) if clock else None,
        store_version=match["stamp"] or None,
        facts_as_of=_day(match["asof"]),
    )


def _day(digits: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(digits) if digits else None  # YYYYMMDD
    except ValueError:  # a custom id no button of ours made
        return None


def discord_safe(text: str) -> str:
    """Typed text to show in Discord: no pings, no Markdown of the fan's."""
    return neutralise(discord.utils.escape_markdown(text))


class ReportForm(discord.ui.Modal):
    """What is wrong, and a link that shows it (optional)."""

    def __init__(self, cog: Reports, asked: Asked) -> None:
        super().__init__(title=say("report.title")[:45], timeout=FORM_TIMEOUT)
        self.cog, self.asked = cog, asked
        self.what: discord.ui.TextInput[ReportForm] = discord.ui.TextInput(
            label=say("report.what")[:45],
            style=discord.TextStyle.paragraph,
            placeholder=say("report.what.hint")[:100],
            max_length=MAX_WHAT,
        )
        self.link: discord.ui.TextInput[ReportForm] = discord.ui.TextInput(
            label=say("report.link")[:45],
            placeholder="https://",
            required=False,
            max_length=MAX_LINK,
        )
        self.add_item(self.what).add_item(self.link)

    async def on_submit(self, interaction: Interaction) -> None:  # type: ignore[override]
        """Store the report and answer privately."""
        speak(viewer_language(interaction))
        await self.cog.submit(interaction, self.asked, self.what.value, self.link.value)

    async def on_error(  # type: ignore[override]
        self, interaction: Interaction, error: Exception
    ) -> None:
        """Log it; tell the fan privately."""
        log.exception("a report could not be saved", exc_info=error)
        speak(viewer_language(interaction))
        await send_error(interaction, say("error.unexpected"))


class Reports(commands.Cog):
    """Fans' reports of mistakes."""

    def __init__(self, bot: RivalryBot) -> None:
        assert bot.database is not None, "the database engine is made before the cogs load"
        self.bot = bot
        self.store = ReportStore(bot.database)

    @app_commands.command(name="report", description=DISCORD_ONLY["report"])
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @per_user
    async def report(self, interaction: Interaction) -> None:
        """Answer /report: the form, with the store in service as its context."""
        asked = Asked(
            command=None,
            store_version=store_version(self.bot),
            facts_as_of=self.bot.store.facts_as_of,
        )
        await interaction.response.send_modal(ReportForm(self, asked))

    async def open_form(self, interaction: Interaction, custom_id: str) -> None:
        """A click on "Report a mistake": the form, on the answer the button carries."""
        speak(viewer_language(interaction))
        await interaction.response.send_modal(ReportForm(self, asked_of(custom_id)))

    async def submit(
        self, interaction: Interaction, asked: Asked, what: str, link: str | None
    ) -> None:
        """Clean, store (within the day's limit), give the receipt, tell the staff."""
        now = self.bot.now()
        try:
            report = await self.store.add(
                user_id=interaction.user.id,
                what=clean_what(what),
                link=clean_link(link),
                asked=asked,
                now=now,
                limit=self.bot.settings.report_limit,
                locale=interaction.locale.value,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
            )
        except ReportError as refused:
            await send_private(interaction, refusal(refused, now))
            return
        receipt = say(
            "report.receipt", number=report.id, excerpt=discord_safe(report_excerpt(report.what))
        )
        await send_private(interaction, receipt)
        await self.tell_staff(report)

    async def tell_staff(self, report: Report) -> None:
        """Post the report in REPORTS_CHANNEL_ID, if set (a failure is logged, not shown)."""
        channel_id = self.bot.settings.reports_channel_id
        if channel_id is None:
            return
        try:
            channel = self.bot.get_channel(channel_id) or await self.bot.fetch_channel(channel_id)
            if not isinstance(channel, discord.abc.Messageable):
                raise TypeError(f"channel {channel_id} takes no messages")
            with speaking_in(server_language(getattr(channel, "guild", None))):
                embed = staff_embed(report)
            await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
        except (discord.DiscordException, TypeError) as error:  # gone, forbidden, not text
            log.warning("report #%d not posted to channel %s: %s", report.id, channel_id, error)


def refusal(refused: ReportError, now: dt.datetime) -> str:
    """The one line that says why a report was not saved."""
    if refused.key == "report.limit":
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), dt.UTC)
        refused.values["countdown"] = discord.utils.format_dt(tomorrow, "R")
    return say(refused.key, **refused.values)


def staff_embed(report: Report) -> discord.Embed:
    """A new report as the staff channel sees it."""
    embed = discord.Embed(
        title=say("report.staff.title", number=report.id),
        description=discord_safe(report.what),
        timestamp=report.created_at,
    )
    embed.add_field(name=say("report.staff.from"), value=f"<@{report.user_id}>")
    on = discord_safe(report.asked.line)[:900]
    if report.asked.answered_at is not None:
        on += " · " + discord.utils.format_dt(report.asked.answered_at, "f")
    embed.add_field(name=say("report.staff.on"), value=on)
    if report.link:
        embed.add_field(name=say("report.staff.link"), value=f"<{report.link}>", inline=False)
    asked = report.asked
    embed.set_footer(
        text=say(
            "report.staff.store",
            version=asked.store_version or "?",
            day=asked.facts_as_of.isoformat() if asked.facts_as_of else "?",
        )
    )
    return embed


async def forget_reports(bot: RivalryBot, user_id: int) -> int:
    """Delete a user's reports (``/forget-me``); returns how many."""
    assert bot.database is not None
    return await ReportStore(bot.database).forget_user(user_id)


async def setup(bot: RivalryBot) -> None:
    """Add /report and let every process answer "Report a mistake"."""
    await bot.add_cog(Reports(bot))
    bot.add_dynamic_items(ReportClick)


async def teardown(bot: RivalryBot) -> None:
    """Stop answering the button."""
    bot.remove_dynamic_items(ReportClick)
