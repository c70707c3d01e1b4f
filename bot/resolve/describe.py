"""Athletes named by a description, as fans write it: "the dutch kid", "skotten", "fyren som vant".

("the american who won in paris", "the other norwegian, the one who got bronze in budapest".)

A description is read from its words into what the store can check: a country (a demonym of
:mod:`bot.resolve.demonyms`; a Scot is a Briton the store cannot tell from the others), youth
(an age-group title of the last seasons or a birth date), a place at a meet ("won in paris":
first in a final there; "got bronze in budapest": third), a race won against someone ("beat
kerr in london") and "other" (not the one already named, or not the store's own subject). The
store's data then names the athletes who fit; the caller decides among several (an option
asks back, a question leans on the other names it holds), never a guess the data does not
support.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from bot.normalise import normalise
from bot.resolve.demonyms import DEMONYMS, demonym
from bot.resolve.titles import meet_run, place_at

# a nation within a country the store records (it records Great Britain, never Scotland): the
# country's athletes, none of them confirmed by the store ("the scot" is asked in an option)
REGIONS: dict[str, str] = dict.fromkeys(
    ("scot", "scots", "scottish", "scotsman", "skotte", "skotten", "skotsk", "skotske",
     "english", "englishman", "engelskmannen", "englenderen", "welsh", "welshman"),
    "GBR",
)  # fmt: skip
# words for a person after a demonym or a determiner: "the dutch kid", "fyren som vant"
PERSON_NOUNS = frozenset(
    {"guy", "guys", "bloke", "lad", "dude", "man", "fella", "fellow", "chap", "one", "runner",
     "miler", "athlete", "boy", "kid", "teen", "teenager", "youngster", "fyren", "fyr",
     "gutten", "gutt", "karen", "kar", "mannen", "ungen", "unggutten", "tenaringen",
     "tenaring", "loperen", "loparen", "guten"}
)  # fmt: skip
# demonyms that are a person's word, never an adjective ("the dutchman's results")
PERSON_DEMONYMS = frozenset(
    {"brit", "briton", "scot", "scotsman", "dutchman", "frenchman", "englishman", "welshman",
     "kiwi", "aussie", "yank", "swede", "spaniard", "skotte"}
)  # fmt: skip
# a Norwegian person's word with its article: "fyren som vant" needs no "den"
DEFINITE_NOUNS = frozenset(
    {"fyren", "gutten", "karen", "mannen", "ungen", "unggutten", "tenaringen", "loperen",
     "loparen", "guten"}
)  # fmt: skip
# youth: said as the person ("the kenyan kid") or before the demonym ("the young dutchman")
YOUNG = frozenset(
    {"kid", "teen", "teenager", "youngster", "young", "wonderkid", "prodigy", "junior",
     "unge", "ungen", "unggutten", "tenaring", "tenaringen", "ung"}
)  # fmt: skip
OTHER_WORDS = frozenset({"other", "another", "andre"})
# "the guy from kenya", "gutten fra Nederland": a country's name after the person
FROM = frozenset({"from", "fra"})
COUNTRY_WORDS: dict[str, str] = {
    word: code
    for code, words in {
        "NOR": ("norway", "norge", "noreg"),
        "GBR": (
            "britain",
            "gb",
            "uk",
            "scotland",
            "skottland",
            "england",
            "storbritannia",
            "united kingdom",
            "great britain",
        ),
        "USA": ("usa", "america", "amerika", "us", "states", "united states"),
        "KEN": ("kenya",),
        "ETH": ("ethiopia", "etiopia"),
        "NED": ("netherlands", "holland", "nederland"),
        "POR": ("portugal",),
        "ESP": ("spain", "spania"),
        "AUS": ("australia",),
        "NZL": ("zealand",),
        "FRA": ("france", "frankrike"),
        "BEL": ("belgium", "belgia"),
        # the other hosts of the store's meets ("VM i Japan", "the qatar worlds")
        "JPN": ("japan",),
        "QAT": ("qatar",),
        "HUN": ("hungary", "ungarn"),
        "SUI": ("switzerland", "sveits"),
        "MON": ("monaco",),
        "POL": ("poland", "polen"),
        "CHN": ("china", "kina"),
        "ITA": ("italy", "italia"),
        "GER": ("germany", "tyskland"),
        "SWE": ("sweden", "sverige"),
    }.items()
    for word in words
}
PRONOUNS = frozenset({"han", "he", "him"})  # an appositive's start: "den andre, han som vant"
DETERMINERS = frozenset({"the", "that", "this", "den"})
INDEFINITE = frozenset({"a", "an", "en"})
RELATIVE = frozenset({"who", "that", "which", "som"})
# what two people are to each other, said after them: "are the scot and the norwegian friends"
BETWEEN = frozenset(
    {"friends", "mates", "pals", "rivals", "enemies", "venner", "uvenner", "fiender"}
)
# the words a description may begin with (besides a demonym)
_OPENING = DETERMINERS | INDEFINITE | OTHER_WORDS | YOUNG | PERSON_NOUNS | frozenset(REGIONS)
# what a relative clause may say besides a place (titles.py): finishing ahead of someone named
# ("that beat kerr in london")
BEAT = frozenset({"beat", "beats", "slo", "slatt"})
# words a relative clause may hold around those ("who got bronze", "who used to win at")
CLAUSE_FILLER = frozenset(
    {"got", "took", "tok", "has", "have", "had", "just", "a", "an", "the", "in", "at", "i",
     "pa", "used", "to", "literally", "actually", "once", "ever", "fikk", "har", "hadde",
     "came", "finished", "placed", "kom", "ble", "up", "was", "is", "var", "er", "became"}
)  # fmt: skip
NAME_WORD = 3  # letters a name word between a demonym and a person's word has at least
CLAUSE_REACH = 8  # words a relative clause may run on for


@dataclass(frozen=True)
class Description:
    """What a description says of the person: all of it the store's data can check."""

    country: str | None = None
    regional: bool = False  # a nation within the country ("scot"): the store cannot confirm it
    young: bool = False
    other: bool = False
    places: tuple[int, int] | None = None  # best and worst place in a final at ``meets``
    meets: tuple[str, ...] | None = None  # None: any meet
    beat: str | None = None  # an athlete they finished ahead of
    meet_words: str | None = None  # the words that named ``meets`` ("worlds in tokyo")
    home: str | None = None  # a home town the store's notable facts give ("the edinburgh lad")
    named: str | None = None  # a name word, perhaps begun, between ("the kenyan tim guy")
    kin: str | None = None  # a parent of brothers, unnamed ("their dad": family.py) ...
    coach: bool = False  # ... who coached them, as the store's role for them says


