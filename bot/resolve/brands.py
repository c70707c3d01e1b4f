"""A meeting's own names: its own word ("the Wanamaker") and its sponsor's ("Novuna").

Both are worked out from the names ``knowledge/series.yaml`` and the meets already hold, so a
sponsor printed in a meeting's name needs no alias of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.resolve.describe import COUNTRY_WORDS
from bot.resolve.index import MEET_FILLER
from bot.resolve.lexicon import INDOOR_WORDS

# the kind word after a meeting's own name ("Wanamaker Mile", "Bauhaus Galan"); that own name
# alone names it, unless it is an everyday word ("Dream Mile", "Golden Gala")
KIND_WORDS = frozenset({"mile", "games", "classic", "meet", "meeting", "gp", "gala", "galan"})
EVERYDAY = frozenset({"dream", "golden", "anniversary", "grand", "indoor", "world", "european"})
OWN_NAME = 4  # letters an own name has at least


def own_word(words: list[str]) -> bool:
    """Whether a two-word name is an own name and a kind word ("Bowerman Mile")."""
    return (
        len(words) == 2
        and words[1] in KIND_WORDS
        and len(words[0]) >= OWN_NAME
        and words[0] not in KIND_WORDS | EVERYDAY
    )


# words before another name of the same meeting that are no sponsor's name
NOT_SPONSORS = KIND_WORDS | EVERYDAY | INDOOR_WORDS | MEET_FILLER | {"outdoor", "memorial"}


def sponsors(store: FactStore, keys: dict[str, set[str]]) -> dict[str, set[str]]:
    """A sponsor's word alone names its meeting: "Novuna" of "Novuna London Athletics Meet".

    A name of a series that is one more word before another of its names ("Allianz" + "Memorial
    Van Damme") gives that word, when it is no place, no everyday word and no word of another
    meeting's names ("Muller" is London's and Gateshead's sponsor: it names neither alone).
    """
    words: dict[str, set[str]] = defaultdict(set)  # each word of every name -> its meets
    for key, ids in keys.items():
        for word in key.split():
            words[word].update(ids)
    out: dict[str, set[str]] = {}
    for series in store.series.values():
        names = [normalise(n) for n in (series.name, *series.aliases)]
        places = {normalise(c) for c in series.cities}
        meets = {m.id for m in store.meets.values() if series.covers(m)}
        for name in names:
            head, _, rest = name.partition(" ")
            if (
                rest in names
                and len(head) >= OWN_NAME
                and head.isalpha()
                and head not in NOT_SPONSORS | places
                and words.get(head, set()) <= meets
            ):
                out[head] = meets
    return out


# a name of two sponsor's words and two more at least ("new balance indoor grand prix"): two
# letters before one word ("pb mile" of "Prefontaine Bowerman Mile") are too easily others'
MIN_INITIALLED = 4
# letters fans write for a time: no sponsor's initials ("pb", "wr")
MARKS = frozenset({"pb", "sb", "pr", "wr", "er", "ar", "nr", "cr", "mr", "wl"})


def sponsor_initials(words: list[str], places: Collection[str] = ()) -> list[str] | None:
    """A meeting's name with its two-word sponsor said by initials: "nb indoor grand prix".

    Fans shorten a sponsor of two words ("New Balance", "Wanda Diamond") to its letters; the
    rest of the name must hold a kind or everyday word of a meeting's name, so the letters
    stand before a name ("nb indoor grand prix"), not alone. A place (``places``: the
    store's cities) is no sponsor: "London Athletics Meet" gives no "la meet".
    """
    if len(words) < MIN_INITIALLED or not all(w.isalpha() for w in words[:2]):
        return None
    if words[0][0] + words[1][0] in MARKS:
        return None
    head = " ".join(words[:2])
    if head in places or any(w in NOT_SPONSORS or w in places for w in words[:2]):
        return None
    if not any(w in KIND_WORDS | EVERYDAY | {"prix"} for w in words[2:]):
        return None
    return [words[0][0] + words[1][0], *words[2:]]


def cities(store: FactStore, more: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Every city a meet was held in (``more``: each meet's cities its series gives)."""
    named = {normalise(m.city) for m in store.meets.values()}
    return frozenset(named | {normalise(c) for each in more.values() for c in each})


# a venue's words that are no name of its own ("Hayward Field", "Stadion Letzigrund", "Nike
# Track & Field Center at The Armory": "hayward", "letzigrund", "armory" are)
VENUE_WORDS = frozenset(
    {"stadium", "stadion", "stade", "stadio", "field", "arena", "center", "centre", "track",
     "nike", "national", "international", "olympic", "indoor", "athletics", "de",
     "memorial", "palau", "la", "and", "day", "cube", "s", "velodrom"}
)  # fmt: skip


def venue_word(venue: str, places: Collection[str]) -> list[str]:
    """A venue's own word, which fans name it by alone ("at Hayward"), if it has one."""
    first = re.sub(r"\(.*?\)", " ", venue).split(" and ")[0]  # "X (day 1) and Y (day 2)"
    words = normalise(first).split()
    own = [w for w in words if w not in VENUE_WORDS and w not in places and w not in COUNTRY_WORDS]
    word = own[0] if len(own) == 1 else ""
    return [word] if word.isalpha() and len(word) > OWN_NAME else []
