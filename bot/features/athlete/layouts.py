"""/athlete laid out: who, notable facts, latest race, bests in the store, frequent rivals."""

from __future__ import annotations

import discord

from bot.answers.common import PersonRef
from bot.features.athlete.answer import Notable, ProfileAnswer
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, Page, safe
from bot.render.text import Lines


def rival_line(
    person: PersonRef, opponent: PersonRef, wins: int, losses: int, no_result: int, dash: str
) -> str:
    """A head-to-head in brief, leader named: "Jakob Ingebrigtsen: Ingebrigtsen leads 11–4"."""
    me, them = fmt.short_names(person, opponent)
    high, low = max(wins, losses), min(wins, losses)
    score = f"{high}{dash}{low}"
    if wins == losses:
        said = say("profile.rival.level", score=score)
    else:
        said = say("profile.rival.leads", name=me if wins > losses else them, score=score)
    return f"{opponent.name}: {said}" + fmt.undecided(no_result)


def notable_line(fact: Notable, person: PersonRef) -> str:
    """A notable line; one the store computes otherwise is said as its source's claim at its date.

    "head-to-head vs Jakob Ingebrigtsen 11–0 as of June 2021 — per VG; the races in the
    store: Cheruiyot 6–12": both true at their dates, and the reader sees which is which.
    """
    if fact.store_record is None and fact.store_best is None:
        return fact.text
    when = fmt.partial_date(fact.source.published, unknown="")
    dated = "as of" in fact.text.lower() or not when
    if fact.store_record is not None:
        won, lost = fact.store_record
        ours = say("profile.claim.record", record=f"{person.name.split()[-1]} {won}–{lost}")
    else:
        ours = say("profile.claim.best", time=fact.store_best)
    if dated:  # the line says its own date, or its page has none
        return say("profile.claim", claim=fact.text, source=fact.source.publisher, ours=ours)
    return say(
        "profile.claim.dated", claim=fact.text, when=when, source=fact.source.publisher, ours=ours
    )


def athlete_embed(answer: ProfileAnswer) -> Layout:
    """Facts as the description, then one field each for latest, bests, rivals, counts."""
    p = answer.person
    role = "" if answer.role == "athlete" else f" · {answer.role}"
    embed = discord.Embed(title=safe(p.label + role, 256), colour=COLOUR)
    facts = []
    if answer.born:
        facts.append(say("profile.born", day=fmt.day(answer.born)))
    facts += [f"• {safe(notable_line(n, p), 400)}" for n in answer.notable[:8]]
    if facts:
        embed.description = "\n".join(facts)[:4096]
    if answer.latest:
        embed.add_field(
            name=say("profile.latest"), inline=False, value=safe(fmt.race_line(answer.latest))
        )
    if answer.best:
        embed.add_field(
            name=say("profile.best"),
            inline=False,
            value=safe(
                "\n".join(
                    f"{fmt.event_name(b.event)}: {fmt.race_time(b.time)} ({b.meet})"
                    for b in answer.best
                )
            ),
        )
    if answer.rivals:
        lines = [
            rival_line(p, r.opponent, r.wins, r.losses, r.no_result, dash="–")
            for r in answer.rivals
        ]
        embed.add_field(
            name=say("profile.rivals"),
            inline=False,
            value=safe("\n".join([*lines, say("profile.rivals.h2h")])),
        )
    counts = say(
        "profile.counts",
        races=counted(answer.races, "race"),
        quotes=counted(answer.quotes, "quote"),
    )
    embed.add_field(name=say("profile.in_store"), value=counts)
    return [Page(embed, answer.sources)]


def athlete_text(answer: ProfileAnswer) -> Lines:
    """The same, one line each."""
    p = answer.person
    lines = [p.label + ("" if answer.role == "athlete" else f" — {answer.role}")]
    if answer.born:
        lines.append(say("profile.born", day=fmt.day(answer.born)))
    for fact in answer.notable:
        line = notable_line(fact, p)  # a claim names its source already
        lines.append(f"  • {line}" + ("" if line != fact.text else f" [{fact.source.publisher}]"))
    if answer.latest:
        lines.append(f"{say('profile.latest')}: {fmt.race_line(answer.latest)}")
    for mark in answer.best:
        lines.append(
            say(
                "profile.best.line",
                event=fmt.event_name(mark.event),
                time=fmt.race_time(mark.time),
                meet=mark.meet,
            )
        )
    for rival in answer.rivals:
        line = rival_line(p, rival.opponent, rival.wins, rival.losses, rival.no_result, " – ")
        lines.append(f"vs {line}")
    if answer.rivals:
        lines.append("  " + say("profile.rivals.h2h"))
    lines.append(
        say(
            "profile.counts.line",
            races=counted(answer.races, "race"),
            quotes=counted(answer.quotes, "quote"),
        )
    )
    return Lines(lines, answer.sources)
