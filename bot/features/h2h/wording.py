"""/h2h's wording shared by its embed, its text and its chart: tallies, winners, scope."""

from __future__ import annotations

import re

from bot.answers.meetings import Meeting, PublishedCount, Tally
from bot.features.h2h.answer import H2HAnswer
from bot.i18n import speaking
from bot.phrases import counted, say
from bot.render.format import event_name, number, short_names, undecided


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


def winner_line(answer: H2HAnswer, meeting: Meeting, names: tuple[str, str] | None = None) -> str:
    """Who was ahead and by how much, or why the store cannot say (``names``: as shown)."""
    if meeting.winner is None:
        return say("h2h.no_result")
    a, b = names or short_names(answer.athlete, answer.opponent)
    name = a if meeting.winner == "athlete" else b
    if meeting.margin is not None:
        return say("h2h.by", name=name, margin=number(meeting.margin, 2))
    return say("h2h.ahead", name=name)


def scope(answer: H2HAnswer, *, joiner: str) -> str:
    """Which races a head-to-head counts: an event or all of them, finals only, one year."""
    # all events are "all events": naming two ("1500m, mile and every other event") misleads
    words = event_name(answer.event) if answer.event else say("h2h.scope.all")
    words += joiner + say("h2h.finals_only") if answer.finals_only else ""
    return words + (joiner + str(answer.year) if answer.year else "")


def published_count(answer: H2HAnswer, count: PublishedCount) -> str:
    """One count a source publishes, short: "12 races", "18 with heats", "Kerr 3 of the last 4"."""
    a, b = short_names(answer.athlete, answer.opponent)
    sides = [(a, count.athlete_wins), (b, count.opponent_wins)]
    given = [(name, wins) for name, wins in sides if wins is not None]
    if len(given) == 2:  # the leader first, as the source says it
        (lead, most), (other, least) = sorted(given, key=lambda s: -(s[1] or 0))
        return f"{lead} {most} – {least} {other}"
    if count.scope == "with_heats":
        return say("h2h.count.with_heats", count=count.meetings)
    if given and count.meetings is not None:
        key = "h2h.count.last" if count.scope == "last_meetings" else "h2h.count.wins_in"
        return say(key, name=given[0][0], wins=given[0][1], count=count.meetings)
    if given:
        return say("h2h.count.wins", name=given[0][0], wins=given[0][1])
    return say("h2h.count.races", races=counted(count.meetings or 0, "race"))


def published_by_source(answer: H2HAnswer) -> list[tuple[str, PublishedCount]]:
    """Each source's counts in one short phrase, newest source first, with one of its counts.

    "CITIUS MAG: 12 races, 18 with heats (Oct 2024)"; the count gives the link and the day.
    """
    by_source: dict[str, list[PublishedCount]] = {}
    for count in answer.published:
        by_source.setdefault(count.source.id, []).append(count)
    said = []
    for counts in by_source.values():
        first = counts[0]
        # "LetsRun.com forum (summarising The Athletic)": the link names the rest
        publisher = re.sub(r"\s*\(.*?\)", "", first.source.publisher).strip()
        phrase = say(
            "h2h.count.source",
            publisher=publisher or first.source.publisher,
            counts=", ".join(published_count(answer, c) for c in counts),
            when=speaking().date(first.as_of, "yMMM"),
        )
        said.append((phrase, first))
    return sorted(said, key=lambda s: s[1].as_of, reverse=True)
