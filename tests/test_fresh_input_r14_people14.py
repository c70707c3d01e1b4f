"""Fresh input, round 14 class: people, meets and races named by description.

The examples are new (not the dev sets'): a person by a Norwegian adjective of nationality
("den portugisiske løperen", "den amerikanske fyren") or by a flag emoji before a person's word
("that 🇺🇸 guy", "the 🇳🇱 kid"), with what they won; the store's results decide who fits.
"""

from __future__ import annotations

import pytest

from bot.resolve import Resolver
from bot.resolve.flags import flags_as_demonyms
from tests.asking import assert_reads, best_reading, refusal


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("hvem er den amerikanske fyren som vant OL i paris", "cole-hocker"),
        ("kem e den britiske karen som vant VM i budapest", "josh-kerr"),
        ("hvem var den portugisiske løperen som vant VM i tokyo", "isaac-nader"),
        ("who's the 🇳🇱 kid who won zurich last year", "niels-laros"),
        ("that 🇺🇸 guy who won the olympics in paris, who is he", "cole-hocker"),
        ("the 🇵🇹 lad that won the worlds in tokyo??", "isaac-nader"),
    ],
)
def test_a_nationality_said_as_a_norwegian_adjective_or_a_flag_describes_a_person(
    resolver: Resolver, text: str, who: str
) -> None:
    assert_reads(resolver, text, "athlete", {"name": who})


def test_a_flag_beside_a_name_stays_decoration(resolver: Resolver) -> None:
    # a flag is a demonym only before a person's word; beside a name it labels the name
    assert flags_as_demonyms("🇬🇧 kerr 🆚 🇺🇸 nuguse") == "🇬🇧 kerr 🆚 🇺🇸 nuguse"
    assert flags_as_demonyms("this 🇵🇹 guy").split() == ["this", "portuguese", "guy"]
    assert flags_as_demonyms("🏴󠁧󠁢󠁳󠁣󠁴󠁿 lad").split() == ["scottish", "lad"]
    pair = {"athlete": "cole-hocker", "opponent": "josh-kerr"}
    assert_reads(resolver, "🇺🇸 hocker 🆚 🇬🇧 kerr h2h", "h2h", pair)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("has cole hockey ever beaten jakob", ("cole-hocker", "jakob-ingebrigtsen")),
        ("cole hockey vs kerr who leads", ("cole-hocker", "josh-kerr")),
        ("THAT AMERICAN LAD COLE HOCKEY, HAS HE EVER BEAT JOSH KERR", ("cole-hocker", "josh-kerr")),
    ],
)
def test_a_surname_misspelt_as_a_sport_is_the_name_when_said_in_full(
    resolver: Resolver, text: str, pair: tuple[str, str]
) -> None:
    assert_reads(resolver, text, "h2h", {"athlete": pair[0], "opponent": pair[1]})


@pytest.mark.parametrize(
    "text", ["who is better at hockey, kerr or jakob", "who's better at golf, josh kerr or jakob"]
)
def test_another_sport_beside_names_is_still_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "offtopic"


PRE_25 = "2025-dl-eugene-pre"
GLASGOW = {"meet": "2024-wic-glasgow", "event": "3000m (indoor)"}
BUDAPEST = {"meet": "2023-worlds-budapest", "round": "final"}


@pytest.mark.parametrize(
    ("text", "options"),
    [
        # a loss as fans say it ("got done", "pipped", "edged") at a meet: its results
        ("hocker got done at the pre classic last summer, who pipped him?", {"meet": PRE_25}),
        ("who edged kerr in eugene 2025", {"meet": PRE_25}),
        # "indoor" says which meet; the race is the one the athlete named ran
        ("who was third in that indoor race in glasgow kerr won", GLASGOW),
        ("the indoor race in glasgow josh won, full results", GLASGOW),
        # a headline's "i tall" (in numbers) is no height
        ("VM i Budapest i tall: 1500 meter finalen", BUDAPEST),
        # whether the ones named ran at a meet over: its results, no next race
        ("sprang narve og jakob i roma i 2024?", {"meet": "2024-euros-rome"}),
        ("did hocker and kerr both run in paris 2024", {"meet": "2024-olympics-paris"}),
        ("løp henrik i EM-finalen i berlin 2018", {"meet": "2018-euros-berlin", "round": "final"}),
    ],
)
def test_a_race_by_what_happened_in_it_or_who_ran_it_is_its_results(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, "results", options)


