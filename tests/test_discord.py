"""The slash commands driven through SimCord as a member would: replies, buttons, autocomplete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import discord
import pytest
from discord import app_commands

from bot.commands import COMMANDS

from .conftest import NOW


def text_of(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


# ---------------------------------------------------------------- /h2h
async def test_h2h_answers_publicly_with_tally_sources_and_as_of(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="ingebrigsten")
    assert result.acknowledged and not result.ephemeral
    embed = result.response.embeds[0]
    body = text_of(embed)
    # the names in the order asked, everywhere; who leads said in words
    assert "Kerr 4 – 11 Ingebrigtsen" in body and "Ingebrigtsen leads" in body
    assert "Finals only: **Kerr 3 – 7 Ingebrigtsen**" in body
    # each meeting links its source once; SimCord's members use Discord in US English
    assert "[source](" in body and "Facts as of Mar 31, 2026" in embed.footer.text
    assert "page 1/3" in embed.footer.text


async def test_h2h_pages_anyone_may_turn_a_private_copy(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="jakob")
    nxt = await world.fan.click(result.response, label="Next")
    assert nxt.acknowledged
    page2 = world.channel.last_message.embeds[0]
    assert "page 2/3" in page2.footer.text
    # the 2022 Diamond League final is on page 2: both places and times, the winner's bold
    assert "**[DL Final '22](" in page2.description
    assert "Kerr 6th 3:31.85 · Ingebrigtsen **1st 3:29.02**" in page2.description
    intruder = await world.other.click(world.channel.last_message, label="Next")
    assert intruder.ephemeral  # someone else turns a private copy...
    assert "page 3/3" in intruder.response.embeds[0].footer.text
    assert "page 2/3" in world.channel.last_message.embeds[0].footer.text  # ...not the message
    await world.env.advance_time(3600)  # the buttons do not time out
    await world.fan.click(world.channel.last_message, label="Previous")
    assert "page 1/3" in world.channel.last_message.embeds[0].footer.text


async def test_h2h_unknown_name_is_ephemeral_with_suggestions(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="samuel")
    assert result.ephemeral
    body = text_of(result.response.embeds[0])
    assert "could be more than one athlete" in body
    assert "Samuel Pihlström (SWE)" in body and "Samuel Tefera (ETH)" in body


async def test_h2h_same_athlete_twice(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="josh-kerr")
    assert result.ephemeral
    assert "pick two different athletes" in text_of(result.response.embeds[0])


async def test_h2h_autocomplete(world) -> None:
    empty = await world.autocomplete("h2h", "athlete", "")
    assert [c["value"] for c in empty[:2]] == ["jakob-ingebrigtsen", "josh-kerr"]
    assert len(empty) <= 25
    typed = await world.autocomplete("h2h", "opponent", "nordas")
    assert typed[0]["value"] == "narve-gilje-nordas"
    events = await world.autocomplete(
        "h2h", "event", "", athlete="kerr", opponent="jakob-ingebrigtsen"
    )
    assert [c["value"] for c in events] == ["1500m", "mile"]


async def test_h2h_finals_only_and_event(world) -> None:
    result = await world.slash(
        "h2h", athlete="kerr", opponent="jakob", event="mile", rounds="finals"
    )
    body = text_of(result.response.embeds[0])
    assert "Kerr 1 – 0 Ingebrigtsen" in body
    assert "3:45.34" in body


async def test_messages_never_ping(world) -> None:
    await world.slash("h2h", athlete="kerr", opponent="jakob")
    await world.slash("quote", athlete="kerr", topic="@everyone")
    sent = [r for r in world.env.http_requests if r.json and "allowed_mentions" in str(r.json)]
    assert sent
    for request in sent:
        mentions = request.json.get("data", request.json).get("allowed_mentions")
        assert mentions == {"parse": []} or mentions == {"parse": [], "replied_user": False}


# ---------------------------------------------------------------- /quote
async def test_quote_with_topic_and_another(world) -> None:
    result = await world.slash("quote", athlete="ingebrigtsen", topic="blindfolded")
    first = result.response.embeds[0]
    assert "blindfolded" in first.description
    assert "Jakob Ingebrigtsen" in first.author.name
    assert "CITIUS MAG" in text_of(first)
    await world.fan.click(result.response, label="Another")
    second = world.channel.last_message.embeds[0]
    assert second.description != first.description
    assert "Quote 2 of" in text_of(second)


async def test_random_quote_and_no_quote(world) -> None:
    result = await world.slash("quote", athlete="kerr")
    assert not result.ephemeral and result.response.embeds[0].description.startswith(">")
    none = await world.slash("quote", athlete="kerr", topic="bananas")
    assert none.ephemeral
    assert "No quote by Josh Kerr about “bananas”" in text_of(none.response.embeds[0])
    assert "Topics there are" in text_of(none.response.embeds[0])


# ---------------------------------------------------------------- /next-race
async def test_next_race_before_a_meet_counts_down(world) -> None:
    result = await world.slash("next-race")
    embed = result.response.embeds[0]
    assert embed.title == "European Athletics Indoor Championships 2027 (València)"
    # the first day has no known start time: a calendar date in València, never a timestamp
    # (a viewer in London would see local midnight in València as 4 March)
    assert "** — Mar 5, 2027 (València time)" in embed.description  # a US English viewer
    assert embed.description.startswith("**Starts in ")  # counted in València's calendar
    assert "Europe/" not in str(embed.to_dict())  # places, not zone ids
    assert "<t:" not in embed.description


async def test_next_race_during_a_meet(world, clock) -> None:
    clock.now = dt.datetime(2027, 9, 13, 8, tzinfo=dt.UTC)
    result = await world.slash("next-race", meet="worlds 2027")
    embed = result.response.embeds[0]
    assert "Happening now — day 3 of 9" in embed.description


async def test_next_race_final_start_time_and_finished(world, clock) -> None:
    # the start time is printed only in the report of the final, an undated page known from
    # the day after (#28, #27): on the final's morning there is no start to count down to
    clock.now = dt.datetime(2023, 8, 23, 8, tzinfo=dt.UTC)
    during = await world.slash("next-race", meet="budapest 2023")
    assert "Happening now — day 5" in during.response.embeds[0].description
    assert "<t:" not in during.response.embeds[0].description
    clock.now = NOW
    after = await world.slash("next-race", meet="budapest 2023")
    assert "Finished" in after.response.embeds[0].description
    assert "/results" in after.response.embeds[0].description


async def test_next_race_when_nothing_is_upcoming(world, clock) -> None:
    clock.now = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    result = await world.slash("next-race")
    embed = result.response.embeds[0]
    assert embed.title == "Nothing upcoming in the store"
    assert "Most recent" in embed.description and "Facts as of" in embed.footer.text


async def test_next_race_meet_autocomplete(world) -> None:
    choices = await world.autocomplete("next-race", "meet", "")
    assert choices[0]["value"] == "2027-ei-valencia"
    typed = await world.autocomplete("next-race", "meet", "worlds 23")
    assert typed[0]["value"] == "2023-worlds-budapest"


# ---------------------------------------------------------------- errors, cooldown
async def test_unexpected_error_gets_an_ephemeral_apology(world, monkeypatch) -> None:
    def explode(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setitem(COMMANDS, "h2h", replace(COMMANDS["h2h"], run=explode))
    result = await world.slash("h2h", athlete="kerr", opponent="jakob")
    assert result.ephemeral
    assert "Sorry, something went wrong" in result.response.embeds[0].description
    assert any("boom" in repr(e) for e in world.env.errors)


async def test_error_after_responding_uses_a_followup(world, monkeypatch) -> None:
    from bot.exts import slash

    sent = slash.send_answer

    async def then_fail(*args, **kwargs):
        await sent(*args, **kwargs)
        raise RuntimeError("after the reply")

    monkeypatch.setattr(slash, "send_answer", then_fail)
    result = await world.slash("ask", question="what did kerr say about weaknesses?")
    assert result.response and not result.ephemeral  # the answer went out
    assert result.followups and result.followups[0].ephemeral
    assert "Sorry" in result.followups[0].embeds[0].description
    assert any("after the reply" in repr(e) for e in world.env.errors)


async def test_cooldown_says_when_to_retry(world) -> None:
    world.bot.settings.command_rate = 2
    for _ in range(2):
        assert not (await world.slash("about")).ephemeral
    third = await world.slash("about")
    assert third.ephemeral
    assert "Try again <t:" in third.response.embeds[0].description
    assert any(isinstance(e, app_commands.CommandOnCooldown) for e in world.env.errors)


async def test_every_slash_command_is_declared_once_in_the_registry(world) -> None:
    """Store questions in COMMANDS (console, ask, Discord), the rest in DISCORD_ONLY."""
    from bot.console import parse
    from bot.registry import COMMANDS, DISCORD_ONLY

    tree = {c.name: c.description for c in world.bot.tree.get_commands()}
    declared = {name: spec.description for name, spec in COMMANDS.items()} | DISCORD_ONLY
    assert tree == declared
    with pytest.raises(ValueError, match=r"/remind works only in Discord"):
        parse("/remind meet:worlds")
