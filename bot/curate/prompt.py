"""Questions to the curator: asked in a terminal, refused in a script.

A script (standard input not a terminal, or ``--yes``) is never asked anything: what would be
a question (an ambiguous name, a new meet) is refused with a line saying which flag answers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TextIO

from bot.curate.text import TextError, check_text


class Prompter(Protocol):
    """How a curation command asks the curator."""

    interactive: bool

    def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str | None:
        """One of ``options`` (key, label) by its key; None when none was chosen."""

    def confirm(self, question: str) -> bool:
        """Yes or no (no unless answered yes)."""

    def ask(self, question: str) -> str | None:
        """A line of text; None when nothing was typed."""


class NoPrompts:
    """A script: no question is ever answered."""

    interactive = False

    def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str | None:
        """Nothing is chosen."""
        del question, options
        return None

    def confirm(self, question: str) -> bool:
        """Nothing is confirmed."""
        del question
        return False

    def ask(self, question: str) -> str | None:
        """Nothing is typed."""
        del question
        return None


class Terminal:
    """A curator at a terminal: questions on ``out``, answers read by ``read``."""

    interactive = True

    def __init__(self, out: TextIO, read: Callable[[str], str] = input) -> None:
        self.out, self.read = out, read

    def _line(self, prompt: str) -> str | None:
        try:
            answer = self.read(prompt).strip()
        except EOFError:
            return None
        try:
            return check_text(answer, what="the answer", limit=300)
        except TextError as error:
            print(error, file=self.out)
            return None

    def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str | None:
        """Numbered options; the number, or the key itself, picks one."""
        print(question, file=self.out)
        for number, (_, label) in enumerate(options, 1):
            print(f"  {number}) {label}", file=self.out)
        answer = self._line("number (Enter for none): ")
        if not answer:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return options[int(answer) - 1][0]
        keys = {key for key, _ in options}
        return answer if answer in keys else None

    def confirm(self, question: str) -> bool:
        """Yes for "y" or "yes" (or the Norwegian "j", "ja")."""
        return (self._line(f"{question} [y/N] ") or "").lower() in ("y", "yes", "j", "ja")

    def ask(self, question: str) -> str | None:
        """A line, or None for an empty one."""
        return self._line(f"{question}: ") or None


class Scripted:
    """Answers given in advance, in order (tests, and a curator's saved answers)."""

    interactive = True

    def __init__(self, answers: Sequence[str]) -> None:
        self._answers: Iterator[str] = iter(answers)
        self.asked: list[str] = []

    def _next(self, question: str) -> str | None:
        self.asked.append(question)
        return next(self._answers, None) or None

    def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str | None:
        """The next answer, when it is one of the keys."""
        answer = self._next(question)
        return answer if answer in {key for key, _ in options} else None

    def confirm(self, question: str) -> bool:
        """The next answer is "y"."""
        return self._next(question) == "y"

    def ask(self, question: str) -> str | None:
        """The next answer."""
        return self._next(question)
