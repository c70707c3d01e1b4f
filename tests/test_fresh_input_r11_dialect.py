"""Fresh fan input, blind round 11's class (issue 25): dialect and informal function words.

Scots, Irish, Geordie, American and phone spellings of English question words ("whit",
"wha", "aboot", "doesnae", "u", "abt") and Nynorsk / Vestland forms of Norwegian ones ("kva",
"gje", "vert", "høg", "frå") are read as the standard words before anything else. Every
question here is new (none is in the dev set); they vary the dialect, the wording and the
language.
"""

from __future__ import annotations

import pytest

from bot.ask.dialect import DIALECT, DIALECT_PAIRS
from bot.ask.informal import INFORMAL, INFORMAL_FILLER
from bot.ask.reader import read_question
from bot.ask.words import DOMAIN_WORDS, FUNCTION_WORDS, split_question
from bot.resolve import Resolver
from tests.asking import SPRING, best_reading, refusal

KERR, JAKOB, WIGHTMAN, HOCKER = "josh-kerr", "jakob-ingebrigtsen", "jake-wightman", "cole-hocker"
LAROS, NADER, HENRIK = "niels-laros", "isaac-nader", "henrik-ingebrigtsen"


# ------------------------------------------------------------------ the words themselves
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("whit did kerr say aboot jakob", ("what", "did", "kerr", "say", "about", "jakob")),
        ("wha beat hocker efter that", ("who", "beat", "hocker", "after", "that")),
        ("hoo did he get oan", ("how", "did", "he", "get", "on")),
        ("he disnae rate him", ("he", "doesn't", "rate", "him")),
        ("wat r u saying abt laros", ("what", "are", "you", "saying", "about", "laros")),
        ("whos faster kerr or jakob", ("who's", "faster", "kerr", "or", "jakob")),
        ("gimme a kerr quote pls", ("give", "me", "a", "kerr", "quote", "please")),
        # "us" after a verb that gives or tells is "me"; elsewhere it stays "us"
        ("tell us aboot nader", ("tell", "me", "about", "nader")),
        ("is he racing us", ("is", "he", "racing", "us")),
        # "o" is "of" only before a word like "the" or "him"; "n" is "and" between words
        ("the best o the lot", ("the", "best", "of", "the", "lot")),
        ("kerr n laros", ("kerr", "and", "laros")),
        ("n laros results", ("n", "laros", "results")),
        ("did n laros beat kerr", ("did", "n", "laros", "beat", "kerr")),
        ("o hocker", ("o", "hocker")),
        # "-in" for "-ing" on the verbs of racing and talk; a name ending so stays
        ("when's laros racin next", ("when's", "laros", "racing", "next")),
        ("kerr sayin stuff about kevin", ("kerr", "saying", "stuff", "about", "kevin")),
        ("hoo mony times", ("how", "many", "times")),
        ("hw many wen", ("how", "many", "when")),
        ("didja see laros", ("did", "you", "see", "laros")),
        # a word said long is the word; a name said long is left to the name reader
        ("whaaat did laros sayyy pleeease", ("what", "did", "laros", "say", "please")),
        ("kerrrr fasterrr", ("kerrrr", "faster")),
    ],
)
def test_informal_english_is_read_as_standard(text: str, words: tuple[str, ...]) -> None:
    assert split_question(text).words == words


def test_words_in_quotation_marks_are_kept_as_typed() -> None:
    # a quote's own words: "u" and "wi" in quotation marks are what he said
    assert split_question('who said "u win some u lose some"').words[2:4] == ("u", "win")
    assert split_question("kerr's 'me n u' line").words == ("kerr", "me", "n", "u", "line")
    assert split_question("ho sa «eg vart slegen»").words[2:] == ("eg", "vart", "slegen")
    # outside the marks the same words are read
    assert split_question("u said 'wi' tho").words[:2] == ("you", "said")


def test_nynorsk_words_are_read_as_bokmaal() -> None:
    words = split_question("kva sa jakob sidan han vart slegen, gje meg eit sitat").words
    assert words[:6] == ("hva", "sa", "jakob", "siden", "han", "ble")
    assert "gi" in words and "quote" in words
    assert split_question("har kerr slått jakob på ei engelsk mil").words[-1] == "mila"
    words = split_question("spring laros framleis utan trenar, seier dei").words
    assert words[:4] == ("løper", "laros", "fortsatt", "uten") and "sier" in words
    assert split_question("e d sant at dokkar kossn").words == (
        "er",
        "det",
        "sant",
        "at",
        "dere",
        "hvordan",
    )


def test_norwegian_topic_starts_after_its_conjunction(resolver: Resolver) -> None:
    # "noko om at X …": the quote is about X, not "at"
    _, options = best_reading(resolver, "hocker sa noko om at laros var for ung, kva var det")
    assert options.get("topic", "").split()[0] != "at", options


