"""Which of the meets a fan's words name /next-race shows at a clock: one the store knew of then.

The resolver reads what the fan meant ("doha" in March 2026 means Doha 2026); the answer shows
what the store knew at its clock. Of the meets the words name, the next one some page out by then
had named, else the most recent such one, so a "showing the next: X" note never names a meet
the body then calls unknown or over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from bot.answers.next_race import meet_status
from bot.facts.meet_clock import meet_page
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.phrases import Phrase, counted_phrase

# the resolver's notes for a choice among several meets by direction
DIRECTED = ("note.meets.next", "note.meets.recent")


def _start(meet: Meet) -> dt.date:
    return meet.start_date or dt.date(meet.year, 12, 31)


def pick_known(
    store: FactStore, ids: Iterable[str], now: dt.datetime
) -> tuple[Meet, Literal["next", "recent"]] | None:
    """Of the meets ``ids``, the next not over that the store knew of at ``now``, else the latest.

    A dated meet ahead before one whose dates were not announced yet, unless that one is of an
    earlier year (known then by a page without its dates); None when no page out by
    ``now`` had named any of them.
    """
    known = sorted(
        (store.meets[i] for i in ids if meet_page(store, store.meets[i], now)),
        key=lambda m: (_start(m), m.id),
    )
    states = [(m, meet_status(store, m, now).state) for m in known]
    ahead = [m for m, state in states if state in ("upcoming", "in_progress", "undated")]
    dated = [m for m, state in states if state in ("upcoming", "in_progress")]
    if dated and not (ahead and ahead[0].year < dated[0].year):
        # a meet not dated yet sorts at its year's end: one of an earlier year comes first
        return dated[0], "next"
    if ahead:
        return ahead[0], "next"
    return (known[-1], "recent") if known else None


def picked_note(raw: str, count: int, meet: Meet, direction: str) -> Phrase:
    """The resolver's own note ("'bislett' matches 5 meets; showing the next: …"), for ``meet``."""
    return Phrase(
        key=f"note.meets.{direction}",
        values={"raw": raw, "meets": counted_phrase(count, "meet"), "name": meet.name},
    )
