"""``add results`` of a 12-row table, end to end, as a curator runs it.

A scratch copy of the shipped store loses the Paris 2024 1500m final; then
``python -m bot --knowledge COPY add results ... --yes`` reads the final's table as its source
prints it (tests/curate/paris-2024-final.txt) on standard input, reads every name, checks the
whole store as it would be, prints the diff and writes it. Timed from the process's start to
its exit (Python's own start and the bot's imports included), the best and the median of a few
runs, each on the store without the race; and the same command in-process, for the share the
imports take. Target: 2 s end to end in-process (the new process adds the start every
``python -m bot`` command pays, printed apart).
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

from bot.curate.cli import run_add_args as add_main
from bot.curate.yaml_text import spans
from bot.settings import REPO_KNOWLEDGE

ROOT = REPO_KNOWLEDGE.parent
TABLE = ROOT / "tests" / "curate" / "paris-2024-final.txt"
RACE = "2024-olympics-paris-1500m-final"
ARGS = [
    "results",
    "--source",
    "rezultatfinal-2024-08-paris-1500",
    "--meet",
    "paris 2024",
    "--event",
    "1500m",
    "--round",
    "final",
    # the results table's page prints no day; a LetsRun page of the final's day dates the race
    "--date",
    "2024-08-06",
    "--date-source",
    "letsrun-thread-12932035-athletic",
    "--evidence",
    "champion Cole Hocker (3:27.65), silver medallist Kerr (3:27.79), and bronze medallist "
    "Yared Nuguse (3:27.80)",
    "--yes",
]
TARGET_S = 2.0


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def _without_race(folder: Path) -> str:
    """races.yaml of ``folder`` without the race (the text every run starts from)."""
    text = (folder / "races.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    (span,) = [s for s in spans(text) if s.data["id"] == RACE]
    return "".join(lines[: span.start] + lines[span.end :])


def bench_add_results(report: Reporter, quick: bool) -> None:
    """Time ``add results`` of the Paris final's 12 rows, in a new process and in-process."""
    table = TABLE.read_text(encoding="utf-8").partition("\n")[2]
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        folder = Path(tmp) / "knowledge"
        shutil.copytree(REPO_KNOWLEDGE, folder)
        start_text = _without_race(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CACHE_DIR": str(Path(tmp) / "cache")}
        command = [sys.executable, "-m", "bot", "--knowledge", str(folder), "add", *ARGS]
        process, inside = [], []
        for _ in range(runs):
            (folder / "races.yaml").write_text(start_text, encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run(
                command, input=table, capture_output=True, text=True, env=env, check=False
            )
            process.append(time.perf_counter() - started)
            if done.returncode != 0:
                print(f"  add results failed: {done.stderr.strip()[:300]}")
                report.target("add results, 12 rows, new process (s)", float("inf"), TARGET_S, "s")
                return
            (folder / "races.yaml").write_text(start_text, encoding="utf-8")
            started = time.perf_counter()
            add_main(ARGS, folder, stdin=io.StringIO(table), out=io.StringIO(), err=io.StringIO())
            inside.append(time.perf_counter() - started)
    imports = _import_seconds(env)
    print(f"\n== add results: 12 rows of {RACE}, {runs} runs")
    print(
        f"  in-process (read, resolve, check the whole store, diff, write): best "
        f"{min(inside):.2f} s, median {statistics.median(inside):.2f} s"
    )
    print(
        f"  new process `python -m bot add results`: best {min(process):.2f} s, median "
        f"{statistics.median(process):.2f} s, of which starting Python and importing "
        f"bot.__main__ (each subcommand imports its own code when run) {imports:.2f} s"
    )
    report.target(
        "add results, 12 rows, end to end in-process (median)",
        statistics.median(inside),
        TARGET_S,
        "s",
    )


def _import_seconds(env: dict[str, str]) -> float:
    """The best of three: a new process importing ``bot.__main__`` and exiting."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import bot.__main__"], env=env, check=True)
        times.append(time.perf_counter() - started)
    return min(times)


if __name__ == "__main__":

    class _Print:
        def target(self, label: str, value: float, limit: float, unit: str) -> None:
            print(f"  [{'ok' if value <= limit else 'MISSED'}] {label}: {value:.3f} {unit}")

    bench_add_results(_Print(), quick="--quick" in sys.argv)
