"""The "Report a mistake" button on every answer, and what it remembers of that answer.

Its custom id carries the answer's context: the store version, "facts as of", the bot's clock
when it answered, and the command with its options (``bot.exts.buttons.pack``'s text). Any
process answers the click (``ReportClick`` in ``bot.exts.report``), after a restart too.

:func:`with_report` is the one way an answer gets the button, beside the answer's other
persistent buttons (``bot.exts.buttons``); every view of an answer is persistent, so it never
times out. A click opens the report form of the cog, ``bot.exts.report``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.answers.common import Answer, Reply
from bot.app import RivalryBot
from bot.ask.replies import AskAnswer
from bot.exts.interaction import Clicked, Interaction
from bot.exts.queries import MAX_CUSTOM_ID
from bot.phrases import say

if TYPE_CHECKING:
    from bot.exts.report import Reports

# the store's version, "facts as of" (YYYYMMDD), the clock (Unix seconds, hex) and the query
TEMPLATE = r"rr:(?P<stamp>[0-9a-f]*):(?P<asof>(?:\d{8})?):(?P<clock>[0-9a-f]*):(?P<query>.*)"
_PREFIX = "rr:"


def store_version(bot: RivalryBot) -> str:
    """The store in service, as recorded with a report (its files' digest, 8 hex digits)."""
    return (bot.store.fingerprint or f"{bot.store.version:x}")[:8]


def report_custom_id(bot: RivalryBot, reply: Answer, query: str) -> str:
    """``rr:<store>:<facts as of>:<clock>:<command|options>``, within Discord's 100.

    Options too long to fit are cut, and end in "…" so the curator sees they were.
    """
    asof = reply.facts_as_of.strftime("%Y%m%d")
    clock = f"{int(bot.now().timestamp()):x}"
    custom_id = f"{_PREFIX}{store_version(bot)}:{asof}:{clock}:{query}"
    if len(custom_id) > MAX_CUSTOM_ID:
        custom_id = custom_id[: MAX_CUSTOM_ID - 1] + "…"
    return custom_id


class ReportClick(Clicked, discord.ui.DynamicItem[discord.ui.Button[Any]], template=TEMPLATE):
    """The "Report a mistake" button: opens the form on the answer its custom id describes."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=say("report.button"),
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id,
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReportClick:
        """The button again, from its custom id."""
        del interaction, item
        return cls(match.string)

    async def clicked(self, interaction: Interaction) -> None:
        """Open the form (the cog speaks the clicker's language)."""
        cog = interaction.client.get_cog("Reports")
        if cog is not None:
            await cast("Reports", cog).open_form(interaction, self.item.custom_id or "")


def with_report(
    view: discord.ui.View | None, bot: RivalryBot, reply: Reply, query: str | None
) -> discord.ui.View | None:
    """``view`` with "Report a mistake" added (a new view when None); refusals get none."""
    answer = reply.answer if isinstance(reply, AskAnswer) else reply  # a question's answer
    if query is None or not isinstance(answer, Answer) or reply.refusal:
        return view
    if view is not None and any(
        str(getattr(item, "custom_id", "")).startswith(_PREFIX) for item in view.children
    ):
        return view
    custom_id = report_custom_id(bot, answer, query)
    if view is None:
        view = discord.ui.View(timeout=None)
    if len(view.children) < 25:  # Discord's most components in a message
        view.add_item(ReportClick(custom_id))
    return view
