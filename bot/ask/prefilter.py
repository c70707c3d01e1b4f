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
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

# the parser ``re`` compiles with (no stubs are shipped for it: used as Any)
_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
_REPEATS = frozenset({_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)})
_STARTS = frozenset({_C.AT_BEGINNING, _C.AT_BEGINNING_STRING})
_ENDS = frozenset({_C.AT_END, _C.AT_END_STRING})
SPELT = 64  # strings a part of a pattern is spelt out into, at most ("(record|tally)s?": 4)
MAX_TIMES = 3  # a part repeated at most this often is spelt out ("s?", "(\w )?")
_WORD = re.compile(r"\w+")

# a literal every match holds, and whether a word boundary is on its left and its right:
# ("said", True, True) is "said" as a whole word, not "saidi"
Piece = tuple[str, bool, bool]
Needs = frozenset[Piece] | None  # one of them is in every match; None: nothing known


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds; None when none are known."""
    found = needs(pattern, flags)
    return None if found is None else frozenset(text for text, _, _ in found)


def needs(pattern: str, flags: int = 0) -> Needs:
    """The pieces one of which every match of ``pattern`` holds; None when none are known.

    Case-insensitive parts are not read (their literals' case is not the text's).
    """
    if flags & re.IGNORECASE:
        return None
    return _sequence(_PARSER.parse(pattern, flags).data)


def _sequence(items: Sequence[tuple[Any, Any]]) -> Needs:
    """What a run of nodes needs: every node matches, so any node's pieces will do.

    Nodes of a few spellings side by side are spelt out together ("(who|what) is" is "who
    is" or "what is"), up to a zero-width test: a word boundary there bounds the pieces.
    """
    found: list[frozenset[Piece]] = []
    spelt, left = {""}, False

    def close(right: bool) -> None:
        if "" not in spelt:
            found.append(frozenset((t, left and _w(t[0]), right and _w(t[-1])) for t in spelt))

    for op, value in items:
        if op is _C.AT:
            close(value is _C.AT_BOUNDARY or value in _ENDS)
            spelt, left = {""}, value is _C.AT_BOUNDARY or value in _STARTS
            continue
        spellings = _spellings(op, value)
        if spellings is not None:
            joined = {a + b for a in spelt for b in spellings}
            if len(joined) <= SPELT:
                spelt = joined
                continue
            close(False)
            spelt, left = spellings, False
            continue
        close(False)
        spelt, left = {""}, False
        needed = _node(op, value)
        if needed is not None:
            found.append(needed)
    close(False)
    return min(found, key=_cost) if found else None


def _w(char: str) -> bool:
    return _WORD.match(char) is not None


def _spellings(op: Any, value: Any) -> set[str] | None:
    """Every string a node matches, when they are few (a literal, "s?", "(a|b)")."""
    if op is _C.LITERAL:
        return {chr(value)}
    if op is _C.IN:
        if len(value) > SPELT or any(o is not _C.LITERAL for o, _ in value):
            return None
        return {chr(v) for _, v in value}
    if op is _C.SUBPATTERN:
        _, add_flags, _, sub = value
        return None if add_flags & re.IGNORECASE else _spelt(sub.data)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in value[1]:
            spelt = _spelt(branch.data)
            if spelt is None:
                return None
            out |= spelt
        return out if len(out) <= SPELT else None
    if op in _REPEATS:
        low, high, sub = value
        each = _spelt(sub.data) if high <= MAX_TIMES else None
        if each is None:
            return None
        out = {"".join(p) for n in range(low, high + 1) for p in itertools.product(each, repeat=n)}
        return out if len(out) <= SPELT else None
    return None


def _spelt(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for op, value in items:
        spellings = _spellings(op, value)
        if spellings is None:
            return None
        out = {a + b for a in out for b in spellings}
        if len(out) > SPELT:
            return None
    return out


def _node(op: Any, value: Any) -> Needs:
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


def _simplest(options: Iterable[frozenset[Piece]]) -> frozenset[Piece]:
    """The alternatives' pieces, less those holding another ("when" of "when's")."""
    every = set().union(*options)
    return frozenset(p for p in every if not any(_weaker(o, p) for o in every if o != p))


def _weaker(one: Piece, other: Piece) -> bool:
    """Whether a text holding ``other`` holds ``one`` too (a piece no boundary bounds in it)."""
    return (not one[1] and not one[2] and one[0] in other[0]) or (
        one[0] == other[0] and (other[1] or not one[1]) and (other[2] or not one[2])
    )


def _cost(pieces: frozenset[Piece]) -> float:
    """How likely a text is to hold one of the pieces (short ones are common, whole words rare)."""
    return sum(0.5 ** (len(p[0]) + (WHOLE_BONUS if _whole(p) else 0)) for p in pieces)


WHOLE_BONUS = 6  # a whole word is as rare as a literal this many letters longer


def _whole(piece: Piece) -> list[str]:
    """The whole words of a piece: runs of word letters a boundary bounds on both sides."""
    text, left, right = piece
    return [
        m.group()
        for m in _WORD.finditer(text)
        if (m.start() > 0 or left) and (m.end() < len(text) or right)
    ]


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


GRAM = 3  # letters of the keys a literal inside a word is indexed by
PIECES = 8192  # words whose keys are kept per pattern set (``_Keys``): fans' words recur
_NONE: frozenset[str] = frozenset()  # (most words hold no key: one empty set kept for all)


class _Keys(dict[str, frozenset[str]]):
    """The keys of each space-free part of a text that an index holds (most parts: none).

    A whole word's key is ``"w:"`` and the word (a run of word letters); a run's, the run of
    ``GRAM`` letters, or two. Kept per part, up to ``PIECES`` parts.
    """

    def __init__(self, indexed: Collection[str]) -> None:
        super().__init__()
        self._indexed = frozenset(indexed)

    def __missing__(self, part: str) -> frozenset[str]:
        if len(self) >= PIECES:
            self.clear()
        keys = {part[i : i + GRAM] for i in range(len(part) - GRAM + 1)}
        keys.update(part[i : i + 2] for i in range(len(part) - 1))
        keys.update("w:" + w for w in _WORD.findall(part))
        self[part] = found = self._indexed.intersection(keys) or _NONE
        return found


class Patterns:
    """Patterns searched together, each only where the text holds a piece it needs.

    Every piece a pattern needs gets one key, indexed once: a whole word of it when it has
    one ("said" between word boundaries), else a run of ``GRAM`` letters inside a word (two
    for a literal of two letters; a pattern needing a letter alone is always searched). A
    text's keys are its words' (kept per word), and only the patterns under one of them are
    searched, in their order. ``common`` are words so common that a piece's other words make
    better keys.
    """

    def __init__(self, patterns: Sequence[str], common: Collection[str] = ()) -> None:
        self.compiled = [re.compile(p) for p in patterns]
        found = [needs(p) for p in patterns]
        counts = _frequencies(n for n in found if n is not None)
        # key -> (pattern, the letters of its pieces under that key)
        by_key: dict[str, dict[int, set[str]]] = {}
        always: list[int] = []
        for number, pieces in enumerate(found):
            keys = {p: _key(p, counts, common) for p in pieces} if pieces is not None else {}
            if not keys or None in keys.values():
                always.append(number)
                continue
            for piece, key in keys.items():
                by_key.setdefault(key or "", {}).setdefault(number, set()).add(piece[0])
        self._by_key = {
            key: tuple((n, _shortest(texts)) for n, texts in sorted(under.items()))
            for key, under in by_key.items()
        }
        self._always = frozenset(always)
        self._keys = _Keys(self._by_key)

    def candidates(self, text: str) -> list[int]:
        """The numbers of the patterns ``text`` may match, in order.

        A pattern under one of the text's keys is one when the text holds the letters of a
        piece under that key as a whole ("how many times" where "many" was the key).
        """
        keys = frozenset().union(*map(self._keys.__getitem__, text.split(" ")))
        found = set(self._always)
        holds = text.__contains__
        for key in keys:
            for number, texts in self._by_key[key]:
                if number not in found and any(map(holds, texts)):
                    found.add(number)
        return sorted(found)

    def search(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Each pattern's first match in ``text``, with its number, in the patterns' order."""
        for number in self.candidates(text):
            match = self.compiled[number].search(text)
            if match:
                yield number, match


def _shortest(texts: set[str]) -> tuple[str, ...]:
    """The pieces' letters, less those holding another's."""
    return tuple(sorted(t for t in texts if not any(o != t and o in t for o in texts)))


def _frequencies(found: Iterable[frozenset[Piece]]) -> dict[str, int]:
    """How many pieces hold each run of letters: a common one picks out few texts."""
    counts: dict[str, int] = {}
    for pieces in found:
        for piece in pieces:
            for key in _grams(piece[0]):
                counts[key] = counts.get(key, 0) + 1
    return counts


def _grams(literal: str) -> list[str]:
    """The runs of letters inside a literal's words: of ``GRAM`` letters, or its words of two."""
    words = literal.split(" ")
    grams = [w[i : i + GRAM] for w in words for i in range(len(w) - GRAM + 1)]
    return grams or [w for w in words if len(w) == 2]


def _key(piece: Piece, counts: dict[str, int], common: Collection[str]) -> str | None:
    """The key a piece is indexed by: a whole word, else its rarest run of letters, or none."""
    whole = _whole(piece)
    if whole:
        return "w:" + min(whole, key=lambda w: (w in common, -len(w)))
    grams = _grams(piece[0])
    return min(grams, key=lambda g: (counts.get(g, 0), grams.index(g))) if grams else None
