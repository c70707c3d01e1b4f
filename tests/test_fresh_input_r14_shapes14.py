"""Fresh fan input, round 14's shapes: the timeline, the profile and the next race as fans ask.

Written for each class of input (not copied from the dev set), in English and Norwegian: an
athlete's health asked as it stands ("is X still poorly", "er X frisk igjen") is this year's
timeline; an athlete's year said as his own ("kerr sitt 2024", "2023 til narve") his timeline
of it; a best said by its distance alone ("X's quickest mile") and a person summed up ("the
lowdown on X", "what do you know about X") his profile; a fan's banner before a name, typed
apart or as a hashtag ("team kerr", "#gojakob"), is the name; the first meet of a series in a
year ("#DiamondLeague 2025 first one") its earliest; a tag after the question ("?? results")
names what is wanted; an episode named by its own words ("the podcast memes") its timeline.
"""

from __future__ import annotations

import pytest

from bot.ask.reader import read_question
from bot.resolve import Resolver
from tests.asking import SPRING, assert_reads, best_reading

KERR, JAKOB, HOCKER, NARVE, LAROS = (
    "josh-kerr",
    "jakob-ingebrigtsen",
    "cole-hocker",
    "narve-gilje-nordas",
    "niels-laros",
)


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("is jakob still unwell? saw something about an op", JAKOB),
        ("jakob injured still or what", JAKOB),
        ("er jakob frisk igjen?", JAKOB),
        ("e jakob fortsatt sjuk", JAKOB),
        ("Is Josh Kerr Still Hurt... My Husband Says He Tore Something", KERR),
        ("is kerr healthy now", KERR),
    ],
)
def test_health_asked_as_it_stands_is_this_years_timeline(
    resolver: Resolver, text: str, athlete: str
) -> None:
    assert_reads(resolver, text, "timeline", {"athlete": athlete, "year": str(SPRING.year)})


def test_health_asked_of_a_year_keeps_that_year(resolver: Resolver) -> None:
    # (a year named says which; "is" of the health asked changes nothing)
    assert_reads(
        resolver, "was jakob injured in 2025", "timeline", {"athlete": JAKOB, "year": "2025"}
    )


def test_a_best_or_a_record_is_not_health(resolver: Resolver) -> None:
    """ "still" beside no health word asks what it asked before."""
    read = read_question("is hocker still the fastest american", resolver, SPRING)
    assert all(r.command != "timeline" for r in read.readings[:1])


@pytest.mark.parametrize(
    ("text", "athlete", "year"),
    [
        ("kerr sitt 2024 takk", KERR, "2024"),
        ("narve si 2025?", NARVE, "2025"),
        ("2023 til laros te me", LAROS, "2023"),
        ("hocker sin 2025-sesong til meg, takk", HOCKER, "2025"),
    ],
)
def test_an_athletes_year_said_as_his_own_is_his_timeline(
    resolver: Resolver, text: str, athlete: str, year: str
) -> None:
    assert_reads(resolver, text, "timeline", {"athlete": athlete, "year": year})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("hocker's quickest mile you've got?", HOCKER),
        ("jakob sin raskeste 5000", JAKOB),
        ("fastest 1500 by laros", LAROS),
        ("the lowdown on narve pls", NARVE),
        ("fill me in on laros, new to the sport", LAROS),
        ("what do u know about hocker", HOCKER),
        ("ka veit du om laros?", LAROS),
        ("whats the scoop on nordås", NARVE),
    ],
)
def test_a_best_by_its_distance_or_a_person_summed_up_is_the_profile(
    resolver: Resolver, text: str, athlete: str
) -> None:
    assert_reads(resolver, text, "athlete", {"name": athlete})


def test_the_bot_asked_what_it_knows_is_still_about_it(resolver: Resolver) -> None:
    command, _ = best_reading(resolver, "what do you know?")
    assert command == "about"


def test_two_summed_up_together_are_their_timeline(resolver: Resolver) -> None:
    assert_reads(resolver, "gimme the lowdown on hocker vs kerr", "timeline", {"athlete": HOCKER})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("team hocker when's he racing next", HOCKER),
        ("#gojakob next race?", JAKOB),
        ("#teamnarve neste løp??", NARVE),
        ("heia laros! når løper han neste gang", LAROS),
    ],
)
def test_a_fans_banner_before_a_name_is_the_name(
    resolver: Resolver, text: str, athlete: str
) -> None:
    assert_reads(resolver, text, "next-race", {"athlete": athlete})


def test_the_first_meet_of_a_series_in_a_year_is_its_earliest(resolver: Resolver) -> None:
    first = resolver.meet_ids("diamond league 2026", strict=True)[0]
    for text in (
        "#diamondleague 2026 - first one when?",
        "when does the first diamond league of 2026 start",
        "når er første diamond league i 2026",
    ):
        assert_reads(resolver, text, "next-race", {"meet": first})


def test_a_place_called_first_is_no_order_of_meets(resolver: Resolver) -> None:
    """ "who came first" asks a place; the series' year stays as ambiguous as it was."""
    read = read_question("who came first at the diamond league in 2026", resolver, SPRING)
    assert not (read.best and read.best.options.get("meet") == "2026-dl-doha")


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("jakob monaco 2024 fastest ever?? results", "results"),
        ("kerr vs hocker at torun... h2h", "h2h"),
        ("jakob 2024?? timeline pls", "timeline"),
    ],
)
def test_a_tag_after_the_question_names_what_is_wanted(
    resolver: Resolver, text: str, command: str
) -> None:
    got, _ = best_reading(resolver, text)
    assert got == command


@pytest.mark.parametrize(
    "text",
    [
        "the podcast memes thing, what happened",
        "hva skjedde med sit and kick memene?",
        "what was that whole sit & kick podcast episode about",
    ],
)
def test_an_episode_named_by_its_own_words_is_its_timeline(resolver: Resolver, text: str) -> None:
    moments = [m for m in resolver.store.timeline if "Sit & Kick" in m.title]
    assert len(moments) == 1
    assert_reads(
        resolver,
        text,
        "timeline",
        {"athlete": moments[0].athletes[0], "year": moments[0].date[:4]},
    )


@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        ("#NielsLaros next race?", "next-race", {"athlete": LAROS}),
        ("#WorldIndoors 2026 🥇 results pls", "results", {"meet": "2026-wic-torun"}),
        ("#ColeHocker vs #JoshKerr who leads", "h2h", {"athlete": HOCKER, "opponent": KERR}),
    ],
)
def test_a_capitalised_hashtag_is_read_as_its_words(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    """ "#WorldIndoors" is "world indoors" when its words name a meet or a person."""
    got, got_options = best_reading(resolver, text)
    pair = {got_options.get("athlete"), got_options.get("opponent")}
    wanted = {options.get("athlete"), options.get("opponent")}
    assert got == command, text
    if command == "h2h":
        assert pair == wanted, (text, got_options)
    else:
        assert options.items() <= got_options.items(), (text, got_options)


def test_a_cheer_on_a_tag_is_no_cheer_in_the_question(resolver: Resolver) -> None:
    """ "#heiaNorge" names nothing: it stays one tag, and the look-up beside it is read."""
    got, _ = best_reading(resolver, "narve v jakob 1500 #heiaNorge")
    assert got == "h2h"
