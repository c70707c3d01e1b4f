"""What a person's name leans on besides its spelling: who raced whom, roles, name parts, sound.

The athlete half of :class:`~bot.resolve.Resolver` builds on this: the one rule for a name read
beside other athletes (:meth:`PeopleContext.raced_most`) and autocomplete limited by role.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.facts.models import Person
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.phrases import Phrase
from bot.resolve.index import (
    CONTEXT_DOMINANCE,
    CONTEXT_MIN_RACES,
    MAX_CHOICES,
    MAX_QUERY,
    NAME_VARIANT_CUTOFF,
    Choice,
    NameIndex,
    Resolution,
)
from bot.resolve.sounds import SoundIndex
from bot.resolve.suggest import choices

SURNAME_NEAR = 5  # letters of a surname spelt loosely beside a loose first name
SHORT_FIRST = 3  # letters of a first name's short form typed alone ("tim", "cam")
# a pet ending on a first name's first letters ("ollie", "stewie", "timmy")
SHORT_ENDING = re.compile(r"(?:ie|y|i)$")


class PeopleContext:
    """Races between people and their roles, for resolution and autocomplete."""

    store: FactStore
    athletes: NameIndex
    _role_sets: dict[frozenset[str], frozenset[str]]
    _featured: set[str]  # the athletes of the store's rivalries
    _first_names: dict[str, set[str]]  # first name (normalised) -> the people it names
    _sounds: SoundIndex
    _resolve_person: Callable[[str, Collection[str] | None], Resolution]  # the option's reading

    def athlete_heard(self, words: Sequence[str], common: Collection[str] = ()) -> str | None:
        """The one person a sentence's words sound like as a whole name, if one.

        ``common``: the sentence's function words, never a name word heard on its own.
        """
        # a question's words keep their letters ("nordås"); the index's are folded ("nordas")
        ascii_ = all(w.isascii() for w in words)
        said = list(words) if ascii_ else normalise(" ".join(words)).split()
        ids = self._sounds.named(said, self.athletes.token_ids, strict=True, common=common)
        return next(iter(ids)) if len(ids) == 1 else None

    def _role_filter(self, roles: Collection[str] | None) -> Callable[[str], bool]:
        people = self.store.people
        if roles is None:
            return lambda _: True
        return lambda pid: pid in people and people[pid].role in roles

    def named_other(self, words: list[str], allowed: Callable[[str], bool]) -> bool:
        """Whether the words are a name, or a lone name word, of no one the command can take.

        ("gjert" or "coach" in /h2h: Gjert, who coaches; never a typo of Koech's name.)
        """
        index = self.athletes
        lone = index.token_ids.get(words[0]) if len(words) == 1 else None
        exact = index.keys.get(" ".join(words)) or lone or frozenset()
        return bool(exact) and not any(map(allowed, exact))

    def short_first(self, word: str, allowed: Callable[[str], bool]) -> set[str]:
        """The people whose first name a lone word is a fan's short form of.

        The first name begun ("tim" Timothy, "cam" Cameron), or begun and given a pet ending
        ("ollie", "stewie"); several people so named are a question, as a shared name is.
        """
        stem = SHORT_ENDING.sub("", word)
        stem = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "oll(ie)"
        if not word.isalpha() or len(word) < SHORT_FIRST or len(stem) < 2:
            return set()
        firsts = self._first_names
        return {
            pid
            for first, ids in firsts.items()
            if first != word
            and (first.startswith(word) or (stem != word and first.startswith(stem)))
            for pid in ids
            if allowed(pid)
        }

    def surname_near(self, words: Sequence[str], allowed: Callable[[str], bool]) -> set[str]:
        """Who a first name and a surname both spelt loosely name ("stewy mcsweeney").

        The last word a spelling of one person's surname as the surname typed alone would be
        read (a close fuzzy match, or spelt by ear), the first word a short form or spelling
        of their first name.
        """
        if len(words) != 2 or len(words[-1]) < SURNAME_NEAR:
            return set()
        index = self.athletes
        said = [k for k, _ in index.fuzzy_keys(words[-1]) if " " not in k]
        ids = {i for k in said for i in index.keys[k]}
        ids = ids or self._sounds.named([words[-1]], index.token_ids, strict=False)
        ids = {i for i in ids if allowed(i)}
        # the first name stricter than beside an exact surname: its first two letters, or a
        # spelling of it ("stu", "stewy" Stewart; "tom" is no Timothy)
        first = words[0]
        return {
            i
            for i in ids
            if (given := normalise(self.store.people[i].name).split()[0])[:2] == first[:2]
            or fuzz.ratio(given, first) >= NAME_VARIANT_CUTOFF
        }

    def _fits(self, word: str, pid: str, known: list[str]) -> bool:
        """Whether ``word`` can stand for a part of a person's name the known words left open."""
        parts = normalise(self.store.people[pid].name).split()
        open_parts = [
            p
            for p in parts
            if not any(p.startswith(k) or OSA.distance(p, k, score_cutoff=1) <= 1 for k in known)
        ]
        # a letter of its own is an initial of any part ("j kerr"); a word is a short form of
        # the first name ("olli hoare") or a spelling of any part: a surname of the same first
        # letter is someone else ("sam prakel" is no Samuel Pihlström)
        return any(
            (p[0] == word[0] and (len(word) == 1 or p == parts[0]))
            or fuzz.ratio(p, word) >= NAME_VARIANT_CUTOFF
            for p in open_parts
        )

    def raced_most(
        self,
        ids: Iterable[str],
        opponents: Collection[str],
        *,
        at_least: int = CONTEXT_MIN_RACES,
        dominance: float = CONTEXT_DOMINANCE,
    ) -> str | None:
        """The one candidate who raced ``opponents`` far more often than any other, if any.

        The one rule for a name read beside other athletes: "josh" beside Ingebrigtsen in
        /h2h, and in a question to /ask ("josh vs jakob"). How far ahead is the caller's:
        an option typed in /h2h can be asked back ("Did you mean"); a question is read whole.
        """
        met = Counter(
            {
                pid: sum(
                    any(row.athlete in opponents for row in race.results)
                    for race in self.store.races_by_athlete.get(pid, ())
                )
                for pid in ids
            }
        ).most_common(2)
        best, runner_up = met[0][1], met[1][1] if len(met) > 1 else 0
        if best >= at_least and best >= dominance * runner_up:
            return met[0][0]
        return None

    def met_most(self, one: Resolution, two: Resolution) -> tuple[Resolution, Resolution]:
        """Two names each several people share, settled by the pair who raced far more often.

        ("jake" and "josh" in /h2h: Wightman and Kerr, as one name found settles the other;
        the same thresholds.) Else both stay questions.
        """
        if not one.status == two.status == "ambiguous":
            return one, two
        met = Counter(
            {
                (a, b): sum(
                    any(row.athlete == b for row in race.results)
                    for race in self.store.races_by_athlete.get(a, ())
                )
                for a in one.candidates
                for b in two.candidates
                if a != b
            }
        ).most_common(2)
        (a, b), best = met[0] if met else (("", ""), 0)
        runner_up = met[1][1] if len(met) > 1 else 0
        if best < CONTEXT_MIN_RACES or best < CONTEXT_DOMINANCE * runner_up:
            return one, two
        people = self.store.people
        return (
            Resolution("found", one.query, a, note=_raced(one.query, a, b, people)),
            Resolution("found", two.query, b, note=_raced(two.query, b, a, people)),
        )

    def shared_name(self, ids: Collection[str], named: Collection[str]) -> str | None:
        """Who a name several people share means in a question, beside the athletes ``named``.

        The one who raced them far more often ("josh vs hocker": Kerr, nine races to none);
        else, with no one settling it, the store's own subject if one of them is ("when's
        josh racing next" in a bot about Kerr and Jakob: Kerr), as a bare description leans
        on it ("the norwegian"). An option is asked back instead (it can say "Did you mean").
        """
        chosen = self.raced_most(ids, named) if named else None
        if chosen is not None:
            return chosen
        subject = (set(ids) & self._featured) - set(named)
        return next(iter(subject)) if len(subject) == 1 else None

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
        tokens = self.athletes.token_ids
        offered = choices(
            self.athletes,
            text,
            allowed=allowed,
            defaults=None,
            heard=lambda words: self._sounds.named(words, tokens, strict=False),
        )
        if not (text or "").strip() or len(text) > MAX_QUERY:
            return offered
        # what the option reads the words as comes first: a relative ("jake's dad"), a
        # demonym ("the norwegian"), an epithet; the people it would ask between only when
        # nothing is spelt alike ("jak" is Jakob begun before it is Jake one letter off)
        read = self._resolve_person(text, roles)
        ids = [read.id] if read.found and read.id else [] if offered else list(read.candidates)
        first = [self._choice(i) for i in ids if allowed is None or i in allowed]
        return (first + [c for c in offered if c.value not in ids])[:MAX_CHOICES]

    def _choice(self, person_id: str) -> Choice:
        label = self.athletes.labels[person_id]
        return Choice(name=label if len(label) <= 100 else label[:99] + "…", value=person_id)

    def _with_roles(self, roles: Collection[str]) -> frozenset[str]:
        """The people having one of ``roles`` (worked out once per set of roles)."""
        key = frozenset(roles)
        if key not in self._role_sets:
            people = self.store.people.values()
            self._role_sets[key] = frozenset(p.id for p in people if p.role in key)
        return self._role_sets[key]


def _raced(raw: str, chosen: str, opponent: str, people: Mapping[str, Person]) -> Phrase:
    """The note of a name taken for the one who raced ``opponent`` most."""
    values = {"raw": raw, "name": people[chosen].name, "opponent": people[opponent].name}
    return Phrase(key="note.took.raced", values=values)
