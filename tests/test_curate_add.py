"""``python -m bot add``: bad input is one clear line and writes nothing; each kind of record is
written with its evidence, in the file's order, and the store still loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.curate.prompt import Scripted
from bot.curate.stage import load_quickly
from bot.facts import FactStore

from .curate_helpers import add, copy_store, printed, snapshot, take_out

TERAZ = "teraz-2023-08-23-budapest-1500"  # published 2023-08-23
TERAZ_URL = "https://www.teraz.sk/sport/brit-kerr-zdolal-na-1500-m-na-atleticky/736488-clanok.html"
PARIS = "rezultatfinal-2024-08-paris-1500"
HEAT = ["--meet", "worlds 23", "--event", "1500m", "--round", "heat", "--heat", "4"]
FINAL = ["--meet", "worlds 23", "--event", "1500m", "--round", "final"]
GOOD = "1. Josh Kerr (V. Brit.) 3:29,38 min,\n2. Jakob Ingebrigtsen (Nór.) 3:29,65,\n"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One scratch store for the refusals: none of them may change it."""
    return copy_store(tmp_path_factory.mktemp("refusals") / "knowledge")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_store(tmp_path / "knowledge")


def kerr_said(words: str, evidence: str) -> list[str]:
    """``add quote`` of Kerr's words, on the Paris final's source."""
    return [
        "quote",
        "--source",
        PARIS,
        "--speaker",
        "kerr",
        "--words",
        words,
        "--context",
        "c",
        "--evidence",
        evidence,
    ]


def kerr_time_in_paris(value: str, evidence: str) -> list[str]:
    """``add correction`` of Kerr's time in the Paris 2024 final, from the race's source."""
    where = ["--record", "2024-olympics-paris-1500m-final", "--row", "kerr", "--field", "time"]
    return ["correction", *where, "--value", value, "--source", PARIS, "--evidence", evidence]


REFUSALS = [
    # what was typed, the table, what the one line says
    (["results", "--source", TERAZ, *HEAT], GOOD + "MS v Budapešti\n", "line 3: not a results row"),
    (
        ["results", "--source", TERAZ, *HEAT],
        GOOD + "3. Narve Gilje Nordaas (Nór.) 3:29,6\n",
        "line 3: '3:29,6' is not a time as results print it",
    ),
    (["results", "--source", TERAZ, *HEAT, "--date", "2023-08-24"], GOOD, "after the source's"),
    (
        [
            "results",
            "--source",
            TERAZ,
            "--meet",
            "worlds 23",
            "--event",
            "javelin",
            "--round",
            "final",
        ],
        GOOD,
        "unknown event 'javelin'",
    ),
    (["results", "--source", TERAZ, *HEAT], GOOD + "3. Kerr\x1b[31m (GBR) 3:30.00\n", "line 3:"),
    (["results", "--source", TERAZ, *HEAT], "1. " + "Kerr " * 70 + "3:30.00\n", "longer than 300"),
    (["results", "--source", TERAZ, *HEAT], GOOD + "3. Ingebrigtsen (NOR) 3:30.00\n", "could be"),
    (
        ["results", "--source", TERAZ, *HEAT],
        GOOD + "3. Ola Nordmann (NOR) 3:30.00\n",
        "not in the store",
    ),
    # the resolver forgives a fan's "Miller" for Mills; a results line is one man's name
    (
        ["results", "--source", TERAZ, *HEAT],
        GOOD + "3. George Miller (GBR) 3:30.00\n",
        "line 3: 'George Miller' could be George Mills (GBR) [george-mills]",
    ),
    (
        ["results", "--source", TERAZ, *FINAL],
        GOOD,
        "race 2023-worlds-budapest-1500m-final is already",
    ),
    (
        [
            "source",
            TERAZ_URL.replace("www.", "") + "/",
            "--publisher",
            "x",
            "--published",
            "2023-08-23",
        ],
        "",
        f"already in the store as {TERAZ}",
    ),
    (
        ["source", "https://example.org/a", "--publisher", "x\x07", "--published", "2026"],
        "",
        "control",
    ),
    (kerr_said("x" * 4001, "x"), "", "4,001 characters"),
    (kerr_said("I won", "Kerr said he lost"), "", "not in the evidence"),
    (
        kerr_time_in_paris("3:27.70", "2. Josh Kerr 3:27.79"),
        "",
        "the time 3:27.70 is not printed in the evidence",
    ),
]


@pytest.mark.parametrize(("argv", "table", "said"), REFUSALS)
def test_bad_input_is_one_clear_line_and_nothing_is_written(
    shared: Path, argv: list[str], table: str, said: str
) -> None:
    before = snapshot(shared)
    ran = add(shared, *argv, "--yes", table=table)
    assert ran.code == 1
    assert said in ran.err, ran.err
    refusal = ran.err.splitlines()
    assert refusal[0].startswith("refused: ") and refusal[-1] == "nothing written"
    assert len(refusal[0]) < 400
    assert snapshot(shared) == before
    assert not list(shared.glob(".*.yaml.*"))  # no scratch file left beside the store


