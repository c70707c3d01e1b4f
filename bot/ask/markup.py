"""A message as typed on Discord, before its words are split: markup out, tags and flags read."""

from __future__ import annotations

import re

from bot.ask.informal import hashtags
from bot.resolve.flags import flags_as_demonyms

# Discord markup: user/role/channel mentions and custom emoji carry no words of the question
_MARKUP = re.compile(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|@everyone|@here|https?://\S+")


def without_markup(text: str) -> str:
    """``text`` without Discord markup, its hashtags and flag emoji read as words.

    "#Budapest23" is "Budapest 2023"; "who's this 🇵🇹 guy" a Portuguese guy.
    """
    return flags_as_demonyms(hashtags(_MARKUP.sub(" ", text)))
