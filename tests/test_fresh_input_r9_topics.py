"""Fresh fan input, round 9's /quote topic classes (issue 25), each written as a rule.

1. A real word is never split into two glued ones ("watches" is no "wat" + "ches").
2. A meet named beside the topic is its moment: quotes said at the meet (or tagged with it)
   hold it; a distance is one word ("100 meter", "5000-meteren", "100 metres": 100m).
3. "The moron quote": a word beside the quote noun is the quote's own word, whoever said it.
4. A rivalry's words beside its people ("the kerr/jakob beef") leave the people as the topic;
   "or does he ..." asks another question.
5. Norwegian and English topic words: a month says when, a clarifying sentence ("akillesen
   altså") joins the topic, a people's word reads as its country ("norske fans").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.ask.glue import unglued
from bot.ask.reader import read_question
from bot.ask.words import split_question
from bot.commands import Context
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.features.quote.moments import occasions
from bot.resolve import Resolver

from .quoting import NOW, quote_of, quote_shown


# ------------------------------------------------------------------ 1. real words stay whole
@pytest.mark.parametrize(
    "word", ["watches", "inches", "itches", "another", "without", "however", "nowhere", "forever"]
)
def test_a_real_word_is_never_split_into_glued_ones(word: str, resolver: Resolver) -> None:
    words = unglued(split_question(f"kerr {word} jakob"), resolver).words
    assert word in words, words


def test_glued_words_are_still_split(resolver: Resolver) -> None:
    assert unglued(split_question("whatdid kerr say"), resolver).words[:2] == ("what", "did")
    assert unglued(split_question("where isjakob racing"), resolver).words[1:3] == ("is", "jakob")


def test_a_verb_in_the_topic_is_read_whole(resolver: Resolver, ctx: Callable[..., Context]) -> None:
    shown = quote_shown("what did kerr say about whether jakob even watches bbc2?", resolver, ctx)
    assert "BBC" in shown.quote.text


# ----------------------------------------------------------------------- 2. meets as moments
@pytest.mark.parametrize(
    ("question", "speaker", "meet"),
    [
        ("what did cram say after the tokyo final", "steve-cram", "2025-worlds-tokyo"),
        ("Kva sa Jakob etter VM-finalen i Budapest?", "jakob-ingebrigtsen", "2023-worlds-budapest"),
        ("hva sa hocker etter gullet i paris", "cole-hocker", "2024-olympics-paris"),
    ],
)
def test_a_meet_beside_the_words_is_when_the_quote_was_said(
    question: str, speaker: str, meet: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown(question, resolver, ctx)
    assert shown.quote.speaker.id == speaker
    store = ctx(NOW).store
    assert meet in occasions(store, store.quotes[shown.quote.id]), shown.quote.id


def test_the_moment_ranks_and_the_topic_words_still_choose(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    # "after the paris final" ranks the Paris quotes; "pacing" says which of them
    shown = quote_shown("what did jakob say about the pacing after the paris final", resolver, ctx)
    assert shown.quote.id == "ingebrigtsen-2024-08-06-it-was-100m-too-long"
    # a meet alone keeps its words: a quote may speak of it without being said there
    shown = quote_shown("kerr quote on the wanamaker title", resolver, ctx)
    assert "Wanamaker" in shown.quote.text


@pytest.mark.parametrize("topic", ["100 meter", "100 metres too long", "the 100m"])
def test_a_distance_is_one_word_as_typed_or_printed(
    topic: str, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, "jakob-ingebrigtsen", topic)
    assert isinstance(answer, QuoteAnswer), topic
    assert "100" in answer.quote.text


def test_an_event_ranks_by_the_race_the_quote_was_said_at(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown("Hva sa Jakob etter 5000-meteren i Tokyo?", resolver, ctx)
    assert shown.quote.id == "ingebrigtsen-2025-09-21-det-ble-et-lop-med"


# ---------------------------------------------------------------- 3. a quote called by a word
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("can someone find the stamps quote again", "josh-kerr"),
        ("what was that moron comment about", "jakob-ingebrigtsen"),
        ("finn moron-sitatet", "jakob-ingebrigtsen"),
    ],
)
def test_the_x_quote_is_the_quote_holding_x(
    question: str, speaker: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_shown(question, resolver, ctx).quote.speaker.id == speaker


def test_a_word_that_only_says_quote_names_none(resolver: Resolver) -> None:
    best = read_question("post the best quote ever", resolver, NOW.date()).best
    assert best is None or best.command != "quote"


# -------------------------------------------------------------------- 4. the rivalry's words
@pytest.mark.parametrize(
    "question",
    [
        "hva har hocker sagt om krangelen mellom kerr og jakob",
        "did hocker say anything about the jakob/kerr rivalry or is he above it all",
        "hocker on the kerr jakob feud??",
    ],
)
def test_a_rivalry_beside_its_people_is_about_them(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_shown(question, resolver, ctx).quote.id == "hocker-2024-08-i-can-t-get-into"


# ------------------------------------------------------- 5. months, clarifications, countries
def test_a_month_says_when_the_quote_was_said(ctx: Callable[..., Context]) -> None:
    answer = quote_of(ctx, "jakob-ingebrigtsen", "achilles februar")
    assert isinstance(answer, QuoteAnswer)
    assert (answer.quote.said_on or "").startswith("2026-02")
    # a month is one word of the topic: the others must still be held
    assert isinstance(quote_of(ctx, "jakob-ingebrigtsen", "blindfolded desember"), NoQuote)


def test_a_clarifying_sentence_joins_the_topic(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown(
        "Har Jakob sagt noe om operasjonen i februar? akillesen altså", resolver, ctx
    )
    assert "Achilles injury" in shown.quote.topics


@pytest.mark.parametrize(
    "question", ["har kerr sagt noe om norske fans", "kerr on getting letters from norwegian fans"]
)
def test_a_peoples_word_reads_as_their_country(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert "fan mail" in quote_shown(question, resolver, ctx).quote.topics


def test_size_words_are_talk(resolver: Resolver, ctx: Callable[..., Context]) -> None:
    shown = quote_shown("what did gjert say when jakob won that massive race at 17", resolver, ctx)
    assert "17" in shown.quote.text


@pytest.mark.parametrize(
    ("speaker", "topic", "tag"),
    [
        ("josh-kerr", "fanbrevene", "fan mail"),  # "fan" + "brevene": the tag's word begins it
        ("josh-kerr", "egoproblemet", "ego"),
        ("jakob-ingebrigtsen", "blindfolded 2024", "blindfolded"),  # a year: when it was said
    ],
)
def test_a_compound_by_its_tag_and_a_year_by_the_date(
    speaker: str, topic: str, tag: str, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, speaker, topic)
    assert isinstance(answer, QuoteAnswer), topic
    assert tag in answer.quote.topics


def test_a_compound_is_never_matched_by_spelling(ctx: Callable[..., Context]) -> None:
    # "windsor" begins with a word some quote holds ("win"), but no tag of Kerr's begins it
    assert isinstance(quote_of(ctx, "josh-kerr", "windsor"), NoQuote)
    # and a year no quote was said in, nor prints, finds none
    assert isinstance(quote_of(ctx, "jakob-ingebrigtsen", "blindfolded 2019"), NoQuote)


@pytest.mark.parametrize("question", ["post the infamous quote", "the same quote again pls"])
def test_words_that_describe_a_quote_name_none(question: str, resolver: Resolver) -> None:
    best = read_question(question, resolver, NOW.date()).best
    assert best is None or best.command != "quote"


def test_a_norwegian_glue_of_verb_and_pronoun_is_split(resolver: Resolver) -> None:
    assert unglued(split_question("erdet sant"), resolver).words[:2] == ("er", "det")
    # "harde" is a word ("hard", plural), not "har" + "de"
    assert "harde" in unglued(split_question("harde ord fra kerr"), resolver).words


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        ("hva sa kerr om jakobs ego", "ego"),  # a name's genitive is the name
        ("hva sa jakob om pacerne", "pacer"),  # a loanword's definite plural: its word
        ("kva sa jakob om pacarane?", "pacer"),
    ],
)
def test_norwegian_genitives_and_definite_plurals(
    question: str, holds: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert holds in quote_shown(question, resolver, ctx).quote.text.lower()


def test_the_moment_is_shown_by_the_meets_name(resolver: Resolver) -> None:
    best = read_question("hva sa jakob etter OL-finalen i Paris?", resolver, NOW.date()).best
    assert best is not None and best.command == "quote"
    shown = str(best.label.bits[0].values["about"])  # type: ignore[union-attr]
    assert "2024-olympics-paris" not in shown and "Paris" in shown


def test_the_x_thing_with_a_who_asks_whose_quote(resolver: Resolver) -> None:
    best = read_question("who was it with the deer on ice thing", resolver, NOW.date()).best
    assert best is not None and best.command == "quote"
    assert best.options["athlete"] == "josh-kerr"
