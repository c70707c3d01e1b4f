"""Names as people type them -> store ids, ambiguity as an answer, garbage as nothing."""

from __future__ import annotations

import datetime as dt
import random
import string

import pytest

from bot.facts import FactStore
from bot.phrases import word
from bot.resolve import MAX_CHOICES, Resolver, normalise

TODAY = dt.date(2026, 11, 22)

ATHLETES = [
    # the examples and misspellings seen in print
    ("ingebrigsten", "jakob-ingebrigtsen"),
    ("Ingebritsen", "jakob-ingebrigtsen"),
    ("JAKOB", "jakob-ingebrigtsen"),
    ("jakob ingebrigtsen", "jakob-ingebrigtsen"),
    ("Ingebrigtsen", "jakob-ingebrigtsen"),  # the default for the family name, said in a note
    ("kerr", "josh-kerr"),
    ("Josh Kerr", "josh-kerr"),
    ("josh-kerr", "josh-kerr"),  # an id submitted from autocomplete
    ("nordas", "narve-gilje-nordas"),
    ("Nordås", "narve-gilje-nordas"),
    ("NORDÅS", "narve-gilje-nordas"),
    ("narve nordas", "narve-gilje-nordas"),
    ("Narve Gilje Nordaas", "narve-gilje-nordas"),  # a one-letter typo in a long name
    ("henrik ingebrigtsen", "henrik-ingebrigtsen"),
    ("filip", "filip-ingebrigtsen"),
    ("  wightman  jake ", "jake-wightman"),
    ("hocker", "cole-hocker"),
    ("Cole Hoker", "cole-hocker"),
    ("nuguse", "yared-nuguse"),
    ("Yared Nugusse", "yared-nuguse"),
    ("laros", "niels-laros"),
    ("Isaac Nadder", "isaac-nader"),
    ("gourley", "neil-gourley"),
    ("mario garcia", "mario-garcia"),
    ("Michal Rozmys", "michal-rozmys"),
    ("Ingebrigtsen Jakob", "jakob-ingebrigtsen"),
    ("kerr.", "josh-kerr"),
]

AMBIGUOUS = [
    ("cheruiyot", {"timothy-cheruiyot", "reynold-cheruiyot"}),
    ("josh", {"josh-kerr"}),
    ("jake", {"jake-wightman", "jake-heyward"}),
]

NOTHING = [
    "",
    "   ",
    "@everyone",
    "<@123>",
    "🏃‍♂️🔥",
    "gold",
    "1500",
    "x" * 200,
    "".join(random.Random(7).choices(string.ascii_letters + string.digits, k=200)),
    "zzzzqqq",
    "\u200b\u200b",
    "???",
]

MEETS = [
    ("the pre classic", "2026-dl-eugene"),  # a bare series: the latest begun by default
    ("pre classic 2025", "2025-dl-eugene-pre"),
    ("worlds 23", "2023-worlds-budapest"),
    ("Worlds 2023", "2023-worlds-budapest"),
    ("budapest 2023", "2023-worlds-budapest"),
    ("budapest", "2026-ultimate-budapest"),  # a bare city: the latest meet there
    ("london dl", "2026-dl-london"),
    ("paris olympics", "2024-olympics-paris"),
    ("tokyo 2021", "2021-olympics-tokyo"),
    ("olympics 2024", "2024-olympics-paris"),
    ("worlds 2027", "2027-worlds-beijing"),
    ("LA28", "2028-olympics-la"),
    ("millrose 2024", "2024-millrose"),
    ("bislett games 25", "2025-dl-oslo"),
    ("zurich 2024", "2024-dl-zurich"),
    ("world indoors 2026", "2026-wic-torun"),
    ("Doha 2019", "2019-worlds-doha"),
    ("euros 2024", "2024-euros-rome"),
    ("2023-worlds-budapest", "2023-worlds-budapest"),
]


@pytest.mark.parametrize(("text", "expected"), ATHLETES)
def test_athlete_names_resolve(resolver: Resolver, text: str, expected: str) -> None:
    result = resolver.athlete(text)
    assert result.status == "found", result
    assert result.id == expected


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS)
def test_ambiguous_names_offer_candidates(resolver: Resolver, text: str, expected: set) -> None:
    result = resolver.athlete(text)
    assert result.status == "ambiguous"
    assert expected <= set(result.candidates)
    assert len(result.candidates) <= 5


