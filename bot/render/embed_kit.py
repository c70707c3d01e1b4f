"""Discord-only helpers for embeds: escaping, source links, the common ending, lazy pages."""

from __future__ import annotations

import contextvars
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

import discord
from discord.utils import escape_mentions

from bot.answers.common import SourceRef
from bot.phrases import Phrase, say, word
from bot.render import format as fmt

COLOUR = discord.Colour.from_rgb(0, 122, 204)
ERROR_COLOUR = discord.Colour.from_rgb(200, 60, 60)
# a question asked back ("Did you mean…"): no error, nothing answered yet
ASK_BACK_COLOUR = discord.Colour.from_rgb(128, 132, 142)
MAX_SOURCES_SHOWN = 6

T = TypeVar("T")
Pages = Sequence[discord.Embed]


@dataclass(frozen=True)
class Page:
    """One embed as laid out for an answer, and the sources its facts cite."""

    embed: discord.Embed
    sources: Sequence[SourceRef] = ()


# a reply laid out: its pages, before the ending every reply shares
Layout = Sequence[Page]


class LazyPages(Sequence[T]):
    """Pages built when first shown: most people never page past the first.

    A page is built in the context the pages were made in, so in the language of the answer
    (``bot.i18n.speaking``), whoever turns to it later.
    """

    def __init__(self, count: int, build: Callable[[int], T]) -> None:
        self._count = count
        self._build = build
        self._built: dict[int, T] = {}
        self._context = contextvars.copy_context()

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index not in self._built:
            self._built[index] = self._context.run(self._build, index)
        return self._built[index]


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` cut into pages of ``size``."""
    return [items[i : i + size] for i in range(0, len(items), size)]


# the characters that start Markdown in Discord; a backslash before each shows it as typed
_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\*_~`|>#[]"})


# a line Discord would show as a numbered list: "17. sep. 2025" (a Norwegian day) is a date
_NUMBERED = re.compile(r"^(\d+)\.(?=\s)", re.M)


def no_list(text: str) -> str:
    """Lines that start like a numbered list ("6. aug. 2024") kept as written."""
    return _NUMBERED.sub(r"\1\\.", text)


def safe(text: str, limit: int = 1024) -> str:
    """Text from the store or the user, with Markdown neutralised and cut to ``limit``."""
    text = no_list(escape_mentions(text).translate(_MARKDOWN))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(source: SourceRef) -> str:
    """A Markdown link to a source, labelled with its publisher and date."""
    label = safe(fmt.source_label(source), 200).replace("]", ")")
    return f"[{label}]({source.url})" if source.url else label


def source_link(source: SourceRef, fallback: int = 0) -> str:
    """A short "[source](url)"; without a URL the publisher (when ``fallback`` allows it)."""
    if source.url:
        return f"[{say('source')}]({source.url})"
    return safe(source.publisher, fallback) if fallback else ""


def notes_field(embed: discord.Embed, notes: Sequence[Phrase]) -> None:
    """How the typed names were read, when that was a choice."""
    if notes:
        worded = " ".join(map(word, notes))
        embed.add_field(name=say("notes.heading"), value=safe(worded), inline=False)


def sources_field(
    embed: discord.Embed, sources: Sequence[SourceRef], facts_as_of: dt.date, page: str = ""
) -> None:
    """End an answer's page the same way: its sources, then "facts as of"."""
    if sources:
        shown = [f"• {link(s)}" for s in sources[:MAX_SOURCES_SHOWN]]
        if len(sources) > MAX_SOURCES_SHOWN:
            shown.append(say("sources.more", count=len(sources) - MAX_SOURCES_SHOWN))
        value = "\n".join(shown)
        while len(value) > 1024:
            shown.pop(-2 if len(shown) > 1 else -1)
            value = "\n".join(shown)
        embed.add_field(name=say("sources.heading"), value=value, inline=False)
    footer = fmt.as_of(facts_as_of)
    embed.set_footer(text=f"{footer} · {page}" if page else footer)
