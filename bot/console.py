"""The offline console: the same slash commands, typed as text and answered as text.

``/h2h athlete:kerr opponent:ingebrigtsen``, ``/h2h kerr ingebrigtsen`` and
``/next-race meet:worlds 2023`` all work; values may contain spaces up to the next ``name:``.
A line that is not a command ("who's won more, kerr or jakob?") is asked as /ask.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.answers.common import Problem, Reply
from bot.charts import Charts, query_key
from bot.commands import COMMANDS, Context
from bot.phrases import say
from bot.render.text import render_text

_OPTION = re.compile(r"(?:^|\s)([a-z_-]+):")


def parse(line: str) -> tuple[str, dict[str, str]]:
    """Split "/h2h athlete:kerr opponent:jakob" or "/h2h kerr jakob" into name and options."""
    line = line.strip()
    name, _, rest = line.lstrip("/").partition(" ")
    name = name.lower()
    if name not in COMMANDS:
        names = ", ".join(f"/{n}" for n in COMMANDS)
        raise ValueError(say("console.unknown", name=name, commands=names))
    known = [o.name for o in COMMANDS[name].options]
    options: dict[str, str] = {}
    first = _OPTION.search(rest)
    positional_text = rest[: first.start()] if first else rest
    try:
        positional = shlex.split(positional_text)
    except ValueError:
        positional = positional_text.split()
    if len(positional) > len(known):
        raise ValueError(
            say("console.too_many", name=name, count=len(known), options=" ".join(known))
        )
    options.update(zip(known, positional, strict=False))
    if first:
        keyed = rest[first.start() :]
        for match in re.finditer(r"([a-z_-]+):(.*?)(?=\s+[a-z_-]+:|$)", keyed.strip()):
            key, value = match.group(1).replace("-", "_"), match.group(2).strip()
            if key not in known:
                raise ValueError(
                    say("console.no_option", name=name, option=key, options=", ".join(known))
                )
            options[key] = value
    return name, options


def answer_line(ctx: Context, line: str) -> Reply:
    """The reply to one console line (a Problem for a line that cannot be read)."""
    text = line.strip()
    name, _, rest = text.removeprefix("/").partition(" ")
    if not text.startswith("/") or (name == "ask" and not rest.lstrip().startswith("question:")):
        # plain words: the whole line (or all after /ask) is the question, spaces and all
        return COMMANDS["ask"].call(ctx, {"question": rest if text.startswith("/") else text})
    try:
        name, options = parse(line)
    except ValueError as error:
        return Problem(message=str(error))
    return COMMANDS[name].call(ctx, options)


def help_text() -> str:
    """The commands the console understands."""
    lines = [say("console.help")]
    for name, spec in COMMANDS.items():
        opts = " ".join(f"{o.name}:…" for o in spec.options)
        lines.append(f"  /{name} {opts}".rstrip() + f"  — {spec.description}")
    lines.append(say("console.help.end"))
    return "\n".join(lines)


def save_chart(
    answer: Reply, ctx: Context, path: Path, out: TextIO, charts: Charts | None = None
) -> bool:
    """Write the answer's chart to ``path`` (``--chart``) and say so on ``out``; False if none."""
    chart = (charts or Charts()).render(answer, ctx)
    if chart is None:
        print(say("chart.none", path=path), file=out, flush=True)
        return False
    path.write_bytes(chart.png)
    print(say("chart.written", path=path), file=out, flush=True)
    return True


def run_console(
    make_context: Callable[[], Context], stdin: TextIO, stdout: TextIO, chart: Path | None = None
) -> int:
    """Answer lines from ``stdin`` until end of input; returns the exit code.

    With ``chart``, each answer that has a chart writes it to that file (the last one stays).
    """
    charts = Charts()
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
        ctx = make_context()
        answer = answer_line(ctx, line)
        print(render_text(answer), file=stdout, flush=True)
        if chart is not None and query_key(answer) is not None:  # /h2h and /athlete
            save_chart(answer, ctx, chart, stdout, charts)
        print(file=stdout, flush=True)
