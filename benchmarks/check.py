"""``python -m bot check`` of the shipped store, in a fresh process as a curator runs it.

The YAML read, every reference checked and every fact proven against its evidence.

Reported by ``python -m benchmarks`` (target: 5 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

from bot.facts import FactStore
from bot.facts.evidence import check_evidence

CHECK_TARGET_SECONDS = 5.0


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def bench_check(store: FactStore, folder: Path, report: Reporter, runs: int = 3) -> None:
    """The best of ``runs`` whole ``check`` runs, and the evidence proof alone in-process."""
    print("\n== check of the shipped store")
    timings = []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "KNOWLEDGE_DIR": str(folder)}
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "bot", "check"], env=env, capture_output=True, check=False
            )
            timings.append(time.perf_counter() - started)
            if done.returncode != 0:
                print(f"  check failed (exit {done.returncode}): {done.stderr.decode()[-300:]}")
    started = time.perf_counter()
    problems = check_evidence(store)
    proof_ms = (time.perf_counter() - started) * 1000
    print(f"  evidence proof alone: {proof_ms:.0f} ms, {len(problems)} unproven fact(s)")
    report.target("python -m bot check, shipped store", min(timings), CHECK_TARGET_SECONDS, "s")
