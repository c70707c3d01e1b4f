"""Hostile input through SimCord: any text in any option gets a reply within Discord's rules."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_discord import text_of

# a bounded run keeps the suite fast; HOSTILE_EXAMPLES=500 for a larger one
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "12"))

NASTY = [
    "",
    " ",
    "   \t ",
    "a" * 6000,
    "🏃‍♂️🔥🇳🇴",
    "\u200b\u200b\u200b",
    "\u202eKERR\u202c",
    "**bold** __u__ ~~s~~",
    "`code`",
    "```py\nprint(1)\n```",
    "> quoted",
    "[x](https://evil.example)",
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "<#1>",
    "kerr @everyone",
    "ingebrigtsen\n\n\nkerr",
    "null",
    "None",
    "0",
    "-1",
    "2024",
    "'; DROP TABLE races; --",
    "\\",
    "%s%s%s",
    "{athlete}",
    "Nordås" * 30,
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=400),
)

COMMANDS = {
    "h2h": [("athlete", "kerr"), ("opponent", "jakob"), ("event", None)],
    "quote": [("athlete", "kerr"), ("topic", None)],
    "next-race": [("athlete", None), ("meet", None)],
    "results": [("meet", "budapest 2023"), ("event", None)],
    "athlete": [("name", "kerr")],
    "timeline": [("athlete", None), ("opponent", None)],
}
CASES = [(name, option) for name, options in COMMANDS.items() for option, _ in options]
# one SimCord world serves all examples of a test; the examples are few and fixed per run
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PINGS = re.compile(r"@(everyone|here)|<@[!&]?\d{17,20}>")


def filled(command: str, option: str, value: str) -> dict[str, str]:
    out = {o: default for o, default in COMMANDS[command] if default is not None}
    out[option] = value
    return out


@pytest.mark.parametrize(("command", "option"), CASES)
@BOUNDED
@given(value=hostile)
async def test_any_text_in_any_option_gets_a_safe_reply(world, command, option, value) -> None:
    result = await world.slash(command, **filled(command, option, value))
    assert result.acknowledged, f"/{command} {option}={value!r} got no reply"
    messages = [m for m in [result.response, *result.followups] if m is not None]
    assert messages
    for message in messages:
        for embed in message.embeds:  # SimCord refuses embeds over Discord's limits
            body = text_of(embed)
            assert not PINGS.search(body), body
    assert not world.env.errors, world.env.errors  # nothing unhandled


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("h2h", "athlete"),
        ("h2h", "event"),
        ("quote", "athlete"),
        ("next-race", "meet"),
        ("results", "meet"),
        ("results", "event"),
        ("timeline", "opponent"),
    ],
)
@BOUNDED
@given(value=hostile)
async def test_autocomplete_with_garbage_stays_within_limits(world, command, option, value) -> None:
    others = {o: d for o, d in COMMANDS[command] if d is not None and o != option}
    choices = await world.autocomplete(command, option, value[:100], **others)
    assert len(choices) <= 25
    for choice in choices:
        assert 1 <= len(choice["name"]) <= 100 and len(str(choice["value"])) <= 100
    assert not world.env.errors
