"""Fresh fan input, round 9's option words: indoors, rounds, order, years, meets, h2h or timeline.

Written for these classes of input (not copied from the dev set): "indoors" said as slang or
in nynorsk, a round in any inflection, a timeline asked in date order, timeline words in
every form, a series word beside a city and year, and a count of meetings asked of two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot import commands as cmd
from bot.ask.options import oldest_first, round_of
from bot.ask.reader import read_question
from bot.ask.words import split_question
from bot.commands import Context
from bot.resolve import Resolver

TODAY = dt.date(2026, 11, 22)
KERR, JAKOB, HOCKER = "josh-kerr", "jakob-ingebrigtsen", "cole-hocker"


def _best(resolver: Resolver, text: str) -> tuple[str, dict[str, str]]:
    read = read_question(text, resolver, TODAY)
    assert read.best is not None, text
    return read.best.command, dict(read.best.options)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("has jakob ever lost to kerr on a banked track", (JAKOB, KERR)),
        ("kerr hocker h2h, indoor season only", (KERR, HOCKER)),
        ("Jakob mot Kerr innendørs", (JAKOB, KERR)),
        ("korleis står det mellom Kerr og Jakob innandørs", (KERR, JAKOB)),
        ("kerr v jakob under a roof", (KERR, JAKOB)),
        ("Hocker or Kerr over the boards, who's ahead?", (HOCKER, KERR)),
        ("kerr mot hocker i innendørssesongen", (KERR, HOCKER)),
    ],
)
def test_indoors_said_any_way_is_the_indoor_event(
    resolver: Resolver, text: str, pair: tuple[str, str]
) -> None:
    command, options = _best(resolver, text)
    assert command == "h2h", (text, options)
    assert (options["athlete"], options["opponent"]) == pair
    assert options.get("event") == "indoor", (text, options)


def test_an_indoor_h2h_read_from_slang_runs(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    """The option the slang gives is one /h2h takes: the pair's indoor races."""
    _, options = _best(resolver, "kerr vs hocker on the boards, who leads")
    answer = cmd.COMMANDS["h2h"].call(ctx(), options)
    meetings = getattr(answer, "meetings", None)
    assert meetings, answer
    assert all("(indoor)" in m.event for m in meetings)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kerr mot Jakob, bare finalene", (KERR, JAKOB)),
        ("korleis står det mellom Kerr og Jakob i finalane", (KERR, JAKOB)),
        ("kerr vs jakob, only the FINALS", (KERR, JAKOB)),
        ("hocker vs kerr finaler", (HOCKER, KERR)),
        ("kerr jakob finalar", (KERR, JAKOB)),
        ("Jakob mot Kerr i mesterskapsfinaler", (JAKOB, KERR)),
        ("berre finalane, Kerr mot Jakob", (KERR, JAKOB)),
        ("wightman v jakob finals only", ("jake-wightman", JAKOB)),
    ],
)
def test_a_round_word_in_any_inflection_is_finals_only(
    resolver: Resolver, text: str, pair: tuple[str, str]
) -> None:
    command, options = _best(resolver, text)
    assert command == "h2h", (text, options)
    assert (options["athlete"], options["opponent"]) == pair
    assert options.get("rounds") == "finals", (text, options)


@pytest.mark.parametrize(
    ("word", "round_"),
    [
        ("finalar", "final"),
        ("finalane", "final"),
        ("finala", "final"),
        ("finaler", "final"),
        ("semifinalane", "semi-final"),
        ("semis", "semi-final"),
        ("heata", "heat"),
        ("forsøka", "heat"),
        ("mesterskapsfinaler", "final"),
        ("finally", None),
        ("finalist", None),
        ("fine", None),
    ],
)
def test_round_words_in_every_inflection(word: str, round_: str | None) -> None:
    assert round_of(word) == round_


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "Jakob's 2023 timeline, oldest first please",
            {"athlete": JAKOB, "year": "2023", "order": "oldest"},
        ),
        ("kerr timeline kronologisk", {"athlete": KERR, "order": "oldest"}),
        (
            "walk me through hocker's 2025 from the start",
            {"athlete": HOCKER, "year": "2025", "order": "oldest"},
        ),
        (
            "hva har skjedd med Kerr i år, eldst først",
            {"athlete": KERR, "year": "2026", "order": "oldest"},
        ),
        ("jakob og kerr i tidsrekkefølge", {"athlete": JAKOB, "opponent": KERR, "order": "oldest"}),
        ("kerr og jakob, eldste først", {"athlete": KERR, "opponent": JAKOB, "order": "oldest"}),
        # newest first is the command's own order: nothing to set
        ("Timeline for Jakob and Kerr, newest first", {"athlete": JAKOB, "opponent": KERR}),
        ("kva skjedde med hocker i fjor, nyaste først", {"athlete": HOCKER, "year": "2025"}),
    ],
)
def test_the_order_asked_for(resolver: Resolver, text: str, options: dict[str, str]) -> None:
    assert _best(resolver, text) == ("timeline", options)


