"""/best declared: one athlete."""

from __future__ import annotations

from bot.answers.common import Refusal, Reply
from bot.features.best.answer import best
from bot.lookup import athletes, notes_of, resolve_athlete
from bot.registry import Context, Option, command


@command(
    "best",
    "An athlete's fastest time in the store, per event",
    athlete=Option("The athlete, e.g. Kerr", complete=athletes),
)
def best_of(ctx: Context, athlete: str) -> Reply:
    """/best: an athlete's fastest time in each event the store has them in."""
    found = resolve_athlete(ctx, athlete)
    if isinstance(found, Refusal):
        return found
    return best(ctx.store, found.id, notes_of(found), now=ctx.now)
