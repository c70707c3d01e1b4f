"""/h2h's wording shared by its embed, its text and its chart: tallies, winners, scope."""

from __future__ import annotations

from bot.answers.meetings import Meeting, Tally
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.render.format import number, short_names, undecided


def tally_line(answer: H2HAnswer, tally: Tally) -> str:
    """The tally in the order the names were asked ("Kerr 4 – 11 Ingebrigtsen"), then undecided.

    One order everywhere (title, tally, meetings, chart): the reader never has to swap sides.
    """
    a, b = short_names(answer.athlete, answer.opponent)
    return f"{a} {tally.athlete} – {tally.opponent} {b}" + undecided(tally.no_result)


def leader(answer: H2HAnswer, tally: Tally) -> str:
    """Who leads the tally ("Ingebrigtsen leads"), or that it is level."""
    if tally.athlete == tally.opponent:
        return say("h2h.level")
    a, b = short_names(answer.athlete, answer.opponent)
    return say("h2h.leads", name=a if tally.athlete > tally.opponent else b)


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


def scope(answer: H2HAnswer, *, long: bool, joiner: str) -> str:
    """Which races a head-to-head counts: an event or all of them, finals only, one year."""
    if answer.event:
        words = answer.event
    elif long and answer.rivalry_events:
        words = say("h2h.scope.all.long", events=", ".join(answer.rivalry_events))
    else:
        words = say("h2h.scope.all")
    words += joiner + say("h2h.finals_only") if answer.finals_only else ""
    return words + (joiner + str(answer.year) if answer.year else "")
