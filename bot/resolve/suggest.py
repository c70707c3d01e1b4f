"""Autocomplete suggestions from a name index: exact, begun, one letter off, then fuzzy."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.normalise import normalise
from bot.resolve.index import (
    AUTOCOMPLETE_CUTOFF,
    LABEL_TAIL,
    MAX_CHOICES,
    MAX_QUERY,
    Choice,
    NameIndex,
)


def choices(
    index: NameIndex,
    text: str,
    *,
    allowed: set[str] | None,
    defaults: list[str] | None,
    heard: Callable[[list[str]], set[str]] | None = None,
) -> list[Choice]:
    """Up to 25 suggestions for ``text``; with nothing typed, ``defaults`` or the best known.

    ``heard`` finds who words sound like ("whiteman"): offered after what is spelt alike.
    """
    query = normalise(LABEL_TAIL.sub("", (text or "")[:MAX_QUERY]))
    if not query:
        ids = defaults if defaults is not None else index.label_ids
        kept = (i for i in ids if allowed is None or i in allowed)
        return [_choice(index, i) for i in itertools.islice(kept, MAX_CHOICES)]
    scores: dict[str, float] = {}
    for record_id in index.keys.get(query, ()):
        scores[record_id] = 200.0
    tokens = query.split()
    prefixed = index.prefixed(tokens[-1])
    for other in tokens[:-1]:
        prefixed &= index.prefixed(other)
    for record_id in prefixed:
        scores.setdefault(record_id, 150.0)
    if len(scores) < MAX_CHOICES:
        # a word mistyped by one letter, finished or still being typed ("nords", "ingebrigs")
        _near_prefix(index, tokens, scores)
    if heard is not None and len(scores) < MAX_CHOICES:
        for record_id in heard(tokens):
            scores.setdefault(record_id, 110.0)
    if len(scores) < MAX_CHOICES:
        for _, score, position in process.extract(
            query,
            index.label_list,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=AUTOCOMPLETE_CUTOFF,
            limit=MAX_CHOICES,
        ):
            scores.setdefault(index.label_ids[position], score)
    ranked = sorted(
        (i for i in scores if allowed is None or i in allowed),
        key=lambda i: (-scores[i], -index.prominence[i], i),
    )
    return [_choice(index, i) for i in ranked[:MAX_CHOICES]]


def _near_prefix(index: NameIndex, tokens: list[str], scores: dict[str, float]) -> None:
    """Ids with a word one letter off what is typed, finished or not ("nords", "ingebrigs")."""
    last = tokens[-1]
    if len(last) < 4:
        return
    size = len(last)
    near: set[str] = set()
    for token in index.tokens_from(last[0]):
        # compared with the start of the key word: one letter missing, wrong or extra, or two
        # swapped (a transposition is one edit: "ingebritgs")
        if any(
            OSA.distance(last, token[:n], score_cutoff=1) <= 1 for n in (size + 1, size, size - 1)
        ):
            near |= index.token_ids[token]
    for other in tokens[:-1]:
        near &= index.prefixed(other)
    for record_id in near:
        scores.setdefault(record_id, 120.0)


def _choice(index: NameIndex, record_id: str) -> Choice:
    label = index.labels[record_id]
    return Choice(name=label if len(label) <= 100 else label[:99] + "…", value=record_id)
