"""Hostile knowledge and cache files: refused fast in one located line, no hang, no traceback.

Each `check` runs in a subprocess whose timeout is the "no hang" assertion; time and memory are
measured by ``python -m benchmarks`` (benchmarks/hostile.py), not here.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.hostile_files import HOSTILE_FILES
from bot import create_bot
from bot.facts import KnowledgeError, load_store

from .conftest import KNOWLEDGE, run_bot, side_by_side


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


def year(value: int):
    def change(folder: Path) -> None:
        path = folder / "meets.yaml"
        text = path.read_text("utf-8")
        path.write_text(text.replace("  year: 2027", f"  year: {value}", 1), "utf-8")

    return change


# (what, how, the file named, words of the refusal)
HOSTILE = [
    *HOSTILE_FILES,
    ("year 10000", year(10000), "meets.yaml", "year"),
    ("year 0", year(0), "meets.yaml", "year"),
    ("year -5", year(-5), "meets.yaml", "year"),
]

Outcome = subprocess.CompletedProcess[str] | Exception
Run = Callable[[Path], subprocess.CompletedProcess[str]]


def refusals(request: pytest.FixtureRequest, test: str, run: Run) -> dict[str, Outcome]:
    """``run`` on a fresh copy made hostile, for each case of ``test`` this session runs.

    Each case is its own process as before; they are started two at a time, up front (a start
    is mostly imports, and the suite leaves the second core idle). A case's error or timeout
    is its own test's failure.
    """
    labels = {i.callspec.params["label"] for i in request.session.items if i.originalname == test}
    makers = {case[0]: case[1] for case in HOSTILE}
    base = request.getfixturevalue("tmp_path_factory")

    def one(label: str) -> Outcome:
        copy = base.mktemp("hostile") / "knowledge"
        shutil.copytree(KNOWLEDGE, copy)
        makers[label](copy)
        try:
            return run(copy)
        except Exception as error:  # a hang (the timeout) fails this case only
            return error

    ordered = sorted(labels)
    done = side_by_side(*(functools.partial(one, label) for label in ordered))
    return dict(zip(ordered, done, strict=True))


def outcome(done: Outcome) -> subprocess.CompletedProcess[str]:
    """The finished process, or its own failure raised in its own test."""
    if isinstance(done, Exception):
        raise done
    return done


@pytest.fixture(scope="module")
def checked(request: pytest.FixtureRequest) -> dict[str, Outcome]:
    # the timeout: no hang
    return refusals(
        request,
        "test_check_refuses_a_hostile_file_in_one_line",
        lambda copy: run_bot("check", "--knowledge", str(copy), timeout=30),
    )


@pytest.fixture(scope="module")
def started(request: pytest.FixtureRequest) -> dict[str, Outcome]:
    # no network here: the refusal comes before any login; the timeout is the "no hang"
    return refusals(
        request,
        "test_start_refuses_a_hostile_file_in_one_line",
        lambda copy: run_bot(
            "run", DISCORD_TOKEN="not-a-real-token", KNOWLEDGE_DIR=str(copy), timeout=30
        ),
    )


@pytest.mark.parametrize(
    ("label", "file", "words"), [(h[0], h[2], h[3]) for h in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_check_refuses_a_hostile_file_in_one_line(checked, label, file, words) -> None:
    done = outcome(checked[label])  # `check` on a copy made hostile as ``label`` says
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
    named = [line for line in done.stderr.splitlines() if file in line and words in line]
    assert named, f"{label}: no line names {file} and {words!r}:\n{done.stderr[:2000]}"
    # a problem names a value, never prints it whole
    assert max(len(line) for line in done.stderr.splitlines()) < 400


@pytest.mark.parametrize(
    ("label", "file", "words"),
    [
        (h[0], h[2], h[3])
        for h in HOSTILE_FILES
        if h[0] in ("alias bomb in a string field", "a FIFO", "a link to /dev/zero")
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_start_refuses_a_hostile_file_in_one_line(started, label, file, words) -> None:
    done = outcome(started[label])  # `run` on a copy made hostile as ``label`` says
    assert done.returncode == 1, done.stderr
    assert "refusing to start" in done.stderr and "Traceback" not in done.stderr
    assert any(file in line and words in line for line in done.stderr.splitlines()), label


# every field's range, not only the year's: a value out of it is a located problem
OUT_OF_RANGE = [
    ("timeline.yaml", "  date: '2016'", "  date: '0000'"),
    ("quotes.yaml", "  said_on: '2018-08-10'", "  said_on: '2018-13-10'"),
    ("athletes.yaml", "  born: '2001-06-06'", "  born: 0001-01-01"),
    ("races.yaml", "  - place: 9\n", "  - place: -5\n"),
    ("races.yaml", "  - place: 9\n", "  - place: 100000000000000000000000\n"),
    ("races.yaml", "  heat: null", "  heat: 0"),
    ("meets.yaml", "  year: 2027", "  year: .inf"),
]


@pytest.mark.parametrize(
    ("file", "old", "new"), OUT_OF_RANGE, ids=[c[2].strip() for c in OUT_OF_RANGE]
)
def test_a_value_out_of_its_range_is_a_located_problem(copy, file, old, new) -> None:
    path = copy / file
    text = path.read_text("utf-8")
    assert old in text  # the shipped line the case edits
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(KnowledgeError) as caught:  # any other exception fails the test
        load_store(copy)
    assert [p for p in caught.value.problems if p.file == file], caught.value.report(5)


def test_a_huge_rejected_value_is_quoted_as_a_short_excerpt(copy: Path) -> None:
    path = copy / "timeline.yaml"
    path.write_text(path.read_text("utf-8").replace("- id: ", f"- id: {'X' * 100_000}", 1))
    with pytest.raises(KnowledgeError) as caught:
        load_store(copy)
    assert all(len(str(p)) < 400 for p in caught.value.problems)


@pytest.mark.parametrize(("label", "make", "file", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
async def test_reload_refuses_a_hostile_file_with_the_usual_line(
    copy, label, make, file, words
) -> None:
    bot = create_bot(knowledge_dir=copy, cache_dir=None)
    old = bot.load_knowledge()
    make(copy)
    # the timeout is the "no hang": a FIFO blocked the reload, holding its lock, forever
    ok, message = await asyncio.wait_for(bot.reload_knowledge(), timeout=30)
    assert not ok and file in message and words in message, f"{label}: {message[:2000]}"
    assert bot.store is old
    (copy / file).unlink()
    shutil.copy(KNOWLEDGE / file, copy / file)
    ok, message = await asyncio.wait_for(bot.reload_knowledge(), timeout=30)
    assert ok, message  # the lock is free: the next reload is not ignored


async def test_a_reload_that_fails_unexpectedly_is_logged_not_lost(
    copy, caplog, monkeypatch
) -> None:
    bot = create_bot(knowledge_dir=copy, cache_dir=None)
    old = bot.load_knowledge()

    def broken(*_args) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("bot.app.load_knowledge", broken)  # an error no validation foresaw
    with caplog.at_level(logging.ERROR):
        await bot._reload_and_log()
    assert "SIGHUP: reload failed" in caplog.text and "disk on fire" in caplog.text
    assert bot.store is old


def cached_file(cache: Path) -> Path:
    (path,) = cache.glob("store-*.json")
    return path


def ask_h2h(cache: Path) -> str:
    done = run_bot(
        "ask",
        "/h2h kerr ingebrigtsen",
        "--now",
        "2026-11-22T12:00:00Z",
        CACHE_DIR=str(cache),
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def genuine_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache a first run writes, made once for the module (each run is a process start)."""
    cache = tmp_path_factory.mktemp("genuine") / "cache"
    assert "3:27.79" in ask_h2h(cache)  # the first run writes the cache
    cached_file(cache)  # exactly one store file
    return cache


