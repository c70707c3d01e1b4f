"""Fresh names (issue 25, names13): people typed as fans type them, each class read as a rule.

Written per class, not copied from the dev set, in English and Norwegian (bokmål, nynorsk): a
name split in two by a space or a phone ("inge brigtsen", "mc sweeney") is the one word it is,
and two words nobody's name joins stay no one; what a bracket or a comma adds after a name (a
country in full, a club, a team) and a fan's epithet or form of address before it ("young
jakob", "king kerr", "herr ingebrigtsen") are let go when the rest names someone; a person
described by a country's possessive ("norway's jakob") or a Norwegian adjective ("den
kenyanske tenåringen"), and a champion's title narrowed by its edition or country ("the 2023
world champ", "den amerikanske olympiamesteren"; a question when several hold it, never a
silent pick); a name or a role word of someone a command cannot take is no typo of an
athlete's name ("coach" in /h2h is Gjert, never Koech); a first name's short form alone
("tim", "ollie", "stewie"; "sam" asks); "senior" after a family name is the father the store
states; two shared names of a pair are the two who raced far more often than any other two
("jake" and "josh": Wightman and Kerr). Meets: tests/test_fresh_names_13_meets.py.
"""

from __future__ import annotations

import pytest

from bot.resolve import ATHLETE_ROLES, Resolver

from .test_discord import text_of


# ------------------------------------------------------------------------- a name split in two
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("inge brigtsen", "jakob-ingebrigtsen"),  # the family name's default, as typed whole
        ("jakob inge brigtsen", "jakob-ingebrigtsen"),
        ("mc sweeney", "stewart-mcsweyn"),  # split and spelt by ear
        ("stu mc sweyn", "stewart-mcsweyn"),
        ("lewan dowski", "marcin-lewandowski"),
        ("centro witz", "matthew-centrowitz"),
        ("yared nu guse", "yared-nuguse"),
        ("jake wight man", "jake-wightman"),
        ("makh loufi", "taoufik-makhloufi"),
    ],
)
def test_a_name_split_in_two_is_the_name(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.found and got.id == meant, (typed, got)


@pytest.mark.parametrize("typed", ["sam prakel", "cole hansen", "gold medal", "ben jamin"])
def test_two_words_no_name_joins_stay_no_one(resolver: Resolver, typed: str) -> None:
    assert not resolver.athlete(typed, roles=ATHLETE_ROLES).found, typed


async def test_a_split_name_through_discord(world) -> None:
    result = await world.slash("h2h", athlete="josh kerr", opponent="inge brigtsen")
    assert "Kerr 4 – 11 Ingebrigtsen" in result.response.embeds[0].description
    offered = await world.autocomplete("h2h", "opponent", "mc sweeney")
    assert offered[0]["value"] == "stewart-mcsweyn"


# ---------------------------------------------------------- words around a name that are no name
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hocker (united states)", "cole-hocker"),
        ("kerr (great britain & NI)", "josh-kerr"),
        ("kerr (brooks beasts)", "josh-kerr"),
        ("nuguse (on athletics club)", "yared-nuguse"),
        ("laros [psv eindhoven]", "niels-laros"),
        ("wightman, team gb", "jake-wightman"),
        ("kerr team gb", "josh-kerr"),
        ("young jakob", "jakob-ingebrigtsen"),
        ("unge jakob", "jakob-ingebrigtsen"),
        ("king kerr", "josh-kerr"),
        ("the great jakob", "jakob-ingebrigtsen"),
        ("goat jakob", "jakob-ingebrigtsen"),
        ("mister hocker", "cole-hocker"),
        ("herr ingebrigtsen", "jakob-ingebrigtsen"),  # "Mr", not Henrik begun
    ],
)
def test_words_around_a_name_are_let_go(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.found and got.id == meant, (typed, got)


@pytest.mark.parametrize("typed", ["sam prakel (usa)", "mike kerr", "big", "little"])
def test_words_let_go_never_make_a_name_of_nothing(resolver: Resolver, typed: str) -> None:
    assert not resolver.athlete(typed, roles=ATHLETE_ROLES).found, typed


def test_an_epithet_is_no_name_word_of_its_own(resolver: Resolver) -> None:
    assert resolver.athlete("young", roles=ATHLETE_ROLES).id == "nico-young"  # his surname
    assert resolver.athlete("nico young", roles=ATHLETE_ROLES).id == "nico-young"


async def test_words_around_a_name_through_discord(world) -> None:
    result = await world.slash("athlete", name="hocker (united states)")
    assert "Cole Hocker" in result.response.embeds[0].title
    offered = await world.autocomplete("h2h", "athlete", "young jakob")
    assert offered[0]["value"] == "jakob-ingebrigtsen"


# ----------------------------------------------------------------- people described, titles
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("norway's jakob", "jakob-ingebrigtsen"),
        ("scotland's josh", "josh-kerr"),
        ("britain's wightman", "jake-wightman"),
        ("den kenyanske tenåringen", "phanuel-kipkosgei-koech"),
        ("den unge nederlandske gutten", "niels-laros"),
        ("the 2023 world champ", "josh-kerr"),
        ("world champion 2022", "jake-wightman"),
        ("verdensmesteren fra 2022", "jake-wightman"),
        ("the olympic champion from tokyo", "jakob-ingebrigtsen"),
        ("the 2020 olympic champion", "jakob-ingebrigtsen"),  # Tokyo 2020, held in 2021
        ("the american olympic champ", "cole-hocker"),
        ("den amerikanske olympiamesteren", "cole-hocker"),
        ("euro champ 2018", "jakob-ingebrigtsen"),
    ],
)
def test_a_description_or_a_narrowed_title_names_one(
    resolver: Resolver, typed: str, meant: str
) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.found and got.id == meant, (typed, got)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("the reigning world champion", {"cole-hocker", "isaac-nader"}),  # 5000 and 1500
        ("regjerende verdensmester", {"cole-hocker", "isaac-nader"}),
        ("2024 olympic champ", {"cole-hocker", "jakob-ingebrigtsen"}),
        ("the scottish world champ", {"josh-kerr", "jake-wightman"}),
        ("den britiske", {"josh-kerr", "jake-wightman"}),
    ],
)
def test_a_title_several_hold_is_a_question(
    resolver: Resolver, typed: str, asked: set[str]
) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.status == "ambiguous" and asked <= set(got.candidates), (typed, got)


