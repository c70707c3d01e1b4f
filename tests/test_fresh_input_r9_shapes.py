"""Fresh fan input, round 9's question shapes and the meet names fans use.

Written for each class of input (not copied from the dev set), in English and Norwegian:
an athlete's next race asked with an aside after it, an entry asked ("down for anything
before …"), whether a meet is over, how current the data is, a fan's pick or a women's race
(honest refusals), "split" as a verb, "who is X" with a later clause naming a meet, two
surnames side by side, a meet guessed after "when does he race next?", and meet slang in
options ("Commies", "Brum", "olympiske leker", a long name two letters off).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from bot.ask.answer import ask
from bot.ask.replies import CannotKnow
from bot.commands import Context
from bot.facts import FactStore
from bot.facts.integrity import check_names
from bot.facts.kinds import KINDS
from bot.i18n import language, speaking_in
from bot.render.text import render_text
from bot.resolve import Resolver

from .asking import SPRING, best_reading, refusal


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("kerr next race?? or is he still nursing that hamstring lol", "josh-kerr"),
        ("when does jakob run next? feels like he's been injured forever", "jakob-ingebrigtsen"),
        ("hocker's next outing? is he on some injury saga again", "cole-hocker"),
        ("når er neste løp for Jakob? eller er han fortsatt skadet", "jakob-ingebrigtsen"),
        ("neste løp for kerr? er det akillesen igjen", "josh-kerr"),
    ],
)
def test_a_next_race_with_an_aside_after_it(resolver: Resolver, text: str, athlete: str) -> None:
    """The first question asks; the aside's injury words make it no timeline."""
    assert best_reading(resolver, text) == ("next-race", {"athlete": athlete})


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("is hocker entered in anything before the commonwealths?", "cole-hocker"),
        ("is jakob signed up for anything before worlds", "jakob-ingebrigtsen"),
        ("Kerr on the start list anywhere this month?", "josh-kerr"),
        ("er Jakob påmeldt noe før EM?", "jakob-ingebrigtsen"),
        ("is jakob running anything before bislett?", "jakob-ingebrigtsen"),
    ],
)
def test_an_entry_asked_before_a_meet(resolver: Resolver, text: str, athlete: str) -> None:
    """ "Anything before the Euros": his next race; the meet only bounds the time."""
    assert best_reading(resolver, text) == ("next-race", {"athlete": athlete})


@pytest.mark.parametrize(
    ("text", "meet"),
    [
        ("is torun over yet?", "2026-wic-torun"),
        ("is the world indoors done already", "2026-wic-torun"),  # the one begun last
        ("har innendørs-VM i Toruń blitt ferdig?", "2026-wic-torun"),
        ("has the euros started?", "2026-euros-birmingham"),  # started: the next one
        ("har VM begynt?", "2027-worlds-beijing"),
    ],
)
def test_whether_a_meet_is_over_is_its_page(resolver: Resolver, text: str, meet: str) -> None:
    assert best_reading(resolver, text) == ("next-race", {"meet": meet})


def test_a_finished_meet_asked_about_says_it_finished(ctx: Callable[..., Context]) -> None:
    at = ctx(dt.datetime(2026, 3, 25, 12, tzinfo=dt.UTC))
    text = render_text(ask(at, "is the world indoors over?"))
    assert "Toruń" in text and "Finished on 22 Mar 2026" in text


@pytest.mark.parametrize(
    "text",
    [
        "data cutoff",
        "what's your data cutoff?",
        "when were you last updated",
        "how old is your data",
        "how fresh is the info",
        "når ble du sist oppdatert?",
        "hvor gamle er dataene dine?",
        "sist oppdatert?",
        # where it comes from
        "what's your data source",
        "source of ur info?",
        "hva er datakilden din",
    ],
)
def test_how_current_the_data_is_asks_about_the_bot(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text) == ("about", {})


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("who would you pick for the olympic team", "opinion"),
        ("who should make the GB squad for Tokyo", "opinion"),
        ("who's your pick for the 1500 at the euros", "opinion"),
        ("hvem ville du tatt ut til EM-laget?", "opinion"),
        ("hvem bør tas ut til OL?", "opinion"),
        ("what was the winning time in the women's 1500 in tokyo", "women"),
        ("who won the womens race in budapest", "women"),
        ("results from the ladies final at the olympics", "women"),
        ("hvem vant damefinalen i Paris?", "women"),
        ("resultater fra kvinnenes 1500 i Tokyo", "women"),
    ],
)
def test_a_pick_or_a_womens_race_is_refused_honestly(
    resolver: Resolver, text: str, topic: str
) -> None:
    """The store holds men's races and no opinions: never a men's result in their place."""
    assert refusal(resolver, text) == topic


