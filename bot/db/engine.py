"""One async engine from ``DATABASE_URL``, and the Alembic upgrade run on start and by CLI."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.db.errors import unusable

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# any constant: PostgreSQL serialises concurrent upgrades (several shards starting at once)
MIGRATION_LOCK = 7_150_015


def url_without_password(url: str) -> str:
    """The URL without its password, for logs and errors."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str) -> AsyncEngine:
    """An async engine; for SQLite the file's folder is created and foreign keys switched on."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # wait for another process's write instead of failing at once
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_async_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
    return engine


def _sqlite_begin(connection: Connection) -> None:
    # every transaction takes SQLite's one write lock at BEGIN (waiting up to the timeout):
    # a read-then-write transaction (re-plan, a limit's count and insert, a migration) never
    # fails half-way on another process's commit, and DDL is transactional (a migration that
    # fails, e.g. on a full disk, leaves the schema as it was)
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_pragmas(dbapi_connection: Any, record: Any) -> None:
    del record
    cursor = dbapi_connection.cursor()
    # ON DELETE CASCADE needs it; WAL lets readers run beside the one writer; in WAL mode
    # NORMAL syncs at checkpoints, not at every commit: a crash of the process loses nothing,
    # a power cut may lose the last commits (at worst a reminder is posted twice)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # the driver's own implicit BEGIN off: SQLAlchemy's "begin" event issues BEGIN IMMEDIATE
    dbapi_connection.isolation_level = None


def alembic_config() -> Config:
    """Alembic's configuration, pointing at the revisions shipped in the package."""
    from alembic.config import Config  # loaded only where the schema is changed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    # one transaction: PostgreSQL serialises concurrent upgrades with the advisory lock,
    # SQLite with BEGIN IMMEDIATE; the second finds the schema current
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
    # a schema already current writes nothing: prove the database takes a write, so a
    # read-only database or a full disk is said at start, not at the first reminder
    connection.execute(text("UPDATE alembic_version SET version_num = version_num"))


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Create or upgrade the schema to ``revision`` (idempotent; safe from several processes).

    Raises :class:`DatabaseUnusable` (one line naming the database and what is wrong) when
    the database cannot be reached, entered, written or understood.
    """
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade, revision)
    except Exception as error:
        raise unusable(str(engine.url.render_as_string(hide_password=False)), error) from error
    # quiet: `migrate` and the start say it in their own words
    log.debug("database schema at %s (%s)", revision, url_without_password(str(engine.url)))


async def prepare(url: str) -> None:
    """Migrate the database at ``url`` and prove it takes a write, on its own engine.

    The start runs it before connecting to Discord, so a database fault is said as one
    :class:`DatabaseUnusable` line and never blamed on Discord.
    """
    try:
        engine = make_engine(url)  # for SQLite, creates the file's folder
    except OSError as error:
        raise unusable(url, error) from error
    try:
        await migrate(engine)
    finally:
        await engine.dispose()
