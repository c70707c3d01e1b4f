"""Who a description names, by one rule for options and questions (:mod:`bot.resolve.describe`).

The store's data first: the athletes who fit every word of it ("the dutch kid": Dutch, and
young as the store shows it). When several fit, the caller's context decides, the same way
for a name: an option typed beside an opponent takes that opponent's rival ("the norwegian"
beside Kerr) or the one who raced them far more, and asks otherwise ("the brit" alone, "the
scot" beside Jakob: the store cannot tell its Scots from other Britons); a question, read
whole, also takes one of its other names the description fits ("Josh Kerr … the Scottish
guy"), then, for a bare demonym, the store's own subject (a rivalry's athlete: "the
norwegian" is Jakob), then the one who raced the other names most. "Other" leaves out the
people the question named, or, when it named none that fit, the store's subject ("the other
norwegian").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from bot.phrases import Phrase
from bot.resolve.ages import age_said, won_at_age
from bot.resolve.demonyms import demonym, rival_among
from bot.resolve.describe import REGIONS, Description, read_description
from bot.resolve.family import Relations, families, holders, parent_of_several
from bot.resolve.fits import fitting
from bot.resolve.index import MAX_CANDIDATES, NameIndex, Resolution
from bot.resolve.people import PeopleContext

KEPT_DESCRIPTIONS = 1024  # descriptions whose athletes are kept per resolver


class Descriptions(PeopleContext):
    """Athletes named by a description (the athlete half of the resolver builds on this)."""

    _featured: set[str]
    _meets_named: Callable[[str], tuple[str, ...]]  # meet words -> every meet they name
    _description_ids: dict[Description, frozenset[str]]
    _towns: frozenset[str]  # the home towns of the store's notable facts ("edinburgh")
    _hometowns: dict[str, set[str]]
    _relations: Relations  # who is what of whom, as the store states it (family.py)
    athletes: NameIndex

    def description(
        self,
        words: Sequence[str],
        start: int = 0,
        *,
        modifies: Callable[[str], bool] | None = None,
        clause_end: int | None = None,
    ) -> tuple[int, Description] | None:
        """The description starting at ``words[start]`` and where it ends (see describe.py)."""
        kin = parent_of_several(words, start)  # "their dad", "faren deres"
        if kin is not None:
            return kin[0], Description(kin=kin[1], coach=kin[2])
        return read_description(
            words,
            start,
            self._meets_named,
            self._athlete_word,
            modifies=modifies,
            clause_end=clause_end,
            towns=self._towns,
        )

    def _athlete_word(self, word: str) -> str | None:
        found = self._resolve_person(word, None)
        return found.id if found.found else None

    def fitting(self, described: Description) -> frozenset[str]:
        """The athletes who fit every word of ``described`` (kept per description)."""
        if described not in self._description_ids:
            if len(self._description_ids) > KEPT_DESCRIPTIONS:
                self._description_ids.clear()
            events = {e for r in self.store.rivalries for e in r.events}
            if described.kin is not None:
                ids = families(self._relations, described.kin)
                if described.coach:  # "who coached them": the store's role says so, or no one
                    ids = {i for i in ids if self.store.people[i].role == "coach"}
            else:
                ids = fitting(self.store, described, events)
            if described.home is not None:
                ids &= self._hometowns.get(described.home, set())
            if described.named is not None:  # "the kenyan tim guy": a name begun
                ids &= self.athletes.prefixed(described.named)
            self._description_ids[described] = frozenset(ids)
        return self._description_ids[described]

    def won_at_age(self, words: Sequence[str], named: Collection[str]) -> str | None:
        """The one meet a win said by age was at: "when the boy won at 17" (see ages.py).

        Of the people named, or (a parent named) their children as the store states them.
        """
        age = age_said(words)
        if age is None:
            return None
        people = set(named) | holders(self._relations, "child", named)
        meets = won_at_age(self.store, people, age)
        return meets.pop() if len(meets) == 1 else None

    def by_description(
        self,
        raw: str,
        described: Description,
        allowed: Callable[[str], bool],
        opponent: str | None,
    ) -> Resolution:
        """A description typed as a name: the one who fits, the opponent's rival, or a question."""
        ids = {i for i in self.fitting(described) if allowed(i)}
        if described.other and opponent:
            ids.discard(opponent)
        if len(ids) == 1:
            return Resolution("found", raw, ids.pop())
        if not ids:
            return Resolution("none", raw)
        if opponent and not described.regional:
            rival = rival_among(self.store, ids, opponent)
            if rival is not None:
                name = self.store.people[rival].name
                note = Phrase(key="note.took.rival", values={"raw": raw, "name": name})
                return Resolution("found", raw, rival, note=note)
            chosen = self.raced_most(ids, {opponent})
            if chosen is not None:
                people = self.store.people
                values = {
                    "raw": raw,
                    "name": people[chosen].name,
                    "opponent": people[opponent].name,
                }
                return Resolution(
                    "found", raw, chosen, note=Phrase(key="note.took.raced", values=values)
                )
        return self._ranked(raw, ids)

    def in_question(self, raw: str, described: Description, named: Collection[str]) -> Resolution:
        """A description in a question beside the athletes it names (``named``)."""
        ids = set(self.fitting(described))
        if described.other:
            left = ids - set(named)
            # "the other norwegian" with no Norwegian named: not the store's own subject
            ids = left if left != ids else ids - self._featured or ids
        if len(ids) == 1:
            return Resolution("found", raw, next(iter(ids)))
        if not ids:
            return Resolution("none", raw)
        same = ids & set(named)
        if len(same) == 1 and not described.other:  # "Josh Kerr ... the Scottish guy"
            return Resolution("found", raw, next(iter(same)))
        # only a bare description ("the norwegian") leans on the store's subject: one that
        # says more and still fits several ("the brit who won in eugene") is asked
        bare = described.places is None and described.beat is None and not described.young
        featured = (ids & self._featured) - set(named) if bare else set()
        if len(featured) == 1:
            return Resolution("found", raw, next(iter(featured)))
        chosen = self.raced_most(ids, set(named)) if named else None
        if chosen is not None:
            return Resolution("found", raw, chosen)
        return self._ranked(raw, ids)

    def in_sentence(
        self,
        words: Sequence[str],
        sentences: Sequence[int],
        told: Sequence[tuple[int, int, Description]],
        named: Collection[str],
    ) -> list[tuple[int, int, Resolution]]:
        """The descriptions found in a sentence's ``words``, each read beside the names before.

        A description with no country of its own takes the one its sentence says elsewhere
        ("the two british guys, kerr and the other one who won a worlds").
        """
        people = list(named)
        out = []
        for start, end, described in told:
            if described.country is None:
                country = _sentence_country(words, sentences, start, told)
                described = replace(described, country=country) if country else described
            found = self.in_question(" ".join(words[start:end]), described, people)
            if found.found and found.id:
                people.append(found.id)
            out.append((start, end, found, described))
        # one several fit leans on the people described after it too: "the kenyan who was
        # world champion before the norwegian won" is the Kenyan who raced Jakob most
        return [
            (start, end, self.in_question(found.query, described, people))
            if found.status == "ambiguous" and len(people) > len(named)
            else (start, end, found)
            for start, end, found, described in out
        ]

    def _ranked(self, raw: str, ids: set[str]) -> Resolution:
        ranked = sorted(ids, key=lambda i: (-self.athletes.prominence[i], i))
        return Resolution("ambiguous", raw, candidates=tuple(ranked[:MAX_CANDIDATES]))


def _sentence_country(
    words: Sequence[str],
    sentences: Sequence[int],
    at: int,
    told: Sequence[tuple[int, int, Description]],
) -> str | None:
    """The one country a demonym outside descriptions names in the sentence of word ``at``."""
    begin = max((s for s in sentences if s <= at), default=0)
    end = min((s for s in sentences if s > at), default=len(words))
    inside = {i for s, e, _ in told for i in range(s, e)}
    said = {
        demonym(w) or REGIONS.get(w)
        for i, w in enumerate(words[begin:end], begin)
        if i not in inside
    }
    said.discard(None)
    return said.pop() if len(said) == 1 else None
