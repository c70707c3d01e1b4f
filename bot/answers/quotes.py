"""Quotes: the best match for a topic, or a random one, and the order to show the rest in."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Literal

from rapidfuzz import fuzz

from bot.answers.common import Answer, PersonRef, SourceRef, source_ref
from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.normalise import normalise

# A topic matches a quote's keyword at token_set_ratio >= 85, or its words/context when the
# topic appears in them almost letter for letter (partial_ratio >= 90).
TOPIC_CUTOFF = 85.0
TEXT_CUTOFF = 90.0


class QuoteQuery(Answer):
    """A resolved speaker, an optional topic (text and/or an athlete it names)."""

    speaker: str
    topic: str | None = None
    topic_athlete: str | None = None
    seed: int = 0


class QuoteView(Answer):
    """One quote as shown: the stored words, who, when, where, and the source."""

    id: str
    text: str
    speaker: PersonRef
    said_on: str | None
    date_basis: str
    context: str
    medium: str | None
    about: list[PersonRef]
    topics: list[str]
    source: SourceRef
    note: str | None = None


class QuoteAnswer(Answer):
    """A quote, its place in the ordered matches, and those matches' ids for "Another"."""

    kind: Literal["quote"] = "quote"
    # how typed names were read, when that was a choice ("budapest" -> the latest meet there)
    notes: list[str] = []
    speaker: PersonRef
    topic: str | None
    quote: QuoteView
    position: int
    order: list[str]
    facts_as_of: dt.date


class NoQuote(Answer):
    """Nothing by this speaker fits the topic; the topics that do exist."""

    kind: Literal["no_quote"] = "no_quote"
    # how typed names were read, when that was a choice ("budapest" -> the latest meet there)
    notes: list[str] = []
    speaker: PersonRef
    topic: str | None
    known_topics: list[str]
    facts_as_of: dt.date


def quote_view(store: FactStore, quote: Quote) -> QuoteView:
    """The display form of a stored quote."""
    return QuoteView(
        id=quote.id,
        text=quote.text,
        speaker=PersonRef.of(store.people[quote.speaker]),
        said_on=quote.said_on,
        date_basis=quote.date_basis,
        context=quote.context,
        medium=quote.medium,
        about=[PersonRef.of(store.people[a]) for a in quote.about],
        topics=list(quote.topics),
        source=source_ref(store, quote.source),
        note=quote.note,
    )


def topic_score(store: FactStore, quote: Quote, wanted: str, topic_athlete: str | None) -> float:
    """How well a quote fits a normalised topic: 0 when it does not."""
    score = 0.0
    if topic_athlete and topic_athlete in quote.about:
        score = 100.0
    terms = store.quote_terms[quote.id]
    if wanted:
        for keyword in terms.topics:
            score = max(score, fuzz.token_set_ratio(wanted, keyword, score_cutoff=TOPIC_CUTOFF))
        if len(wanted) >= 4 and score < 100:
            # the speaker's own words rank just below tags, the context below them
            if wanted in terms.text:
                text_score = 100.0
            else:
                text_score = fuzz.partial_ratio(wanted, terms.text, score_cutoff=TEXT_CUTOFF)
            if text_score:
                score = max(score, text_score - 5)
            context_score = fuzz.partial_ratio(wanted, terms.context, score_cutoff=TEXT_CUTOFF)
            if context_score:
                score = max(score, context_score - 10)
    return score if score >= TOPIC_CUTOFF else 0.0


def find_quote(store: FactStore, query: QuoteQuery, now: dt.datetime) -> QuoteAnswer | NoQuote:
    """The best quote for the topic (or a random one), with the order for "Another"."""
    del now
    speaker = PersonRef.of(store.people[query.speaker])
    quotes = store.quotes_by_speaker.get(query.speaker, ())
    if query.topic or query.topic_athlete:
        wanted = normalise(query.topic or "")
        scored = [(topic_score(store, q, wanted, query.topic_athlete), q) for q in quotes]
        scored = [(s, q) for s, q in scored if s > 0]
        scored.sort(key=lambda pair: (-pair[0], _newest(pair[1])))
        ordered = [q for _, q in scored]
    else:
        ordered = list(quotes)
        random.Random(query.seed).shuffle(ordered)
    if not ordered:
        return NoQuote(
            speaker=speaker,
            topic=query.topic,
            known_topics=known_topics(store, query.speaker),
            facts_as_of=store.facts_as_of,
        )
    return QuoteAnswer(
        speaker=speaker,
        topic=query.topic,
        quote=quote_view(store, ordered[0]),
        position=0,
        order=[q.id for q in ordered],
        facts_as_of=store.facts_as_of,
    )


def quote_at(store: FactStore, answer: QuoteAnswer, position: int) -> QuoteAnswer:
    """The same answer moved to another match, wrapping round after the last."""
    position %= len(answer.order)
    quote = store.quotes[answer.order[position]]
    return answer.model_copy(update={"quote": quote_view(store, quote), "position": position})


def known_topics(store: FactStore, speaker: str, limit: int = 12) -> list[str]:
    """The speaker's most used topics and the people they talk about."""
    counts: Counter[str] = Counter()
    for quote in store.quotes_by_speaker.get(speaker, ()):
        counts.update(quote.topics)
        counts.update(store.people[a].name.split()[-1] for a in quote.about)
    return [topic for topic, _ in counts.most_common(limit)]


def _newest(quote: Quote) -> str:
    # newest first among equal scores: invert the ISO date's characters
    said = quote.said_on or "0000"
    return "".join(chr(255 - ord(c)) for c in said)
