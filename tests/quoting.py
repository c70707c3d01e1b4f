"""What /ask shows for a quote question at the blind writers' clock (shared by the topic tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot import commands as cmd
from bot.ask.reader import read_question
from bot.commands import Context
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.resolve import Resolver

NOW = dt.datetime(2026, 3, 25, 12, tzinfo=dt.UTC)


def quote_reading(question: str, resolver: Resolver) -> dict[str, str]:
    """The options of the /quote reading of a question (it must be /quote)."""
    best = read_question(question, resolver, NOW.date()).best
    assert best is not None and best.command == "quote", (question, best)
    return dict(best.options)


def quote_shown(question: str, resolver: Resolver, ctx: Callable[..., Context]) -> QuoteAnswer:
    """The quote /ask shows for a question (the reading must be /quote)."""
    options = quote_reading(question, resolver)
    answer = cmd.COMMANDS["quote"].call(ctx(NOW), options)
    assert isinstance(answer, QuoteAnswer), (question, options)
    return answer


def quote_of(ctx: Callable[..., Context], athlete: str, topic: str) -> QuoteAnswer | NoQuote:
    """/quote with an athlete and a topic, as typed into the options."""
    answer = cmd.COMMANDS["quote"].call(ctx(NOW), {"athlete": athlete, "topic": topic})
    assert isinstance(answer, QuoteAnswer | NoQuote)
    return answer
