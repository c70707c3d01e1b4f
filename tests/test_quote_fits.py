"""Whether any quote fits a topic (``any_fits``, which stops at the first) is whether the full
ranking finds one (``rank_by_topic``): the /ask reader asks the former of each speaker named."""

from __future__ import annotations

import pytest

from bot.facts.store import FactStore
from bot.features.quote import ranking
from bot.features.quote.ranking import any_fits, rank_by_topic
from bot.features.quote.terms import dated_or_compound, heads_of

# topics as fans type them: words quotes hold, words none hold, a few of each, names, filler
TOPICS = (
    "blindfolded",
    "deer on ice",
    "the blindfold thing in tokyo",
    "his dress sense",
    "pacing",
    "norwegian fans",
    "the war of words between those two",
    "kerr",
    "jakob's ego",
    "what he said after the final",
    "banana smoothie recipe",
    "quote",
    "",
    # long, with stray words: a strong unit of them held is a fit (``by_strong_units``)
    "everyone piled on kerr for the calf thing in tokyo like he was done",
    "that deer on ice comment from years ago lol what a guy",
    "the blindfolded line about beating kerr back in the day mate",
    "jeg er hare når haren går av greia hans",
    "hocker quote on winning gold",
    "what did cram say on the bbc about kerr in budapest",
)


def _pairs(store: FactStore) -> list[tuple[str, str | None]]:
    """Each speaker with no one as the topic, and with each person a quote of theirs is about."""
    pairs: list[tuple[str, str | None]] = []
    for speaker, quotes in sorted(store.quotes_by_speaker.items()):
        about = sorted({a for q in quotes for a in q.about})
        pairs += [(speaker, None), *((speaker, a) for a in about[:3])]
    return pairs


@pytest.mark.parametrize("topic", TOPICS)
def test_any_fits_is_whether_the_ranking_finds_one(store: FactStore, topic: str) -> None:
    # and each speaker's own tags, which their quotes hold
    checked = fitting = 0
    for speaker, about in _pairs(store):
        quotes = list(store.quotes_by_speaker[speaker])
        tags = sorted({t for q in quotes for t in q.topics})[:2]
        for words in [topic, *tags]:
            ranking._RANKED.clear()  # each from scratch, then from the ranking kept
            ranked = rank_by_topic(store, quotes, words, about)
            ranking._RANKED.clear()
            fits = any_fits(store, quotes, words, about)
            assert fits == bool(ranked), (speaker, words, about)
            assert rank_by_topic(store, quotes, words, about) == ranked  # what any_fits kept
            assert any_fits(store, quotes, words, about) == fits
            checked += 1
            fitting += fits
    assert 0 < fitting < checked  # some fit, some do not


@pytest.mark.parametrize(
    "words", [("fanbrevene", "egoproblemet"), ("2024", "blindfolded"), ("japan", "pacing"), ()]
)
def test_a_quote_with_no_head_among_its_tags_holds_no_word_as_dated_or_compound(
    store: FactStore, words: tuple[str, ...]
) -> None:
    heads = heads_of(frozenset(words))
    assert (heads is None) == ("2024" in words)
    held = 0
    for quote in store.quotes.values():
        tags = store.quote_terms(quote).tags
        dated = [w for w in words if dated_or_compound(w, quote, tags)]
        if heads is not None and tags.isdisjoint(heads):
            assert not dated, (quote.id, dated)
        held += bool(dated)
    assert held or not words or words[0] == "japan"
