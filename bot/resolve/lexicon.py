"""The lexicon of ``knowledge/lexicon.yaml`` as the resolver reads it: one vocabulary for all.

A word that names a series ("VM", "friidretts-VM") becomes a name of every meet of that series,
as its English aliases are; a word that stands for an English word ("innendørs" -> "indoors",
"finalen" -> "final") is read as that word before a meet's name is looked up. The options, the
autocomplete, the console and /ask all resolve through here, so a word that works in a question
works in an option too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from bot.facts.store import FactStore
from bot.normalise import normalise

# the words a meet query may use to say "indoors" (the lexicon adds other languages' words)
INDOOR_WORDS = frozenset({"indoor", "indoors"})
STOPWORDS = frozenset({"the", "at", "in", "of"})  # the words bot.normalise drops


@dataclass(frozen=True)
class Lexicon:
    """Series words by series id, and the English word each other lexicon word stands for."""

    series_words: dict[str, list[str]] = field(default_factory=dict)
    meanings: dict[str, str] = field(default_factory=dict)
    indoor_twin: dict[str, str] = field(default_factory=dict)  # series id -> its indoor series

    twin_words: dict[str, list[str]] = field(default_factory=dict)  # "vm" -> its indoor name

    def translate(self, words: list[str]) -> list[str]:
        """Normalised words with each lexicon word read as the English word it stands for.

        Beside a word for indoors, a championship's word means its indoor twin ("innendørs-VM"
        is the World Indoor Championships); a preposition left ("EM i München") is dropped.
        """
        out: list[str] = []
        for word in words:
            out.extend(self.meanings.get(word, word).split())
        if not INDOOR_WORDS.isdisjoint(out) and any(w in self.twin_words for w in out):
            out = [t for w in out if w not in INDOOR_WORDS for t in self.twin_words.get(w, [w])]
        return [w for w in out if w not in STOPWORDS] or out


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
        outdoor: indoor
        for outdoor, plain in words.items()
        for indoor, other in words.items()
        if other == plain | {"indoor"}
    }
    # a championship's own words beside "indoors": the indoor twin's name ("vm" + "innendørs")
    twin_words = {
        normalise(word): normalise(store.series[twins[sid]].name).split()
        for sid, words_of in series_words.items()
        if sid in twins
        for word in words_of
    }
    return Lexicon(dict(series_words), meanings, twins, twin_words)


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


def champion_title(words: list[str]) -> tuple[str | None, list[str]]:
    """The series a title before a name names, and the words left ("olympic champ hocker")."""
    for index in range(len(words) - 1):
        series = CHAMPION_OF.get(words[index])
        if series and words[index + 1] in CHAMPION_WORDS:
            return series, words[:index] + words[index + 2 :]
    return None, words


def champions(store: FactStore, series_id: str) -> set[str]:
    """The athletes who won a final of a meet of the series (any event the store holds)."""
    series = store.series.get(series_id)
    if series is None:
        return set()
    return {
        row.athlete
        for meet in store.meets.values()
        if series.covers(meet)
        for race in store.races_by_meet.get(meet.id, ())
        if race.round == "final"
        for row in race.results
        if row.place == 1
    }
