"""What a fan typed into a report, made safe to store and to show again.

A report keeps its line breaks (a fan may list several things) but loses every other control
character, terminal escape and direction override; a link must be a web address. Anything
shown again (the receipt, the staff channel, the CLI, the DM on closing) goes through
:func:`neutralise`, so a report can never ping anyone even where mentions are allowed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.reports.records import ReportError
from bot.typed import clean

MAX_WHAT = 1000  # characters of "what is wrong"; the modal says so too
MAX_LINK = 500
# direction overrides and isolates: they reorder what a curator reads ("‮" tricks)
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_BLANK_RUN = re.compile(r"\n{3,}")
_MASS = re.compile(r"@(everyone|here)", re.IGNORECASE)
_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")
_ZWSP = "\u200b"
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?(/|$)", re.UNICODE)


def clean_what(text: str, limit: int = MAX_WHAT) -> str:
    """The report's text: lines kept, controls dropped; refused when empty or too long."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = "\n".join(_BIDI.sub("", clean(line)).rstrip() for line in lines)
    kept = _BLANK_RUN.sub("\n\n", kept).strip()
    if not kept:
        raise ReportError("report.empty")
    if len(kept) > limit:
        raise ReportError("report.too_long", length=len(kept), limit=limit)
    return kept


def clean_link(text: str | None) -> str | None:
    """A web address (``https://`` added to a bare ``site.com/page``), None when left empty."""
    link = "".join(_BIDI.sub("", clean(text or "")).split())
    if not link:
        return None
    if "://" not in link and _DOMAIN.match(link):
        link = "https://" + link
    try:
        parts = urlsplit(link)
    except ValueError:
        raise ReportError("report.bad_link") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ReportError("report.bad_link")
    if len(link) > MAX_LINK:
        raise ReportError("report.link_too_long", limit=MAX_LINK)
    return link


def neutralise(text: str) -> str:
    """``text`` with every mention broken by a zero-width space: it shows, it never pings."""
    return _MENTION.sub(rf"<\1{_ZWSP}\2>", _MASS.sub(rf"@{_ZWSP}\1", text))


def report_excerpt(text: str, limit: int = 80) -> str:
    """The start of a report on one line, for receipts and lists (neutralised)."""
    one_line = " ".join(text.split())
    cut = one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
    return neutralise(cut)
