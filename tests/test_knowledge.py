"""The shipped knowledge/ loads, is internally consistent, and holds what the pack supports."""

from __future__ import annotations

import datetime as dt

from bot.facts import FactStore
from bot.facts.clock import known_day


def test_shipped_store_loads_with_every_kind(store: FactStore) -> None:
    counts = store.counts()
    assert counts["races"] >= 70
    assert counts["quotes"] >= 200
    # 96 since #28 removed four events no page of the pack dates
    assert counts["timeline"] >= 95
    assert counts["meets"] >= 50
    assert sum(1 for m in store.meets.values() if m.start_date) >= 50


def test_all_fifteen_kerr_ingebrigtsen_races(store: FactStore) -> None:
    shared = [
        r
        for r in store.races.values()
        if {"josh-kerr", "jakob-ingebrigtsen"} <= {row.athlete for row in r.results}
    ]
    assert len(shared) == 15


def test_budapest_2023_final_as_reported(store: FactStore) -> None:
    race = store.races["2023-worlds-budapest-1500m-final"]
    rows = {row.athlete: row for row in race.results}
    assert (rows["josh-kerr"].place, rows["josh-kerr"].time) == (1, "3:29.38")
    assert (rows["jakob-ingebrigtsen"].place, rows["jakob-ingebrigtsen"].time) == (2, "3:29.65")
    # the one caption that says 3:29.28 is recorded, not used
    assert "3:29.28" in (rows["josh-kerr"].note or "")


def test_every_citation_resolves_and_quotes_have_words(store: FactStore) -> None:
    for quote in store.quotes.values():
        assert quote.source in store.sources
        assert quote.text.strip()
    for race in store.races.values():
        assert race.source in store.sources


def test_upcoming_meets_have_time_zones_and_dates(store: FactStore) -> None:
    upcoming = [m for m in store.meets.values() if m.start_date and m.start_date.year >= 2027]
    assert {m.id for m in upcoming} >= {"2027-worlds-beijing", "2028-olympics-la"}
    beijing = store.meets["2027-worlds-beijing"]
    assert beijing.timezone == "Asia/Shanghai"
    assert beijing.start_date == dt.date(2027, 9, 11)


def test_facts_as_of_is_the_newest_source(store: FactStore) -> None:
    # a page dated only to a month is known by the month's end ("2026-03" -> 31 Mar 2026)
    assert store.facts_as_of == max(
        known_day(s.published) for s in store.sources.values() if s.published
    )
    assert store.facts_as_of >= max(
        s.published_date for s in store.sources.values() if s.published_date
    )
    assert store.facts_as_of.year == 2026


def test_export_has_the_documented_keys(store: FactStore) -> None:
    exported = store.export()
    assert list(exported) == [
        "sources",
        "athletes",
        "meets",
        "races",
        "quotes",
        "timeline",
        "series",
        "rivalries",
        "lexicon",
        "tallies",
    ]
    assert exported["races"][0]["results"][0]["athlete"]


def test_the_store_holds_exactly_what_the_yaml_says(store: FactStore) -> None:
    """Records are rebuilt from JSON after parsing (to compact memory); nothing may change."""
    from bot.facts.kinds import KINDS
    from bot.facts.load import _load_file

    from .conftest import KNOWLEDGE

    problems: list = []
    for kind in KINDS:
        data = (KNOWLEDGE / kind.file).read_bytes()
        straight = _load_file(kind.file, data, kind.model, problems)
        assert sorted(store.records(kind.key), key=lambda r: r.id) == sorted(
            straight, key=lambda r: r.id
        ), kind.key
        assert len(store.records(kind.key)) == len(straight)
    assert not problems


def test_cache_serves_the_same_store_and_misses_on_any_change(tmp_path) -> None:
    import shutil

    from bot.facts import load_store

    from .conftest import KNOWLEDGE

    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    cache = tmp_path / "cache"
    first = load_store(folder, cache_dir=cache)
    assert len(list(cache.glob("store-*.json"))) == 1
    again = load_store(folder, cache_dir=cache)
    assert again.export() == first.export()
    # one edited byte: the cache is not used, the YAML is read (and its error reported)
    path = folder / "quotes.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("speaker: josh-kerr", "speaker: josh-kerrr", 1),
        "utf-8",
    )
    try:
        load_store(folder, cache_dir=cache)
    except Exception as error:
        assert "josh-kerrr" in str(error)
    else:
        raise AssertionError("a stale cache was used")


def test_rivalries_are_data_read_by_about_h2h_and_autocomplete(store, resolver, ctx) -> None:
    from bot import commands as cmd

    rivalry = store.rivalries[0]
    assert rivalry.source in store.sources and len(rivalry.athletes) >= 2
    assert [p.id for p in store.featured()] == list(rivalry.athletes)
    about = cmd.COMMANDS["about"].run(ctx())
    assert [r.title for r in about.rivalries] == [rivalry.title]
    first = [c.value for c in resolver.athlete_choices("")[: len(rivalry.athletes)]]
    assert sorted(first) == sorted(rivalry.athletes)
    pair = cmd.COMMANDS["h2h"].run(ctx(), *rivalry.athletes[:2])
    assert pair.rivalry_events == list(rivalry.events)
    others = cmd.COMMANDS["h2h"].run(ctx(), "nordas", "laros")
    assert others.rivalry_events == []


def test_a_meets_main_race_follows_the_rivalries_events(store) -> None:
    """/results with no event, and a meet follow's post, pick the rivalries' event: data."""
    from dataclasses import replace

    from bot.answers.results import ResultsQuery, meet_results
    from bot.facts.kinds import KINDS
    from bot.facts.store import FactStore

    meet = "2024-olympics-paris"
    assert {"1500m", "5000m"} <= {r.event for r in store.races_by_meet[meet]}
    assert store.main_events[:2] == ("1500m", "mile")
    shipped = meet_results(store, ResultsQuery(meet=meet))
    assert shipped.race.event == "1500m" and shipped.race.round == "final"

    over_5000 = replace(store.rivalries[0], events=("5000m",))
    rebuilt = FactStore(
        **{k.key: list(store.records(k.key)) for k in KINDS if k.key != "rivalries"},
        rivalries=[over_5000],
    )
    assert rebuilt.main_events == ("5000m", "5000m (indoor)")
    answer = meet_results(rebuilt, ResultsQuery(meet=meet))
    assert answer.race.event == "5000m" and answer.race.round == "final"
