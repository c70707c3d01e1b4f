"""/h2h declared: its options, how they resolve, and the answer they lead to."""

from __future__ import annotations

from collections.abc import Mapping

from bot.answers.common import Refusal, Reply
from bot.answers.meetings import INDOOR_EVENTS, events_in_common
from bot.features.h2h.answer import H2HQuery, head_to_head
from bot.lookup import athletes, event_choices, match_event, notes_of, resolve_pair
from bot.registry import YEAR_RANGE, Context, Option, command
from bot.resolve import Choice, normalise
from bot.typed import excerpt

# how "indoor" is typed for every indoor race together (English, Norwegian)
INDOOR_OPTION_WORDS = ("indoor", "indoors", "innendors")


def events_of_pair(ctx: Context, filled: Mapping[str, str], text: str) -> list[Choice]:
    """Events the two athletes already chosen have both run in the same race."""
    first, second = ctx.resolver.pair(filled.get("athlete", ""), filled.get("opponent", ""))
    if not (first.found and second.found and first.id and second.id):
        return []
    common = events_in_common(ctx.store, first.id, second.id)
    if any("(indoor)" in e for e in common):
        common = [*common, INDOOR_EVENTS]  # every indoor race together
    return event_choices(common, text)


@command(
    "h2h",
    "Head-to-head record of two athletes",
    chart=True,
    athlete=Option("An athlete, e.g. Kerr", complete=athletes),
    opponent=Option("The other athlete, e.g. Ingebrigtsen", complete=athletes),
    event=Option("Only races over this event (1500m, mile, indoor, ...)", complete=events_of_pair),
    rounds=Option(
        "All races, or finals only", choices=(("All races", "all"), ("Finals only", "finals"))
    ),
    year=Option("Only races in this year, e.g. 2024", range=YEAR_RANGE, invalid="invalid.year"),
)
def h2h(
    ctx: Context,
    athlete: str,
    opponent: str,
    event: str | None = None,
    rounds: str = "all",
    year: int | None = None,
) -> Reply:
    """/h2h: the head-to-head record of two athletes."""
    pair = resolve_pair(ctx, athlete, opponent)
    if isinstance(pair, Refusal):
        return pair
    first, second = pair
    if first.id == second.id:
        name = ctx.store.people[first.id].name
        return Refusal(reason="h2h.same_athlete", values={"name": name})
    names = [ctx.store.people[p.id].name for p in (first, second)]
    chosen_event = None
    if event and event.strip():
        common = events_in_common(ctx.store, first.id, second.id)
        indoors = normalise(event) in INDOOR_OPTION_WORDS and any("(indoor)" in e for e in common)
        chosen_event = INDOOR_EVENTS if indoors else match_event(event, common)
        if chosen_event is None:
            return Refusal(
                reason="h2h.no_event",
                values={"names": names, "event": excerpt(event, 40)},
                suggestions=common,
            )
    query = H2HQuery(
        athlete=first.id,
        opponent=second.id,
        event=chosen_event,
        finals_only=rounds == "finals",
        year=year,
    )
    answer = head_to_head(ctx.store, query, notes_of(first, second), now=ctx.now)
    if year and not answer.meetings:
        return Refusal(reason="h2h.no_year", values={"names": names, "year": year})
    return answer
