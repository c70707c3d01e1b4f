"""Relatives as the store states them: "jake's dad" is Geoff Wightman because the store says so.

A person's notable facts name relatives in the sources' words: "coached by father Geoff (2022)"
on Jake Wightman (Geoff is Jake's father), "younger brother of Henrik and Filip Ingebrigtsen" on
Jakob. Those lines are read once at load into who is what of whom, with the converse ("Henrik
is an older brother of Jakob", "Jake is Geoff's child"). A name with a relative's word is then
read two ways: the person who is that relative ("lillebror ingebrigtsen": the Ingebrigtsen who
is a younger brother; "pappa gjert") or, with a possessive ("jake's dad", "faren til jakob",
"the father of jake"), the relative of the person named. Nothing is guessed: a relation the
store does not state finds no one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from bot.facts.store import FactStore
from bot.normalise import normalise

# a relation's words, English and Norwegian, as fans write them -> the relation
RELATION_WORDS: dict[str, str] = {
    **dict.fromkeys(("dad", "father", "pappa", "papa", "far", "faren", "daddy"), "father"),
    **dict.fromkeys(("mum", "mom", "mother", "mamma", "mor", "moren"), "mother"),
    **dict.fromkeys(
        ("brother", "brothers", "bros", "bror", "broren", "brodrene", "brorne", "brodre"),
        "brother",
    ),
    **dict.fromkeys(("lillebror", "lillebroren", "lillebrodren"), "younger brother"),
    **dict.fromkeys(("storebror", "storebroren", "storebrodren"), "older brother"),
    **dict.fromkeys(("son", "sonn", "sonnen"), "child"),
    # the parent of a family name ("wightman senior", "ingebrigtsen sr"): the father, as stated
    **dict.fromkeys(("senior", "sr", "snr"), "father"),
}
# two words for one relation: "little brother", "big bro"
RELATION_PAIRS: dict[str, str] = {
    **dict.fromkeys(("little", "younger", "kid", "baby", "lil"), "younger brother"),
    **dict.fromkeys(("big", "older", "elder"), "older brother"),
}
# relation words that are everyday English words too ("was jakob far behind")
EVERYDAY_RELATIVES = frozenset({"far", "senior"})  # ("senior championships")
# a possessive between a name and the relation: "jake's dad" ("jake s dad"), "faren til jakob"
POSSESSIVE = frozenset({"s", "til", "to", "hans"})
# words before a relation that say whose, and name no one: "his brother philip", "broren hans"
OWNERS = frozenset({"the", "his", "her", "their", "sin", "hennes", "deres"})
# a word for the person named, between the name and the relation: "that wightman boy's father",
# "the kerr lad's mum", "faren til wightman-gutten" (the boy is the one named, no one else)
NAMED_ONE = frozenset({"boy", "lad", "laddie", "girl", "lass", "guy", "fella", "gutten", "gutt"})
_CONVERSE = {
    "father": "child",
    "mother": "child",
    "younger brother": "older brother",
    "older brother": "younger brother",
    "brother": "brother",
}
_RELATION = r"(?:father|mother|(?:older |younger |big |little )?brothers?|son|daughter)"
_NAMES = r"[A-ZÆØÅ][\w-]+(?:(?:,\s*|\s+and\s+|\s+)[A-ZÆØÅ][\w-]+)*"
# "coached by father Geoff": the names are the person's relatives of that relation
_THEIR = re.compile(rf"\b({_RELATION})\s+({_NAMES})")
# "younger brother of Henrik and Filip Ingebrigtsen": the person is their relative
_OF = re.compile(rf"\b({_RELATION})\s+of\s+({_NAMES})")
# an edge: holder -> relation -> the people the holder is that relative of
Relations = Mapping[str, Mapping[str, frozenset[str]]]


def relations(store: FactStore, keys: Mapping[str, Iterable[str]]) -> Relations:
    """Who is what of whom, as the store's notable facts state it (and the converse)."""
    edges: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(holder: str, relation: str, of: str) -> None:
        if holder != of:
            edges[holder][relation].add(of)
            edges[of][_CONVERSE[relation]].add(holder)
            if relation.endswith(" brother"):  # an older or younger brother is a brother
                edges[holder]["brother"].add(of)
                edges[of]["brother"].add(holder)

    for person in store.people.values():
        surname = normalise(person.name).split()[-1]
        for fact in person.notable:
            for found in _OF.finditer(fact.text):
                for other in _people(found.group(2), surname, keys):
                    add(person.id, _relation(found.group(1)), other)
            for found in _THEIR.finditer(fact.text):
                for other in _people(found.group(2), surname, keys):
                    add(other, _relation(found.group(1)), person.id)
    return {h: {r: frozenset(o) for r, o in rel.items()} for h, rel in edges.items()}


def _relation(words: str) -> str:
    """The relation a fact's words state ("older brothers" -> "older brother")."""
    said = words.lower().removesuffix("s")
    said = {"big brother": "older brother", "little brother": "younger brother"}.get(said, said)
    return "child" if said in ("son", "daughter") else said


def _people(names: str, surname: str, keys: Mapping[str, Iterable[str]]) -> list[str]:
    """The ids a fact's list of names stands for ("Henrik and Filip Ingebrigtsen", "Geoff")."""
    parts = [p for p in re.split(r",\s*|\s+and\s+", names) if p]
    family = normalise(parts[-1]).split()[-1] if len(parts[-1].split()) > 1 else surname
    out = []
    for part in parts:
        words = normalise(part).split()
        ids = list(keys.get(" ".join(words) if len(words) > 1 else f"{words[0]} {family}", ()))
        if len(ids) == 1:  # a first name is the family's: "father Geoff" on Jake Wightman
            out.append(ids[0])
    return out


