"""Lines typed at the console: line editing and history on a terminal, plain reading otherwise.

On a terminal, ``readline`` gives arrow keys, Ctrl-R and a history kept between sessions;
Ctrl-C drops the line being typed (a second Ctrl-C in a row leaves), as shells and REPLs do.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

PROMPT = "> "
HISTORY_LINES = 1000
LEAVE_HINT = "(Ctrl-C again, Ctrl-D or 'quit' to leave)"


def history_file() -> Path:
    """``$XDG_STATE_HOME/rivalry-bot/console_history`` (``~/.local/state/...``)."""
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "rivalry-bot" / "console_history"


def lines(stdin: TextIO, stdout: TextIO) -> Iterator[str]:
    """Each line typed (without its newline) until end of input or the user leaves."""
    if not stdin.isatty():
        yield from (line.rstrip("\n") for line in iter(stdin.readline, ""))
        return
    yield from _edited(stdout)


def _edited(stdout: TextIO) -> Iterator[str]:
    try:
        import readline
    except ImportError:  # Windows without pyreadline: input() still reads lines
        readline = None  # type: ignore[assignment]
    path = history_file()
    if readline is not None:
        with contextlib.suppress(OSError):
            readline.read_history_file(path)
        readline.set_history_length(HISTORY_LINES)
    interrupted = False
    try:
        while True:
            try:
                line = input(PROMPT)
            except KeyboardInterrupt:
                if interrupted:  # a second Ctrl-C in a row: leave
                    print(file=stdout, flush=True)
                    return
                interrupted = True
                print(f"\n{LEAVE_HINT}", file=stdout, flush=True)
                continue
            except EOFError:  # Ctrl-D
                print(file=stdout, flush=True)
                return
            interrupted = False
            yield line
    finally:
        if readline is not None:
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
                readline.write_history_file(path)