class Clause(NamedTuple):
    """What a relative clause says, and the index of the word after it."""

    end: int
    places: tuple[int, int] | None
    meets: tuple[str, ...] | None
    beat: str | None
    meet_words: str | None


def fold(word: str) -> str:
    """A word as the vocabulary above spells it ("tenåringen" -> "tenaringen")."""
    return word if word.isascii() else normalise(word)


def read_description(
    words: Sequence[str],
    start: int,
    meets: Callable[[str], tuple[str, ...]],
    athlete: Callable[[str], str | None],
    *,
    modifies: Callable[[str], bool] | None = None,
    clause_end: int | None = None,
    towns: Collection[str] = (),
) -> tuple[int, Description] | None:
    """The description beginning at ``words[start]``, and where it ends; None if none does.

    ``towns``: the home towns the store gives, one of them before a person's word ("the
    edinburgh lad") saying where the person is from.

    ``meets`` reads meet words ("worlds in tokyo") as meet ids, ``athlete`` one athlete's name.
    In a sentence (``modifies`` given: whether a word after a demonym is a thing it may
    describe) a demonym alone needs a determiner or a definite form ("the norwegian",
    "skotten"), and one before such a word is that word's adjective ("norwegian record",
    "british championships", "dutch fans"), no person; a word of the next clause is none it
    describes ("the brit and the norwegian: h2h"), and a superlative before makes it a
    ranking, no one named ("the fastest american miler").
    """
    first = fold(words[start]) if start < len(words) else ""
    if (
        first not in _OPENING
        and not _demonym_like(first)
        and first not in COUNTRY_WORDS
        and first not in towns
    ):
        return None
    if modifies is not None and start and _superlative(fold(words[start - 1])):
        return None
    said = [fold(w) for w in words[start : start + CLAUSE_REACH * 2]]
    limit = len(said) if clause_end is None else clause_end - start
    head = _person(said, modifies, limit, towns)
    if head is None:
        return None
    at, described = head
    clause = next(
        (
            found
            for skip in _clause_starts(said, at)
            if (found := _clause(said, at + skip, meets, athlete, modifies)) is not None
        ),
        None,
    )
    if clause is not None:
        at = clause.end
        described = replace(
            described,
            places=clause.places,
            meets=clause.meets,
            beat=clause.beat,
            meet_words=clause.meet_words,
        )
    if (
        described.country is None
        and described.home is None
        and described.places is None
        and described.beat is None
    ):
        return None  # "the guy", "the other one", "a kid" alone describe no one
    return start + at, described


