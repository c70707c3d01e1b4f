"""Quotes: the best match for a topic, or a random one, and the order to show the rest in."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import ClassVar, Literal

from bot.answers.common import Answer, Model, PersonRef, SourceRef, known_at, source_ref
from bot.answers.topics import known_topics
from bot.facts.models import Quote
from bot.facts.store import FactStore
from bot.features.quote.ranking import rank_by_topic
from bot.phrases import Phrase
from bot.typed import excerpt


class QuoteQuery(Model):
    """A resolved speaker, an optional topic (text and/or an athlete it names)."""

    speaker: str
    topic: str | None = None
    topic_athlete: str | None = None
    # meets the topic names as its moment ("after the Paris final"), its words ranked apart
    moment: tuple[str, ...] = ()
    words: str | None = None  # the topic's words less the moment's name (None: the topic)
    seed: int = 0


class QuoteView(Model):
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
    speaker: PersonRef
    topic: str | None
    # the topic is a person's name (said as a name, not as words in quotation marks)
    about_person: bool = False
    quote: QuoteView
    position: int
    order: list[str]


class NoQuote(Answer):
    """Nothing by this speaker fits the topic; the topics that do exist."""

    refusal: ClassVar[bool] = True
    kind: Literal["no_quote"] = "no_quote"
    speaker: PersonRef
    topic: str | None
    # the topic is a person's name (said as a name, not as words in quotation marks)
    about_person: bool = False
    known_topics: list[str]


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


def find_quote(
    store: FactStore,
    query: QuoteQuery,
    notes: Sequence[Phrase] = (),
    *,
    now: dt.datetime | None = None,
) -> QuoteAnswer | NoQuote:
    """The best quote for the topic (or a random one) said by ``now``; the order for "Another"."""
    speaker = PersonRef.of(store.people[query.speaker])
    quotes = [
        q
        for q in store.quotes_by_speaker.get(query.speaker, ())
        if known_at(store, q.said_on, q.source, now)
    ]
    if query.topic or query.topic_athlete or query.moment:
        words = query.topic if query.words is None else query.words
        ordered = rank_by_topic(store, quotes, words or "", query.topic_athlete, query.moment)
    else:
        ordered = list(quotes)
        random.Random(query.seed).shuffle(ordered)
    person = store.people.get(query.topic_athlete or "")
    about_person = person is not None and query.topic == person.name
    if not ordered:
        return NoQuote(
            about_person=about_person,
            notes=list(notes),
            speaker=speaker,
            topic=excerpt(query.topic, 40) if query.topic else None,
            known_topics=known_topics(store, query.speaker, quotes),
            facts_as_of=store.facts_as_of_at(now),
        )
    return QuoteAnswer(
        notes=list(notes),
        speaker=speaker,
        topic=query.topic,
        about_person=about_person,
        quote=quote_view(store, ordered[0]),
        position=0,
        order=[q.id for q in ordered],
        facts_as_of=store.facts_as_of_at(now),
    )


def quote_at(store: FactStore, answer: QuoteAnswer, position: int) -> QuoteAnswer:
    """The same answer moved to another match, wrapping round after the last."""
    position %= len(answer.order)
    quote = store.quotes[answer.order[position]]
    return answer.model_copy(update={"quote": quote_view(store, quote), "position": position})
