"""/timeline declared: up to two athletes, a year, and the order."""

from __future__ import annotations

from bot.answers.common import Refusal, Reply
from bot.features.timeline.answer import TimelineQuery, timeline
from bot.lookup import Found, athletes, notes_of, resolve_athlete, resolve_pair
from bot.registry import YEAR_RANGE, Context, Option, command


@command(
    "timeline",
    "Dated moments of the rivalry, cited",
    athlete=Option("Only events involving this athlete", complete=athletes),
    opponent=Option("...and this one too", complete=athletes),
    year=Option("Only this year, e.g. 2024", range=YEAR_RANGE, invalid="invalid.year"),
    order=Option(
        "Newest or oldest first", choices=(("Newest first", "newest"), ("Oldest first", "oldest"))
    ),
)
def timeline_events(
    ctx: Context,
    athlete: str | None = None,
    opponent: str | None = None,
    year: int | None = None,
    order: str = "newest",
) -> Reply:
    """/timeline: dated moments, for up to two athletes and one year."""
    found: list[Found] = []
    typed = [text for text in (athlete, opponent) if text and text.strip()]
    if len(typed) == 2:
        pair = resolve_pair(ctx, typed[0], typed[1])
        if isinstance(pair, Refusal):
            return pair
        found += pair
    elif typed:
        person = resolve_athlete(ctx, typed[0])
        if isinstance(person, Refusal):
            return person
        found.append(person)
    query = TimelineQuery(
        athletes=list(dict.fromkeys(f.id for f in found)),
        year=year,
        newest_first=not str(order).lower().startswith("old"),
    )
    return timeline(ctx.store, query, notes_of(*found), now=ctx.now)
