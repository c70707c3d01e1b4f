"""Turn names people type ("ingebrigsten", "worlds 23", "the pre classic") into store ids.

Everything that can be worked out once is built at load time by :class:`Resolver`: normalised
keys, the token prefix index and prominence. Per keystroke there is only a dict lookup, a
bisect over sorted tokens and, when those do not fill the list, one rapidfuzz pass.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz, process

from bot.facts.models import Meet
from bot.facts.store import FactStore, collector_paused
from bot.normalise import normalise

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

SERIES_ALIASES: dict[str, tuple[str, ...]] = {
    "World Championships": ("worlds", "world championships", "world champs", "wch"),
    "Olympics": ("olympics", "olympic games", "olympic"),
    "Diamond League": ("dl", "diamond league"),
    "Diamond League Final": ("dl final", "diamond league final"),
    "World Indoor Championships": ("world indoors", "world indoor championships", "wic"),
    "European Championships": ("euros", "european championships", "europeans"),
    "European Indoor Championships": ("european indoors", "euro indoors"),
    "Commonwealth Games": ("commonwealth games", "commonwealths"),
    "Grand Slam Track": ("grand slam track", "gst"),
    "World U20 Championships": ("world u20", "world juniors", "u20 worlds"),
    "Ultimate Championship": ("ultimate championship",),
}


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
    """Normalised keys of one kind of record (athletes or meets)."""

    # normal form -> ids; sets while building, tuples once frozen (a set costs 216+ bytes)
    keys: dict[str, Any] = field(default_factory=lambda: defaultdict(set))
    family: set[str] = field(default_factory=set)  # keys that name a series of meets, no year
    labels: dict[str, str] = field(default_factory=dict)
    prominence: dict[str, float] = field(default_factory=dict)
    token_list: list[str] = field(default_factory=list)  # every word of every key, sorted
    token_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)
    key_list: list[str] = field(default_factory=list)
    sorted_keys: list[str] = field(default_factory=list)  # each key's words in sorted order
    key_lengths: list[int] = field(default_factory=list)  # len(sorted_keys[i]), ascending
    label_list: list[str] = field(default_factory=list)
    label_ids: list[str] = field(default_factory=list)

    def add(self, key: str, record_id: str, *, family: bool = False) -> None:
        norm = normalise(key)
        if not norm:
            return
        self.keys[norm].add(record_id)
        if family:
            self.family.add(norm)

    def freeze(self) -> None:
        self.keys = {k: tuple(sorted(v)) for k, v in self.keys.items()}
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
        self.token_ids = {t: tuple(ids) for t, ids in by_token.items()}
        self.token_list = sorted(self.token_ids)
        self.label_ids = sorted(self.labels, key=lambda i: (-self.prominence.get(i, 0), i))
        self.label_list = [normalise(self.labels[i]) for i in self.label_ids]

    def prefixed(self, prefix: str) -> set[str]:
        """Ids having a key word that starts with ``prefix`` (a bisect, no scan)."""
        out: set[str] = set()
        tokens = self.token_list
        index = bisect.bisect_left(tokens, prefix)
        while index < len(tokens) and tokens[index].startswith(prefix):
            out.update(self.token_ids[tokens[index]])
            index += 1
        return out


class Resolver:
    """Name resolution and autocomplete over one fact store."""

    def __init__(self, store: FactStore) -> None:
        self.store = store
        self.athletes = _Index()
        self.meets = _Index()
        self._defaults: dict[str, str] = {}
        with collector_paused():
            self._build_athletes()
            self._build_meets()

    # ------------------------------------------------------------------ building
    def _build_athletes(self) -> None:
        index = self.athletes
        races = self.store.races_by_athlete
        quotes = self.store.quotes_by_speaker
        for person in self.store.people.values():
            pid = person.id
            tag = person.country if person.role == "athlete" else person.role
            index.labels[pid] = f"{person.name} ({tag})" if tag else person.name
            index.prominence[pid] = (
                (1000 if person.featured else 0)
                + (100 if person.role == "athlete" else 0)
                + len(races.get(pid, ()))
                + len(quotes.get(pid, ())) / 10
            )
            parts = person.name.split()
            for key in (person.name, pid, parts[-1], parts[0], *person.aliases):
                index.add(key, pid)
            if len(parts) > 2:  # "Narve Gilje Nordås" is also "Narve Nordås"
                index.add(f"{parts[0]} {parts[-1]}", pid)
            for alias in person.default_for:
                self._defaults[normalise(alias)] = pid
        index.freeze()

    def _build_meets(self) -> None:
        index = self.meets
        for meet in self.store.meets.values():
            mid = meet.id
            year = str(meet.year)
            index.labels[mid] = meet.name
            started = meet.start_date or dt.date(meet.year, 12, 31)
            index.prominence[mid] = started.toordinal() / 1e6
            bare_name = re.sub(r"\(.*?\)|\b\d{4}\b", " ", meet.name)
            index.add(meet.name, mid)
            index.add(mid, mid)
            index.add(f"{bare_name} {year}", mid)
            index.add(bare_name, mid, family=True)
            index.add(f"{meet.city} {year}", mid)
            index.add(meet.city, mid, family=True)
            for alias in meet.aliases:
                has_year = re.search(r"\d{2,4}", alias)
                index.add(alias, mid, family=not has_year)
                if not has_year:
                    index.add(f"{alias} {year}", mid)
            for short in SERIES_ALIASES.get(meet.series or "", ()):
                index.add(f"{short} {year}", mid)
                index.add(f"{meet.city} {short} {year}", mid)
                index.add(f"{short} {meet.city} {year}", mid)
                index.add(f"{meet.city} {short}", mid, family=True)
                index.add(f"{short} {meet.city}", mid, family=True)
                index.add(short, mid, family=True)
        index.freeze()

    # ------------------------------------------------------------------ resolving
    def athlete(self, text: str) -> Resolution:
        """Resolve typed text (or a submitted id) to one athlete, candidates, or nothing."""
        return self._resolve(self.athletes, text, today=None)

    def athlete_named(self, text: str) -> str | None:
        """The athlete a word names exactly (no fuzzy guess), e.g. a /quote topic "Kerr"."""
        ids = self.athletes.keys.get(normalise(text or "")[:MAX_QUERY])
        if not ids:
            return None
        if len(ids) == 1:
            return ids[0]
        return self._defaults.get(normalise(text))

    def meet(self, text: str, *, today: dt.date | None = None) -> Resolution:
        """Resolve typed text to one meet; a bare city or series picks the latest by ``today``."""
        return self._resolve(self.meets, text, today=today)

    def _resolve(self, index: _Index, text: str, *, today: dt.date | None) -> Resolution:
        raw = (text or "").strip()
        if len(raw) > MAX_QUERY:
            return Resolution("none", raw[:MAX_QUERY])
        if raw in index.labels:  # an id submitted from autocomplete
            return Resolution("found", raw, raw)
        query = normalise(raw)
        if not query or not re.search(r"[a-z]", query):
            return Resolution("none", raw)
        ids = index.keys.get(query)
        if ids:
            return self._pick(index, raw, query, set(ids), today)
        # token_sort_ratio, with the sorting done once at load: plain ratio on sorted words.
        # A ratio of 86 needs lengths within about 25% of each other: only those are scored.
        wanted = " ".join(sorted(query.split()))
        low = bisect.bisect_left(index.key_lengths, int(len(wanted) * LENGTH_SPAN[0]))
        high = bisect.bisect_right(index.key_lengths, int(len(wanted) * LENGTH_SPAN[1]) + 1)
        hits = [
            (index.key_list[low + position], score, position)
            for _, score, position in process.extract(
                wanted,
                index.sorted_keys[low:high],
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=RESOLVE_CUTOFF,
                limit=8,
            )
        ]
        if not hits:
            return Resolution("none", raw)
        best_key, best_score, _ = hits[0]
        close = [k for k, s, _ in hits if best_score - s <= AMBIGUITY_MARGIN]
        ids = set().union(*(index.keys[k] for k in close))
        if index is self.meets and len(ids) > 1 and all(k in index.family for k in close):
            return self._latest_meet(raw, ids, today)
        return self._pick(index, raw, best_key, ids, today)

    def _pick(
        self, index: _Index, raw: str, key: str, ids: set[str], today: dt.date | None
    ) -> Resolution:
        if len(ids) == 1:
            return Resolution("found", raw, next(iter(ids)))
        default = self._defaults.get(key)
        if default in ids and index is self.athletes:
            others = sorted(ids - {default}, key=lambda i: -index.prominence[i])
            names = ", ".join(self.store.people[i].name for i in others[: MAX_CANDIDATES - 1])
            return Resolution(
                "found",
                raw,
                default,
                note=f"Took {raw!r} as {self.store.people[default].name} (also: {names}).",
            )
        if index is self.meets and key in index.family:
            return self._latest_meet(raw, ids, today)
        ranked = sorted(ids, key=lambda i: (-index.prominence[i], i))
        return Resolution("ambiguous", raw, candidates=tuple(ranked[:MAX_CANDIDATES]))

    def _latest_meet(self, raw: str, ids: Iterable[str], today: dt.date | None) -> Resolution:
        today = today or dt.datetime.now(dt.UTC).date()
        meets = [self.store.meets[i] for i in ids]

        def start(meet: Meet) -> dt.date:
            return meet.start_date or dt.date(meet.year, 12, 31)

        begun = [m for m in meets if start(m) <= today]
        chosen = max(begun, key=start) if begun else min(meets, key=start)
        which = "most recent" if begun else "next"
        return Resolution(
            "found",
            raw,
            chosen.id,
            note=f"{raw!r} matches {len(meets)} meets; showing the {which}: {chosen.name}.",
        )

    # ------------------------------------------------------------------ autocomplete
    def athlete_choices(self, text: str, *, only: Iterable[str] | None = None) -> list[Choice]:
        """Up to 25 suggestions; with nothing typed, the rivalry's athletes first."""
        return self._choices(self.athletes, text, only=only, defaults=None)

    def meet_choices(self, text: str, *, today: dt.date) -> list[Choice]:
        """Up to 25 suggestions; with nothing typed, upcoming meets first, then the latest."""
        return self._choices(self.meets, text, only=None, defaults=self._meet_defaults(today))

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
        only: Iterable[str] | None,
        defaults: list[str] | None,
    ) -> list[Choice]:
        allowed = set(only) if only is not None else None
        query = normalise((text or "")[:MAX_QUERY])
        if not query:
            ids = defaults if defaults is not None else index.label_ids
            ids = [i for i in ids if allowed is None or i in allowed]
            return [self._choice(index, i) for i in ids[:MAX_CHOICES]]
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
