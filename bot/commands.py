"""Commands as plain functions: typed option text -> resolved ids -> an answer (or a Problem).

Discord cogs and the offline console both call these, so the two surfaces cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from rapidfuzz import fuzz, process

from bot.answers.common import Answer, Problem
from bot.answers.h2h import H2HQuery, events_in_common, head_to_head
from bot.answers.next_race import NextRaceQuery, next_race
from bot.answers.profile import profile
from bot.answers.quotes import QuoteQuery, find_quote
from bot.answers.results import ResultsQuery, events_at, meet_results
from bot.answers.timeline import TimelineQuery, about, timeline
from bot.facts.store import FactStore
from bot.resolve import Resolution, Resolver, normalise

EVENT_CUTOFF = 80.0
AnswerT = TypeVar("AnswerT", bound=Answer)
ROUNDS = ("final", "semi-final", "heat")


@dataclass(frozen=True)
class Context:
    """What every command reads: the store, its resolver, and the instant it runs at."""

    store: FactStore
    resolver: Resolver
    now: dt.datetime
    issues_url: str = "https://github.com/rivalry-bot/rivalry-bot/issues"
    notes: list[str] = field(default_factory=list)

    @property
    def today(self) -> dt.date:
        """The UTC day of ``now``."""
        return self.now.astimezone(dt.UTC).date()


def not_understood(what: str, resolution: Resolution, resolver: Resolver) -> Problem:
    """The refusal for a name that matched nothing, or several things."""
    shown = resolution.query.strip() or "(nothing)"
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if resolution.status == "ambiguous":
        return Problem(
            message=f"“{shown}” could be more than one {what}.",
            suggestions=resolver.names(resolution.candidates),
        )
    return Problem(message=f"I don't know a {what} called “{shown}”.")


def resolve_athlete(ctx: Context, text: str) -> str | Problem:
    """An athlete id, or the Problem to show."""
    resolution = ctx.resolver.athlete(text)
    if resolution.found and resolution.id:
        if resolution.note:
            ctx.notes.append(resolution.note)
        return resolution.id
    return not_understood("athlete", resolution, ctx.resolver)


def resolve_meet(ctx: Context, text: str) -> str | Problem:
    """A meet id, or the Problem to show."""
    resolution = ctx.resolver.meet(text, today=ctx.today)
    if resolution.found and resolution.id:
        if resolution.note:
            ctx.notes.append(resolution.note)
        return resolution.id
    return not_understood("meet", resolution, ctx.resolver)


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
    hit = process.extractOne(wanted, list(by_norm), scorer=fuzz.WRatio, score_cutoff=EVENT_CUTOFF)
    return by_norm[hit[0]] if hit else None


def h2h(
    ctx: Context, athlete: str, opponent: str, event: str | None = None, rounds: str = "all"
) -> Answer:
    """/h2h: the head-to-head record of two athletes."""
    first = resolve_athlete(ctx, athlete)
    second = resolve_athlete(ctx, opponent)
    for result in (first, second):
        if isinstance(result, Problem):
            return result
    assert isinstance(first, str) and isinstance(second, str)
    if first == second:
        name = ctx.store.people[first].name
        return Problem(message=f"Both names are {name}: pick two different athletes.")
    chosen_event = None
    if event and event.strip():
        common = events_in_common(ctx.store, first, second)
        chosen_event = match_event(event, common)
        if chosen_event is None:
            names = " and ".join(ctx.store.people[p].name for p in (first, second))
            return Problem(
                message=f"{names} have no meeting over “{event.strip()[:40]}” in the store.",
                suggestions=common,
            )
    query = H2HQuery(
        athlete=first, opponent=second, event=chosen_event, finals_only=rounds == "finals"
    )
    return _noted(ctx, head_to_head(ctx.store, query, ctx.now))


def quote(ctx: Context, athlete: str, topic: str | None = None, seed: int = 0) -> Answer:
    """/quote: what an athlete said, optionally about someone or something."""
    speaker = resolve_athlete(ctx, athlete)
    if isinstance(speaker, Problem):
        return speaker
    topic = (topic or "").strip()[:100] or None
    topic_athlete = None
    if topic:
        # exact names only: a topic such as "Paris" is a word to search for, not a typo to fix
        topic_athlete = ctx.resolver.athlete_named(topic)
    query = QuoteQuery(speaker=speaker, topic=topic, topic_athlete=topic_athlete, seed=seed)
    return _noted(ctx, find_quote(ctx.store, query, ctx.now))


def next_meet(ctx: Context, athlete: str | None = None, meet: str | None = None) -> Answer:
    """/next-race: the next meet, for one athlete or one meet when given."""
    athlete_id = meet_id = None
    if athlete and athlete.strip():
        found = resolve_athlete(ctx, athlete)
        if isinstance(found, Problem):
            return found
        athlete_id = found
    if meet and meet.strip():
        found = resolve_meet(ctx, meet)
        if isinstance(found, Problem):
            return found
        meet_id = found
    query = NextRaceQuery(athlete=athlete_id, meet=meet_id)
    return _noted(ctx, next_race(ctx.store, query, ctx.now))


def _noted(ctx: Context, answer: AnswerT) -> AnswerT:
    return answer.model_copy(update={"notes": list(ctx.notes)}) if ctx.notes else answer


def results(ctx: Context, meet: str, event: str | None = None, round: str | None = None) -> Answer:
    """/results: a race's results at a meet (default: its main final)."""
    meet_id = resolve_meet(ctx, meet)
    if isinstance(meet_id, Problem):
        return meet_id
    chosen_event = None
    if event and event.strip():
        events = events_at(ctx.store, meet_id)
        chosen_event = match_event(event, events)
        if chosen_event is None:
            name = ctx.store.meets[meet_id].name
            return Problem(
                message=f"No “{event.strip()[:40]}” race at {name} in the store.",
                suggestions=events,
            )
    chosen_round = None
    if round and round.strip():
        chosen_round = match_event(round, list(ROUNDS))
        if chosen_round is None:
            return Problem(
                message=f"“{round.strip()[:40]}” is not a round.", suggestions=list(ROUNDS)
            )
    query = ResultsQuery(meet=meet_id, event=chosen_event, round=chosen_round)
    return _noted(ctx, meet_results(ctx.store, query, ctx.now))


def athlete(ctx: Context, name: str) -> Answer:
    """/athlete: a profile."""
    person = resolve_athlete(ctx, name)
    if isinstance(person, Problem):
        return person
    return _noted(ctx, profile(ctx.store, person, ctx.now))


def timeline_events(
    ctx: Context,
    athlete: str | None = None,
    opponent: str | None = None,
    year: str | int | None = None,
    order: str = "newest",
) -> Answer:
    """/timeline: dated moments, for up to two athletes and one year."""
    ids = []
    for text in (athlete, opponent):
        if text and text.strip():
            found = resolve_athlete(ctx, text)
            if isinstance(found, Problem):
                return found
            ids.append(found)
    year_value = None
    if year is not None and str(year).strip():
        text = str(year).strip()
        if not text.isdigit() or not 1900 <= int(text) <= 2100:
            return Problem(message=f"“{text[:20]}” is not a year.")
        year_value = int(text)
    query = TimelineQuery(
        athletes=list(dict.fromkeys(ids)),
        year=year_value,
        newest_first=not str(order).lower().startswith("old"),
    )
    return _noted(ctx, timeline(ctx.store, query, ctx.now))


def about_bot(ctx: Context) -> Answer:
    """/about: what the bot knows."""
    return about(ctx.store, ctx.issues_url)
