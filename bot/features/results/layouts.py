"""/results laid out: the race's rows with places and times, notes, the meet's other races."""

from __future__ import annotations

import discord

from bot.answers.results import NoResults, RaceRef, ResultsAnswer
from bot.phrases import say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, ERROR_COLOUR, Layout, Page, safe
from bot.render.text import Lines


def no_results(answer: NoResults) -> str:
    """The meet has no race of that kind in the store."""
    if answer.wanted:
        parts = [answer.event, fmt.round_name(answer.round) if answer.round else None]
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


def results_embed(answer: ResultsAnswer) -> Layout:
    """The rows as a column of places, then notes and the meet's other races."""
    race = answer.race
    rows = []
    for row in answer.rows:
        time = f" — {row.time}" if row.time else ""
        place = fmt.row_place(row.place, row.status)
        rows.append(f"`{place:>4}` {safe(row.athlete.label, 80)}{time}")
    embed = discord.Embed(
        title=safe(f"{answer.meet} · {fmt.race_label(race)}", 256),
        description=f"{fmt.day(race.date)}\n\n" + "\n".join(rows),
        colour=COLOUR,
    )
    notes = result_notes(answer)
    if notes:
        embed.add_field(name=say("results.notes"), value=safe("\n".join(notes)), inline=False)
    if answer.other_races:
        embed.add_field(
            name=say("results.others"), value=safe(races_list(answer.other_races)), inline=False
        )
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
        lines.append(f"  {place:>4}  {row.athlete.label:<34} {row.time or ''}")
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
