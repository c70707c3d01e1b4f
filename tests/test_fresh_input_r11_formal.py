"""Fresh fan input, round 11's formal, long requests: a journalist checking facts, an older fan.

Written for each class of input (not copied from the dev set), in English and Norwegian:
request wrappers that change nothing asked ("please confirm", "I would appreciate", "kan du
bekrefte", "jeg ville sette pris på"); rounds excluded ("excluding heats", "ikke forsøk eller
semifinaler") read as finals only, never as the round; a round word after a meet's year
("the 2021 olympic final"); a "chronology" (the noun) asks no order; championships written out
in Norwegian ("Europamesterskapet", "verdsmeisterskapen utandørs"); an entry or a plan
announced or confirmed; a meet counted down to ("days until …"); a question told after a long
preamble; "I know little about X"; a month said relative to the clock ("last june").
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.options import denied, round_counted
from bot.ask.reader import read_question
from bot.ask.slots import find_slots
from bot.ask.words import split_question
from bot.resolve import Resolver
from bot.resolve.when import relative_years
from tests.asking import best_reading

KERR, JAKOB, HOCKER = "josh-kerr", "jakob-ingebrigtsen", "cole-hocker"
NUGUSE, WIGHTMAN = "yared-nuguse", "jake-wightman"


def _pair(options: dict[str, str]) -> set[str]:
    return {options.pop("athlete"), options.pop("opponent")}


@pytest.mark.parametrize(
    ("text", "pair", "rounds"),
    [
        (
            "Could you kindly confirm the Hocker–Kerr head-to-head, counting finals only and "
            "excluding heats?",
            {HOCKER, KERR},
            "finals",
        ),
        (
            "I would appreciate the Kerr v Nuguse record without heats or semis.",
            {KERR, NUGUSE},
            "finals",
        ),
        (
            "Kan du bekrefte innbyrdes oppgjør mellom Jakob og Kerr, ikke forsøk eller "
            "semifinaler?",
            {JAKOB, KERR},
            "finals",
        ),
        ("Hocker v Nuguse, heats and semis excluded, if you please", {HOCKER, NUGUSE}, "finals"),
        ("Kerr og Wightman innbyrdes, forsøkene ikke medregnet", {KERR, WIGHTMAN}, "finals"),
        (
            "Wightman vs Jakob record, semi-finals and finals both counted please",
            {WIGHTMAN, JAKOB},
            None,
        ),
    ],
)
def test_excluded_rounds_read_as_finals_only(
    resolver: Resolver, text: str, pair: set[str], rounds: str | None
) -> None:
    command, options = best_reading(resolver, text)
    assert command == "h2h"
    assert _pair(options) == pair
    assert options.get("rounds") == rounds
    assert "round" not in options


def test_an_excluded_round_is_never_the_round() -> None:
    words = split_question("excluding heats and semi-finals").words
    assert all(denied(words, i) for i in range(1, len(words)) if words[i] != "and")
    assert round_counted(words, "final")  # the rounds before it denied: the finals
    assert not round_counted(split_question("results of the semi-finals").words, "final")


def test_a_round_after_a_meets_year_leaves_the_year(resolver: Resolver) -> None:
    # "World Final" is another series' name; the 2023 Worlds final is asked
    text = "By what margin did Jakob beat Kerr in the 2022 world final? I wrote 0.3 in my notes."
    command, options = best_reading(resolver, text)
    assert command in {"h2h", "results"}
    assert options.get("year") == "2022" or options.get("meet") == "2022-worlds-eugene"


@pytest.mark.parametrize(
    "text",
    [
        "A dated chronology of Kerr and Hocker's rivalry in 2025, if you would.",
        "Jeg ønsker en kronologi over Jakob og Kerr i 2024.",
    ],
)
def test_a_chronology_asks_no_order(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "timeline"
    assert "order" not in options or options["order"] == "newest"


def test_chronologically_asks_oldest_first(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "kerr and jakob in 2024 chronologically please")
    assert (command, options.get("order")) == ("timeline", "oldest")


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("Hvem vant 1500 meter i Europamesterskapet i Roma 2024?", "2024-euros-rome"),
        (
            "Kven vart nummer ein på 1500 meter i verdsmeisterskapen i Budapest 2023?",
            "2023-worlds-budapest",
        ),
    ],
)
def test_championships_written_out_in_norwegian(resolver: Resolver, text: str, meet: str) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options.get("meet")) == ("results", meet)


def test_championships_written_out_in_an_option(resolver: Resolver) -> None:
    today = dt.date(2026, 3, 25)
    assert resolver.meet("Europamesterskapet 2024", today=today).id == "2024-euros-rome"
    assert resolver.meet("verdensmesterskapet utendørs 2023", today=today).id == (
        "2023-worlds-budapest"
    )


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("Has Nuguse confirmed his racing plans for the outdoor season? Please cite.", NUGUSE),
        ("Is Hocker scheduled for any meeting yet, or is that only a reported plan?", HOCKER),
        ("Er det stadfesta at Kerr stiller på noko stevne i sommar?", KERR),
        ("Has Wightman announced his first outdoor race after the indoor season?", WIGHTMAN),
    ],
)
def test_an_entry_announced_or_confirmed_asks_the_next_race(
    resolver: Resolver, text: str, athlete: str
) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options.get("athlete")) == ("next-race", athlete)


def test_a_meet_counted_down_to_is_the_meet_asked(resolver: Resolver) -> None:
    text = "how many days until bislett, and is jakob entered"
    command, options = best_reading(resolver, text)
    assert command == "next-race"
    assert options.get("meet") == "2026-dl-oslo"


def test_a_question_after_a_long_preamble(resolver: Resolver) -> None:
    text = (
        "Eg har sett på friidrett i mange år, heilt sidan åttitalet, og no lurer eg på korleis "
        "det står til mellom Kerr og Hocker, alle løp medrekna."
    )
    command, options = best_reading(resolver, text)
    assert command == "h2h"
    assert _pair(options) == {KERR, HOCKER}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I confess I know very little about Yared Nuguse; what has he won?", NUGUSE),
        ("Jeg kjenner lite til Cole Hocker. Hva har han vunnet?", HOCKER),
    ],
)
def test_knowing_little_of_someone_asks_a_profile(resolver: Resolver, text: str, name: str) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    ("text", "today", "year"),
    [
        ("last july", dt.date(2026, 3, 25), 2025),
        ("last july", dt.date(2026, 8, 2), 2026),
        ("forrige juni", dt.date(2026, 3, 25), 2025),
        ("next august", dt.date(2026, 9, 1), 2027),
        ("this may be wrong", dt.date(2026, 3, 25), None),
    ],
)
def test_months_said_relative_to_the_clock(text: str, today: dt.date, year: int | None) -> None:
    found = [y for _, _, y in relative_years(text, today)]
    assert found == ([year] if year else [])


def test_a_month_said_relative_dates_the_meet(resolver: Resolver) -> None:
    read = read_question(
        "who won the 1500 at the london diamond league last july?", resolver, dt.date(2026, 3, 25)
    )
    assert read.best is not None
    assert (read.best.command, read.best.options.get("meet")) == ("results", "2025-dl-london")


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("I have 0.27 in my notes", "0.27"),
        ("jakob 3:43.73 there?", "3:43.73"),
        ("hadde han 3,29 på siste runden", "3,29"),
    ],
)
def test_a_time_quoted_is_one_word(text: str, token: str) -> None:
    assert token in split_question(text).words


def test_a_date_keeps_its_year() -> None:
    assert "2023" in split_question("the race on 23.08.2023").words


def test_a_margin_in_the_notes_names_no_meet(resolver: Resolver) -> None:
    text = "My notes have Hocker winning by 0.14 in the Paris final in 2024; is that right?"
    read = read_question(text, resolver, dt.date(2026, 3, 25))
    assert read.best is not None
    assert read.best.options.get("meet", "2024-olympics-paris") == "2024-olympics-paris"
    assert read.best.options.get("year", "2024") == "2024"


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("I would very much appreciate the results of last year's Bislett Games.", "2025-dl-oslo"),
        ("Jeg vil gjerne se resultatene fra Bislett i fjor.", "2025-dl-oslo"),
    ],
)
def test_a_request_in_the_first_person_keeps_the_year(
    resolver: Resolver, text: str, meet: str
) -> None:
    assert best_reading(resolver, text) == ("results", {"meet": meet})


def test_the_writers_own_story_still_dates_nothing(resolver: Resolver) -> None:
    spring = dt.date(2026, 3, 25)
    story = split_question("I only got into the sport last year, who won bislett")
    assert find_slots(story, resolver, spring).years == []
    asked = split_question("I would like the h2h of kerr and hocker from last season")
    assert find_slots(asked, resolver, spring).years == [2025]


@pytest.mark.parametrize(
    ("text", "athlete", "meet"),
    [
        (
            "Has it been officially confirmed that Hocker will race at the Bislett Games?",
            HOCKER,
            "2026-dl-oslo",
        ),
        ("Er det bekreftet at Kerr skal løpe på Bislett i år?", KERR, "2026-dl-oslo"),
    ],
)
def test_an_entry_confirmed_is_no_prediction(
    resolver: Resolver, text: str, athlete: str, meet: str
) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options.get("athlete"), options.get("meet")) == ("next-race", athlete, meet)


def test_a_year_after_a_full_name_is_the_seasons(resolver: Resolver) -> None:
    text = "I should be grateful for an account of Cole Hocker's 2024 season, if possible."
    assert best_reading(resolver, text) == ("timeline", {"athlete": HOCKER, "year": "2024"})
    words = split_question("jakob ingebrigtsen 2025 season").words
    athletes = find_slots(split_question(" ".join(words)), resolver, dt.date(2026, 3, 25)).athletes
    assert [a.text for a in athletes] == ["jakob ingebrigtsen"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The very first Hocker–Nuguse race, was it 2019? Please check the head-to-head.", None),
        ("Hocker v Nuguse, their first race in 2024", "2024"),
    ],
)
def test_a_year_guessed_for_the_first_ever_meeting(
    resolver: Resolver, text: str, year: str | None
) -> None:
    command, options = best_reading(resolver, text)
    assert command == "h2h"
    assert _pair(options) == {HOCKER, NUGUSE}
    assert options.get("year") == year


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "Som gammel tilhenger lurer jeg på når Bislett Games går av stabelen, og om Kerr er "
            "påmeldt.",
            {"athlete": KERR, "meet": "2026-dl-oslo"},
        ),
        ("Kindly tell me when the Bislett Games begin.", {"meet": "2026-dl-oslo"}),
    ],
)
def test_a_second_question_joined_and_a_kindly_request(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert best_reading(resolver, text) == ("next-race", options)
