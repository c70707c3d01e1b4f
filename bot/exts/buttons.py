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

import hashlib
import io
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote

import discord

from bot.answers.common import Refusal, Reply
from bot.app import RivalryBot
from bot.exts.interaction import rivalry_bot
from bot.exts.report_button import with_report
from bot.exts.respond import NO_MENTIONS
from bot.exts.translator import viewer_language
from bot.exts.views import view_for
from bot.features.quote.answer import QuoteAnswer, quote_at
from bot.i18n import speak
from bot.phrases import say
from bot.registry import COMMANDS
from bot.render.embeds import render_embeds

MAX_CUSTOM_ID = 100  # Discord's limit
MAX_CANDIDATES = 25  # Discord's limit of options in a select menu
STAMP = 6  # hex digits of the store's fingerprint kept in a custom id
# the options of a command in its declared order, each URL-quoted, joined by "|"; or, for a
# query too long for a custom id, "~" and the key this process keeps it under
_QUERY = r"(?P<query>~[0-9a-f]+|[a-z0-9-]+(?:\|[^|]*)*)"
MAX_INLINE_QUERY = 60  # longer queries go by reference: a custom id holds 100 characters
MAX_REMEMBERED = 4096  # queries kept by reference (a few hundred KB at most)
_REMEMBERED: OrderedDict[str, str] = OrderedDict()


def query_ref(query: str) -> str:
    """The query as a custom id carries it: itself when short, else a reference to it.

    A reference lasts as long as this process (and the last ``MAX_REMEMBERED`` of them): its
    buttons then say the answer has expired, where short queries' buttons work for ever.
    """
    if len(query) <= MAX_INLINE_QUERY:
        return query
    key = "~" + hashlib.blake2s(query.encode(), digest_size=6).hexdigest()
    _REMEMBERED[key] = query
    _REMEMBERED.move_to_end(key)
    while len(_REMEMBERED) > MAX_REMEMBERED:
        _REMEMBERED.popitem(last=False)
    return key


def pack(command: str, values: Mapping[str, Any]) -> str:
    """``/command`` and its option values as text for a custom id: ``h2h|kerr|jakob||finals``."""
    parts = ["" if values.get(o.name) is None else str(values[o.name]) for o in _options(command)]
    while parts and not parts[-1]:
        parts.pop()
    return "|".join([command, *(quote(p, safe="") for p in parts)])


def unpack(query: str) -> tuple[str, dict[str, str]] | None:
    """The command and option values that :func:`pack` wrote; None for a forgotten reference."""
    if query.startswith("~"):
        remembered = _REMEMBERED.get(query)
        if remembered is None:
            return None
        query = remembered
    command, *parts = query.split("|")
    names = [o.name for o in _options(command)]
    return command, {name: unquote(part) for name, part in zip(names, parts, strict=False) if part}


def _options(command: str) -> tuple[Any, ...]:
    spec = COMMANDS.get(command)
    return spec.options if spec else ()


def store_stamp(bot: RivalryBot) -> str:
    """The store in service, in a few characters."""
    return (bot.store.fingerprint or f"{bot.store.version:x}").ljust(STAMP, "0")[:STAMP]


def _b36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


