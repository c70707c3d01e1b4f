"""Fresh names (issue 25, names13): classes of typed names, each read as a rule.

Written per class, not copied from the dev set, in English and Norwegian (bokmål, nynorsk):
an order word says which edition of a meet is meant, whatever the command's own default
("siste VM" in /next-race, "the next worlds" in /results), in the option, its autocomplete and
/ask alike; a name split in two by a space or a phone ("inge brigtsen", "welt klasse") is read
as the one word it is, for people and meets, and two words nobody's name joins stay no one;
what a bracket or a comma adds after a name (a country in full, a club, a team) and a fan's
epithet or form of address before it ("young jakob", "king kerr", "herr ingebrigtsen") are let
go when the rest names someone; a meet's words as the Norwegian press prints them ("VM-finale",
"Bislett-løpet", "VM-gull", "friidretts-EM", each with its evidence in knowledge/lexicon.yaml)
and a medal beside a meet ("worlds gold 2023") ride along with its name; a city as fans shorten
it ("ldn", "nyc") is that city, a bare one asked about as the city is; a person described
by a country's possessive ("norway's jakob") or a Norwegian adjective ("den kenyanske
tenåringen"), and a champion's title narrowed by its edition or country ("the 2023 world
champ", "den amerikanske olympiamesteren", "the reigning world champion": a question when
several hold it, never a silent pick); a name (or a role word) of someone a command cannot take
is no typo of an athlete's name: "coach" in /h2h is Gjert, not an athlete, never Koech; a first
name's short form typed alone ("tim", "cam", "ollie", "stewie") is whoever has that first name,
a question when several do ("sam"); a meet's name run together ("goldengala", "bislettgames")
and a filler word that would name another year's meet ("budapest '23 final": no Ultimate
"Final" of 2026) are read as the fan means them; "senior" after a family name is the father the
store states ("wightman sr" in /quote is Geoff); a venue's own word names the meets held there
("hayward", "the armory", "letzigrund"), and a place beside a venue's whole name says where
("olympic stadium rome" is no Tokyo); two names of a pair that several people share each are
settled by the two who raced far more often than any other two ("jake" and "josh": Wightman
and Kerr), by the opponent rule's thresholds, else both stay questions; years said relative
to the clock the Norwegian way ("OL for to år siden", "VM til neste år", "OL om to år",
"forfjorårets VM") as the English ones already were.
"""

from __future__ import annotations

import pytest

from bot.resolve import ATHLETE_ROLES, Resolver

from .asking import SPRING, assert_reads
from .test_discord import text_of


# ------------------------------------------------------------ which edition an order word says
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("siste VM", "next", "2025-worlds-tokyo"),
        ("the last worlds", "next", "2025-worlds-tokyo"),
        ("most recent olympics", "next", "2024-olympics-paris"),
        ("forrige OL", "results", "2024-olympics-paris"),
        ("førre EM", "results", "2024-euros-rome"),
        ("previous world indoors", "results", "2026-wic-torun"),
        ("neste VM", "results", "2027-worlds-beijing"),
        ("next olympics", "results", "2028-olympics-la"),
        ("kommende EM", "latest", "2026-euros-birmingham"),
        ("komande bislett", "results", "2026-dl-oslo"),
        ("upcoming pre", "results", "2026-dl-eugene"),
        ("the latest bislett games", "next", "2025-dl-oslo"),
    ],
)
def test_an_order_word_says_the_edition_whatever_the_command(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_an_order_word_alone_or_beside_a_year_changes_nothing(resolver: Resolver) -> None:
    assert not resolver.meet("siste", today=SPRING).found  # no meet named
    assert resolver.meet("last worlds 2023", today=SPRING).id == "2023-worlds-budapest"
    # "last year" is a year, read before an order word: the Worlds of 2025
    assert resolver.meet("worlds last year", today=SPRING, purpose="next").id == (
        "2025-worlds-tokyo"
    )


def test_an_option_reads_an_order_word_as_a_question_does(resolver: Resolver) -> None:
    assert_reads(resolver, "resultater fra siste OL", "results", {"meet": "2024-olympics-paris"})
    assert resolver.meet("siste OL", today=SPRING, purpose="results").id == "2024-olympics-paris"


async def test_order_words_through_discord_autocomplete_and_slash(world) -> None:
    # the tests' clock: 22 November 2026, the Worlds of 2025 over, Beijing 2027 ahead
    offered = await world.autocomplete("results", "meet", "forrige VM")
    assert offered[0]["value"] == "2025-worlds-tokyo"
    offered = await world.autocomplete("next-race", "meet", "siste OL")
    assert offered[0]["value"] == "2024-olympics-paris"
    result = await world.slash("next-race", meet="neste VM")
    assert "Beijing 2027" in result.response.embeds[0].title


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


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("welt klasse 2024", "2024-dl-zurich"),
        ("bis lett 2023", "2023-dl-oslo"),
        ("athle tissima 2019", "2019-athletissima-lausanne"),
        ("her culis 2021", "2021-herculis-monaco"),
        ("mill rose 2024", "2024-millrose"),
    ],
)
def test_a_meet_name_split_in_two_is_the_name(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


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
        ("nuguse mile", "yared-nuguse"),
        ("kerr 1500 metres", "josh-kerr"),
        ("herr ingebrigtsen", "jakob-ingebrigtsen"),  # "Mr", not Henrik begun
    ],
)
def test_words_around_a_name_are_let_go(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.athlete(typed, roles=ATHLETE_ROLES)
    assert got.found and got.id == meant, (typed, got)


@pytest.mark.parametrize("typed", ["sam prakel (usa)", "mike kerr", "big", "little", "mile"])
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


# ------------------------------------------------------------- meet words the press and fans use
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("VM-finale 2023", "2023-worlds-budapest"),
        ("OL-finale i Tokyo", "2021-olympics-tokyo"),
        ("Bislett 2024 finale", "2024-dl-oslo"),
        ("VM-løpet 2019", "2019-worlds-doha"),
        ("løpet i Monaco 2021", "2021-herculis-monaco"),
        ("VM-gull 2023", "2023-worlds-budapest"),
        ("EM-gull i München", "2022-euros-munich"),
        ("VM-sølv 2022", "2022-worlds-eugene"),
        ("friidretts-EM 2024", "2024-euros-rome"),  # not the VM its clipped word begins
        ("worlds gold 2023", "2023-worlds-budapest"),
        ("olympic silver paris", "2024-olympics-paris"),
        ("tokyo bronze 2021", "2021-olympics-tokyo"),
        ("ldn dl 2024", "2024-dl-london"),
        ("ldn 25", "2025-dl-london"),
        ("millrose nyc 2024", "2024-millrose"),
    ],
)
def test_meet_words_of_the_press_and_fans(resolver: Resolver, typed: str, meant: str) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


