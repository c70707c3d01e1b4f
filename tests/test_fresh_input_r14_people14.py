"""Fresh input, round 14 class: people, meets and races named by description.

The examples are new (not the dev sets'): a person by a Norwegian adjective of nationality
("den portugisiske løperen", "den amerikanske fyren") or by a flag emoji before a person's word
("that 🇺🇸 guy", "the 🇳🇱 kid"), with what they won; the store's results decide who fits.
"""

from __future__ import annotations

import pytest

from bot.resolve import Resolver
from bot.resolve.flags import flags_as_demonyms
from tests.asking import assert_reads, refusal


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
