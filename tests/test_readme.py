"""Every console example in the README answers as the README shows it."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.commands import Context
from bot.console import answer_line
from bot.render.text import render_text

from .conftest import ROOT, run_bot

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```[a-z]*\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
SKIP = "..."


def _examples() -> list[tuple[str, list[str]]]:
    """(line typed, lines shown) for every ``> `` line of the README's blocks."""
    found: list[tuple[str, list[str]]] = []
    for block in BLOCKS:
        if not block.startswith("> "):
            continue
        for line in block.rstrip("\n").split("\n"):
            if line.startswith("> "):
                found.append((line[2:], []))
            else:
                found[-1][1].append(line.rstrip())
    return found


def _command_lines(command: str) -> list[list[str]]:
    """The arguments of every ``python -m bot COMMAND`` line of the README's shell blocks."""
    out = []
    for block in BLOCKS:
        for line in block.split("\n"):
            if f"-m bot {command}" not in line:
                continue
            words = shlex.split(line, comments=True)
            if words[1:4] == ["-m", "bot", command] and words[0].endswith("python"):
                out.append(words[3:])
    return out


def shows(actual: list[str], shown: list[str]) -> bool:
    """``shown`` is ``actual`` with runs of lines left out where it says ``...``."""
    chunks: list[list[str]] = [[]]
    for line in shown:
        if line == SKIP:
            chunks.append([])
        else:
            chunks[-1].append(line)
    at = 0
    for number, chunk in enumerate(chunks):
        if not chunk:
            continue
        starts = [
            i
            for i in range(at, len(actual) - len(chunk) + 1)
            if actual[i : i + len(chunk)] == chunk
        ]
        if not starts or (number == 0 and starts[0] != 0):
            return False
        at = starts[0] + len(chunk)
    return shown[-1] == SKIP or at == len(actual) or actual[at:] == [""]


EXAMPLES = _examples()


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 9
    assert len(_command_lines("ask")) >= 6 and len(_command_lines("console")) >= 2


@pytest.mark.parametrize(("line", "shown"), EXAMPLES, ids=[line for line, _ in EXAMPLES])
def test_each_example_answers_as_shown(
    ctx: Callable[..., Context], line: str, shown: list[str]
) -> None:
    actual = render_text(answer_line(ctx(), line)).split("\n")
    assert shows(actual, shown), "\n".join(["README shows:", *shown, "", "the bot says:", *actual])


def test_the_ask_lines_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for args in _command_lines("ask"):
        assert main(args) == 0, args
        out = capsys.readouterr().out
        if "--json" in args:
            assert json.loads(out)["kind"]
        if "--chart" in args:
            chart = tmp_path / args[args.index("--chart") + 1]
            assert chart.read_bytes().startswith(b"\x89PNG"), args
            chart.unlink()


def test_the_console_lines_run(tmp_path: Path) -> None:
    for args in _command_lines("console"):
        done = run_bot(*args, cwd=tmp_path, stdin="/h2h kerr jakob\n/athlete kerr\nquit\n")
        assert done.returncode == 0 and "Record: " in done.stdout, done.stderr
        if "--chart" in args:  # one file, the last chart written (the /athlete one)
            assert (tmp_path / args[args.index("--chart") + 1]).read_bytes()[:4] == b"\x89PNG"
            assert done.stdout.count("(chart written to chart.png)") == 2
