"""The wording rules both renderers share, each written once (phrases come from bot.phrases).

Discord and the console lay these out differently; what they say comes from here.
"""

from __future__ import annotations

import datetime as dt

from bot.answers.common import PersonRef, SourceRef, distinct
from bot.answers.h2h import H2HAnswer, LatestRace, Meeting, Tally
from bot.answers.next_race import EntryView, MeetStatus
from bot.answers.quotes import NoQuote, QuoteAnswer
from bot.answers.results import NoResults, RaceRef, ResultsAnswer
from bot.answers.timeline import RivalryRef, TimelineAnswer
from bot.ask.replies import NotSure
from bot.i18n import speaking
from bot.phrases import EN, say


def ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd" (Norwegian: "1.", "12."), by CLDR's rules."""
    return say(f"ordinal.{speaking().locale.ordinal_form(n)}", n=n)


def day(value: dt.date | None, year: int | None = None) -> str:
    """A race day for people: "23 Aug 2023", or the year alone when the day is unknown.

    Written the viewer's way by Babel: "Aug 23, 2023" in US English, "23. aug. 2023" in Norwegian.
    """
    if value is None:
        return say("day.unknown", year=year) if year else say("date.unknown")
    return speaking().date(value)


def number(value: float, decimals: int) -> str:
    """A measured number with the viewer's decimal sign: "1.94", Norwegian "1,94"."""
    return speaking().number(value, decimals)


def round_name(round_: str) -> str:
    """A round ("final", "semi-final", "heat") in the viewer's language; others as stored."""
    key = f"round.{round_}"
    return say(key) if key in EN else round_


def partial_date(value: str | None, unknown: str = "date.not_given") -> str:
    """A date the source gives in part: "6 Aug 2024", "Aug 2024", "2024"."""
    if not value:
        return say(unknown) if unknown else ""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return day(dt.date(*parts))
    if len(parts) == 2:
        return speaking().date(dt.date(parts[0], parts[1], 1), "yMMM")
    return value


def round_label(round_: str, heat: int | None) -> str:
    """Round and heat as people say it: "final", "semi-final 2", "heat 1"."""
    name = round_name(round_)
    return f"{name} {heat}" if heat else name


def race_label(race: RaceRef) -> str:
    """A race of a meet: "1500m semi-final 2"."""
    return f"{race.event} {round_label(race.round, race.heat)}"


def result(place: int | None, time: str | None, status: str) -> str:
    """One athlete's result: "2nd 3:27.79", "DNF", "14th 4:11.23", "place not given"."""
    if status != "finished":
        return status.upper() + (f" ({time})" if time else "")
    parts = [ordinal(place) if place else say("place.not_given"), time or ""]
    return " ".join(p for p in parts if p)


def race_line(race: LatestRace) -> str:
    """An athlete's race in one line: "6 Aug 2024 · Paris Olympics 2024 · 1500m final: 2nd"."""
    outcome = result(race.place, race.time, race.status)
    when, event = day(race.date, race.year), f"{race.event} {round_name(race.round)}"
    return f"{when} · {race.meet} · {event}: {outcome}"


def row_place(place: int | None, status: str) -> str:
    """The place column of a result list: "1st", "DNF", or "–" when the source gives none."""
    if place:
        return ordinal(place)
    return status.upper() if status != "finished" else "–"


def short_names(athlete: PersonRef, opponent: PersonRef) -> tuple[str, str]:
    """How two athletes are called in a tally: family names, full names when those are equal."""
    a, b = athlete.name.split()[-1], opponent.name.split()[-1]
    return (athlete.name, opponent.name) if a == b else (a, b)


def undecided(count: int) -> str:
    """After a tally: " (2 undecided)", or nothing."""
    return say("undecided", count=count) if count else ""


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


def h2h_scope(answer: H2HAnswer, *, long: bool, joiner: str) -> str:
    """Which races a head-to-head counts: an event or all of them, finals only or not."""
    if answer.event:
        scope = answer.event
    elif long and answer.rivalry_events:
        scope = say("h2h.scope.all.long", events=", ".join(answer.rivalry_events))
    else:
        scope = say("h2h.scope.all")
    scope += joiner + say("h2h.finals_only") if answer.finals_only else ""
    return scope + (joiner + str(answer.year) if answer.year else "")


def source_label(source: SourceRef) -> str:
    """Publisher and date ("Reuters, 11 Apr 2025"); the date only when the page gives it."""
    when = partial_date(source.published, unknown="")
    return say("source.label", publisher=source.publisher, when=when) if when else source.publisher


def as_of(value: dt.date) -> str:
    """The "facts as of" line every answer ends with (a clock before every source: none)."""
    if value == dt.date.min:
        return say("facts_as_of.none")
    return say("facts_as_of", day=day(value))


def quote_date(said_on: str | None, basis: str) -> str:
    """When a quote was said, or published when that is all the source gives."""
    when = partial_date(said_on)
    return say("published", when=when) if basis == "published" else when


def quote_position(answer: QuoteAnswer) -> str:
    """Where this quote is among the matches: "Quote 2 of 5 by Josh Kerr about “Paris”"."""
    values = {
        "number": answer.position + 1,
        "count": len(answer.order),
        "speaker": answer.quote.speaker.name,
    }
    if answer.topic:
        return say("quote.position.topic", topic=answer.topic, **values)
    return say("quote.position", **values)


