"""Every command is one complete feature: each part it declares is there and works.

A new package under ``bot/features`` is found by ``bot.commands``; these tests then ask it for
every part (layouts both ways for each kind of reply, an /ask reading, a chart when the command
charts, phrases in every language) so a command cannot be reachable half-built.
"""

from __future__ import annotations

import re
import typing

import pytest

from bot.answers.common import Reply
from bot.ask.parts import Parts
from bot.ask.reader import read_question
from bot.commands import COMMANDS, FEATURES
from bot.features.ask.layouts import read_as
from bot.i18n import LANGUAGES
from bot.i18n.catalog import read_catalog
from bot.phrases import EN
from bot.registry import DISCORD_ONLY, Feature, Layouts
from bot.render.embed_kit import Page
from bot.render.text import Lines

NAMES = sorted(FEATURES)
# /ask reads a question as one of the other commands: it has no reading of its own
WITHOUT_READING = {"ask"}


def feature(name: str) -> Feature:
    return FEATURES[name]


def kind_of(reply: type[Reply]) -> str:
    return typing.cast(str, reply.model_fields["kind"].default)


def test_every_feature_package_is_found_and_each_command_is_one_feature() -> None:
    assert set(COMMANDS) == set(FEATURES) >= {"h2h", "quote", "next-race", "results"}
    assert not set(COMMANDS) & set(DISCORD_ONLY)
    for name, declared in FEATURES.items():
        assert declared.command is COMMANDS[name]
    positions = [f.position for f in FEATURES.values()]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)


@pytest.mark.parametrize("name", NAMES)
def test_every_kind_of_reply_is_laid_out_both_ways_by_named_functions(name: str) -> None:
    declared = feature(name)
    assert declared.replies, f"/{name} lays out no reply"
    for reply, layouts in declared.replies.items():
        assert issubclass(reply, Reply)
        assert isinstance(layouts, Layouts) and all(layouts), f"/{name}: {reply} one way only"
        for layout in layouts:
            assert layout.__name__ != "_" and layout.__doc__, f"/{name}: {layout} is unnamed"
            module = layout.__module__
            assert module.startswith(f"bot.features.{name.replace('-', '_')}"), module
            hints = typing.get_type_hints(layout)
            assert hints[next(iter(hints))] is reply, (
                f"/{name}: {layout.__name__} lays out another kind"
            )
    embed_hints = {
        typing.get_type_hints(pair.embed)["return"] for pair in declared.replies.values()
    }
    text_hints = {typing.get_type_hints(pair.text)["return"] for pair in declared.replies.values()}
    assert all(str(hint).endswith(f"Sequence[{Page.__module__}.Page]") for hint in embed_hints)
    assert text_hints == {Lines}


def test_each_kind_of_reply_belongs_to_one_feature() -> None:
    kinds = [kind_of(reply) for f in FEATURES.values() for reply in f.replies]
    assert len(kinds) == len(set(kinds)), kinds


@pytest.mark.parametrize("name", NAMES)
def test_every_command_has_an_ask_reading(name: str) -> None:
    reading = feature(name).reading
    if name in WITHOUT_READING:
        assert reading is None
        return
    assert reading is not None, f"/{name} cannot be reached from /ask"
    assert reading.cues, f"/{name}: no cue points /ask to it"
    for pattern, weight in reading.cues:
        re.compile(pattern)
        assert weight != 0
    assert all(len(word) >= 5 for word in reading.typos)
    assert typing.get_type_hints(reading.build)["parts"] is Parts


@pytest.mark.parametrize("name", sorted(set(NAMES) - WITHOUT_READING))
def test_every_readings_example_question_reads_as_its_command_first(ctx, name: str) -> None:
    """Each builder is reached, and labels its reading the way the command says it."""
    reading = feature(name).reading
    assert reading is not None
    context = ctx()
    best = read_question(reading.example, context.resolver, context.today).best
    assert best is not None, f"{reading.example!r} reads as nothing"
    assert best.command == name, (reading.example, read_as(best))
    assert read_as(best).startswith(f"Read as: /{name}"), read_as(best)


@pytest.mark.parametrize("name", NAMES)
def test_a_chart_exactly_when_the_command_charts(name: str) -> None:
    declared = feature(name)
    assert (declared.chart is not None) == declared.command.chart, name


@pytest.mark.parametrize("name", NAMES)
def test_every_phrase_of_a_feature_is_in_every_language(name: str) -> None:
    declared = feature(name)
    assert declared.phrases, f"/{name} declares no phrases"
    catalogs = {lang.code: read_catalog(lang.code) for lang in LANGUAGES}
    for prefix in declared.phrases:
        keys = [key for key in EN if key.startswith(prefix)]
        assert keys, f"/{name}: no phrase starts with {prefix!r}"
        for code, catalog in catalogs.items():
            if catalog is None:  # English: the phrases themselves
                continue
            # an entry with an empty msgstr is untranslated: gettext shows the English
            missing = [k for k in keys if not getattr(catalog.get(EN[k], context=k), "string", "")]
            assert not missing, f"/{name}: no {code} for {missing}"
