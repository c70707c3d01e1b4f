"""Alembic environment: runs on the connection handed over by ``bot.db.engine.migrate``."""

from __future__ import annotations

from alembic import context

from bot.db.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters tables by copying them: later revisions need batch mode there
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
