"""The follow store on both engines (SQLite and PostgreSQL): same tests, real databases."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from bot.db.engine import alembic_config, migrate
from bot.db.schema import metadata
from bot.follow.records import FIRST_DAY, FollowError, Planned
from bot.follow.store import LEASE, FollowStore

from .conftest import ROOT, run_bot, side_by_side
from .lease import age_claims

T0 = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)
HOUR = 3600


def plan(meet: str, hours: float, before: int = HOUR) -> Planned:
    return Planned(meet, FIRST_DAY, T0 + dt.timedelta(hours=hours), before)


async def add(store: FollowStore, guild: int = 1, target: str = "m1", **kw) -> int:
    values = {
        "guild_id": guild,
        "channel_id": 10,
        "role_id": None,
        "kind": "meet",
        "target": target,
        "before_s": HOUR,
        "created_by": 99,
        "now": T0,
        "limit": 5,
    }
    values.update(kw)
    return (await store.add_follow(**values)).id


async def test_migrations_build_exactly_the_declared_schema_and_rerun_harmlessly(engine):
    await migrate(engine)  # a second start finds the schema current

    def diff(conn):
        return compare_metadata(MigrationContext.configure(conn), metadata)

    async with engine.connect() as conn:
        assert await conn.run_sync(diff) == []


async def test_follows_are_unique_per_channel_and_limited_per_server(engine):
    store = FollowStore(engine)
    await add(store, target="m1")
    with pytest.raises(FollowError, match=r"follow\.duplicate"):
        await add(store, target="m1")
    await add(store, target="m1", channel_id=11)  # another channel may
    for n in range(3):
        await add(store, target=f"m{n + 2}")
    with pytest.raises(FollowError, match=r"follow\.limit"):
        await add(store, target="m9")
    await add(store, guild=2, target="m9")  # another server has its own allowance
    assert [f.target for f in await store.follows(1)] == ["m1", "m1", "m2", "m3", "m4"]
    assert len(await store.follows()) == 6


async def test_replan_inserts_moves_and_drops_but_never_rearms_a_sent_reminder(engine):
    store = FollowStore(engine)
    follow = await add(store)
    await store.plan(follow, [plan("m1", 10), plan("m2", 20)])
    rows = {r.meet_id: r for r in await store.reminders(follow)}
    assert rows["m1"].due_at == T0 + dt.timedelta(hours=9)
    assert rows["m1"].due_at.tzinfo is dt.UTC  # aware UTC back from both engines

    # m1 is sent; a reload with the same plan must not make it pending again
    (claimed,) = await store.claim_due(T0 + dt.timedelta(hours=9))
    assert claimed.meet_id == "m1" and claimed.follow.guild_id == 1
    assert await store.finish(claimed.id, "sent")
    await store.plan(follow, [plan("m1", 10), plan("m2", 20)])
    assert {r.meet_id: r.status for r in await store.reminders(follow)} == {
        "m1": "sent",
        "m2": "pending",
    }

    # m1 postponed by a day: reminded again; m2 cancelled: its reminder goes
    await store.plan(follow, [plan("m1", 34)])
    rows = {r.meet_id: r for r in await store.reminders(follow)}
    assert set(rows) == {"m1"}
    assert rows["m1"].status == "pending"
    assert rows["m1"].due_at == T0 + dt.timedelta(hours=33)


async def test_claims_are_exclusive_between_processes(engine):
    """Two workers racing for 40 due reminders: every reminder is claimed exactly once."""
    setup = FollowStore(engine)
    follows = [await add(setup, guild=g, target="m1", limit=1) for g in range(1, 41)]
    await setup.replan({f: [plan("m1", 1)] for f in follows})
    first, second = FollowStore(engine, worker="a"), FollowStore(engine, worker="b")
    now = T0 + dt.timedelta(hours=1)
    batches = await asyncio.gather(
        *(s.claim_due(now, limit=7) for s in (first, second, first, second, first, second))
    )
    batches += [await first.claim_due(now, limit=100)]
    ids = [r.id for batch in batches for r in batch]
    assert len(ids) == len(set(ids)) == 40
    assert await second.claim_due(now) == []


async def test_a_claim_lapses_after_the_lease_and_the_dead_claimer_cannot_finish(engine):
    dead, alive = FollowStore(engine, worker="dead"), FollowStore(engine, worker="alive")
    follow = await add(dead)
    await dead.plan(follow, [plan("m1", 2)])
    due = T0 + dt.timedelta(hours=1)
    assert await dead.next_due() == due
    (claimed,) = await dead.claim_due(due)
    # the dead process never sends: nobody else may take it while the lease runs, whatever
    # the other process's clock says (the lease is on the database's clock)
    assert await alive.claim_due(due + LEASE * 10) == []
    assert await alive.claimed_rows() == 1
    await age_claims(engine, LEASE / 2)
    assert await alive.claim_due(due) == []
    await age_claims(engine, LEASE / 2)
    (again,) = await alive.claim_due(due)
    assert again.id == claimed.id
    assert not await dead.finish(claimed.id, "sent")
    assert await alive.finish(again.id, "sent")
    assert await alive.next_due() is None and await alive.claimed_rows() == 0


async def test_a_claim_takes_at_most_its_batch_and_renewing_keeps_the_rest(engine):
    store, other = FollowStore(engine, worker="a"), FollowStore(engine, worker="b")
    follows = [await add(store, guild=g, limit=1) for g in range(1, 31)]
    await store.replan_all(lambda *_: [plan("m1", 1)], lambda *_: None, T0)
    assert len(follows) == 30
    now = T0 + dt.timedelta(hours=1)
    batch = await store.claim_due(now, limit=10)
    assert len(batch) == 10 and await store.claimed_rows() == 10
    # a post, and the rest of the batch renewed: the aged claims are fresh again
    await age_claims(engine, LEASE * 0.9)
    assert await store.finish(batch[0].id, "sent")
    assert await store.renew([r.id for r in batch]) == 9
    assert await other.renew([r.id for r in batch]) == 0  # not its claims
    await age_claims(engine, LEASE * 0.2)
    taken = await other.claim_due(now, limit=100)
    assert {r.id for r in taken}.isdisjoint(r.id for r in batch)
    assert len(taken) == 20


async def test_personal_reminders_are_limited_and_forgotten(engine):
    store = FollowStore(engine)
    await store.add_personal(7, plan("m1", 5), limit=2)
    with pytest.raises(FollowError, match=r"remind\.duplicate"):
        await store.add_personal(7, plan("m1", 5), limit=2)
    await store.add_personal(7, plan("m2", 5), limit=2)
    with pytest.raises(FollowError, match=r"remind\.limit"):
        await store.add_personal(7, plan("m3", 5), limit=2)
    await store.add_personal(8, plan("m1", 5), limit=2)
    follow = await add(store, created_by=7)
    assert await store.forget_user(7) == 2
    assert [r.user_id for r in await store.personal()] == [8]
    assert (await store.follows())[0].created_by is None
    assert (await store.follows())[0].id == follow


async def test_a_meet_that_passed_while_down_is_missed_not_deleted(engine):
    store = FollowStore(engine)
    passed, cancelled = await add(store, target="m1"), await add(store, target="m2")
    hours = {"m1": 3, "m2": 9}
    await store.replan_all(lambda *key: [plan(key[1], hours[key[1]])], lambda *_: None, T0)
    # later, nothing is planned any more: m1's time has passed, m2 (still ahead) is off
    outcome = await store.replan_all(
        lambda *_: [], lambda *_: None, T0 + dt.timedelta(hours=3, minutes=1)
    )
    rows = {r.follow.id: r.status for r in await store.reminders()}
    assert rows == {passed: "missed"}
    assert [m[3] for m in outcome.missed] == ["m1"]
    assert cancelled not in rows
    assert (await store.replan_all(lambda *_: [], lambda *_: None, T0)).changed == 0


async def test_a_replan_with_nothing_new_changes_nothing(engine):
    store = FollowStore(engine)
    ids = [await add(store, guild=g, limit=1) for g in range(1, 6)]
    first = await store.replan_all(lambda *_: [plan("m1", 3), plan("m2", 9)], lambda *_: None, T0)
    assert first.follows == 5 and first.changed == 10
    again = await store.replan_all(lambda *_: [plan("m1", 3), plan("m2", 9)], lambda *_: None, T0)
    assert again.follows == 5 and again.changed == 0
    moved = await store.replan_all(lambda *_: [plan("m1", 4), plan("m2", 9)], lambda *_: None, T0)
    assert moved.changed == 5
    assert {r.target_at for r in await store.reminders(ids[0])} == {
        T0 + dt.timedelta(hours=4),
        T0 + dt.timedelta(hours=9),
    }


async def test_concurrent_replans_and_limit_requests_hold(engine):
    """Re-plans racing each other never fail or double; racing follows stop at the limit."""
    store = FollowStore(engine)
    ids = [await add(store, guild=100 + g, limit=1) for g in range(10)]
    stores = [FollowStore(engine) for _ in range(4)]
    planner = lambda *_: [plan("m1", 3)]  # noqa: E731
    await asyncio.gather(*(s.replan_all(planner, lambda *_: None, T0) for s in stores))
    assert len(await store.reminders()) == len(ids)
    adds = [add(stores[n % 4], guild=7, target=f"m{n}", limit=5) for n in range(20)]
    outcomes = await asyncio.gather(*adds, return_exceptions=True)
    assert sum(isinstance(o, int) for o in outcomes) == 5
    assert all(isinstance(o, (int, FollowError)) for o in outcomes)
    assert len(await store.follows(7)) == 5


async def test_leaving_a_server_deletes_its_follows_reminders_events_and_marks(engine):
    store = FollowStore(engine)
    gone, kept = await add(store, guild=1), await add(store, guild=2)
    await store.replan({gone: [plan("m1", 3)], kept: [plan("m1", 3)]})
    assert await store.claim_results(gone, "m1", T0)
    assert await store.reserve_server_event(1, "m1")
    await store.save_server_event(1, "m1", 555, "sig")
    assert await store.forget_guild(1) == 1
    counts = await store.counts()
    assert counts == {"follows": 1, "reminders": 1, "server_events": 0, "results_posted": 0}
    assert [r.follow.id for r in await store.reminders()] == [kept]


async def test_results_and_server_events_are_recorded_once(engine):
    store, other = FollowStore(engine, worker="a"), FollowStore(engine, worker="b")
    follow = await add(store)
    assert await store.claim_results(follow, "m1", T0)
    assert not await other.claim_results(follow, "m1", T0)  # claimed by a live process
    assert (follow, "m1") in await other.results_settled()
    await age_claims(engine, LEASE, table="results_posted")  # "a" died before posting
    assert (follow, "m1") not in await other.results_settled()
    assert await other.claim_results(follow, "m1", T0)
    assert not await store.finish_results(follow, "m1", "posted")
    assert await other.finish_results(follow, "m1", "posted")
    assert not await store.claim_results(follow, "m1", T0)
    assert await store.reserve_server_event(1, "m1")
    assert not await store.reserve_server_event(1, "m1")
    assert await store.server_events() == []  # reserved, not created yet
    await store.save_server_event(1, "m1", 555, "sig")
    assert await store.server_event(1, "m1") == (555, "sig")
    assert await store.server_events() == [(1, "m1", 555, "sig")]


def test_migrate_command_creates_the_default_sqlite_database(tmp_path):
    result = run_bot("migrate", XDG_DATA_HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rivalry-bot" / "rivalry.sqlite3").is_file()
    assert "database schema is current" in result.stdout
    assert "rivalry.sqlite3" in result.stdout


def test_migrate_command_fails_clearly_without_a_database():
    url = "postgresql+asyncpg://nobody:secret@127.0.0.1:1/none"
    result = run_bot("migrate", DATABASE_URL=url)
    assert result.returncode == 1
    assert "migration failed" in result.stderr and "secret" not in result.stderr


def test_migrate_names_what_is_wrong_with_the_database_in_one_line(tmp_path, postgres_url):
    """Unreachable, missing, read-only, a revision the code does not know: one line, exit 1."""
    good = tmp_path / "good.sqlite3"
    assert run_bot("migrate", DATABASE_URL=f"sqlite+aiosqlite:///{good}").returncode == 0
    with sqlite3.connect(good) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    cases = {
        "postgresql+asyncpg://nobody:secret@127.0.0.1:1/none": "it is unreachable",
        f"sqlite+aiosqlite:///file:{good}?mode=ro&uri=true": "revision this code does not know",
        f"sqlite+aiosqlite:///{good}": "revision this code does not know",
    }
    fresh = tmp_path / "fresh.sqlite3"
    sqlite3.connect(fresh).close()
    cases[f"sqlite+aiosqlite:///file:{fresh}?mode=ro&uri=true"] = "it is read-only"
    if postgres_url:
        missing = make_url(postgres_url).set(database="no_such_database")
        cases[missing.render_as_string(hide_password=False)] = "that database does not exist"
    # the two cases on the same file one after the other, as listed; the others beside them
    on_good = [url for url in cases if str(good) in url]
    others = [url for url in cases if url not in on_good]
    first, second = side_by_side(lambda: migrate_each(on_good), lambda: migrate_each(others))
    for url, result in zip(on_good + others, first + second, strict=True):
        why = cases[url]
        assert result.returncode == 1, (url, result.stdout)
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        (line,) = [x for x in result.stderr.splitlines() if "cannot use the database" in x]
        assert why in line, (url, line)
        assert "secret" not in line and "Discord" not in line


def migrate_each(urls: list[str]) -> list[subprocess.CompletedProcess[str]]:
    return [run_bot("migrate", DATABASE_URL=url) for url in urls]


def test_three_migrations_at_once_on_an_empty_sqlite_file_all_succeed(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}"
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "migrate"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err[-2000:]
        assert "database schema is current" in out
    with sqlite3.connect(tmp_path / "empty.sqlite3") as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert version == (head,)