def test_height_is_still_personal_and_a_meet_ahead_still_the_next_race(resolver: Resolver) -> None:
    assert refusal(resolver, "how tall is kerr") == "personal"
    assert_reads(resolver, "løper kerr på bislett i år?", "next-race", {"athlete": "josh-kerr"})


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("den OL-finalen kerr tok sølv i, resultatene", {"meet": "2024-olympics-paris"}),
        ("kerr gold worlds results", {"meet": "2023-worlds-budapest", "event": "1500m"}),
        # the medal's race, whichever event it was in
        ("results from the olympics jakob won gold at", {"meet": "2024-olympics-paris"}),
        ("VM-bronsen til Nordås, vis resultatlista", {"meet": "2023-worlds-budapest"}),
    ],
)
def test_a_championship_named_by_a_medal_an_athlete_took_is_that_edition(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, "results", options)


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("hvor mye slo kerr jakob med i budapest?", {"year": "2023"}),
        ("by how much did hocker beat kerr in paris", {"year": "2024"}),
        ("how much did kerr beat jakob by in the budapest final", {"year": "2023"}),
    ],
)
def test_a_margin_between_two_named_is_their_head_to_head_not_money(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    got, got_options = best_reading(resolver, text)
    assert got == "h2h", text
    assert options.items() <= got_options.items(), (text, got_options)


def test_earnings_are_still_money(resolver: Resolver) -> None:
    assert refusal(resolver, "how much does kerr earn") == "money"


TORUN = {"meet": "2026-wic-torun", "event": "3000m (indoor)"}


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("hvordan gikk det med kerr i polen?", TORUN),
        ("how did josh get on over in poland, the indoor thing", TORUN),
        ("did kerr win in japan last year", {"meet": "2025-worlds-tokyo"}),
    ],
)
def test_a_meet_by_the_country_one_athlete_raced_in_is_his_latest_race_there(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, "results", options)


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("we were at the pre classic last year, did kerr race there?", "2025-dl-eugene-pre"),
        ("vi var på bislett i fjor, løp kerr der?", "2025-dl-oslo"),
        ("my dad took me to bislett last year, was jakob there?", "2025-dl-oslo"),
    ],
)
def test_the_writers_own_visit_asked_of_again_there_keeps_its_year(
    resolver: Resolver, text: str, meet: str
) -> None:
    # "there" asks of the story's place and time: last year's edition, results or none
    assert_reads(resolver, text, "results", {"meet": meet})


@pytest.mark.parametrize(
    "text",
    [
        "who is the kenyan guy who won the worlds in 2017",
        "kem e den kenyanske gutten som vant VM i 2017",
    ],
)
def test_a_year_after_the_meet_a_described_person_won_says_which_edition(
    resolver: Resolver, text: str
) -> None:
    assert_reads(resolver, text, "athlete", {"name": "elijah-manangoi"})


@pytest.mark.parametrize(
    ("text", "options"),
    [
        # the city's meets of any series: Jakob won in Tokyo at the 2021 Olympics
        ("who came fourth in the race jakob won in tokyo", {"meet": "2021-olympics-tokyo"}),
        ("løpet i budapest som kerr vant, hvem ble nummer tre?", {"meet": "2023-worlds-budapest"}),
        ("the race in paris that hocker won, who was third", {"meet": "2024-olympics-paris"}),
    ],
)
def test_a_race_by_its_winner_is_the_final_he_won_there(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert_reads(resolver, text, "results", {**options, "event": "1500m"})


@pytest.mark.parametrize(
    "text",
    [
        "kerr won gold at the worlds in tokyo right? show me the results",
        "kerr vant VM-gull i tokyo, vis resultatene",
    ],
)
def test_a_medal_claimed_at_a_meet_named_by_its_city_keeps_that_meet(
    resolver: Resolver, text: str
) -> None:
    # the store has no such win: the meet named is shown, never another the medal was won at
    assert_reads(resolver, text, "results", {"meet": "2025-worlds-tokyo"})
