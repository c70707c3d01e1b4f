"""Fresh fan input (issue 25, round 8's misses): the question inside a post, and chatter.

Examples written new for the two classes, not copied from the dev set: a long post whose
question sits in one clause among remarks (with refusal words used in passing), and talk
among fans that merely names someone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.asking import asking_clauses, asks, chatter, split_at_joins
from bot.ask.reader import read_question
from bot.ask.words import split_question
from bot.resolve import Resolver

SPRING = dt.date(2026, 3, 25)
KERR_JAKOB = {"athlete": "josh-kerr", "opponent": "jakob-ingebrigtsen"}
JAKOB_KERR = {"athlete": "jakob-ingebrigtsen", "opponent": "josh-kerr"}


def _outcome(question: str, resolver: Resolver) -> tuple[str, dict[str, str]] | str | None:
    """("command", options), "outside:<topic>" or None (not sure)."""
    read = read_question(question, resolver, SPRING)
    if read.outside is not None:
        return f"outside:{read.outside.topic}"
    best = read.best
    return (best.command, dict(best.options)) if best else None


def test_which_clauses_ask() -> None:
    post = split_question("ok hot take incoming, so settle it for me: what is their record")
    assert asking_clauses(post) == {1, 2}  # "so settle …" asks as a request, "what is …"
    assert asking_clauses(split_question("Hvem vant? Vi så det ikke live")) == {0}
    assert asking_clauses(split_question("the offseason is so dull")) == frozenset()
    # an exclamation that opens like a question asks nothing
    assert not asks(split_question("what a race by kerr!!"))
    assert asks(split_question("I'm curious how many finals they have run"))
    assert asks(split_question("lurer på når jakob løper igjen"))
    joined = split_at_joins(split_question("kerr is great but who won? lol so what"))
    assert joined.clauses == (0, 4, 6, 8) and joined.marked == {1}


def test_chatter_is_told_from_a_look_up() -> None:
    for remark in ("gg jakob", "come on kerr!!!", "kerr is washed lol", "kom igjen jakob"):
        assert chatter(split_question(remark)), remark
    for look_up in ("kerr", "budapest 2023 results", "gg, who won in torun?", "jakob!"):
        assert not chatter(split_question(look_up)), look_up


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the refusal word sits in a remark; the clause that asks is answerable
        (
            "not gonna lie the weather in oslo has been miserable all week, but who won "
            "the 1500 at bislett in 2024?",
            ("results", {"meet": "2024-dl-oslo", "event": "1500m"}),
        ),
        (
            "I'd put money on Jakob any day, but what's the actual head to head with Kerr?",
            ("h2h", JAKOB_KERR),
        ),
        (
            "Hvem vant OL-finalen i Tokyo? Vi så det ikke på tv",
            ("results", {"meet": "2021-olympics-tokyo", "round": "final"}),
        ),
        (
            "the stream kept buffering so I missed it lol. who won the final at the "
            "budapest worlds?",
            # (the final asked for is the round: the same race /results shows by default)
            ("results", {"meet": "2023-worlds-budapest", "round": "final"}),
        ),
        (
            "honestly the betting sites had Jakob as a lock, so how did Kerr win in Budapest?",
            ("results", {"meet": "2023-worlds-budapest"}),
        ),
        (
            "my mate reckons Jakob is untouchable, I'd wager he's wrong - what's Kerr vs "
            "Jakob in 2023?",
            ("h2h", {**JAKOB_KERR, "year": "2023"}),
        ),
        (
            "it's freezing here lol, anyway when is the next diamond league in oslo?",
            ("next-race", {"meet": "2026-dl-oslo"}),
        ),
        # a conjunction before a question word starts the clause that asks
        (
            "not exactly beach weather in oslo but when is the Bislett meet this year",
            ("next-race", {"meet": "2026-dl-oslo"}),
        ),
        (
            "Folk på forumet sier at Jakob alltid taper i spurten, stemmer det at Kerr har "
            "slått ham i finaler?",
            ("h2h", {**JAKOB_KERR, "rounds": "finals"}),
        ),
        # the question in the middle of a rant
        (
            "Been arguing with my brother all evening. Has Kerr ever beaten Jakob in a "
            "final? He swears it only happened once",
            ("h2h", {**KERR_JAKOB, "rounds": "finals"}),
        ),
        # a name in a remark after the question is no option of it
        (
            "When is Hocker racing next? My uncle wants to see him at Bislett",
            ("next-race", {"athlete": "cole-hocker"}),
        ),
        (
            "Hvem vant EM i Roma? Kona mi tror det var Jakob, jeg sier Wightman",
            ("results", {"meet": "2024-euros-rome"}),
        ),
        (
            "When does Kerr race next? someone in the other thread said Millrose",
            ("next-race", {"athlete": "josh-kerr"}),
        ),
        # hedges inside a question change nothing
        ("who actually is Niels Laros", ("athlete", {"name": "niels-laros"})),
        # a refusal word used for something the store does know
        (
            "who is the better racer right now, kerr or laros?",
            ("h2h", {"athlete": "josh-kerr", "opponent": "niels-laros"}),
        ),
        ("how much faster is jakob than kerr", ("h2h", JAKOB_KERR)),
        # where the clause that asks holds the refusal, it stands
        ("who's leading right now at the bell", "outside:live"),
        ("how much does kerr earn a year", "outside:money"),
        ("Kerr vs Jakob tonight, is it on tv?", "outside:live"),
        ("what are the odds Kerr beats Jakob again?", "outside:odds"),
        ("who else thinks hocker will win worlds", "outside:prediction"),
    ],
)
def test_the_clause_that_asks_picks_the_command(
    question: str, expected: tuple[str, dict[str, str]] | str, resolver: Resolver
) -> None:
    assert _outcome(question, resolver) == expected


@pytest.mark.parametrize(
    "remark",
    [
        "gg jakob, what a run 🔥",
        "kerr is washed lol",
        "love this guy, jakob 🐐",
        "what a race by kerr in torun!!",
        "kom igjen jakob, du klarer det",
        "hocker W 🏆",
        "come on kerr!!!",
        # a sentence that says something of someone, asking nothing
        "jakob is so arrogant",
        "kerr er best",
        "laros will be world champ one day",
        "can't believe hocker got dq'd",
        "wightman's commentary is the best",
        "i love jakob",
        "lmaooo kerr",  # letters stretched
        "nuguse smooth af 🔥",
    ],
)
def test_chatter_that_names_someone_runs_no_command(remark: str, resolver: Resolver) -> None:
    assert _outcome(remark, resolver) is None
    # the names are still offered ("did you mean …"), only not acted on
    read = read_question(remark, resolver, SPRING)
    assert read.understood_ids


@pytest.mark.parametrize(
    "question", ["is jakob married?", "har Kerr kjæreste?", "is kerr still single lol"]
)
def test_private_life_gets_the_honest_refusal(question: str, resolver: Resolver) -> None:
    assert _outcome(question, resolver) == "outside:personal"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kerr?", ("athlete", {"name": "josh-kerr"})),
        ("jakob ingebrigtsen", ("athlete", {"name": "jakob-ingebrigtsen"})),
        ("kerr vs jakob h2h lol", ("h2h", KERR_JAKOB)),
        ("jakob next race", ("next-race", {"athlete": "jakob-ingebrigtsen"})),
        ("gg, who won in torun?", ("results", {"meet": "2026-wic-torun"})),
        # a name with an exclamation or an emoji and nothing else is still a look-up
        ("jakob ingebrigtsen!", ("athlete", {"name": "jakob-ingebrigtsen"})),
        ("bislett 2024 🔥", ("results", {"meet": "2024-dl-oslo"})),
    ],
)
def test_look_ups_and_questions_beside_chatter_words_still_read(
    question: str, expected: tuple[str, dict[str, str]], resolver: Resolver
) -> None:
    assert _outcome(question, resolver) == expected


def test_an_afterthought_is_no_quote_topic_and_a_gloss_in_brackets_is(
    resolver: Resolver,
) -> None:
    read = read_question("Hva sa Jakob om Kerr? Haha, de to altså", resolver, SPRING)
    assert read.best is not None
    assert dict(read.best.options) == {"athlete": "jakob-ingebrigtsen", "topic": "josh-kerr"}
    post = split_question("did jakob really call kerr a moron? (the doc one)")
    assert post.glosses == {1}
