"""The normalised keys and words of one kind of record, and what a resolution returns."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.normalise import normalise
from bot.phrases import Phrase

# token_sort_ratio on normalised keys: word order does not matter ("Ingebrigtsen Jakob") and,
# unlike WRatio, a short word is not rewarded for sitting inside a long key ("gold" scored 90
# against "golden spike ostrava 2025"). 86 keeps a two-letter typo in a surname
# ("ingebrigsten" 91.7, "Cole Hoker" 95) and refuses near-misses ("gold" vs "gourley" 54);
# tests/test_resolve.py holds the cases that fixed it.
RESOLVE_CUTOFF = 86.0
# Two candidates closer than this are a question for the user, not a guess.
AMBIGUITY_MARGIN = 3.0
AUTOCOMPLETE_CUTOFF = 60.0
MAX_CHOICES = 25
MAX_CANDIDATES = 5
MAX_QUERY = 100  # Discord caps option values at 100 characters; longer text is not a name
# ratio = 2*matches/(len_a + len_b) >= 0.86 bounds the length ratio to [0.754, 1.326]
LENGTH_SPAN = (0.75, 1.34)
# one wrong, missing or extra letter, or two swapped, is forgiven in a word this long ("yakob",
# "katyr", "ker", "jakbo")
EDIT_MIN_LENGTH = 3
# The one rule for a name beside other athletes, in /h2h, /timeline and /ask alike ("jake" next
# to Jakob is Wightman, 7 meetings to Heyward's 3): the candidate who raced them at least
# CONTEXT_MIN_RACES times and CONTEXT_DOMINANCE times as often as any other is the one meant.
CONTEXT_DOMINANCE = 2
CONTEXT_MIN_RACES = 2
# a miss offers the names this close to what was typed (fuzz.ratio on sorted words), at most
# MISS_SUGGESTIONS of them: "I don't know an athlete called … Did you mean …?"
MISS_CUTOFF = 60.0
MISS_SUGGESTIONS = 3
# a spelling of a name part ("phillip" for Filip 67, "stewy" for Stewart 67; "papa" for Gjert 0)
NAME_VARIANT_CUTOFF = 60.0

Purpose = Literal["latest", "next", "results"]
ATHLETE_ROLES = frozenset({"athlete"})
# forms of address, not names: "Sir Mo Farah", "Lord Coe", "Dr ..."
TITLES = frozenset(
    {"sir", "lord", "lady", "dame", "dr", "mr", "mrs", "ms", "prof", "baron", "mister", "herr"}
)
# words that ride along with a meet's name without naming it ("tokyo olympic final", "worlds
# gold 2023", "VM-gull 2019")
MEET_FILLER = frozenset(
    {"final", "finals", "1500", "1500m", "mile", "race", "meet", "meeting", "next", "upcoming",
     "this", "last", "year", "men", "mens", "edition", "results", "champs", "games", "semi",
     "semis", "semifinal", "semifinals", "heat", "heats", "round", "rounds", "one", "gold",
     "silver", "bronze", "medal", "medals", "summer"}
)  # fmt: skip
# a pasted autocomplete label or a country code after a name: "Jakob Ingebrigtsen (NOR)"
LABEL_TAIL = re.compile(r"\s*\((?:[A-Za-z]{2,3}|athlete|coach|official|journalist|other)\)\s*$")
REPEATS = re.compile(r"(.)\1{2,}")  # "kerrrr" -> "kerr"


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving typed text: one id, several candidates, or nothing."""

    status: Literal["found", "ambiguous", "none"]
    query: str
    id: str | None = None
    candidates: tuple[str, ...] = ()
    note: Phrase | None = None  # how the text was read, when that was a choice
    # on a miss, the names nearest what was typed: offered ("Did you mean"), never taken
    nearest: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        """Whether exactly one record matched."""
        return self.status == "found"


@dataclass(frozen=True)
class Choice:
    """One autocomplete suggestion: what the user sees and the id it submits."""

    name: str
    value: str


