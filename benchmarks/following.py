"""Following at scale: 10,000 follows across 1,000 servers.

Reports, per engine (SQLite in a temp file; PostgreSQL too when ``BENCH_DATABASE_URL`` names
a throwaway database, whose ``public`` schema is dropped and recreated): the time to re-arm on
start (re-plan every follow against the store, then find the next due time) on a first start
and on a restart, the memory that takes, the time to send a burst of 10,000 reminders due at
once, and p50/p99 of dispatching one due reminder (claim, hand over, mark sent).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Protocol

from sqlalchemy import insert, text

from bot.db.engine import make_engine, migrate
from bot.db.schema import follows
from bot.facts import FactStore
from bot.follow.records import FIRST_DAY, Planned, Reminder
from bot.follow.service import Following
from bot.follow.store import FollowStore

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
SERVERS, PER_SERVER = 1_000, 10


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def line(self, label: str, samples: list[float]) -> tuple[float, float]: ...
    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def rss_mb() -> float:
    """Resident memory of the current process, in MB (Linux /proc; 0 elsewhere)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _follow_rows(store: FactStore) -> list[dict[str, object]]:
    """10 follows per server: upcoming meets, and the rivalry's athletes."""
    upcoming = [
        m.id
        for m in store.meets_by_date
        if m.start_date and m.start_date > NOW.date() and m.status == "scheduled"
    ]
    athletes = [p.id for p in store.featured()]
    targets = [("meet", m) for m in upcoming] + [("athlete", a) for a in athletes]
    rows = []
    for server in range(SERVERS):
        for n in range(PER_SERVER):
            kind, target = targets[(server + n) % len(targets)]
            rows.append(
                {
                    "guild_id": 10**17 + server,
                    "channel_id": 10**17 + server * 100 + n,
                    "role_id": None,
                    "kind": kind,
                    "target": target,
                    "before_s": 3600,
                    "created_by": 1,
                    "created_at": NOW,
                }
            )
    return rows


async def _run(store: FactStore, url: str, report: Reporter, label: str, repeat: int) -> None:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    await migrate(engine)
    async with engine.begin() as conn:
        await conn.execute(insert(follows), _follow_rows(store))
    clock = [NOW]
    handed: list[float] = []

    async def send(reminder: Reminder) -> bool:
        del reminder
        handed.append(time.perf_counter())
        return True

    following = Following(FollowStore(engine), lambda: store, lambda: clock[0], send)
    before = rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    await following.replan()
    due = await following.store.next_due()
    first = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    started = time.perf_counter()
    await following.replan()
    await following.store.next_due()
    again = time.perf_counter() - started
    rows = len(await following.store.reminders())
    print(f"\n== following on {label}: {SERVERS * PER_SERVER:,} follows, {rows:,} reminders")
    print(
        f"  re-arm on start: first start {first:.2f} s, restart {again:.2f} s; "
        f"Python peak {peak:.1f} MB, RSS {before:.0f} -> {rss_mb():.0f} MB"
    )
    report.target(f"following ({label}): re-arm on restart", again, 5.0, "s")

    # every reminder due at the same instant: the burst a big meet brings
    assert due is not None
    clock[0] = max(r.due_at for r in await following.store.reminders())
    started = time.perf_counter()
    sent = await following.timer.fire(clock[0])
    burst = time.perf_counter() - started
    lags = [(t - started) * 1000 for t in handed]
    print(f"  burst: {sent:,} due at once handed over in {burst:.2f} s")
    report.line("burst: due -> handed over", lags)

    # one reminder due on its own, the usual case, with the table full
    samples = []
    target = clock[0] + dt.timedelta(days=30)
    for user in range(repeat):
        planned = Planned("bench", FIRST_DAY, target, 3600)
        await following.store.add_personal(user, planned, limit=1)
        started = time.perf_counter()
        await following.timer.fire(planned.due_at)
        samples.append((time.perf_counter() - started) * 1000)
    _, p99 = report.line("one due reminder: claim -> sent", samples)
    report.target(f"following ({label}): dispatch p99", p99, 100.0, "ms")
    await engine.dispose()


def bench_following(store: FactStore, report: Reporter, quick: bool) -> None:
    """Run the following figures on SQLite, and on PostgreSQL when one is given."""
    repeat = 50 if quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        asyncio.run(_run(store, url, report, "SQLite", repeat))
    postgres = os.environ.get("BENCH_DATABASE_URL")
    if postgres:
        asyncio.run(_run(store, postgres, report, "PostgreSQL", repeat))
    else:
        print("  (PostgreSQL: set BENCH_DATABASE_URL to a throwaway database to measure it)")
