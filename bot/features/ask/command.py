"""/ask declared: one question in plain words."""

from __future__ import annotations

from bot.answers.common import Reply
from bot.ask.answer import ask
from bot.registry import Context, Option, command


@command(
    "ask",
    "Ask in plain words, e.g. who's won more, Kerr or Jakob?",
    question=Option("Your question, e.g. when does Kerr race next?"),
)
def ask_question(ctx: Context, question: str) -> Reply:
    """/ask: read a question in plain words as one of the other commands and run it."""
    return ask(ctx, question)
