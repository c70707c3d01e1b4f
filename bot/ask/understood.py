"""What a question was understood to name, and whether a word nothing explains blurs a meet.

Helpers of :mod:`bot.ask.reader`, apart so that it stays readable.
"""

from __future__ import annotations

from bot.ask.parts import Parts
from bot.phrases import Phrase


def understood(parts: Parts) -> list[str | Phrase]:
    """The athletes and meets a question names, for "I recognised: …"."""
    labels: list[str | Phrase] = []
    for _, value in parts.athletes:
        person = parts.resolver.store.people.get(value)
        unclear = Phrase(key="ask.recognised.unclear", values={"text": value})
        labels.append(person.name if person else unclear)
    for span in parts.slots.meets:
        meet = parts.resolver.store.meets.get(span.id or "")
        if meet:
            labels.append(meet.name)
    return labels


def meet_blurred(parts: Parts, unplaced: list[str]) -> bool:
    """Whether a word nothing explains touches the meet named ("gst philly": not Kingston)."""
    if not parts.slots.meets or not unplaced:
        return False
    span, words = parts.slots.meets[0], parts.question.words
    near = [i for i in (span.start - 1, span.end) if 0 <= i < len(words)]
    return any(words[i] in unplaced for i in near)
