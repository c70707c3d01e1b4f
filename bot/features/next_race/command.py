"""/next-race declared: an optional athlete (and opponent) and an optional meet."""

from __future__ import annotations

from bot.answers.common import Refusal, Reply
from bot.answers.next_race import NextRaceQuery, next_race
from bot.facts.meet_clock import meet_page
from bot.features.next_race import known
from bot.lookup import (
    Found,
    athletes,
    meets,
    notes_of,
    resolve_athlete,
    resolve_meet,
    resolve_pair,
)
from bot.registry import Context, Option, command


@command(
    "next-race",
    "Countdown to the next meet",
    athlete=Option(
        "Only meets the store has this athlete at (result, entry or plan)", complete=athletes
    ),
    meet=Option("A particular meet, e.g. worlds 2027", complete=meets),
    opponent=Option("With athlete: the next meet the store has both at", complete=athletes),
)
def next_meet(
    ctx: Context, athlete: str | None = None, meet: str | None = None, opponent: str | None = None
) -> Reply:
    """/next-race: the next meet, for one athlete (or a pair) or one meet when given."""
    who: Found | None = None
    rival: Found | None = None
    where: Found | None = None
    if not (athlete and athlete.strip()):
        athlete, opponent = opponent, None  # an opponent alone is the athlete asked about
    if athlete and athlete.strip() and opponent and opponent.strip():
        pair = resolve_pair(ctx, athlete, opponent)  # each settles the other ("josh", "jakob")
        if isinstance(pair, Refusal):
            return pair
        who, rival = pair
    elif athlete and athlete.strip():
        found = resolve_athlete(ctx, athlete)
        if isinstance(found, Refusal):
            return found
        who = found
    if meet and meet.strip():
        found = resolve_meet(ctx, meet, purpose="next")
        if isinstance(found, Refusal):
            return found
        where = found
    if where and meet:
        where = _known_at_clock(ctx, where, meet)
    query = NextRaceQuery(
        athlete=who.id if who else None,
        opponent=rival.id if rival else None,
        meet=where.id if where else None,
        asked=meet,
    )
    if where and meet_page(ctx.store, ctx.store.meets[where.id], ctx.now) is None:
        # a meet no page had named at the clock: said unknown, with no note naming it
        where = Found(id=where.id)
    return next_race(ctx.store, query, ctx.now, notes_of(who, rival, where))


def _known_at_clock(ctx: Context, where: Found, typed: str) -> Found:
    """The meet the words name that the store knew of at the clock (see ``known``).

    The resolver picks what the fan meant by the calendar; when it chose among several meets,
    or chose one no page had named by then, the choice is made again among those known then.
    """
    chosen = ctx.store.meets[where.id]
    directed = where.note is not None and where.note.key in known.DIRECTED
    if not directed and meet_page(ctx.store, chosen, ctx.now) is not None:
        return where
    ids = ctx.resolver.meet_ids(typed)
    picked = known.pick_known(ctx.store, ids, ctx.now)
    if picked is None:
        return Found(id=where.id)  # none known then: the answer says so
    meet, direction = picked
    note = known.picked_note(typed.strip(), len(ids), meet, direction) if len(ids) > 1 else None
    return Found(id=meet.id, note=note)