def relation_said(
    words: list[str], *, sentence: bool = False
) -> tuple[str | None, list[str], bool]:
    """The relation named in a name's words, the other words, and whether it is possessive.

    ("jake s dad" -> father, ["jake"], True; "lillebror ingebrigtsen" -> younger brother,
    ["ingebrigtsen"], False). In a ``sentence`` a word that is also an everyday word there
    ("was jakob far behind") says no relation.
    """
    if sentence and not EVERYDAY_RELATIVES.isdisjoint(words):
        return None, words, False
    relation: str | None = None
    rest: list[str] = []
    possessive = False
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if word in RELATION_PAIRS and RELATION_WORDS.get(following) == "brother":
            relation = RELATION_PAIRS[word]
        elif word in RELATION_WORDS:
            relation = relation or RELATION_WORDS[word]  # "little brother": the pair said it
        elif (word in POSSESSIVE and rest) or (word in POSSESSIVE and relation is not None):
            possessive = True
        elif word not in OWNERS and not (word in NAMED_ONE and rest and _relation_after(words, at)):
            rest.append(word)
    return relation, rest, possessive


def _relation_after(words: list[str], at: int) -> bool:
    """Whether a relation's word follows word ``at`` (possessive words between)."""
    following = [w for w in words[at + 1 :] if w not in POSSESSIVE]
    return bool(following) and following[0] in RELATION_WORDS


def holders(relations: Relations, relation: str, of: Iterable[str]) -> set[str]:
    """The people who are ``relation`` of any of ``of`` ("father" of Jake: Geoff)."""
    wanted = set(of)
    return {h for h, rel in relations.items() if wanted & rel.get(relation, frozenset())}


def having(relations: Relations, relation: str, among: Iterable[str]) -> set[str]:
    """Those of ``among`` who are ``relation`` of someone ("younger brother": Jakob)."""
    return {p for p in among if relations.get(p, {}).get(relation)}


# brothers said without their names, who "their" parent is of: "the brothers' dad", "the boys'
# father", "brødrenes far", "faren til guttene"
GROUP = frozenset({"brothers", "boys", "lads", "bros", "sons"})
GROUP_OF = frozenset({"brodrenes", "guttenes", "gutta", "brodrene", "guttene", "dem"})


def parent_of_several(words: Sequence[str], at: int) -> tuple[int, str, bool] | None:
    """A parent of brothers said without a name at ``words[at]``, if one is.

    Where it ends, the relation, and whether it goes on "who coached them" (the store's role
    for the person says so). "their dad", "the brothers' father", "faren deres", "brødrenes
    far": the parent of a family the store records several brothers of (see :func:`families`).
    """
    # (nearly no word of a sentence opens one: a look-up before the reading)
    opens = at < len(words) and _fold(words[at]) in _PARENT_OPENS
    found = _parent(words, at) if opens else None
    if found is None:
        return None
    end, relation = found
    clause = [w for w in words[end : end + COACHED_REACH] if w not in COACHED_FILLER]
    if clause[:1] in (["who"], ["som"]) and clause[1:2] and clause[1] in COACHED:
        return end + words[end:].index(clause[1]) + 1 + (clause[2:3] == ["them"]), relation, True
    return end, relation, False


# "their dad who used to coach them", "faren deres som trente dem"
COACHED = frozenset({"coach", "coached", "coaches", "trained", "trener", "trente", "trenet"})
COACHED_FILLER = frozenset({"used", "to", "once", "also", "har", "hadde", "dem"})
COACHED_REACH = 5


def _parent(words: Sequence[str], at: int) -> tuple[int, str] | None:
    """A parent of brothers at ``words[at]``: where the words end, and the relation."""
    said = [w if w.isascii() else normalise(w) for w in words[at : at + 3]]
    said += [""] * (3 - len(said))

    def parent(word: str, norwegian: bool) -> str | None:
        relation = RELATION_WORDS.get(word)
        if relation not in ("father", "mother"):
            return None
        return relation if norwegian or word not in EVERYDAY_RELATIVES else None  # "their far"

    first, second, third = said
    if first == "their" and (relation := parent(second, False)):
        return at + 2, relation
    if first == "the" and second in GROUP and (relation := parent(third, False)):
        return at + 3, relation
    if first in GROUP and (relation := parent(second, False)):  # "brothers' dad" in an option
        return at + 2, relation
    if first in GROUP_OF and (relation := parent(second, True)):
        return at + 2, relation
    if relation := parent(first, True):
        if second == "deres":
            return at + 2, relation
        if second == "til" and third in GROUP_OF:
            return at + 3, relation
    return None


def _fold(word: str) -> str:
    return word if word.isascii() else normalise(word)


# the words a parent of brothers said without a name begins with (``_parent``)
_PARENT_OPENS = (
    frozenset({"their", "the"})
    | GROUP
    | GROUP_OF
    | {w for w, relation in RELATION_WORDS.items() if relation in ("father", "mother")}
)


def families(relations: Relations, relation: str) -> set[str]:
    """The people who are ``relation`` of someone the store records brothers of."""
    return holders(relations, relation, having(relations, "brother", relations))
