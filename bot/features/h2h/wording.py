"""/h2h's wording shared by its embed, its text and its chart: tallies, winners, scope."""

from __future__ import annotations

from bot.answers.meetings import Meeting, PublishedCount, Tally
from bot.features.h2h.answer import H2HAnswer
from bot.phrases import say
from bot.render.format import day, number, short_names, undecided


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


def scope(answer: H2HAnswer, *, joiner: str) -> str:
    """Which races a head-to-head counts: an event or all of them, finals only, one year."""
    # all events are "all events": naming two ("1500m, mile and every other event") misleads
    words = answer.event or say("h2h.scope.all")
    words += joiner + say("h2h.finals_only") if answer.finals_only else ""
    return words + (joiner + str(answer.year) if answer.year else "")


def published_line(answer: H2HAnswer, count: PublishedCount) -> str:
    """A count a source publishes, in its terms: "CITIUS MAG counts 18 meetings with heats"."""
    a, b = short_names(answer.athlete, answer.opponent)
    sides = [(a, count.athlete_wins), (b, count.opponent_wins)]
    given = [(name, wins) for name, wins in sides if wins is not None]
    if len(given) == 2:
        if sides[1][1] > sides[0][1]:  # type: ignore[operator]
            sides.reverse()
        tally = f"{sides[0][0]} {sides[0][1]} – {sides[1][1]} {sides[1][0]}"
    elif given:
        key = "h2h.pub.win" if given[0][1] == 1 else "h2h.pub.wins"
        tally = say(key, name=given[0][0], count=given[0][1])
    else:
        tally = ""
    if count.scope == "with_heats":
        what = say("h2h.pub.with_heats", count=count.meetings)
    elif count.scope == "championships":
        what = say("h2h.pub.championships", tally=tally)
    elif count.scope == "last_meetings":
        what = say("h2h.pub.last", tally=tally, count=count.meetings)
    elif tally and count.meetings is not None:
        what = say("h2h.pub.in_meetings", tally=tally, count=count.meetings)
    else:
        what = tally or say("h2h.pub.meetings", count=count.meetings)
    what = f"{what} {count.note}" if count.note else what
    return say("h2h.published", publisher=count.source.publisher, what=what, day=day(count.as_of))
