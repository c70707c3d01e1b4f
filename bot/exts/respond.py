"""Sending answers to Discord: embeds and their chart, refusals privately, errors."""

from __future__ import annotations

import io
import logging

import discord

from bot.answers.common import Reply
from bot.ask.replies import AskAnswer
from bot.charts import Chart
from bot.exts.interaction import Interaction
from bot.features.ask.layouts import asked_lines
from bot.render.embed_kit import ERROR_COLOUR
from bot.render.embeds import render_embeds

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


def message_text(reply: Reply) -> str | None:
    """The text above a reply's embeds: how a plain-words question was read."""
    if isinstance(reply, AskAnswer):
        return "\n".join(asked_lines(reply))
    return None


def chart_file(chart: Chart) -> discord.File:
    """A chart as the file a message attaches (its alt text as the description)."""
    return discord.File(
        io.BytesIO(chart.png), filename=chart.filename, description=chart.description
    )


async def send_private(interaction: Interaction, text: str) -> None:
    """Answer with plain text only the user sees, pinging nobody."""
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def send_error(interaction: Interaction, text: str) -> None:
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
    interaction: Interaction,
    answer: Reply,
    view: discord.ui.View | None = None,
    chart: Chart | None = None,
) -> None:
    """Reply with an answer: refusals privately, answers publicly.

    ``view``: the answer's buttons (``bot.exts.buttons.buttons_for``: paging, "Report a
    mistake" and the rest). A chart is attached to the message and shown inside the embed.
    """
    pages = render_embeds(answer)
    first = pages[0]
    file = discord.utils.MISSING
    if chart is not None and not answer.refusal:
        first.set_image(url=f"attachment://{chart.filename}")
        file = chart_file(chart)
    await interaction.response.send_message(
        message_text(answer),
        embed=first,
        file=file,
        view=view or discord.utils.MISSING,
        ephemeral=answer.refusal,
        allowed_mentions=NO_MENTIONS,
    )