def test_the_refusals_are_worded_in_both_languages(ctx: Callable[..., Context]) -> None:
    reply = ask(ctx(), "how fast did the girls run in the tokyo final")
    assert isinstance(reply, CannotKnow) and reply.topic == "women"
    assert "men's races" in render_text(reply)
    with speaking_in(language("no")):
        reply = ask(ctx(), "hvem ville du valgt til OL-laget?")
        assert isinstance(reply, CannotKnow) and reply.topic == "opinion"
        assert "tar ikke ut lag" in render_text(reply)


def test_split_as_a_verb_is_a_tally_as_a_noun_live(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "kerr v wightman, how do they split it")
    assert command == "h2h" and options["opponent"] == "jake-wightman"
    command, _ = best_reading(resolver, "Kerr v Jakob - who gets the better of the split?")
    assert command == "h2h"
    assert refusal(resolver, "what were kerr's splits in the tokyo final") == "live"
    assert refusal(resolver, "what was jakob's last lap split in paris") == "live"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("who even is niels laros and why does everyone rate him", "niels-laros"),
        ("who actually is cole hocker, is he the olympic champ", "cole-hocker"),
        ("hvem er egentlig Nader og hvordan ble han verdensmester", "isaac-nader"),
    ],
)
def test_who_is_x_wins_over_a_meet_in_a_later_clause(
    resolver: Resolver, text: str, name: str
) -> None:
    """A hedge ("even", "actually") costs nothing; the profile is asked."""
    assert best_reading(resolver, text) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    ("text", "pair", "extra"),
    [
        ("kerr jakob finaler", ("josh-kerr", "jakob-ingebrigtsen"), {"rounds": "finals"}),
        ("nordas jakob finals", ("narve-gilje-nordas", "jakob-ingebrigtsen"), {"rounds": "finals"}),
        ("hocker kerr indoor", ("cole-hocker", "josh-kerr"), {"event": "indoor"}),
        (
            "Hvordan står det mellom Laros og Jakob i finalar?",
            ("niels-laros", "jakob-ingebrigtsen"),
            {"rounds": "finals"},
        ),
    ],
)
def test_two_surnames_side_by_side_are_two_athletes(
    resolver: Resolver, text: str, pair: tuple[str, str], extra: dict[str, str]
) -> None:
    command, options = best_reading(resolver, text)
    assert command == "h2h"
    assert {options["athlete"], options["opponent"]} == set(pair)
    assert {k: options[k] for k in extra} == extra


def test_a_run_of_two_names_is_split_only_when_each_names_someone(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "tell me about josh kerr")
    assert (command, options) == ("athlete", {"name": "josh-kerr"})