@pytest.mark.parametrize(
    ("text", "oldest"),
    [
        ("kerr in order from jan", True),
        ("in chronological order", True),
        ("fra starten av", True),
        ("in order", False),  # the dated moments, no direction asked
        ("in order to see", False),
        ("his injuries, oldest to newest", True),
        ("from the first race to the last", True),
        ("newest to oldest", False),
        ("nyeste til eldste", False),
        ("oldest first no wait newest first", False),
    ],
)
def test_order_words(text: str, oldest: bool) -> None:
    assert oldest_first(split_question(text).joined) is oldest


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tidslinja til Hocker og Kerr", (HOCKER, KERR)),
        ("historikken mellom Kerr og Jakob", (KERR, JAKOB)),
        ("the whole story between kerr and jakob", (KERR, JAKOB)),
        ("every race kerr and hocker have run, in order", (KERR, HOCKER)),
        ("kerr v jakob race by race", (KERR, JAKOB)),
        ("heile historia mellom Jakob og Kerr", (JAKOB, KERR)),
        ("kerr jakob time line", (KERR, JAKOB)),
        ("hocker mot kerr, tidslinja fra paris og utover", (HOCKER, KERR)),
        ("vis meg alle løpene mellom kerr og jakob i rekkefølge", (KERR, JAKOB)),
        ("what's the full kerr/jakob saga, start to finish", (KERR, JAKOB)),
        ("alt som har skjedd mellom kerr og jakob", (KERR, JAKOB)),
        ("what's been going on between hocker and kerr", (HOCKER, KERR)),
    ],
)
def test_timeline_words_ask_for_the_timeline(
    resolver: Resolver, text: str, pair: tuple[str, str]
) -> None:
    command, options = _best(resolver, text)
    assert command == "timeline", (text, options)
    assert (options["athlete"], options["opponent"]) == pair


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("results from the worlds final in Eugene 2022", "2022-worlds-eugene"),
        ("EM-finalen i München 2022, resultater", "2022-euros-munich"),
        ("show me the VM-finalen 1500 i Budapest 2023", "2023-worlds-budapest"),
    ],
)
def test_a_city_and_year_win_over_a_series_word_alone(
    resolver: Resolver, text: str, meet: str
) -> None:
    command, options = _best(resolver, text)
    assert command == "results", (text, options)
    assert options["meet"] == meet
    assert options.get("round") == "final"


def test_an_event_after_a_meet_name_is_the_event(resolver: Resolver) -> None:
    """Toruń's "world indoors 1500m": the meet, then the race's event (no meet's name has it)."""
    command, options = _best(resolver, "Toruń world indoors 1500m final results")
    assert command == "results"
    assert options == {"meet": "2026-wic-torun", "event": "1500m (indoor)", "round": "final"}


