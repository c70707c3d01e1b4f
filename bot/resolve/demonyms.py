"""Athletes named by their country, as fans write it: "the norwegian", "the kenyans", "the brit".

A demonym is no name: it stands for every athlete of that country in the store, and the
usual rules pick one (the opponent in a head-to-head) or ask which.
"""

from __future__ import annotations

from bot.normalise import normalise

# words for the people of a country -> its code in the store ("scot" is no country there)
DEMONYMS: dict[str, str] = {
    word: code
    for code, words in {
        "NOR": ("norwegian", "norwegians", "norsk", "norske", "nordmann", "nordmannen"),
        "GBR": ("brit", "brits", "british", "briton", "britons", "gb"),
        "USA": ("american", "americans", "yank", "yanks", "us"),
        "KEN": ("kenyan", "kenyans"),
        "ETH": ("ethiopian", "ethiopians"),
        "ESP": ("spaniard", "spaniards", "spanish"),
        "AUS": ("australian", "australians", "aussie", "aussies"),
        "BEL": ("belgian", "belgians"),
        "FRA": ("frenchman", "french"),
        "NED": ("dutch", "dutchman", "dutchmen"),
        "POL": ("pole", "poles", "polish"),
        "NZL": ("kiwi", "kiwis"),
        "POR": ("portuguese",),
        "CAN": ("canadian", "canadians"),
        "GER": ("german", "germans"),
        "ITA": ("italian", "italians"),
        "SWE": ("swede", "swedes", "swedish"),
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
