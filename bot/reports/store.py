"""Reports in the database: every read and write, each one short transaction.

The daily limit is kept by the database itself: one upsert adds one to the user's count for
the day only while it is under the limit, in the same transaction as the report's insert. Two
reports sent at once (two shards, two clicks) can never both pass a check made before either
was written, on SQLite (one writer) or PostgreSQL (the row lock of ``ON CONFLICT DO UPDATE``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.schema import report_quota, reports
from bot.reports.records import Asked, Report, ReportError


class ReportStore:
    """Add, list, close and forget reports."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def add(
        self,
        *,
        user_id: int,
        what: str,
        link: str | None,
        asked: Asked,
        now: dt.datetime,
        limit: int,
        locale: str = "en-GB",
        guild_id: int | None = None,
        channel_id: int | None = None,
    ) -> Report:
        """Save a cleaned report; refuses the user's report past ``limit`` this UTC day."""
        day = now.astimezone(dt.UTC).date()
        async with self.engine.begin() as conn:
            if not await _count_one(conn, user_id, day, limit):
                raise ReportError("report.limit", limit=limit)
            row = (
                await conn.execute(
                    insert(reports).returning(*reports.c),
                    {
                        "user_id": user_id,
                        "guild_id": guild_id,
                        "channel_id": channel_id,
                        "locale": locale[:16],
                        "created_at": now,
                        "what": what,
                        "link": link,
                        "command": asked.command,
                        "options": json.dumps(asked.options, ensure_ascii=False)
                        if asked.command
                        else None,
                        "answered_at": asked.answered_at,
                        "store_version": asked.store_version,
                        "facts_as_of": asked.facts_as_of,
                        "status": "open",
                    },
                )
            ).one()
        return report_of_row(row._mapping)

    async def open_reports(self) -> list[Report]:
        """Every open report, oldest first."""
        query = select(reports).where(reports.c.status == "open").order_by(reports.c.id)
        async with self.engine.connect() as conn:
            return [report_of_row(row._mapping) for row in await conn.execute(query)]

    async def get(self, number: int) -> Report | None:
        """Report ``number``, open or closed."""
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(reports).where(reports.c.id == number))).first()
        return report_of_row(row._mapping) if row else None

    async def close(self, number: int, note: str | None, now: dt.datetime) -> Report | None:
        """Close an open report with a note; None when it is not open (or not there)."""
        async with self.engine.begin() as conn:
            row = (
                await conn.execute(
                    update(reports)
                    .where(reports.c.id == number, reports.c.status == "open")
                    .values(status="closed", closed_at=now, note=note)
                    .returning(*reports.c)
                )
            ).first()
        return report_of_row(row._mapping) if row else None

    async def mark_told(self, number: int, told: str) -> None:
        """Record how the reporter heard of the closing (``dm``, ``dm-refused``, ``no-token``…)."""
        async with self.engine.begin() as conn:
            await conn.execute(update(reports).where(reports.c.id == number).values(told=told))

    async def forget_user(self, user_id: int) -> int:
        """Delete a user's reports and daily counts (``/forget-me``); returns reports deleted."""
        async with self.engine.begin() as conn:
            deleted = await conn.execute(delete(reports).where(reports.c.user_id == user_id))
            await conn.execute(delete(report_quota).where(report_quota.c.user_id == user_id))
        return deleted.rowcount or 0


async def _count_one(conn: AsyncConnection, user_id: int, day: dt.date, limit: int) -> bool:
    """Add one to the user's count for ``day`` if it is under ``limit``; False when it is not."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    upsert = dialect.insert(report_quota).values(user_id=user_id, day=day, used=1)
    upsert = upsert.on_conflict_do_update(
        index_elements=[report_quota.c.user_id, report_quota.c.day],
        set_={"used": report_quota.c.used + 1},
        where=report_quota.c.used < limit,
    ).returning(report_quota.c.used)
    # the earlier days' counts of this user are no longer needed
    await conn.execute(
        delete(report_quota).where(report_quota.c.user_id == user_id, report_quota.c.day < day)
    )
    used = (await conn.execute(upsert)).scalar_one_or_none()
    return used is not None and used <= limit


def report_of_row(row: Mapping[Any, Any]) -> Report:
    """A report from its row."""
    asked = Asked(
        command=row["command"],
        options=json.loads(row["options"]) if row["options"] else {},
        answered_at=row["answered_at"],
        store_version=row["store_version"],
        facts_as_of=row["facts_as_of"],
    )
    return Report(
        id=row["id"],
        user_id=row["user_id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        locale=row["locale"],
        created_at=row["created_at"],
        what=row["what"],
        link=row["link"],
        asked=asked,
        status=row["status"],
        closed_at=row["closed_at"],
        note=row["note"],
        told=row["told"],
    )
