"""The lexicon of ``knowledge/lexicon.yaml`` as the resolver reads it: one vocabulary for all.

A word that names a series ("VM", "friidretts-VM") becomes a name of every meet of that series,
as its English aliases are; a word that stands for an English word ("innendørs" -> "indoors",
"finalen" -> "final") is read as that word before a meet's name is looked up. The options, the
autocomplete, the console and /ask all resolve through here, so a word that works in a question
works in an option too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from bot.facts.store import FactStore
from bot.normalise import normalise

# the words a meet query may use to say "indoors" (the lexicon adds other languages' words)
INDOOR_WORDS = frozenset({"indoor", "indoors"})
# a championship's twins: the series whose name is the championship's words and one of these
# ("World U20 Championships" is "World Championships" and "u20"), with the words that say it
# ("junior" is how the store's own aliases say U20: "World Juniors")
QUALIFIERS: dict[str, frozenset[str]] = {
    "indoor": INDOOR_WORDS,
    "u20": frozenset({"u20", "u20s", "junior", "juniors"}),
}
# the words that say "outdoors" (in normal form: "utendørs" is "utendors")
OUTDOOR_WORDS = frozenset({"outdoor", "outdoors", "utendors", "utandors"})
CLIPPED = 4  # a word clipped before a championship ("inne-VM") keeps this many letters at least
STOPWORDS = frozenset({"the", "at", "in", "of"})  # the words bot.normalise drops
# a championship written out in Norwegian, bokmål or nynorsk, in any inflection, is its
# abbreviation: "Europamesterskapet", "Europameisterskapen" are "EM", "verdsmeisterskap" and
# "verdensmesterskapene" "VM" (the lexicon's words for the series, with their evidence)
_WRITTEN_OUT = re.compile(r"(europa|verdens|verds)(mester|meister)skap(et|en|a|ene|ane|s)?")
_ABBREVIATED = {"europa": "em", "verdens": "vm", "verds": "vm"}


@dataclass(frozen=True)
class Lexicon:
    """Series words by series id, and the English word each other lexicon word stands for."""

    series_words: dict[str, list[str]] = field(default_factory=dict)
    meanings: dict[str, str] = field(default_factory=dict)
    indoor_twin: dict[str, str] = field(default_factory=dict)  # series id -> its indoor series
    # qualifier -> a championship's word -> its twin's name ("indoor" -> "vm" -> World Indoor...)
    twin_words: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def translate(self, words: list[str]) -> list[str]:
        """Normalised words with each lexicon word read as the English word it stands for.

        Beside a word for indoors or U20, a championship's word means its twin ("innendørs-VM"
        is the World Indoor Championships, "junior-VM" the World U20 Championships); a word
        clipped before a championship's word is the lexicon word it begins ("inne-VM"); a
        preposition left ("EM i München") is dropped.
        """
        # (most runs of a question hold no lexicon word, championship, qualifier or written-out
        # title, "-skap": each word stands for itself, one look-up for all of them)
        joined = " ".join(words)
        if self._marked.isdisjoint(words) and "skap" not in joined and joined.split() == words:
            return [w for w in words if w not in STOPWORDS] or list(words)
        out: list[str] = []
        for at, word in enumerate(words):
            meant = self.meanings.get(word)
            written = _WRITTEN_OUT.fullmatch(word) if meant is None else None
            if written is not None:
                meant = _ABBREVIATED[written.group(1)]
            if meant is None and at + 1 < len(words) and self._championship(words[at + 1]):
                meant = self._clipped(word)
            out.extend((meant or word).split())
        if not OUTDOOR_WORDS.isdisjoint(out) and any(self._championship(w) for w in out):
            # "VM utendørs", "verdsmeisterskap utandørs": the championship itself, not its twin
            out = [w for w in out if w not in OUTDOOR_WORDS]
        for qualifier, said in QUALIFIERS.items():
            twins = self.twin_words.get(qualifier, {})
            if not said.isdisjoint(out) and any(w in twins for w in out):
                out = [t for w in out if w not in said for t in twins.get(w, [w])]
        return [w for w in out if w not in STOPWORDS] or out

    def _championship(self, word: str) -> bool:
        """Whether a word is a championship's word with a twin ("vm", "em")."""
        return word in self._championships

    @cached_property
    def _championships(self) -> frozenset[str]:
        """The championships' words with a twin, of every qualifier (worked out once)."""
        return frozenset(word for twins in self.twin_words.values() for word in twins)

    @cached_property
    def _marked(self) -> frozenset[str]:
        """The words ``translate`` reads as others: lexicon, championship, qualifier, outdoors."""
        qualifiers = (word for said in QUALIFIERS.values() for word in said)
        return frozenset((*self.meanings, *self._championships, *qualifiers, *OUTDOOR_WORDS))

    def _clipped(self, word: str) -> str | None:
        """What a clipped word means, when exactly one lexicon word begins with it ("inne")."""
        if len(word) < CLIPPED or not word.isalpha():
            return None
        meant = {m for w, m in self.meanings.items() if w.startswith(word) and w != word}
        return meant.pop() if len(meant) == 1 else None


def build_lexicon(store: FactStore) -> Lexicon:
    """The resolver's view of the store's lexicon and series (built once per store)."""
    series_words: dict[str, list[str]] = defaultdict(list)
    meanings: dict[str, str] = {}
    for entry in store.lexicon:
        if entry.series is not None:
            series_words[entry.series].append(entry.word)
        elif entry.means is not None:
            meanings[normalise(entry.word)] = normalise(entry.means)
    # "World Indoor Championships" is the indoor twin of "World Championships": same words
    words = {s.id: frozenset(normalise(s.name).split()) for s in store.series.values()}
    twins = {
        qualifier: {
            plain_id: twin_id
            for plain_id, plain in words.items()
            for twin_id, other in words.items()
            if other == plain | {qualifier}
        }
        for qualifier in QUALIFIERS
    }
    # a championship's own words beside "indoors": the twin's name ("vm" + "innendørs")
    twin_words = {
        qualifier: {
            normalise(word): normalise(store.series[of[sid]].name).split()
            for sid, words_of in series_words.items()
            if sid in of
            for word in words_of
        }
        for qualifier, of in twins.items()
    }
    return Lexicon(dict(series_words), meanings, twins["indoor"], twin_words)


# a champion's title before a name ("olympic champ hocker", "world champion josh"): the
# adjective says which series' finals the person won (the lexicon reads "verdensmester")
CHAMPION_OF = {
    "olympic": "olympics",
    "world": "world-championships",
    "european": "european-championships",
    "euro": "european-championships",
    "commonwealth": "commonwealth-games",
}
CHAMPION_WORDS = frozenset({"champ", "champion", "champs", "winner", "gold", "medallist"})


# a title in one word, as Norwegian writes it ("verdensmesteren", "olympiamester")
COMPOUND_TITLES = {
    "verdensmester": "world-championships",
    "olympiamester": "olympics",
    "europamester": "european-championships",
}


def champion_title(words: list[str]) -> tuple[str | None, list[str]]:
    """The series a title before a name names, and the words left ("olympic champ hocker")."""
    for index, word in enumerate(words):
        series = COMPOUND_TITLES.get(word.removesuffix("en"))
        if series:
            return series, words[:index] + words[index + 1 :]
    for index in range(len(words) - 1):
        series = CHAMPION_OF.get(words[index])
        if series and words[index + 1] in CHAMPION_WORDS:
            return series, words[:index] + words[index + 2 :]
    return None, words
