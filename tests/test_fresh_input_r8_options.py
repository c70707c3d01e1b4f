"""Fresh fan input, round 8's option-level misses: the right command, the options a fan meant.

Written for this class of input (not copied from the dev set): a meet named as context beside
an athlete's next race, the race an athlete ran at a meet, two athletes at one meet, and years
said in words or relative to today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot import commands as cmd
from bot.ask.reader import read_question
from bot.commands import Context
from bot.resolve import Resolver

SPRING = dt.date(2026, 3, 25)  # Toruń over (20-22 March), Bislett and Glasgow to come


def _best(resolver: Resolver, text: str, today: dt.date = SPRING) -> tuple[str, dict[str, str]]:
    read = read_question(text, resolver, today)
    assert read.best is not None, text
    return read.best.command, dict(read.best.options)


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("coming off his toruń gold, what's next for kerr?", "josh-kerr"),
        ("since kerr won torun where is he running next", "josh-kerr"),
        ("after the Torun win where does Kerr go next??", "josh-kerr"),
        ("now that kerr has won torun, when does he race again", "josh-kerr"),
        ("Hocker straight off the world indoors, next race?", "cole-hocker"),
    ],
)
def test_a_meet_named_as_context_is_not_the_next_race(
    resolver: Resolver, text: str, athlete: str
) -> None:
    """A finished meet after "off", "since", "after", "now that" says when from."""
    command, options = _best(resolver, text)
    assert command == "next-race"
    assert options == {"athlete": athlete}


def test_a_meet_still_to_come_stays_the_race_asked(resolver: Resolver) -> None:
    command, options = _best(resolver, "is jakob running bislett next?")
    assert command == "next-race"
    assert options == {"athlete": "jakob-ingebrigtsen", "meet": "2026-dl-oslo"}
    # "after" a meet still to come bounds the time too: his race after it is asked
    command, options = _best(resolver, "where does jakob race after bislett")
    assert command == "next-race" and "meet" not in options


def test_a_finished_meet_asked_for_itself_keeps_its_meet(resolver: Resolver) -> None:
    # no "next": the fan asks about the meet ("is kerr in bislett" of the dev set's kind)
    command, options = _best(resolver, "was kerr entered at torun")
    assert options.get("meet") == "2026-wic-torun", (command, options)


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("how'd kerr get on at millrose this year", "josh-kerr"),
        ("hocker at the millrose games 2026, how did it go", "cole-hocker"),
        ("where did parker wolfe finish at millrose 2026", "parker-wolfe"),
    ],
)
def test_an_athlete_named_at_a_meet_gets_his_race(
    resolver: Resolver, ctx: Callable[..., Context], text: str, athlete: str
) -> None:
    """Millrose 2026's main race is the mile; these three ran the two mile."""
    command, options = _best(resolver, text)
    assert command == "results"
    assert options["meet"] == "2026-millrose"
    assert options.get("event") == "two miles (indoor)"
    now = dt.datetime.combine(SPRING, dt.time(12), tzinfo=dt.UTC)
    answer = cmd.COMMANDS["results"].call(ctx(now), options)
    assert athlete in [row.athlete.id for row in answer.rows]  # type: ignore[attr-defined]


def test_an_athlete_of_the_main_race_adds_no_option(resolver: Resolver) -> None:
    """Myers won the mile, Millrose's main race: the options need not name it."""
    command, options = _best(resolver, "how did cam myers do at millrose 2026")
    assert (command, options) == ("results", {"meet": "2026-millrose"})


def test_a_round_named_picks_the_athletes_race_in_that_round(resolver: Resolver) -> None:
    command, options = _best(resolver, "how did jakob do in the tokyo worlds heats")
    assert command == "results"
    assert options == {"meet": "2025-worlds-tokyo", "event": "1500m", "round": "heat"}


def test_two_athletes_at_one_meet_ask_for_the_meet(resolver: Resolver) -> None:
    """The meet's page lists every entry; one athlete's would answer for one of them."""
    command, options = _best(resolver, "are hocker and kerr both running bislett this summer?")
    assert command == "next-race"
    assert options == {"meet": "2026-dl-oslo"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("kerr v jakob in twenty nineteen", "2019"),
        ("jakob vs kerr two thousand and twenty three", "2023"),
        ("kerr jakob h2h this season", "2026"),
        ("head to head kerr and jakob last year", "2025"),
        ("kerr jakob head to head in the budapest season", "2023"),
    ],
)
def test_a_year_in_words_or_relative_to_today(resolver: Resolver, text: str, year: str) -> None:
    command, options = _best(resolver, text)
    assert command == "h2h"
    assert options.get("year") == year


def test_a_relative_year_about_the_writer_is_not_the_races(resolver: Resolver) -> None:
    command, options = _best(resolver, "kerr timeline this year")
    assert (command, options.get("year")) == ("timeline", "2026")
    text = "kerr jakob timeline please, only following because my mate got me into it last year"
    command, options = _best(resolver, text)
    assert command == "timeline" and "year" not in options


def test_a_finished_meet_beside_next_is_context_in_norwegian_too(resolver: Resolver) -> None:
    command, options = _best(resolver, "hvor løper kerr neste gang etter seieren i toruń?")
    assert (command, options) == ("next-race", {"athlete": "josh-kerr"})


def test_a_finished_meets_date_asked_outright_keeps_it(resolver: Resolver) -> None:
    """Asked when it was, the meet is asked about, "next" or not."""
    command, options = _best(resolver, "when was torun and where is kerr racing next")
    assert command == "next-race" and options.get("meet") == "2026-wic-torun"