def test_an_event_at_an_indoor_meet_is_the_indoor_event(
    resolver: Resolver, ctx: Callable[..., Context]
) -> None:
    """The meet's name says indoors ("world indoors"): the event named is its indoor one."""
    _, options = _best(resolver, "glasgow world indoor champs, the 3000 final")
    assert options == {"meet": "2024-wic-glasgow", "event": "3000m (indoor)", "round": "final"}
    answer = cmd.COMMANDS["results"].call(ctx(), options)
    race = getattr(answer, "race", None)
    assert getattr(race, "id", None) == "2024-wic-glasgow-3000m-indoor-final"
    _, options = _best(resolver, "kerr vs jakob at the world indoors over 3k")
    assert options.get("event") == "3000m (indoor)"


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "how often have hocker and kerr raced each other this year",
            {"athlete": HOCKER, "opponent": KERR, "year": "2026"},
        ),
        (
            "how many times have jakob and wightman met?",
            {"athlete": JAKOB, "opponent": "jake-wightman"},
        ),
        (
            "hvor mange ganger har Kerr og Jakob møttes i 2024?",
            {"athlete": KERR, "opponent": JAKOB, "year": "2024"},
        ),
        (
            "kor mange gonger har Jakob og Kerr møtt kvarandre?",
            {"athlete": JAKOB, "opponent": KERR},
        ),
        (
            "hvordan sto det mellom Kerr og Hocker i fjor?",
            {"athlete": KERR, "opponent": HOCKER, "year": "2025"},
        ),
        ("Jakob v Kerr this season so far", {"athlete": JAKOB, "opponent": KERR, "year": "2026"}),
        (
            "Korleis gjekk det mellom Kerr og Hocker i fjor?",
            {"athlete": KERR, "opponent": HOCKER, "year": "2025"},
        ),
        ("kor mange gonger har Kerr og Jakob møtst", {"athlete": KERR, "opponent": JAKOB}),
        ("number of times kerr and jakob have met", {"athlete": KERR, "opponent": JAKOB}),
        ("kerr and hocker lined up together how often?", {"athlete": KERR, "opponent": HOCKER}),
        (
            "how many times did hocker and kerr go at it in 2025",
            {"athlete": HOCKER, "opponent": KERR, "year": "2025"},
        ),
    ],
)
def test_a_count_of_meetings_is_the_head_to_head(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert _best(resolver, text) == ("h2h", options)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("KERR VS JAKOB MILE", "mile"),
        ("Kerr vs Jakob over 1,500m", "1500m"),
        ("jakob mot kerr på 1 500 meter", "1500m"),
        ("jakob vs kerr fifteen hundred", "1500m"),
        ("jakob mot kerr på femtusen", "5000m"),
        ("jakob v kerr over 5K", "5000m"),
        ("Hocker vs Kerr in the 1500M", "1500m"),
    ],
)
def test_event_words_in_capitals(resolver: Resolver, text: str, event: str) -> None:
    command, options = _best(resolver, text)
    assert command == "h2h" and options.get("event") == event, (text, options)


def test_two_names_side_by_side_stay_two(resolver: Resolver) -> None:
    """ "wightman jakob" is two athletes, not "wightman jake" mistyped; a relative stays one."""
    command, options = _best(resolver, "wightman jakob h2h")
    assert (command, options["athlete"], options["opponent"]) == ("h2h", "jake-wightman", JAKOB)
    command, options = _best(resolver, "hva sa faren til jakob om kerr")
    assert options["athlete"] == "gjert-ingebrigtsen"


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("kerr v hocker ytd", {"athlete": KERR, "opponent": HOCKER, "year": "2026"}),
        (
            "hocker vs kerr this outdoor season",
            {"athlete": HOCKER, "opponent": KERR, "year": "2026"},
        ),
        (
            "kerr v jakob this indoor season",
            {"athlete": KERR, "opponent": JAKOB, "event": "indoor", "year": "2026"},
        ),
        (
            "kerr mot jakob forrige innendørssesong",
            {"athlete": KERR, "opponent": JAKOB, "event": "indoor", "year": "2025"},
        ),
    ],
)
def test_a_season_said_with_its_kind(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    """ "this indoor season" is a year and, for the indoor one, the indoor races."""
    assert _best(resolver, text) == ("h2h", options)


def test_a_couple_of_years_ago(resolver: Resolver) -> None:
    command, options = _best(resolver, "what happened to jakob a couple of years ago")
    assert (command, options.get("year")) == ("timeline", "2024")


def test_options_after_a_question_belong_to_it(resolver: Resolver) -> None:
    """ "…, finals only" after the clause that asks is no remark: its words count."""
    command, options = _best(resolver, "what's the h2h between kerr and jakob, finals only")
    assert (command, options.get("rounds")) == ("h2h", "finals")
    command, options = _best(resolver, "what's the full kerr/jakob saga, start to finish")
    assert (command, options.get("order")) == ("timeline", "oldest")
