"""The offline console: the same slash commands, typed as text and answered as text.

``/h2h athlete:kerr opponent:ingebrigtsen``, ``/h2h kerr ingebrigtsen`` and
``/next-race meet:worlds 2023`` all work; values may contain spaces up to the next ``name:``.
A line that is not a command ("who's won more, kerr or jakob?") is asked as /ask.
"""

from __future__ import annotations

import itertools
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot import lookup
from bot.answers.common import Refusal, Reply
from bot.charts import Charts, query_key
from bot.commands import COMMANDS, Context
from bot.lineinput import lines
from bot.phrases import say
from bot.registry import DISCORD_ONLY
from bot.render.text import render_text
from bot.resolve import ATHLETE_ROLES
from bot.typed import clean, excerpt

_OPTION = re.compile(r"(?:^|\s)([a-z_-]+):")


class LineError(ValueError):
    """A console line that names no command or option: the phrase saying why, and its values."""

    def __init__(self, reason: str, **values: str | int) -> None:
        self.reason, self.values = reason, dict(values)
        super().__init__(say(reason, **values))


def parse(
    line: str, split: Callable[[str, list[str], list[str]], list[str]] | None = None
) -> tuple[str, dict[str, str]]:
    """Split "/h2h athlete:kerr opponent:jakob" or "/h2h kerr jakob" into name and options.

    ``split`` groups the words typed without ``name:`` into option values (by default one word
    each); :func:`split_by_names` groups them by the names they make.
    """
    line = line.strip()
    name, _, rest = line.lstrip("/").partition(" ")
    name = name.lower()
    if name in DISCORD_ONLY:
        raise LineError("console.discord_only", name=name, description=DISCORD_ONLY[name].lower())
    if name not in COMMANDS:
        names = ", ".join(f"/{n}" for n in COMMANDS)
        raise LineError("console.unknown", name=excerpt(name, 30), commands=names)
    known = [o.name for o in COMMANDS[name].options]
    options: dict[str, str] = {}
    first = _OPTION.search(rest)
    positional_text = rest[: first.start()] if first else rest
    try:
        positional = shlex.split(positional_text)
    except ValueError:
        positional = positional_text.split()
    if split is not None and len(positional) > 1:
        keyed_names = set(re.findall(r"(?:^|\s)([a-z_-]+):", rest))
        free = [o for o in known if o not in keyed_names and o.replace("_", "-") not in keyed_names]
        positional = split(name, free, positional)
    if len(positional) > len(known):
        # (one value is no plural: "takes one value")
        key = "console.too_many.one" if len(known) == 1 else "console.too_many"
        raise LineError(key, name=name, count=len(known), options=" ".join(known))
    options.update(zip(known, positional, strict=False))
    if first:
        keyed = rest[first.start() :]
        for match in re.finditer(r"([a-z_-]+):(.*?)(?=\s+[a-z_-]+:|$)", keyed.strip()):
            key, value = match.group(1).replace("-", "_"), match.group(2).strip()
            if key not in known:
                raise LineError(
                    "console.no_option",
                    name=name,
                    option=excerpt(key, 30),
                    options=", ".join(known),
                )
            options[key] = value
    return name, options


def answer_line(ctx: Context, line: str) -> Reply:
    """The reply to one console line (a Refusal for a line that cannot be read)."""
    # cleaned before it is split: a command name or a word is echoed without control characters
    line = clean(line)
    text = line.strip()
    name, _, rest = text.removeprefix("/").partition(" ")
    if name.lower() == "ask" and rest.strip() and not text.startswith("/"):
        # "ask …" typed without its slash is /ask: the command's name is no word of the question
        text = line = "/" + text
    if not text.startswith("/") or (name == "ask" and not rest.lstrip().startswith("question:")):
        # plain words: the whole line (or all after /ask) is the question, spaces and all
        return COMMANDS["ask"].call(ctx, {"question": rest if text.startswith("/") else text})
    try:
        name, options = parse(line, split=lambda n, o, w: split_by_names(ctx, n, o, w))
    except LineError as error:
        return Refusal(reason=error.reason, values=error.values)
    return _unknown_name(ctx, name, options) or COMMANDS[name].call(ctx, options)


def _unknown_name(ctx: Context, name: str, options: dict[str, str]) -> Refusal | None:
    """For "/h2h the norwegian the scot": the words are no name (not "needs opponent")."""
    spec = COMMANDS[name]
    if not any(o.required and not options.get(o.name, "").strip() for o in spec.options):
        return None
    for option in spec.options:
        kind, value = _name_kind(option.complete), options.get(option.name, "").strip()
        if kind is None or not value or _resolves(ctx, kind, value):
            continue
        if kind == "meet":
            return lookup.not_understood(
                "meet", ctx.resolver.meet(value, today=ctx.today), ctx.resolver
            )
        roles = ATHLETE_ROLES if kind == "athlete" else None
        found = ctx.resolver.athlete(value, roles=roles)
        return lookup.not_understood("athlete" if roles else "person", found, ctx.resolver)
    return None


def split_by_names(ctx: Context, name: str, options: list[str], words: list[str]) -> list[str]:
    """Words typed without ``name:`` grouped into values by the names they make.

    "/athlete jake wightman" is one name, "/h2h josh kerr jakob ingebrigtsen" two: of every
    way to cut the words into consecutive values (one per option at most), the one whose name
    options resolve best wins; on a tie, the fewest values.
    """
    command = COMMANDS[name]
    kinds = [_name_kind(command.option(o).complete) for o in options]
    best: tuple[float, list[str]] = (-1.0, words)
    for cut in _cuts(len(words), min(len(options), len(words))):
        values = [" ".join(words[a:b]) for a, b in cut]
        score = sum(_resolves(ctx, kind, v) for kind, v in zip(kinds, values, strict=False))
        score -= len(values) / 100  # fewer values on a tie: "jake wightman" is one name
        if score > best[0]:
            best = (score, values)
    return best[1]


def _name_kind(complete: object) -> str | None:
    """Which kind of name an option takes (its suggestions say), or None."""
    return complete.kind if isinstance(complete, lookup.NameSuggestions) else None


def _resolves(ctx: Context, kind: str | None, text: str) -> float:
    """2 for a name found, 1 for a question, 0 for nothing or a value of no name option."""
    if kind is None:
        return 0.0
    if kind == "meet":
        found = ctx.resolver.meet(text, today=ctx.today)
    else:
        found = ctx.resolver.athlete(text, roles=ATHLETE_ROLES if kind == "athlete" else None)
    return {"found": 2.0, "ambiguous": 1.0}.get(found.status, 0.0)


def _cuts(size: int, most: int) -> list[list[tuple[int, int]]]:
    """Every way to cut ``size`` words into at most ``most`` consecutive non-empty groups."""
    out = []
    for parts in range(1, most + 1):
        for ends in itertools.combinations(range(1, size), parts - 1):
            bounds = (0, *ends, size)
            out.append(list(itertools.pairwise(bounds)))
    return out


def help_text() -> str:
    """The commands the console understands."""
    lines = [say("console.help")]
    for name, spec in COMMANDS.items():
        opts = " ".join(f"{o.name}:…" for o in spec.options)
        lines.append(f"  /{name} {opts}".rstrip() + f"  — {spec.description}")
    lines.append(say("console.help.discord", commands=", ".join(f"/{n}" for n in DISCORD_ONLY)))
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
    if stdin.isatty():
        print(help_text(), file=stdout)
    for typed in lines(stdin, stdout):  # on a terminal: line editing, history, Ctrl-C
        line = typed.strip()
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
    return 0
