"""Turn names people type ("ingebrigsten", "worlds 23", "the pre classic") into store ids.

Everything that can be worked out once is built at load time: normalised keys, the words of
every name, the years each meet answers to. Per query there are dict lookups, set
intersections and, only when those find nothing, one rapidfuzz pass over keys or words.

What the words mean, not only how they are spelt:

- a year typed is a constraint, never a hint: "paris 2024" is not a Paris meet of 2026;
- a series or a recurring meeting is named by the aliases in ``knowledge/series.yaml``;
- a bare series or city means, per command, the next meet (``purpose="next"``), the latest
  with results (``"results"``) or all of them (:meth:`Resolver.meet_ids`);
- in a head-to-head the other athlete disambiguates ("josh" next to Ingebrigtsen);
- officials, coaches and journalists are found only where ``roles`` lets them in (/quote).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.facts.models import Meet
from bot.facts.store import FactStore, collector_paused
from bot.normalise import normalise, split_years
from bot.phrases import say

log = logging.getLogger(__name__)

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
# one wrong, missing or extra letter is forgiven in a word this long ("yakob", "katyr", "ker")
EDIT_MIN_LENGTH = 3
# in /h2h the other athlete picks among candidates when one raced them this many times more
CONTEXT_DOMINANCE = 4
CONTEXT_MIN_RACES = 3
# a spelling of a name part ("phillip" for Filip 67, "stewy" for Stewart 67; "papa" for Gjert 0)
NAME_VARIANT_CUTOFF = 60.0

Purpose = Literal["latest", "next", "results"]
ATHLETE_ROLES = frozenset({"athlete"})
# forms of address, not names: "Sir Mo Farah", "Lord Coe", "Dr ..."
_TITLES = frozenset({"sir", "lord", "lady", "dame", "dr", "mr", "mrs", "ms", "prof", "baron"})
# words that ride along with a meet's name without naming it ("tokyo olympic final")
_MEET_FILLER = frozenset(
    {"final", "finals", "1500", "1500m", "mile", "race", "meet", "meeting", "next", "upcoming",
     "this", "last", "year", "men", "mens", "edition", "results", "champs", "games"}
)  # fmt: skip
# a pasted autocomplete label or a country code after a name: "Jakob Ingebrigtsen (NOR)"
_LABEL_TAIL = re.compile(r"\s*\((?:[A-Za-z]{3}|athlete|coach|official|journalist|other)\)\s*$")
_REPEATS = re.compile(r"(.)\1{2,}")  # "kerrrr" -> "kerr"


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving typed text: one id, several candidates, or nothing."""

    status: Literal["found", "ambiguous", "none"]
    query: str
    id: str | None = None
    candidates: tuple[str, ...] = ()
    note: str | None = None

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
class _Index:
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
        norm = normalise(key)
        if norm:
            self.keys[norm].add(record_id)

    def freeze(self) -> None:
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

    def near_words(self, word: str) -> list[str]:
        """Key words one letter away from ``word`` (a typo), for words long enough to tell."""
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
                scorer=Levenshtein.distance,
                processor=None,
                score_cutoff=1,
                limit=None,
            )
        ]


def _clean_person_query(raw: str) -> list[str]:
    """Typed words of a person's name: no pasted "(NOR)", no titles, no "kerrrr" repeats."""
    text = _LABEL_TAIL.sub("", raw)
    words = _REPEATS.sub(r"\1\1", normalise(text)).split()
    named = [w for w in words if w not in _TITLES]
    return named or words


