"""Who speaks, of the people a /quote question names.

The one who replied, the one whose quotes hold the words, the one just before "say".
"""

from __future__ import annotations

import re

from bot.ask.parts import Parts
from bot.features.quote.marked import asked_last, replying, saying_first
from bot.features.quote.ranking import any_fits

WHO_SAID = re.compile(r"\b(who (said|says|called)|hvem (sa|kalte|kallte))\b")


def in_speaking_order(
    parts: Parts,
    speakers: list[tuple[int, str]],
    free: str,
    topic: tuple[int, int] | None,
    quoted: bool,
    about: str,
) -> list[tuple[int, str]]:
    """The people named, the one the question asks to have spoken first.

    ``about``: the words after "about", which name no speaker of their own.
    """
    replier = replying(parts) or asked_last(parts)
    if replier is not None:
        # "the 'deer on ice' episode — what did Ingebrigtsen reply?": the one who replied
        # speaks; the words quoted are the other's, the occasion of the reply; "…, was that
        # josh?": the one asked about last said it
        return [replier, *(s for s in speakers if s[1] != replier[1])]
    if quoted:
        # quoted words are someone's own: "Ingebrigtsen claimed he could have beaten Kerr
        # 'blindfolded'" is Jakob's line, though Kerr's quotes speak of it
        saying_first(parts, speakers, free)
    if quoted or topic or WHO_SAID.search(parts.question.joined):
        # words the fan marked as the topic, or "who said": whose quote holds them
        _fitting_first(parts, speakers, free, topic)
    _grammatical_first(parts, speakers, about)
    return speakers


# the verbs of saying a speaker stands before: "what did jakob say about kerr", "kerr said"
_SAYING = frozenset({"say", "said", "says", "saying", "sa", "sagt", "sier", "mean", "meant"})
_SAID_GAP = frozenset({"ever", "really", "actually", "just", "even", "egentlig", "noen", "gang"})


def _grammatical_first(parts: Parts, speakers: list[tuple[int, str]], about: str) -> None:
    """The person just before "say"/"said" speaks; the one a topic names is not the speaker.

    "kerr vs jakob h2h and what did jakob say about kerr": Jakob speaks, of Kerr; a quote of
    Kerr about Kerr is never what such a question means (in place).
    """
    if len(speakers) < 2:
        return
    words = parts.question.words
    # (a name of several words ends just before the verb: "what did josh kerr say")
    ends = {s.start: s.end for s in (*parts.slots.athletes, *parts.slots.ambiguous)}
    for i, word in enumerate(words):
        if word not in _SAYING:
            continue
        k = i
        while k > 0 and words[k - 1] in _SAID_GAP:
            k -= 1
        named = [n for n, (start, _) in enumerate(speakers) if ends.get(start, start + 1) == k]
        if named:
            speakers.insert(0, speakers.pop(named[0]))
            return
    if about == speakers[0][1]:
        speakers.append(speakers.pop(0))


def _fitting_first(
    parts: Parts, speakers: list[tuple[int, str]], free: str, topic: tuple[int, int] | None
) -> None:
    """Of several people named, the speaker is one whose quotes hold the words (in place).

    "the 'blindfolded' line ... in this sport ... what did jakob say": Jakob, not "sport".
    """
    if len(speakers) > 1 and (free or topic) and not _fits(parts, speakers, 0, free, topic):
        fits = [k for k in range(1, len(speakers)) if _fits(parts, speakers, k, free, topic)]
        if fits:
            speakers.insert(0, speakers.pop(fits[0]))


def _fits(
    parts: Parts, speakers: list[tuple[int, str]], k: int, free: str, topic: tuple[int, int] | None
) -> bool:
    """Whether a quote of the k-th person named fits the words, about the other one or not."""
    store = parts.resolver.store
    speaker = speakers[k][1]
    quotes = list(store.quotes_by_speaker.get(speaker, ()))
    if not quotes:
        return False
    words = free or (" ".join(parts.question.words[slice(*topic)]) if topic else "")
    other = next((v for _, v in speakers if v != speaker and v in store.people), None)
    return any_fits(store, quotes, words, other)
