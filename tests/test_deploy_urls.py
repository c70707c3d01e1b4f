"""DATABASE_URL as hosts give it: every usable form to the engine's, every other in one line."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.db.engine import make_engine
from bot.db.url import DatabaseUrlError, engine_url, masked, sqlite_path

from .conftest import postgres_missing, run_bot

SECRET = "s3cr3t-pw"


@pytest.mark.parametrize(
    ("given", "engine_form"),
    [
        # Heroku, Fly.io and Render inject postgres://; Neon adds channel_binding
        (
            f"postgres://bob:{SECRET}@db.example.com:5432/app",
            f"postgresql+asyncpg://bob:{SECRET}@db.example.com:5432/app",
        ),
        (
            f"postgresql://bob:{SECRET}@ep-x.neon.tech/neondb?sslmode=require&channel_binding=require",
            f"postgresql+asyncpg://bob:{SECRET}@ep-x.neon.tech/neondb?ssl=require",
        ),
        (
            "postgresql+asyncpg://bob@/app?host=/run/postgresql",
            "postgresql+asyncpg://bob@/app?host=/run/postgresql",
        ),
        (
            "postgres://bob:p%40ss@h/app?ssl=true",
            "postgresql+asyncpg://bob:p%40ss@h/app?ssl=require",
        ),
        ("postgres://bob:p@ss@h/app", "postgresql+asyncpg://bob:p%40ss@h/app"),
        ("postgresql://h/app?sslmode=verify-full", "postgresql+asyncpg://h/app?ssl=verify-full"),
        ("postgresql+psycopg2://bob@[::1]:5433/app", "postgresql+asyncpg://bob@[::1]:5433/app"),
        ("postgres://h/app?user=bob&password=pw", "postgresql+asyncpg://bob:pw@h/app"),
        ("sqlite:////srv/bot/rivalry.db", "sqlite+aiosqlite:////srv/bot/rivalry.db"),
        ("sqlite+aiosqlite:///rel.db", "sqlite+aiosqlite:///rel.db"),
    ],
)
def test_usable_forms_become_the_engines(given: str, engine_form: str) -> None:
    assert engine_url(given) == engine_form


@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("garbage", "is not a URL"),
        (f"mysql://bob:{SECRET}@h/app", "'mysql'"),
        (f"postgres://bob:{SECRET}@h:99999/app", "host or port"),
        (f"postgres://bob:{SECRET}/x@h/app", "host or port"),  # an unescaped / in a password
        (f"postgres://bob:{SECRET}@h/app?sslmode=maybe", "sslmode='maybe'"),
        (f"postgres://h/app?options=-c%20x&password={SECRET}", "'options'"),
        (f"postgresql+psycopg3000://bob:{SECRET}@h/app", "driver 'psycopg3000'"),
        (f"bob:{SECRET}@h/app", "is not a URL"),
    ],
)
def test_unusable_urls_are_one_masked_line(given: str, why: str) -> None:
    with pytest.raises(DatabaseUrlError) as refused:
        engine_url(given)
    message = str(refused.value)
    assert "\n" not in message and SECRET not in message
    assert why in message and "expected postgresql://" in message and "sqlite:///" in message


def test_the_command_line_says_it_in_one_line_and_stops() -> None:
    done = run_bot("check", DATABASE_URL=f"mysql://bob:{SECRET}@h/app")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "DATABASE_URL mysql://bob:***@h/app uses 'mysql', a database the bot does not support: "
        "expected postgresql://USER:PASSWORD@HOST:5432/DB (postgres:// and "
        "postgresql+asyncpg:// too) or sqlite:///PATH"
    ]


def test_masking_keeps_everything_but_the_password() -> None:
    assert (
        masked("postgres://u:a@b/c@h:1/d?sslmode=require")
        == "postgres://u:***@h:1/d?sslmode=require"
    )
    assert masked("postgres://u@h/d?password=x") == "postgres://u@h/d?password=***"
    assert sqlite_path("sqlite+aiosqlite:////srv/x.db").as_posix() == "/srv/x.db"  # type: ignore[union-attr]
    assert sqlite_path("postgresql+asyncpg://h/d") is None


async def test_a_hosts_postgres_url_connects(postgres_url: str | None) -> None:
    """The libpq form with sslmode reaches a real server through asyncpg."""
    if postgres_url is None:
        pytest.skip(f"PostgreSQL case skipped: {postgres_missing()}")
    hosts_form = postgres_url.replace("postgresql+asyncpg://", "postgres://", 1)
    hosts_form += ("&" if "?" in hosts_form else "?") + "sslmode=disable&channel_binding=prefer"
    engine = make_engine(engine_url(hosts_form))
    try:
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()
