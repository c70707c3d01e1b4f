"""Time passing for a lease: claims back-dated on the database's own clock."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine


async def age_claims(
    engine: AsyncEngine, by: dt.timedelta, table: str = "reminders", worker: str | None = None
) -> None:
    """Make the claims in ``table`` (one worker's, or all) ``by`` older, as if that much time
    had passed for them."""
    seconds = by.total_seconds()
    if engine.dialect.name == "sqlite":
        moved = f"strftime('%Y-%m-%d %H:%M:%f', claimed_at, '-{seconds:.3f} seconds')"
    else:
        moved = f"claimed_at - interval '{seconds:.3f} seconds'"
    async with engine.begin() as conn:
        mine = " AND claimed_by = :worker" if worker else ""
        await conn.execute(
            text(f"UPDATE {table} SET claimed_at = {moved} WHERE status = 'claimed'{mine}"),
            {"worker": worker} if worker else {},
        )
