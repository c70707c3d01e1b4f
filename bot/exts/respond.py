"""Sending answers to Discord: embeds, ephemeral refusals, and the paging view."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

import discord

from bot.answers.common import Reply
from bot.ask.replies import AskAnswer
from bot.charts import Chart
from bot.exts.report_button import with_report
from bot.exts.translator import viewer_language
from bot.i18n import speak
from bot.phrases import say
from bot.render.embed_kit import ERROR_COLOUR
from bot.render.embeds import render_embeds

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
VIEW_TIMEOUT = 300.0


def message_text(reply: Reply) -> str | None:
    """The text above a reply's embeds: how a plain-words question was read."""
    if isinstance(reply, AskAnswer):
        return say("ask.read_as", label=reply.reading.label)
    return None


async def send_private(interaction: discord.Interaction, text: str) -> None:
    """Answer with plain text only the user sees, pinging nobody."""
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def send_error(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral error, as a follow-up when the interaction was already answered."""
    embed = discord.Embed(description=text, colour=ERROR_COLOUR)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        else:
            await interaction.response.send_message(
                embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException:
        log.exception("could not tell the user about an error")


async def send_answer(
    interaction: discord.Interaction,
    answer: Reply,
    view: discord.ui.View | None = None,
    chart: Chart | None = None,
    query: str | None = None,
) -> None:
    """Reply with an answer: refusals privately, answers publicly (paged when long).

    A chart is attached to the message and shown inside the embed, on every page. With the
    ``query`` it answers (``bot.exts.buttons.pack``), the answer gets "Report a mistake".
    """
    pages = render_embeds(answer)
    text = message_text(answer)
    if answer.refusal:
        await interaction.response.send_message(
            text,
            embeds=pages[:1],
            view=view or discord.utils.MISSING,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        if view is not None and hasattr(view, "message"):
            view.message = await interaction.original_response()
        return
    image = f"attachment://{chart.filename}" if chart else None
    if view is None and len(pages) > 1:
        view = Pager(pages, owner_id=interaction.user.id, image=image)
    view = with_report(view, interaction.client, answer, query)  # type: ignore[arg-type]
    first = pages[0]
    if image:
        first.set_image(url=image)
    file = None
    if chart is not None:
        file = discord.File(
            io.BytesIO(chart.png), filename=chart.filename, description=chart.description
        )
    await interaction.response.send_message(
        text,
        embed=first,
        file=file or discord.utils.MISSING,
        view=view or discord.utils.MISSING,
        allowed_mentions=NO_MENTIONS,
    )
    if view is not None and hasattr(view, "message"):
        view.message = await interaction.original_response()


class OwnedView(discord.ui.View):
    """A view only the person who asked can use; its buttons disable when it times out."""

    def __init__(self, owner_id: int, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Refuse other people's clicks, politely and privately (in their language)."""
        speak(viewer_language(interaction))
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            say("error.not_yours"),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def on_timeout(self) -> None:
        """Disable the buttons so nobody clicks a dead view."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                log.debug("could not disable the buttons of a timed-out view")


class Pager(OwnedView):
    """Previous / Next through pre-rendered pages (each showing the message's chart, if any)."""

    def __init__(
        self, pages: Sequence[discord.Embed], owner_id: int, image: str | None = None
    ) -> None:
        super().__init__(owner_id)
        self.pages = pages
        self.image = image
        self.index = 0
        # in the asker's language (the decorator's label is fixed when the class is made)
        self.previous.label, self.next.label = say("button.previous"), say("button.next")
        self._sync()

    def _page(self) -> discord.Embed:
        page = self.pages[self.index]
        if self.image:  # the attachment stays on the message: every page shows it
            page.set_image(url=self.image)
        return page

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Show the page before."""
        self.index = max(0, self.index - 1)
        self._sync()
        await interaction.response.edit_message(embed=self._page(), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        """Show the page after."""
        self.index = min(len(self.pages) - 1, self.index + 1)
        self._sync()
        await interaction.response.edit_message(embed=self._page(), view=self)
