"""The offline console: the same slash commands, typed as text and answered as text.

``/h2h athlete:kerr opponent:ingebrigtsen``, ``/h2h kerr ingebrigtsen`` and
``/next-race meet:worlds 2023`` all work; values may contain spaces up to the next ``name:``.
"""

from __future__ import annotations

import inspect
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from bot import commands as cmd
from bot.answers.common import Problem, Reply
from bot.commands import Context
from bot.render.text import render_text


@dataclass(frozen=True)
class ConsoleCommand:
    """A command's callable and its option names, in positional order."""

    run: Callable[..., Reply]
    options: tuple[str, ...]
    help: str


def _registry() -> dict[str, ConsoleCommand]:
    return {
        "h2h": ConsoleCommand(
            cmd.h2h, ("athlete", "opponent", "event", "rounds"), "head-to-head of two athletes"
        ),
        "quote": ConsoleCommand(cmd.quote, ("athlete", "topic"), "what an athlete said"),
        "next-race": ConsoleCommand(
            cmd.next_meet, ("athlete", "meet"), "countdown to the next meet"
        ),
        "results": ConsoleCommand(
            cmd.results, ("meet", "event", "round"), "results of a race at a meet"
        ),
        "athlete": ConsoleCommand(cmd.athlete, ("name",), "an athlete's profile"),
        "timeline": ConsoleCommand(
            cmd.timeline_events,
            ("athlete", "opponent", "year", "order"),
            "dated moments of the rivalry",
        ),
        "about": ConsoleCommand(cmd.about_bot, (), "what the bot knows"),
    }


_OPTION = re.compile(r"(?:^|\s)([a-z_-]+):")


def parse(line: str) -> tuple[str, dict[str, str]]:
    """Split "/h2h athlete:kerr opponent:jakob" or "/h2h kerr jakob" into name and options."""
    line = line.strip()
    name, _, rest = line.lstrip("/").partition(" ")
    name = name.lower()
    registry = _registry()
    if name not in registry:
        raise ValueError(f"unknown command /{name}; try: " + ", ".join(f"/{n}" for n in registry))
    spec = registry[name]
    options: dict[str, str] = {}
    first = _OPTION.search(rest)
    positional_text = rest[: first.start()] if first else rest
    try:
        positional = shlex.split(positional_text)
    except ValueError:
        positional = positional_text.split()
    if len(positional) > len(spec.options):
        raise ValueError(
            f"/{name} takes at most {len(spec.options)} values: " + " ".join(spec.options)
        )
    options.update(zip(spec.options, positional, strict=False))
    if first:
        keyed = rest[first.start() :]
        for match in re.finditer(r"([a-z_-]+):(.*?)(?=\s+[a-z_-]+:|$)", keyed.strip()):
            key, value = match.group(1).replace("-", "_"), match.group(2).strip()
            if key not in spec.options:
                raise ValueError(
                    f"/{name} has no option {key!r}; options: " + ", ".join(spec.options)
                )
            options[key] = value
    return name, options


def answer_line(ctx: Context, line: str) -> Reply:
    """The answer model for one console line (a Problem for a line that cannot be read)."""
    try:
        name, options = parse(line)
    except ValueError as error:
        return Problem(message=str(error))
    spec = _registry()[name]
    required = [
        p.name
        for p in list(inspect.signature(spec.run).parameters.values())[1:]
        if p.default is inspect.Parameter.empty
    ]
    missing = [o for o in required if not options.get(o, "").strip()]
    if missing:
        usage = " ".join(f"{o}:…" for o in spec.options)
        return Problem(message=f"/{name} needs {' and '.join(missing)}: /{name} {usage}")
    run: Any = spec.run
    return run(ctx, **options)


def help_text() -> str:
    """The commands the console understands."""
    lines = ["Commands (the same as the slash commands in Discord):"]
    for name, spec in _registry().items():
        opts = " ".join(f"{o}:…" for o in spec.options)
        lines.append(f"  /{name} {opts}".rstrip() + f"  — {spec.help}")
    lines.append("Type a command, 'help', or press Ctrl-D to leave.")
    return "\n".join(lines)


def run_console(make_context: Callable[[], Context], stdin: TextIO, stdout: TextIO) -> int:
    """Answer lines from ``stdin`` until end of input; returns the exit code."""
    interactive = stdin.isatty()
    if interactive:
        print(help_text(), file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in ("help", "/help", "?"):
            print(help_text(), file=stdout)
            continue
        if line in ("quit", "exit"):
            return 0
        print(render_text(answer_line(make_context(), line)), file=stdout, flush=True)
        print(file=stdout, flush=True)
