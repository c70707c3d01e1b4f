r"""Literals a regular expression cannot match without: a cheap test before each search.

The reader tries some 130 cue and refusal patterns on every question (and again on its first
clauses), and nearly all of them match nothing: their searches were an eighth of a reading's
time. Every match of ``\b(say|said|sagt)\b`` holds "say", "said" or "sagt", so a question
holding none of them need not be searched. The literals are read from the pattern's own parse
tree, so the test is exact: a pattern skipped could not have matched. :class:`Patterns` indexes
a whole set of patterns by their literals' letters, so a question costs a few set operations
and the searches of the ~18 of 120 cue patterns whose letters it holds.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

# the parser ``re`` compiles with (no stubs are shipped for it: used as Any)
_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
_REPEATS = frozenset({_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)})

Literals = frozenset[str] | None  # one of them is in every match; None: nothing known


def required(pattern: str, flags: int = 0) -> Literals:
    """Strings one of which every match of ``pattern`` holds; None when none are known.

    Case-insensitive parts are not read (their literals' case is not the text's).
    """
    if flags & re.IGNORECASE:
        return None
    return _sequence(_PARSER.parse(pattern, flags).data)


def _sequence(items: Sequence[tuple[Any, Any]]) -> Literals:
    """What a run of nodes needs: every node matches, so any node's literals will do."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is _C.LITERAL:
            run.append(chr(value))
            continue
        if run:  # letters side by side are one literal ("head" in "head ?to")
            found.append(frozenset({"".join(run)}))
            run = []
        needed = _node(op, value)
        if needed is not None:
            found.append(needed)
    if run:
        found.append(frozenset({"".join(run)}))
    return min(found, key=_cost) if found else None


def _node(op: Any, value: Any) -> Literals:
    """What one node needs (a zero-width test or a class of characters: nothing known)."""
    if op is _C.SUBPATTERN:
        _, add_flags, _, sub = value
        return None if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op is _C.BRANCH:
        options = [_sequence(branch.data) for branch in value[1]]
        if any(o is None for o in options):
            return None  # one way through needs nothing
        return _simplest(o for o in options if o is not None)
    if op in _REPEATS:
        low, _, sub = value
        return _sequence(sub.data) if low >= 1 else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(value.data)
    return None


def _simplest(options: Iterable[frozenset[str]]) -> frozenset[str]:
    """One set of the alternatives' literals, less those holding another ("when" of "when's")."""
    every = set().union(*options)
    return frozenset(w for w in every if not any(o != w and o in w for o in every))


def _cost(literals: frozenset[str]) -> float:
    """How likely a text is to hold one of the literals (shorter ones are commoner)."""
    return sum(0.5 ** len(w) for w in literals)


class Gated:
    """A compiled pattern searched only in a text holding one of its required literals."""

    __slots__ = ("literals", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        needed = required(pattern, flags)
        self.literals = tuple(sorted(needed, key=len)) if needed else None

    def holds(self, text: str) -> bool:
        """Whether ``text`` may match: it holds a required literal (or none is known)."""
        return self.literals is None or any(map(text.__contains__, self.literals))

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search``, skipped when the text lacks every required literal."""
        return self.pattern.search(text) if self.holds(text) else None


GRAM = 3  # letters of the keys a pattern set is indexed by
PIECES = 16384  # words whose keys are kept (``_Keys``): fans' words recur


class _Keys(dict[str, frozenset[str]]):
    """The keys (every run of ``GRAM`` letters, or two) of each word a text is made of."""

    def __missing__(self, piece: str) -> frozenset[str]:
        if len(self) >= PIECES:
            self.clear()
        keys = {piece[i : i + GRAM] for i in range(len(piece) - GRAM + 1)}
        keys.update(piece[i : i + 2] for i in range(len(piece) - 1))
        self[piece] = found = frozenset(keys)
        return found


_KEYS = _Keys()


class Patterns:
    """Patterns searched together, each only where the text holds a literal it needs.

    Every literal a pattern needs gets one key, a run of ``GRAM`` letters of it (two for a
    literal of two letters; none for one of a single letter: that pattern is always
    searched), indexed once. A text's keys are its words' (kept per word), and only the
    patterns under one of them are searched, in their order.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.compiled = [re.compile(p) for p in patterns]
        needs = [required(p) for p in patterns]
        common = _frequencies(n for n in needs if n is not None)
        by_key: dict[str, set[int]] = {}
        always: list[int] = []
        for number, literals in enumerate(needs):
            keys = [_key(w, common) for w in literals] if literals is not None else [None]
            if any(k is None for k in keys):
                always.append(number)
                continue
            for key in keys:
                by_key.setdefault(key or "", set()).add(number)
        self._by_key = {k: frozenset(v) for k, v in by_key.items()}
        self._always = frozenset(always)

    def candidates(self, text: str) -> list[int]:
        """The numbers of the patterns ``text`` may match, in order."""
        keys = frozenset().union(*map(_KEYS.__getitem__, text.split(" ")))
        found = self._always.union(*map(self._by_key.__getitem__, keys & self._by_key.keys()))
        return sorted(found)

    def search(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Each pattern's first match in ``text``, with its number, in the patterns' order."""
        for number in self.candidates(text):
            match = self.compiled[number].search(text)
            if match:
                yield number, match


def _frequencies(needs: Iterable[frozenset[str]]) -> dict[str, int]:
    """How many of the literals each key is in: a common one picks out few texts."""
    counts: dict[str, int] = {}
    for literals in needs:
        for literal in literals:
            for key in _grams(literal):
                counts[key] = counts.get(key, 0) + 1
    return counts


def _grams(literal: str) -> list[str]:
    """The keys a literal's words hold: runs of ``GRAM`` letters, or its words of two."""
    words = literal.split(" ")
    grams = [w[i : i + GRAM] for w in words for i in range(len(w) - GRAM + 1)]
    return grams or [w for w in words if len(w) == 2]


def _key(literal: str, common: dict[str, int]) -> str | None:
    """The rarest key of a literal; None when it has none (a letter alone)."""
    grams = _grams(literal)
    return min(grams, key=lambda g: (common.get(g, 0), grams.index(g))) if grams else None
