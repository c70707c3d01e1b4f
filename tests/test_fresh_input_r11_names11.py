"""Fresh fan input, round 11: people named by a first name, a nickname or a description, and
honest refusals and chit-chat.

Written per class (not copied from the dev set), in English, bokmål, nynorsk and dialect: a
first name several athletes share settled in a question by who raced whom, else by the
store's own subject (an option asks back); function words never heard as a name word ("how
josh"); a surname nobody has, beside a first name someone has, names no one; a person's word
after a name ("that laros kid"); social media accounts, partners, weather, earnings,
predictions asked as the bot's belief, a tip for a winner and races the store does not follow
refused; a remark about the bot is talk, not /about.
"""

from __future__ import annotations

import pytest

from bot.ask.reader import read_question
from bot.resolve import ATHLETE_ROLES, Resolver

from .asking import SPRING, best_reading, refusal


# ------------------------------------------------------------------ first names in a question
@pytest.mark.parametrize(
    ("text", "command", "options"),
    [
        # the opponent settles it: Kerr raced Hocker nine times, the other Joshes never
        (
            "how did josh do vs hocker over the years",
            "h2h",
            {"athlete": "josh-kerr", "opponent": "cole-hocker"},
        ),
        (
            "show me how josh fared against nuguse",
            "h2h",
            {"athlete": "josh-kerr", "opponent": "yared-nuguse"},
        ),
        # no one else named: the store's subject among the Joshes
        ("when's josh racing next", "next-race", {"athlete": "josh-kerr"}),
        ("når springer josh neste gong?", "next-race", {"athlete": "josh-kerr"}),
        ("tell me about josh", "athlete", {"name": "josh-kerr"}),
    ],
)
def test_a_shared_first_name_in_a_question_is_settled_by_the_store(
    resolver: Resolver, text: str, command: str, options: dict[str, str]
) -> None:
    got, got_options = best_reading(resolver, text)
    assert got == command
    assert {k: got_options.get(k) for k in options} == options


def test_a_shared_first_name_typed_as_an_option_is_still_asked(resolver: Resolver) -> None:
    # an option can say "Did you mean": a bare "josh" is not taken for Kerr there
    found = resolver.athlete("josh", roles=ATHLETE_ROLES)
    assert found.status == "ambiguous"
    assert {"josh-kerr", "josh-hoey"} <= set(found.candidates)


@pytest.mark.parametrize(
    "text", ["how josh got on vs hocker", "who josh beat at millrose", "when josh races next"]
)
def test_a_function_word_is_never_heard_as_a_name_word(resolver: Resolver, text: str) -> None:
    read = read_question(text, resolver, SPRING)
    assert "josh-hoey" not in read.understood_ids


@pytest.mark.parametrize(
    ("first", "second"),
    [("Josh Kerr", "sam prakel"), ("kerr", "yared nelson"), ("jakob", "cole hansen")],
)
def test_a_surname_nobody_has_names_no_one(resolver: Resolver, first: str, second: str) -> None:
    one, two = resolver.pair(first, second)
    assert one.found and not two.found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("olli hoare", "oliver-hoare"),
        ("j kerr", "josh-kerr"),
        ("tim cheruiyot", "timothy-cheruiyot"),
    ],
)
def test_a_first_name_s_short_form_or_an_initial_still_names(
    resolver: Resolver, text: str, found: str
) -> None:
    assert resolver.athlete(text, roles=ATHLETE_ROLES).id == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("who's that laros kid", "niels-laros"),
        ("whos this hocker guy everyone's on about", "cole-hocker"),
        ("kven er denne nordås-guten eigentleg?", "narve-gilje-nordas"),
    ],
)
def test_a_person_s_word_after_a_name_is_part_of_naming_them(
    resolver: Resolver, text: str, name: str
) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": name})


def test_a_nynorsk_runner_before_a_name_describes_them(resolver: Resolver) -> None:
    text = "korleis står det mellom Jakob og den skotske løparen Kerr i alle løp?"
    got, options = best_reading(resolver, text)
    assert got == "h2h"
    assert {options["athlete"], options["opponent"]} == {"jakob-ingebrigtsen", "josh-kerr"}


@pytest.mark.parametrize(
    "text", ["jakob season bests chart", "årsbestene til hocker", "nuguse sb progression graph"]
)
def test_season_bests_ask_for_the_profile(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text)[0] == "athlete"


