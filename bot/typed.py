"""Text as typed by a user, made safe to read and to echo: no control characters, no escapes.

Every option value passes through :func:`clean` where it enters the command layer (the
registry's :meth:`~bot.registry.Command.call`, the console's line, Discord's autocomplete), so
no answer or refusal can echo a NUL, a bell or a terminal escape sequence.
"""

from __future__ import annotations

import re
import unicodedata

# a terminal escape sequence (CSI "ESC [ ... m", OSC "ESC ] ... BEL", or ESC and one character),
# dropped whole so "kerr\x1b[31m" reads as "kerr", not "kerr[31m"
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-_]?"
)
# the whitespace kept (as a space): tab, line feed, carriage return and the other Unicode spaces
_SPACES = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]")
# C0, DEL and C1 controls
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# invisible characters shown escaped in an excerpt (format, unassigned, private use, surrogate);
# the zero-width joiner stays: it joins emoji ("🏃‍♂️")
_HIDDEN = frozenset({"Cf", "Cn", "Co", "Cs"})
_ZWJ = "\u200d"


def clean(text: str) -> str:
    """``text`` without escape sequences and C0/C1 control characters; line breaks become spaces."""
    return _CONTROL.sub("", _SPACES.sub(" ", _ESCAPE.sub("", text)))


def excerpt(text: str, limit: int = 60) -> str:
    r"""A short excerpt of typed text to quote back: cleaned, spaces joined, cut to ``limit``.

    Other invisible characters (format, unassigned, private use) are shown escaped (``\u202e``)
    so a reader sees that something odd was typed without its effect.
    """
    shown = " ".join(clean(text).split())
    shown = "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in _HIDDEN and c != _ZWJ else c for c in shown
    )
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


# Discord's mention syntax: a mass mention, a user, role or channel; never a topic word
_MENTION = re.compile(r"@(?:everyone|here)\b|<(?:@[!&]?|#)\d*>", re.IGNORECASE)


def words_of(text: str) -> str:
    """The words in typed text, for matching: ``""`` when it has none.

    Full-width and other compatibility forms fold to plain ones (NFKC: "＠everyone" is
    "@everyone"), mentions are dropped whole (so "@everyone" is not the word "everyone"), and so
    are combining marks left over (a flood of them is no word). What remains counts only if
    it has a letter or a digit: punctuation and emoji alone are no topic.
    """
    folded = unicodedata.normalize("NFKC", clean(text))
    folded = _MENTION.sub(" ", folded)
    folded = "".join(c for c in folded if not unicodedata.category(c).startswith("M"))
    shown = " ".join(folded.split())
    return shown if any(c.isalnum() for c in shown) else ""
