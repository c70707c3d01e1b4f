"""/h2h's wording shared by its embed, its text and its chart: tallies, winners, scope."""

from __future__ import annotations

from bot.answers.meetings import Meeting, Tally
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.render.format import number, short_names, undecided


def tally_line(answer: H2HAnswer, tally: Tally) -> str:
    """The tally, leader first ("Ingebrigtsen 11 – 4 Kerr"), undecided meetings after."""
    a, b = short_names(answer.athlete, answer.opponent)
    pairs = [(a, tally.athlete), (b, tally.opponent)]
    if tally.opponent > tally.athlete:
        pairs.reverse()
    return f"{pairs[0][0]} {pairs[0][1]} – {pairs[1][1]} {pairs[1][0]}" + undecided(tally.no_result)


def races(count: int) -> str:
    """A count of races: "1 race", "15 races"."""
    return say("h2h.races", count=count, races=say("race" if count == 1 else "races"))


def winner_line(answer: H2HAnswer, meeting: Meeting) -> str:
    """Who was ahead and by how much, or why the store cannot say."""
    if meeting.winner is None:
        return say("h2h.no_result")
    a, b = short_names(answer.athlete, answer.opponent)
    name = a if meeting.winner == "athlete" else b
    if meeting.margin is not None:
        return say("h2h.by", name=name, margin=number(meeting.margin, 2))
    return say("h2h.ahead", name=name)


def scope(answer: H2HAnswer, *, joiner: str) -> str:
    """Which races a head-to-head counts: an event or all of them, finals only, one year."""
    # all events are "all events": naming two ("1500m, mile and every other event") misleads
    words = answer.event or say("h2h.scope.all")
    words += joiner + say("h2h.finals_only") if answer.finals_only else ""
    return words + (joiner + str(answer.year) if answer.year else "")