# ------------------------------------------------------------------ refusals
@pytest.mark.parametrize(
    "text",
    [
        "what's kerr's instagram handle",
        "is jakob on tiktok?",
        "link to nuguse twitter account pls",
        "hva er instagrammen til jakob",
        "kva heiter kerr på instagram",
        "kerr insta",
        "does hocker have socials",
    ],
)
def test_a_social_media_account_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "social"


def test_what_was_said_on_social_media_is_still_a_quote(resolver: Resolver) -> None:
    got, options = best_reading(resolver, "what did kerr post on instagram about jakob")
    assert (got, options["athlete"]) == ("quote", "josh-kerr")


@pytest.mark.parametrize(
    "text",
    ["is jakob's missus at the race", "har kerr ein sambuar", "kerr's fiancée?"],
)
def test_a_partner_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "korleis er vêrmeldinga for zürich i morgon",
        "blir det regnvêr på bislett?",
        "will it be windy at bislett",
    ],
)
def test_the_weather_is_refused_in_any_form(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "weather"


@pytest.mark.parametrize(
    "text",
    ["kva tente jakob på verdsrekorden", "kor mykje tenar kerr i året", "how rich is jakob"],
)
def test_earnings_are_refused_in_nynorsk_too(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "money"


@pytest.mark.parametrize(
    "text",
    [
        "tror du jakob blir verdensmester igjen?",
        "trur du kerr kjem tilbake sterkare",
        "Tror De at Kerr noen gang slår Jakob på 5000 meter?",
        "do you think kerr will ever beat jakob at 5000",
        "you reckon jakob can win gold in LA",
        "whos winning the worlds, any tips",
        "who takes the euros 1500? gimme your tip",
    ],
)
def test_the_bot_s_belief_about_the_future_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "prediction"


@pytest.mark.parametrize(
    "text",
    ["who won the 10000m at the olympics", "Kven vann 10 000 meter i Paris?", "jakob halvmaraton?"],
)
def test_a_race_the_store_does_not_follow_is_refused(resolver: Resolver, text: str) -> None:
    assert refusal(resolver, text) == "other_events"


def test_a_quote_that_mentions_the_road_is_still_a_quote(resolver: Resolver) -> None:
    text = "sitat fra kerr om at ingen bryr seg om 5 og 10 km"
    assert best_reading(resolver, text)[0] == "quote"


# ------------------------------------------------------------------ remarks about the bot
@pytest.mark.parametrize(
    "text", ["this bot is trash lol", "boten er elendig", "ur bot sucks", "love this bot"]
)
def test_a_remark_about_the_bot_is_talk(resolver: Resolver, text: str) -> None:
    read = read_question(text, resolver, SPRING)
    # (scorn gets the one-line "I only answer questions about the rivalry"; praise nothing)
    assert read.best is None
    assert read.outside is None or read.outside.topic == "insult"


@pytest.mark.parametrize("text", ["what can this bot do", "who made you", "your sources?"])
def test_asking_about_the_bot_is_still_about(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text)[0] == "about"


@pytest.mark.parametrize(
    "text",
    [
        "kerr vs ingebrigtsen finals only",
        "kerr v ingebrigtsen in heats",
        "ingebrigtsen final vs kerr",
    ],
)
def test_a_round_beside_a_surname_is_no_part_of_the_name(resolver: Resolver, text: str) -> None:
    got, options = best_reading(resolver, text)
    assert got == "h2h"
    assert {options["athlete"], options["opponent"]} == {"josh-kerr", "jakob-ingebrigtsen"}


@pytest.mark.parametrize(
    "text",
    [
        "hocker and nuguse, who wins whenever they race?",
        "kerr or wightman, who wins every time they meet",
    ],
)
def test_who_usually_wins_is_a_tally_not_a_prediction(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text)[0] == "h2h"


@pytest.mark.parametrize(
    ("text", "name"),
    [("kva har nordås vunne?", "narve-gilje-nordas"), ("hva har laros vunnet?", "niels-laros")],
)
def test_what_someone_has_won_asks_for_the_profile(
    resolver: Resolver, text: str, name: str
) -> None:
    assert best_reading(resolver, text) == ("athlete", {"name": name})


@pytest.mark.parametrize(
    "text", ["tror du kerr har slått jakob noen gang?", "do you think kerr ever beat jakob indoors"]
)
def test_a_hedged_question_about_the_past_is_still_answered(resolver: Resolver, text: str) -> None:
    assert best_reading(resolver, text)[0] == "h2h"
