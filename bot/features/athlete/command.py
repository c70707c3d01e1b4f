"""/athlete declared: one athlete's name."""

from __future__ import annotations

from bot.answers.common import Refusal, Reply
from bot.features.athlete.answer import profile
from bot.lookup import athletes, notes_of, resolve_athlete
from bot.registry import Context, Option, command


@command(
    "athlete",
    "An athlete's profile from the store",
    chart=True,
    name=Option("The athlete, e.g. Nordås", complete=athletes),
)
def athlete(ctx: Context, name: str) -> Reply:
    """/athlete: a profile."""
    person = resolve_athlete(ctx, name)
    if isinstance(person, Refusal):
        return person
    return profile(ctx.store, person.id, notes_of(person), now=ctx.now)
