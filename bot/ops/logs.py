"""Logging as the place the bot runs in reads it: colours on a terminal only, or JSON lines."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from typing import TextIO

TEXT = "[{asctime}] [{levelname:<8}] {name}: {message}"
# Alembic logs each step of every upgrade at INFO ("Context impl", "Will assume transactional
# DDL"): noise on every start; the bot logs one line of its own when the schema is current
QUIET = {"alembic": logging.WARNING}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what log platforms index (``LOG_FORMAT=json``)."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as ``{"time", "level", "logger", "message"[, "exception"]}``."""
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def wants_colour(stream: TextIO) -> bool:
    """Colours only on a terminal, and never with ``NO_COLOR`` set (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def formatter_for(log_format: str, stream: TextIO) -> logging.Formatter:
    """JSON, or text with colours when ``auto`` and the stream is a terminal."""
    if log_format == "json":
        return JsonFormatter()
    if log_format == "auto" and wants_colour(stream):
        # discord.py's own colour formatter, as the bot always used on a terminal (imported
        # here: a subcommand that never talks to Discord does not load it only to log)
        import discord.utils

        return discord.utils._ColourFormatter()
    return logging.Formatter(TEXT, "%Y-%m-%d %H:%M:%S", style="{")


def setup_logging(level: str, log_format: str = "auto", stream: TextIO | None = None) -> None:
    """One handler on the root logger, in place of any earlier one (a second call replaces)."""
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter_for(log_format, stream))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_rivalry", False):
            root.removeHandler(old)
    handler._rivalry = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.getLevelName(level.upper()))
    for name, quiet in QUIET.items():
        # at DEBUG the operator asked for everything
        logging.getLogger(name).setLevel(logging.DEBUG if level.upper() == "DEBUG" else quiet)
