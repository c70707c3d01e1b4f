"""The tables, as SQLAlchemy Core: the Alembic revisions create exactly these."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

# stable constraint names, so later migrations can address them on both engines
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant stored as UTC and always read back as an aware UTC datetime.

    SQLite has no time-zone type: its column holds naive UTC (so text order is time order);
    PostgreSQL holds ``timestamptz``. Naive datetimes are refused on the way in.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        """Aware UTC in; naive UTC for SQLite."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: pass an aware UTC instant")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        """Always aware UTC out."""
        del dialect
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


# a server's standing request: post in `channel_id` `before_s` seconds before each meet
follows = Table(
    "follows",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False, index=True),
    Column("channel_id", BigInteger, nullable=False),
    Column("role_id", BigInteger, nullable=True),
    Column("kind", String(8), nullable=False),  # "meet" | "athlete"
    Column("target", String(100), nullable=False),  # a meet id or a person id of the store
    Column("before_s", Integer, nullable=False),
    Column("created_by", BigInteger, nullable=True),  # cleared by /forget-me
    Column("created_at", UTCDateTime(), nullable=False),
    # what the follow follows by name when it was made: shown if the store drops it
    Column("target_name", String(200), nullable=True),
    # the server's Discord locale: posts are worded in it by whichever process sends them
    Column("locale", String(16), nullable=True),
    # digest of the reminders last planned: a re-plan with nothing new skips the follow
    Column("plan_digest", String(32), nullable=True),
    UniqueConstraint("guild_id", "kind", "target", "channel_id"),
)

# one row per (follow, meet) or (user, meet): what to post, when, and whether it was posted
reminders = Table(
    "reminders",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("follow_id", Integer, ForeignKey("follows.id", ondelete="CASCADE"), nullable=True),
    Column("user_id", BigInteger, nullable=True),  # personal reminders: sent by DM
    Column("meet_id", String(100), nullable=False),
    Column("label", String(100), nullable=False),  # a key: "first_day", "final:1500m"
    # the meet's name when a personal reminder was made: said if the store drops the meet
    Column("meet_name", String(200), nullable=True),
    Column("target_at", UTCDateTime(), nullable=False),
    Column("due_at", UTCDateTime(), nullable=False),
    Column("before_s", Integer, nullable=False),
    # pending | claimed | sent | dropped (cannot be delivered, or too late) | missed (the
    # bot was down through its time; its results are still posted)
    Column("status", String(8), nullable=False, default="pending"),
    Column("claimed_by", String(64), nullable=True),
    Column("claimed_at", UTCDateTime(), nullable=True),
    UniqueConstraint("follow_id", "meet_id"),
    UniqueConstraint("user_id", "meet_id"),
    Index("ix_reminders_status_due", "status", "due_at"),
)

# the Discord scheduled event created for a meet in a server (never two)
server_events = Table(
    "server_events",
    metadata,
    Column("guild_id", BigInteger, primary_key=True),
    Column("meet_id", String(100), primary_key=True),
    Column("event_id", BigInteger, nullable=False),
    Column("signature", String(64), nullable=False),  # digest of what was sent to Discord
)

# "results are in" for this follow and meet: claimed by one process, then posted (or dropped)
results_posted = Table(
    "results_posted",
    metadata,
    Column("follow_id", Integer, ForeignKey("follows.id", ondelete="CASCADE"), primary_key=True),
    Column("meet_id", String(100), primary_key=True),
    Column("posted_at", UTCDateTime(), nullable=False),  # when first claimed (app clock)
    Column("status", String(8), nullable=False, server_default="posted"),  # claimed|posted|dropped
    Column("claimed_by", String(64), nullable=True),
    Column("claimed_at", UTCDateTime(), nullable=True),  # the database's clock (a lease)
)

# a fan's report of a mistake (bot.reports): what they wrote and the answer it was made on
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", BigInteger, nullable=False, index=True),
    Column("guild_id", BigInteger, nullable=True),
    Column("channel_id", BigInteger, nullable=True),
    Column("locale", String(16), nullable=False),  # the reporter's language, for the DM
    Column("created_at", UTCDateTime(), nullable=False),
    Column("what", Text, nullable=False),
    Column("link", String(500), nullable=True),
    Column("command", String(32), nullable=True),  # the answer: None for a bare /report
    Column("options", Text, nullable=True),  # JSON of the options as asked
    Column("answered_at", UTCDateTime(), nullable=True),  # the bot's clock then
    Column("store_version", String(16), nullable=True),
    Column("facts_as_of", Date, nullable=True),
    Column("status", String(8), nullable=False),  # open | closed
    Column("closed_at", UTCDateTime(), nullable=True),
    Column("note", Text, nullable=True),
    Column("told", String(16), nullable=True),  # how the reporter heard of the closing
    Index("ix_reports_status", "status"),
)

# reports made per user and UTC day: the daily limit, counted by one atomic upsert
report_quota = Table(
    "report_quota",
    metadata,
    Column("user_id", BigInteger, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("used", Integer, nullable=False),
)
