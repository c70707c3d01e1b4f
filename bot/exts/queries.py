"""What a persistent button remembers of the answer it is on: the command, its options, the store.

A custom id holds 100 characters, so a query is packed as text (``h2h|kerr|jakob||finals``),
or kept in this process under a short reference when it does not fit. A question read by
/ask carries which of its readings is shown (``ask+1|…`` is the second), so every button of
that answer asks the same reading again.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

from bot.app import RivalryBot
from bot.registry import COMMANDS

MAX_CUSTOM_ID = 100  # Discord's limit
STAMP = 6  # hex digits of the store's fingerprint kept in a custom id
# the command (with "+N" for the reading of a question) and its options in their declared
# order, each URL-quoted, joined by "|"; or "~" and the key this process keeps a query under
QUERY = r"(?P<query>~[0-9a-f]+|[a-z0-9-]+(?:\+\d)?(?:\|[^|]*)*)"
MAX_REMEMBERED = 4096  # queries kept by reference (a few hundred KB at most)
_REMEMBERED: OrderedDict[str, str] = OrderedDict()


class Query(NamedTuple):
    """A command asked again: its name, its option values as text, and the /ask reading."""

    command: str
    values: dict[str, str]
    reading: int = 0


def fitted(head: str, query: str) -> str:
    """``head`` and the query, or a reference to the query when both do not fit a custom id.

    A reference lasts as long as this process (and the last ``MAX_REMEMBERED`` of them): its
    buttons then say the answer has expired, where short queries' buttons work for ever.
    """
    if len(head) + len(query) <= MAX_CUSTOM_ID:
        return head + query
    key = "~" + hashlib.blake2s(query.encode(), digest_size=6).hexdigest()
    _REMEMBERED[key] = query
    _REMEMBERED.move_to_end(key)
    while len(_REMEMBERED) > MAX_REMEMBERED:
        _REMEMBERED.popitem(last=False)
    return head + key


def pack(command: str, values: Mapping[str, Any], reading: int = 0) -> str:
    """``/command`` and its option values as text: ``h2h|kerr|jakob||finals``, ``ask+1|…``."""
    parts = ["" if values.get(o.name) is None else str(values[o.name]) for o in _options(command)]
    while parts and not parts[-1]:
        parts.pop()
    head = f"{command}+{reading}" if reading else command
    return "|".join([head, *(quote(p, safe="") for p in parts)])


def unpack(query: str) -> Query | None:
    """The query :func:`pack` wrote; None for a reference this process no longer keeps."""
    if query.startswith("~"):
        remembered = _REMEMBERED.get(query)
        if remembered is None:
            return None
        query = remembered
    head, *parts = query.split("|")
    command, _, reading = head.partition("+")
    names = [o.name for o in _options(command)]
    values = {name: unquote(part) for name, part in zip(names, parts, strict=False) if part}
    return Query(command, values, int(reading) if reading.isdigit() else 0)


def _options(command: str) -> tuple[Any, ...]:
    spec = COMMANDS.get(command)
    return spec.options if spec else ()


def store_stamp(bot: RivalryBot) -> str:
    """The store in service, in a few characters."""
    return (bot.store.fingerprint or f"{bot.store.version:x}").ljust(STAMP, "0")[:STAMP]


def b36(number: int) -> str:
    """A number in base 36: a snowflake in 13 characters or fewer."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out
