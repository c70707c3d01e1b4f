"""How /ask reads a question at the blind writers' clock (shared by the fresh-input tests)."""

from __future__ import annotations

import datetime as dt

from bot.ask.reader import read_question
from bot.resolve import Resolver

SPRING = dt.date(2026, 3, 25)  # Toruń over (20-22 March); Bislett, the Euros, the DL final ahead


def best_reading(
    resolver: Resolver, text: str, today: dt.date = SPRING
) -> tuple[str, dict[str, str]]:
    """The command and options /ask acts on (it must act, and refuse nothing)."""
    read = read_question(text, resolver, today)
    assert read.outside is None, (text, read.outside)
    assert read.best is not None, text
    return read.best.command, dict(read.best.options)


def assert_reads(resolver: Resolver, text: str, command: str, options: dict[str, str]) -> None:
    """/ask acts on ``command`` with at least ``options`` (other options may come with them)."""
    got, got_options = best_reading(resolver, text)
    assert got == command, text
    assert options.items() <= got_options.items(), (text, got_options)


def refusal(resolver: Resolver, text: str) -> str:
    """The kind of question the store cannot know about that /ask says this is."""
    read = read_question(text, resolver, SPRING)
    assert read.outside is not None, (text, read.best)
    return read.outside.topic
