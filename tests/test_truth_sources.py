"""A meeting cites the same page whichever athlete is asked first; marks in every printed form."""

from __future__ import annotations

from itertools import combinations

import pytest

from bot import commands as cmd
from bot.answers.meetings import meetings_between
from bot.facts.proof import order_stated, time_printed
from bot.facts.store import FactStore
from bot.features.h2h.answer import H2HAnswer


def _pairs(store: FactStore) -> list[tuple[str, str]]:
    """Every two athletes who share a race in the store."""
    pairs: set[tuple[str, str]] = set()
    for race in store.races.values():
        ids = sorted({row.athlete for row in race.results})
        pairs.update(combinations(ids, 2))
    return sorted(pairs)


def test_a_meeting_cites_one_page_whatever_the_order(store: FactStore) -> None:
    pairs = _pairs(store)
    assert len(pairs) > 100
    for a, b in pairs:
        forward = {m.race_id: m for m in meetings_between(store, a, b)}
        backward = {m.race_id: m for m in meetings_between(store, b, a)}
        assert forward.keys() == backward.keys()
        for race_id, m in forward.items():
            other = backward[race_id]
            assert m.source == other.source, (race_id, a, b)
            # each line keeps its own page, whichever side it is shown on
            assert (m.athlete.source, m.opponent.source) == (
                other.opponent.source,
                other.athlete.source,
            )


def test_the_page_is_the_lines_shared_page_else_the_races(store: FactStore) -> None:
    for a, b in _pairs(store):
        for m in meetings_between(store, a, b):
            race = store.races[m.race_id]
            if m.athlete.source == m.opponent.source:
                assert m.source == m.athlete.source
            else:
                assert m.source.id == race.source, (m.race_id, a, b)


def test_h2h_kerr_jakob_and_jakob_kerr_cite_the_same_pages(ctx) -> None:
    one = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob")
    two = cmd.COMMANDS["h2h"].run(ctx(), "jakob", "kerr")
    assert isinstance(one, H2HAnswer) and isinstance(two, H2HAnswer)
    first = {m.race_id: m.source.id for m in one.meetings}
    assert first == {m.race_id: m.source.id for m in two.meetings}
    assert "2022-worlds-eugene-1500m-final" in first and "2024-olympics-paris-1500m-final" in first
    assert {s.id for s in one.sources} == {s.id for s in two.sources}


@pytest.mark.parametrize(
    ("mark", "printed"),
    [
        ("3:33.14", "a pris la 11e place en 3 min 33 sec 14."),
        ("3:33.14", "3 min. 33 sec. 14"),
        ("3:33.14", "en 3'33\"14"),
        ("3:33.14", "3m33s14"),
        ("7:35.56", "clocked 7min 35.56sec for victory"),
    ],
)
def test_a_mark_with_units_between_its_parts(mark: str, printed: str) -> None:
    assert time_printed(mark, printed)
    assert not time_printed("3:33.15", printed)


def test_seconds_and_a_number_alone_are_not_a_mark() -> None:
    assert not time_printed("10.12", "in 10 seconds 12 of them were gone")
    assert not time_printed("3:33.14", "on 3 September 33 s 14")


def test_the_next_places_state_an_order() -> None:
    assert order_stated("Nuguse and Kessler claimed the next two places")
    assert not order_stated("Nuguse and Kessler ran at the Armory")