@pytest.mark.parametrize("text", NOTHING)
def test_garbage_resolves_to_nothing(resolver: Resolver, text: str) -> None:
    assert resolver.athlete(text).status == "none"
    assert resolver.meet(text, today=TODAY).status == "none"


@pytest.mark.parametrize(("text", "expected"), MEETS)
def test_meets_resolve(resolver: Resolver, text: str, expected: str) -> None:
    result = resolver.meet(text, today=TODAY)
    assert result.status == "found", result
    assert result.id == expected


def test_every_athlete_surname_resolves_or_is_ambiguous(
    store: FactStore, resolver: Resolver
) -> None:
    for person in store.people.values():
        result = resolver.athlete(person.name.split()[-1])
        assert result.status in ("found", "ambiguous"), person.name
        assert (
            person.id == result.id
            or person.id in result.candidates
            or person.default_for
            or result.note
        ), person.name


def test_family_name_default_is_said(resolver: Resolver) -> None:
    result = resolver.athlete("ingebrigtsen")
    assert result.note and "Henrik" in word(result.note)


def test_bare_city_says_which_meet_it_picked(resolver: Resolver) -> None:
    result = resolver.meet("budapest", today=dt.date(2025, 1, 1))
    assert result.id == "2023-worlds-budapest"
    assert result.note and "most recent" in word(result.note)


def test_normalise_folds_letters_nfkd_does_not_split() -> None:
    assert normalise("Nordås") == "nordas"
    assert normalise("ØSTBERG Æble Straße Łukasz") == "ostberg aeble strasse lukasz"
    assert normalise("Worlds '23!") == "worlds 2023"


@pytest.mark.parametrize("typed", ["j\u00adakob", "ja\u200bkob", "\ufeffjakob", "jak\u2060ob"])
def test_an_invisible_character_inside_a_typed_name_is_dropped(
    resolver: Resolver, typed: str
) -> None:
    """A soft hyphen or zero-width character pasted inside a name joins, not splits, it."""
    assert normalise(typed) == "jakob"
    assert resolver.athlete(typed).id == "jakob-ingebrigtsen"


def test_empty_autocomplete_offers_the_rivalry_first(resolver: Resolver) -> None:
    names = [c.value for c in resolver.athlete_choices("")]
    assert names[:2] == ["jakob-ingebrigtsen", "josh-kerr"]
    assert len(names) == MAX_CHOICES


def test_empty_meet_autocomplete_offers_upcoming_first(resolver: Resolver) -> None:
    values = [c.value for c in resolver.meet_choices("", today=TODAY)]
    assert values[0] == "2027-ei-valencia"
    assert "2027-worlds-beijing" in values[:3]


def test_autocomplete_ranks_prefix_matches_and_respects_limits(resolver: Resolver) -> None:
    choices = resolver.athlete_choices("inge")
    assert choices[0].value == "jakob-ingebrigtsen"
    assert {c.value for c in choices} >= {"henrik-ingebrigtsen", "filip-ingebrigtsen"}
    for text in ["", "a", "x" * 300, "🏃", "worlds"]:
        for choice in resolver.athlete_choices(text) + resolver.meet_choices(text, today=TODAY):
            assert len(choice.name) <= 100 and len(choice.value) <= 100
        assert len(resolver.athlete_choices(text)) <= MAX_CHOICES


def test_autocomplete_with_a_typo_still_suggests(resolver: Resolver) -> None:
    assert resolver.athlete_choices("ingebrigsten")[0].value == "jakob-ingebrigtsen"
    assert "2023-worlds-budapest" in [
        c.value for c in resolver.meet_choices("budapest 23", today=TODAY)
    ]


# ---------------------------------------------------------------- what the words mean (#13)
@pytest.mark.parametrize(
    "text", ["2023 worlds", "worlds '23", "2k23 worlds", "worlds2023", "budapest 23", "WCH23"]
)
def test_every_year_form_names_the_year(resolver: Resolver, text: str) -> None:
    assert resolver.meet(text, today=TODAY).id == "2023-worlds-budapest"


