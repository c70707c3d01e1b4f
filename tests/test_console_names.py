"""The console splits words typed without ``name:`` into options by the names they make."""

from __future__ import annotations

import pytest

from bot.console import answer_line


@pytest.mark.parametrize(
    ("line", "kind", "names"),
    [
        ("/athlete jake wightman", "profile", ["Jake Wightman"]),
        ("/h2h josh kerr jakob ingebrigtsen", "h2h", ["Josh Kerr", "Jakob Ingebrigtsen"]),
        ("/h2h narve gilje nordas josh kerr", "h2h", ["Narve Gilje Nordås", "Josh Kerr"]),
        ("/h2h kerr jakob mile", "h2h", ["Josh Kerr", "Jakob Ingebrigtsen"]),
        ("/quote geoff wightman", "quote", ["Geoff Wightman"]),
    ],
)
def test_words_are_split_by_what_resolves(ctx, line: str, kind: str, names: list[str]) -> None:
    answer = answer_line(ctx(), line)
    assert answer.kind == kind, answer
    dumped = answer.model_dump_json()
    for name in names:
        assert name in dumped


def test_an_event_after_two_names_stays_an_event(ctx) -> None:
    answer = answer_line(ctx(), "/h2h kerr jakob mile")
    assert answer.model_dump()["event"] == "mile"


@pytest.mark.parametrize("line", ["/h2h my cousin his mate", "/h2h 💩 🇬🇧"])
def test_words_that_are_no_name_are_said_to_be_unknown(ctx, line: str) -> None:
    """Not "/h2h needs opponent": the fan typed two names the store does not know."""
    from bot.console import answer_line
    from bot.render.text import render_text

    text = render_text(answer_line(ctx(), line))
    assert "I don't know an athlete called" in text and "needs opponent" not in text
    assert "needs opponent" in render_text(answer_line(ctx(), "/h2h kerr"))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ask is jakob injured", "timeline"),
        ("Ask  has kerr ever beaten jakob in a final", "h2h"),
        ("ask question: is jakob injured", "timeline"),
        ("asked jakob about kerr", "quote"),  # a word that only begins with "ask"
    ],
)
def test_ask_typed_without_its_slash_is_the_command(ctx, line: str, kind: str) -> None:
    """The command's name is no word of the question ("ask" left in made it "not sure")."""
    answer = answer_line(ctx(), line)
    assert answer.kind == "ask" and answer.reading is not None, answer
    assert answer.reading.command == kind, answer
    assert "“ask”" not in answer.model_dump_json()
