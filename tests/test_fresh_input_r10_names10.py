"""Fresh names (round 10's classes): meets by a day, a relative year, a host country or a nearby
place; bare cities of several kinds; a race's name; people by home town, a name beside a
demonym, a relative heard, a name heard in a sentence. New wordings, not the dev set's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.reader import read_question
from bot.resolve import ATHLETE_ROLES, Resolver
from bot.resolve.when import date_said, relative_years

SPRING = dt.date(2026, 3, 25)


@pytest.mark.parametrize(
    ("typed", "meet"),
    [
        ("2. august 2024", "2024-olympics-paris"),  # Norwegian: day, dot, month
        ("4 aug 24", "2024-olympics-paris"),
        ("19.08.2023", "2023-worlds-budapest"),  # the first day of a championship
        ("aug 23rd 2023", "2023-worlds-budapest"),  # month first, ordinal
        ("london 19/7", "2025-dl-london"),  # day/month, no year: the nearest before
        ("12 juli", "2024-herculis-monaco"),  # 2019 was a 12 July too: the nearest wins
    ],
)
def test_a_meet_by_the_day_it_was_held(resolver: Resolver, typed: str, meet: str) -> None:
    assert resolver.meet(typed, today=SPRING, purpose="results").id == meet


def test_a_day_without_a_year_looks_ahead_for_the_next_meet(resolver: Resolver) -> None:
    assert resolver.meet("10. juli", today=SPRING, purpose="next").id == "2026-dl-monaco"
    assert resolver.meet("31/2", today=SPRING, purpose="results").status == "none"  # no day


def test_dates_read_day_first() -> None:
    said = date_said("6/8/24")
    assert said is not None and (said.day, said.month, said.year) == (6, 8, 2024)
    said = date_said("the 3rd of september")
    assert said is not None and (said.day, said.month, said.year) == (3, 9, None)
    assert date_said("1500m in 3:27") is None


@pytest.mark.parametrize(
    ("typed", "purpose", "today", "meet"),
    [
        ("worlds next year", "next", SPRING, "2027-worlds-beijing"),
        ("VM i fjor", "results", SPRING, "2025-worlds-tokyo"),
        ("OL i fjor", "results", dt.date(2025, 3, 1), "2024-olympics-paris"),
    ],
)
def test_a_meet_by_a_year_counted_from_the_clock(
    resolver: Resolver, typed: str, purpose: str, today: dt.date, meet: str
) -> None:
    assert resolver.meet(typed, today=today, purpose=purpose).id == meet  # type: ignore[arg-type]


def test_relative_years_are_one_reader() -> None:
    assert [y for _, _, y in relative_years("vm neste år", SPRING)] == [2027]
    assert [y for _, _, y in relative_years("two seasons ago", SPRING)] == [2024]


@pytest.mark.parametrize(
    ("typed", "purpose", "meet"),
    [
        ("the japanese worlds", "results", "2025-worlds-tokyo"),
        ("american worlds", "results", "2022-worlds-eugene"),
        ("OL i Frankrike", "results", "2024-olympics-paris"),
        ("norwegian diamond league", "next", "2026-dl-oslo"),  # not the next DL anywhere
        ("Katowice DL", "next", "2026-dl-silesia"),  # as Sport Klub's calendar prints it
        ("katowice 2023", "results", "2023-dl-silesia"),
        ("monte-carlo 2019", "results", "2019-herculis-monaco"),  # a fans' word (series.yaml)
    ],
)
def test_a_meet_by_its_host_country_or_a_place_near(
    resolver: Resolver, typed: str, purpose: str, meet: str
) -> None:
    assert resolver.meet(typed, today=SPRING, purpose=purpose).id == meet  # type: ignore[arg-type]


def test_a_bare_city_of_several_kinds_asks_one_kind_is_its_latest(resolver: Resolver) -> None:
    doha = resolver.meet("Doha", today=SPRING, purpose="results")
    assert doha.status == "ambiguous"
    assert {"2019-worlds-doha", "2024-doha-diamond-league"} <= set(doha.candidates)
    venue = resolver.meet("hayward field", today=SPRING, purpose="results")
    assert venue.status == "ambiguous" and "2022-worlds-eugene" in venue.candidates
    # one recurring meeting (the DL and its final at Weltklasse) or one series: the latest
    assert resolver.meet("zurich", today=SPRING, purpose="results").id == "2025-dl-final-zurich"
    assert resolver.meet("oslo", today=SPRING, purpose="results").id == "2024-dl-oslo"
    # the next meet is never asked: it is the one ahead
    assert resolver.meet("doha", today=SPRING, purpose="next").id == "2026-dl-doha"


def test_a_race_named_by_its_event_is_an_edition_that_held_it(resolver: Resolver) -> None:
    assert resolver.meet("bislett dream mile", today=SPRING, purpose="results").id == (
        "2022-bislett-games-oslo"
    )
    assert resolver.meet("wanamaker mile", today=SPRING, purpose="results").id == "2026-millrose"


@pytest.mark.parametrize(
    ("first", "second", "ids"),
    [
        ("kerr", "norway dude", ("josh-kerr", "jakob-ingebrigtsen")),  # Kerr's rival
        ("jakob", "the kenyan reynold guy", ("jakob-ingebrigtsen", "reynold-cheruiyot")),
        ("jakob", "american cole guy", ("jakob-ingebrigtsen", "cole-hocker")),
        ("jakob", "phillip ingebrigtsen", ("jakob-ingebrigtsen", "filip-ingebrigtsen")),
        ("kerr", "garcía romo", ("josh-kerr", "mario-garcia")),
        ("jakob", "the entertainer", ("jakob-ingebrigtsen", "josh-kerr")),
        ("jakob", "edinburgh guy", ("jakob-ingebrigtsen", "josh-kerr")),
        ("kerr", "sandnes lad", ("josh-kerr", "jakob-ingebrigtsen")),
    ],
)
def test_people_as_fans_describe_them_in_options(
    resolver: Resolver, first: str, second: str, ids: tuple[str, str]
) -> None:
    assert tuple(r.id for r in resolver.pair(first, second)) == ids


def test_a_country_alone_still_asks(resolver: Resolver) -> None:
    norwegian = resolver.athlete("a norway guy", roles=ATHLETE_ROLES)
    assert norwegian.status == "ambiguous" and "jakob-ingebrigtsen" in norwegian.candidates


@pytest.mark.parametrize(
    ("question", "athlete", "opponent"),
    [
        ("did the sandnes lad ever lose to the edinburgh guy", "jakob-ingebrigtsen", "josh-kerr"),
        ("kerr v whiteman record", "josh-kerr", "jake-wightman"),
        ("has jakob ever beaten his brother phillip", "jakob-ingebrigtsen", "filip-ingebrigtsen"),
        (
            "har jakob noen gang tapt for broren sin filip",
            "jakob-ingebrigtsen",
            "filip-ingebrigtsen",
        ),
        ("how does cole do against the kenyan tim guy", "cole-hocker", "timothy-cheruiyot"),
    ],
)
def test_people_as_fans_describe_them_in_questions(
    resolver: Resolver, question: str, athlete: str, opponent: str
) -> None:
    read = read_question(question, resolver, SPRING)
    assert read.best is not None and read.best.command == "h2h"
    assert (read.best.options["athlete"], read.best.options["opponent"]) == (athlete, opponent)


def test_a_meet_by_a_nearby_name_in_a_question(resolver: Resolver) -> None:
    read = read_question("what were the results in monte carlo in 2024", resolver, SPRING)
    assert read.best is not None and read.best.options["meet"] == "2024-herculis-monaco"


def test_autocomplete_offers_what_the_option_reads(resolver: Resolver) -> None:
    """One reader: a day, a relative year or a host country typed in autocomplete."""

    def offered(typed: str) -> list[str]:
        return [c.value for c in resolver.meet_choices(typed, today=SPRING)]

    assert offered("23 aug 2023") == ["2023-worlds-budapest"]
    assert offered("VM neste år")[0] == "2027-worlds-beijing"
    assert offered("french olympics") == ["2024-olympics-paris"]
    assert offered("zzzz") == []


def test_norwegian_everyday_names_of_meets(resolver: Resolver) -> None:
    """Fans' words (series.yaml): Norwegian names of a city, a meeting and the Games."""
    assert resolver.meet("friidretts-VM i Peking", today=SPRING, purpose="next").id == (
        "2027-worlds-beijing"
    )
    assert resolver.meet("Bislett-lekene 2024", today=SPRING).id == "2024-dl-oslo"
    assert resolver.meet("samveldeleikane", today=SPRING, purpose="next").id == (
        "2026-commonwealth-glasgow"
    )