def test_a_typed_year_is_a_constraint_never_a_hint(resolver: Resolver) -> None:
    # Paris has a 2026 meet too; a 2024 question never gets it, and a year without a meet
    # gets nothing rather than the nearest edition
    assert resolver.meet("paris 2024", today=TODAY).id == "2024-olympics-paris"
    assert resolver.meet("paris 2026", today=TODAY).id == "2026-dl-paris"
    for text in ("worlds 2021", "monaco 2023", "paris 2019"):
        assert resolver.meet(text, today=TODAY).status == "none", text
    assert resolver.meet_ids("paris 2025") == ()
    # the editions it does have are offered instead
    assert "2025-worlds-tokyo" in resolver.meet("worlds 2021", today=TODAY).candidates


@pytest.mark.parametrize("text", ["tokyo 2020", "tokyo 2021", "olympics 2020", "olympics 2021"])
def test_an_edition_name_and_its_calendar_year_both_find_it(resolver: Resolver, text: str) -> None:
    assert resolver.meet(text, today=TODAY).id == "2021-olympics-tokyo"


@pytest.mark.parametrize(
    ("text", "expected"), [("Oregon22", "2022-worlds-eugene"), ("LA28", "2028-olympics-la")]
)
def test_brand_years(resolver: Resolver, text: str, expected: str) -> None:
    assert resolver.meet(text, today=TODAY).id == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weltklasse 2024", "2024-dl-zurich"),
        ("athletissima 2019", "2019-athletissima-lausanne"),
        ("herculis 21", "2021-herculis-monaco"),
        ("dream mile 2022", "2022-bislett-games-oslo"),
        ("pre 2023", "2023-dl-final-eugene"),
        ("anniversary games 2024", "2024-dl-london"),
        ("memorial van damme 2024", "2024-dl-final-brussels"),
        ("golden spike", "2025-golden-spike-ostrava"),
        ("gst kingston", "2025-grand-slam-track-kingston"),
        ("muller grand prix", "2021-muller-grand-prix-gateshead"),
        ("europeans 2018", "2018-euros-berlin"),
        ("world indoors 2025", "2025-wic-nanjing"),
        ("commonwealths", "2026-commonwealth-glasgow"),
    ],
)
def test_brands_and_series_from_knowledge(resolver: Resolver, text: str, expected: str) -> None:
    assert resolver.meet(text, today=TODAY, purpose="results").id == expected


def test_direction_next_results_and_all(resolver: Resolver) -> None:
    may = dt.date(2026, 5, 1)
    assert resolver.meet("pre classic", today=may, purpose="next").id == "2026-dl-eugene"
    # the latest Bislett with results, not the later one without
    assert resolver.meet("bislett", today=TODAY, purpose="results").id == "2024-dl-oslo"
    # a meet on now is not finished
    on = dt.date(2026, 8, 12)
    assert resolver.meet("europeans", today=on, purpose="next").id == "2026-euros-birmingham"
    assert resolver.meet_ids("weltklasse") == (
        "2021-diamond-league-final",
        "2022-diamond-league-final",
        "2023-dl-zurich",
        "2024-dl-zurich",
        "2025-dl-final-zurich",
        "2026-dl-zurich",
        "2027-dl-final-zurich",
    )


def test_meets_of_two_series_in_a_typed_year_are_a_question(resolver: Resolver) -> None:
    result = resolver.meet("eugene 2022", today=TODAY, purpose="results")
    assert result.status == "ambiguous"
    assert set(result.candidates) == {"2022-prefontaine-classic", "2022-worlds-eugene"}


def test_the_other_athlete_disambiguates(resolver: Resolver) -> None:
    assert resolver.athlete("josh").status == "ambiguous"
    one, two = resolver.pair("josh", "ingebrigtsen")
    assert (one.id, two.id) == ("josh-kerr", "jakob-ingebrigtsen")
    assert one.note and "raced" in word(one.note)
    # one rule in /h2h and /ask: Timothy met Jakob 18 times, Reynold 5 (said in a note)
    cheruiyot = resolver.pair("jakob", "cheruiyot")[1]
    assert cheruiyot.id == "timothy-cheruiyot" and cheruiyot.note
    # "jake" beside Jakob: Wightman met him 7 times, Heyward 3; "samuel": none stands out
    assert resolver.pair("jake", "jakob")[0].id == "jake-wightman"
    assert resolver.pair("samuel", "jakob")[0].status == "ambiguous"