def no_quote(answer: NoQuote) -> str:
    """Nothing by the speaker fits."""
    if answer.topic:
        return say("quote.none.topic", speaker=answer.speaker.name, topic=answer.topic)
    return say("quote.none", speaker=answer.speaker.name)


def meet_when(meet: MeetStatus) -> str:
    """The meet's dates in its own calendar."""
    if meet.start_date is None:
        return say("meet.undated", year=meet.year)
    if meet.end_date and meet.end_date != meet.start_date:
        return say("range", start=day(meet.start_date), end=day(meet.end_date))
    return day(meet.start_date)


def entry_line(entry: EntryView) -> str:
    """An entry worded as what its source says, with when and who said it.

    "Jakob Ingebrigtsen said on 27 Jan 2026 he planned to run (Mozzart Sport)"; a plan is not
    an entry and a withdrawal is not a result, so each kind keeps its own words.
    """
    reported = entry.reported
    when = ""
    if reported:
        key = "entry.on" if len(reported) == 10 else "entry.in"
        when = say(key, day=partial_date(reported), month=partial_date(reported))
    name, who = entry.athlete.name, entry.source.publisher
    line = say(f"entry.{entry.kind}", name=name, when=when, who=who)
    return line + (f" — {entry.note}" if entry.note else "")


def local_date(value: dt.date, timezone: str) -> str:
    """A calendar date in the meet's own place, as text (never a viewer-local timestamp)."""
    return say("local_date", day=day(value), timezone=timezone)


def meet_sources(meet: MeetStatus) -> list[SourceRef]:
    """The meet's own source, then its programme's and its entries'."""
    schedule = [r.source for r in meet.schedule]
    return distinct([meet.source, *schedule, *[e.source for e in meet.entries]])


def meet_place(meet: MeetStatus) -> str:
    """Venue, city and country, as far as the store has them."""
    return ", ".join(p for p in (meet.venue, meet.city, meet.country) if p)


def target(meet: MeetStatus) -> str:
    """What a countdown runs to: "the 1500m final", "the first day", "the start"."""
    label = target_label(meet)
    return say("next.target", label=label) if label else say("next.target.start")


def target_label(meet: MeetStatus) -> str | None:
    """The race or day a countdown runs to ("1500m final", "first day"), in the viewer's words."""
    if meet.target_label is None:
        return None
    if meet.target_precision == "date":
        return say("next.first_day")
    race = next((r for r in meet.schedule if r.starts_at == meet.target), None)
    return f"{race.event} {round_name(race.round)}" if race else meet.target_label


def finished(meet: MeetStatus) -> str:
    """A finished meet: "Finished on 24 Aug 2025", or "Finished" when the end is not known."""
    return (
        say("next.finished.on", day=day(meet.end_date)) if meet.end_date else say("next.finished")
    )


def no_results(answer: NoResults) -> str:
    """The meet has no race of that kind in the store."""
    if answer.wanted:
        parts = [answer.event, round_name(answer.round) if answer.round else None]
        wanted = " ".join(p for p in parts if p) or answer.wanted
        return say("results.none.for", wanted=wanted, meet=answer.meet)
    return say("results.none", meet=answer.meet)


def result_notes(answer: ResultsAnswer) -> list[str]:
    """The race's note, then each row's note with the athlete's name."""
    notes = [answer.note] if answer.note else []
    notes += [
        say("results.row_note", name=r.athlete.name, note=r.note) for r in answer.rows if r.note
    ]
    return notes


def races_list(races: list[RaceRef]) -> str:
    """Races of a meet: "1500m final, 1500m heat 1"."""
    return ", ".join(race_label(r) for r in races)


def rival_line(name: str, wins: int, losses: int, no_result: int, dash: str = " – ") -> str:
    """A head-to-head in brief: "Jakob Ingebrigtsen: 4 – 11 (1 undecided)"."""
    return f"{name}: {wins}{dash}{losses}" + undecided(no_result)


def timeline_title(answer: TimelineAnswer) -> str:
    """The timeline's title: "Timeline of Josh Kerr & Jakob Ingebrigtsen in 2024"."""
    who = say("list.both").join(p.name for p in answer.athletes) or say("timeline.rivalry")
    if answer.year:
        return say("timeline.title.year", who=who, year=answer.year)
    return say("timeline.title", who=who)


def rivals(rivalries: list[RivalryRef]) -> str:
    """The rivalries' titles: "Josh Kerr vs Jakob Ingebrigtsen"."""
    return say("list.and").join(r.title for r in rivalries)


def quoted(words: list[str], limit: int = 8) -> str:
    """Words as typed, each in quotes: “el”, “guerrouj”."""
    return ", ".join(f"“{w}”" for w in words[:limit])


def not_sure_lines(answer: NotSure) -> list[str]:
    """Why a question was not read: what was recognised, the words left over."""
    lines = [say("ask.no_more" if answer.exhausted else "ask.not_sure")]
    if answer.understood:
        lines.append(say("ask.recognised", names=", ".join(answer.understood)))
    if answer.unplaced:
        lines.append(say("ask.unplaced", words=quoted(answer.unplaced)))
    return lines
