"""Athletes named by their country, as fans write it: "the norwegian", "the kenyans", "the brit".

A demonym is no name: it stands for every athlete of that country in the store, and the
usual rules pick one (the opponent in a head-to-head) or ask which. Beside a name ("briten
kerr", "the scottish guy kerr") it only narrows the name to that country.
"""

from __future__ import annotations

from bot.normalise import normalise

# words for the people of a country -> its code in the store ("scot" is no country there)
DEMONYMS: dict[str, str] = {
    word: code
    for code, words in {
        "NOR": ("norwegian", "norwegians", "norsk", "norske", "nordmann", "nordmannen"),
        "GBR": ("brit", "brits", "british", "briton", "britons", "gb", "briten", "britene"),
        "USA": (
            "american",
            "americans",
            "yank",
            "yanks",
            "us",
            "amerikaneren",
            "amerikanerne",
            "amerikaner",
        ),
        "KEN": ("kenyan", "kenyans", "kenyaneren", "kenyanerne", "kenyaner"),
        "ETH": ("ethiopian", "ethiopians", "etiopieren", "etiopierne"),
        "ESP": ("spaniard", "spaniards", "spanish", "spanjolen", "spanjolene"),
        "AUS": ("australian", "australians", "aussie", "aussies", "australieren"),
        "BEL": ("belgian", "belgians", "belgieren"),
        "FRA": ("frenchman", "french", "franskmannen"),
        "NED": ("dutch", "dutchman", "dutchmen", "nederlenderen"),
        "POL": ("pole", "poles", "polish", "polakken"),
        "NZL": ("kiwi", "kiwis"),
        "POR": ("portuguese", "portugiseren"),
        "CAN": ("canadian", "canadians"),
        "GER": ("german", "germans", "tyskeren"),
        "ITA": ("italian", "italians"),
        "SWE": ("swede", "swedes", "swedish", "svensken", "svenske"),
        "UGA": ("ugandan", "ugandans"),
        "DJI": ("djiboutian", "djiboutians"),
        "ALG": ("algerian", "algerians"),
    }.items()
    for word in words
}
_ARTICLES = frozenset({"the", "that", "this", "den", "han"})


def country_named(text: str) -> str | None:
    """The country code ``text`` names as its people ("the norwegian" -> "NOR"), if it does."""
    words = [w for w in normalise(text).split() if w not in _ARTICLES]
    return DEMONYMS.get(words[0]) if len(words) == 1 else None


# words that describe the person named beside them, never a name ("lillebror jakob", "pappa
# gjert", "the scottish guy kerr"): let go when the other words name someone
# (a Scot is no country in the store, which knows Great Britain: "the scot" alone is no one)
DESCRIPTORS = frozenset(
    {"guy", "bloke", "lad", "dude", "man", "runner", "miler", "champ", "star", "legend",
     "scot", "scottish", "skotten", "skotske", "skotte"}
)  # fmt: skip
# a relative ("pappa gjert", "lillebror jakob", "the ingebrigtsen dad"): the store does not say
# who is whose relative, so the words left must name one person, or it is a question of which
RELATIVES = frozenset(
    {"dad", "father", "pappa", "papa", "far", "faren", "bror", "broren", "brother", "lillebror",
     "storebror", "brothers", "bros", "brodrene", "brorne", "brodre", "family", "familien"}
)  # fmt: skip


def described(words: list[str]) -> tuple[str | None, list[str], bool]:
    """A name's words with descriptions let go: the country said, the words left, a relative.

    ("briten kerr" -> GBR, ["kerr"]; "ingebrigtsen brodrene" -> a relative of "ingebrigtsen").
    """
    country = next((DEMONYMS[w] for w in words if w in DEMONYMS), None)
    family = any(w in RELATIVES for w in words)
    rest = [w for w in words if w not in DEMONYMS and w not in DESCRIPTORS and w not in RELATIVES]
    return country, rest, family
