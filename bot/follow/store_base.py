"""What every part of the follow store shares: the engine, this process's name, write locks."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.clock import db_now
from bot.follow.records import Planned

# a claim not renewed within this time (on the database's clock) is a dead process's
LEASE = dt.timedelta(seconds=60)

# PostgreSQL advisory lock keys (namespace, key): SQLite holds its one write lock from BEGIN
REPLAN_LOCK = 1
FOLLOW_LIMIT_LOCK = 2
REMIND_LIMIT_LOCK = 3


class StoreBase:
    """The engine, the worker name that stamps claims, and transactions that lock."""

    def __init__(
        self, engine: AsyncEngine, *, worker: str | None = None, lease: dt.timedelta = LEASE
    ) -> None:
        self.engine = engine
        self.lease = lease  # shorter only in the process-level fault tests
        self.dialect = engine.dialect.name
        # names this process in claims (logs and the restart tests read it)
        self.worker = worker or uuid.uuid4().hex[:16]

    @contextlib.asynccontextmanager
    async def write(
        self, namespace: int | None = None, key: int = 0
    ) -> AsyncIterator[AsyncConnection]:
        """A write transaction, serialised per (namespace, key) on PostgreSQL.

        The lock is held to the end of the transaction, so a count and the insert it allows
        (a limit), or a read of the plans and their update (a re-plan), are one step for
        every process. SQLite's BEGIN IMMEDIATE (``bot.db.engine``) serialises all writers.
        """
        async with self.engine.begin() as conn:
            if namespace is not None and self.dialect == "postgresql":
                await conn.execute(
                    text("SELECT pg_advisory_xact_lock(:namespace, :key)"),
                    {"namespace": namespace, "key": key % 2**31},
                )
            yield conn

    def insert(self, table: Table) -> Any:
        """INSERT with this engine's ON CONFLICT support."""
        dialect = postgresql if self.dialect == "postgresql" else sqlite
        return dialect.insert(table)

    def now(self, offset: dt.timedelta = dt.timedelta()) -> Any:
        """The database's clock (leases), ``offset`` later."""
        return db_now(self.dialect, offset.total_seconds())


def plan_digest(planned: Iterable[Planned]) -> str:
    """A digest of a follow's planned reminders: equal digests, nothing to re-plan."""
    text_ = "\n".join(
        sorted(f"{p.meet_id}\t{p.label}\t{p.target_at.isoformat()}\t{p.before_s}" for p in planned)
    )
    return hashlib.blake2b(text_.encode(), digest_size=16).hexdigest()


def batches(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    """``items`` in slices of ``size`` (bound parameters stay under every engine's cap)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def plan_values(planned: Planned) -> dict[str, Any]:
    """A reminder row's columns for a plan, pending again."""
    return {
        "meet_id": planned.meet_id,
        "label": planned.label,
        "target_at": planned.target_at,
        "due_at": planned.due_at,
        "before_s": planned.before_s,
        "status": "pending",
        "claimed_by": None,
        "claimed_at": None,
    }
