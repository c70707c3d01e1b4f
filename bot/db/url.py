"""Where the database is: light enough to import with the settings (no SQLAlchemy)."""

from __future__ import annotations

import os
from pathlib import Path


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/rivalry-bot`` (``~/.local/share/rivalry-bot``), beside the cache's home."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "rivalry-bot"


def database_url(url: str | None, data_dir: Path | None = None) -> str:
    """The URL to use: the one given, else an SQLite file in the data folder."""
    if url:
        return url
    folder = data_dir or default_data_dir()
    return f"sqlite+aiosqlite:///{folder / 'rivalry.sqlite3'}"
