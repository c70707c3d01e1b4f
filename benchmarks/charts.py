"""Charts: what drawing one costs, what a cached one costs, and that answers do not wait.

Reported by ``python -m benchmarks`` after the shipped store's figures.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

from bot import commands as cmd
from bot.answers.common import Reply
from bot.charts import Charts
from bot.commands import Context
from bot.facts import FactStore
from bot.render.embeds import render_embeds
from bot.resolve import Resolver

NOW_ISO = "2026-11-22T12:00:00+00:00"
PAIRS = [
    ("kerr", "ingebrigtsen"),
    ("ingebrigtsen", "timothy cheruiyot"),
    ("hocker", "nuguse"),
    ("kerr", "wightman"),
    ("kerr", "hocker"),
]
ATHLETES = ["kerr", "ingebrigtsen", "nuguse", "hocker"]


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def line(self, label: str, samples: list[float]) -> tuple[float, float]: ...
    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def _answers(store: FactStore) -> list[Reply]:
    import datetime as dt

    ctx = Context(store, Resolver(store), dt.datetime.fromisoformat(NOW_ISO))
    answers = [cmd.h2h(ctx, a, b) for a, b in PAIRS] + [cmd.athlete(ctx, n) for n in ATHLETES]
    return [a for a in answers if not a.refusal]


def bench_charts(store: FactStore, report: Reporter, repeat: int) -> None:
    """Render time (p50/p99, uncached), cached cost, and /h2h latency while charts render."""
    print("\n== charts (/h2h and /athlete images)")
    answers = _answers(store)
    started = time.perf_counter()
    Charts().render(answers[0], store)  # the first chart imports matplotlib
    print(f"  first chart in a process (imports matplotlib): {time.perf_counter() - started:.2f} s")
    drawn: list[float] = []
    for _ in range(max(1, repeat // 50)):
        for answer in answers:
            charts = Charts()  # a fresh cache: every call draws
            begin = time.perf_counter()
            charts.render(answer, store)
            drawn.append((time.perf_counter() - begin) * 1000)
    _, p99 = report.line(f"chart drawn ({len(answers)} answers)", drawn)
    report.target("chart render p99", p99, 1000.0, "ms")
    charts = Charts()
    for answer in answers:
        charts.render(answer, store)
    cached: list[float] = []
    for _ in range(repeat):
        for answer in answers:
            begin = time.perf_counter()
            charts.render(answer, store)
            cached.append((time.perf_counter() - begin) * 1000)
    _, p99 = report.line("chart from the cache", cached)
    report.target("cached chart p99", p99, 0.1, "ms")
    _answers_while_drawing(store, answers, report)


def _answers_while_drawing(store: FactStore, answers: list[Reply], report: Reporter) -> None:
    """Ask /h2h every 5 ms while the chart thread draws every chart: the loop keeps answering."""
    resolver = Resolver(store)

    async def run() -> tuple[float, list[float]]:
        import datetime as dt

        charts = Charts()
        now = dt.datetime.fromisoformat(NOW_ISO)
        drawing = asyncio.gather(*(charts.render_async(a, store) for a in answers))
        last = time.perf_counter()
        worst, latencies = 0.0, []
        while not drawing.done():
            await asyncio.sleep(0.005)
            begin = time.perf_counter()
            worst = max(worst, begin - last - 0.005)
            render_embeds(cmd.h2h(Context(store, resolver, now), "kerr", "ingebrigtsen"))
            last = time.perf_counter()
            latencies.append((last - begin) * 1000)
        await drawing
        charts.close()
        return worst, latencies

    worst, latencies = asyncio.run(run())
    report.line(f"/h2h while charts draw ({len(latencies)})", latencies)
    print(f"  longest event-loop stall while charts draw: {worst * 1000:.0f} ms")
    report.target("event-loop stall while charts draw", worst * 1000, 100.0, "ms")
