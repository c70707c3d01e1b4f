"""What is wrong with a database, in one line a person can act on (never a traceback)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.db.url import sqlite_path


class DatabaseUnusable(Exception):
    """The database cannot be used: ``str()`` names it (no password) and says why."""


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        found = todo.pop()
        if found is None or id(found) in seen:
            continue
        seen.add(id(found))
        yield found
        todo += [getattr(found, "orig", None), found.__cause__, found.__context__]


WRITE_FAILED = "writing to it failed (disk I/O error)"
# SQLite says a file that may not grow (a full disk where its shared memory is made, a
# file-size limit) as a bare I/O error: the folder and the limits say which
FREE_ENOUGH = 1 << 20

# (words in the error's class name or message, what it means), checked in order
_CAUSES = (
    (("invalidpassword", "password authentication failed"), "authentication failed"),
    (("invalidcatalogname",), "that database does not exist"),
    (("invalidauthorizationspecification", 'role "'), "that user (role) does not exist"),
    (("readonly", "read-only", "attempt to write a readonly"), "it is read-only"),
    (("diskfull", "disk is full", "no space left", "database or disk is full"), "the disk is full"),
    (("disk i/o error", "file too large"), WRITE_FAILED),
    (
        ("can't locate revision", "no such revision"),
        "its schema is at a revision this code does not know (a newer release migrated it?)",
    ),
    (
        ("unable to open database file",),
        "the file cannot be opened (folder missing or no permission)",
    ),
    (("file is not a database", "malformed"), "the file is not a database or is damaged"),
    (
        (
            "connection refused",
            "connectionrefused",
            "no such file or directory",
            "could not connect",
            "timeout",
            "name or service not known",
            "temporary failure in name resolution",
            "cannotconnectnow",
            "connectionerror",
            "connection_lost",
            "connectiondoesnotexist",
        ),
        "it is unreachable",
    ),
)


def diagnose(error: BaseException) -> str:
    """What the error says about the database: "it is unreachable", "authentication failed"."""
    texts = [f"{type(e).__name__} {e}".lower() for e in _chain(error)]
    for words, meaning in _CAUSES:
        if any(word in text for text in texts for word in words):
            return meaning
    return f"it failed ({type(error).__name__})"


def unusable(url: str, error: BaseException) -> DatabaseUnusable:
    """The one-line error for ``url`` (password hidden)."""
    where = make_url(url).render_as_string(hide_password=True)
    meaning = diagnose(error)
    if meaning == WRITE_FAILED:
        meaning = _why_writes_fail(sqlite_path(url))
    return DatabaseUnusable(f"cannot use the database {where}: {meaning}")


def _why_writes_fail(path: Path | None) -> str:
    """A write failed with an I/O error: a file-size limit, a full disk, or else the disk."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource  # Unix only

        soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            return f"writing to it failed: files may not grow past {soft:,} bytes (ulimit -f)"
    if path is not None:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(path.parent).free < FREE_ENOUGH:
                return "the disk is full"
    return f"{WRITE_FAILED}: the disk may be failing"
