"""Athletes named by their country or described, as fans write it: "the norwegian", "briten kerr".

A demonym is no name: it stands for every athlete of that country in the store, and the
usual rules pick one (the opponent in a head-to-head) or ask which. Beside a name ("briten
kerr", "the scottish guy kerr") it only narrows the name to that country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.resolve.index import NameIndex

# words for the people of a country -> its code in the store ("scot" is no country there)
DEMONYMS: dict[str, str] = {
    word: code
    for code, words in {
        "NOR": ("norwegian", "norwegians", "norsk", "norske", "nordmann", "nordmannen"),
        "GBR": (
            "brit",
            "brits",
            "british",
            "briton",
            "britons",
            "gb",
            "briten",
            "britene",
            "britiske",
        ),
        "USA": (
            "american",
            "americans",
            "yank",
            "yanks",
            "us",
            "amerikaneren",
            "amerikanerne",
            "amerikaner",
            "amerikanske",
        ),
        "KEN": ("kenyan", "kenyans", "kenyaneren", "kenyanerne", "kenyaner", "kenyanske"),
        "ETH": ("ethiopian", "ethiopians", "etiopieren", "etiopierne", "etiopiske"),
        "ESP": ("spaniard", "spaniards", "spanish", "spanjolen", "spanjolene", "spanske"),
        "AUS": ("australian", "australians", "aussie", "aussies", "australieren", "australske"),
        "BEL": ("belgian", "belgians", "belgieren", "belgiske"),
        "FRA": ("frenchman", "french", "franskmannen", "franske"),
        "NED": ("dutch", "dutchman", "dutchmen", "nederlenderen", "nederlandske"),
        "POL": ("pole", "poles", "polish", "polakken", "polske"),
        "NZL": ("kiwi", "kiwis"),
        "POR": ("portuguese", "portugiseren", "portugisiske"),
        "CAN": ("canadian", "canadians", "kanadiske"),
        "GER": ("german", "germans", "tyskeren", "tyske"),
        "ITA": ("italian", "italians", "italienske"),
        "SWE": ("swede", "swedes", "swedish", "svensken", "svenske"),
        "UGA": ("ugandan", "ugandans", "ugandiske"),
        "DJI": ("djiboutian", "djiboutians"),
        "ALG": ("algerian", "algerians", "algeriske"),
        # hosts of the store's meets ("the japanese worlds", "swiss DL")
        "JPN": ("japanese",),
        "QAT": ("qatari",),
        "HUN": ("hungarian",),
        "SUI": ("swiss",),
        "CHN": ("chinese",),
    }.items()
    for word in words
}
# the Norwegian adjective (and the person's word) of each country, as Norwegian fans write it
# ("den nederlandske gutten", "en kenyansk løper", "hollenderen")
DEMONYMS |= {
    word: code
    for code, words in {
        "GBR": ("britisk", "britiske"),
        "USA": ("amerikansk", "amerikanske"),
        "KEN": ("kenyansk", "kenyanske"),
        "ETH": ("etiopisk", "etiopiske", "etiopier"),
        "ESP": ("spansk", "spanske", "spanjol"),
        "AUS": ("australsk", "australske"),
        "BEL": ("belgisk", "belgiske"),
        "FRA": ("fransk", "franske", "franskmann"),
        "NED": ("nederlandsk", "nederlandske", "hollandsk", "hollandske", "hollenderen"),
        "POL": ("polsk", "polske"),
        "POR": ("portugisisk", "portugisiske"),
        "CAN": ("kanadisk", "kanadiske"),
        "GER": ("tysk", "tyske", "tysker"),
        "ITA": ("italiensk", "italienske"),
        "SWE": ("svensk",),
        "UGA": ("ugandisk", "ugandiske"),
        "JPN": ("japansk", "japanske"),
        "HUN": ("ungarsk", "ungarske"),
        "SUI": ("sveitsisk", "sveitsiske"),
        "CHN": ("kinesisk", "kinesiske"),
    }.items()
    for word in words
}
# words that describe the person named beside them, never a name ("lillebror jakob", "pappa
# gjert", "the scottish guy kerr"): let go when the other words name someone
# (a Scot is no country in the store, which knows Great Britain: "the scot" alone is no one)
# (and a fan's epithet before a name: "young jakob", "king kerr", "the great jakob", "unge jakob")
DESCRIPTORS = frozenset(
    {"guy", "bloke", "lad", "dude", "man", "runner", "miler", "champ", "star", "legend",
     "scot", "scottish", "skotten", "skotske", "skotte", "young", "little", "lil", "big",
     "king", "prince", "goat", "great", "mighty", "unge", "lille", "kong", "prins", "team"}
)  # fmt: skip
# a relative ("pappa gjert", "lillebror jakob", "the ingebrigtsen dad"): the store does not say
# who is whose relative, so the words left must name one person, or it is a question of which
RELATIVES = frozenset(
    {"dad", "father", "pappa", "papa", "far", "faren", "bror", "broren", "brother", "lillebror",
     "storebror", "brothers", "bros", "brodrene", "brorne", "brodre", "family", "familien"}
)  # fmt: skip


# a country named beside a name, as a label says it: "kerr (scotland)", "jakob, norway",
# "cheruiyot kenya" (only beside a name: alone a country is a place, "who won in norway");
# the home nations are Great Britain in the store
COUNTRY_NAMES: dict[str, str] = {
    word: code
    for code, words in {
        "NOR": ("norway", "norge", "noreg"),
        "GBR": (
            "britain",
            "uk",
            "gb",
            "scotland",
            "skottland",
            "england",
            "wales",
            "storbritannia",
        ),
        "USA": ("usa", "america", "amerika"),
        "KEN": ("kenya",),
        "ETH": ("ethiopia", "etiopia"),
        "ESP": ("spain", "spania"),
        "AUS": ("australia",),
        "BEL": ("belgium", "belgia"),
        "FRA": ("france", "frankrike"),
        "NED": ("netherlands", "holland", "nederland"),
        "POL": ("poland", "polen"),
        "POR": ("portugal",),
        "CAN": ("canada",),
        "GER": ("germany", "tyskland"),
        "ITA": ("italy", "italia"),
        "SWE": ("sweden", "sverige"),
        "UGA": ("uganda",),
        "DJI": ("djibouti",),
        "ALG": ("algeria",),
    }.items()
    for word in words
}


def described(words: list[str]) -> tuple[str | None, list[str], bool]:
    """A name's words with descriptions let go: the country said, the words left, a relative.

    ("briten kerr" -> GBR, ["kerr"]; "ingebrigtsen brodrene" -> a relative of "ingebrigtsen").
    """
    countries = {w: demonym(w) or (COUNTRY_NAMES.get(w) if len(words) > 1 else None) for w in words}
    country = next((c for c in countries.values() if c), None)
    family = any(w in RELATIVES for w in words)
    # "the kenyan tim guy": the article goes with the description
    rest = [
        w
        for at, w in enumerate(words)
        if not countries[w]
        and w not in DESCRIPTORS | RELATIVES | ARTICLES
        and not (w == "s" and at and countries[words[at - 1]])  # "norway's jakob"
    ]
    return country, rest, family


ARTICLES = frozenset({"the", "that", "this", "a", "an", "den", "han"})
TYPO_DEMONYM = 6  # letters a demonym has at least for one typed a letter off to count


@lru_cache(maxsize=4096)
def demonym(word: str) -> str | None:
    """The country a demonym names; in a long one a letter off is forgiven ("britten").

    (Kept per word: every word of a question is tried, and the near ones are searched.)
    """
    if word in DEMONYMS or len(word) < TYPO_DEMONYM:
        return DEMONYMS.get(word)
    # (a letter off keeps the length within one: only those demonyms are compared)
    near = {
        code
        for length in range(len(word) - 1, len(word) + 2)
        for said, code in _TYPO_DEMONYMS.get(length, ())
        if OSA.distance(word, said, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


def _by_length(demonyms: dict[str, str]) -> dict[int, tuple[tuple[str, str], ...]]:
    """The demonyms a letter off may be forgiven in (TYPO_DEMONYM letters), by their length."""
    out: dict[int, list[tuple[str, str]]] = {}
    for said, code in demonyms.items():
        if len(said) >= TYPO_DEMONYM:
            out.setdefault(len(said), []).append((said, code))
    return {length: tuple(pairs) for length, pairs in out.items()}


_TYPO_DEMONYMS = _by_length(DEMONYMS)


# a fan's nickname is a name begun (NICKNAME_STEM letters at least) and one of these endings
NICKNAME_ENDINGS = ("gs", "ie", "ey", "y", "s", "o")
NICKNAME_STEM = 3


def glued(words: list[str], index: NameIndex) -> tuple[str, set[str]]:
    """Who one odd word names, and the name word it stands for: a handle, or a nickname.

    A handle is a first name glued to a surname begun ("jakobing"); a nickname a name begun
    with a fan's ending ("wighty", "crammy", "nuggs", "ingy"). A nickname stands for the name
    word naming the most people it begins ("ingy": "ingebrigtsen"), so that the surname's
    default decides among a family as the surname typed in full would.
    """
    if len(words) != 1 or len(words[0]) < 4:
        return "", set()
    word = words[0]
    for cut in range(2, len(word) - 2):
        ids = set(index.token_ids.get(word[:cut], ())) & index.prefixed(word[cut:])
        if len(ids) == 1:
            return word, ids
    for ending in NICKNAME_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= NICKNAME_STEM:
            # "crammy": the doubled letter before the ending is the fan's too
            stem = stem[:-1] if len(stem) > NICKNAME_STEM and stem[-1] == stem[-2] else stem
            begun = index.tokens_from(stem)
            if begun:
                key = max(begun, key=lambda t: (len(index.token_ids[t]), -len(t)))
                return key, {i for t in begun for i in index.token_ids[t]}
    return "", set()


# where an athlete is from, as the store's notable facts say it ("from Sandnes, Norway")
_FROM = re.compile(r"^from ([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)*)")
# the words around a hometown that make it a nickname ("Sandnes-gutten", "the edinburgh lad")
PLACE_PERSON = frozenset(
    {"gutten", "gutt", "jenta", "mannen", "boy", "kid", "lad", "guy", "man", "native", "fra",
     "from", "the", "den", "han", "runner", "miler"}
)  # fmt: skip


def hometowns(store: FactStore) -> dict[str, set[str]]:
    """Each hometown the store's notable facts name -> the athletes from there."""
    towns: dict[str, set[str]] = {}
    for person in store.people.values():
        for fact in person.notable:
            found = _FROM.match(fact.text)
            if found:
                towns.setdefault(normalise(found.group(1)), set()).add(person.id)
    return towns


def from_place(words: list[str], towns: dict[str, set[str]]) -> set[str]:
    """Who a hometown nickname names: "sandnes gutten", "sandnesgutten", "the edinburgh lad"."""
    key = " ".join(w for w in words if w not in PLACE_PERSON)
    if key in towns:
        return towns[key]
    if len(words) == 1:  # glued: "sandnesgutten"
        for town, ids in towns.items():
            if words[0].startswith(town) and words[0][len(town) :] in PLACE_PERSON:
                return ids
    return set()


def rival_among(store: FactStore, ids: set[str], opponent: str | None) -> str | None:
    """The one of ``ids`` in a rivalry with ``opponent`` ("kerr vs the norwegian")."""
    rivals = {a for r in store.rivalries if opponent in r.athletes for a in r.athletes} & ids
    return next(iter(rivals)) if len(rivals) == 1 else None
