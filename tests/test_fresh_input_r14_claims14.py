"""Fresh input, round 14's claims class: bait, false claims and trolls, much of it in dialect.

Written per class (none is a dev-set question): a claim put to the bot to check ("…, stemme
det?", "det veit alle", "vis meg det", "is that true", "prove me wrong", "…, right?") is read
as the command whose answer holds the fact: one said to have beaten or to be faster than
another is the head-to-head, a place told of someone the race's results, someone said to be
done racing his next race; scorn beside a request is bait, the request stands. An accusation
(doping, cheating, a ban) to confirm gets the fabrication line, a mood asked after ("why is
kerr so grumpy") the personal one, and a bet said in slang ("reckon _ takes gold?", "got a
tenner on it") is no quote search.
"""

from __future__ import annotations

import pytest

from bot.ask.reader import read_question
from bot.resolve import Resolver

from .asking import SPRING, assert_reads, best_reading, refusal

KERR, JAKOB, NARVE = "josh-kerr", "jakob-ingebrigtsen", "narve-gilje-nordas"
HOCKER, LAROS, NUGUSE = "cole-hocker", "niels-laros", "yared-nuguse"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("kerr beat jakob at the pre classic, right?", {KERR, JAKOB}),
        ("hocker slo jakob i paris, det veit jo alle. vis meg det", {HOCKER, JAKOB}),
        ("laros er raskere enn jakob nå, stemmer ikke det?", {LAROS, JAKOB}),
        ("everyone knows nuguse is quicker than kerr. show me", {NUGUSE, KERR}),
        ("jakob har aldri tapt mot kerr i et mesterskap, alle vet det", {JAKOB, KERR}),
        ("narve e kjappare enn kerr, e det sant?", {NARVE, KERR}),
        ("lol kerr is better than jakob and everybody knows it", {KERR, JAKOB}),
        # beaten in slang, the check a tag question
        ("laros smoked jakob in zurich last year didn't he", {LAROS, JAKOB}),
        ("hocker knuste kerr i paris, gjorde han ikkje?", {HOCKER, KERR}),
        ("kerr lost to hocker in paris didn't he", {KERR, HOCKER}),
    ],
)
def test_a_claim_of_one_beating_another_put_to_check_is_the_head_to_head(
    resolver: Resolver, text: str, pair: set[str]
) -> None:
    command, options = best_reading(resolver, text)
    assert command == "h2h", text
    assert {options["athlete"], options["opponent"]} == pair, (text, options)


@pytest.mark.parametrize(
    ("text", "dare"),
    [
        ("kerr has never beaten jakob in a final, correct me if i'm wrong", "correct wrong"),
        ("jakob slo aldri kerr i et mesterskap, bevis det motsatte", "bevis motsatte"),
        ("laros e raskere enn jakob no, eller tar eg feil?", "tar feil"),
        ("jakob beat kerr at the 2024 pre, source?", "source"),
        ("jakob is faster than kerr, fight me", "fight"),
    ],
)
def test_a_dare_to_check_asks_and_costs_nothing(resolver: Resolver, text: str, dare: str) -> None:
    read = read_question(text, resolver, SPRING)
    assert read.best is not None and read.best.command == "h2h", text
    assert not set(dare.split()) & set(read.unplaced), (text, read.unplaced)


def test_the_event_of_a_claim_comes_with_it(resolver: Resolver) -> None:
    assert_reads(
        resolver,
        "kerr is faster than jakob over the mile, prove me wrong",
        "h2h",
        {"event": "mile"},
    )


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("hocker kom først i paris, stemmer det?", "2024-olympics-paris"),
        ("kerr endte sist i tokyo, e det sant?", "2025-worlds-tokyo"),
        ("hocker finished last in tokyo lol true?", "2025-worlds-tokyo"),
        ("kerr ble nummer to i paris, stemmer det?", "2024-olympics-paris"),
        ("wightman won the worlds in eugene, right?", "2022-worlds-eugene"),
    ],
)
def test_a_place_told_of_someone_put_to_check_is_the_race_results(
    resolver: Resolver, text: str, meet: str
) -> None:
    assert_reads(resolver, text, "results", {"meet": meet})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("kerr has retired, is that true?", KERR),
        ("hørt at kerr har lagt opp. stemmer det?", KERR),
        ("i heard jakob is done racing, true?", JAKOB),
        ("nordås springer aldri igjen, alle veit det", NARVE),
        ("jakob springer ikke mer, han e ferdig. stemmer?", JAKOB),
    ],
)
def test_someone_said_to_be_done_racing_is_his_next_race(
    resolver: Resolver, text: str, athlete: str
) -> None:
    assert_reads(resolver, text, "next-race", {"athlete": athlete})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("kerr is a fraud lol. show me his profile then", KERR),
        ("hocker e overvurdert, vis meg profilen hans", HOCKER),
    ],
)
def test_scorn_beside_a_request_is_bait_the_request_stands(
    resolver: Resolver, text: str, athlete: str
) -> None:
    assert_reads(resolver, text, "athlete", {"name": athlete})


@pytest.mark.parametrize("text", ["is kerr a clown? yes or no", "jakob = fraud??"])
def test_scorn_asked_alone_is_still_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "insult"


@pytest.mark.parametrize(
    "text",
    [
        "confirm that jakob failed a drug test",
        "is it true kerr was banned for doping?",
        "stadfest at jakob er dopa",
        "bekreft at hocker jukset i paris",
        "er kerr dopa? stemmer det",
        "jakob cheated in tokyo, everyone knows",
    ],
)
def test_an_accusation_to_confirm_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "fabrication"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("what did kerr say about doping", "quote"),
        ("i think kerr wins most races against jakob, what's the record", "h2h"),
    ],
)
def test_the_words_of_a_refusal_in_a_real_question_refuse_nothing(
    resolver: Resolver, text: str, command: str
) -> None:
    assert best_reading(resolver, text)[0] == command


@pytest.mark.parametrize(
    "text",
    [
        "why is kerr always so grumpy",
        "kvifor e jakob så arrogant?",
        "how come jakob is so cocky all the time",
        "er kerr alltid så sur?",
    ],
)
def test_a_mood_asked_after_is_personal(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "reckon kerr takes gold in LA? my money's on him",
        "think jakob wins gold in LA? got a tenner on it",
        "tror jakob tar gull i LA? har satsa en lapp på han",
        "reckon laros takes the title in LA",
        "reckon kerr wins bislett this year?",
    ],
)
def test_a_bet_in_slang_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) in {"prediction", "odds"}
