"""Fresh input, round 12 class: people and events named by description, as a casual parent writes.

The examples are new (not the dev sets'): a parent of brothers with no name ("their dad",
"faren deres"), a win said by age ("won at 17", "som 17-åring"), a title held in a clause
("who was world champion in doha"), "who is he" / "what's his story" after a description, the
writer's own people ("my husband says"), what two are to each other ("are the brit and the
norwegian friends"), a race said by where two ran it ("raced in poland") and a mishap at a
meet ("when kerr hurt his leg at the worlds"). The store's data decides every one of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.reader import read_question
from bot.resolve import ATHLETE_ROLES, Resolver

SPRING = dt.date(2026, 3, 25)


def _best(resolver: Resolver, question: str) -> tuple[str, dict[str, str]] | None:
    best = read_question(question, resolver, SPRING).best
    return None if best is None else (best.command, dict(best.options))


@pytest.mark.parametrize(
    "typed",
    ["their dad", "the brothers' father", "faren deres", "brødrenes far", "faren til guttene"],
)
def test_a_parent_of_brothers_without_a_name_is_the_one_the_store_states(
    resolver: Resolver, typed: str
) -> None:
    # the store states Gjert is Jakob's father and records Jakob's brothers; Geoff Wightman is
    # a father too, of a son with no brother in the store
    assert resolver.athlete(typed).id == "gjert-ingebrigtsen"


def test_their_is_no_parent_when_far_is_english(resolver: Resolver) -> None:
    read = read_question("were their far better times at the worlds", resolver, SPRING)
    assert "gjert-ingebrigtsen" not in read.understood_ids


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "their dad who coached them, what did he say when jakob won aged 17",
            "gjert-ingebrigtsen",
        ),
        ("hva sa faren deres som trente dem da gutten vant som 17-åring?", "gjert-ingebrigtsen"),
        ("what did jakob say when he won the title as a 17 year old", "jakob-ingebrigtsen"),
    ],
)
def test_a_win_said_by_age_is_the_meet_won_at_that_age(
    resolver: Resolver, question: str, speaker: str
) -> None:
    best = _best(resolver, question)
    assert best is not None and best[0] == "quote"
    assert best[1]["athlete"] == speaker
    assert "2018-euros-berlin" in best[1]["topic"]  # Jakob (born 2000-09-19), Berlin 2018


def test_an_age_at_which_no_win_is_stored_names_no_meet(resolver: Resolver) -> None:
    best = _best(resolver, "what did kerr say when he won at 14")
    assert best is None or "2018-euros-berlin" not in best[1].get("topic", "")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the kenyan who became world champion in doha", "timothy-cheruiyot"),
        ("kenyaneren som ble verdensmester i doha", "timothy-cheruiyot"),
        ("the guy who was olympic champion in paris", "cole-hocker"),
    ],
)
def test_a_title_held_in_a_clause_is_a_win_in_that_series(
    resolver: Resolver, typed: str, meant: str
) -> None:
    assert resolver.athlete(typed, roles=ATHLETE_ROLES).id == meant


def test_a_title_several_held_is_asked(resolver: Resolver) -> None:
    # two Kenyans won a Worlds final in the store (2017, 2019)
    found = resolver.athlete("the kenyan who was world champion", roles=ATHLETE_ROLES)
    assert found.status == "ambiguous"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "my mate reckons the portugese fella who won in tokyo came from nowhere. who is he?",
            "isaac-nader",
        ),
        ("the kenyan bloke who was world champion in doha, what's his story", "timothy-cheruiyot"),
        ("kenyaneren som ble verdensmester i doha, hva er historien hans", "timothy-cheruiyot"),
        ("my wife thinks the dutch kid is lovely, who is he", "niels-laros"),
    ],
)
def test_who_is_he_after_a_description_asks_the_profile(
    resolver: Resolver, question: str, name: str
) -> None:
    assert _best(resolver, question) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    "question",
    [
        "is the brit and the norwegian actually friends these days",
        "er skotten og nordmannen venner nå?",
        "are kerr and jakob mates or what",
    ],
)
def test_what_two_are_to_each_other_is_what_they_said_of_it(
    resolver: Resolver, question: str
) -> None:
    best = _best(resolver, question)
    assert best is not None and best[0] == "quote"
    assert best[1]["athlete"] == "josh-kerr"


def test_a_race_said_by_where_two_ran_it(resolver: Resolver) -> None:
    # the one race the store has both Kerr and Jakob in, in Poland: the 2016 World U20 final
    assert _best(resolver, "who won when kerr and jakob ran in poland") == (
        "results",
        {"meet": "2016-world-u20-championships", "event": "1500m", "round": "final"},
    )
    assert _best(resolver, "hvem vant da skotten og jakob løp mila i USA?") == (
        "results",
        {"meet": "2024-dl-eugene-pre", "event": "mile", "round": "final"},
    )
    # three finals in Switzerland: no one race, nothing guessed
    best = _best(resolver, "who won when kerr and jakob raced in switzerland")
    assert best is None or best[0] != "results"


def test_a_mishap_at_a_meet_is_the_year_of_that_moment(resolver: Resolver) -> None:
    assert _best(resolver, "kerr got hurt at the world champs, what happened?") == (
        "timeline",
        {"athlete": "josh-kerr", "year": "2025"},
    )
    assert _best(resolver, "hva skjedde da skotten ble skadet i VM") == (
        "timeline",
        {"athlete": "josh-kerr", "year": "2025"},
    )