def test_officials_and_coaches_are_never_athletes(resolver: Resolver) -> None:
    from bot.resolve import ATHLETE_ROLES

    assert resolver.athlete("wightman", roles=ATHLETE_ROLES).id == "jake-wightman"
    assert resolver.athlete("geoff wightman", roles=ATHLETE_ROLES).status == "none"
    assert resolver.athlete("geoff wightman").id == "geoff-wightman"  # /quote: any speaker
    assert resolver.athlete("gjert", roles=ATHLETE_ROLES).status == "none"
    names = [c.value for c in resolver.athlete_choices("wightm", roles=ATHLETE_ROLES)]
    assert names == ["jake-wightman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sir Mo Farah", "mo-farah"),
        ("Lord Coe", "sebastian-coe"),
        ("Dr. Jakob Ingebrigtsen", "jakob-ingebrigtsen"),
        ("Jakob Ingebrigtsen (NOR)", "jakob-ingebrigtsen"),
        ("R. Cheruiyot (KEN)", "reynold-cheruiyot"),
        ("Centro", "matthew-centrowitz"),
        ("King Cheserek", "edward-cheserek"),
        ("Seb Coe", "sebastian-coe"),
        ("jacob", "jakob-ingebrigtsen"),
        ("t cheruiyot", "timothy-cheruiyot"),
        ("olli hoare", "oliver-hoare"),
        ("tim cheru", "timothy-cheruiyot"),
        ("yakob", "jakob-ingebrigtsen"),
        ("kerrrr", "josh-kerr"),
    ],
)
def test_titles_labels_nicknames_initials(resolver: Resolver, text: str, expected: str) -> None:
    assert resolver.athlete(text).id == expected


@pytest.mark.parametrize("text", ["nords", "ingebrigs", "nugse", "hocke"])
def test_autocomplete_forgives_a_dropped_letter_for_every_command(
    resolver: Resolver, text: str
) -> None:
    from bot.resolve import ATHLETE_ROLES

    assert resolver.athlete_choices(text, roles=ATHLETE_ROLES)
    assert resolver.athlete_choices(text)  # /quote's speakers


def test_autocomplete_with_a_year_keeps_that_year(resolver: Resolver) -> None:
    values = [c.value for c in resolver.meet_choices("weltklasse 24", today=TODAY)]
    assert values[0] == "2024-dl-zurich"
    assert all("2024" in v for v in values)


def test_a_coach_in_a_head_to_head_is_named_not_unknown(ctx) -> None:
    from bot import commands as cmd

    answer = cmd.COMMANDS["h2h"].run(ctx(), "gjert", "kerr")
    assert answer.kind == "problem" and "Gjert Ingebrigtsen is not an athlete" in answer.message
    assert cmd.COMMANDS["quote"].run(ctx(), "gjert").kind in ("quote", "no_quote")


def test_a_championship_without_an_end_date_is_not_over_after_its_first_day(resolver) -> None:
    """Paris 2024 has no end date in the store: its last race in the store does not end it.

    It ran to 11 Aug; without an end date it is not over until the longest span a meet may
    have (31 days) has passed since its first day (26 Jul).
    """
    import datetime as dt

    for day in (dt.date(2024, 8, 3), dt.date(2024, 8, 8), dt.date(2024, 8, 11)):
        during = resolver.meet("olympics", today=day, purpose="next")
        assert during.id == "2024-olympics-paris", day
    after = resolver.meet("olympics", today=dt.date(2024, 8, 27), purpose="next")
    assert after.id != "2024-olympics-paris"


def test_a_country_typed_as_a_name_is_its_athletes(resolver) -> None:
    """'the norwegian' is no name: its athletes, the rival of the other athlete, or a question."""
    alone = resolver.athlete("the norwegian")
    assert alone.status == "ambiguous" and alone.candidates[0] == "jakob-ingebrigtsen"
    assert {"narve-gilje-nordas", "jakob-ingebrigtsen"} <= set(alone.candidates)
    one, two = resolver.pair("kerr", "the norwegian")
    assert (one.id, two.id) == ("josh-kerr", "jakob-ingebrigtsen") and two.note
    first, second = resolver.pair("the brit", "jakob")
    assert (first.id, second.id) == ("josh-kerr", "jakob-ingebrigtsen")
    assert resolver.athlete("the portuguese").id == "isaac-nader"
    # the store records Great Britain, not Scotland: "the scot" is a Briton it cannot tell
    # apart, asked even beside Jakob (whose rival is a Briton)
    scot = resolver.athlete("the scot", opponent="jakob-ingebrigtsen")
    assert scot.status == "ambiguous" and {"josh-kerr", "jake-wightman"} <= set(scot.candidates)
