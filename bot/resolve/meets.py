"""Which meet typed text names: a typed year is a constraint, a series means one edition."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from bot.facts.meet_clock import meet_over
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.normalise import normalise, split_years
from bot.phrases import Phrase, counted_phrase
from bot.resolve import held
from bot.resolve.brands import cities, own_word, sponsor_initials, sponsors, venue_word
from bot.resolve.index import (
    AMBIGUITY_MARGIN,
    EDIT_MIN_LENGTH,
    MAX_CANDIDATES,
    MAX_CHOICES,
    MAX_QUERY,
    MEET_FILLER,
    Choice,
    NameIndex,
    Purpose,
    Resolution,
    rejoined,
)
from bot.resolve.lexicon import INDOOR_WORDS, Lexicon
from bot.resolve.suggest import choices
from bot.resolve.when import MONTHS, DateSaid, order_purpose, order_said, when_said


class MeetNames:
    """Meets' names: resolution and autocomplete (the meet half of :class:`Resolver`)."""

    store: FactStore
    meets: NameIndex
    lexicon: Lexicon

    def _init_meets(self) -> None:
        self.meets = NameIndex()
        self._editions: dict[str, frozenset[int]] = {}  # meet id -> the years it answers to
        self._by_year: dict[int, set[str]] = defaultdict(set)
        self._place_keys: set[str] = set()  # the places meets were held ("tokyo", "bislett")
        self._kind = held.kinds(self.store)  # meet id -> its recurring meeting, else its series
        self._build_meets()

    def _build_meets(self) -> None:
        index = self.meets
        series_by_meet: dict[str, list[str]] = defaultdict(list)
        cities_by_meet: dict[str, list[str]] = defaultdict(list)
        self._series_names(series_by_meet, cities_by_meet)
        self._cities = cities(self.store, cities_by_meet)  # no sponsor's initials
        for meet in self.store.meets.values():
            mid = meet.id
            index.labels[mid] = meet.name
            started = meet.start_date or dt.date(meet.year, 12, 31)
            index.prominence[mid] = started.toordinal() / 1e6
            years = {meet.year}
            places = _places(meet.city, *cities_by_meet[mid], meet.venue or "")
            places += venue_word(meet.venue or "", self._cities)  # "hayward", "the armory"
            # a name's parenthesis says more ("(held 2021)"): its words count, not as a name
            names = [meet.name, re.sub(r"\(.*?\)", " ", meet.name)]
            names += [*meet.aliases, meet.series or ""]
            years |= self._add_names(mid, names + series_by_meet[mid])
            for place in places:
                index.add(place, mid)
                self._place_keys.add(normalise(place))
            for name in series_by_meet[mid]:
                index.add(name, mid)
                for place in places:
                    index.add(f"{place} {name}", mid)
            self._editions[mid] = frozenset(years)
            for year in years:
                self._by_year[year].add(mid)
        for word, mids in sponsors(self.store, index.keys).items():
            for mid in mids:
                index.add(word, mid)
        index.freeze()

    def _series_names(
        self, series_by_meet: dict[str, list[str]], cities_by_meet: dict[str, list[str]]
    ) -> None:
        """Each meet's names and places as a series or a recurring meeting gives them."""
        for series in self.store.series.values():
            # the press's words for it, in every language of the lexicon ("VM", "friidretts-VM")
            names = [series.name, *series.aliases, *self.lexicon.series_words.get(series.id, ())]
            if not series.series:  # a city's nickname ("Brum", "LDN") is a place, as the city
                self._place_keys.update(normalise(n) for n in names)
            for meet in self.store.meets.values():
                if series.covers(meet):
                    series_by_meet[meet.id] += names
                    # a recurring meeting's places are each edition's: "chorzow" finds them all
                    cities_by_meet[meet.id] += series.cities

    def _add_names(self, mid: str, names: list[str]) -> set[int]:
        """Index a meet's names; the years they hold."""
        years: set[int] = set()
        for name in names:
            words, typed_years = split_years(normalise(name))
            years |= typed_years
            self.meets.add(" ".join(words), mid)
            if own_word(words):  # "Wanamaker Mile": "the wanamaker" is the race too
                self.meets.add(words[0], mid)
            if initials := sponsor_initials(words, self._cities):  # "nb indoor grand prix"
                self.meets.add(" ".join(initials), mid)
        return years

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
        # a date or a relative year is read in an option: a question's reader finds its own
        said, text = (None, raw) if strict else when_said(raw, today)
        if said is not None:  # "23 aug 2023", "19 july": the meet held that day
            return self._on_day(raw, text, said, today, purpose)
        if not strict:  # "siste VM", "the next worlds": the edition said, not the command's
            purpose, text = order_purpose(purpose, text)
        ids, years, other_years = self._meet_ids(text, strict)
        if not ids:
            ranked = sorted(other_years, key=lambda i: (_start(self.store.meets[i]), i))
            others = tuple(ranked[-MAX_CANDIDATES:])
            near: tuple[str, ...] = ()
            if not others and not strict and len(raw) <= MAX_QUERY:  # a miss offers the nearest
                near = self.meets.nearest(normalise(raw), lambda _: True)
            return Resolution("none", raw[:MAX_QUERY], candidates=others, nearest=near)
        if len(ids) == 1:
            return Resolution("found", raw, next(iter(ids)))
        meets = [self.store.meets[i] for i in ids]
        if years and len({m.series for m in meets}) > 1:
            by_date = sorted(meets, key=lambda m: (_start(m), m.id))
            return Resolution(
                "ambiguous", raw, candidates=tuple(m.id for m in by_date)[:MAX_CANDIDATES]
            )
        if purpose == "results":
            asked = self._of_kinds(raw, text, meets, today)
            if asked is not None:
                return asked
            meets = held.raced(self.store, normalise(text).split(), meets)
        return self._direction(raw, meets, today, purpose)

    def _on_day(
        self, raw: str, text: str, said: DateSaid, today: dt.date, purpose: Purpose
    ) -> Resolution:
        """The meet held on the day said, among those the other words name (all, if none)."""
        named = [w for w in normalise(text).split() if w not in MEET_FILLER]
        ids = self._meet_ids(text, False)[0] if named else set(self.store.meets)
        on_day = held.held_on(self.store, ids, said, today, purpose)
        if len(on_day) == 1:
            return Resolution("found", raw, on_day.pop())
        if not on_day:
            return Resolution("none", raw[:MAX_QUERY])
        ordered = sorted(on_day, key=lambda i: (_start(self.store.meets[i]), i))
        return Resolution("ambiguous", raw, candidates=tuple(ordered[:MAX_CANDIDATES]))

    def _of_kinds(
        self, raw: str, text: str, meets: list[Meet], today: dt.date
    ) -> Resolution | None:
        """A bare place whose meets with results are of different kinds asks which ("tokyo")."""
        words = self.lexicon.translate(normalise(text).split())
        if " ".join(w for w in words if w not in MEET_FILLER) not in self._place_keys:
            return None
        latest = held.latest_of_kinds(self.store, meets, self._kind, today)
        if len(latest) < 2:  # one kind (Bislett, Zürich): its latest, as for a series
            return None
        ids = tuple(m.id for m in latest)
        return Resolution("ambiguous", raw, candidates=ids[:MAX_CANDIDATES])

    def meet_ids(self, text: str, *, strict: bool = False) -> tuple[str, ...]:
        """Every meet typed text names, oldest first: a filter takes them all."""
        raw = (text or "").strip()
        ids = {raw} if raw in self.meets.labels else self._meet_ids(raw, strict)[0]
        return tuple(sorted(ids, key=lambda i: (_start(self.store.meets[i]), i)))

    def _meet_ids(self, raw: str, strict: bool) -> tuple[set[str], set[int], set[str]]:
        """The meets named, the years typed, and the meets the words name in other years."""
        if len(raw) > MAX_QUERY:
            return set(), set(), set()
        words, years = split_years(normalise(raw))
        words = self.lexicon.translate(words)
        # a month says when, never which name: "the london one in july"
        months = {MONTHS[w] for w in words if w in MONTHS}
        words = [w for w in words if w not in MONTHS]
        if not strict:
            words = [w for w in words if len(w) > 1]  # a lone letter names no meet ("p24")
        if not words:
            return set(), years, set()
        # a host country is no word to let go: "norwegian diamond league" is Oslo's
        ids = self._hosted(words, strict)
        if not ids:
            ids = self._meet_words_strict(words) if strict else self._loose_ids(words, years)
        if not ids and not INDOOR_WORDS.isdisjoint(words):
            ids = self._indoor_edition(words, strict)
        if months:
            dated = {i: self.store.meets[i].start_date for i in ids}
            ids = {i for i, day in dated.items() if day and day.month in months}
        if not years:
            return ids, years, set()
        kept = {i for i in ids if self._editions[i] & years}
        return kept, years, ids - kept

    def _loose_ids(self, words: list[str], years: set[int]) -> set[str]:
        """Meets typed words name, a prefix, a filler word or other words forgiven."""
        # a prefix ("bud 23") only beside a year or other words: "gold" alone is no meet
        prefixes = bool(years) or len(words) > 1
        ids = self._meet_words(words, prefixes)
        # a filler word naming no meet of the year typed rides along ("budapest '23 final" is
        # no Ultimate "Final" of 2026)
        if not any(self._editions[i] & years for i in ids) if years else not ids:
            bare = [w for w in words if w not in MEET_FILLER]
            ids = (self._meet_words(bare, prefixes) if bare != words else set()) or ids
        if not ids and len(words) > 2:
            # a meet's whole name among other words ("ivo van damme"), held where a place says
            run = self.meets.longest_name(words)
            ids = self._meet_words(run, prefixes=False)
            for place in (w for w in words if w not in run and w in self._place_keys):
                ids &= self._meet_words([place], False)
        # a name split by a space or run together: "welt klasse", "goldengala"
        split = [*rejoined(words), *self.meets.unglued(words)]
        return ids or next(filter(None, (self._meet_words(j, False) for j in split)), ids)

    def _hosted(self, words: list[str], strict: bool) -> set[str]:
        """Meets named with their host country: "french olympics", "VM i Norge"."""
        country, rest = held.country_said(words)
        if country is None or not rest:
            return set()
        named = self._meet_words_strict(rest) if strict else self._meet_words(rest, False)
        return {i for i in named if held.country_of(self.store.meets[i]) == country}

    def _indoor_edition(self, words: list[str], strict: bool) -> set[str]:
        """The indoor series' meets when the other words name its outdoor twin ("VM innendørs")."""
        rest = [w for w in words if w not in INDOOR_WORDS]
        if not rest:
            return set()
        named = self._meet_words_strict(rest) if strict else self._meet_words(rest, False)
        twins = {
            self.lexicon.indoor_twin[s.id]
            for s in self.store.series.values()
            if s.id in self.lexicon.indoor_twin
            and any(s.covers(self.store.meets[i]) for i in named)
        }
        return {
            m.id for m in self.store.meets.values() for t in twins if self.store.series[t].covers(m)
        }

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
            if not near:
                # two letters off a long name, as a question reads it ("prefountain"): the
                # option reads it the same way (one reader of meet words)
                hits = index.fuzzy_keys(word)
                near = [k for k, score in hits if hits[0][1] - score <= AMBIGUITY_MARGIN]
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
        if found or word in MEET_FILLER:
            return found
        for near in index.near_words(word):
            found |= index.token_ids[near]
        if not found and prefixes and len(word) >= EDIT_MIN_LENGTH:
            found = index.prefixed(word)
        return found

    def _direction(
        self, raw: str, meets: list[Meet], today: dt.date, purpose: Purpose
    ) -> Resolution:
        ordered = sorted(meets, key=lambda m: (_start(m), m.id))
        begun = [m for m in ordered if _start(m) <= today]
        chosen: Meet | None = None
        which = ""
        if purpose == "next":
            ahead = [
                m
                for m in ordered
                if not meet_over(self.store, m, today) and m.status != "cancelled"
            ]
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
        values = {"raw": raw, "meets": counted_phrase(len(meets), "meet"), "name": chosen.name}
        return Resolution("found", raw, chosen.id, note=Phrase(key=which, values=values))

    def meet_choices(self, text: str, *, today: dt.date) -> list[Choice]:
        """Up to 25 suggestions; with nothing typed, upcoming meets first, then the latest.

        A year typed keeps its meets ("budapest 23"); else what the option reads ("siste VM").
        """
        said, plain = when_said((text or "")[:MAX_QUERY], today)
        order, plain = order_said(plain)
        words, years = split_years(normalise(plain))
        words = self.lexicon.translate(words)
        allowed = set().union(*(self._by_year.get(y, ()) for y in years)) if years else None
        defaults = sorted(allowed or (), key=lambda i: (_start(self.store.meets[i]), i))
        found = (
            []
            if said
            else choices(
                self.meets,
                " ".join(words),
                allowed=allowed,
                defaults=defaults if years else self._meet_defaults(today),
            )
        )
        if (found and order is None) or not (words or said):
            return found
        read = self.meet(text, today=today)
        ids = [read.id] if read.id else list(read.candidates)
        # what the option reads first ("neste VM": that edition), then what the words begin
        first = choices(self.meets, "", allowed=set(ids), defaults=ids)
        return (first + [c for c in found if c.value not in ids])[:MAX_CHOICES]

    def _meet_defaults(self, today: dt.date) -> list[str]:
        ordered = self.store.meets_by_date
        upcoming = [m.id for m in ordered if (m.end_date or _start(m)) >= today]
        past = [m.id for m in reversed(ordered) if m.id not in set(upcoming)]
        return (upcoming + past)[:MAX_CHOICES]


def _places(*names: str) -> list[str]:
    """A place's names, its parenthesis apart too: "Chorzów (Silesia)" is also both words."""
    out = []
    for place in set(names):
        out += [place, *re.findall(r"\((.*?)\)", place), re.sub(r"\(.*?\)", "", place)]
    return out


def _start(meet: Meet) -> dt.date:
    """The first day of a meet; an undated meet sorts at the end of its year."""
    return meet.start_date or dt.date(meet.year, 12, 31)