def first_run(genuine_cache: Path, tmp_path: Path) -> Path:
    """A cache folder as the first run left it: a copy of the genuine one, this test's own."""
    cache = tmp_path / "cache"
    shutil.copytree(genuine_cache, cache)
    return cache


def test_a_tampered_cache_is_never_served(tmp_path: Path, genuine_cache: Path) -> None:
    cache = first_run(genuine_cache, tmp_path)
    path = cached_file(cache)
    path.write_bytes(path.read_bytes().replace(b'"3:27.79"', b'"3:37.79"'))
    answer = ask_h2h(cache)
    assert "3:27.79" in answer and "3:37.79" not in answer
    assert "ignoring the store cache" in answer


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(
            lambda p: p.write_bytes(
                b'{"sources":[],"athletes":[],"meets":[],"races":[],"quotes":[],"timeline":[]}'
            ),
            id="an empty store without a header",
        ),
        pytest.param(
            lambda p: p.write_bytes(p.read_bytes().split(b"\n", 1)[0] + b"\n{}"),
            id="a genuine header over another store",
        ),
        pytest.param(lambda p: (p.unlink(), os.mkfifo(p)), id="a FIFO"),
        pytest.param(lambda p: (p.unlink(), p.symlink_to("/dev/zero")), id="a link to /dev/zero"),
    ],
)
def test_a_foreign_or_strange_cache_is_ignored_and_the_yaml_read(
    tmp_path: Path, genuine_cache: Path, forge
) -> None:
    cache = first_run(genuine_cache, tmp_path)
    forge(cached_file(cache))
    answer = ask_h2h(cache)  # the timeout is the "never hangs"
    assert "Record: Kerr" in answer and "3:27.79" in answer
    assert answer.count("ignoring") == 1


def test_a_cache_made_for_other_files_is_ignored(tmp_path: Path, copy: Path) -> None:
    path = copy / "races.yaml"
    path.write_text(path.read_text("utf-8").replace("'3:27.79'", "'3:27.78'", 1), "utf-8")
    load_store(KNOWLEDGE, cache_dir=tmp_path / "theirs")
    load_store(copy, cache_dir=tmp_path / "ours")
    # the shipped store's genuine cache, put where the copy's cache should be
    cached_file(tmp_path / "ours").write_bytes(cached_file(tmp_path / "theirs").read_bytes())
    store = load_store(copy, cache_dir=tmp_path / "ours")
    times = {row.time for race in store.races.values() for row in race.results}
    assert "3:27.78" in times and "3:27.79" not in times
