"""Exactly once: server locale and plan digest on follows, results posts claimed, label keys.

Revision ID: 0002_exactly_once
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.schema import UTCDateTime

revision = "0002_exactly_once"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the columns; store reminder labels as keys instead of English words."""
    op.add_column("follows", sa.Column("target_name", sa.String(200), nullable=True))
    op.add_column("reminders", sa.Column("meet_name", sa.String(200), nullable=True))
    op.add_column("follows", sa.Column("locale", sa.String(16), nullable=True))
    op.add_column("follows", sa.Column("plan_digest", sa.String(32), nullable=True))
    # rows already there were posted under the old rule (marked, then posted)
    op.add_column(
        "results_posted",
        sa.Column("status", sa.String(8), nullable=False, server_default="posted"),
    )
    op.add_column("results_posted", sa.Column("claimed_by", sa.String(64), nullable=True))
    op.add_column("results_posted", sa.Column("claimed_at", UTCDateTime(), nullable=True))
    op.execute("UPDATE reminders SET label = 'first_day' WHERE label = 'first day'")
    # "1500m final" -> "final:1500m"
    op.execute(
        "UPDATE reminders SET label = 'final:' || substr(label, 1, length(label) - 6) "
        "WHERE label LIKE '% final'"
    )


def downgrade() -> None:
    """Back to 0001: English labels, no claims on results, no locale or digest."""
    op.execute(
        "UPDATE reminders SET label = substr(label, 7) || ' final' WHERE label LIKE 'final:%'"
    )
    op.execute("UPDATE reminders SET label = 'first day' WHERE label = 'first_day'")
    with op.batch_alter_table("reminders") as batch:
        batch.drop_column("meet_name")
    with op.batch_alter_table("results_posted") as batch:
        for column in ("claimed_at", "claimed_by", "status"):
            batch.drop_column(column)
    with op.batch_alter_table("follows") as batch:
        for column in ("plan_digest", "locale", "target_name"):
            batch.drop_column(column)
