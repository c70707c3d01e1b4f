"""Fresh fan input, round 12's plain questions: track nerds, voice dictation, non-native English.

Written for each class of input (not copied from the dev set), in English and Norwegian: a
refusal word in a remark about the writer's own doing ("i'll time the laps myself", "missed
the broadcast", "eg såg det ikkje direkte") refuses no plain request; "places and times",
"top 3" ask for results, "pull up"/"fetch" ask as "show" does; what someone did at a meet
("hva gjorde X i M") is how he ran there; a week past ("last weekend", "forrige helg") says a
year; an entry asked after the word map ("meldt på"); an order said "from the old"; a
possessive inside a question ("my son's hero kerr") is no story of the writer's, and the
writer's words for the one named cost nothing; a PR asked "in your data"; a time said in
number words ("three twenty six point seven three"); names heard with other vowels ("kurr"),
a given name spelt another way ("stuart"), a country in brackets ("nuguse (usa)"), a sponsor
said by its initials ("nb indoor gp").
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ask.years import spelled_times
from bot.resolve import ATHLETE_ROLES, Resolver
from bot.resolve.when import relative_years
from tests.asking import SPRING, best_reading, refusal

KERR, JAKOB, HOCKER, NUGUSE = "josh-kerr", "jakob-ingebrigtsen", "cole-hocker", "yared-nuguse"


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("bislett 2024 top 3?? fell asleep before the stream", "2024-dl-oslo"),
        ("show me the budapest 2023 1500 final. i'll work out the splits myself", None),
        ("bislett 2024 topp 3? eg såg det ikkje direkte", "2024-dl-oslo"),
        ("the 2025 bowerman mile, positions and times pls. i missed the broadcast", None),
        ("fetch me the 2024 bislett places and times, i'll time the laps myself", "2024-dl-oslo"),
    ],
)
def test_the_writers_own_doing_refuses_no_plain_request(
    resolver: Resolver, text: str, meet: str | None
) -> None:
    command, options = best_reading(resolver, text)
    assert command == "results"
    if meet:
        assert options["meet"] == meet


@pytest.mark.parametrize(
    "text",
    [
        "can I watch the stream of bislett 2024?",
        "where's the live stream for bislett",
        "i missed the stream, can i watch it somewhere",
    ],
)
def test_a_live_question_of_the_writers_own_is_still_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "live"


@pytest.mark.parametrize(
    ("text", "meet", "event"),
    [
        # (his race at the meet when it is not the meet's main one: Hocker's two miles)
        ("what did hocker do at millrose last weekend", "2026-millrose", "two miles (indoor)"),
        ("hva gjorde jakob i paris", "2024-olympics-paris", None),
        ("hva gjorde hocker i toruń forrige helg?", "2026-wic-torun", None),
    ],
)
def test_what_someone_did_at_a_meet_is_how_he_ran(
    resolver: Resolver, text: str, meet: str, event: str | None
) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options["meet"], options.get("event")) == ("results", meet, event)


def test_a_week_past_says_its_year() -> None:
    march = dt.date(2026, 3, 25)
    assert [y for _, _, y in relative_years("forrige helg", march)] == [2026]
    assert [y for _, _, y in relative_years("last weekend", dt.date(2026, 1, 3))] == [2025]


@pytest.mark.parametrize(
    ("text", "athlete", "year"),
    [
        ("did my brother's favourite jakob win anything last year?", JAKOB, "2025"),
        ("har min favoritt jakob vunnet noe i fjor?", JAKOB, "2025"),
        ("has our boy kerr won anything this season", KERR, "2026"),
    ],
)
def test_what_someone_won_in_a_year_is_that_years_timeline(
    resolver: Resolver, text: str, athlete: str, year: str
) -> None:
    assert best_reading(resolver, text) == ("timeline", {"athlete": athlete, "year": year})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [("hva er kerr meldt på i mai", KERR), ("hvilke stevner er hocker meldt på", HOCKER)],
)
def test_an_entry_asked_after_the_word_map(resolver: Resolver, text: str, athlete: str) -> None:
    command, options = best_reading(resolver, text)
    assert (command, options.get("athlete")) == ("next-race", athlete)


@pytest.mark.parametrize(
    "text",
    [
        "all the history of kerr and hocker, from the old to the new please",
        "kerr hocker timeline in order from the oldest one",
    ],
)
def test_an_order_from_the_old(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "timeline" and options.get("order") == "oldest"


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("what's nuguse's mile pr in your database", NUGUSE),
        ("jakob 1500 pr? the 3:26 in monaco", JAKOB),
    ],
)
def test_a_pr_asked_is_the_profile(resolver: Resolver, text: str, athlete: str) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": athlete})


def test_a_time_said_in_number_words_is_its_digits(resolver: Resolver) -> None:
    def spoken(text: str) -> str:
        return " ".join(spelled_times(text.split(" ")))

    assert spoken("did jakob run three twenty six point seven three") == "did jakob run 3:26.73"
    assert spoken("ran twelve fifty one") == "ran 12:51"
    assert spoken("sprang tre tjuesju komma sju ni") == "sprang 3:27.79"
    # "one twenty" with no run and no "point" is no time; nor is a year
    assert spoken("top one twenty") == "top one twenty"
    command, options = best_reading(
        resolver, "did jakob really run three twenty six point seven three in monaco"
    )
    assert command == "results" and "monaco" in options["meet"]


def test_names_heard_or_labelled_as_fans_type_them(resolver: Resolver) -> None:
    assert resolver.athlete("kurr", roles=ATHLETE_ROLES).id == KERR
    assert resolver.athlete("hokker", roles=ATHLETE_ROLES).id == HOCKER
    assert resolver.athlete("stuart mcsweyn", roles=ATHLETE_ROLES).id == "stewart-mcsweyn"
    assert resolver.athlete("nuguse (usa)", roles=ATHLETE_ROLES).id == NUGUSE
    assert resolver.athlete("hocker, america", roles=ATHLETE_ROLES).id == HOCKER
    assert resolver.athlete("jakob (norge)", roles=ATHLETE_ROLES).id == JAKOB
    # a country alone is a place, no one
    assert not resolver.athlete("norway", roles=ATHLETE_ROLES).found
    # a word spelt off by more than its vowels is no one heard
    assert resolver.athlete("car", roles=ATHLETE_ROLES).id != KERR
    assert resolver.meet("nb indoor gp 2026", today=SPRING).id == "2026-nbigp-boston"
    # a city is no sponsor: "london athletics meet" gives no "la meet"
    assert resolver.meet("la meet", today=SPRING).id != "2025-dl-london"