@pytest.mark.parametrize("typed", ["2016 olympic champ", "commonwealth champ"])
def test_a_title_the_store_shows_no_one_holding_names_no_one(
    resolver: Resolver, typed: str
) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.status == "none" and not got.candidates, (typed, got)


async def test_descriptions_through_discord(world) -> None:
    result = await world.slash("h2h", athlete="the 2023 world champ", opponent="norway's jakob")
    assert "Kerr 4 – 11 Ingebrigtsen" in result.response.embeds[0].description
    offered = await world.autocomplete("athlete", "name", "den amerikanske olympiamesteren")
    assert offered[0]["value"] == "cole-hocker"


# --------------------------------------------------- a name of someone the command cannot take
@pytest.mark.parametrize("typed", ["coach", "the coach", "gjert", "geoff", "journalist"])
def test_a_name_of_someone_else_is_no_athletes_typo(resolver: Resolver, typed: str) -> None:
    assert resolver.athlete(typed, roles=ATHLETE_ROLES).status == "none", typed
    assert resolver.athlete(typed).found, typed  # /quote takes anyone quoted


def test_an_athlete_sharing_the_name_is_still_taken(resolver: Resolver) -> None:
    assert resolver.athlete("wightman", roles=ATHLETE_ROLES).id == "jake-wightman"
    assert resolver.athlete("koech", roles=ATHLETE_ROLES).id == "phanuel-kipkosgei-koech"


