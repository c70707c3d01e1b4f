"""Charts: what drawing one costs, what a cached one costs, and that answers do not wait.

Reported by ``python -m benchmarks`` after the shipped store's figures.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Protocol

from bot import commands as cmd
from bot.answers.common import Reply
from bot.charts import Charts
from bot.commands import Context
from bot.facts import FactStore
from bot.render.embeds import render_embeds
from bot.resolve import Resolver

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
PAIRS = [
    ("kerr", "ingebrigtsen"),
    ("ingebrigtsen", "timothy cheruiyot"),
    ("hocker", "nuguse"),
    ("kerr", "jake wightman"),
    ("kerr", "hocker"),
]
ATHLETES = ["kerr", "ingebrigtsen", "nuguse", "hocker"]


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def line(self, label: str, samples: list[float]) -> tuple[float, float]: ...
    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def bench_charts(store: FactStore, report: Reporter, repeat: int) -> None:
    """Render time (p50/p99, uncached), cached cost, and /h2h latency while charts draw."""
    print("\n== charts (/h2h and /athlete images)")
    ctx = Context(store, Resolver(store), NOW)
    answers = [cmd.COMMANDS["h2h"].run(ctx, a, b) for a, b in PAIRS] + [
        cmd.COMMANDS["athlete"].run(ctx, n) for n in ATHLETES
    ]
    answers = [a for a in answers if not a.refusal]
    started = time.perf_counter()
    Charts().render(answers[0], ctx)  # the first chart imports matplotlib
    print(f"  first chart in a process (imports matplotlib): {time.perf_counter() - started:.2f} s")
    drawn: list[float] = []
    for _ in range(max(1, repeat // 50)):
        for answer in answers:
            charts = Charts()  # a fresh cache: every call draws
            begin = time.perf_counter()
            charts.render(answer, ctx)
            drawn.append((time.perf_counter() - begin) * 1000)
    _, p99 = report.line(f"chart drawn ({len(answers)} answers)", drawn)
    report.target("chart render p99", p99, 1000.0, "ms")
    charts = Charts()
    for answer in answers:
        charts.render(answer, ctx)
    cached: list[float] = []
    for _ in range(repeat):
        for answer in answers:
            begin = time.perf_counter()
            charts.render(answer, ctx)
            cached.append((time.perf_counter() - begin) * 1000)
    _, p99 = report.line("chart from the cache", cached)
    report.target("cached chart p99", p99, 0.1, "ms")
    _answers_while_drawing(ctx, answers, report)


def _answers_while_drawing(ctx: Context, answers: list[Reply], report: Reporter) -> None:
    """Ask /h2h every 5 ms while the chart thread draws every chart: the loop keeps answering."""

    async def run() -> tuple[float, list[float]]:
        charts = Charts()
        drawing = asyncio.gather(*(charts.render_async(a, ctx) for a in answers))
        last = time.perf_counter()
        worst, latencies = 0.0, []
        while not drawing.done():
            await asyncio.sleep(0.005)
            begin = time.perf_counter()
            worst = max(worst, begin - last - 0.005)
            render_embeds(cmd.COMMANDS["h2h"].run(ctx, "kerr", "ingebrigtsen"))
            last = time.perf_counter()
            latencies.append((last - begin) * 1000)
        await drawing
        charts.close()
        return worst, latencies

    worst, latencies = asyncio.run(run())
    report.line(f"/h2h while charts draw ({len(latencies)})", latencies)
    report.target("event-loop stall while charts draw", worst * 1000, 100.0, "ms")
