"""Round trip: a race of the store, taken out and imported again from its source's printed
table, comes back with the same rows (place, athlete, time, status), each proved by its line.

The tables in tests/curate/ are the sources' own lines as the research pack stored them
(first line: the page's URL), in six printed layouts: numbered lines with the country in
brackets (Romanian), the same with comma decimals (Slovak), pipes with surname-first capitals
and a DNF, a web table copied glued together, one cell per line, and glued country names with
comma decimals (German, with names the store lacks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.curate.stage import load_quickly
from bot.facts import FactStore

from .curate_helpers import add, copy_store, printed, take_out

CASES = [
    # race id, table, the meet as a fan types it, the event as typed, extra flags
    ("2024-olympics-paris-1500m-final", "paris-2024-final", "paris 2024", "1500 m", ()),
    ("2023-worlds-budapest-1500m-final", "budapest-2023-final", "worlds 23", "1500m", ()),
    ("2024-herculis-monaco-1500m-final", "monaco-2024-1500", "monaco 2024", "1500m", ()),
    ("2023-dl-final-eugene-mile-final", "eugene-2023-mile", "eugene 2023", "mile", ()),
    ("2025-silesia-diamond-league-1500m-final", "silesia-2025-1500", "silesia 2025", "1500", ()),
    (
        "2021-muller-grand-prix-gateshead-1500m-final",
        "gateshead-2021-1500",
        "gateshead 2021",
        "1500m",
        ("--new-athletes",),
    ),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = copy_store(tmp_path_factory.mktemp("roundtrip") / "knowledge")
    for race_id, *_ in CASES:
        take_out(target, race_id)
    return target


def _rows(store: FactStore, race_id: str, source: str) -> list[tuple[object, ...]]:
    """The rows the race's own source proves (rows citing other pages are added apart)."""
    race = store.races[race_id]
    return [
        (r.place, r.athlete, r.time, r.status)
        for r in race.results
        if (r.source or race.source) == source
    ]


@pytest.mark.parametrize(("race_id", "table", "meet", "event", "extra"), CASES)
def test_importing_a_source_table_gives_the_store_records(
    store: FactStore, folder: Path, race_id: str, table: str, meet: str, event: str, extra: tuple
) -> None:
    original = store.races[race_id]
    url, text = printed(table)
    # the table is the page that states the rows (a race may cite another page for its day)
    (source,) = [s.id for s in store.sources.values() if s.url == url]
    assert source in {original.source, *(r.source for r in original.results)}
    argv = ["results", "--source", source, "--meet", meet, "--event", event]
    argv += ["--round", original.round, *extra]
    if original.date:
        argv += ["--date", original.date.isoformat()]
    if original.source != source:  # the table's page does not print the day: another page does
        argv += ["--date-source", original.source, "--evidence", original.evidence or ""]
    ran = add(folder, *argv, table=text)
    assert ran.code == 0, ran.err
    assert f"race {race_id}: wrote" in ran.out

    again = load_quickly(folder, cache_dir=None).races[race_id]
    imported = [(r.place, r.athlete, r.time, r.status) for r in again.results]
    kept = _rows(store, race_id, source)
    if extra:  # the store kept only the rows of athletes it had: they are all there
        assert set(kept) <= set(imported)
    elif store.races[race_id].source == source:
        assert imported == kept
    else:
        # rows the store cites to an earlier page (Paris: World Athletics' report of the day)
        # are imported from the table too, with the same place and time
        everyone = {(r.place, r.athlete, r.time, r.status) for r in original.results}
        assert set(kept) <= set(imported) <= everyone
    assert (again.meet, again.event, again.round, again.date, again.source) == (
        original.meet,
        original.event,
        original.round,
        original.date,
        original.source,
    )
    lines = text.splitlines()
    for row in again.results:  # each row's evidence is its own line(s), exactly as printed
        assert row.evidence and all(part in lines for part in row.evidence.split("\n"))
        if row.time:
            assert row.time.replace(".", "") in row.evidence.replace(",", "").replace(".", "")
