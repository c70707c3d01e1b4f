"""Fresh fan input, round 10: honest refusals and the command a question's shape asks.

Written per class (not copied from the dev set), in English, bokmål, dialect and nynorsk:
predictions ("kem kjem te å vinne", "tror du"), money earned, a partner or children, training
plans and volume, a court case asked after (its own refusal; a quote about the verdict still
reads), a next race in dialect ("e X med på nåkka stevne"), news asked ("siste nytt om"), a
season opener with a guessed meet, "who is X, the guy who …", a best time at a distance, two
athletes' next meeting, the Diamond League final said round first, "inne-VM", "from the very
beginning", Monte Carlo for Monaco.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.answer import ask
from bot.ask.reader import read_question
from bot.ask.replies import CannotKnow
from bot.commands import Context
from bot.i18n import language, speaking_in
from bot.render.text import render_text
from bot.resolve import Resolver

from .asking import SPRING, best_reading, refusal


@pytest.mark.parametrize(
    "text",
    [
        "kem kjem te å vinne vm i år trur du",
        "hvem kommer til å vinne 1500 i EM i sommer?",
        "kven vil vinne OL-finalen, trur du?",
        "hvem skal ta gull i Birmingham",
        "vinner jakob em tror du",
        "tror du kerr slår jakob på bislett",
        "who takes the euros 1500 this summer you reckon",
    ],
)
def test_a_prediction_in_any_form_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "prediction"


@pytest.mark.parametrize(
    "text",
    [
        "hvor mye tjener kerr i året?",
        "kor mykje tjente jakob på diamond league i fjor",
        "how much prize money did kerr get for the world title",
        "what are jakob's earnings from his world records",
        "har kerr fått premiepengene fra grand slam track",
        "hva er lønna til jakob",
    ],
)
def test_money_earned_is_refused_whatever_else_is_named(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "money"


@pytest.mark.parametrize(
    "text",
    [
        "har kerr kjæreste?",
        "har jakob ei dame no",
        "does hocker have a girlfriend lol",
        "har nordås barn",
        "hvem er dama til jakob",
        "jakob sin kjæreste, hvem er det?",
    ],
)
def test_a_partner_or_children_is_private(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "hvordan ser treningsuka til jakob ut?",
        "hva er treningsopplegget til kerr",
        "how many km per week does jakob run",
        "kerr weekly mileage?",
        "hvor mange kilometer i uka løper narve",
        "does jakob still do double threshold",
    ],
)
def test_training_plans_and_volume_are_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "hvordan gikk det med rettssaken til gjert?",
        "blir dommen mot gjert anket?",
        "har gjert anket dommen?",
        "is the trial against jakob's dad still going",
        "korleis går det med rettssaka mot faren",
    ],
)
def test_a_court_case_asked_after_is_its_own_refusal(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "court"


def test_the_court_refusal_says_where_the_recorded_moments_are(resolver: Resolver) -> None:
    """Honest and specific: no news followed, the dated moments are in a timeline."""
    ctx = Context(resolver.store, resolver, dt.datetime(2026, 3, 25, 12, tzinfo=dt.UTC))
    answer = ask(ctx, "hvordan går det med rettssaken mot gjert")
    assert isinstance(answer, CannotKnow) and answer.topic == "court"
    english = render_text(answer)
    assert "court" in english and "timeline" in english
    with speaking_in(language("no")):
        assert "tidslinje" in render_text(answer)


def test_a_confident_reading_beside_court_words_stands(resolver: Resolver) -> None:
    """What was said after the verdict is a quote; news of the case the person's timeline."""
    command, options = best_reading(resolver, "what did jakob say after the verdict")
    assert command == "quote" and options["athlete"] == "jakob-ingebrigtsen"
    news = best_reading(resolver, "any news on the gjert ingebrigtsen court case")
    assert news == ("timeline", {"athlete": "gjert-ingebrigtsen"})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("e kerr med på nåkka stevne snart", "josh-kerr"),
        ("er jakob med i noen stevner i helga?", "jakob-ingebrigtsen"),
        ("blir hocker med på noe stevne snart", "cole-hocker"),
        ("skal laros være med på nåke stevne snart", "niels-laros"),
    ],
)
def test_a_norwegian_next_race_with_stevne(resolver: Resolver, text: str, athlete: str) -> None:
    assert best_reading(resolver, text) == ("next-race", {"athlete": athlete})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("siste nytt om jakob?", "jakob-ingebrigtsen"),
        ("any news on hocker?", "cole-hocker"),
        ("what's new with kerr", "josh-kerr"),
        ("nyheter om nordås?", "narve-gilje-nordas"),
    ],
)
def test_news_asked_is_the_timeline(resolver: Resolver, text: str, athlete: str) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options["athlete"]) == ("timeline", athlete)


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("kerr season opener - will it be pre?", "josh-kerr"),
        ("jakob sesongåpning 2026, blir det bislett?", "jakob-ingebrigtsen"),
        ("hocker's first race of the season, is it eugene?", "cole-hocker"),
    ],
)
def test_a_guessed_meet_after_a_season_opener(resolver: Resolver, text: str, athlete: str) -> None:
    assert best_reading(resolver, text) == ("next-race", {"athlete": athlete})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("who's laros, the dutch guy who beat jakob?", "niels-laros"),
        ("hvem er nader, han som vant vm i tokyo", "isaac-nader"),
        ("who is hocker, the american that won paris?", "cole-hocker"),
    ],
)
def test_who_is_x_with_a_description_is_a_profile(resolver: Resolver, text: str, name: str) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what's hocker's fastest 1500 time?", "cole-hocker"),
        ("hva er jakob sin beste 5000-tid", "jakob-ingebrigtsen"),
        ("what is nuguse's best mile time on record", "yared-nuguse"),
    ],
)
def test_one_athletes_best_time_is_a_profile(resolver: Resolver, text: str, name: str) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    "text",
    [
        "next time jakob and kerr race each other?",
        "når møtes jakob og kerr igjen?",
        "when do hocker and kerr race each other again",
        "når løper jakob og kerr mot hverandre igjen",
    ],
)
def test_two_athletes_next_meeting_is_a_next_race(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    named = {"josh-kerr", "jakob-ingebrigtsen", "cole-hocker"}  # one of the two named
    assert command == "next-race" and options["athlete"] in named and "meet" not in options


@pytest.mark.parametrize(
    "text",
    [
        "Når er finalen i Diamond League i år?",
        "når går finalen i DL?",
        "when's the final in the DL",
    ],
)
def test_the_diamond_league_final_said_round_first(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text) == ("next-race", {"meet": "2026-dl-final-brussels"})


def test_a_round_before_a_championship_stays_a_round(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "who won the final in budapest 2023")
    assert (command, options["meet"], options.get("round")) == (
        "results",
        "2023-worlds-budapest",
        "final",
    )


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("resultater fra inne-vm, 1500", "2026-wic-torun"),
        ("når er inne-em?", "2027-ei-valencia"),
    ],
)
def test_inne_vm_is_the_indoor_championship(resolver: Resolver, text: str, meet: str) -> None:
    assert best_reading(resolver, text)[1]["meet"] == meet


