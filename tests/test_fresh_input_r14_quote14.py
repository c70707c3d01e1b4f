"""Fresh fan input, round 14's /quote topics as fans say them (issue 25).

Written for each class (not copied from the dev set), in English, Norwegian and dialect:
1. The topic ends at a clause that asks where or why it was said, or orders the quote fetched
   ("…, where'd he say it", "…, finn sitatet", "…, vis meg"); one that recalls the quote's
   words ("…, where do they get his address") goes on.
2. A fan's Norwegian talk around the topic ("stemme det", "attpåtil", "sikkert", "iallfall")
   and the dialect "meinte med" (meant by) say nothing of what the quote is about.
3. A surname several quoted people share is the one whose quotes fit the topic; a word for
   the one named between the name and a relation ("that wightman boy's dad") lets the relation
   through.
4. A name right after "in"/"i" is where, not who ("operert i USA – dette sa Ingebrigtsen").
5. (A compound whose rest no source prints still needs it: tests/test_fresh_input_r8_topics.py.)
6. Words quoted in another language, beside a topic of their own after "om"/"about", are the
   fan's rendering: the topic is asked, and they are not respelt as the speaker's words.
7. Hashtags as words ("#Budapest23": Budapest 2023, "#DiamondLeague"); a question that ends on
   "after" makes the meet named before it the quote's moment.
8. A paraphrase: one word of a run side by side is none of it ("a little bit" holds no "little
   girl"), so the quote holding a rare word alone ("flag") is shown over one holding halves.
9. A fan's words for getting hurt ("tear", "hurting", "strained") are the quotes' "injury"
   (another command's cue may claim them, and the part of the body); a country in the topic is
   held by the quotes said at a meet held there ("his leg in japan": the Tokyo worlds).
10. A Norwegian headline quotes: "Kerr om fanpost: – …", "Kerr pekte på …", "hevdet Jakob".
11. "about <person> after <meet>": the meet is when it was said, the person what it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.ask.words import split_question
from bot.commands import Context
from bot.features.quote.answer import QuoteAnswer
from bot.resolve import Resolver

from .quoting import quote_reading, quote_shown

JAKOB, KERR, JAKE, GEOFF = "jakob-ingebrigtsen", "josh-kerr", "jake-wightman", "geoff-wightman"
NINETY_EIGHT = {
    "ingebrigtsen-2024-02-01-i-know-that-i-win",
    "ingebrigtsen-2024-02-01-im-pretty-sure-ill-win",
}
DEER = "kerr-2025-01-deer-on-ice"
PACER = "ingebrigtsen-2023-when-the-pacer-drops-out"
WEAKNESSES = "wightman-2024-02-det-finnes-svakheter-i-jakobs"
BLINDFOLD = "wightman-2024-02-it-s-funny"


def _shown(question: str, resolver: Resolver, ctx: Callable[..., Context]) -> QuoteAnswer:
    return quote_shown(question, resolver, ctx)


# ------------------------------------------- 1. the topic ends where a new question begins
@pytest.mark.parametrize(
    "question",
    [
        "so much chat about the 98 out of 100 thing, where did jakob say it",
        "that '98 out of 100' claim, why did jakob even say that lol",
        "sitatet om 98 out of 100, hvor sa jakob det egentlig?",
    ],
)
def test_a_clause_asking_where_it_was_said_ends_the_topic(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_reading(question, resolver)["athlete"] == JAKOB
    assert _shown(question, resolver, ctx).quote.id in NINETY_EIGHT


@pytest.mark.parametrize(
    "question",
    [
        "ka meinte kerr med deer on ice, finn sitatet te meg",
        "kerr and the deer on ice thing, find the quote pls",
        "kerr sa noe om deer on ice, vis meg",
    ],
)
def test_an_order_to_fetch_the_quote_is_no_topic(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    options = quote_reading(question, resolver)
    assert options["athlete"] == KERR
    assert not {"finn", "find", "vis", "sitatet"} & set(options["topic"].split())
    assert _shown(question, resolver, ctx).quote.id == DEER


# ------------------------------------------------------ 2. Norwegian talk around the topic
@pytest.mark.parametrize(
    "question",
    [
        "wightman snakka visst om svakheter hos jakob attpåtil. stemme det?",
        "jake wightman sa sikkert nåkka om svakheter attpåtil, stemmer det",
    ],
)
def test_norwegian_talk_is_no_topic_word(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_reading(question, resolver)["athlete"] == JAKE
    assert _shown(question, resolver, ctx).quote.id == WEAKNESSES


def test_dialect_meant_by_is_read_as_bokmaal() -> None:
    assert "mente" in split_question("ka meinte jakob med det").words


# -------------------------------------------- 3. a shared surname, a relation with "boy"
@pytest.mark.parametrize(
    "question",
    [
        "what did wightman say about the blindfolded claim",
        "wightman on the blindfold comment??",
        "ka sa wightman om blindfolded-greia",
    ],
)
def test_a_shared_surname_is_the_one_whose_quotes_fit(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert quote_reading(question, resolver)["athlete"] == JAKE
    assert _shown(question, resolver, ctx).quote.id == BLINDFOLD


@pytest.mark.parametrize(
    "name", ["wightman boy father", "the wightman lad s dad", "wightman guy father"]
)
def test_a_word_for_the_one_named_lets_the_relation_through(name: str, resolver: Resolver) -> None:
    assert resolver.athlete(name, roles=None).id == GEOFF


def test_that_boys_father_is_the_speaker(resolver: Resolver) -> None:
    question = "what did that wightman boy's dad shout on the mic"
    assert quote_reading(question, resolver)["athlete"] == GEOFF


# ---------------------------------------------------- 4. a name after "in" is where, not who
@pytest.mark.parametrize(
    "question",
    [
        "Operasjon i USA: dette sa Jakob om akillesen",
        "surgery in USA, what did jakob say about the achilles",
    ],
)
def test_a_name_after_in_is_no_speaker(question: str, resolver: Resolver) -> None:
    assert quote_reading(question, resolver)["athlete"] == JAKOB


# ---------------------------------- 6. quoted words in another language beside their topic
@pytest.mark.parametrize(
    "question",
    [
        "«Når haren går av, er det jeg som er hare» – har dere Jakob-sitatet om pacing?",
        "'i'm the rabbit when the rabbit quits' or something, anything from jakob about pacing?",
    ],
)
def test_a_fans_rendering_beside_its_topic(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    options = quote_reading(question, resolver)
    assert options["athlete"] == JAKOB
    assert "haven" not in options["topic"].split()
    assert _shown(question, resolver, ctx).quote.id == PACER


# --------------------------------------------------- 7. hashtags, and "what did he say after"
@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("#Budapest23", ("budapest", "2023")),
        ("#paris2024", ("paris", "2024")),
        ("#DiamondLeague", ("diamond", "league")),
        ("#U20 euros", ("u20", "euros")),
        ("#top10", ("top10",)),
    ],
)
def test_hashtags_are_read_as_their_words(typed: str, words: tuple[str, ...]) -> None:
    assert split_question(typed).words[: len(words)] == words


@pytest.mark.parametrize(
    "question",
    [
        "#Budapest23 kerr what did he say after",
        "budapest 2023 🏆 kerr, what'd he say afterwards",
        "VM i Budapest 2023 - hva sa Kerr etter det?",
    ],
)
def test_a_question_ending_on_after_points_back_to_the_meet(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert "2023-worlds-budapest" in quote_reading(question, resolver)["topic"].split()
    assert (_shown(question, resolver, ctx).quote.said_on or "").startswith("2023-08")


def test_clock_is_the_blind_writers() -> None:
    # (the quotes above were all said by the writers' clock)
    assert dt.date(2026, 3, 25) > dt.date(2026, 2, 6)


# ---------------------------------------------------- 8. half a run of words held is none of it
FLAG = "kerr-2024-03-02-i-stole-the-flag-off"


@pytest.mark.parametrize(
    "question",
    [
        "didnt josh say something about grabbing a flag off some little kid",
        "kerr quote about taking the flag from a young girl in glasgow??",
        "kerr talking about swiping a flag from a little girl at the world indoors",
    ],
)
def test_a_rare_word_beats_halves_of_runs(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    assert _shown(question, resolver, ctx).quote.id == FLAG


# ------------------------------------------------------------ 9. hurt words, a host country
CALF = "kerr-2025-09-i-felt-pretty-confident-going"


@pytest.mark.parametrize(
    "question",
    [
        "🤕 josh calf strain quote",
        "what did kerr say about tearing his calf",
        "josh on hurting his leg in japan",
        "kerr torn calf comments pls",
    ],
)
def test_hurt_words_are_the_injury(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    shown = _shown(question, resolver, ctx)
    assert shown.speaker.id == KERR
    assert "calf injury" in shown.quote.topics


# ------------------------------------------------------------- 10. Norwegian headlines quote
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Kerr om brevene fra norske fans: – Jeg vet ikke hvor de får adressen", KERR),
        ("Jakob om Kerr: – Han er ikke den beste", JAKOB),
        ("Wightman pekte på svakheter hos Jakob etter Bislett", JAKE),
        ("Ingebrigtsen innrømmet at han var syk før finalen i Budapest", JAKOB),
    ],
)
def test_a_norwegian_headline_is_a_quote(question: str, speaker: str, resolver: Resolver) -> None:
    assert quote_reading(question, resolver)["athlete"] == speaker


# ------------------------------------------------ 11. a person, then the meet it was said after
@pytest.mark.parametrize(
    "question",
    [
        "what did jakob say about kerr after the paris olympics final",
        "hva sa Jakob om Kerr etter OL i Paris?",
        "jakob on josh after the olympic 1500 in paris",
    ],
)
def test_a_person_then_after_a_meet(
    question: str, resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    topic = quote_reading(question, resolver)["topic"].split()
    assert topic[:2] == ["2024-olympics-paris", KERR]
    shown = _shown(question, resolver, ctx)
    assert (shown.quote.said_on or "").startswith("2024-08")
    assert KERR in [p.id for p in shown.quote.about] or "Kerr" in shown.quote.text
