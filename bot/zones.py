"""Time zones by name, each loaded once."""

from __future__ import annotations

import functools
from zoneinfo import ZoneInfo


@functools.cache
def time_zone(name: str) -> ZoneInfo:
    """The zone ``name`` (an IANA key such as "Europe/Oslo"), loaded once per process.

    ``ZoneInfo(name)`` keeps only a few zones strongly: with more meets' zones than that, every
    countdown re-read the tz file from disk (a third of /next-race's time).
    """
    return ZoneInfo(name)
