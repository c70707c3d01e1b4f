"""/athlete laid out: who, notable facts, latest race, bests in the store, frequent rivals."""

from __future__ import annotations

import discord

from bot.features.athlete.answer import ProfileAnswer
from bot.phrases import counted, say
from bot.render import format as fmt
from bot.render.embed_kit import COLOUR, Layout, Page, safe
from bot.render.text import Lines


def rival_line(name: str, wins: int, losses: int, no_result: int, dash: str = " – ") -> str:
    """A head-to-head in brief: "Jakob Ingebrigtsen: 4 – 11 (1 undecided)"."""
    return f"{name}: {wins}{dash}{losses}" + fmt.undecided(no_result)


def athlete_embed(answer: ProfileAnswer) -> Layout:
    """Facts as the description, then one field each for latest, bests, rivals, counts."""
    p = answer.person
    role = "" if answer.role == "athlete" else f" · {answer.role}"
    embed = discord.Embed(title=safe(p.label + role, 256), colour=COLOUR)
    facts = []
    if answer.born:
        facts.append(say("profile.born", day=fmt.day(answer.born)))
    facts += [f"• {safe(n.text, 300)}" for n in answer.notable[:8]]
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
            value=safe("\n".join(f"{b.event}: {b.time} ({b.meet})" for b in answer.best)),
        )
    if answer.rivals:
        lines = [
            rival_line(r.opponent.name, r.wins, r.losses, r.no_result, dash="–")
            for r in answer.rivals
        ]
        embed.add_field(
            name=say("profile.rivals"),
            inline=False,
            value=safe("\n".join([*lines, say("profile.rivals.h2h")])),
        )
    counts = say("profile.counts", races=answer.races, quotes=answer.quotes)
    embed.add_field(name=say("profile.in_store"), value=counts)
    return [Page(embed, answer.sources)]


def athlete_text(answer: ProfileAnswer) -> Lines:
    """The same, one line each."""
    p = answer.person
    lines = [p.label + ("" if answer.role == "athlete" else f" — {answer.role}")]
    if answer.born:
        lines.append(say("profile.born", day=fmt.day(answer.born)))
    for fact in answer.notable:
        lines.append(f"  • {fact.text} [{fact.source.publisher}]")
    if answer.latest:
        lines.append(f"{say('profile.latest')}: {fmt.race_line(answer.latest)}")
    for mark in answer.best:
        lines.append(say("profile.best.line", event=mark.event, time=mark.time, meet=mark.meet))
    for rival in answer.rivals:
        name = f"vs {rival.opponent.name}"
        lines.append(rival_line(name, rival.wins, rival.losses, rival.no_result))
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
