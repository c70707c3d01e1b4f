"""Typed option text to store ids, shared by every command: suggestions, names, events.

A name resolves to :class:`Found` (its id, and how it was read when that was a choice) or to
the :class:`~bot.answers.common.Refusal` to show; the features call these and never the
resolver's details.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.answers.common import Refusal
from bot.phrases import Phrase
from bot.registry import Context
from bot.resolve import (
    ATHLETE_ROLES,
    MAX_CHOICES,
    Choice,
    Purpose,
    Resolution,
    Resolver,
    normalise,
)
from bot.typed import excerpt

EVENT_CUTOFF = 80.0


# ----------------------------------------------------------------------------- suggestions
NameKind = Literal["athlete", "speaker", "meet"]
Wanted = NameKind | Literal["person"]  # what a name was asked for as


@dataclass(frozen=True)
class NameSuggestions:
    """Suggestions for an option that names someone or a meet, and which kind of name it is.

    The console reads ``kind`` to split words typed without ``option:`` into names.
    """

    kind: NameKind

    def __call__(self, ctx: Context, filled: Mapping[str, str], text: str) -> list[Choice]:
        """Names matching what is typed: athletes, anyone quoted, or meets.

        With nothing typed: the rivalry's athletes first, or upcoming then latest meets.
        """
        del filled
        if self.kind == "meet":
            return ctx.resolver.meet_choices(text, today=ctx.today)
        roles = ATHLETE_ROLES if self.kind == "athlete" else None
        return ctx.resolver.athlete_choices(text, roles=roles)


athletes = NameSuggestions("athlete")
speakers = NameSuggestions("speaker")  # coaches and officials speak too
meets = NameSuggestions("meet")


def event_choices(events: list[str], text: str) -> list[Choice]:
    """The events containing what is typed, as choices (all of them when nothing is)."""
    wanted = text.strip().lower()
    picked = [e for e in events if wanted in e.lower()] if wanted else events
    return [Choice(name=e, value=e) for e in picked[:MAX_CHOICES]]


@dataclass(frozen=True)
class Found:
    """A name resolved to one record: its id, and how the text was read when that was a choice."""

    id: str
    note: Phrase | None = None


def notes_of(*found: Found | None) -> list[Phrase]:
    """The notes of resolved names, in the order the options were typed."""
    return [f.note for f in found if f is not None and f.note]


def not_understood(what: Wanted, resolution: Resolution, resolver: Resolver) -> Refusal:
    """The refusal for a name that matched nothing, or several things."""
    shown = excerpt(resolution.query)
    worded = {} if shown else {"text": "nothing"}
    if resolution.status == "ambiguous":
        return Refusal(
            reason=_AMBIGUOUS[what],
            values={"text": shown} if shown else {},
            worded=worded,
            suggestions=resolver.names(resolution.candidates),
            candidates=list(resolution.candidates),
            typed=resolution.query,
        )
    # a meet of another year than the one typed: offer the editions the store has; else the
    # names nearest what was typed
    return Refusal(
        reason=_UNKNOWN[what],
        values={"text": shown} if shown else {},
        worded=worded,
        suggestions=resolver.names(resolution.candidates or resolution.nearest),
    )


# the phrases of a name not understood, by what was asked for (static keys)
_UNKNOWN = {
    "athlete": "unknown.athlete",
    "speaker": "unknown.person",
    "person": "unknown.person",
    "meet": "unknown.meet",
}
_AMBIGUOUS = {
    "athlete": "ambiguous.athlete",
    "speaker": "ambiguous.person",
    "person": "ambiguous.person",
    "meet": "ambiguous.meet",
}


def found_or_problem(what: Wanted, resolution: Resolution, resolver: Resolver) -> Found | Refusal:
    """A resolved name as Found, or the Refusal to show."""
    if resolution.found and resolution.id:
        return Found(resolution.id, resolution.note)
    return not_understood(what, resolution, resolver)


def resolve_athlete(
    ctx: Context, text: str, roles: Collection[str] | None = ATHLETE_ROLES
) -> Found | Refusal:
    """An athlete (id and note), or the Refusal to show; ``roles=None`` lets in any speaker."""
    if roles is None:  # of several a name may mean, the one quoted
        return found_or_problem("person", ctx.resolver.speaker(text), ctx.resolver)
    resolution = ctx.resolver.athlete(text, roles=roles)
    return athlete_or_problem(ctx, resolution)


def athlete_or_problem(ctx: Context, resolution: Resolution) -> Found | Refusal:
    """A resolved athlete, or the Refusal; a coach or an official named is said to be one."""
    if resolution.status == "none":
        anyone = ctx.resolver.athlete(resolution.query)
        if anyone.found and anyone.id:
            person = ctx.store.people[anyone.id]
            return Refusal(
                reason="not_an_athlete", values={"name": person.name, "role": person.role}
            )
    return found_or_problem("athlete", resolution, ctx.resolver)


def resolve_pair(ctx: Context, first: str, second: str) -> tuple[Found, Found] | Refusal:
    """Two athletes, each disambiguating the other ("josh" beside Ingebrigtsen)."""
    one, two = ctx.resolver.pair(first, second)
    found = [athlete_or_problem(ctx, r) for r in (one, two)]
    for result in found:
        if isinstance(result, Refusal):
            return result
    return found[0], found[1]  # type: ignore[return-value]


def resolve_meet(ctx: Context, text: str, purpose: Purpose = "latest") -> Found | Refusal:
    """A meet (id and note), or the Refusal to show; ``purpose`` picks among a series' meets."""
    resolution = ctx.resolver.meet(text, today=ctx.today, purpose=purpose)
    return found_or_problem("meet", resolution, ctx.resolver)


_DIGITS = re.compile(r"\d+")


def match_event(text: str, events: list[str]) -> str | None:
    """The event among ``events`` that typed text means ("1500", "Mile", "3000m indoor")."""
    wanted = normalise(text)
    if not wanted:
        return None
    by_norm = {normalise(e): e for e in events}
    if wanted in by_norm:
        return by_norm[wanted]
    starts = [e for n, e in by_norm.items() if n.startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    # a distance is its number: a typo may be forgiven, another number ("5000m" for "1500m") not
    digits = _DIGITS.findall(wanted)
    indoor = "indoor" in wanted  # "1500m (indoor)" is another event than "1500m"
    near = [
        n
        for n in by_norm
        if (not digits or _DIGITS.findall(n) == digits) and ("indoor" in n) == indoor
    ]
    hit = process.extractOne(wanted, near, scorer=fuzz.WRatio, score_cutoff=EVENT_CUTOFF)
    return by_norm[hit[0]] if hit else None
