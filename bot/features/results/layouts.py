"""/results laid out: the race's rows with places and times, notes, the meet's other races."""

from __future__ import annotations

import re

import discord
from babel.dates import format_time

from bot.answers.results import NoResults, RaceRef, ResultLine, ResultsAnswer
from bot.i18n import speaking
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, ERROR_COLOUR, Layout, Page, no_list, safe
from bot.render.text import Lines
from bot.zones import time_zone


def _pending(answer: NoResults) -> str:
    """The race asked for is on the programme, not run yet: when it is, on the meet's clock."""
    race = answer.pending
    if race is None:
        return ""
    name = fmt.race_name(race.event, race.round)
    zone = fmt.city_time(answer.city, answer.meet)
    if race.starts_at is None:
        return " " + say("results.pending.day", race=name, day=fmt.day(race.date), zone=zone)
    local = race.starts_at.astimezone(time_zone(answer.timezone))
    at = format_time(local, "short", locale=speaking().locale)
    return " " + say("results.pending", race=name, day=fmt.day(race.date), at=at, zone=zone)


def no_results(answer: NoResults) -> str:
    """The meet has no race of that kind in the store (or not yet: it is on the programme)."""
    return _no_results(answer) + _pending(answer)


def _no_results(answer: NoResults) -> str:
    if answer.wanted:
        if answer.event and answer.round:
            wanted = fmt.race_name(answer.event, answer.round, answer.heat)
        else:
            parts = [
                fmt.event_name(answer.event) if answer.event else None,
                answer.round and fmt.round_label(answer.round, answer.heat),
            ]
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
    return ", ".join(fmt.race_label(r) for r in races)


MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}
# record and best marks as a row's note words them, in the order a results table prints them
NOTE_MARKS = (
    ("WR", r"\bworld (indoor )?record\b"),
    ("OR", r"\bolympic record\b"),
    ("AR", r"\b(european|african|asian|oceania|area|north american|south american) record\b"),
    ("NR", r"\b(national|british|american|norwegian|kenyan|spanish|french) record\b"),
    ("CR", r"\bchampionships? record\b"),
    ("MR", r"\bmeeting record\b"),
    ("DLR", r"\bdiamond league record\b"),
    ("WL", r"\bworld[- ]lead(ing)?\b"),
    ("PB", r"\bpersonal best\b|\bPB\b"),
    ("SB", r"\bseason'?s best\b|\bSB\b"),
)


def marks(note: str | None) -> list[str]:
    """The record marks a row's note states: "national record, personal best" -> NR, PB."""
    if not note:
        return []
    return [mark for mark, pattern in NOTE_MARKS if re.search(pattern, note, re.I)]


def row_line(row: ResultLine, place_width: int, time_width: int, medals: bool) -> str:
    """A row in aligned chips (place, time), then medal, flag, name and record marks."""
    place = fmt.row_place(row.place, row.status)
    time = (fmt.race_time(row.time) if row.time else "–").rjust(time_width)
    medal = MEDALS.get(row.place or 0, "") if medals and row.status == "finished" else ""
    who = " ".join(
        p for p in (medal, fmt.flag(row.athlete.country), safe(row.athlete.name, 60)) if p
    )
    if medal:
        who = f"{medal} **{who.removeprefix(medal).strip()}**"
    shown = marks(row.note)
    tail = f" *{' '.join(shown)}*" if shown else ""
    return f"`{place:>{place_width}}` `{time}` {who}{tail}"


def results_embed(answer: ResultsAnswer) -> Layout:
    """The race as a results table; notes, and the meet's other races in a menu below it."""
    race = answer.race
    place_width = max((len(fmt.row_place(r.place, r.status)) for r in answer.rows), default=1)
    time_width = max((len(r.time or "–") for r in answer.rows), default=1)
    rows = [row_line(r, place_width, time_width, answer.medals) for r in answer.rows]
    embed = discord.Embed(
        title=safe(f"{answer.meet} · {fmt.race_label(race)}", 256),
        description=(f"{no_list(fmt.day(race.date))}\n\n" + "\n".join(rows))[:4096],
        colour=COLOUR,
    )
    notes = result_notes(answer)
    if notes:
        embed.add_field(name=say("results.notes"), value=safe("\n".join(notes)), inline=False)
    # the meet's other races are a menu under the message (bot.exts.race_menu)
    return [Page(embed, answer.sources)]


def no_results_embed(answer: NoResults) -> Layout:
    """No such race at the meet: the races it has."""
    embed = discord.Embed(description=safe(no_results(answer), 4000), colour=ERROR_COLOUR)
    if answer.other_races:
        embed.add_field(name=say("results.there"), value=safe(races_list(answer.other_races)))
    return [Page(embed)]


def results_text(answer: ResultsAnswer) -> Lines:
    """The race, one row per athlete, notes and the meet's other races."""
    race = answer.race
    lines = [f"{answer.meet} · {fmt.race_label(race)} · {fmt.day(race.date)}"]
    for row in answer.rows:
        place = fmt.row_place(row.place, row.status)
        mark = " ".join(marks(row.note))
        lines.append(
            f"  {place:>4}  {row.athlete.label:<34} {fmt.race_time(row.time):<8} {mark}".rstrip()
        )
    lines += [say("note.line", note=note) for note in result_notes(answer)]
    if answer.other_races:
        lines.append(f"{say('results.others')}: {races_list(answer.other_races)}")
    return Lines(lines, answer.sources)


def no_results_text(answer: NoResults) -> Lines:
    """No such race at the meet, and the races it has."""
    lines = [no_results(answer)]
    if answer.other_races:
        lines.append(f"{say('results.there')}: {races_list(answer.other_races)}")
    return Lines(lines)
