"""/next-race declared: an optional athlete and an optional meet."""

from __future__ import annotations

from bot.answers.common import Refusal, Reply
from bot.answers.next_race import NextRaceQuery, next_race
from bot.facts.meet_clock import meet_page
from bot.lookup import Found, athletes, meets, notes_of, resolve_athlete, resolve_meet
from bot.registry import Context, Option, command


@command(
    "next-race",
    "Countdown to the next meet",
    athlete=Option(
        "Only meets the store has this athlete at (result, entry or plan)", complete=athletes
    ),
    meet=Option("A particular meet, e.g. worlds 2027", complete=meets),
)
def next_meet(ctx: Context, athlete: str | None = None, meet: str | None = None) -> Reply:
    """/next-race: the next meet, for one athlete or one meet when given."""
    who: Found | None = None
    where: Found | None = None
    if athlete and athlete.strip():
        found = resolve_athlete(ctx, athlete)
        if isinstance(found, Refusal):
            return found
        who = found
    if meet and meet.strip():
        found = resolve_meet(ctx, meet, purpose="next")
        if isinstance(found, Refusal):
            return found
        where = found
    query = NextRaceQuery(
        athlete=who.id if who else None, meet=where.id if where else None, asked=meet
    )
    if where and meet_page(ctx.store, ctx.store.meets[where.id], ctx.now) is None:
        # a meet no page had named at the clock: the resolver's "showing the next: …" would
        # name what the answer says was not known
        where = None
    return next_race(ctx.store, query, ctx.now, notes_of(who, where))
