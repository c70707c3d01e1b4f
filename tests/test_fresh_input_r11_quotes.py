"""Fresh fan input, round 11's /quote topics said as a paraphrase or a long phrase (issue 25).

Written for each class (not copied from the dev set), in English and Norwegian:
1. Words that ask for the wording, the source or the kind of saying ("verbatim", "nøyaktig
   ordlyd", "klagde", "sitert") say nothing of what the quote is about.
2. A reply asked for ("how did Ingebrigtsen respond", "hva svarte Jakob"): the one who replied
   speaks, though the words quoted are the other's.
3. Norwegian guillemets mark quoted words («98 av 100»).
4. A quote's own words written out after "quote" without marks are quoted words, and the
   quote printing them in order ranks first.
5. Norwegian strong verbs join their forms ("satt" of "sitter"); a win beside a meet ranks.
6. A paraphrase whose words no quote holds finds nothing: no match is invented.
7. A Norwegian word read whole as an English filler ("favoritten") is a content word.
8. A saying recalled, then "was that X?" / "var det X?": X is the speaker, and it is a quote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.ask.reader import read_question
from bot.commands import Context
from bot.features.quote.answer import NoQuote
from bot.features.quote.terms import found_among
from bot.resolve import Resolver
from bot.stems import stems

from .quoting import NOW, quote_of, quote_reading, quote_shown

JAKOB, KERR, HENRIK = "jakob-ingebrigtsen", "josh-kerr", "henrik-ingebrigtsen"
DEER_REPLY = "ingebrigtsen-2025-01-the-day-he-contributes-to"
HIGH_HORSE = "ingebrigtsen-2023-08-31-det-er-litt-harsart-syns"
DISRESPECT = "ingebrigtsen-2023-08-31-jeg-syns-det-er-litt"


# ------------------------------------------------------ 1. asks for the wording are no topic
@pytest.mark.parametrize(
    ("topic", "shown"),
    [
        ("at kerr klagde over manglende respekt, nøyaktig ordlyd", DISRESPECT),
        ("verbatim statement, precisely: kerr calling it respektløst", DISRESPECT),
        ("kerr sitter på en høy hest, sitert ordrett", HIGH_HORSE),
    ],
)
def test_words_asking_for_the_wording_are_let_go(
    topic: str, shown: str, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, HENRIK, topic)
    assert not isinstance(answer, NoQuote), topic
    assert answer.quote.id == shown


# ------------------------------------------------------------ 2. a reply: the replier speaks
@pytest.mark.parametrize(
    "question",
    [
        "what did jakob reply when kerr called him a 'deer on ice'",
        'Kerr said "deer on ice" about him. How did Ingebrigtsen respond?',
        "hva svarte Jakob da Kerr kalte ham «deer on ice»?",
        "kerr's 'deer on ice' line, what was jakobs response",
    ],
)
def test_a_reply_is_the_repliers_quote(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_shown(question, resolver, ctx).quote.id == DEER_REPLY


def test_responding_to_someone_keeps_the_speaker(resolver: Resolver) -> None:
    # the one replied to ("respond to jakob") is not the one who replied
    assert (
        quote_reading("how did kerr respond to jakob's 'blindfolded' claim", resolver)["athlete"]
        == KERR
    )


# ------------------------------------------------------------------------- 3. guillemets
@pytest.mark.parametrize("question", ["hvem sa «98 av 100»?", "jakob sa «98 av 100» om kerr?"])
def test_guillemets_mark_quoted_words(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert (
        quote_shown(question, resolver, ctx).quote.id == "ingebrigtsen-2024-02-01-i-know-that-i-win"
    )


# ------------------------------------------------- 4. a quote's own words written out unmarked
@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("nuguse quote you win some you lose some", "nuguse-2025-02-13-you-win-some-you-lose"),
        (
            "that nuguse quote u win some u lose some, real?",
            "nuguse-2025-02-13-you-win-some-you-lose",
        ),
        (
            "kerr quote we race each other thats our relationship",
            "kerr-2024-05-24-we-re-not-friends-we",
        ),
    ],
)
def test_a_quotes_own_words_unmarked(
    question: str, shown: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_shown(question, resolver, ctx).quote.id == shown


# ------------------------------------------------ 5. Norwegian verb forms; a win at a meet
@pytest.mark.parametrize(
    ("typed", "printed"),
    [("sat", "han sitter der"), ("satt", "sitte"), ("slo", "å slå ham"), ("vant", "vi vinner")],
)
def test_norwegian_verb_forms_join(typed: str, printed: str) -> None:
    assert found_among(stems(typed), stems(printed)) == set(stems(typed))


def test_a_norwegian_verb_form_is_its_other_forms(ctx: Callable[..., Context]) -> None:
    answer = quote_of(ctx, HENRIK, "kerr sat på ein høg hest")  # nynorsk "sat"
    assert not isinstance(answer, NoQuote)
    assert answer.quote.id == HIGH_HORSE


@pytest.mark.parametrize(
    "question",
    ["what did hocker say when he won the olympics", "cole hocker quote when he won paris"],
)
def test_a_win_beside_a_meet_ranks(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown(question, resolver, ctx).quote
    assert shown.id == "hocker-2024-08-06-winning-gold-was-my-goal"


# ------------------------------------------------------------------ 6. nothing invented
@pytest.mark.parametrize(
    ("athlete", "topic"),
    [
        (KERR, "jakob new girlfriend"),  # no word held by any quote: nothing is about it
        (KERR, "training partners in arizona"),  # one held word of three is not enough
        ("niels-laros", "jakob noe om å slå han en dag"),
    ],
)
def test_no_match_is_invented(athlete: str, topic: str, ctx: Callable[..., Context]) -> None:
    assert isinstance(quote_of(ctx, athlete, topic), NoQuote)


# --------------------------- 7. a Norwegian word read whole as an English filler is no filler
@pytest.mark.parametrize(
    "topic", ["noe om favoritter", "favorittene i tokyo", "at han ikke var favoritten"]
)
def test_the_favourite_said_in_norwegian_is_a_topic(
    topic: str, ctx: Callable[..., Context]
) -> None:
    answer = quote_of(ctx, KERR, topic)
    assert not isinstance(answer, NoQuote), topic
    assert answer.quote.id == "kerr-2025-09-14-it-doesnt-matter-who-the"


# ------------------------------- 8. a saying recalled, then "was that X?": X said it
@pytest.mark.parametrize(
    ("question", "speaker", "shown"),
    [
        (
            "that one about jakob's dress sense... was it kerr?",
            KERR,
            "kerr-2024-09-04-his-dress-sense-that-would",
        ),
        (
            "the thing about kerr being a coward, was that jakob?",
            JAKOB,
            "ingebrigtsen-2024-05-24-coward-move",
        ),
        ("det med at jakob var en deer on ice, var det kerr?", KERR, "kerr-2025-01-deer-on-ice"),
    ],
)
def test_the_one_asked_about_last_said_it(
    question: str, speaker: str, shown: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_reading(question, resolver)["athlete"] == speaker
    assert quote_shown(question, resolver, ctx).quote.id == shown


def test_was_it_after_a_result_question_stays_a_result(resolver: Resolver) -> None:
    best = read_question("who won in paris, was it hocker?", resolver, NOW.date()).best
    assert best is not None and best.command == "results"


# ------------------------------------- 9. a bare city as the moment is the meet raced there
@pytest.mark.parametrize(
    ("question", "meet"),
    [
        ("what did jakob say after losing in budapest", "2023-worlds-budapest"),
        ("kerr's words after winning in budapest?", "2023-worlds-budapest"),
    ],
)
def test_a_bare_city_as_the_moment_is_the_meet_raced_there_at_any_clock(
    resolver: Resolver, question: str, meet: str
) -> None:
    """At the end of 2026 "budapest" is also the 2026 Ultimate Championship, where the store
    holds no race: the moment of a quote "after losing in budapest" is the 2023 worlds."""
    best = read_question(question, resolver, dt.date(2026, 12, 3)).best
    assert best is not None and best.command == "quote", (question, best)
    assert meet in best.options["topic"].split()
