"""A real PostgreSQL stopped and started under the workers posting reminders.

The test starts its own server (``tests.databases.Cluster``: initdb and pg_ctl, as the
``postgres`` user when run as root), seeds reminders due now, starts three worker processes
(``tests.process_worker``: the project's timer and store, "Discord" a file), and while they
post it stops the server with ``pg_ctl stop -m fast`` (every session ended) and later with
``-m immediate`` (a crash), each time for seconds, then starts it again. Counted: posts per
reminder, 0 lost and 0 repeated (no process died, so not even a nonce is needed); and each
process's log: at most one traceback, one line per failure with a growing back-off, and the
recovery said, with nobody restarting the processes.
"""

from __future__ import annotations

import asyncio
import collections
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.db.engine import make_engine, migrate
from bot.follow.store import FollowStore

from .databases import Cluster, postgres_binaries_missing
from .test_exactly_once_processes import ROOT, due_reminders, wait_for_lines

WORKERS = 3
# a post takes 0.2 s; the timer's back-off starts at 0.4 s (5 s in service); the name last
OPTIONS = ("--delay", "0.2", "--lease", "30", "--backoff", "0.4", "--name")
REMINDERS = 180
# one line of the timer's per failure: "reminder timer failed again (3): …; retrying in 2.0 s"
FAILED_AGAIN = re.compile(
    r"reminder timer failed again \((\d+)\): .*; retrying in ([\d.]+) s$", re.M
)

pytestmark = pytest.mark.skipif(
    postgres_binaries_missing() is not None,
    reason=f"needs a PostgreSQL to stop and start: {postgres_binaries_missing()}",
)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    server = Cluster()
    try:
        server.create()
        yield server
    finally:
        server.remove()


def start_worker(url: str, posts: Path, name: str, log: Path) -> subprocess.Popen[bytes]:
    # the log goes to a file: a pipe nobody reads while the server is down could fill up
    return subprocess.Popen(
        [sys.executable, "-m", "tests.process_worker", "remind", url, str(posts), *OPTIONS, name],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )


async def outage(cluster: Cluster, posts: Path, after: int, mode: str, seconds: float) -> None:
    """Once ``after`` posts are in, stop the server (``mode``) for ``seconds``, start it."""
    await wait_for_lines(posts, after, timeout=60)
    cluster.stop(mode)  # type: ignore[arg-type]
    await asyncio.sleep(seconds)
    cluster.start()


async def test_postgres_stopped_and_started_twice_loses_and_repeats_no_reminder(
    cluster: Cluster, tmp_path: Path
) -> None:
    engine = make_engine(cluster.url)
    await migrate(engine)
    wanted = await due_reminders(engine, REMINDERS)
    await engine.dispose()
    posts = tmp_path / "posts"
    logs = [tmp_path / f"w{n}.log" for n in range(WORKERS)]
    workers = [start_worker(cluster.url, posts, f"w{n}", logs[n]) for n in range(WORKERS)]
    try:
        await outage(cluster, posts, after=40, mode="fast", seconds=1.5)
        await outage(
            cluster,
            posts,
            # 30 posts later, and still mid-run (REMINDERS - 40 posts are always reached)
            after=min(len(posts.read_text().splitlines()) + 30, REMINDERS - 40),
            mode="immediate",
            seconds=1.5,
        )
        for process in workers:
            assert process.wait(timeout=90) == 0, logs[workers.index(process)].read_text()
    finally:
        for process in workers:
            if process.poll() is None:
                process.kill()

    nonces = [line.split("\t")[0] for line in posts.read_text().splitlines()]
    per = collections.Counter(nonces)
    assert set(per) == wanted  # 0 lost
    assert [n for n, c in per.items() if c > 1] == []  # 0 repeated, not even by nonce
    engine = make_engine(cluster.url)
    statuses = collections.Counter(r.status for r in await FollowStore(engine).reminders())
    await engine.dispose()
    assert statuses == {"sent": REMINDERS}

    saw = 0
    for name, log in enumerate(logs):
        # log records (a traceback's lines belong to the record before them)
        lines = [x for x in log.read_text().splitlines() if x.startswith(f"w{name} ")]
        # the traceback: with the first failure of an outage only (2 outages)
        assert sum(" ERROR " in x for x in lines) <= 2, lines
        assert len(lines) < 60, lines  # one line per failure, not per post or per second
        waits = [(int(n), float(s)) for n, s in FAILED_AGAIN.findall(log.read_text())]
        assert all(wait == pytest.approx(0.4 * 2 ** (n - 1)) for n, wait in waits), waits
        failed = [n for n, line in enumerate(lines) if " failed" in line]
        if failed:  # and it said it recovered, alone
            saw += 1
            after = lines[failed[-1] :]
            assert any("done after" in x or "recovered after" in x for x in after), lines
    assert saw >= 1