@pytest.mark.parametrize(
    "text",
    [
        "når løper Kerr neste gang? Oslo kanskje?",
        "when's hocker racing next? pre?",
        "when does kerr race next, at bislett maybe?",
    ],
)
def test_a_meet_guessed_after_the_next_race_is_not_the_meet(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "next-race" and "meet" not in options and "athlete" in options


def test_a_meet_asked_of_an_athlete_stays_the_meet(resolver: Resolver) -> None:
    assert best_reading(resolver, "is kerr running at bislett?") == (
        "next-race",
        {"athlete": "josh-kerr", "meet": "2026-dl-oslo"},
    )
    # no athlete: the meet is the subject, not a guess
    assert best_reading(resolver, "when's the next race? bislett?") == (
        "next-race",
        {"meet": "2026-dl-oslo"},
    )


@pytest.mark.parametrize(
    ("text", "purpose", "meet"),
    [
        ("Commies", "next", "2026-commonwealth-glasgow"),
        ("the commies in glasgow", "next", "2026-commonwealth-glasgow"),
        ("brum", "next", "2026-euros-birmingham"),
        ("Brum 2026", "latest", "2026-euros-birmingham"),
        ("tokyo olympiske leker", "results", "2021-olympics-tokyo"),
        ("De olympiske leker i Paris", "results", "2024-olympics-paris"),
        ("prefontane", "results", "2025-dl-eugene-pre"),
        ("atletissima", "results", "2024-dl-lausanne"),
    ],
)
def test_meet_slang_reads_in_options(
    resolver: Resolver, text: str, purpose: str, meet: str
) -> None:
    found = resolver.meet(text, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert found.found and found.id == meet, (text, found)


def test_meet_slang_reads_in_questions_too(resolver: Resolver) -> None:
    assert best_reading(resolver, "when do the commies start?") == (
        "next-race",
        {"meet": "2026-commonwealth-glasgow"},
    )
    command, options = best_reading(resolver, "is kerr running in brum this summer")
    assert command == "next-race" and options.get("meet") == "2026-euros-birmingham"


def test_a_series_record_must_name_a_series_or_a_city(store: FactStore) -> None:
    """A city nickname names every meet held there; a record naming neither names nothing."""
    records = {k.key: list(store.records(k.key)) for k in KINDS}
    brum = next(s for s in records["series"] if s.id == "brum")
    assert not brum.series and brum.cities
    records["series"] = [replace(brum, cities=())]
    problems = check_names(records)
    assert any(p.file == "series.yaml" and "names no meet" in p.message for p in problems)


@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        # on one start line is a meeting of two: the tally
        (
            "how often have hocker and nuguse lined up together",
            "h2h",
            {"athlete": "cole-hocker", "opponent": "yared-nuguse"},
        ),
        # "so far this year" is a time frame, not a history
        (
            "Hocker v Nuguse so far this season",
            "h2h",
            {"athlete": "cole-hocker", "opponent": "yared-nuguse", "year": "2026"},
        ),
        # Norwegian past tense "sto" as "står"
        (
            "hvordan sto det mellom kerr og hocker i 2024",
            "h2h",
            {"athlete": "josh-kerr", "opponent": "cole-hocker", "year": "2024"},
        ),
        (
            "heile historien mellom Kerr og Jakob",
            "timeline",
            {"athlete": "josh-kerr", "opponent": "jakob-ingebrigtsen"},
        ),
        (
            "tidslinja til Jakob, eldste først",
            "timeline",
            {"athlete": "jakob-ingebrigtsen", "order": "oldest"},
        ),
        (
            "hva skjedde med Kerr i 2025, kronologisk",
            "timeline",
            {"athlete": "josh-kerr", "year": "2025", "order": "oldest"},
        ),
    ],
)
def test_tally_and_timeline_wordings(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    assert best_reading(resolver, text) == (command, options)


def test_in_order_alone_keeps_the_default_order(resolver: Resolver) -> None:
    """ "in order" alone may be newest first; "from January" says oldest."""
    command, options = best_reading(resolver, "hocker's season so far, in order")
    assert command == "timeline" and "order" not in options
    assert best_reading(resolver, "Hocker's 2025 in order from january")[1]["order"] == "oldest"


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "the 1500 final at the paris olympics, full results",
            {"meet": "2024-olympics-paris", "event": "1500m", "round": "final"},
        ),
        ("results of the semi in tokyo 2025", {"meet": "2025-worlds-tokyo", "round": "semi-final"}),
        (
            "Toruń World Indoors 3000m final results",
            # (an indoor meet's 3000m is the indoor event)
            {"meet": "2026-wic-torun", "event": "3000m (indoor)", "round": "final"},
        ),
    ],
)
def test_a_round_or_a_distance_beside_a_meet_is_read_apart(
    resolver: Resolver, text: str, options: dict[str, str]
) -> None:
    assert best_reading(resolver, text) == ("results", options)


@pytest.mark.parametrize(
    "text",
    [
        "hocker vs kerr on the boards",
        "kerr v nuguse on a banked track",
        "har Laros slått Jakob innandørs?",  # the lexicon's nynorsk word, as in options
    ],
)
def test_indoor_words_fans_use(resolver: Resolver, text: str) -> None:
    command, options = best_reading(resolver, text)
    assert command == "h2h" and options.get("event") == "indoor"
