"""A second question in one message: "kerr vs jakob h2h and what did jakob say about kerr".

One reading is answered; the other question is not dropped in silence: the reading of the
part that asks it is offered ("Also asked: /h2h Josh Kerr vs Jakob Ingebrigtsen"), first
among the other readings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.ask.words import Question, wordset

if TYPE_CHECKING:  # (the reader imports this module)
    from bot.ask.reader import Read
    from bot.ask.replies import Reading

# "and" then a word that opens a question: a second question begins
_AND = wordset("and og & plus also +")
_OPENS = wordset(
    """
    what whats what's when whens when's who whos who's how where which why did does do is
    are was were has have will can could hva når hvem hvordan hvor hvilken hvilke hvorfor
    """
)


def second_start(question: Question) -> int | None:
    """Where a second question begins: "… h2h and what did …", "…, kerr or jakob, and when …"."""
    words = question.words
    for i in range(1, len(words) - 2):
        if words[i] in _AND and words[i + 1] in _OPENS:
            return i
    return None


def also_asked(
    question: Question, whole: Read, confident: float, read: Callable[[Question], Read]
) -> Reading | None:
    """The reading of the question ``whole`` leaves unanswered, when the message asks two.

    The first question read alone (``read``); when the answer is the second's, the first is
    offered; when it is the first's, the second's command as the whole read it.
    """
    best = whole.best
    start = second_start(question)
    if best is None or start is None:
        return None
    first = read(replace(question, words=question.words[:start]))
    asked = first.best
    if asked is None or not first.understood_ids:
        return None
    if asked.command != best.command:
        return asked
    others = [r for r in whole.readings if r.command != best.command and r.score >= confident]
    return others[0] if others else None