async def test_a_coach_in_h2h_is_said_to_be_one(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="coach")
    assert result.ephemeral
    assert "Gjert Ingebrigtsen" in text_of(result.response.embeds[0])


# ------------------------------------------------------------- a first name's short form alone
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("tim", "timothy-cheruiyot"),
        ("cam", "cameron-myers"),
        ("ollie", "oliver-hoare"),
        ("olli", "oliver-hoare"),
        ("stewie", "stewart-mcsweyn"),
        ("stew", "stewart-mcsweyn"),
        ("jim", "jimmy-gressier"),
    ],
)
def test_a_first_names_short_form_alone(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.found and got.id == meant, (typed, got)


def test_a_short_form_several_share_is_a_question(resolver: Resolver) -> None:
    sam = resolver.athlete("sam", roles=ATHLETE_ROLES)
    assert sam.status == "ambiguous"
    assert {"samuel-pihlstrom", "samuel-tanner", "samuel-tefera"} <= set(sam.candidates)
    # beside an opponent the races decide, as for a whole first name
    assert resolver.pair("jakob", "tim")[1].id == "timothy-cheruiyot"


@pytest.mark.parametrize("typed", ["kid", "big", "run", "gold", "pre"])
def test_an_everyday_short_word_is_no_first_name(resolver: Resolver, typed: str) -> None:
    assert not resolver.athlete(typed, roles=ATHLETE_ROLES).found, typed


async def test_a_short_form_through_discord_autocomplete(world) -> None:
    offered = await world.autocomplete("h2h", "opponent", "ollie")
    assert offered[0]["value"] == "oliver-hoare"


# --------------------------------------------------------------- the senior of a family name
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wightman sr", "geoff-wightman"),
        ("wightman senior", "geoff-wightman"),
        ("ingebrigtsen snr", "gjert-ingebrigtsen"),
        ("ingebrigtsen senior", "gjert-ingebrigtsen"),
    ],
)
def test_senior_after_a_family_name_is_its_father(
    resolver: Resolver, typed: str, meant: str
) -> None:
    assert resolver.athlete(typed).id == meant, typed  # /quote's speaker: anyone quoted
    assert not resolver.athlete(typed, roles=ATHLETE_ROLES).found  # a coach, an official


def test_senior_with_no_father_stated_is_no_one(resolver: Resolver) -> None:
    assert not resolver.athlete("kerr senior").found


# ------------------------------------------------------------ two shared names in one pair
@pytest.mark.parametrize(
    ("first", "second", "meant"),
    [
        ("jake", "josh", ("jake-wightman", "josh-kerr")),
        ("josh", "jake", ("josh-kerr", "jake-wightman")),
        ("josh", "the norwegian", ("josh-kerr", "jakob-ingebrigtsen")),
        ("the kenyan", "nordmannen", ("timothy-cheruiyot", "jakob-ingebrigtsen")),
    ],
)
def test_two_shared_names_are_the_two_who_met_most(
    resolver: Resolver, first: str, second: str, meant: tuple[str, str]
) -> None:
    one, two = resolver.pair(first, second)
    assert (one.id, two.id) == meant, (first, second, one, two)
    assert one.note is not None and one.note.key == "note.took.raced"  # the answer says so


@pytest.mark.parametrize(("first", "second"), [("samuel", "josh"), ("mo", "josh")])
def test_two_shared_names_no_pair_settles_stay_questions(
    resolver: Resolver, first: str, second: str
) -> None:
    one, two = resolver.pair(first, second)
    assert one.status == two.status == "ambiguous"


async def test_two_shared_names_through_discord(world) -> None:
    result = await world.slash("h2h", athlete="jake", opponent="josh")
    assert not result.ephemeral
    assert "Wightman" in text_of(result.response.embeds[0])
    assert "Kerr" in text_of(result.response.embeds[0])
