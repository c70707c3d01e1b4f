"""Follows, reminders, server events and results posts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the four tables."""
    op.create_table(
        "follows",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("channel_id", sa.BigInteger, nullable=False),
        sa.Column("role_id", sa.BigInteger, nullable=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("target", sa.String(100), nullable=False),
        sa.Column("before_s", sa.Integer, nullable=False),
        sa.Column("created_by", sa.BigInteger, nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_follows"),
        sa.UniqueConstraint("guild_id", "kind", "target", "channel_id", name="uq_follows_guild_id"),
    )
    op.create_index("ix_follows_guild_id", "follows", ["guild_id"])
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("follow_id", sa.Integer, nullable=True),
        sa.Column("user_id", sa.BigInteger, nullable=True),
        sa.Column("meet_id", sa.String(100), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("target_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("before_s", sa.Integer, nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
        sa.ForeignKeyConstraint(
            ["follow_id"],
            ["follows.id"],
            ondelete="CASCADE",
            name="fk_reminders_follow_id_follows",
        ),
        sa.UniqueConstraint("follow_id", "meet_id", name="uq_reminders_follow_id"),
        sa.UniqueConstraint("user_id", "meet_id", name="uq_reminders_user_id"),
    )
    op.create_index("ix_reminders_status_due", "reminders", ["status", "due_at"])
    op.create_table(
        "server_events",
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("meet_id", sa.String(100), nullable=False),
        sa.Column("event_id", sa.BigInteger, nullable=False),
        sa.Column("signature", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "meet_id", name="pk_server_events"),
    )
    op.create_table(
        "results_posted",
        sa.Column("follow_id", sa.Integer, nullable=False),
        sa.Column("meet_id", sa.String(100), nullable=False),
        sa.Column("posted_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("follow_id", "meet_id", name="pk_results_posted"),
        sa.ForeignKeyConstraint(
            ["follow_id"],
            ["follows.id"],
            ondelete="CASCADE",
            name="fk_results_posted_follow_id_follows",
        ),
    )


def downgrade() -> None:
    """Drop them."""
    for table in ("results_posted", "server_events", "reminders", "follows"):
        op.drop_table(table)