def test_a_medal_or_a_shortened_city_alone_is_no_meet_of_its_own(resolver: Resolver) -> None:
    assert not resolver.meet("gold", today=SPRING).found
    assert not resolver.meet("sølv", today=SPRING).found
    # a bare city shortened asks as the city does: London's meets with results of two kinds
    ldn = resolver.meet("ldn", today=SPRING, purpose="results")
    london = resolver.meet("london", today=SPRING, purpose="results")
    assert ldn.status == london.status == "ambiguous"
    assert ldn.candidates == london.candidates


async def test_meet_words_through_discord(world) -> None:
    offered = await world.autocomplete("results", "meet", "VM-finale 2023")
    assert offered[0]["value"] == "2023-worlds-budapest"
    result = await world.slash("results", meet="VM-gull 2019")
    assert "Doha" in result.response.embeds[0].title


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


# --------------------------------------------------------- meet names run together, fillers
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("budapest '23 final", "2023-worlds-budapest"),
        ("budapest 2023 final", "2023-worlds-budapest"),
        ("bislettgames 2024", "2024-dl-oslo"),
        ("goldenspike 2025", "2025-golden-spike-ostrava"),
        ("weltklassezurich 2023", "2023-dl-zurich"),
        ("summer olympics 2024", "2024-olympics-paris"),
    ],
)
def test_meet_names_run_together_or_with_fillers(
    resolver: Resolver, typed: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose="results")
    assert got.found and got.id == meant, (typed, got)


def test_a_filler_that_names_a_meet_of_the_year_still_does(resolver: Resolver) -> None:
    # "final" is a word of the Ultimate Championship's name ("Athletics World Final")
    assert resolver.meet("budapest final 2026", today=SPRING, purpose="next").id == (
        "2026-ultimate-budapest"
    )


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


# ----------------------------------------------------------------------------------- venues
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("hayward 2022", "results", "2022-worlds-eugene"),
        ("at hayward 2025", "results", "2025-dl-eugene-pre"),
        ("the armory 2024", "results", "2024-millrose"),
        ("letzigrund 2023", "results", "2023-dl-zurich"),
        ("khalifa stadium", "results", "2019-worlds-doha"),
        ("scotstoun", "next", "2026-commonwealth-glasgow"),
    ],
)
def test_a_venues_own_word_names_its_meets(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_a_bare_venue_of_two_kinds_asks_and_a_place_beside_one_says_where(
    resolver: Resolver,
) -> None:
    hayward = resolver.meet("hayward", today=SPRING, purpose="results")
    assert hayward.status == "ambiguous"  # the Worlds of 2022 and the Pre, as "eugene" asks
    assert {"2022-worlds-eugene", "2025-dl-eugene-pre"} <= set(hayward.candidates)
    assert not resolver.meet("olympic stadium rome", today=SPRING).found  # Tokyo's, not Rome's


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


# ------------------------------------------------------------------ relative years, Norwegian
@pytest.mark.parametrize(
    ("typed", "purpose", "meant"),
    [
        ("OL for to år siden", "results", "2024-olympics-paris"),
        ("VM til neste år", "next", "2027-worlds-beijing"),
        ("OL om to år", "next", "2028-olympics-la"),
        ("the olympics in two years' time", "next", "2028-olympics-la"),
        ("forfjorårets EM", "results", "2024-euros-rome"),
    ],
)
def test_a_year_said_relative_to_the_clock_in_norwegian(
    resolver: Resolver, typed: str, purpose: str, meant: str
) -> None:
    got = resolver.meet(typed, today=SPRING, purpose=purpose)  # type: ignore[arg-type]
    assert got.found and got.id == meant, (typed, got)


def test_a_relative_year_with_no_meet_that_year_names_none(resolver: Resolver) -> None:
    assert not resolver.meet("VM for to år siden", today=SPRING).found  # no Worlds in 2024