@pytest.mark.parametrize(
    "text",
    [
        "the kerr jakob beef from the very beginning please",
        "historien om kerr og jakob helt fra starten",
    ],
)
def test_from_the_very_beginning_is_oldest_first(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "timeline" and options.get("order") == "oldest"


def test_monte_carlo_is_the_monaco_meet(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "results from monte carlo 2024, the 1500")
    assert (command, options["meet"]) == ("results", "2024-herculis-monaco")
    assert resolver.meet("Montecarlo 2021", today=SPRING).id == "2021-herculis-monaco"


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("who won the big 1500 final the year before paris", "2023-worlds-budapest"),
        ("results of the major 5000 final the year after budapest", "2024-olympics-paris"),
        ("hvem vant mesterskapsfinalen på 1500 året før budapest", "2022-worlds-eugene"),
        ("hvem vant den store 1500-finalen i 2022", "2022-worlds-eugene"),
    ],
)
def test_the_big_final_of_a_year_is_its_global_championship(
    resolver: Resolver, text: str, meet: str
) -> None:
    """A meet after "the year before" says when; the year's Olympics or Worlds is asked."""
    command, options = best_reading(resolver, text)
    assert (command, options["meet"], options.get("round")) == ("results", meet, "final")


def test_no_global_championship_that_year_is_no_guess(resolver: Resolver) -> None:
    """2020 had no Olympics or Worlds: no meet is made up."""
    read = read_question("who won the big 1500 final the year before tokyo 2021", resolver, SPRING)
    assert read.best is None or read.best.command != "results"


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("did jakob earn a medal in paris", "results"),
        ("kerr got a win over jakob in 2023?", "h2h"),
    ],
)
def test_earning_a_medal_or_getting_a_win_is_no_money(
    resolver: Resolver, text: str, command: str
) -> None:
    assert best_reading(resolver, text)[0] == command


def test_a_meeting_since_a_meet_is_still_their_record(resolver: Resolver) -> None:
    command, _ = best_reading(resolver, "have kerr and jakob raced each other again since paris")
    assert command == "h2h"
