"""Helpers for the curation tests: a scratch copy of the store, a race taken out, ``add`` run."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from bot.curate.cli import run_add_args
from bot.curate.prompt import Prompter
from bot.curate.yaml_text import spans

from .conftest import KNOWLEDGE

PRINTED = Path(__file__).parent / "curate"


@dataclass
class Ran:
    """What one ``add`` command printed, and its exit code."""

    code: int
    out: str
    err: str


def copy_store(target: Path) -> Path:
    """A scratch copy of the shipped store (tests never write the real one)."""
    shutil.copytree(KNOWLEDGE, target)
    return target


def take_out(folder: Path, race_id: str) -> None:
    """Remove a race from a scratch store, as if its results had never been added."""
    path = folder / "races.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    (span,) = [s for s in spans(text) if s.data["id"] == race_id]
    path.write_text("".join(lines[: span.start] + lines[span.end :]), encoding="utf-8")


def printed(name: str) -> tuple[str, str]:
    """A results table as its source prints it (tests/curate/NAME.txt): (its URL, the text)."""
    first, _, text = (PRINTED / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    return first.removeprefix("# "), text


def add(folder: Path, *argv: str, table: str = "", prompter: Prompter | None = None) -> Ran:
    """Run ``python -m bot add ...`` in-process on ``folder``."""
    out, err = io.StringIO(), io.StringIO()
    code = run_add_args(
        list(argv), folder, stdin=io.StringIO(table), out=out, err=err, prompter=prompter
    )
    return Ran(code, out.getvalue(), err.getvalue())


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every knowledge file's bytes, to show nothing was written."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}
