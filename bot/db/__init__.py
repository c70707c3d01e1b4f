"""Storage for follows, reminders and server events: SQLAlchemy 2 (async) with Alembic.

``bot.db.url`` is import-light (the settings use it); ``bot.db.engine`` and ``bot.db.schema``
load SQLAlchemy and Alembic only where the database is used.
"""
