"""Hostile knowledge files, made in a copy of knowledge/: shared by the tests and the benchmark.

Each maker takes the copy's folder and replaces or rewrites one file in it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[Path], None]


def bomb(field: str) -> Maker:
    """A billion-laughs quotes.yaml, its last level placed in ``field`` of a quote.

    Each anchor repeats the one before ten times: 10^9 strings once expanded.
    """

    def write(folder: Path) -> None:
        lines = ["- id: level-0\n  x: &l0 [lol]\n"]
        for level in range(1, 10):
            items = ", ".join([f"*l{level - 1}"] * 10)
            lines.append(f"- id: level-{level}\n  x: &l{level} [{items}]\n")
        lines.append("- id: bomb\n  speaker: josh-kerr\n  context: c\n  source: s\n  text: t\n")
        lines.append(f"  {field}: *l9\n")
        (folder / "quotes.yaml").write_text("".join(lines), "utf-8")

    return write


def amplification(folder: Path) -> None:
    """A races.yaml of 3,000 records aliasing one 2,000-row list."""
    rows = "".join(f"    - {{athlete: josh-kerr, note: row {i}}}\n" for i in range(2000))
    head = "- id: r0\n  meet: m\n  event: 1500m\n  round: final\n  source: s\n  results: &rows\n"
    rest = "".join(
        f"- id: r{i}\n  meet: m\n  event: 1500m\n  round: final\n  source: s\n  results: *rows\n"
        for i in range(1, 3000)
    )
    (folder / "races.yaml").write_text(head + rows + rest, "utf-8")


def fifo(folder: Path) -> None:
    """quotes.yaml as a FIFO with no writer: opening it for reading blocks."""
    (folder / "quotes.yaml").unlink()
    os.mkfifo(folder / "quotes.yaml")


def dev_zero(folder: Path) -> None:
    """quotes.yaml as a link to /dev/zero: endless bytes."""
    (folder / "quotes.yaml").unlink()
    (folder / "quotes.yaml").symlink_to("/dev/zero")


# (what, how, the file named in the refusal, words of the refusal)
HOSTILE_FILES: list[tuple[str, Maker, str, str]] = [
    ("alias bomb in a string field", bomb("context"), "quotes.yaml", "aliases"),
    ("alias bomb in a list of strings", bomb("topics"), "quotes.yaml", "aliases"),
    ("3,000 records aliasing one list", amplification, "races.yaml", "aliases"),
    ("a FIFO", fifo, "quotes.yaml", "FIFO"),
    ("a link to /dev/zero", dev_zero, "quotes.yaml", "device"),
]
