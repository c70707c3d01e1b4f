"""In-memory buttons that belong to a kind of reply (persistent ones are in ``buttons``).

"Add to server events" for an upcoming meet of /next-race; "Not what I meant" for /ask.
"Another" for /quote, and paging, are persistent (``bot.exts.buttons``).
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.answers.common import Reply
from bot.answers.next_race import NextRaceAnswer
from bot.app import RivalryBot
from bot.ask.answer import answer_reading, no_more_readings
from bot.ask.replies import AskAnswer
from bot.exts.respond import NO_MENTIONS, Pager, message_text
from bot.exts.server_events import events_view
from bot.phrases import say
from bot.render.embeds import render_embeds


class AskView(Pager):
    """The pages of the command's reply, and "Not what I meant" for the next reading."""

    def __init__(
        self, bot: RivalryBot, reply: AskAnswer, pages: Sequence[discord.Embed], owner_id: int
    ) -> None:
        super().__init__(pages, owner_id)
        self.bot = bot
        self.reply = reply
        if len(pages) < 2:  # one page: no paging buttons
            self.remove_item(self.previous)
            self.remove_item(self.next)

    @discord.ui.button(label=say("ask.not_meant"), style=discord.ButtonStyle.secondary)
    async def not_meant(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Show the next reading in place of this one; after the last, example questions."""
        if not self.reply.others:
            examples = render_embeds(no_more_readings(self.bot.context(), self.reply))
            await interaction.response.send_message(
                embed=examples[0], ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        readings = [self.reply.reading, *self.reply.others]
        reply = answer_reading(self.bot.context(), self.reply.question, readings, 1)
        pages = render_embeds(reply)
        view = AskView(self.bot, reply, pages, self.owner_id)
        view.message = self.message
        self.stop()
        await interaction.response.edit_message(
            content=message_text(reply), embed=pages[0], view=view
        )


def view_for(
    bot: RivalryBot, reply: Reply, owner_id: int, in_guild: bool = False
) -> discord.ui.View | None:
    """The buttons a reply comes with, if its kind has any (long replies get pages anyway)."""
    meet = reply.meet if isinstance(reply, NextRaceAnswer) else None
    if in_guild and meet is not None and meet.state == "upcoming":
        # anyone in the server may click; the button checks Manage Events itself
        return events_view(meet.id)
    if isinstance(reply, AskAnswer):
        return AskView(bot, reply, render_embeds(reply), owner_id)
    return None
