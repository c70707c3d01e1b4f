"""A topic's stray words as noise: the quotes that hold one of its strong units of words.

A fan's topic carries words no quote of the speaker holds ("pinching a flag off a little
girl", "compare with jakob when he was young"): when the strict ranking finds nothing, those
words are let go, and a quote that holds a whole strong unit of the others is shown. A unit is
a run of content words side by side ("little girl", "training partners"): half of one held is
none of it (a quote on training is not one on training partners). A unit is strong when one of
its words is neither a place (a meet's name, city or country), nor a year or number: names
and racing words are read apart and never make one. Nothing is matched by spelling distance:
units are held by the same stems as the strict ranking holds words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.features.quote.holds import speaker_words_of, stems_held
from bot.features.quote.terms import (
    TAG_COUNTRIES,
    dated_or_compound,
    found_among,
    said_in_month,
)
from bot.normalise import normalise
from bot.stems import stem, stems


def units_of(
    topic_words: Sequence[str], content: frozenset[str], also: Mapping[str, str]
) -> list[frozenset[str]]:
    """The runs of content stems side by side in the topic as typed, in order."""
    typed = {t: c for c, t in also.items()}  # the stem typed -> the content stem read for it
    units: list[frozenset[str]] = []
    run: list[str] = []
    for word in topic_words:
        s = stem(word)
        found = s if s in content else typed.get(s)
        if found is not None and found in content:
            run.append(found)
            continue
        if run:
            units.append(frozenset(run))
        run = []
    if run:
        units.append(frozenset(run))
    return list(dict.fromkeys(units))


LOOSE_FOUND = 2  # words a quote holds at least to be shown when none holds enough of them


def loosely(
    found: set[str], runs: list[frozenset[str]], content: frozenset[str], when: int
) -> bool:
    """Whether a quote holds two of a topic's words at least, each with its run of words.

    One word of a run side by side is none of it ("a little bit" holds no "little girl"); two
    of a longer one are ("norske fans sende brev": the Norwegian fans).
    """
    whole = len(found - content) + when
    for run in runs:
        # (a number or year in the run is no word of it: "han vinn 98 av 100")
        words = [w for w in run if not any(c.isdigit() for c in w)]
        held = len(run & found)
        whole += held if held >= min(len(words), 2) or (held and not words) else 0
    return whole >= LOOSE_FOUND


def _places(store: FactStore) -> frozenset[str]:
    """The stems of the places quotes are said at: meets' names, cities and countries (once)."""
    cached = _PLACES.get(store.version)
    if cached is None:
        texts = [" ".join(filter(None, (m.name, m.city, m.country))) for m in store.meets.values()]
        texts += TAG_COUNTRIES.values()
        cached = stems(normalise(" ".join(texts)).replace("-", " "))
        _PLACES.clear()
        _PLACES[store.version] = cached
    return cached


_PLACES: dict[int, frozenset[str]] = {}


def strong(store: FactStore, unit: frozenset[str]) -> bool:
    """Whether a unit holds a word that says what a quote is about: not a place, not a number."""
    places = _places(store)
    return any(w not in places and not any(c.isdigit() for c in w) for w in unit)


def by_strong_units(
    store: FactStore,
    quotes: Sequence[Quote],
    topic: tuple[
        tuple[str, ...], frozenset[str], Mapping[str, str], frozenset[str], frozenset[int]
    ],
    person: str | None = None,
) -> list[tuple[int, Quote]]:
    """The quotes holding a whole strong unit of the topic, scored by the stems they hold.

    ``topic``: its words in order, its content stems, the lexicon's (``found_among``), its
    names' words and the months it names (the quote's date must be in one). A name in the topic
    must be one the quote is about, unless no quote of the speaker is about it (a word of
    someone's name used as a word: "young"); so must the person the topic is. The speaker's
    own name names no subject.
    """
    order, content, also, names, months = topic
    units = [u for u in units_of(order, content, also) if strong(store, u)]
    if not units:
        return []
    terms = {q.id: store.quote_terms(q) for q in quotes}
    # a name some quote of the speaker is about must be one the quote is about; a name's word
    # held only as a word ("young") is a word like any other
    heard = {n for n in names for q in quotes if n in terms[q.id].people}
    heard -= {n for q in quotes[:1] for n in speaker_words_of(store, q.speaker)}
    about = person is not None and any(person in q.about for q in quotes)
    holding: list[tuple[Quote, list[frozenset[str]]]] = []
    for quote in quotes:
        held = stems_held(store, quote)
        tags = terms[quote.id].tags
        if not heard <= terms[quote.id].people:
            continue
        if about and person not in quote.about:
            continue
        if months and not said_in_month(quote, months):
            continue  # a month named is when it was said ("blindfolded desember")
        whole = []
        for unit in units:
            found = found_among(unit, held, also)
            found |= {w for w in unit - found if dated_or_compound(w, quote, tags)}
            if found == unit:
                whole.append(unit)
        if whole:
            holding.append((quote, whole))
    # a unit few of the quotes hold says more than one many hold ("flag" over "fan"); held
    # among the curated tags, more again
    holders = Counter(u for _, whole in holding for u in whole)
    out: list[tuple[int, Quote]] = []
    for quote, whole in holding:
        words = frozenset().union(*whole)
        score = sum(len(quotes) // holders[u] for u in whole)
        out.append((score + len(found_among(words, terms[quote.id].tags, also)), quote))
    return out
