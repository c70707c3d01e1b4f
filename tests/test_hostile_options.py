"""Hostile option text: control characters never echoed, non-word topics, values off the choices."""

from __future__ import annotations

import re

import pytest

from bot.answers.common import Refusal
from bot.commands import COMMANDS
from bot.console import answer_line
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.lookup import NameSuggestions
from bot.registry import Command, Option
from bot.render.text import render_text

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
DIRT = "\x00\x07\x1b[31m\x1b]0;pwned\x07\x85\x9b2J"

# every place typed text is echoed back in a refusal or an answer
ECHOES = [
    ("h2h", {"athlete": f"zzqx{DIRT}qq", "opponent": "jakob"}),
    ("h2h", {"athlete": "kerr", "opponent": "jakob", "event": f"800{DIRT}x"}),
    ("results", {"meet": f"nowhere{DIRT} 2023"}),
    ("results", {"meet": "budapest 2023", "event": f"zz{DIRT}"}),
    ("results", {"meet": "budapest 2023", "round": f"zz{DIRT}"}),
    ("quote", {"athlete": "kerr", "topic": f"zzqx{DIRT}"}),
    ("quote", {"athlete": f"zzqx{DIRT}"}),
    ("timeline", {"year": f"20{DIRT}24"}),
    ("next-race", {"meet": f"zzqx{DIRT}"}),
    ("ask", {"question": f"who{DIRT} is zzqx?"}),
]


@pytest.mark.parametrize(("name", "options"), ECHOES, ids=lambda v: str(v)[:30])
def test_no_answer_echoes_a_control_character(ctx, name: str, options: dict[str, str]) -> None:
    reply = COMMANDS[name].call(ctx(), options)
    shown = render_text(reply) + reply.model_dump_json()
    assert not CONTROLS.search(render_text(reply)), repr(shown)
    assert "\\u001b" not in shown and "\\u0000" not in shown and "[31m" not in shown


@pytest.mark.parametrize(
    "line", ["/h2h kerr\x07\x1b[31m jakob", "/h2h athlete:kerr\x1b[0m\x00 opponent:jakob"]
)
def test_the_console_drops_escape_sequences_and_still_resolves(ctx, line: str) -> None:
    reply = answer_line(ctx(), line)
    text = render_text(reply)
    assert not isinstance(reply, Refusal), text
    assert "Kerr" in text and not CONTROLS.search(text) and "[31m" not in text


def test_an_unknown_console_command_is_echoed_clean(ctx) -> None:
    text = render_text(answer_line(ctx(), "/zz\x1b[2J\x07q kerr"))
    assert "unknown command /zzq" in text and not CONTROLS.search(text)


NOT_WORDS = [
    "@everyone",
    "＠everyone",
    "＠here",
    "<@123456789012345678>",
    "!!!",
    "🔥🏃",
    "\u0301" * 80,
]


@pytest.mark.parametrize("topic", [*NOT_WORDS, "e" + "\u0336\u0301" * 60])
def test_a_topic_that_is_not_a_word_finds_no_quote(ctx, topic: str) -> None:
    reply = COMMANDS["quote"].call(ctx(), {"athlete": "kerr", "topic": topic})
    assert isinstance(reply, NoQuote), render_text(reply)
    assert reply.known_topics  # the athlete's real topics are offered
    assert len(reply.topic or "") <= 40


def test_everyone_as_a_word_still_finds_its_quote(ctx) -> None:
    # the contrast: the word matches a quote; only the mention of it must not
    reply = COMMANDS["quote"].call(ctx(), {"athlete": "kerr", "topic": "everyone"})
    assert isinstance(reply, QuoteAnswer)


# a value that works for each kind of option, so that one option at a time can be made hostile
WORKING = {"athlete": ["kerr", "jakob"], "speaker": ["kerr"], "meet": ["budapest 2023"]}
HOSTILE = [
    DIRT,
    "9" * 80,
    "-1",
    "0x7e4",
    "２０２４",
    "@everyone <@123456789012345678>",
    "x" * 5000,
    "\u202e2024",
    "",
]


def working_values(command: Command) -> dict[str, str]:
    """The required options of ``command`` filled with values that work (two athletes differ)."""
    used: dict[str, int] = {}
    values = {}
    for option in command.options:
        if not option.required:
            continue
        kind = option.complete.kind if isinstance(option.complete, NameSuggestions) else None
        if kind is None:
            values[option.name] = _working_value(option)
            continue
        values[option.name] = WORKING[kind][used.get(kind, 0)]
        used[kind] = used.get(kind, 0) + 1
    return values


def _working_value(option: Option) -> str:
    """A value that works for an option that names nobody: a choice, a year, a question."""
    if option.choices:
        return option.choices[0][1]
    if option.range:
        low, high = option.range
        return str(min(max(2019, low), high))  # a year the store has races in
    return "who won more, kerr or jakob?"  # /ask's question


# every option of every declared command: a new option is fuzzed the day it exists
EVERY_OPTION = [
    (command.name, option.name) for command in COMMANDS.values() for option in command.options
]


@pytest.mark.parametrize(("name", "option"), EVERY_OPTION)
def test_every_option_takes_hostile_text_and_answers_cleanly(ctx, name: str, option: str) -> None:
    command = COMMANDS[name]
    base = working_values(command)
    assert not isinstance(command.call(ctx(), base), Refusal) or name == "next-race"
    for hostile in HOSTILE:
        reply = command.call(ctx(), {**base, option: hostile})
        shown = render_text(reply)
        assert not CONTROLS.search(shown), (option, repr(shown))
        # typed text is echoed in excerpts: never whole when it is long
        assert "x" * 301 not in shown and "9" * 61 not in shown, (option, shown[:200])
        assert "[31m" not in reply.model_dump_json()


CHOICE_OPTIONS = [
    (command.name, option.name, [value for _, value in option.choices])
    for command in COMMANDS.values()
    for option in command.options
    if option.choices
]
REQUIRED = {"h2h": {"athlete": "kerr", "opponent": "jakob"}, "results": {"meet": "budapest 2023"}}


def test_every_choice_option_is_covered() -> None:
    assert {(c, o) for c, o, _ in CHOICE_OPTIONS} >= {("h2h", "rounds"), ("timeline", "order")}


@pytest.mark.parametrize(("name", "option", "allowed"), CHOICE_OPTIONS)
@pytest.mark.parametrize("bogus", ["bogus", "**sideways**", "x", "all finals"])
def test_a_value_off_the_choices_is_refused_listing_them(
    ctx, name: str, option: str, allowed: list[str], bogus: str
) -> None:
    reply = COMMANDS[name].call(ctx(), {**REQUIRED.get(name, {}), option: bogus})
    assert isinstance(reply, Refusal), render_text(reply)
    assert all(value in reply.message for value in allowed), reply.message
    for value in allowed:  # the choices themselves still work, and as typed in any case
        assert not isinstance(
            COMMANDS[name].call(ctx(), {**REQUIRED.get(name, {}), option: value.upper()}),
            Refusal,
        )


@pytest.mark.parametrize(
    ("command", "option", "typed", "meant"),
    [
        ("results", "round", "heats", "heat"),
        ("results", "round", "Semis", "semi-final"),
        ("h2h", "rounds", "final", "finals"),
    ],
)
def test_a_plural_names_the_same_choice(command, option, typed, meant) -> None:
    from bot.registry import _check

    assert _check(COMMANDS[command].option(option), typed) == meant
