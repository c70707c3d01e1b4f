"""Fresh names (issue 25, names13): meets typed as fans type them, each class read as a rule.

Written per class, not copied from the dev set, in English and Norwegian: an order word says
which edition is meant, whatever the command's own default ("siste VM" in /next-race, "the next
worlds" in /results), in the option, its autocomplete and /ask alike; a meet's name split in two
("welt klasse") or run together ("goldengala") is the name; its words as the Norwegian press
prints them ("VM-finale", "Bislett-løpet", "VM-gull", "friidretts-EM", each with its evidence in
knowledge/lexicon.yaml) and a medal ("worlds gold 2023") ride along with it, as does a filler
word that would name another year's meet ("budapest '23 final"); a city as fans shorten it
("ldn", "nyc") and a venue's own word ("hayward", "the armory") are places, a bare one asked
about as a city is; a place beside a venue's whole name says where ("olympic stadium rome" is
no Tokyo); years said relative to the clock the Norwegian way ("OL for to år siden", "VM til
neste år", "OL om to år"). People: tests/test_fresh_names_13.py.
"""

from __future__ import annotations

import pytest

from bot.resolve import Resolver

from .asking import SPRING, assert_reads


# ------------------------------------------------------------ which edition an order word says
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("siste VM", "next", "2025-worlds-tokyo"),
        ("the last worlds", "next", "2025-worlds-tokyo"),
        ("most recent olympics", "next", "2024-olympics-paris"),
        ("forrige OL", "results", "2024-olympics-paris"),
        ("førre EM", "results", "2024-euros-rome"),
        ("previous world indoors", "results", "2026-wic-torun"),
        ("neste VM", "results", "2027-worlds-beijing"),
        ("next olympics", "results", "2028-olympics-la"),
        ("kommende EM", "latest", "2026-euros-birmingham"),
        ("komande bislett", "results", "2026-dl-oslo"),
        ("upcoming pre", "results", "2026-dl-eugene"),
        ("the latest bislett games", "next", "2025-dl-oslo"),
    ],
)
def test_an_order_word_says_the_edition_whatever_the_command(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_an_order_word_alone_or_beside_a_year_changes_nothing(resolver: Resolver) -> None:
    assert not resolver.meet("siste", today=SPRING).found  # no meet named
    assert resolver.meet("last worlds 2023", today=SPRING).id == "2023-worlds-budapest"
    # "last year" is a year, read before an order word: the Worlds of 2025
    assert resolver.meet("worlds last year", today=SPRING, purpose="next").id == (
        "2025-worlds-tokyo"
    )


def test_an_option_reads_an_order_word_as_a_question_does(resolver: Resolver) -> None:
    assert_reads(resolver, "resultater fra siste OL", "results", {"meet": "2024-olympics-paris"})
    assert resolver.meet("siste OL", today=SPRING, purpose="results").id == "2024-olympics-paris"


async def test_order_words_through_discord_autocomplete_and_slash(world) -> None:
    # the tests' clock: 22 November 2026, the Worlds of 2025 over, Beijing 2027 ahead
    offered = await world.autocomplete("results", "meet", "forrige VM")
    assert offered[0]["value"] == "2025-worlds-tokyo"
    offered = await world.autocomplete("next-race", "meet", "siste OL")
    assert offered[0]["value"] == "2024-olympics-paris"
    result = await world.slash("next-race", meet="neste VM")
    assert "Beijing 2027" in result.response.embeds[0].title


# ----------------------------------------------------------------- a meet's name split in two
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("welt klasse 2024", "2024-dl-zurich"),
        ("bis lett 2023", "2023-dl-oslo"),
        ("athle tissima 2019", "2019-athletissima-lausanne"),
        ("her culis 2021", "2021-herculis-monaco"),
        ("mill rose 2024", "2024-millrose"),
    ],
)
def test_a_meet_name_split_in_two_is_the_name(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


# ------------------------------------------------------------- meet words the press and fans use
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("VM-finale 2023", "2023-worlds-budapest"),
        ("OL-finale i Tokyo", "2021-olympics-tokyo"),
        ("Bislett 2024 finale", "2024-dl-oslo"),
        ("VM-løpet 2019", "2019-worlds-doha"),
        ("løpet i Monaco 2021", "2021-herculis-monaco"),
        ("VM-gull 2023", "2023-worlds-budapest"),
        ("EM-gull i München", "2022-euros-munich"),
        ("VM-sølv 2022", "2022-worlds-eugene"),
        ("friidretts-EM 2024", "2024-euros-rome"),  # not the VM its clipped word begins
        ("worlds gold 2023", "2023-worlds-budapest"),
        ("olympic silver paris", "2024-olympics-paris"),
        ("tokyo bronze 2021", "2021-olympics-tokyo"),
        ("ldn dl 2024", "2024-dl-london"),
        ("ldn 25", "2025-dl-london"),
        ("millrose nyc 2024", "2024-millrose"),
    ],
)
def test_meet_words_of_the_press_and_fans(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


def test_a_medal_or_a_shortened_city_alone_is_no_meet_of_its_own(resolver: Resolver) -> None:
    assert not resolver.meet("gold", today=SPRING).found
    assert not resolver.meet("sølv", today=SPRING).found
    # a bare city shortened asks as the city does: London's meets with results of two kinds
    ldn = resolver.meet("ldn", today=SPRING, purpose="results")
    london = resolver.meet("london", today=SPRING, purpose="results")
    assert ldn.status == london.status == "ambiguous"
    assert ldn.candidates == london.candidates


async def test_meet_words_through_discord(world) -> None:
    offered = await world.autocomplete("results", "meet", "VM-finale 2023")
    assert offered[0]["value"] == "2023-worlds-budapest"
    result = await world.slash("results", meet="VM-gull 2019")
    assert "Doha" in result.response.embeds[0].title


# --------------------------------------------------------- meet names run together, fillers
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("budapest '23 final", "2023-worlds-budapest"),
        ("budapest 2023 final", "2023-worlds-budapest"),
        ("bislettgames 2024", "2024-dl-oslo"),
        ("goldenspike 2025", "2025-golden-spike-ostrava"),
        ("weltklassezurich 2023", "2023-dl-zurich"),
        ("summer olympics 2024", "2024-olympics-paris"),
    ],
)
def test_meet_names_run_together_or_with_fillers(
    resolver: Resolver, typed: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


def test_a_filler_that_names_a_meet_of_the_year_still_does(resolver: Resolver) -> None:
    # "final" is a word of the Ultimate Championship's name ("Athletics World Final")
    assert resolver.meet("budapest final 2026", today=SPRING, purpose="next").id == (
        "2026-ultimate-budapest"
    )


# ----------------------------------------------------------------------------------- venues
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("hayward 2022", "results", "2022-worlds-eugene"),
        ("at hayward 2025", "results", "2025-dl-eugene-pre"),
        ("the armory 2024", "results", "2024-millrose"),
        ("letzigrund 2023", "results", "2023-dl-zurich"),
        ("khalifa stadium", "results", "2019-worlds-doha"),
        ("scotstoun", "next", "2026-commonwealth-glasgow"),
    ],
)
def test_a_venues_own_word_names_its_meets(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_a_bare_venue_of_two_kinds_asks_and_a_place_beside_one_says_where(
    resolver: Resolver,
) -> None:
    hayward = resolver.meet("hayward", today=SPRING, purpose="results")
    assert hayward.status == "ambiguous"  # the Worlds of 2022 and the Pre, as "eugene" asks
    assert {"2022-worlds-eugene", "2025-dl-eugene-pre"} <= set(hayward.candidates)
    assert not resolver.meet("olympic stadium rome", today=SPRING).found  # Tokyo's, not Rome's


# ------------------------------------------------------------------ relative years, Norwegian
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("OL for to år siden", "results", "2024-olympics-paris"),
        ("VM til neste år", "next", "2027-worlds-beijing"),
        ("OL om to år", "next", "2028-olympics-la"),
        ("the olympics in two years' time", "next", "2028-olympics-la"),
        ("forfjorårets EM", "results", "2024-euros-rome"),
    ],
)
def test_a_year_said_relative_to_the_clock_in_norwegian(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_a_relative_year_with_no_meet_that_year_names_none(resolver: Resolver) -> None:
    assert not resolver.meet("VM for to år siden", today=SPRING).found  # no Worlds in 2024
