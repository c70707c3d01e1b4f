"""Buttons that outlive the process: paging, "Another" and "Did you mean" as DynamicItems.

A button's custom id carries everything needed to answer its click: the command and the
options it was asked with, the page (or the quote's place and the seed of its order), who
asked, and a stamp of the store it was made from. Any process of the bot, after a restart or
a reload, answers a click by asking the command again of the store it serves now, and says so
when that store is not the one the answer was made from.

Anyone may page a public answer: the person who asked turns their own message; anyone else
gets a private copy to turn, so nobody changes a message someone else asked for.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.answers.common import Refusal, Reply
from bot.answers.next_race import NextRaceAnswer
from bot.answers.results import ResultsAnswer
from bot.app import RivalryBot
from bot.ask.answer import reading_at
from bot.ask.replies import AskAnswer, NotSure
from bot.charts import Chart
from bot.exts.did_you_mean import DidYouMean
from bot.exts.interaction import Clicked, Interaction
from bot.exts.queries import QUERY, Query, b36, fitted, pack, store_stamp, unpack
from bot.exts.race_menu import RacePick
from bot.exts.report_button import with_report
from bot.exts.respond import NO_MENTIONS, chart_file, message_text
from bot.exts.server_events import AddToEvents
from bot.exts.translator import viewer_language
from bot.features.quote.answer import QuoteAnswer, quote_at
from bot.i18n import speak
from bot.phrases import say
from bot.registry import COMMANDS
from bot.render.embeds import render_embeds


def inner(reply: Reply) -> Reply:
    """The command's own reply: an /ask answer's, or the reply itself."""
    return reply.answer if isinstance(reply, AskAnswer) else reply


def rewrap(reply: Reply, answer: Reply) -> Reply:
    """``answer`` in place of the command's own reply of ``reply`` (kept as an /ask answer)."""
    return reply.model_copy(update={"answer": answer}) if isinstance(reply, AskAnswer) else answer


async def chart_of(bot: RivalryBot, reply: Reply, seed: int = 0) -> Chart | None:
    """The chart of the command's own reply, when its kind charts and it is ready in time."""
    if reply.refusal:
        return None
    return await bot.charts.within(inner(reply), bot.context(seed=seed))


def _button(label: str, custom_id: str, primary: bool = False) -> discord.ui.Button[Any]:
    """The button a persistent item wraps: the way forward is primary, the rest secondary."""
    style = discord.ButtonStyle.primary if primary else discord.ButtonStyle.secondary
    return discord.ui.Button(label=label, style=style, custom_id=custom_id)


class PageTurn(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"rp:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):(?P<page>\d+):(?P<dir>[pnPN]):" + QUERY,
):
    """Previous or Next: shows ``page`` of the answer to ``query``.

    Its direction in capitals ("P", "N"): the message was sent with a chart, which belongs to
    the first page: it is taken off on the others and put back on the first.
    """

    def __init__(
        self,
        owner: int,
        made_with: str,
        page: int,
        forward: bool,
        query: str,
        charted: bool = False,
    ) -> None:
        self.owner, self.made_with, self.page, self.query = owner, made_with, page, query
        self.charted = charted
        way = "n" if forward else "p"
        way = way.upper() if charted else way
        custom_id = fitted(f"rp:{b36(owner)}:{made_with}:{page}:{way}:", query)
        label = say("button.next" if forward else "button.previous")
        super().__init__(_button(label, custom_id, primary=forward))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PageTurn:
        """The button again, from what its custom id says."""
        del interaction, item
        owner, page, way = int(match["owner"], 36), int(match["page"]), match["dir"]
        return cls(owner, match["stamp"], page, way in "nN", match["query"], way.isupper())

    async def clicked(self, interaction: Interaction) -> None:
        """Ask the command again of today's store and show the page."""
        reply = await ask_again(interaction, self.query)
        if reply is not None:
            await _show(
                interaction,
                reply,
                self.owner,
                self.made_with,
                self.page,
                self.query,
                charted=self.charted,
            )


