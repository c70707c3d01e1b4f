"""What is wrong with the knowledge files: located problems, and the error that carries them."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass

EXCERPT_CHARS = 60


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge files, located as precisely as possible."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f" [{self.record}]"
        if self.field:
            where += f" {self.field}"
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge directory is invalid; ``problems`` lists everything found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in knowledge:\n" + self.report())

    def report(self, limit: int = 50) -> str:
        """The problems as lines, at most ``limit`` of them."""
        lines = [f"  - {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return "\n".join(lines)


def _short_repr() -> reprlib.Repr:
    short = reprlib.Repr()
    short.maxstring = short.maxother = EXCERPT_CHARS
    short.maxlist = short.maxtuple = short.maxdict = short.maxset = 3
    short.maxlevel = 1
    return short


_SHORT = _short_repr()


def bounded_repr(value: object) -> str:
    """A value for a message: a ``repr`` of bounded length, however large the value.

    A problem names a rejected value, never prints it whole: a field may hold megabytes, and
    ``repr`` of a nested value would cost its whole size first.
    """
    return _SHORT.repr(value)
