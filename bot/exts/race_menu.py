"""/results' menu of the meet's races: picking one shows that race's results.

A select menu that outlives the process (a ``DynamicItem``, like the paging buttons): its
custom id holds who asked, the store it was made from and the meet; each option's value is a
race id. The asker's own message turns to the race picked; anyone else gets a private copy.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.answers.results import ResultsAnswer, ResultsQuery, meet_results
from bot.exts.interaction import Clicked, Interaction
from bot.exts.queries import b36, pack
from bot.exts.respond import NO_MENTIONS
from bot.exts.translator import viewer_language
from bot.facts.store import ROUND_ORDER
from bot.i18n import speak
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embeds import render_embeds

MAX_OPTIONS = 25  # Discord's limit of options in a select menu


class RacePick(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Select[Any]],
    template=r"rk:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):(?P<meet>[a-z0-9-]+)",
):
    """The meet's races; the one shown is the menu's default."""

    def __init__(
        self,
        owner: int,
        made_with: str,
        meet: str,
        options: list[discord.SelectOption] | None = None,
    ) -> None:
        self.owner, self.made_with, self.meet = owner, made_with, meet
        super().__init__(
            discord.ui.Select(
                placeholder=say("results.pick")[:150],
                options=options or [discord.SelectOption(label="?", value="?")],
                custom_id=f"rk:{b36(owner)}:{made_with}:{meet}",
            )
        )

    @classmethod
    def of(cls, answer: ResultsAnswer, owner: int, made_with: str) -> RacePick | None:
        """The menu of an answer's meet; None when the meet has one race or its id is too long."""
        races = sorted(
            [answer.race, *answer.other_races],
            key=lambda r: (r.event, -ROUND_ORDER.get(r.round, 0), r.heat or 0),
        )[:MAX_OPTIONS]
        if len(races) < 2:
            return None
        options = [
            discord.SelectOption(
                label=fmt.race_label(r)[:100],
                value=r.id[:100],
                description=fmt.day(r.date)[:100] if r.date else None,
                default=r.id == answer.race.id,
            )
            for r in races
        ]
        pick = cls(owner, made_with, answer.meet_id, options)
        return pick if len(pick.item.custom_id or "") <= 100 else None

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RacePick:
        """The menu again, from what its custom id says (the pick comes with the click)."""
        del interaction, item
        return cls(int(match["owner"], 36), match["stamp"], match["meet"])

    async def clicked(self, interaction: Interaction) -> None:
        """Show the race picked, from the store in service now."""
        speak(viewer_language(interaction))
        bot = interaction.client
        data: dict[str, Any] = dict(interaction.data or {})
        picked = list(self.item.values) or list(data.get("values", []))
        if self.meet not in bot.store.meets or not picked:
            await interaction.response.send_message(
                say("button.expired"), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        from bot.exts.buttons import buttons_for  # it adds this menu: imported late

        query = ResultsQuery(meet=self.meet, race=str(picked[0]))
        reply = meet_results(bot.store, query, now=bot.now())
        embed = render_embeds(reply)[0]
        mine = interaction.user.id == self.owner
        asked = pack("results", {"meet": self.meet})
        who = self.owner if mine else interaction.user.id
        view = buttons_for(bot, reply, who, asked, in_guild=interaction.guild is not None)
        kwargs: dict[str, Any] = {"embed": embed, "allowed_mentions": NO_MENTIONS}
        if view is not None:
            kwargs["view"] = view
        if mine:
            await interaction.response.edit_message(**kwargs)
        else:
            await interaction.response.send_message(ephemeral=True, **kwargs)