class AnotherQuote(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"rq:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):(?P<seed>[0-9a-z]+):(?P<at>\d+):"
    + QUERY,
):
    """Another: the next of the quotes matching ``query`` (in the order ``seed`` gave them)."""

    def __init__(self, owner: int, made_with: str, seed: int, at: int, query: str) -> None:
        self.owner, self.made_with, self.seed, self.at = owner, made_with, seed, at
        self.query = query
        head = f"rq:{b36(owner)}:{made_with}:{b36(seed)}:{at}:"
        super().__init__(_button(say("button.another"), fitted(head, query), primary=True))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AnotherQuote:
        """The button again, from what its custom id says."""
        del interaction, item
        owner, seed = int(match["owner"], 36), int(match["seed"], 36)
        return cls(owner, match["stamp"], seed, int(match["at"]), match["query"])

    async def clicked(self, interaction: Interaction) -> None:
        """Ask /quote (or the question read as it) again with the same seed: the next match."""
        reply = await ask_again(interaction, self.query, self.seed)
        if reply is None:
            return
        quoted = inner(reply)
        if isinstance(quoted, QuoteAnswer) and quoted.order:
            reply = rewrap(reply, quote_at(interaction.client.store, quoted, self.at + 1))
        await _show(interaction, reply, self.owner, self.made_with, 0, self.query, self.seed)


