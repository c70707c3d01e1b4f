"""Questions in messages: a message that mentions the bot, or a DM, answered as /ask.

/ask itself is a registry command (``bot.commands``); this listener reads messages. The reply's
text says how the question was read; "Not what I meant" shows the next reading. Messages from
bots (and from this bot) are ignored; nobody is pinged; the same per-user rate as the commands.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import discord
from discord.ext import commands

from bot.app import RivalryBot
from bot.ask.reader import MAX_QUESTION
from bot.commands import COMMANDS
from bot.exts.buttons import pack
from bot.exts.report_button import with_report
from bot.exts.respond import NO_MENTIONS, Pager, message_text
from bot.exts.translator import server_language
from bot.exts.views import view_for
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
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()[:MAX_QUESTION]
        reply = COMMANDS["ask"].call(self.bot.context(seed=message.id), {"question": question})
        pages = render_embeds(reply)
        view = view_for(self.bot, reply, message.author.id, in_guild=message.guild is not None)
        if view is None and len(pages) > 1:
            view = Pager(pages, owner_id=message.author.id)
        view = with_report(view, self.bot, reply, pack("ask", {"question": question}))
        content = message_text(reply)
        try:
            if view is None:
                sent = await message.channel.send(
                    content, embed=pages[0], allowed_mentions=NO_MENTIONS
                )
            else:
                sent = await message.channel.send(
                    content, embed=pages[0], view=view, allowed_mentions=NO_MENTIONS
                )
        except discord.Forbidden:  # mentioned where it may not speak: nobody to tell
            log.info("no permission to answer a question in channel %s", message.channel.id)
            return
        if view is not None and hasattr(view, "message"):
            view.message = sent


async def setup(bot: RivalryBot) -> None:
    """Register the listener."""
    await bot.add_cog(Ask(bot))
