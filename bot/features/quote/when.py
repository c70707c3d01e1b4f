"""When a quote was said, as a question names it: a meet, or a country as a meet's host.

"after the tokyo final", "etter OL-finalen i Paris", "when he won the world thing in hungary":
a word of time or place before a meet (or a country the store's meets were held in) makes it
the quote's moment, which ``moments.occasions`` ties quotes to.
"""

from __future__ import annotations

from bot.ask.parts import Parts
from bot.ask.slots import Span
from bot.ask.words import ROUNDS
from bot.features.quote.moments import hosted
from bot.features.quote.terms import WON
from bot.normalise import normalise
from bot.stems import stems

# words before a meet that make it the moment a quote was said at (Norwegian "i", "på" are
# read as "in", "at" before this)
_WHEN = frozenset(
    {"after", "at", "in", "from", "during", "etter", "fra", "under", "ved", "post"}
)  # ("before the final" is what a quote is about, said after it: "syk før VM-finalen")
_ARTICLES = frozenset({"the", "this", "that", "den", "det", "his", "her", "hans"})
_WON_THERE = WON | {"he", "she", "han", "hun", "ho", "winning", "losing"}


def said_when(parts: Parts, topic: tuple[int, int] | None) -> list[str]:
    """The ids of the meets named outside the topic as when or where the quote was said.

    "after the tokyo final", "etter OL-finalen i Paris": a word of time or place before the
    meet; "kerr wanamaker title quote" names what it is about, not when, as does a meet inside
    the words after "about" ("om at han var syk i Budapest"); after "after" they are when
    ("what did jakob say after the olympic final in paris").
    """
    meets = parts.resolver.store.meets
    words = parts.question.words
    when = topic is not None and _said_at(words[max(0, topic[0] - 3) : topic[0]])
    inside = range(*topic) if topic and not when else range(0)
    spans = [s for s in _joined(parts, parts.slots.meets) if s.start not in inside]
    # (a bare city is the meet raced there: "after losing in budapest" at the end of 2026 is
    # the 2023 worlds, not the 2026 meet of that name with no race in the store)
    # ("#Budapest23 kerr what'd he say after": a question ending on "after" points back to it)
    back = _after_it(words)
    named = [
        parts.raced_at(s)
        for s in spans
        if s.id and (back or _said_at(words[max(0, s.start - 3) : s.start]))
    ]
    # a country as the host: "when he won the world thing in hungary" (the question's stems
    # worked out only then: few questions name a country)
    countries = _countries(parts)
    said: frozenset[str] | None = None
    for i, word in enumerate(words):
        if i not in inside and word in countries and _said_at(words[max(0, i - 3) : i]):
            said = stems(" ".join(words)) if said is None else said
            named += hosted(parts.resolver.store, word, said)
    return list(dict.fromkeys(m for m in named if m in meets))


def without_hosts(parts: Parts, topic: str) -> str:
    """The topic less a country read as the host of a meet it names ("in hungary")."""
    words = topic.split()
    store = parts.resolver.store
    hosts = {normalise(store.meets[w].country or "") for w in words if w in store.meets}
    return " ".join(w for w in words if w not in hosts) if hosts else topic


def _countries(parts: Parts) -> frozenset[str]:
    """The countries the store's meets were held in, as words ("hungary", "japan")."""
    store = parts.resolver.store
    cached = _COUNTRIES.get(store.version)
    if cached is None:
        cached = frozenset(normalise(m.country or "") for m in store.meets.values())
        _COUNTRIES.clear()
        _COUNTRIES[store.version] = cached
    return cached


_COUNTRIES: dict[int, frozenset[str]] = {}


def _joined(parts: Parts, spans: list[Span]) -> list[Span]:
    """Meets named side by side read as one name ("VM" + "finalen i Budapest"), when they are.

    A round between them is no word of the name ("worlds final in budapest").
    """
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.end == span.start:
            run = [w for w in parts.question.words[last.start : span.end] if w not in ROUNDS]
            one = parts.resolver.meet(" ".join(run), today=parts.today, strict=True)
            if one.found:
                out[-1] = Span(last.start, span.end, " ".join(run), "meet", one)
                continue
        out.append(span)
    return out


_AFTER = frozenset({"after", "etter", "afterwards", "afterward", "etterpå", "ætterpå", "post"})
_IT = frozenset({"that", "it", "this", "det", "den", "dette"})


def _after_it(words: tuple[str, ...]) -> bool:
    """Whether the question ends on "after" ("what'd he say after", "hva sa han etter det")."""
    last = [w for w in words[-2:] if w not in _IT] if words and words[-1] in _IT else words[-1:]
    return bool(last) and last[-1] in _AFTER


def _said_at(before: tuple[str, ...]) -> bool:
    """Whether the words before a meet say when or where ("after the", "i", "at")."""
    # (a win or a loss between says what happened there: "after he lost paris")
    kept = [w for w in before if w not in _ARTICLES and w not in _WON_THERE]
    return bool(kept) and kept[-1] in _WHEN
