"""/results declared: a meet, and optionally the event and the round."""

from __future__ import annotations

from collections.abc import Mapping

from bot.answers.common import Refusal, Reply
from bot.answers.results import ResultsQuery, events_at, meet_results
from bot.lookup import event_choices, match_event, meets, notes_of, resolve_meet
from bot.registry import Context, Option, command
from bot.resolve import Choice
from bot.typed import excerpt

ROUND_CHOICES = ("final", "semi-final", "heat")


def events_of_meet(ctx: Context, filled: Mapping[str, str], text: str) -> list[Choice]:
    """Events raced at the meet already chosen."""
    meet = ctx.resolver.meet(filled.get("meet", ""), today=ctx.today, purpose="results")
    if not (meet.found and meet.id):
        return []
    return event_choices(events_at(ctx.store, meet.id), text)


@command(
    "results",
    "Results of a race at a meet",
    meet=Option("The meet, e.g. Budapest 2023", complete=meets),
    event=Option("The event (default: the 1500m or mile final)", complete=events_of_meet),
    round=Option(
        "Final, semi-final or heat",
        choices=(("Final", "final"), ("Semi-final", "semi-final"), ("Heat", "heat")),
    ),
    heat=Option("Which heat or semi-final, e.g. 2", range=(1, 9)),
)
def results(
    ctx: Context,
    meet: str,
    event: str | None = None,
    round: str | None = None,
    heat: int | None = None,
) -> Reply:
    """/results: a race's results at a meet (default: its main final)."""
    found = resolve_meet(ctx, meet, purpose="results")
    if isinstance(found, Refusal):
        return found
    chosen_event = None
    if event and event.strip():
        events = events_at(ctx.store, found.id)
        chosen_event = match_event(event, events)
        if chosen_event is None:
            name = ctx.store.meets[found.id].name
            return Refusal(
                reason="results.no_event",
                values={"event": excerpt(event, 40), "meet": name},
                suggestions=events,
            )
    chosen_round = None
    if round and round.strip():
        chosen_round = match_event(round, list(ROUND_CHOICES))
        if chosen_round is None:
            return Refusal(
                reason="results.no_round",
                values={"round": excerpt(round, 40)},
                suggestions=list(ROUND_CHOICES),
            )
    query = ResultsQuery(meet=found.id, event=chosen_event, round=chosen_round, heat=heat)
    return meet_results(ctx.store, query, notes_of(found), now=ctx.now)
