"""Fresh fan input, round 12's /quote topics carrying extra words (issue 25), written per class.

1. Words no quote of the speaker holds ("pinching", "little girl", "when he was young") do not
   sink a quote holding a whole strong unit of the topic's other words; a unit half held is
   none of it ("training partners"), and places, numbers, names and racing words make no
   strong unit: no match is invented.
2. A fan's words around the topic ("calling himself", "the actual quote", "having", "sykt",
   "etterpå") are no topic words.
3. A reply or a post asked for ("sitt svar på", "his response to", "hva skrev", "posted") is a
   quote question.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.commands import Context
from bot.features.quote.answer import NoQuote
from bot.resolve import Resolver

from .quoting import quote_of, quote_reading, quote_shown

JAKOB, KERR, LAROS = "jakob-ingebrigtsen", "josh-kerr", "niels-laros"
FLAG = "kerr-2024-03-02-i-stole-the-flag-off"
PACEMAKER = "ingebrigtsen-2023-when-the-pacer-drops-out"
COMPARED = "laros-2023-07-its-pretty-cool-to-be"


# ------------------------------------------------- 1. stray words are noise beside a strong unit
@pytest.mark.parametrize(
    ("athlete", "topic", "shown"),
    [
        (KERR, "nicking the flag off some small kid at the stadium", FLAG),
        (KERR, "the flag he grabbed from a young fan", FLAG),
        (KERR, "snatching a flag from a little girl lol", FLAG),
        (LAROS, "being compared with jakob as a youngster", COMPARED),
        (LAROS, "how it felt to get compared to jakob when young", COMPARED),
        (JAKOB, "the pacemaker thing he told everyone about", PACEMAKER),
    ],
)
def test_stray_words_do_not_sink_a_strong_unit(
    athlete: str, topic: str, shown: str, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, athlete, topic)
    assert not isinstance(answer, NoQuote), topic
    assert answer.quote.id == shown


@pytest.mark.parametrize(
    ("athlete", "topic"),
    [
        (KERR, "training partners in arizona"),  # a unit half held is none of it
        (KERR, "doping in tokyo"),  # a place is no strong word
        (JAKOB, "steroids in oslo"),  # a place is no strong word
        (KERR, "jakob girlfriend drama"),  # nor a name, nor a rivalry word
        (JAKOB, "his favourite pizza topping in oslo"),
        (LAROS, "his little sister"),  # a word other quotes hold, in a unit none holds
    ],
)
def test_no_match_is_invented_from_weak_words(
    athlete: str, topic: str, ctx: Callable[..., Context]
) -> None:
    assert isinstance(quote_of(ctx, athlete, topic), NoQuote), topic


# ------------------------------------------------------------- 2. a fan's words around a topic
@pytest.mark.parametrize(
    ("question", "speaker", "shown"),
    [
        ("jakob literally calling himself the pacemaker, whats the actual line", JAKOB, PACEMAKER),
        ("the actual words when JI was calling himself a pacemaker??", JAKOB, PACEMAKER),
        ("what did laros say about being compared to jakob when he was younger", LAROS, COMPARED),
        ("kerr nicking a flag off a kid in glasgow lmao what did he say", KERR, FLAG),
    ],
)
def test_a_fans_words_around_the_topic_are_let_go(
    question: str, speaker: str, shown: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    answer = quote_shown(question, resolver, ctx)
    assert answer.speaker.id == speaker
    assert answer.quote.id == shown, (question, answer.quote.id)


def test_having_is_no_topic_word(resolver: Resolver, ctx: Callable[..., Context]) -> None:
    answer = quote_shown("what has kerr said about jakob having a weakness", resolver, ctx)
    assert "weak" in answer.quote.text.casefold() or any(
        "weak" in t.casefold() for t in answer.quote.topics
    )


# --------------------------------------------------- 3. a reply or a post is a quote question
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("kerr sitt svar på blindfolded-greia", KERR),
        ("hva skrev jakob på instagram etter operasjonen", JAKOB),
        ("what did jakob post after the surgery", JAKOB),
        ("ka skreiv kerr ætter tokyo", KERR),
    ],
)
def test_a_reply_or_a_post_is_a_quote(question: str, speaker: str, resolver: Resolver) -> None:
    assert quote_reading(question, resolver)["athlete"] == speaker


# ---------------------------------- 4. quoted words beside a moment: an aside, or the quote
@pytest.mark.parametrize(
    ("question", "meet"),
    [
        # words said months before the moment are the fan's scorn: the moment is asked
        (
            "so what did jakob say after he lost paris then. 'walk in the park' lmao",
            "2024-olympics-paris",
        ),
        # words no quote holds are no filter either
        ("kerr after tokyo, 'bananas forever' or whatever he said", "2025-worlds-tokyo"),
    ],
)
def test_quoted_words_beside_a_moment_may_be_an_aside(
    question: str, meet: str, resolver: Resolver
) -> None:
    assert meet in quote_reading(question, resolver)["topic"].split()


def test_quoted_words_said_at_the_moment_are_the_quote(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown("what did jakob say after budapest, 'the next guy'?", resolver, ctx)
    assert "next guy" in shown.quote.text
