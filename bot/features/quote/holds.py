"""What a quote holds, worked out once per store: its stems, its context's, speakers' names."""

from __future__ import annotations

from collections.abc import Mapping

from bot.answers.topics import said_in
from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.features.quote.terms import compound_of, distances, found_among, printed
from bot.normalise import normalise
from bot.stems import stems

YEAR = len("2024")
HELD_SHARE = 2  # of a topic's content words, one in HELD_SHARE at least held to let the rest go


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


def unheard_words(
    store: FactStore, content: frozenset[str], also: Mapping[str, str]
) -> frozenset[str]:
    """The content stems no quote in the store holds, when half of them at least are held.

    A long paraphrase's words no quote speaks of ("at kerr klaget over manglende respekt":
    "manglende") say nothing of which quote is meant: the others are what a quote must hold.
    When fewer are held, none is let go: no quote is about words the store never prints.
    """
    if len(content) < 2:
        return frozenset()
    every = _every_stem(store)
    held = found_among(content, every, also)
    tags = _every_tag(store)
    # a year is held by the quotes said in it; a compound by those its head is a tag of
    held |= {w for w in content - held if (w.isdigit() and len(w) == YEAR) or compound_of(w, tags)}
    # half of them held at least: "training partners in arizona" is not about "training"
    return content - held if held and HELD_SHARE * len(held) >= len(content) else frozenset()


def _every_stem(store: FactStore) -> frozenset[str]:
    """Every stem any quote in the store holds (once per store)."""
    cached = _EVERY.get(store.version)
    if cached is None:
        _EVERY.clear()
        cached = _EVERY[store.version] = frozenset(
            t for q in store.quotes.values() for t in stems_held(store, q)
        )
    return cached


def _every_tag(store: FactStore) -> frozenset[str]:
    """Every stem of any quote's curated tags (once per store)."""
    key = -store.version - 1
    cached = _EVERY.get(key)
    if cached is None:
        cached = _EVERY[key] = frozenset(
            t for q in store.quotes.values() for t in store.quote_terms(q).tags
        )
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
_EVERY: dict[int, frozenset[str]] = {}
_PRINTED: dict[tuple[int, str], tuple[str, ...]] = {}
_SPEAKER_WORDS: dict[tuple[int, str], frozenset[str]] = {}
_HELD: dict[tuple[int, str], frozenset[str]] = {}
_CONTEXTS: dict[tuple[int, str], frozenset[str]] = {}