def test_no_dialect_form_is_a_name_in_the_store(resolver: Resolver) -> None:
    """A dialect form read as a standard word must never be a word of a name or a meet."""
    names = set(resolver.athletes.token_list) | set(resolver.meets.token_list)
    forms = set(INFORMAL) | set(DIALECT) | {w for pair in DIALECT_PAIRS for w in pair}
    # (a pair's second word may be a championship's: "inne vm" is the indoor worlds)
    forms -= {second for _, second in DIALECT_PAIRS}
    assert not forms & names, forms & names


def test_informal_function_words_read_as_function_words() -> None:
    # "im" was a function word before it was read as "i'm": so must "i'm" be, or a question
    # that says it pays for a word nothing explains
    content = {"auld", "ppl", "tru", "missus", "missis", "wifey", "clathes", "claes", "hame"}
    content.add("heid")
    for form, standard in INFORMAL.items():
        if form not in content:
            assert set(standard.split()) <= FUNCTION_WORDS | DOMAIN_WORDS, (form, standard)


def test_dialect_filler_is_a_function_word() -> None:
    # a topic keeps content words: "wee", "aye" and an informal "aboot" are no topic
    assert INFORMAL_FILLER <= FUNCTION_WORDS
    assert {"aboot", "doesnae", "abt", "wha"} <= FUNCTION_WORDS


# ------------------------------------------------------------------ questions read
@pytest.mark.parametrize(
    ("question", "command", "options"),
    [
        # Scots
        ("whit did hocker say aboot kerr", "quote", {"athlete": HOCKER, "topic": KERR}),
        ("wha won the tokyo worlds 1500", "results", {"meet": "2025-worlds-tokyo"}),
        ("hoo many times has laros beaten jakob", "h2h", {"athlete": LAROS, "opponent": JAKOB}),
        ("gie us a random quote fae hocker", "quote", {"athlete": HOCKER}),
        ("did kerr ever get the better o jakob ower 1500", "h2h", {"athlete": KERR}),
        ("whaur does jakob race next", "next-race", {"athlete": JAKOB}),
        ("hoo mony times has hocker beaten laros", "h2h", {"athlete": HOCKER, "opponent": LAROS}),
        ("did kerr ever say onything aboot hocker", "quote", {"athlete": KERR, "topic": HOCKER}),
        # Geordie / Irish / American / phone
        ("howay, tell us aboot isaac nader", "athlete", {"name": NADER}),
        ("wat did laros say abt jakob", "quote", {"athlete": LAROS, "topic": JAKOB}),
        ("whos won more races kerr or hocker", "h2h", {"athlete": KERR, "opponent": HOCKER}),
        ("lemme see kerr v jakob head to head", "h2h", {"athlete": KERR, "opponent": JAKOB}),
        ("when r u gonna tell me jakob's next race", "next-race", {"athlete": JAKOB}),
        ("whaaat did hocker sayyy about laros", "quote", {"athlete": HOCKER, "topic": LAROS}),
        # Nynorsk / Vestland
        ("kva sa henrik om kerr", "quote", {"athlete": HENRIK, "topic": KERR}),
        ("kva meiner laros om kerr", "quote", {"athlete": LAROS, "topic": KERR}),
        ("kva tid vert neste løp for laros", "next-race", {"athlete": LAROS}),
        ("gje meg eit sitat frå laros", "quote", {"athlete": LAROS}),
        ("kor mange gonger har laros vunne over jakob", "h2h", {"athlete": LAROS}),
    ],
)
def test_dialect_questions_read(
    resolver: Resolver, question: str, command: str, options: dict[str, str]
) -> None:
    got_command, got = best_reading(resolver, question)
    assert got_command == command, (question, got_command, got)
    for key, value in options.items():
        assert got.get(key) == value, (question, key, got)


@pytest.mark.parametrize(
    "question",
    ["gie us a random quote fae hocker", "gje meg eit tilfeldig sitat frå laros"],
)
def test_a_random_quote_has_no_topic(resolver: Resolver, question: str) -> None:
    assert "topic" not in best_reading(resolver, question)[1]


def test_dialect_filler_is_no_quote_topic(resolver: Resolver) -> None:
    # "aboot" is the cue, "wee" filler: what is left is what the quote is about
    _, options = best_reading(resolver, "whit did kerr say aboot his wee bronze in budapest")
    assert "aboot" not in options.get("topic", "") and "wee" not in options.get("topic", "")
    read = read_question("did hocker really say he doesnae rate laros", resolver, SPRING)
    assert read.best is not None and "doesnae" not in read.best.options.get("topic", "")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("is laros still going oot wi his missus", "personal"),
        ("whit does jakob earn fae a diamond league", "money"),
        ("ka tenar kerr på eit løp", "money"),
        ("korleis vert vêret på bislett", "weather"),
    ],
)
def test_dialect_refusals(resolver: Resolver, question: str, topic: str) -> None:
    assert refusal(resolver, question) == topic
