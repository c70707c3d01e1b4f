"""Did you mean: the candidates of an unclear name as a select menu that outlives the process.

A pick asks the command again with the chosen record in place of the unclear name (for a
question read as a command, in that command's options); the menu closes showing the pick and
the answer follows in public, complete with the command's chart and buttons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import discord

from bot.answers.common import Refusal
from bot.ask.replies import AskAnswer
from bot.exts.interaction import Clicked, Interaction
from bot.exts.queries import QUERY, fitted, pack, store_stamp
from bot.exts.respond import NO_MENTIONS, chart_file
from bot.phrases import say
from bot.registry import COMMANDS
from bot.render.embeds import render_embeds

MAX_MENU_OPTIONS = 25  # Discord's limit of options in a select menu


class DidYouMean(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=r"rd:(?P<stamp>[0-9a-f]+):" + QUERY,
):
    """The candidates of "Did you mean" as a select menu: a choice asks the command again."""

    def __init__(self, made_with: str, query: str, labels: Sequence[str] = ()) -> None:
        self.made_with, self.query = made_with, query
        options = [
            discord.SelectOption(label=label[:100], value=str(pick))
            for pick, label in enumerate(labels[:MAX_MENU_OPTIONS])
        ] or [discord.SelectOption(label="?", value="0")]
        super().__init__(
            discord.ui.Select(
                placeholder=say("button.pick")[:150],
                options=options,
                custom_id=fitted(f"rd:{made_with}:", query),
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> DidYouMean:
        """The menu again, from what its custom id says (its options come with the click)."""
        del interaction
        labels = [o.label for o in getattr(item, "options", [])]
        return cls(match["stamp"], match["query"], labels)

    async def clicked(self, interaction: Interaction) -> None:
        """Answer the question with the chosen record in place of the name that was unclear."""
        # the buttons add this menu: what it shares with them is imported late
        from bot.exts.buttons import ask_again, asked_query, extras_of

        asked = await asked_query(interaction, self.query)
        if asked is None:
            return
        bot = interaction.client
        data: dict[str, Any] = dict(interaction.data or {})
        chosen_values = list(self.item.values) or list(data.get("values", []))
        pick = int(chosen_values[0]) if chosen_values and str(chosen_values[0]).isdigit() else 0
        unclear = await ask_again(interaction, self.query, interaction.id)
        # a question read as a command: the choice goes into that command's options
        command, values = asked.command, asked.values
        if isinstance(unclear, AskAnswer):
            command, values = unclear.reading.command, dict(unclear.reading.options)
            unclear = unclear.answer
        if isinstance(unclear, Refusal) and pick < len(unclear.candidates):
            chosen = unclear.candidates[pick]
            values = {k: chosen if v == unclear.typed else v for k, v in values.items()}
        query = pack(command, values)
        reply = COMMANDS[command].call(bot.context(seed=interaction.id), values)
        # the menu closes on the pick, the chosen name left in it: nobody picks twice
        await interaction.response.edit_message(view=self.closed(pick))
        # the command's own extras: its chart (on by default), its buttons
        chart, view = await extras_of(interaction, reply, query, COMMANDS[command].chart)
        first = render_embeds(reply)[0]
        kwargs: dict[str, Any] = {"embed": first, "ephemeral": reply.refusal}
        if chart is not None:
            first.set_image(url=f"attachment://{chart.filename}")
            kwargs["file"] = chart_file(chart)
        if view is not None:
            kwargs["view"] = view
        if self.made_with != store_stamp(bot):
            kwargs["content"] = say("button.store_changed")
        # the question the asker meant, answered where they asked it
        await interaction.followup.send(allowed_mentions=NO_MENTIONS, **kwargs)

    def closed(self, pick: int) -> discord.ui.View:
        """The menu as it stays once picked: disabled, showing the pick."""
        menu = self.item
        for number, option in enumerate(menu.options):
            option.default = number == pick
        menu.disabled = True
        return discord.ui.View(timeout=None).add_item(menu)
