"""What a curator types or pastes is refused whole when it holds what no fact can contain.

Facts are words as printed: a control character, a terminal escape or an invisible bidi
override in one is a paste gone wrong or an attack, and is never written to ``knowledge/``.
"""

from __future__ import annotations

import re
import unicodedata

# C0 (but tab), DEL, C1, and the bidi overrides and isolates that reorder what a reader sees
_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
MAX_FIELD = 4000  # the longest sentence a record holds (a quote, a note)


class TextError(ValueError):
    """Typed or pasted text that cannot go into a fact."""


def check_text(text: str, *, what: str, allow_tabs: bool = False, limit: int = MAX_FIELD) -> str:
    """``text`` itself when it can be part of a fact; otherwise raise :class:`TextError`."""
    bad = _FORBIDDEN.search(text)
    if bad is None and not allow_tabs and "\t" in text:
        bad = re.search("\t", text)
    if bad is not None:
        name = unicodedata.name(bad.group(0), f"U+{ord(bad.group(0)):04X}")
        raise TextError(f"{what} holds a control character ({name}) at character {bad.start() + 1}")
    if len(text) > limit:
        raise TextError(f"{what} is {len(text):,} characters long (at most {limit:,})")
    return text
