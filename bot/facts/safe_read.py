"""Read a file only when it is a regular file of bounded size: never block, never stream.

A FIFO in place of a knowledge file would block ``open`` until a writer comes (forever, and a
reload would hold its lock meanwhile); ``/dev/zero`` would stream without end. The file is
opened without blocking, and its type and size are checked on the open descriptor before a
byte is read, so a file swapped after the check is still the file that was checked.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileRefused(Exception):
    """The file cannot be used; the message says why, in a few words."""


def read_regular(path: Path, limit: int) -> bytearray:
    """The bytes of ``path`` (links followed) if it is a regular file of at most ``limit`` bytes.

    A ``bytearray``, so a reader can cut a header off the front without copying the rest.

    Raises :class:`FileRefused` when it is missing, unreadable, not a regular file, or too large.
    """
    try:
        # refused before opening: opening some devices is itself an action
        _require_regular(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FileRefused("file is missing") from None
    except OSError as error:
        raise FileRefused(f"cannot be read ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        _require_regular(info.st_mode)  # again: the path may have been swapped meanwhile
        if info.st_size > limit:
            raise FileRefused(
                f"file is {info.st_size // (1024 * 1024)} MB; "
                f"the limit is {limit // (1024 * 1024)} MB"
            )
        # one byte more than the size tells a file that grew since fstat
        data = bytearray(info.st_size + 1)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            got = handle.readinto(data)
        if got > info.st_size:
            raise FileRefused("file is changing while it is read")
        del data[got:]
        return data
    except OSError as error:
        raise FileRefused(f"cannot be read ({error.strerror})") from None
    finally:
        os.close(fd)


def _require_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        what = next((name for test, name in _KINDS if test(mode)), "not a file")
        raise FileRefused(f"cannot be read (it is {what}, not a regular file)")