class PageTurn(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rp:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):(?P<page>\d+):(?P<dir>[pn]):" + _QUERY,
):
    """Previous or Next: shows ``page`` of the answer to ``query``."""

    def __init__(self, owner: int, made_with: str, page: int, forward: bool, query: str) -> None:
        self.owner, self.made_with, self.page, self.query = owner, made_with, page, query
        way = "n" if forward else "p"
        custom_id = f"rp:{_b36(owner)}:{made_with}:{page}:{way}:{query_ref(query)}"
        super().__init__(
            discord.ui.Button(
                label=say("button.next" if forward else "button.previous"),
                style=discord.ButtonStyle.primary if forward else discord.ButtonStyle.secondary,
                custom_id=custom_id,
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PageTurn:
        """The button again, from what its custom id says."""
        del interaction, item
        owner, page = int(match["owner"], 36), int(match["page"])
        return cls(owner, match["stamp"], page, match["dir"] == "n", match["query"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Ask the command again of today's store and show the page."""
        reply = await _ask_again(interaction, self.query)
        if reply is not None:
            await _show(interaction, reply, self.owner, self.made_with, self.page, self.query)


class AnotherQuote(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rq:(?P<owner>[0-9a-z]+):(?P<stamp>[0-9a-f]+):(?P<seed>[0-9a-z]+):(?P<at>\d+):"
    + _QUERY,
):
    """Another: the next of the quotes matching ``query`` (in the order ``seed`` gave them)."""

    def __init__(self, owner: int, made_with: str, seed: int, at: int, query: str) -> None:
        self.owner, self.made_with, self.seed, self.at, self.query = (
            owner,
            made_with,
            seed,
            at,
            query,
        )
        custom_id = f"rq:{_b36(owner)}:{made_with}:{_b36(seed)}:{at}:{query_ref(query)}"
        super().__init__(
            discord.ui.Button(
                label=say("button.another"), style=discord.ButtonStyle.primary, custom_id=custom_id
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AnotherQuote:
        """The button again, from what its custom id says."""
        del interaction, item
        owner, seed = int(match["owner"], 36), int(match["seed"], 36)
        return cls(owner, match["stamp"], seed, int(match["at"]), match["query"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Ask /quote again with the same seed and move to the next match."""
        reply = await _ask_again(interaction, self.query, self.seed)
        if reply is None:
            return
        if isinstance(reply, QuoteAnswer) and reply.order:
            bot = rivalry_bot(interaction)
            reply = quote_at(bot.store, reply, self.at + 1)
        await _show(interaction, reply, self.owner, self.made_with, 0, self.query, self.seed)


class DidYouMean(
    discord.ui.DynamicItem[discord.ui.Select],
    template=r"rd:(?P<stamp>[0-9a-f]+):" + _QUERY,
):
    """The candidates of "Did you mean" as a select menu: a choice asks the command again."""

    def __init__(self, made_with: str, query: str, labels: Sequence[str] = ()) -> None:
        self.made_with, self.query = made_with, query
        options = [
            discord.SelectOption(label=label[:100], value=str(pick))
            for pick, label in enumerate(labels[:MAX_CANDIDATES])
        ] or [discord.SelectOption(label="?", value="0")]
        super().__init__(
            discord.ui.Select(
                placeholder=say("button.pick")[:150],
                options=options,
                custom_id=f"rd:{made_with}:{query_ref(query)}",
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> DidYouMean:
        """The menu again, from what its custom id says (its options come with the click)."""
        del interaction
        labels = [o.label for o in getattr(item, "options", [])]
        return cls(match["stamp"], match["query"], labels)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Answer the question with the chosen record in place of the name that was unclear."""
        asked = await _asked(interaction, self.query)
        if asked is None:
            return
        bot = rivalry_bot(interaction)
        data: dict[str, Any] = dict(interaction.data or {})
        chosen_values = list(self.item.values) or list(data.get("values", []))
        pick = int(chosen_values[0]) if chosen_values and str(chosen_values[0]).isdigit() else 0
        command, values = asked
        spec = COMMANDS[command]
        unclear = spec.call(bot.context(seed=interaction.id), values)
        if isinstance(unclear, Refusal) and pick < len(unclear.candidates):
            chosen = unclear.candidates[pick]
            values = {k: chosen if v == unclear.typed else v for k, v in values.items()}
        query = pack(command, values)
        ctx = bot.context(seed=interaction.id)
        reply = spec.call(ctx, values)
        # the menu closes on the pick, the chosen name left in it: nobody picks twice
        await interaction.response.edit_message(view=self.closed(pick))
        # the command's own extras: its chart (on by default), its buttons
        chart = await bot.charts.within(reply, ctx) if spec.chart and not reply.refusal else None
        view = buttons_for(bot, reply, interaction.user.id, query, seed=interaction.id)
        view = view or view_for(bot, reply, interaction.user.id, interaction.guild is not None)
        view = with_report(view, bot, reply, query)  # also when it needs no other button
        first = render_embeds(reply)[0]
        kwargs: dict[str, Any] = {"embed": first, "ephemeral": reply.refusal}
        if chart is not None:
            first.set_image(url=f"attachment://{chart.filename}")
            png = io.BytesIO(chart.png)
            kwargs["file"] = discord.File(png, chart.filename, description=chart.description)
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


async def _ask_again(
    interaction: discord.Interaction, query: str, seed: int | None = None
) -> Reply | None:
    """The reply to a button's query asked again of today's store, in the clicker's language.

    None when this process no longer keeps the query (a reference): the clicker is told.
    """
    asked = await _asked(interaction, query)
    if asked is None:
        return None
    command, values = asked
    bot = rivalry_bot(interaction)
    return COMMANDS[command].call(bot.context(seed=0 if seed is None else seed), values)


async def _asked(interaction: discord.Interaction, query: str) -> tuple[str, dict[str, str]] | None:
    """A button's command and options, and the clicker's language spoken from here on.

    None, and the clicker told, when this process no longer keeps the query (a reference).
    """
    speak(viewer_language(interaction))
    asked = unpack(query)
    if asked is None:
        await interaction.response.send_message(
            say("button.expired"), ephemeral=True, allowed_mentions=NO_MENTIONS
        )
    return asked


async def _show(
    interaction: discord.Interaction,
    reply: Reply,
    owner: int,
    made_with: str,
    page: int,
    query: str,
    seed: int | None = None,
) -> None:
    """The clicker's own message turned, or a private copy for anyone else."""
    bot = rivalry_bot(interaction)
    pages = render_embeds(reply)
    page = max(0, min(page, len(pages) - 1))
    mine = interaction.user.id == owner
    # a copy belongs to whoever asked for it: its buttons turn that copy
    view = buttons_for(bot, reply, owner if mine else interaction.user.id, query, page, seed)
    now = store_stamp(bot)
    content = say("button.store_changed") if made_with != now else None
    if mine:
        # a chart sent with the answer stays attached to the message: show it on every page
        attached = interaction.message.attachments if interaction.message else []
        if attached:
            pages[page].set_image(url=f"attachment://{attached[0].filename}")
        await interaction.response.edit_message(
            content=content, embed=pages[page], view=view, allowed_mentions=NO_MENTIONS
        )
        return
    kwargs: dict[str, Any] = {"embed": pages[page], "ephemeral": True}
    if view is not None:
        kwargs["view"] = view
    await interaction.response.send_message(content=content, allowed_mentions=NO_MENTIONS, **kwargs)


def buttons_for(
    bot: RivalryBot,
    reply: Reply,
    owner: int,
    query: str,
    page: int = 0,
    seed: int | None = None,
) -> discord.ui.View | None:
    """The persistent buttons of a reply, or None when it needs none.

    ``query`` is :func:`pack`'s text of the command the reply answers.
    """
    made_with = store_stamp(bot)
    view = discord.ui.View(timeout=None)
    if isinstance(reply, Refusal):
        if not reply.candidates:
            return None
        view.add_item(DidYouMean(made_with, query, reply.suggestions))
    elif isinstance(reply, QuoteAnswer):
        if len(reply.order) < 2 or seed is None:
            return None
        view.add_item(AnotherQuote(owner, made_with, seed, reply.position, query))
    else:
        count = len(render_embeds(reply))
        if count < 2:
            return None
        back = PageTurn(owner, made_with, max(0, page - 1), False, query)
        ahead = PageTurn(owner, made_with, min(count - 1, page + 1), True, query)
        back.item.disabled, ahead.item.disabled = page == 0, page >= count - 1
        view.add_item(back).add_item(ahead)
    if any(len(item.custom_id) > MAX_CUSTOM_ID for item in view.children):  # type: ignore[attr-defined]
        return None
    return with_report(view, bot, reply, query)


def register(bot: RivalryBot) -> None:
    """Let every process answer these buttons' clicks, whenever they were sent."""
    bot.add_dynamic_items(PageTurn, AnotherQuote, DidYouMean)


def unregister(bot: RivalryBot) -> None:
    """Stop answering them (the extension is unloaded)."""
    bot.remove_dynamic_items(PageTurn, AnotherQuote, DidYouMean)
