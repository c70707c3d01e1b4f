"""Long pastes: a message longer than one question is read in a few pieces."""

from __future__ import annotations

import re

MAX_QUESTION = 300  # characters read of a message at once
MAX_MESSAGE = 4000  # characters of a message kept at all (Discord's longest message)
MAX_PIECES = 4  # pieces of a long message read, at most
_ASKED = re.compile(r"[^.?!\n]*\?")


def _between_words(text: str, from_end: bool = False) -> str:
    """``text`` cut to ``MAX_QUESTION`` characters at a space (its end kept if ``from_end``)."""
    if len(text) <= MAX_QUESTION:
        return text
    if from_end:
        tail = text[-MAX_QUESTION:]
        space = tail.find(" ")
        return tail[space + 1 :] if 0 <= space < MAX_QUESTION // 2 else tail
    head = text[:MAX_QUESTION]
    space = head.rfind(" ")
    return head[:space] if space > MAX_QUESTION // 2 else head


def pieces(text: str) -> list[str]:
    """The parts of a message read, in turn, until one reads: the whole when it is short.

    A long paste is read from its start (cut between words), then from its last sentences
    with a question mark (the words nearest the mark): "<a wall of copypasta> … anyway who
    won in paris?" asks at the end, "who won in paris? here's the article: …" at the start.
    """
    text = text[:MAX_MESSAGE]
    if len(text) <= MAX_QUESTION:
        return [text]
    asked = [m.group().strip() for m in _ASKED.finditer(text)]
    out = [_between_words(text)]
    for sentence in reversed(asked):
        piece = _between_words(sentence, from_end=True)
        if len(piece) > 1 and piece not in out and len(out) < MAX_PIECES:
            out.append(piece)
    return out
