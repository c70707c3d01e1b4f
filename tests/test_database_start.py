"""A database that cannot be used stops the start in one line naming it and what is wrong.

``python -m bot run`` migrates and test-writes the database before it connects to Discord,
so each fault below is said as the database's (exit 1, no traceback, never blamed on
Discord): unreachable, missing database, unknown user, wrong password, read-only (a
PostgreSQL role or database set ``default_transaction_read_only``, a read-only SQLite file),
a disk that is full or a file-size limit, a revision this code does not know. A full disk
during the first migration leaves no half schema. ``migrate`` says nothing but its own line.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import discord
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.__main__ import main
from bot.db.engine import alembic_config, make_engine, prepare

from .conftest import ROOT, bot_env, run_bot
from .databases import Cluster, postgres_binaries_missing

SECRET = "hunter2-secret"
ONE_LINE = "refusing to start: cannot use the database "


@pytest.fixture
def start(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``python -m bot run`` in this process with DATABASE_URL; its one line of stderr."""

    async def never(_self: object, _token: str) -> None:
        raise AssertionError("reached Discord: the database should have stopped the start")

    monkeypatch.setattr(discord.Client, "login", never)
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")

    def run(url: str) -> str:
        monkeypatch.setenv("DATABASE_URL", url)
        assert main(["run"]) == 1
        err = capsys.readouterr().err
        (line,) = [x for x in err.splitlines() if x.startswith(ONE_LINE)]
        assert "Traceback" not in err and "Discord" not in err and SECRET not in err, err
        return line

    return run


async def migrated_sqlite(path: Path) -> str:
    url = f"sqlite+aiosqlite:///{path}"
    await prepare(url)
    return url


def test_sqlite_read_only_or_from_a_newer_release(start, tmp_path: Path) -> None:
    asyncio.run(migrated_sqlite(tmp_path / "current.sqlite3"))
    line = start(f"sqlite+aiosqlite:///file:{tmp_path / 'current.sqlite3'}?mode=ro&uri=true")
    assert line.endswith(": it is read-only"), line
    newer = tmp_path / "newer.sqlite3"
    asyncio.run(migrated_sqlite(newer))
    with contextlib.closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    assert "revision this code does not know" in start(f"sqlite+aiosqlite:///{newer}")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    missing = postgres_binaries_missing()
    if missing:
        pytest.skip(f"needs a PostgreSQL of its own: {missing}")
    server = Cluster()
    try:
        server.create()
        yield server
    finally:
        server.remove()


async def admin(cluster: Cluster, *statements: str) -> None:
    engine = make_engine(cluster.url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


def run_admin(cluster: Cluster, *statements: str) -> None:
    asyncio.run(admin(cluster, *statements))


def database(cluster: Cluster, name: str, user: str = "postgres", password: str = "") -> str:
    url = make_url(cluster.url).set(database=name, username=user, password=password or None)
    return url.render_as_string(hide_password=False)


def test_postgres_faults_are_one_line_each(start, cluster: Cluster) -> None:
    run_admin(
        cluster,
        "CREATE DATABASE frozen",
        "CREATE DATABASE frozen_empty",
        f"CREATE ROLE guarded LOGIN PASSWORD '{SECRET}x'",
        "CREATE ROLE reader LOGIN",
        "ALTER ROLE reader SET default_transaction_read_only = on",
    )
    asyncio.run(prepare(database(cluster, "frozen")))  # at head, then made read-only
    run_admin(
        cluster,
        "ALTER DATABASE frozen SET default_transaction_read_only = on",
        "ALTER DATABASE frozen_empty SET default_transaction_read_only = on",
    )
    cluster.allow_by_password("guarded")
    gone = make_url(cluster.url).set(query={"host": str(cluster.folder / "nowhere")})
    cases = {
        gone.render_as_string(hide_password=False): "it is unreachable",
        database(cluster, "no_such_database"): "that database does not exist",
        database(cluster, "postgres", "nobody_here"): "that user (role) does not exist",
        database(cluster, "postgres", "guarded", SECRET): "authentication failed",
        database(cluster, "frozen"): "it is read-only",
        database(cluster, "frozen_empty"): "it is read-only",
        database(cluster, "postgres", "reader"): "it is read-only",
    }
    for url, why in cases.items():
        line = start(url)
        assert line.endswith(f": {why}"), (url, line)
        assert make_url(url).render_as_string(hide_password=True) in line


def limited_run(limit: int, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS`` whose files may not grow past ``limit`` bytes (EFBIG)."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the write kills the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=bot_env(DATABASE_URL=url, DISCORD_TOKEN="not-a-real-token"),
        preexec_fn=limit_files,
        capture_output=True,
        text=True,
        timeout=60,
    )


def tables(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]


@contextlib.contextmanager
def tiny_disk() -> Iterator[Path]:
    """A 1 MiB tmpfs (a disk that fills up), where this process may mount one."""
    folder = Path(tempfile.mkdtemp(prefix="rivalry-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip("cannot mount a small tmpfs here (not root, or no CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
        folder.rmdir()


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="no file-size limit here")
def test_a_file_size_limit_at_the_first_migration_leaves_no_half_schema(tmp_path) -> None:
    path = tmp_path / "limited.sqlite3"
    url = f"sqlite+aiosqlite:///{path}"
    ran = limited_run(40_000, url, "run")
    assert ran.returncode == 1
    (line,) = [x for x in ran.stderr.splitlines() if x.startswith(ONE_LINE)]
    assert line.endswith(": writing to it failed: files may not grow past 40,000 bytes (ulimit -f)")
    assert "Traceback" not in ran.stderr and "Discord" not in ran.stderr
    assert tables(path) == []  # the failed migration left nothing behind
    done = run_bot("migrate", DATABASE_URL=url)
    assert done.returncode == 0, done.stderr
    assert "alembic_version" in tables(path) and "reminders" in tables(path)


def test_a_full_disk_at_start_is_said_as_such() -> None:
    with tiny_disk() as disk:
        path = disk / "full.sqlite3"
        url = asyncio.run(migrated_sqlite(path))
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as out:
            while True:
                out.write(b"\0" * 4096)
                out.flush()
        for suffix in ("-wal", "-shm"):  # so that the start's write needs new space
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        ran = run_bot("run", DATABASE_URL=url, DISCORD_TOKEN="not-a-real-token")
    assert ran.returncode == 1
    (line,) = [x for x in ran.stderr.splitlines() if x.startswith(ONE_LINE)]
    assert line.endswith(": the disk is full"), ran.stderr
    assert "Traceback" not in ran.stderr and "Discord" not in ran.stderr


def test_migrate_says_only_its_own_line(tmp_path) -> None:
    done = run_bot("migrate", DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'q.sqlite3'}")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # no "database schema at head" from the engine
    assert done.stdout.splitlines() == [
        f"database schema is current: sqlite+aiosqlite:///{tmp_path / 'q.sqlite3'}"
    ]


async def test_three_starts_at_once_migrate_an_empty_postgres_once(cluster: Cluster) -> None:
    """Three shards starting together on an empty database: one migrates, the others wait
    (an advisory lock) and find the schema current; none fails."""
    await admin(cluster, "CREATE DATABASE together")
    url = database(cluster, "together")
    await asyncio.gather(*(prepare(url) for _ in range(3)))
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            versions = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    finally:
        await engine.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert [v for (v,) in versions] == [head]
