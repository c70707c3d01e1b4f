"""Replies as plain text, for the offline console and ``python -m bot ask``.

The layouts live with their commands (``bot/features/<name>/layouts.py``) and are found
through :mod:`bot.registry`; a refusal (:class:`Refusal`) is laid out here. What every reply
shares (how names were read, sources, freshness) is added by :func:`render_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.common import Answer, Refusal, Reply, SourceRef
from bot.phrases import say, word
from bot.registry import layouts_of
from bot.render import format as fmt


@dataclass(frozen=True)
class Lines:
    """An answer's own lines, and the sources its facts cite."""

    lines: list[str]
    sources: Sequence[SourceRef] = ()


def refusal_text(answer: Refusal) -> Lines:
    """A refusal, and the candidates numbered one after another (easy to scan and point at)."""
    lines = [answer.words()]
    if answer.suggestions:
        numbered = "  ".join(f"{i}. {name}" for i, name in enumerate(answer.suggestions, 1))
        lines.append(say("did_you_mean", names=numbered))
    return Lines(lines)


def text_layout(reply: Reply) -> Lines:
    """Lay out a reply's own lines; :func:`render_text` adds what every reply shares."""
    if isinstance(reply, Refusal):
        return refusal_text(reply)
    body: Lines = layouts_of(reply).text(reply)
    return body


def render_text(reply: Reply) -> str:
    """Render any reply as console text: how names were read, the lines, sources, freshness."""
    body = text_layout(reply)
    lines = [*(f"({word(note)})" for note in reply.notes), *body.lines]
    if isinstance(reply, Answer):
        lines.append("")
        if body.sources:
            lines.append(say("sources.heading") + ":")
            lines.extend(f"  - {_source(s)}" for s in body.sources)
        lines.append(fmt.as_of(reply.facts_as_of))
    return "\n".join(lines)


def _source(source: SourceRef) -> str:
    return fmt.source_label(source) + (f" <{source.url}>" if source.url else "")
