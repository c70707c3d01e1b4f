"""What a quote holds, worked out once per store: its stems, its context's, speakers' names."""

from __future__ import annotations

from bot.answers.topics import said_in
from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.features.quote.terms import distances, printed
from bot.normalise import normalise
from bot.stems import stems


def name_words_of(store: FactStore) -> frozenset[str]:
    """Every word of every stored person's name and aliases (worked out once per store)."""
    cached = _NAME_WORDS.get(store.version)
    if cached is None:
        cached = frozenset(
            w
            for p in store.people.values()
            for name in (p.name, *p.aliases)
            for w in normalise(name).split()
        )
        _NAME_WORDS.clear()
        _NAME_WORDS[store.version] = cached
    return cached


def speaker_words_of(store: FactStore, speaker: str) -> frozenset[str]:
    """The words of a speaker's name and aliases (worked out once per speaker)."""
    key = (store.version, speaker)
    cached = _SPEAKER_WORDS.get(key)
    if cached is None:
        person = store.people[speaker]
        names = (person.name, *person.aliases)
        cached = _SPEAKER_WORDS[key] = frozenset(w for n in names for w in normalise(n).split())
    return cached


def stems_held(store: FactStore, quote: Quote) -> frozenset[str]:
    """Every stem a quote holds: its words, tags and context (worked out once)."""
    key = (store.version, quote.id)
    cached = _HELD.get(key)
    if cached is None:
        terms = store.quote_terms(quote)
        # a distance the quote prints ("100 metres too long") is held as fans write it ("100m")
        cached = terms.text | terms.tags | context_stems(store, quote) | distances(quote.text)
        _HELD[key] = cached = cached | distances(quote.context)
    return cached


def own_words(store: FactStore, quote: Quote) -> frozenset[str]:
    """The stems of a quote's own words, its distances as fans write them (worked out once)."""
    key = (store.version, quote.id)
    cached = _OWN.get(key)
    if cached is None:
        cached = _OWN[key] = store.quote_terms(quote).text | distances(quote.text)
    return cached


def printed_words(store: FactStore, quote: Quote) -> tuple[str, ...]:
    """A quote's own words in normal form, in order (worked out once)."""
    key = (store.version, quote.id)
    cached = _PRINTED.get(key)
    if cached is None:
        cached = _PRINTED[key] = printed(quote.text.split())
    return cached


def context_stems(store: FactStore, quote: Quote) -> frozenset[str]:
    """The stems of a quote's context (when, where, and in which language it was said), once."""
    key = (store.version, quote.id)
    cached = _CONTEXTS.get(key)
    if cached is None:
        cached = _CONTEXTS[key] = stems(quote.context) | said_in(quote)
    return cached


_NAME_WORDS: dict[int, frozenset[str]] = {}
_PRINTED: dict[tuple[int, str], tuple[str, ...]] = {}
_SPEAKER_WORDS: dict[tuple[int, str], frozenset[str]] = {}
_HELD: dict[tuple[int, str], frozenset[str]] = {}
_CONTEXTS: dict[tuple[int, str], frozenset[str]] = {}
_OWN: dict[tuple[int, str], frozenset[str]] = {}
