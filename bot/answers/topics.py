"""What a speaker talks about, and what a fan's topic words say (/quote, /ask's examples).

A topic as fans type it is mostly talk ("can someone pull the exact quote, basically he said
...") around a few words that say which quote is meant. Here: the talk no quote is about, the
racing words that rank quotes but never exclude one, the English word a lexicon word stands for
(only the words ``knowledge/lexicon.yaml`` cites from the sources), and the language a quote was
said in (its note's "Portuguese original").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.stems import nb_stem, stems


# words that say how a fan talks, never what a quote is about: hedges, discourse words, asks
# for the wording or the source, chat noise (English, and Norwegian bokmål and dialect)
def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, in normal form (long lists stay readable)."""
    return frozenset(normalise(w) for w in text.split())


CHATTER = _words(
    """
    basically literally honestly apparently supposedly allegedly seriously totally kinda sorta
    maybe probably definitely surely exact full whole entire wording sentence source sources
    link pull find repost misquote misquoting misquoted misquotes someone anyone
    somebody anybody people folks thread threads remember recall recalled heard hear read saw
    seen saying tell told ask asked wondering wonder know knew thing things stuff lot true
    truth real really sure yo haha hahaha hehe lmao lmfao lol xd omg wtf smh idk ngl tbh imo
    himself herself themselves again pls please thanks thx cheers anyone's someone's only even
    i'm i've i'd i'll harsh insane crazy wild brutal unfair mad sad hilarious savage legendary
    unreal goated iconic big huge massive stor største
    aldri vaert blitt hatt litt mye veldig sann alle
    egentli egentlig liksom nakka noka noko noe nokka sant vel jo da elle ka kem kor e va te
    husker huske lurer hore horte hort haha hehe morsomt morsom kanskje visst altsa osv etc
    igjen elns elno ellerno takk
    finn finne stemme stemmer attpåtil attpå sikkert sikker iallfall ialle uansett forresten som hos
    """
)
# words about racing in general: they rank the quotes that hold them, never exclude one
# ("the paris final": a quote about Paris need not say "final")
RACING = _words(
    """
    win wins winning won lose loses losing lost beat beats beating beaten race races raced
    racing run runs ran running final finals semi semis heat heats gold silver bronze medal
    medals title titles
    """
)
_ORIGINAL = re.compile(r"^\s*(\w+) original\b")
STEM_LETTERS = 4  # a lexicon word's Norwegian stem this long reads its other inflections


def known_topics(
    store: FactStore, speaker: str, quotes: Sequence[Quote] | None = None, limit: int = 12
) -> list[str]:
    """The speaker's most used topics and the people they talk about.

    ``quotes`` limits them to those quotes (the ones said by the clock's now).
    """
    counts: Counter[str] = Counter()
    chosen = store.quotes_by_speaker.get(speaker, ()) if quotes is None else quotes
    for quote in chosen:
        counts.update(quote.topics)
        counts.update(store.people[a].name.split()[-1] for a in quote.about)
    return [topic for topic, _ in counts.most_common(limit)]


def translated(store: FactStore, words: list[str]) -> tuple[list[str], dict[str, str]]:
    """Normalised words, each lexicon word read as the English words it stands for.

    A word matches a lexicon word as printed or as another inflection of it ("vennene" of
    "venner"); a word no source prints stays as it is: nothing is translated by guess. Also
    each English word read this way and the word typed, which a Norwegian quote may hold.
    """
    exact, by_stem = _meanings(store)
    out: list[str] = []
    typed: dict[str, str] = {}
    for word in words:
        meant = _meaning(word, exact, by_stem) or _compound(word, exact, by_stem)
        out.extend((meant or word).split())
        typed.update(dict.fromkeys(meant.split(), word) if meant else {})
    return out, typed


def _meaning(word: str, exact: dict[str, str], by_stem: dict[str, str]) -> str | None:
    """The English words a lexicon word stands for, as printed or inflected."""
    meant = exact.get(word)
    if meant is None and len(stem := nb_stem(word)) >= STEM_LETTERS:
        meant = by_stem.get(stem)
    return meant


def _compound(word: str, exact: dict[str, str], by_stem: dict[str, str]) -> str | None:
    """A Norwegian compound begun by a lexicon word: its meaning, then the rest read alike.

    "akillesskaden" is "akilles" + "skaden": "achilles injury"; a rest no source prints stays
    as typed ("akillesoperasjonen": "achilles operasjonen").
    """
    heads = [h for h in exact if len(h) >= STEM_LETTERS and word.startswith(h) and h != word]
    if not heads:
        return None
    head = max(heads, key=len)
    rest = word[len(head) :]
    if len(rest) < STEM_LETTERS:
        return None
    return f"{exact[head]} {_meaning(rest, exact, by_stem) or rest}"


def said_in(quote: Quote) -> frozenset[str]:
    """The stem of the language a quote was said in, when its note names it ("Portuguese")."""
    found = _ORIGINAL.match(quote.note or "")
    return stems(found.group(1)) if found else frozenset()


_MEANINGS: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _meanings(store: FactStore) -> tuple[dict[str, str], dict[str, str]]:
    """The lexicon's words that stand for English words: as printed, and by Norwegian stem."""
    cached = _MEANINGS.get(store.version)
    if cached is None:
        exact = {normalise(e.word): normalise(e.means) for e in store.lexicon if e.means}
        # a word's stem, or the word itself ("akillesen" stems to "akilles")
        by_stem = {
            stem: meant
            for word, meant in exact.items()
            for stem in (nb_stem(word), word)
            if len(stem) >= STEM_LETTERS
        }
        cached = (exact, by_stem)
        _MEANINGS.clear()
        _MEANINGS[store.version] = cached
    return cached