class NotMeant(
    Clicked,
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"rn:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):" + QUERY,
):
    """Not what I meant: the question's next reading in place of this one.

    After the last reading, example questions, privately.
    """

    def __init__(self, owner: int, made_with: str, query: str) -> None:
        self.owner, self.made_with, self.query = owner, made_with, query
        custom_id = fitted(f"rn:{b36(owner)}:{made_with}:", query)
        super().__init__(_button(say("ask.not_meant"), custom_id))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> NotMeant:
        """The button again, from what its custom id says."""
        del interaction, item
        return cls(int(match["owner"], 36), match["stamp"], match["query"])

    async def clicked(self, interaction: Interaction) -> None:
        """Answer the question by its next reading, with that command's extras."""
        asked = await asked_query(interaction, self.query)
        if asked is None:
            return
        bot, seed = interaction.client, interaction.id
        query = pack("ask", asked.values, asked.reading + 1)
        shown = await ask_again(interaction, query, seed)
        if shown is None:
            return
        if isinstance(shown, NotSure):  # every reading was shown: examples, privately
            await interaction.response.send_message(
                embed=render_embeds(shown)[0], ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        chart = await chart_of(bot, shown, seed)
        await _show(interaction, shown, self.owner, self.made_with, 0, query, seed, (chart,))


async def ask_again(interaction: Interaction, query: str, seed: int | None = None) -> Reply | None:
    """The reply to a button's query asked again of today's store, in the clicker's language.

    A question's later reading is answered by that reading. None when this process no longer
    keeps the query (a reference): the clicker is told.
    """
    asked = await asked_query(interaction, query)
    if asked is None:
        return None
    ctx = interaction.client.context(seed=0 if seed is None else seed)
    reply = COMMANDS[asked.command].call(ctx, asked.values)
    if asked.reading and isinstance(reply, AskAnswer):
        return reading_at(ctx, reply, asked.reading)
    return reply


async def asked_query(interaction: Interaction, query: str) -> Query | None:
    """A button's command and options, and the clicker's language spoken from here on.

    None, and the clicker told, when this process no longer keeps the query (a reference).
    """
    speak(viewer_language(interaction))
    asked = unpack(query)
    if asked is None and not interaction.response.is_done():
        await interaction.response.send_message(
            say("button.expired"), ephemeral=True, allowed_mentions=NO_MENTIONS
        )
    return asked


async def _show(
    interaction: Interaction,
    reply: Reply,
    owner: int,
    made_with: str,
    page: int,
    query: str,
    seed: int | None = None,
    chart: tuple[Chart | None] | None = None,
    charted: bool = False,
) -> None:
    """The clicker's own message turned, or a private copy for anyone else.

    ``chart``: the message now answers another reading, so (its chart,) replaces the one
    attached. ``charted``: the message was sent with the reply's chart, which is the first
    page's: a later page is shown without it, the first gets it back (drawn for this viewer's
    language; the one sent is in the cache).
    """
    bot = interaction.client
    pages = render_embeds(reply)
    page = max(0, min(page, len(pages) - 1))
    mine = interaction.user.id == owner
    # a copy belongs to whoever asked for it: its buttons turn that copy
    who = owner if mine else interaction.user.id
    in_guild = interaction.guild is not None
    # a chart sent with the message, or the new reading's, is the first page's alone
    shows_chart = charted or (chart is not None and chart[0] is not None)
    view = buttons_for(bot, reply, who, query, page, seed, in_guild, charted=shows_chart and mine)
    said = [message_text(reply)]
    if made_with != store_stamp(bot):
        said.append(say("button.store_changed"))
    kwargs: dict[str, Any] = {"content": "\n".join(filter(None, said)) or None}
    if not mine:
        await interaction.response.send_message(
            embed=pages[page],
            view=view or discord.utils.MISSING,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
            **kwargs,
        )
        return
    attached = interaction.message.attachments if interaction.message else []
    image = attached[0].filename if attached else None
    if chart is None and charted:
        chart = (None if page > 0 else await chart_of(bot, reply, seed or 0),)
    if chart is not None:
        drawn = chart[0]
        kwargs["attachments"] = [chart_file(drawn)] if drawn else []
        image = drawn.filename if drawn else None
    if image:
        pages[page].set_image(url=f"attachment://{image}")
    await interaction.response.edit_message(
        embed=pages[page], view=view or discord.ui.View(), allowed_mentions=NO_MENTIONS, **kwargs
    )


async def extras_of(
    interaction: Interaction, reply: Reply, query: str, wants_chart: bool = True
) -> tuple[Chart | None, discord.ui.View | None]:
    """A fresh answer's chart (when its command charts and it is ready in time) and buttons.

    The page buttons are told the message carries the chart, which is the first page's alone.
    """
    bot = interaction.client
    chart = await chart_of(bot, reply, interaction.id) if wants_chart else None
    view = buttons_for(
        bot,
        reply,
        interaction.user.id,
        query,
        0,
        interaction.id,
        interaction.guild is not None,
        charted=chart is not None,
    )
    return chart, view


def buttons_for(
    bot: RivalryBot,
    reply: Reply,
    owner: int,
    query: str,
    page: int = 0,
    seed: int | None = None,
    in_guild: bool = False,
    charted: bool = False,
) -> discord.ui.View | None:
    """Every button of a reply, all answered by any process after a restart; None for none.

    ``query`` is :func:`~bot.exts.queries.pack`'s text of the command the reply answers. A
    question read as a command gets that command's buttons, and "Not what I meant".
    ``charted``: the message carries the reply's chart (its page buttons take it off and put
    it back).
    """
    made_with = store_stamp(bot)
    view = discord.ui.View(timeout=None)
    own = inner(reply)
    if isinstance(own, Refusal):
        if own.candidates:
            view.add_item(DidYouMean(made_with, query, own.suggestions))
    elif isinstance(own, QuoteAnswer):
        if len(own.order) >= 2 and seed is not None:
            view.add_item(AnotherQuote(owner, made_with, seed, own.position, query))
    elif isinstance(own, ResultsAnswer):  # one page; the meet's races in a menu
        if (pick := RacePick.of(own, owner, made_with)) is not None:
            view.add_item(pick)
    elif (count := len(render_embeds(reply))) >= 2:
        back = PageTurn(owner, made_with, max(0, page - 1), False, query, charted)
        ahead = PageTurn(owner, made_with, min(count - 1, page + 1), True, query, charted)
        back.item.disabled, ahead.item.disabled = page == 0, page >= count - 1
        view.add_item(back).add_item(ahead)
    meet = own.meet if isinstance(own, NextRaceAnswer) else None
    if in_guild and meet is not None and meet.state == "upcoming":
        # anyone in the server may click; the button checks Manage Events itself
        view.add_item(AddToEvents(meet.id))
    if isinstance(reply, AskAnswer):
        view.add_item(NotMeant(owner, made_with, query))
    with_report(view, bot, reply, query)
    return view if view.children else None


def register_buttons(bot: RivalryBot) -> None:
    """Let every process answer these buttons' clicks, whenever they were sent."""
    bot.add_dynamic_items(PageTurn, AnotherQuote, NotMeant, DidYouMean, RacePick)


def unregister_buttons(bot: RivalryBot) -> None:
    """Stop answering them (the extension is unloaded)."""
    bot.remove_dynamic_items(PageTurn, AnotherQuote, NotMeant, DidYouMean, RacePick)
