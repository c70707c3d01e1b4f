"""Names as people type them -> store ids, ambiguity as an answer, garbage as nothing."""

from __future__ import annotations

import datetime as dt
import random
import string

import pytest

from bot.facts import FactStore
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
    ("the pre classic", "2025-dl-eugene-pre"),
    ("pre classic", "2025-dl-eugene-pre"),
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
    ("bislett games", "2025-dl-oslo"),
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
    assert result.note and "Henrik" in result.note


def test_bare_city_says_which_meet_it_picked(resolver: Resolver) -> None:
    result = resolver.meet("budapest", today=dt.date(2025, 1, 1))
    assert result.id == "2023-worlds-budapest"
    assert result.note and "most recent" in result.note


def test_normalise_folds_letters_nfkd_does_not_split() -> None:
    assert normalise("Nordås") == "nordas"
    assert normalise("ØSTBERG Æble Straße Łukasz") == "ostberg aeble strasse lukasz"
    assert normalise("Worlds '23!") == "worlds 2023"


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