class Resolver:
    """Name resolution and autocomplete over one fact store."""

    def __init__(self, store: FactStore) -> None:
        self.store = store
        self.athletes = _Index()
        self.meets = _Index()
        self._defaults: dict[str, str] = {}
        self._full_keys: set[str] = set()  # athlete keys that name first and last name
        self._role_sets: dict[frozenset[str], frozenset[str]] = {}
        self._by_initials: dict[str, set[str]] = defaultdict(set)  # "ji" -> Jakob Ingebrigtsen
        self._editions: dict[str, frozenset[int]] = {}  # meet id -> the years it answers to
        self._by_year: dict[int, set[str]] = defaultdict(set)
        with collector_paused():
            self._build_athletes()
            self._build_meets()

    # ------------------------------------------------------------------ building
    def _build_athletes(self) -> None:
        index = self.athletes
        races = self.store.races_by_athlete
        quotes = self.store.quotes_by_speaker
        featured = {p.id for p in self.store.featured()}
        for person in self.store.people.values():
            pid = person.id
            tag = person.country if person.role == "athlete" else person.role
            index.labels[pid] = label = f"{person.name} ({tag})" if tag else person.name
            index.prominence[pid] = (
                (1000 if pid in featured else 0)
                + (100 if person.role == "athlete" else 0)
                + len(races.get(pid, ()))
                + len(quotes.get(pid, ())) / 10
            )
            parts = normalise(person.name).split()
            if len(parts) > 1:
                self._by_initials[parts[0][0] + parts[-1][0]].add(pid)
            # not the id: an id is matched as typed, and its words would repeat the name's
            full = [person.name, label, *person.aliases]
            if len(parts) > 2:  # "Narve Gilje Nordås" is also "Narve Nordås" and "Gilje Nordås"
                full += [f"{parts[0]} {parts[-1]}", " ".join(parts[1:])]
            for key in full:
                index.add(key, pid)
                if len(normalise(key).split()) > 1:
                    self._full_keys.add(normalise(key))
            # first and last words of the name and of each alias: "mo" is Mo Farah and Mo Katir
            for key in (person.name, *person.aliases):
                words = normalise(key).split()
                for word in {words[0], words[-1]} if words else ():
                    index.add(word, pid)
            for alias in person.default_for:
                self._defaults[normalise(alias)] = pid
        index.freeze()

    def _build_meets(self) -> None:
        index = self.meets
        series_by_meet: dict[str, list[str]] = defaultdict(list)
        cities_by_meet: dict[str, list[str]] = defaultdict(list)
        for series in self.store.series.values():
            names = [series.name, *series.aliases]
            for meet in self.store.meets.values():
                if series.covers(meet):
                    series_by_meet[meet.id] += names
                    # a recurring meeting's places are each edition's: "chorzow" finds them all
                    cities_by_meet[meet.id] += series.cities
        for meet in self.store.meets.values():
            mid = meet.id
            index.labels[mid] = meet.name
            started = meet.start_date or dt.date(meet.year, 12, 31)
            index.prominence[mid] = started.toordinal() / 1e6
            years = {meet.year}
            places = _places(meet.city, *cities_by_meet[mid], meet.venue or "")
            # a name's parenthesis says more ("(held 2021)"): its words count, not as a name
            names = [meet.name, re.sub(r"\(.*?\)", " ", meet.name)]
            names += [*meet.aliases, meet.series or ""]
            for name in names:
                words, typed_years = split_years(normalise(name))
                years |= typed_years
                index.add(" ".join(words), mid)
            for place in places:
                index.add(place, mid)
            for name in series_by_meet[mid]:
                index.add(name, mid)
                for place in places:
                    index.add(f"{place} {name}", mid)
            self._editions[mid] = frozenset(years)
            for year in years:
                self._by_year[year].add(mid)
        index.freeze()

    # ------------------------------------------------------------------ athletes
    def athlete(
        self,
        text: str,
        *,
        roles: Collection[str] | None = None,
        opponent: str | None = None,
        strict: bool = False,
    ) -> Resolution:
        """Resolve typed text (or a submitted id) to one person, candidates, or nothing.

        ``roles`` limits who can be meant (``ATHLETE_ROLES`` for a head-to-head or a profile);
        ``opponent``, an athlete id, picks among candidates the one who raced them. ``strict``
        is for words picked out of a sentence rather than typed as a name: every word must
        belong to the name (no initials, no one-letter typos, no words let go).
        """
        raw = (text or "").strip()
        if len(raw) > MAX_QUERY:
            return Resolution("none", raw[:MAX_QUERY])
        allowed = self._role_filter(roles)
        if raw in self.athletes.labels:  # an id submitted from autocomplete
            return Resolution("found", raw, raw) if allowed(raw) else Resolution("none", raw)
        words = _clean_person_query(raw)
        if not words or not any(c.isalpha() for c in "".join(words)):
            return Resolution("none", raw)
        key, ids = self._athlete_ids(words, allowed, strict)
        if not ids:
            return Resolution("none", raw)
        return self._pick_athlete(raw, key, ids, opponent)

    def athlete_named(self, text: str) -> str | None:
        """The person a word names exactly (no fuzzy guess), e.g. a /quote topic "Kerr"."""
        ids = self.athletes.keys.get(normalise(text or "")[:MAX_QUERY])
        if not ids:
            return None
        if len(ids) == 1:
            return next(iter(ids))
        return self._defaults.get(normalise(text))

    def pair(
        self, first: str, second: str, *, roles: Collection[str] | None = ATHLETE_ROLES
    ) -> tuple[Resolution, Resolution]:
        """Two athletes of a head-to-head: each one, once found, disambiguates the other."""
        one = self.athlete(first, roles=roles)
        two = self.athlete(second, roles=roles, opponent=one.id if one.found else None)
        if not one.found and two.found:
            one = self.athlete(first, roles=roles, opponent=two.id)
        return one, two

    def _role_filter(self, roles: Collection[str] | None) -> Callable[[str], bool]:
        people = self.store.people
        if roles is None:
            return lambda _: True
        return lambda pid: pid in people and people[pid].role in roles

    def _athlete_ids(
        self, words: list[str], allowed: Callable[[str], bool], strict: bool
    ) -> tuple[str, set[str]]:
        index = self.athletes
        query = " ".join(words)
        ids = {i for i in index.keys.get(query, ()) if allowed(i)}
        if ids:
            return query, ids
        # an initial first: "t cheruiyot" is Timothy, not a fuzzy match of "cheruiyot"
        if not strict and len(words) > 1 and min(map(len, words)) == 1:
            ids = self._by_words(words, allowed, forgiving=False)
            if ids:
                return query, ids
        hits = [(k, s) for k, s in index.fuzzy_keys(query) if any(map(allowed, index.keys[k]))]
        if hits:
            best = hits[0][1]
            close = [k for k, s in hits if best - s <= AMBIGUITY_MARGIN]
            ids = {i for k in close for i in index.keys[k] if allowed(i)}
            return close[0], ids
        if strict:
            return query, set()
        ids = self._by_words(words, allowed, forgiving=True)
        if not ids and len(query) == 2 and query.isalpha():  # initials: "JI", "JK"
            ids = {i for i in self._by_initials.get(query, ()) if allowed(i)}
        return query, ids

    def _by_words(
        self, words: list[str], allowed: Callable[[str], bool], *, forgiving: bool
    ) -> set[str]:
        """People named by the words the store knows; another word must fit a name part left.

        Known words are name words (exact or, when ``forgiving``, one letter off or a prefix of
        three letters or more beside other words). One unknown word must look like a name part
        the known words left open: its initial ("j kerr", "olli hoare") or a spelling of it
        ("phillip"); unknown words are let go only when the known words give a full name
        ("josh kerr (brooks beasts)").
        """
        index = self.athletes
        candidates: set[str] | None = None
        known: list[str] = []
        unknown: list[str] = []
        for word in words:
            found = set(index.token_ids.get(word, ()))
            if forgiving and not found and len(word) > 1:
                for near in index.near_words(word):
                    found |= index.token_ids[near]
            # a prefix only beside other words: "tim cheru" is Timothy, "gold" is no one
            if forgiving and not found and len(word) >= EDIT_MIN_LENGTH and len(words) > 1:
                found = index.prefixed(word)
            if found:
                known.append(word)
                candidates = found if candidates is None else candidates & found
            else:
                unknown.append(word)
        if not candidates:
            return set()
        candidates = {i for i in candidates if allowed(i)}
        if unknown and " ".join(known) not in self._full_keys:
            if len(unknown) > 1:
                return set()
            candidates = {i for i in candidates if self._fits(unknown[0], i, known)}
        return candidates

    def _fits(self, word: str, pid: str, known: list[str]) -> bool:
        """Whether ``word`` can stand for a part of a person's name the known words left open."""
        parts = normalise(self.store.people[pid].name).split()
        open_parts = [
            p
            for p in parts
            if not any(
                p.startswith(k) or Levenshtein.distance(p, k, score_cutoff=1) <= 1 for k in known
            )
        ]
        return any(
            p[0] == word[0] or fuzz.ratio(p, word) >= NAME_VARIANT_CUTOFF for p in open_parts
        )

    def _pick_athlete(self, raw: str, key: str, ids: set[str], opponent: str | None) -> Resolution:
        if len(ids) == 1:
            return Resolution("found", raw, next(iter(ids)))
        people = self.store.people
        index = self.athletes
        default = self._defaults.get(key)
        if default in ids:
            others = sorted(ids - {default}, key=lambda i: (-index.prominence[i], i))
            names = ", ".join(people[i].name for i in others[: MAX_CANDIDATES - 1])
            return Resolution(
                "found",
                raw,
                default,
                note=say("note.took", raw=raw, name=people[default].name, names=names),
            )
        if opponent and opponent in people:
            chosen = self._raced(ids, opponent)
            if chosen:
                return Resolution(
                    "found",
                    raw,
                    chosen,
                    note=say(
                        "note.took.raced",
                        raw=raw,
                        name=people[chosen].name,
                        opponent=people[opponent].name,
                    ),
                )
        ranked = sorted(ids, key=lambda i: (-index.prominence[i], i))
        return Resolution("ambiguous", raw, candidates=tuple(ranked[:MAX_CANDIDATES]))

    def _raced(self, ids: Iterable[str], opponent: str) -> str | None:
        """The one candidate who raced ``opponent`` far more often than any other, if any."""
        met = Counter(
            {
                pid: sum(
                    any(row.athlete == opponent for row in race.results)
                    for race in self.store.races_by_athlete.get(pid, ())
                )
                for pid in ids
            }
        ).most_common(2)
        best, runner_up = met[0][1], met[1][1] if len(met) > 1 else 0
        if best >= CONTEXT_MIN_RACES and best >= CONTEXT_DOMINANCE * runner_up:
            return met[0][0]
        return None

    # ------------------------------------------------------------------ meets
    def meet(
        self,
        text: str,
        *,
        today: dt.date | None = None,
        purpose: Purpose = "latest",
        strict: bool = False,
    ) -> Resolution:
        """Resolve typed text to one meet.

        A typed year is a constraint: with no meet of that year, the answer is none, its
        ``candidates`` the meets of the other years. Several meets of one series or city (no
        year typed, or one series in that year) are one answer chosen by ``purpose``: the first
        not finished at ``today`` ("next"), the latest with results in the store ("results"),
        or the latest begun ("latest"). Several meets of different series in a typed year are
        a question. ``strict`` is for words picked out of a sentence: every word must belong
        to the name (no one-letter typos, no prefixes, no words let go).
        """
        raw = (text or "").strip()
        today = today or dt.datetime.now(dt.UTC).date()
        if raw in self.meets.labels:  # an id submitted from autocomplete
            return Resolution("found", raw, raw)
        ids, years, other_years = self._meet_ids(raw, strict)
        if not ids:
            ranked = sorted(other_years, key=lambda i: (_start(self.store.meets[i]), i))
            return Resolution("none", raw[:MAX_QUERY], candidates=tuple(ranked[-MAX_CANDIDATES:]))
        if len(ids) == 1:
            return Resolution("found", raw, next(iter(ids)))
        meets = [self.store.meets[i] for i in ids]
        if years and len({m.series for m in meets}) > 1:
            by_date = sorted(meets, key=lambda m: (_start(m), m.id))
            return Resolution(
                "ambiguous", raw, candidates=tuple(m.id for m in by_date)[:MAX_CANDIDATES]
            )
        return self._direction(raw, meets, today, purpose)

    def meet_ids(self, text: str, *, strict: bool = False) -> tuple[str, ...]:
        """Every meet typed text names, oldest first: a filter takes them all."""
        raw = (text or "").strip()
        if raw in self.meets.labels:
            return (raw,)
        ids, _, _ = self._meet_ids(raw, strict)
        return tuple(sorted(ids, key=lambda i: (_start(self.store.meets[i]), i)))

    def _meet_ids(self, raw: str, strict: bool) -> tuple[set[str], set[int], set[str]]:
        """The meets named, the years typed, and the meets the words name in other years."""
        if len(raw) > MAX_QUERY:
            return set(), set(), set()
        words, years = split_years(normalise(raw))
        if not strict:
            words = [w for w in words if len(w) > 1]  # a lone letter names no meet ("p24")
        if not words:
            return set(), years, set()
        if strict:
            ids = self._meet_words_strict(words)
        else:
            # a prefix ("bud 23") only beside a year or other words: "gold" alone is no meet
            prefixes = bool(years) or len(words) > 1
            ids = self._meet_words(words, prefixes)
            if not ids and any(w in _MEET_FILLER for w in words):
                ids = self._meet_words([w for w in words if w not in _MEET_FILLER], prefixes)
            if not ids and len(words) > 2:
                # a meet's whole name among other words: "ivo van damme"
                ids = self._meet_words(self._longest_name(words), prefixes=False)
        if not years:
            return ids, years, set()
        kept = {i for i in ids if self._editions[i] & years}
        return kept, years, ids - kept

    def _meet_words_strict(self, words: list[str]) -> set[str]:
        """Meets whose names hold every word as typed, or whose name is close to all of them."""
        index = self.meets
        exact = index.keys.get(" ".join(words))
        if exact:
            return set(exact)
        if len(words) > 1 and all(w in index.token_ids for w in words):
            ids = set.intersection(*(set(index.token_ids[w]) for w in words))
            if ids:
                return ids
        hits = index.fuzzy_keys(" ".join(words))
        if not hits:
            return set()
        best = hits[0][1]
        return {i for k, s in hits if best - s <= AMBIGUITY_MARGIN for i in index.keys[k]}

    def _meet_words(self, words: list[str], prefixes: bool) -> set[str]:
        """Meets having every word among their names' words (a typo or a prefix forgiven)."""
        index = self.meets
        if not words:
            return set()
        exact = index.keys.get(" ".join(words))
        if exact:
            return set(exact)
        if len(words) == 1:
            # one word names a meet only as a whole name ("herculis", "monaco"), perhaps mistyped
            # or, beside a year, begun ("bud 23"): "gold" is a word of "Indoor Tour Gold"
            word = words[0]
            near = [t for t in index.near_words(word) if t in index.keys]
            if not near and prefixes and len(word) >= EDIT_MIN_LENGTH:
                near = [t for t in index.tokens_from(word) if t in index.keys]
            return set().union(*(index.keys[t] for t in near))
        ids: set[str] | None = None
        for word in words:
            found = self._meet_word(word, prefixes)
            ids = found if ids is None else ids & found
            if not ids:
                return set()
        return ids or set()

    def _meet_word(self, word: str, prefixes: bool) -> set[str]:
        """Meets with ``word`` among their names' words, mistyped by a letter or begun."""
        index = self.meets
        found = set(index.token_ids.get(word, ()))
        # a filler word is never a typo of a name ("next" is not "nest" of the Bird's Nest)
        if found or word in _MEET_FILLER:
            return found
        for near in index.near_words(word):
            found |= index.token_ids[near]
        if not found and prefixes and len(word) >= EDIT_MIN_LENGTH:
            found = index.prefixed(word)
        return found

    def _longest_name(self, words: list[str]) -> list[str]:
        """The longest run of words that is a whole name of meets (two words at least)."""
        for size in range(len(words) - 1, 1, -1):
            for begin in range(len(words) - size + 1):
                run = words[begin : begin + size]
                if " ".join(run) in self.meets.keys:
                    return run
        return []

    def _direction(
        self, raw: str, meets: list[Meet], today: dt.date, purpose: Purpose
    ) -> Resolution:
        ordered = sorted(meets, key=lambda m: (_start(m), m.id))
        begun = [m for m in ordered if _start(m) <= today]
        chosen: Meet | None = None
        which = ""
        if purpose == "next":
            ahead = [m for m in ordered if not _finished(m, today) and m.status != "cancelled"]
            if ahead:
                chosen, which = ahead[0], "note.meets.next"
        elif purpose == "results":
            with_results = [m for m in begun if self.store.races_by_meet.get(m.id)]
            if with_results:
                chosen, which = with_results[-1], "note.meets.results"
        if chosen is None:
            chosen, which = (
                (begun[-1], "note.meets.recent") if begun else (ordered[0], "note.meets.next")
            )
        same_year = [m for m in ordered if m.year == chosen.year]
        if len(same_year) > 1 and any(m.start_date is None for m in same_year):
            # the store does not date one of them: which came first that year is not known
            ids = tuple(m.id for m in same_year)
            return Resolution("ambiguous", raw, candidates=ids[:MAX_CANDIDATES])
        return Resolution(
            "found",
            raw,
            chosen.id,
            note=say(which, raw=raw, count=len(meets), name=chosen.name),
        )

    # ------------------------------------------------------------------ autocomplete
    def athlete_choices(
        self,
        text: str,
        *,
        only: Iterable[str] | None = None,
        roles: Collection[str] | None = None,
    ) -> list[Choice]:
        """Up to 25 suggestions; with nothing typed, the rivalry's athletes first."""
        allowed = set(only) if only is not None else None
        if roles is not None:
            keep = self._with_roles(roles)
            allowed = set(keep) if allowed is None else allowed & keep
        return self._choices(self.athletes, text, allowed=allowed, defaults=None)

    def _with_roles(self, roles: Collection[str]) -> frozenset[str]:
        """The people having one of ``roles`` (worked out once per set of roles)."""
        key = frozenset(roles)
        if key not in self._role_sets:
            people = self.store.people.values()
            self._role_sets[key] = frozenset(p.id for p in people if p.role in key)
        return self._role_sets[key]

    def meet_choices(self, text: str, *, today: dt.date) -> list[Choice]:
        """Up to 25 suggestions; with nothing typed, upcoming meets first, then the latest.

        A year typed keeps only the meets of that year ("budapest 23").
        """
        words, years = split_years(normalise((text or "")[:MAX_QUERY]))
        if not years:
            return self._choices(
                self.meets, text, allowed=None, defaults=self._meet_defaults(today)
            )
        allowed = set().union(*(self._by_year.get(y, ()) for y in years))
        of_year = sorted(allowed, key=lambda i: (_start(self.store.meets[i]), i))
        return self._choices(self.meets, " ".join(words), allowed=allowed, defaults=of_year)

    def _meet_defaults(self, today: dt.date) -> list[str]:
        ordered = self.store.meets_by_date
        upcoming = [
            m.id
            for m in ordered
            if (m.end_date or m.start_date or dt.date(m.year, 12, 31)) >= today
        ]
        past = [m.id for m in reversed(ordered) if m.id not in set(upcoming)]
        return (upcoming + past)[:MAX_CHOICES]

    def _choices(
        self,
        index: _Index,
        text: str,
        *,
        allowed: set[str] | None,
        defaults: list[str] | None,
    ) -> list[Choice]:
        query = normalise(_LABEL_TAIL.sub("", (text or "")[:MAX_QUERY]))
        if not query:
            ids = defaults if defaults is not None else index.label_ids
            kept = (i for i in ids if allowed is None or i in allowed)
            return [self._choice(index, i) for i in itertools.islice(kept, MAX_CHOICES)]
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
            self._near_prefix(index, tokens, scores)
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
        return [self._choice(index, i) for i in ranked[:MAX_CHOICES]]

    @staticmethod
    def _near_prefix(index: _Index, tokens: list[str], scores: dict[str, float]) -> None:
        """Ids with a word one letter off what is typed, finished or not ("nords", "ingebrigs")."""
        last = tokens[-1]
        if len(last) < 4:
            return
        size = len(last)
        near: set[str] = set()
        for token in index.tokens_from(last[0]):
            # compared with the start of the key word: one letter missing, wrong or extra
            if any(
                Levenshtein.distance(last, token[:n], score_cutoff=1) <= 1
                for n in (size + 1, size, size - 1)
            ):
                near |= index.token_ids[token]
        for other in tokens[:-1]:
            near &= index.prefixed(other)
        for record_id in near:
            scores.setdefault(record_id, 120.0)

    @staticmethod
    def _choice(index: _Index, record_id: str) -> Choice:
        label = index.labels[record_id]
        return Choice(name=label if len(label) <= 100 else label[:99] + "…", value=record_id)

    def names(self, ids: Iterable[str]) -> list[str]:
        """Display names of athlete or meet ids, for "Did you mean …?"."""
        out = []
        for record_id in ids:
            label = self.athletes.labels.get(record_id) or self.meets.labels.get(record_id)
            out.append(label or record_id)
        return out


def _places(*names: str) -> list[str]:
    """A place's names, its parenthesis apart too: "Chorzów (Silesia)" is also both words."""
    out = []
    for place in set(names):
        out += [place, *re.findall(r"\((.*?)\)", place), re.sub(r"\(.*?\)", "", place)]
    return out


def _start(meet: Meet) -> dt.date:
    """The first day of a meet; an undated meet sorts at the end of its year."""
    return meet.start_date or dt.date(meet.year, 12, 31)


def _finished(meet: Meet, today: dt.date) -> bool:
    """Whether a meet is over at ``today`` (a completed meet without dates: once its year is)."""
    end = meet.end_date or meet.start_date
    if end is not None:
        return end < today
    return meet.year < today.year
