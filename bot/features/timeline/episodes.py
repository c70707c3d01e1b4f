"""A moment named by its own words: "sit & kick memes, what happened there".

Fans name an episode of the rivalry by what it was about, not by who or when: the podcast's
memes, the flag, the blindfold. The words of a moment's title that few other moments print
name it; two of them in a question, and no other moment with as many, say which one, and so
whose timeline and which year is asked. Nothing is matched by spelling distance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.facts.models import TimelineEvent
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.stems import stems

RARE = 3  # a title word printed by at most this many moments names them
WORDS_NEEDED = 2  # rare title words a question must share with one moment


def moment_named(store: FactStore, words: Iterable[str]) -> TimelineEvent | None:
    """The one moment whose rare title words the question shares at least two of, if any."""
    index = _index(store)
    hits: Counter[int] = Counter()
    for word in stems(" ".join(words)):
        for at in index.get(word, ()):
            hits[at] += 1
    if not hits:
        return None
    ranked = hits.most_common(2)
    best, count = ranked[0]
    if count < WORDS_NEEDED or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return store.timeline[best]


def _index(store: FactStore) -> dict[str, tuple[int, ...]]:
    """Each rare stem of the moments' titles -> the moments printing it (once per store).

    The names of the people in them are no episode's words ("kerr" is in half the titles).
    """
    cached = _INDEX.get(store.version)
    if cached is not None:
        return cached
    names = {w for p in store.people.values() for w in normalise(p.name).split()}
    seen: dict[str, list[int]] = {}
    for at, moment in enumerate(store.timeline):
        for word in stems(moment.title) - stems(" ".join(names)):
            seen.setdefault(word, []).append(at)
    built = {w: tuple(ats) for w, ats in seen.items() if len(ats) <= RARE}
    _INDEX.clear()
    _INDEX[store.version] = built
    return built


_INDEX: dict[int, dict[str, tuple[int, ...]]] = {}
