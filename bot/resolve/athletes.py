"""Which person typed text names: exact keys, initials, one-letter typos, the opponent's help."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from itertools import combinations

from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.phrases import Phrase
from bot.resolve.champions import titled
from bot.resolve.demonyms import described, from_place, glued, hometowns
from bot.resolve.descriptions import Descriptions
from bot.resolve.family import having, holders, relation_said, relations
from bot.resolve.index import (
    AMBIGUITY_MARGIN,
    ATHLETE_ROLES,
    EDIT_MIN_LENGTH,
    MAX_CANDIDATES,
    MAX_QUERY,
    NameIndex,
    Resolution,
    clean_person_query,
    rejoined,
)
from bot.resolve.lexicon import Lexicon, champion_title
from bot.resolve.sounds import SoundIndex

OPPONENT_PREFIX = 4  # letters of a name begun that the opponent may settle
LONE_PREFIX = 5  # letters of a name begun that are enough alone, when only one name goes on
LONE_PREFIX_WORDS = 3  # name words it may begin (a name and its misspellings kept as aliases)
# an epithet after a name: "kerr the entertainer", "jakob the great"; or what a bracket or a
# comma adds to it: "hocker (united states)", "kerr (brooks beasts)", "kerr, team gb"
_EPITHET = re.compile(r"^(.*\S)\s+the\s+\S+$|^([^(\[{,]*\w)\s*[(\[{,]", re.IGNORECASE)


class AthleteNames(Descriptions):
    """People's names: resolution and autocomplete (the athlete half of :class:`Resolver`)."""

    store: FactStore
    athletes: NameIndex
    lexicon: Lexicon

    def _init_athletes(self) -> None:
        self.athletes = NameIndex()
        self._defaults: dict[str, str] = {}
        self._full_keys: set[str] = set()  # athlete keys that name first and last name
        self._role_sets: dict[frozenset[str], frozenset[str]] = {}
        self._by_initials: dict[str, set[str]] = defaultdict(set)  # "ji" -> Jakob Ingebrigtsen
        self._first_names = defaultdict(set)
        self._hometowns = hometowns(self.store)  # "sandnes" -> Jakob (his notable facts say it)
        self._towns = frozenset(t for t in self._hometowns if " " not in t)
        self._resolve_person = lambda text, roles: self.athlete(text, roles=roles)
        self._description_ids = {}
        self._build_athletes()

    def _build_athletes(self) -> None:
        index = self.athletes
        races = self.store.races_by_athlete
        quotes = self.store.quotes_by_speaker
        featured = self._featured = {p.id for p in self.store.featured()}
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
                self._first_names[parts[0]].add(pid)
            # not the id: an id is matched as typed, and its words would repeat the name's
            full = [person.name, label, *person.aliases]
            for name in (person.name, *person.aliases):
                # a name of three words is any two of them, in order: "Narve Gilje Nordås" is
                # "Narve Nordås" and "Gilje Nordås", "Reynold Kipkorir Cheruiyot" "Reynold Kipkorir"
                full += [" ".join(two) for two in combinations(normalise(name).split(), 2)]
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
        self._relations = relations(self.store, index.keys)
        tags = {normalise(p.country or p.role) for p in self.store.people.values()}
        self._sounds = SoundIndex.of(index.keys, tags)

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
        words = clean_person_query(raw)
        if not words or not any(c.isalpha() for c in "".join(words)):
            return Resolution("none", raw)
        told = None if strict else self.description(words)
        if told is not None and told[0] == len(words):  # "the norwegian", "the dutch kid"
            return self.by_description(raw, told[1], allowed, opponent)
        words = self.lexicon.translate(words)
        if strict:
            relation, named, possessive = relation_said(words, sentence=True)
            if relation is not None:  # "what did jake's dad say": Geoff, as the store states
                found = self._by_relation(raw, relation, named, possessive, allowed, strict)
                return found or Resolution("none", raw)
            key, ids = self._athlete_ids(words, allowed, strict)
            if not ids:  # a whole name heard: "josh cur", "yeah red new goose"
                heard = self._sounds.named(words, self.athletes.token_ids, strict=True)
                key, ids = "", {i for i in heard if allowed(i)}
            return self._pick_athlete(raw, key, ids, opponent) if ids else Resolution("none", raw)
        if self.named_other(words, allowed):  # "gjert", "coach" in /h2h: no athlete's typo
            return Resolution("none", raw)
        return self._loose(raw, words, allowed, opponent)

    def _loose(
        self, raw: str, words: list[str], allowed: Callable[[str], bool], opponent: str | None
    ) -> Resolution:
        """A typed name among a title, a relative or other words that describe the person."""
        series, named = champion_title(words)
        key, ids = "", set[str]()
        if series is not None:  # "olympic champ hocker": the title narrows the name
            held, named, narrowed = titled(self.store, series, named)  # "2024 olympic champ"
            won = {p for p in held if allowed(p)}
            if not named:  # a title alone is a description: its holders are the question
                return self._question(raw, won, one=narrowed)  # unless an edition says who
            key, ids = self._athlete_ids(named, won.__contains__, False)
            words = named  # a title the store cannot confirm is let go: the name decides
        relation, named, possessive = relation_said(words)
        if relation is not None:  # "jake's dad", "lillebror ingebrigtsen"
            related = self._by_relation(raw, relation, named, possessive, allowed, False)
            if related is not None:
                return related
        said, rest, family = described(words)
        if family and rest:  # "pappa gjert" is Gjert; "Ingebrigtsen-brødrene": which of them?
            key, ids = self._athlete_ids(rest, allowed, strict=True)  # nothing else let go
            if len(ids) <= 1:
                return Resolution("found", raw, ids.pop()) if ids else Resolution("none", raw)
            return self._question(raw, ids)
        if not ids:
            key, ids = self._athlete_ids(words, allowed, False)
        if not ids and len(words) == 1:
            key, ids = self._begun(words[0], allowed, opponent)
        if not ids:
            return self._described(raw, words, said, rest, allowed, opponent)
        return self._pick_athlete(raw, key, ids, opponent)

    def _begun(
        self, word: str, allowed: Callable[[str], bool], opponent: str | None
    ) -> tuple[str, set[str]]:
        """A surname begun: beside an opponent ("kerr vs inge"), or alone if few names go on."""
        index = self.athletes
        if opponent and len(word) >= OPPONENT_PREFIX:
            ids = {i for i in index.prefixed(word) if allowed(i)}
            if ids:
                return word, ids
        begun = index.tokens_from(word) if len(word) >= LONE_PREFIX else []
        if not begun or len(begun) > LONE_PREFIX_WORDS:  # else a first name's short form
            return word, self.short_first(word, allowed)  # ("tim", "cam", "ollie")
        # the name word naming the most people is the name ("ingebrigtsen", not a misspelling
        # kept as an alias): its default, or the question, decides among them
        key = max(begun, key=lambda t: (len(index.token_ids[t]), -len(t)))
        return key, {i for t in begun for i in index.token_ids[t] if allowed(i)}

    def _question(self, raw: str, ids: Iterable[str], *, one: bool = False) -> Resolution:
        """Which of these people? The most prominent first (``one``: a lone one is the answer)."""
        kept = set(ids)
        if not kept or (one and len(kept) == 1):  # no one holds that title, or one does
            return Resolution("found", raw, kept.pop()) if kept else Resolution("none", raw)
        ranked = sorted(kept, key=lambda i: (-self.athletes.prominence[i], i))
        return Resolution("ambiguous", raw, candidates=tuple(ranked[:MAX_CANDIDATES]))

    def _described(
        self,
        raw: str,
        words: list[str],
        said: str | None,
        rest: list[str],
        allowed: Callable[[str], bool],
        opponent: str | None,
    ) -> Resolution:
        """A name among words that describe it: a demonym, a relative, an epithet, a handle.

        ("briten kerr", "lillebror jakob", "kerr the entertainer", "@JakobIng"); else the
        miss, offering the nearest names.
        """
        epithet = _EPITHET.match(raw)
        key, ids, apart = " ".join(words), set[str](), bool(rest) and rest != words
        if apart:
            key, ids = self._athlete_ids(rest, allowed, False)
        if not ids and epithet:  # "kerr the entertainer", "kerr (gb & ni)": the name before
            before = clean_person_query(epithet[1] or epithet[2])
            key, ids = self._athlete_ids(before, allowed, False)
        elif not ids and not apart:
            stands, ids = glued(words, self.athletes)
            key = stands or key
        ids = {i for i in ids if allowed(i)} or {
            i for i in from_place(words, self._hometowns) if allowed(i)
        }
        if said and len(ids) > 1:
            ids = {i for i in ids if self.store.people[i].country == said} or ids
        if said and not ids and len(rest) == 1 and len(rest[0]) >= EDIT_MIN_LENGTH:
            # a first name's short form beside a demonym: "the kenyan tim guy" (the country
            # narrows what a bare "tim" could begin)
            begun = self.athletes.prefixed(rest[0])
            ids = {i for i in begun if allowed(i) and self.store.people[i].country == said}
        if not ids:  # a name split by a space or the phone: "inge brigtsen", "mc sweeney"
            key, ids = self._rejoined(words, allowed)
        if not ids:  # both names spelt loosely: "stewy mcsweeney"
            ids = self.surname_near(words, allowed)
        if not ids:  # spelt by ear or dictated: "whiteman", "josh car", "nills lar us"
            named = self._sounds.named(words, self.athletes.token_ids, strict=False)
            key, ids = "", {i for i in named if allowed(i)}
        if ids:
            return self._pick_athlete(raw, key, ids, opponent)
        return Resolution("none", raw, nearest=self.athletes.nearest(" ".join(words), allowed))

    def _rejoined(self, words: list[str], allowed: Callable[[str], bool]) -> tuple[str, set[str]]:
        """Who the words name with two neighbours written as one ("inge brigtsen", "mc sweeney")."""
        for joined in rejoined(words):
            key, ids = self._athlete_ids(joined, allowed, False)
            ids = ids or self._sounds.named(joined, self.athletes.token_ids, strict=False)
            if kept := {i for i in ids if allowed(i)}:
                return key, kept
        return "", set()

    def _by_relation(
        self,
        raw: str,
        relation: str,
        words: list[str],
        possessive: bool,
        allowed: Callable[[str], bool],
        strict: bool,
    ) -> Resolution | None:
        """The relative the store names: the named who is one, or (possessive) one of theirs.

        None when the other words name no one (they are read another way); no one when the
        store states no such relative of the people they name ("kerr's dad").
        """
        _, among = self._athlete_ids(words, lambda _: True, strict) if words else ("", set())
        if not among and words:
            # the relation says who is meant, so a name heard is enough: "his brother philip"
            among = self._sounds.named(words, self.athletes.token_ids, strict=False)
        if not among:
            return None
        ids = set() if possessive else having(self._relations, relation, among)
        ids = ids or holders(self._relations, relation, among)
        kept = {i for i in ids if allowed(i)}
        if len(kept) > 1:
            return self._question(raw, kept)
        return Resolution("found", raw, kept.pop()) if kept else Resolution("none", raw)

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
        return self.met_most(one, two)  # neither found: the two who met far more than others

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
        if strict:  # in a sentence only the rivalry's own initials ("JI vs Nuguse") name someone
            initials = self._by_initials.get(query, ()) if len(query) == 2 else ()
            return query, {i for i in initials if allowed(i) and i in self._featured}
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
            exact = bool(found)
            if forgiving and not found and len(word) > 1:
                for near in index.near_words(word):
                    found |= index.token_ids[near]
            # a prefix only beside other words: "tim cheru" is Timothy, "gold" is no one; a
            # word a letter off another name may still begin this one ("cam" of "cameron")
            if forgiving and not exact and len(word) >= EDIT_MIN_LENGTH and len(words) > 1:
                found |= index.prefixed(word)
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
                note=Phrase(
                    key="note.took",
                    values={"raw": raw, "name": people[default].name, "names": names},
                ),
            )
        if opponent and opponent in people:
            chosen = self.raced_most(ids, {opponent})
            if chosen:
                return Resolution(
                    "found",
                    raw,
                    chosen,
                    note=Phrase(
                        key="note.took.raced",
                        values={
                            "raw": raw,
                            "name": people[chosen].name,
                            "opponent": people[opponent].name,
                        },
                    ),
                )
        ranked = sorted(ids, key=lambda i: (-index.prominence[i], i))
        return Resolution("ambiguous", raw, candidates=tuple(ranked[:MAX_CANDIDATES]))
