"""Questions in messages: a message that mentions the bot, or a DM, answered as /ask.

/ask itself is a registry command (``bot.commands``); this listener reads messages. The reply's
text says how the question was read; the answer has the buttons and chart of the command it
was read as (``bot.exts.buttons``), and "Not what I meant" shows the next reading. Messages from
bots (and from this bot) are ignored; nobody is pinged; the same per-user rate as the commands.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import discord
from discord.ext import commands

from bot.app import RivalryBot
from bot.ask.pastes import MAX_MESSAGE
from bot.commands import COMMANDS
from bot.exts.buttons import buttons_for, chart_of
from bot.exts.queries import pack
from bot.exts.respond import NO_MENTIONS, chart_file, message_text
from bot.exts.translator import server_language
from bot.i18n import speak
from bot.phrases import say
from bot.render.embeds import render_embeds

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    """Answers questions asked in messages (mentions and DMs)."""

    def __init__(self, bot: RivalryBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot, or any DM; never a bot's message."""
        me = self.bot.user
        if message.author.bot or me is None or message.author.id == me.id:
            return
        if message.guild is not None and me not in message.mentions:
            return
        # each message is its own task: the language set here is this reply's only
        speak(server_language(message.guild))
        # the same per-user rate as the slash commands, counted together with them
        _, wait = self.bot.cooldowns.take(message.author.id, message.created_at.timestamp())
        if wait:
            retry = self.bot.now() + dt.timedelta(seconds=wait)
            text = say("error.cooldown", countdown=discord.utils.format_dt(retry, "R"))
            await message.channel.send(text, allowed_mentions=NO_MENTIONS)
            return
        # the mention itself is not part of the question
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()[:MAX_MESSAGE]
        reply = COMMANDS["ask"].call(self.bot.context(seed=message.id), {"question": question})
        # the buttons and chart of the command it was read as, as /ask gives them
        in_guild = message.guild is not None
        query = pack("ask", {"question": question})
        view = buttons_for(self.bot, reply, message.author.id, query, 0, message.id, in_guild)
        chart = await chart_of(self.bot, reply, message.id)
        first = render_embeds(reply)[0]
        if chart is not None:
            first.set_image(url=f"attachment://{chart.filename}")
        try:
            await message.channel.send(
                message_text(reply),
                embed=first,
                file=chart_file(chart) if chart else discord.utils.MISSING,
                view=view or discord.utils.MISSING,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.Forbidden:  # mentioned where it may not speak: nobody to tell
            log.info("no permission to answer a question in channel %s", message.channel.id)


async def setup(bot: RivalryBot) -> None:
    """Register the listener."""
    await bot.add_cog(Ask(bot))
