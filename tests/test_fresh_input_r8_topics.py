"""Fresh fan input, round 8's /quote topic classes (issue 25), each written as a rule.

1. A topic inside a long chatty sentence: the fan's talk (hedges, asks for the wording, a
   second sentence or a new question after it) is let go; the key content words are matched in
   any order, racing words rank but never exclude, and a quote's original language counts.
2. Norwegian topic words match English quotes only through a lexicon word a Norwegian source
   prints about the same thing; a word no source prints finds nothing (never a guess).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.commands import Context
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.resolve import Resolver

from .quoting import quote_of, quote_shown


# ------------------------------------------------------------- 1. talk around an English topic
@pytest.mark.parametrize(
    ("question", "speaker", "holds"),
    [
        # a remark after the question's sentence is no part of the topic
        ("what did kerr say about fan mail? my dad thinks it's hilarious", "josh-kerr", "fan mail"),
        # a clause asking anew ends the topic ("can someone link it")
        ("jakob on the 98 out of 100 thing, can someone link it", "jakob-ingebrigtsen", "98"),
        # hedges and a fan's verdict are talk; the short form is the word quotes hold
        (
            "what did hocker say about his tokyo semi dq, honestly still mad about it",
            "cole-hocker",
            "disqualification",
        ),
        # "about that": the other sentence's words are what "that" is
        (
            "the hocker dq was so harsh. what did he say about that?",
            "cole-hocker",
            "disqualification",
        ),
    ],
)
def test_a_topic_is_its_key_words_not_the_talk_around_them(
    question: str, speaker: str, holds: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    answer = quote_shown(question, resolver, ctx)
    assert answer.speaker.id == speaker
    held = f"{answer.quote.text} {' '.join(answer.quote.topics)}".casefold()
    assert holds in held, (question, answer.quote.id)


def test_racing_words_rank_quotes_but_never_exclude_one(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    # Coe's Paris quote does not say "final": "final" ranks, "paris" must be held
    shown = quote_shown("what did seb coe say about the paris final lol", resolver, ctx)
    assert shown.quote.id == "coe-2024-08-01-race-for-the-ages"
    answer = quote_of(ctx, "coe", "the 1500 final in paris")
    assert isinstance(answer, QuoteAnswer) and "Paris 2024" in answer.quote.topics


def test_a_word_the_quote_lacks_is_still_needed(ctx: Callable[..., Context]) -> None:
    # two key words, one held: no quote is "about doping in tokyo"
    assert isinstance(quote_of(ctx, "kerr", "doping in tokyo"), NoQuote)
    assert isinstance(quote_of(ctx, "kerr", "honestly the bananas thing lol"), NoQuote)


def test_the_language_a_quote_was_said_in_is_what_it_is_about(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, "nader", "what he said in portuguese")
    assert isinstance(answer, QuoteAnswer)
    assert (answer.quote.note or "").startswith("Portuguese original")
    norwegian = quote_shown("what did jakob say about kerr in norwegian", resolver, ctx)
    assert (norwegian.quote.note or "").startswith("Norwegian original")


def test_a_speaker_is_one_whose_quotes_fit_the_words(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    # "this sport" may name an organisation; the line fans quote is Jakob's
    shown = quote_shown(
        "the 'blindfolded' comment is the best thing said in this sport, what did jakob mean",
        resolver,
        ctx,
    )
    assert shown.speaker.id == "jakob-ingebrigtsen"
    assert "blindfolded" in shown.quote.text


def test_quoted_words_without_a_speaker_find_who_said_them(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown("anyone got the source for the 'deer on ice' line?", resolver, ctx)
    assert shown.speaker.id == "josh-kerr" and shown.quote.text == "deer on ice"


def test_the_speakers_own_name_in_the_topic_names_no_subject(ctx: Callable[..., Context]) -> None:
    answer = quote_of(ctx, "hocker", "hocker himself on the dq")
    assert isinstance(answer, QuoteAnswer) and "disqualification" in answer.quote.topics


# ------------------------------------------------------------- 2. Norwegian topic words
@pytest.mark.parametrize(
    ("question", "speaker", "holds"),
    [
        # "venner", printed by NRK of the two rivals: "friends"
        ("hva sa kerr om at de aldri har vært venner", "josh-kerr", "friends"),
        # "skaden", VG of Jakob's Achilles: "injury"
        ("ka sa jakob om skaden", "jakob-ingebrigtsen", "injur"),
        # another inflection of VG's "akillesproblemer"
        ("hva sa jakob om akillesproblemene", "jakob-ingebrigtsen", "achilles"),
        # a compound of two lexicon words ("akilles" + "skaden"), and an inflection of one
        ("ka sa jakob om akillesskaden", "jakob-ingebrigtsen", "achilles"),
        ("hva sa jakob om akillesen hans", "jakob-ingebrigtsen", "achilles"),
        # a Norwegian inflection of a word the quote holds ("egoet" is "ego")
        ("ka meinte kerr om egoet åt jakob", "josh-kerr", "ego"),
    ],
)
def test_norwegian_topic_words_match_through_cited_lexicon_words(
    question: str, speaker: str, holds: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    answer = quote_shown(question, resolver, ctx)
    assert answer.speaker.id == speaker
    assert holds in answer.quote.text.casefold(), (question, answer.quote.id)


def test_a_norwegian_quote_still_holds_the_word_as_typed(ctx: Callable[..., Context]) -> None:
    # "venner" reads as "friends", and Jakob's own Norwegian words still hold "venner"
    answer = quote_of(ctx, "jakob", "gode venner")
    assert isinstance(answer, QuoteAnswer) and "venner" in answer.quote.text


def test_a_norwegian_word_no_source_prints_is_never_guessed(ctx: Callable[..., Context]) -> None:
    # no Norwegian source in the pack prints "operasjon": no quote about "surgery" is shown
    assert isinstance(quote_of(ctx, "jakob", "operasjonen"), NoQuote)
    assert isinstance(quote_of(ctx, "kerr", "klærne te jakob"), NoQuote)
    # a compound's printed head is read, its unprinted rest is still needed
    assert isinstance(quote_of(ctx, "jakob", "akillesoperasjonen"), NoQuote)