@dataclass
class NameIndex:
    """Normalised keys and words of one kind of record (athletes or meets)."""

    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, str] = field(default_factory=dict)
    prominence: dict[str, float] = field(default_factory=dict)
    token_list: list[str] = field(default_factory=list)  # every word of every key, sorted
    token_ids: dict[str, frozenset[str]] = field(default_factory=dict)
    tokens_by_length: list[str] = field(default_factory=list)
    token_lengths: list[int] = field(default_factory=list)  # len(tokens_by_length[i])
    key_list: list[str] = field(default_factory=list)
    sorted_keys: list[str] = field(default_factory=list)  # each key's words in sorted order
    key_lengths: list[int] = field(default_factory=list)  # len(sorted_keys[i]), ascending
    label_list: list[str] = field(default_factory=list)
    label_ids: list[str] = field(default_factory=list)

    def add(self, key: str, record_id: str) -> None:
        """Let ``key`` (normalised) name ``record_id``."""
        norm = normalise(key)
        if norm:
            self.keys[norm].add(record_id)

    def freeze(self) -> None:
        """Build the sorted word and key tables once every key is added."""
        self.keys = {k: frozenset(v) for k, v in self.keys.items()}  # type: ignore[misc]
        self.key_list = sorted(self.keys, key=len)
        self.sorted_keys = []
        for key in self.key_list:
            ordered = " ".join(sorted(key.split()))
            self.sorted_keys.append(key if ordered == key else ordered)
        self.key_lengths = [len(k) for k in self.key_list]
        by_token: dict[str, set[str]] = defaultdict(set)
        for key, ids in self.keys.items():
            for token in key.split():
                by_token[token].update(ids)
        self.token_ids = {t: frozenset(ids) for t, ids in by_token.items()}
        self.token_list = sorted(self.token_ids)
        self.tokens_by_length = sorted(self.token_list, key=len)
        self.token_lengths = [len(t) for t in self.tokens_by_length]
        self.label_ids = sorted(self.labels, key=lambda i: (-self.prominence.get(i, 0), i))
        self.label_list = [normalise(self.labels[i]) for i in self.label_ids]

    def prefixed(self, prefix: str) -> set[str]:
        """Ids having a key word that starts with ``prefix`` (a bisect, no scan)."""
        out: set[str] = set()
        for token in self.tokens_from(prefix):
            out.update(self.token_ids[token])
        return out

    def tokens_from(self, prefix: str) -> list[str]:
        """Key words starting with ``prefix``."""
        tokens = self.token_list
        index = bisect.bisect_left(tokens, prefix)
        out = []
        while index < len(tokens) and tokens[index].startswith(prefix):
            out.append(tokens[index])
            index += 1
        return out

    def fuzzy_keys(self, query: str, limit: int = 8) -> list[tuple[str, float]]:
        """Keys scoring at least RESOLVE_CUTOFF against ``query`` (words in any order)."""
        # token_sort_ratio with the sorting done once at load: plain ratio on sorted words.
        # A ratio of 86 needs lengths within about 25% of each other: only those are scored.
        wanted = " ".join(sorted(query.split()))
        low = bisect.bisect_left(self.key_lengths, int(len(wanted) * LENGTH_SPAN[0]))
        high = bisect.bisect_right(self.key_lengths, int(len(wanted) * LENGTH_SPAN[1]) + 1)
        return [
            (self.key_list[low + position], score)
            for _, score, position in process.extract(
                wanted,
                self.sorted_keys[low:high],
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=RESOLVE_CUTOFF,
                limit=limit,
            )
        ]

    def nearest(self, query: str, allowed: Callable[[str], bool]) -> tuple[str, ...]:
        """The records whose names come nearest ``query``: what a miss offers instead."""
        found: dict[str, float] = {}
        for near in self.near_words(query) if " " not in query else ():
            for record_id in self.token_ids[near]:
                found.setdefault(record_id, 100.0)
        wanted = " ".join(sorted(query.split()))
        for _, score, position in process.extract(
            wanted, self.sorted_keys, scorer=fuzz.ratio, processor=None,
            score_cutoff=MISS_CUTOFF, limit=MISS_SUGGESTIONS * 4,
        ):  # fmt: skip
            for record_id in self.keys[self.key_list[position]]:
                found[record_id] = max(found.get(record_id, 0.0), score)
        kept = [i for i in found if allowed(i)]
        ranked = sorted(kept, key=lambda i: (-found[i], -self.prominence.get(i, 0), i))
        return tuple(ranked[:MISS_SUGGESTIONS])

    def longest_name(self, words: list[str]) -> list[str]:
        """The longest run of words that is a whole key (two words at least)."""
        for size in range(len(words) - 1, 1, -1):
            for begin in range(len(words) - size + 1):
                run = words[begin : begin + size]
                if " ".join(run) in self.keys:
                    return run
        return []

    def unglued(self, words: list[str]) -> list[list[str]]:
        """A lone word run together from two key words, split ("goldengala", "bislettgames")."""
        if len(words) != 1:
            return []
        word = words[0]
        cuts = range(EDIT_MIN_LENGTH, len(word) - EDIT_MIN_LENGTH + 1)
        return [
            [word[:at], word[at:]]
            for at in cuts
            if word[:at] in self.token_ids and word[at:] in self.token_ids
        ]

    def near_words(self, word: str) -> list[str]:
        """Key words one edit away from ``word``, for words long enough to tell.

        An edit is a letter wrong, missing or extra, or two neighbours swapped ("hcoker"):
        optimal string alignment counts a transposition as one edit, as fans make it.
        """
        if len(word) < EDIT_MIN_LENGTH:
            return []
        # one edit changes the length by one at most: only those words are compared
        lengths = self.token_lengths
        low = bisect.bisect_left(lengths, max(len(word) - 1, 4))
        high = bisect.bisect_right(lengths, len(word) + 1)
        return [
            token
            for token, _, _ in process.extract(
                word,
                self.tokens_by_length[low:high],
                scorer=OSA.distance,
                processor=None,
                score_cutoff=1,
                limit=None,
            )
        ]


def rejoined(words: list[str]) -> list[list[str]]:
    """The words with two neighbours written as one, each pair in turn ("inge brigtsen")."""
    return [
        [*words[:at], words[at] + words[at + 1], *words[at + 2 :]] for at in range(len(words) - 1)
    ]


def clean_person_query(raw: str) -> list[str]:
    """Typed words of a person's name: no pasted "(NOR)", no titles, no "kerrrr" repeats."""
    text = LABEL_TAIL.sub("", raw)
    words = REPEATS.sub(r"\1\1", normalise(text)).split()
    named = [w for w in words if w not in TITLES]
    return named or words