def _clause_starts(said: Sequence[str], at: int) -> list[int]:
    """How far on a relative clause may start: "who won", "..., the one who won", "..., han som"."""
    skips = [0]
    if at + 2 < len(said) and said[at] in DETERMINERS and said[at + 1] in PERSON_NOUNS:
        skips.append(2)
    if at + 1 < len(said) and said[at] in PRONOUNS:
        skips.append(1)
    return skips


def _person(
    said: Sequence[str],
    modifies: Callable[[str], bool] | None,
    limit: int,
    towns: Collection[str] = (),
) -> tuple[int, Description] | None:
    """A description's person: "the other dutch kid", "fyren", "the guy from kenya"."""
    at, end = 0, len(said)
    # "a brit" typed in an option; in a sentence "a kid" or "an american record" is no one
    det = said[at] in DETERMINERS or (modifies is None and said[at] in INDEFINITE)
    at += det
    other = at < end and said[at] in OTHER_WORDS
    at += other
    young = at < end and said[at] in YOUNG and said[at] not in PERSON_NOUNS
    at += young
    if det and at + 1 < end and _nation_word(said[at + 1]) and not _nation_word(said[at]):
        if _superlative(said[at]):
            return None  # "the fastest american miler": a ranking, no one named
        # a fan's word for the person between: "the loud scottish guy", "that cocky brit"
        at += modifies is None or modifies(said[at])
    next_noun = at + 1 < end and said[at + 1] in PERSON_NOUNS
    country = _country(said[at], forgiving=det or next_noun) if at < end else None
    if country is None and next_noun:  # the country's own name before the person: "norway guy"
        country = COUNTRY_WORDS.get(said[at])
    region = REGIONS.get(said[at]) if at < end and country is None else None
    nation = country or region
    at += nation is not None
    # a home town before the person: "the edinburgh lad", "sandnes-gutten"
    home = said[at] if nation is None and next_noun and said[at] in towns else None
    at += home is not None
    # a name (or its short form) between the demonym and the person: "the kenyan tim guy"
    named = None
    if nation is not None and at + 1 < min(end, limit) and said[at + 1] in PERSON_NOUNS:
        word = said[at]
        if word.isalpha() and len(word) >= NAME_WORD and word not in PERSON_NOUNS:
            named, at = word, at + 1
    noun = at < end and said[at] in PERSON_NOUNS
    if noun:
        young = young or said[at] in YOUNG
        det = det or said[at] in DEFINITE_NOUNS  # "fyren som vant", "gutten fra kenya"
        at += 1
        if nation is None and at + 1 < end and said[at] in FROM and said[at + 1] in COUNTRY_WORDS:
            nation = COUNTRY_WORDS[said[at + 1]]  # "the guy from kenya", "gutten fra Nederland"
            at += 2
    if nation is None and not (noun and (det or other or home or modifies is None)):
        return None
    if (
        nation is not None
        and modifies is not None
        and not _alone(said[:limit], at, det or other, noun, modifies)
    ):
        return None
    regional = region is not None and nation == region
    return at, Description(
        country=nation, regional=regional, young=young, other=other, home=home, named=named
    )