def test_a_name_is_pinned_or_asked_and_a_new_athlete_proposed(folder: Path) -> None:
    table = GOOD + "3. Ingebrigtsen (NOR) 3:30.00\n4. Ola Nordmann (NOR) 3:31.00\n"
    pins = ["--athlete", "Ingebrigtsen=filip-ingebrigtsen"]
    refused = add(folder, "results", "--source", TERAZ, *HEAT, *pins, "--yes", table=table)
    assert "line 4: 'Ola Nordmann' is not in the store: add --new-athletes" in refused.err

    asked = Scripted(["y", "y"])  # add Ola Nordmann; write the change
    ran = add(folder, "results", "--source", TERAZ, *HEAT, *pins, table=table, prompter=asked)
    assert ran.code == 0, ran.err
    assert (
        "'Ingebrigtsen' -> Filip Ingebrigtsen (NOR) [filip-ingebrigtsen] 3:30.00  (pinned)"
        in ran.out
    )
    assert "'Narve" not in ran.out and "(new athlete)" in ran.out
    assert asked.asked[0].startswith("line 4: 'Ola Nordmann' is not in the store")
    store = load_quickly(folder, cache_dir=None)
    assert store.people["ola-nordmann"].country == "NOR"
    race = store.races["2023-worlds-budapest-1500m-heat-4"]
    assert [(r.place, r.athlete, r.time) for r in race.results] == [
        (1, "josh-kerr", "3:29.38"),
        (2, "jakob-ingebrigtsen", "3:29.65"),
        (3, "filip-ingebrigtsen", "3:30.00"),
        (4, "ola-nordmann", "3:31.00"),
    ]
    assert race.results[0].evidence == "1. Josh Kerr (V. Brit.) 3:29,38 min,"
    assert race.date is None  # the programme has no date for a 4th heat; none is guessed


def test_results_for_a_new_meet(folder: Path) -> None:
    _, text = printed("gateshead-2021-1500")
    take_out(folder, "2021-muller-grand-prix-gateshead-1500m-final")
    argv = ["results", "--source", "dewiki-2021-british-gp", "--meet", "gateshead grand prix 2021"]
    argv += ["--event", "1500m", "--round", "final", "--date", "2021-05-23", "--new-athletes"]
    refused = add(folder, *argv, "--meet", "british gp 2021", table=text)
    assert "no meet in the store is 'british gp 2021'" in refused.err
    new_meet = ["--new-meet", "British Grand Prix 2021", "--city", "Gateshead"]
    new_meet += ["--country", "United Kingdom", "--timezone", "Europe/London"]
    ran = add(folder, *argv, "--meet", "british gp 2021", *new_meet, table=text)
    assert ran.code == 0, ran.err
    store = load_quickly(folder, cache_dir=None)
    meet = store.meets["2021-british-grand-prix"]
    assert (meet.city, meet.year, meet.status, meet.source) == (
        "Gateshead",
        2021,
        "completed",
        "dewiki-2021-british-gp",
    )
    race = store.races["2021-british-grand-prix-1500m-final"]
    assert len(race.results) == 7 and race.date.isoformat() == "2021-05-23"


def test_add_source_quote_and_correction(folder: Path, store: FactStore) -> None:
    ran = add(
        folder,
        "source",
        "https://example.org/results/oslo-2026",
        "--publisher",
        "Example Athletics",
        "--published",
        "2026-06-11",
        "--title",
        "Oslo 1500m results",
        "--yes",
    )
    assert ran.code == 0, ran.err
    assert "+- id: example-athletics-2026-06-11-oslo-1500m-results\n" in ran.out
    sources = (folder / "sources.yaml").read_text(encoding="utf-8")
    ids = [line[6:] for line in sources.splitlines() if line.startswith("- id: ")]
    assert ids == sorted(ids)  # written where the file's order puts it
    later = add(
        folder,
        "source",
        "https://example.org/x",
        "--publisher",
        "x",
        "--published",
        "2099-01-01",
        "--yes",
    )
    assert "after today" in later.err

    # a quote of the store, taken out and added again from its source's words
    quotes = folder / "quotes.yaml"
    old = store.quotes["kerr-2021-08-07-i-feel-like-i-ran"]
    text = quotes.read_text(encoding="utf-8")
    start = text.index("- id: kerr-2021-08-07-i-feel-like-i-ran")
    end = text.index("- id: kerr-2021-08-07-i-was-up-against-two")
    quotes.write_text(text[:start] + text[end:], encoding="utf-8")
    evidence = "“I feel like I ran a perfect race today,” Kerr said after the final."
    ran = add(
        folder,
        "quote",
        "--source",
        old.source,
        "--speaker",
        "Josh Kerr",
        "--words",
        old.text,
        "--date",
        "2021-08-07",
        "--context",
        old.context,
        "--topic",
        "Tokyo 2021",
        "--about",
        "jakob",
        "--about",
        "timothy cheruiyot",
        "--evidence",
        evidence,
        "--yes",
    )
    assert ran.code == 0, ran.err
    back = load_quickly(folder, cache_dir=None).quotes[old.id]
    assert (back.text, back.speaker, back.said_on, back.about) == (
        old.text,
        old.speaker,
        old.said_on,
        old.about,
    )
    assert back.evidence == evidence

    # a typo in a row, corrected from the race's source: the old value stays in `record`
    races = folder / "races.yaml"
    races.write_text(races.read_text(encoding="utf-8").replace("'3:27.79'", "'3:27.97'", 1))
    evidence = "2. Josh Kerr (Marea Britanie) 3:27.79 (record național)"
    ran = add(folder, *kerr_time_in_paris("3:27.79", evidence), "--yes")
    assert ran.code == 0, ran.err
    row = next(
        r
        for r in load_quickly(folder, cache_dir=None)
        .races["2024-olympics-paris-1500m-final"]
        .results
        if r.athlete == "josh-kerr"
    )
    assert row.time == "3:27.79" and row.source == PARIS
    assert row.record and "from '3:27.97'" in row.record
