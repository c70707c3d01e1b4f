"""The meets a quote was said at or speaks of: a topic's moment ("what did he say after Paris").

A quote's occasion is a meet the store ties it to: it was said during the meet (or the day
after it ended: the morning-after media), or one of its curated tags names the meet (its
city or its name's words, and its year: "Tokyo 2025", "World Indoors 2024", "Millrose
Games" said that year). Nothing is tied by spelling distance.
"""

from __future__ import annotations

import datetime as dt

from bot.facts.models import Meet, Quote
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.stems import stems

AFTER_DAYS = 1  # the morning after a meet ends is still its media


def occasions(store: FactStore, quote: Quote) -> frozenset[str]:
    """The ids of the meets a quote was said at or whose name its tags print (once a quote)."""
    key = (store.version, quote.id)
    cached = _OCCASIONS.get(key)
    if cached is None:
        cached = _OCCASIONS[key] = frozenset(
            m.id for m in store.meets.values() if _said_at(quote, m) or _tagged(quote, m)
        )
    return cached


def moment_of(store: FactStore, topic: str) -> tuple[tuple[str, ...], str]:
    """The meet ids a topic carries (as /ask and autocomplete write them), and its other words."""
    words = topic.split()
    ids = tuple(w for w in words if w in store.meets)
    return ids, " ".join(w for w in words if w not in store.meets)


def _said_at(quote: Quote, meet: Meet) -> bool:
    """Whether a quote's day falls within a meet's days (or the day after)."""
    said = quote.said_on or ""
    if len(said) != len("2024-08-06") or meet.start_date is None:
        return False
    day = dt.date.fromisoformat(said)
    end = meet.end_date or meet.start_date
    return meet.start_date <= day <= end + dt.timedelta(days=AFTER_DAYS)


def _tagged(quote: Quote, meet: Meet) -> bool:
    """Whether a tag names the meet: all its words among the meet's, in the meet's year."""
    year = str(meet.year)
    named = _meet_stems(meet)
    for tag in quote.topics:
        words = stems(tag)
        years = {w for w in words if w.isdigit() and len(w) == len(year)}
        if not words - years or not words - years <= named:
            continue
        if years == {year} or (not years and (quote.said_on or "").startswith(year)):
            return True
    return False


def _meet_stems(meet: Meet) -> frozenset[str]:
    """The stems of a meet's name and city (cities such as "Saint-Denis (Paris)" in words)."""
    text = " ".join(filter(None, (meet.name, meet.city, str(meet.year))))
    cached = _MEET_STEMS.get(text)
    if cached is None:
        cached = _MEET_STEMS[text] = stems(normalise(text).replace("-", " "))
    return cached


_OCCASIONS: dict[tuple[int, str], frozenset[str]] = {}
_MEET_STEMS: dict[str, frozenset[str]] = {}
