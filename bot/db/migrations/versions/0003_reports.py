"""Fans' reports of mistakes, and their daily count per user.

Revision ID: 0003_reports
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.schema import UTCDateTime

revision = "0003_reports"
# it only adds its own two tables
down_revision = "0002_exactly_once"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``reports`` and ``report_quota``."""
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger, nullable=True),
        sa.Column("channel_id", sa.BigInteger, nullable=True),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("link", sa.String(500), nullable=True),
        sa.Column("command", sa.String(32), nullable=True),
        sa.Column("options", sa.Text, nullable=True),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("store_version", sa.String(16), nullable=True),
        sa.Column("facts_as_of", sa.Date, nullable=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("told", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
    )
    op.create_index("ix_reports_user_id", "reports", ["user_id"])
    op.create_index("ix_reports_status", "reports", ["status"])
    op.create_table(
        "report_quota",
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("used", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("user_id", "day", name="pk_report_quota"),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("report_quota")
    op.drop_index("ix_reports_status", table_name="reports")
    op.drop_index("ix_reports_user_id", table_name="reports")
    op.drop_table("reports")