def _alone(
    said: Sequence[str], at: int, det: bool, noun: bool, modifies: Callable[[str], bool]
) -> bool:
    """Whether a demonym ending before ``at`` in a sentence names a person by itself."""
    if _plural(said[at - 1]):
        return False  # "what did jakob say about the americans": a people, not a person
    if noun or said[at - 1] in PERSON_DEMONYMS or _definite(said[at - 1]):
        return True  # "the dutchman's results": a person's word is never an adjective
    if not det:
        return False
    # "the norwegian record", "the british championships": the next word's adjective
    return at >= len(said) or said[at] in RELATIVE | BETWEEN or not modifies(said[at])


@lru_cache(maxsize=4096)
def _country(word: str, *, forgiving: bool) -> str | None:
    """The country a demonym names; a typo forgiven beside "the" or "guy" ("portugese dude")."""
    return demonym(word) if forgiving else DEMONYMS.get(word)


def _superlative(word: str) -> bool:
    """A ranking's word ("fastest", "best", "beste"): what follows it is no one in particular."""
    return word.endswith(("est", "aste", "este")) or word in ("top", "number")


def _nation_word(word: str) -> bool:
    return word in DEMONYMS or word in REGIONS


def _demonym_like(word: str) -> bool:
    return word in DEMONYMS or word in REGIONS or _country(word, forgiving=True) is not None


def _plural(word: str) -> bool:
    """A demonym for several ("americans", "brits", "dutchmen", "nordmennene")."""
    return word.endswith(("s", "men", "ene", "erne")) and word not in ("swiss", "portuguese")


def _definite(word: str) -> bool:
    """A Norwegian definite demonym ("nordmannen", "skotten"): a person by itself."""
    return word.endswith("en") and word not in ("norwegian", "german", "women")


def _clause(
    said: Sequence[str],
    at: int,
    meets: Callable[[str], tuple[str, ...]],
    athlete: Callable[[str], str | None],
    modifies: Callable[[str], bool] | None,
) -> Clause | None:
    """A relative clause the results can check ("who won worlds in tokyo"), or None."""
    if at >= len(said) or said[at] not in RELATIVE:
        return None
    places: tuple[int, int] | None = None
    beat: str | None = None
    meet_ids: tuple[str, ...] | None = None
    meet_words: str | None = None
    i, last = at + 1, min(len(said), at + 1 + CLAUSE_REACH)
    end, titled = None, False
    while i < last:
        word = said[i]
        placed = place_at(said, i, meets) if places is None else None
        if placed is not None:  # "who won", "who was world champion" (a title: its meets too)
            i, places, meet_ids, meet_words = placed
            end, titled = i, meet_ids is not None
        elif word in BEAT and beat is None and i + 1 < len(said):
            beat = athlete(said[i + 1])
            if beat is None:
                return None
            i, end = i + 2, i + 2
        elif word in CLAUSE_FILLER:
            i += 1
        elif end is not None and (meet_ids is None or titled):
            found = meet_run(said, i, meets, modifies)
            kept = found and (found[1] if meet_ids is None else _both(found[1], meet_ids))
            if not found or not kept:
                break
            meet_words, titled = " ".join(said[i : found[0]]), False  # "world champion in doha"
            i, meet_ids, end = found[0], kept, found[0]
        else:
            break
    if end is None:
        return None
    return Clause(end, places, meet_ids, beat, meet_words)


def _both(named: tuple[str, ...], titled: tuple[str, ...]) -> tuple[str, ...]:
    """The meets a title's series and the meet words after it both name ("... in doha")."""
    return tuple(m for m in named if m in titled)
