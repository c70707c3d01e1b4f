"""Exactly once across real OS processes on one real database (SQLite and PostgreSQL).

Each worker is ``tests.process_worker``: the project's timer, store and results poster; the
"Discord" it posts to is a file the workers append to. The faults: processes racing for the
same rows, one killed with SIGKILL mid-batch and restarted, one whose clock runs 90 s
ahead, the database unavailable for seconds, simultaneous limit requests, and two shard
processes reloading at once. Counted: posts per reminder and results posts per follow.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.facts import FactStore
from bot.follow.records import FIRST_DAY, Kind, Planned, Reminder
from bot.follow.service import Following
from bot.follow.store import LEASE, FollowStore
from bot.follow.timer import BATCH

from .lease import age_claims

ROOT = Path(__file__).resolve().parent.parent
KERR = "josh-kerr"


def url_of(engine: AsyncEngine) -> str:
    return engine.url.render_as_string(hide_password=False)


def worker(mode: str, engine: AsyncEngine, posts: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.process_worker", mode, url_of(engine), str(posts), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str], timeout: float = 45) -> str:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-2000:]
    return out


async def wait_for_lines(posts: Path, count: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if posts.exists() and len(posts.read_text().splitlines()) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"fewer than {count} posts after {timeout} s")


def counted(posts: Path) -> tuple[collections.Counter[str], int]:
    """Posts per nonce as Discord keeps them, and the attempts that repeated a nonce."""
    nonces = [line.split("\t")[0] for line in posts.read_text().splitlines()]
    per = collections.Counter(nonces)
    return per, sum(n - 1 for n in per.values())


async def one_follow_per_server(
    store: FollowStore, servers: int, kind: Kind, target: str, now: dt.datetime
) -> list[int]:
    """One follow in each of ``servers`` servers (channel id = server id); their ids."""
    ids = []
    for guild in range(1, servers + 1):
        follow = await store.add_follow(
            guild_id=guild,
            channel_id=guild,
            role_id=None,
            kind=kind,
            target=target,
            before_s=3600,
            created_by=1,
            now=now,
            limit=1,
        )
        ids.append(follow.id)
    return ids


async def due_reminders(engine: AsyncEngine, count: int) -> set[str]:
    """``count`` server follows, each with one reminder due a minute ago."""
    store = FollowStore(engine)
    now = dt.datetime.now(dt.UTC)
    ids = await one_follow_per_server(store, count, "meet", "m1", now)
    planned = Planned("m1", FIRST_DAY, now + dt.timedelta(hours=1), 3660)
    await store.replan({f: [planned] for f in ids}, now)
    return {f"r{r.id}" for r in await store.reminders()}


async def test_racing_killed_skewed_processes_through_an_outage_post_each_reminder_once(
    engine, tmp_path
):
    """Three processes race; one runs 90 s ahead; one is killed mid-batch and restarted;
    then the database stops answering for 3 s (PostgreSQL: every connection is cut and the
    tables locked; SQLite: another process holds the lock). 0 lost, 0 doubled."""
    posts = tmp_path / "posts"
    wanted = await due_reminders(engine, 150)
    common = ("--delay", "0.02", "--lease", "5")
    first = worker("remind", engine, posts, "--name", "doomed", *common)
    others = [
        worker("remind", engine, posts, "--name", "ahead", "--clock-offset", "90", *common),
        worker("remind", engine, posts, "--name", "steady", *common),
    ]
    await wait_for_lines(posts, 20)
    first.send_signal(signal.SIGKILL)  # mid-batch
    first.wait()
    await age_claims(engine, LEASE, worker="doomed")  # the dead process's lease runs out
    others.append(worker("remind", engine, posts, "--name", "restarted", *common))
    await wait_for_lines(posts, 60)
    await outage(engine, seconds=3.0)
    for process in others:
        finished(process)

    per, repeated = counted(posts)
    assert set(per) == wanted  # 0 lost
    # Discord keeps one message per nonce; a repeat is only possible for the killed
    # process's batch in flight (accepted, then killed before the rows were marked)
    doubled = [line for line in posts.read_text().splitlines() if per[line.split()[0]] > 1]
    assert repeated <= BATCH, doubled
    first_posts = {}
    for line in posts.read_text().splitlines():
        first_posts.setdefault(line.split("\t")[0], line.split("\t")[1])
    assert all(first_posts[line.split()[0]] == "doomed" for line in doubled), doubled
    statuses = collections.Counter(r.status for r in await FollowStore(engine).reminders())
    assert statuses == {"sent": len(wanted)}


async def outage(engine: AsyncEngine, seconds: float) -> None:
    async with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            await conn.exec_driver_sql("COMMIT")  # leave the implicit IMMEDIATE transaction
            await conn.exec_driver_sql("BEGIN EXCLUSIVE")
            await asyncio.sleep(seconds)
            await conn.exec_driver_sql("COMMIT")
            return
        # every worker's connection is cut, and whatever reconnects waits on the tables
        await conn.exec_driver_sql("LOCK TABLE reminders, follows IN ACCESS EXCLUSIVE MODE")
        await conn.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        await asyncio.sleep(seconds)
        await conn.commit()


async def test_a_process_whose_clock_jumps_posts_what_is_still_useful(engine, tmp_path):
    """A resumed VM: the wall clock jumps 90 minutes while the timer sleeps towards a
    reminder due in 20 minutes. It wakes within its longest sleep (here 2 s, in service
    5 minutes), says so, posts the reminders still ahead of their meet and drops, with a log
    line, those whose meet has begun; a second process, whose clock did not jump, waits."""
    posts, store, now = tmp_path / "posts", FollowStore(engine), dt.datetime.now(dt.UTC)
    ids = await one_follow_per_server(store, 8, "meet", "m1", now)
    useful = Planned("m1", FIRST_DAY, now + dt.timedelta(hours=2), 3600)  # due in 1 h
    late = Planned("m1", FIRST_DAY, now + dt.timedelta(minutes=30), 600)  # due in 20 min
    await store.replan({f: [useful if n < 4 else late] for n, f in enumerate(ids)}, now)
    wanted = {f"r{r.id}" for r in await store.reminders() if r.follow and r.follow.id in ids[:4]}
    jumping = worker(
        "remind", engine, posts, "--name", "resumed", "--max-sleep", "2",
        "--jump-after", "1", "--jump-by", "5400",
    )  # fmt: skip
    steady = worker("remind", engine, posts, "--name", "steady", "--max-sleep", "2")
    _, log = jumping.communicate(timeout=45)
    assert jumping.returncode == 0, log[-2000:]
    steady.kill()
    steady.communicate()
    per, repeated = counted(posts)
    assert set(per) == wanted and repeated == 0
    assert "the clock jumped by +54" in log  # +5400 s less the time slept
    assert log.count("dropped reminder") == 4, log
    statuses = collections.Counter(r.status for r in await store.reminders())
    assert statuses == {"sent": 4, "dropped": 4}


async def test_simultaneous_requests_from_processes_stop_at_the_limit(engine, tmp_path):
    """/follow in one server and /remind by one user, 12 of each at once from 3 processes."""
    at = f"{time.time() + 3:.3f}"  # every process asks at the same instant, 4 + 4 at once
    args = ("--at", at, "--limit", "5", "--count", "4")
    processes = [
        worker("follow", engine, tmp_path / "posts", *args, "--channel", str(10 * n))
        for n in range(3)
    ]
    answers = collections.Counter(
        line for p in processes for line in finished(p).splitlines() if line
    )
    assert answers == {"follow ok": 5, "follow limit": 7, "remind ok": 5, "remind limit": 7}
    store = FollowStore(engine)
    assert len(await store.follows(7)) == 5 and len(await store.personal(7)) == 5


async def test_two_shard_processes_reloading_post_each_result_once(engine, tmp_path, store):
    """Both shards reload at once (re-plan, then post the results owed) after the bot was
    down through the meets; one is killed mid-way; a later start posts what it owed."""
    posts = tmp_path / "posts"
    wanted = await followed_results(engine, store, guilds=20)
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "rivalry-bot"
    knowledge = ("--knowledge", str(ROOT / "knowledge"), "--cache", str(cache))
    common = ("--delay", "0.05", *knowledge)
    doomed = worker("results", engine, posts, "--name", "shard0", *common)
    other = worker("results", engine, posts, "--name", "shard1", *common)
    await wait_for_lines(posts, 8)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    finished(other)
    await age_claims(engine, LEASE, table="results_posted", worker="shard0")  # lease runs out
    finished(worker("results", engine, posts, "--name", "shard0-again", *common))
    per, repeated = counted(posts)
    assert set(per) == wanted
    assert repeated <= 1, per.most_common(3)
    # the reminders whose time passed while down are kept as missed (their results posted)
    statuses = collections.Counter(r.status for r in await FollowStore(engine).reminders())
    assert statuses["missed"] == len(wanted) and statuses["pending"] + statuses["missed"] == sum(
        statuses.values()
    )


async def followed_results(engine: AsyncEngine, facts: FactStore, guilds: int) -> set[str]:
    """Athlete follows of Kerr in ``guilds`` servers, made in June 2025: the bot was down
    since, through his meets; each follow is owed the results of those it planned."""
    store = FollowStore(engine)
    then = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    await one_follow_per_server(store, guilds, "athlete", KERR, then)

    async def never(reminder: Reminder) -> bool:
        raise AssertionError(reminder)

    await Following(store, lambda: facts, lambda: then, never).replan()
    now = Following(store, lambda: facts, lambda: dt.datetime.now(dt.UTC), never)
    due = {f"x{d.follow.id}:{d.meet_id}" for d in await now.results_due()}
    assert len(due) >= guilds  # at least one meet each
    return due


# Oslo's 1500m of 30 May 2024 is run by then, but its page is out only on 4 Jul 2024: its
# results post waits; the Bowerman Mile of 25 May 2024 has rows on pages out by then
HELD_CLOCK = dt.datetime(2024, 6, 15, 12, 0, tzinfo=dt.UTC)
HELD_MEETS = {"2024-dl-eugene-pre": 0, "2024-dl-oslo": 10}  # meet: first server id - 1


async def test_results_held_back_by_the_clock_are_posted_once_when_known(engine, tmp_path, store):
    """Two shard processes at a past clock post only the results whose rows rest on pages
    out by then; a later process posts the rest once known, none twice."""
    posts, follows = tmp_path / "posts", FollowStore(engine)
    then = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    for meet, first in HELD_MEETS.items():
        for guild in range(first + 1, first + 4):
            await follows.add_follow(
                guild_id=guild,
                channel_id=guild,
                role_id=None,
                kind="meet",
                target=meet,
                before_s=3600,
                created_by=1,
                now=then,
                limit=1,
            )

    async def never(reminder: Reminder) -> bool:
        raise AssertionError(reminder)

    await Following(follows, lambda: store, lambda: then, never).replan()
    held = Following(follows, lambda: store, lambda: HELD_CLOCK, never)
    early = {f"x{d.follow.id}:{d.meet_id}" for d in await held.results_due()}
    assert {nonce.split(":")[1] for nonce in early} == {"2024-dl-eugene-pre"} and len(early) == 3
    assert held.results_next == dt.datetime(2024, 7, 4, tzinfo=dt.UTC)  # Oslo's page is out

    cache = Path(os.environ["XDG_CACHE_HOME"]) / "rivalry-bot"
    offset = str((HELD_CLOCK - dt.datetime.now(dt.UTC)).total_seconds())
    common = ("--delay", "0.02", "--knowledge", str(ROOT / "knowledge"), "--cache", str(cache))
    at_clock = [
        worker("results", engine, posts, "--name", f"s{n}", "--clock-offset", offset, *common)
        for n in range(2)
    ]
    for process in at_clock:
        finished(process)
    per, repeated = counted(posts)
    assert set(per) == early and repeated == 0

    finished(worker("results", engine, posts, "--name", "later", *common))  # today's clock
    per, repeated = counted(posts)
    assert len(per) == 6 and set(per) > early and repeated == 0
