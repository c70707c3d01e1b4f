"""What the /ask reader keeps between questions changes no reading (bot.ask.slots, parts).

The runs of words read (by their words and the day), the meets' editions (by the words, the
meet and the day) and the clauses that ask are kept to save work on the next question; a
reading from what was kept must be the reading from scratch, on any day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import bot.commands  # noqa: F401  (registers every feature's reading)
from bot.ask import parts, slots
from bot.ask.intents import IntentModel, load_questions
from bot.ask.reader import Read, read_question
from bot.facts.store import FactStore
from bot.resolve import Resolver

# a day of the dev set and one when other meets were next or latest
DAYS = (dt.date(2026, 11, 22), dt.date(2023, 8, 1))
ASKED_BY_DAY = [
    "when is the next worlds",
    "who won in paris",
    "results from budapest",
    "did kerr beat jakob in budapest",
    "when does jakob race next at the diamond league",
]


def _summary(read: Read) -> tuple[Any, ...]:
    best = read.best
    return (
        None if best is None else (best.command, sorted(best.options.items()), best.score),
        repr(read.outside),
        [(r.command, sorted(r.options.items()), r.score) for r in read.considered],
        [(r.command, r.score) for r in read.readings],
        sorted(read.features.items()),
        read.understood_ids,
        read.unplaced,
    )


def _readings(resolvers: list[Resolver], questions: list[str]) -> list[tuple[Any, ...]]:
    model = IntentModel()  # the cues alone: no model trained through the same caches
    return [
        _summary(read_question(q, resolver, day, model))
        for resolver, day in zip(resolvers, DAYS, strict=True)
        for q in questions
    ]


def test_readings_from_what_was_kept_are_readings_from_scratch(
    store: FactStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = ASKED_BY_DAY + [e["q"] for e in load_questions()][::30]
    kept = Resolver(store)
    first = _readings([kept, kept], questions)
    again = _readings([kept, kept], questions)  # every run and edition known by now
    # from scratch: a new resolver for each day, and next to nothing kept
    monkeypatch.setattr(slots, "RUN_READINGS", 1)
    monkeypatch.setattr(parts, "EDITIONS", 1)
    scratch = _readings([Resolver(store), Resolver(store)], questions)
    assert first == scratch
    assert again == scratch
    # (the days differ where they should: the next worlds is another meet)
    assert first[0] != first[len(questions)]
