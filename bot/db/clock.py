"""The database's own clock, for leases: every process compares claims on one clock.

A claim's lease is stamped and judged by the database, not by the process: a process whose
clock runs ahead (or a VM resumed with a stale clock) cannot take another's live claim.
Instants are written the way each engine stores ``UTCDateTime`` (naive UTC text on SQLite,
``timestamptz`` on PostgreSQL), so they compare with each other in SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DateTime, func, literal_column, text
from sqlalchemy.sql.elements import ColumnElement


def db_now(dialect: str, offset_s: float = 0.0) -> ColumnElement[Any]:
    """The database's current UTC instant, ``offset_s`` seconds later (negative: earlier)."""
    if dialect == "sqlite":
        # same text shape as stored instants (``YYYY-MM-DD HH:MM:SS.fff``): text order is time
        return func.strftime("%Y-%m-%d %H:%M:%f", "now", f"{offset_s:+.3f} seconds")
    # clock_timestamp(): the instant of the statement, not of its transaction's start
    base: ColumnElement[Any] = literal_column("clock_timestamp()", DateTime(timezone=True))
    if offset_s:
        return base + text(f"interval '{offset_s:.3f} seconds'")
    return base
