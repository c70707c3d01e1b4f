"""Fresh fan input, round 10's /quote classes (issue 25), each written as a rule.

1. A sentence that recalls the quote ("..., something about some of the guys being boring",
   "? noe om ...") is part of the topic; any other remark after the question is not.
2. Chat noise: stretched laughter is one word; "greia", "elns", "the verb 'called'" say nothing.
3. Words a fan quotes are someone's own: they pick the speaker among the people named, an
   ambiguous surname's candidates, or a family's members.
4. "What did X make of ..." asks an opinion; "doesn't like" is the quote's "dislike"; an
   event beside a person ranks ("about jakob doing the 800"); irregular verbs join their forms.
5. A topic opening with a person, followed by "what did he say", has that person as speaker.
6. A marked word one letter off ("like moran??") is the one word of the speaker's quotes it
   misspells; an unmarked word, a short one, or one held as typed is never respelt.
7. A rivalry with no one named ("the feud between those two") is a quote about two people.
8. When: a meet after "after" is the moment; a country said as where is its meets' host; a
   quote tagged with a meet and said in the week after it was said on its occasion.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.ask.words import split_question
from bot.commands import Context
from bot.features.quote.moments import occasions
from bot.resolve import Resolver

from .quoting import quote_reading, quote_shown


# ------------------------------------------------------- 1. a recalling sentence is the topic
@pytest.mark.parametrize(
    "question",
    [
        "what did kerr say about the netflix thing, something about some of the guys being boring",
        "hva mente kerr om en netflix doc? noe om boring gutter",
        "kerr on a netflix doc?? smth about the guys being boring",
    ],
)
def test_a_recalling_sentence_joins_the_topic(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_shown(question, resolver, ctx).quote.id == "kerr-2024-08-07-maybe-some-of-the-guys"


def test_a_remark_after_the_question_stays_out(resolver: Resolver) -> None:
    assert (
        quote_reading("Hva sa Kerr om fan mail? Vi så det på TV i går", resolver)["topic"]
        == "fan mail"
    )


def test_a_recalling_sentence_that_asks_anew_is_no_topic(resolver: Resolver) -> None:
    topic = quote_reading(
        "hva sa kerr om fan mail? noe om hvem som skrev dem, hva var det", resolver
    )
    assert "skrev" not in topic["topic"]


# ------------------------------------------------------------------------ 2. chat noise
@pytest.mark.parametrize("laugh", ["hahahah", "HAHAHAHA", "hehehe", "jajaja", "lololol", "looool"])
def test_stretched_laughter_is_one_word(laugh: str) -> None:
    assert split_question(f"kerr {laugh} jakob").words == ("kerr", "haha", "jakob")


@pytest.mark.parametrize("word", ["hahaha", "lol"])
def test_laughter_is_no_topic_word(word: str, resolver: Resolver) -> None:
    options = quote_reading(f"kerr sa noe om dress sensen til jakob {word}{word[-1]}", resolver)
    assert "ha" not in options["topic"] and "lol" not in options["topic"]


@pytest.mark.parametrize(
    "question",
    ["hva kalte jakob kerr igjen? moron elns", "jakob kallte kerr for noe, moron greia elns"],
)
def test_called_and_chatter_leave_the_word(question: str, resolver: Resolver) -> None:
    options = quote_reading(question, resolver)
    assert options["athlete"] == "jakob-ingebrigtsen"
    assert set(options["topic"].split()) <= {"josh-kerr", "moron", "for"}, options


# -------------------------------------------------------- 3. quoted words pick the speaker
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("so wightman said 'start hating us brits'?", "jake-wightman"),
        ("did ingebrigtsen really say he'd have won 'blindfolded'?", "jakob-ingebrigtsen"),
        ("Kerr and Ingebrigtsen: which of them said 'blindfolded'?", "jakob-ingebrigtsen"),
    ],
)
def test_quoted_words_pick_whose_they_are(question: str, speaker: str, resolver: Resolver) -> None:
    assert quote_reading(question, resolver)["athlete"] == speaker


# --------------------------------------------------------------- 4. opinions and meanings
@pytest.mark.parametrize(
    "question",
    ["what did cram make of jakob's 800m", "What does Steve Cram make of Kerr in Tokyo?"],
)
def test_make_of_asks_an_opinion(question: str, resolver: Resolver) -> None:
    assert quote_reading(question, resolver)["athlete"] == "steve-cram"


@pytest.mark.parametrize(
    "question",
    [
        "is it true kerr doesnt like jakob? what did he say",
        "kerr liker ikke jakob, hva sa han egentlig",
        "what did kerr say about not liking jakob",
    ],
)
def test_a_negated_like_is_dislike(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    answer = quote_shown(question, resolver, ctx)
    assert "dislike" in answer.quote.text
    assert "doesnt" not in quote_reading(question, resolver)["topic"]


@pytest.mark.parametrize(
    "question",
    ["what did kerr say about jakob doing the 800", "hva sa kerr om jakob på 800 meter"],
)
def test_an_event_beside_a_person_ranks(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_reading(question, resolver)["topic"] == "jakob-ingebrigtsen 800m"
    assert quote_shown(question, resolver, ctx).quote.id == "kerr-2025-01-deer-on-ice"


def test_an_irregular_verb_finds_its_other_form(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = quote_shown("what did kerr say about stealing the flag", resolver, ctx)
    assert shown.quote.id == "kerr-2024-03-02-i-stole-the-flag-off"


# ----------------------------------------------------- 5. the person a topic opens with
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("something about kerr stealing a flag off a kid?? what did he say", "josh-kerr"),
        ("noe om at jakob ble syk før finalen? hva sa han", "jakob-ingebrigtsen"),
    ],
)
def test_the_person_a_topic_opens_with_speaks(
    question: str, speaker: str, resolver: Resolver
) -> None:
    assert quote_reading(question, resolver)["athlete"] == speaker


# ------------------------------------------------------------- 6. a misspelt marked word
@pytest.mark.parametrize(
    "question",
    [
        "jakob said kerr was like a moran??",
        "the moran comment by jakob",
        "did jakob call kerr a moronn",
    ],
)
def test_a_marked_word_one_letter_off_is_respelt(question: str, resolver: Resolver) -> None:
    assert "moron" in quote_reading(question, resolver)["topic"].split()


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("what did jakob say about moran", "moran"),  # not marked as the quote's word
        ("what did kerr say about the 'dear on ice' thing", "dear"),  # too short to respell
    ],
)
def test_other_words_are_never_respelt(question: str, kept: str, resolver: Resolver) -> None:
    assert kept in quote_reading(question, resolver)["topic"].split()


# ---------------------------------------------------------------- 7. a rivalry's pair
@pytest.mark.parametrize(
    "question",
    [
        "has jake wightman said anything about the feud between those two",
        "hva sa jake wightman om krangelen mellom de to",
    ],
)
def test_a_rivalry_with_no_one_named_is_about_a_pair(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert len(quote_shown(question, resolver, ctx).quote.about) >= 2


# ---------------------------------------------------------------------------- 8. when
def test_a_meet_after_after_is_the_moment(resolver: Resolver) -> None:
    options = quote_reading("what did kerr say after the olympic final in paris", resolver)
    assert "2024-olympics-paris" in options["topic"].split()


@pytest.mark.parametrize(
    ("question", "meet", "country"),
    [
        ("what did hocker say after the worlds in japan", "2025-worlds-tokyo", "japan"),
        ("what did kerr say when he won in hungary", "2023-worlds-budapest", "hungary"),
    ],
)
def test_a_country_said_as_where_hosts_the_meet(
    question: str, meet: str, country: str, resolver: Resolver
) -> None:
    words = quote_reading(question, resolver)["topic"].split()
    assert meet in words and country not in words


def test_a_country_as_the_topic_stays_a_word(resolver: Resolver) -> None:
    assert quote_reading("what did jakob say about norway", resolver)["topic"] == "norway"


def test_a_tagged_quote_said_in_the_fortnight_after_a_meet_was_said_on_it(
    resolver: Resolver,
) -> None:
    store = resolver.store
    # said 8 days after its 1500m final, tagged "Budapest 2023"
    said_later = store.quotes["ingebrigtsen-2023-08-23-det-er-uflaks-a-bli"]
    assert "2023-worlds-budapest" in occasions(store, said_later)
    untagged = [
        q
        for q in store.quotes.values()
        if q.said_on == "2023-08-31" and not any("Budapest" in t for t in q.topics)
    ]
    assert all("2023-worlds-budapest" not in occasions(store, q) for q in untagged)
