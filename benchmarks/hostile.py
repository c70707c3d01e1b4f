"""Hostile files, a signal during a reload, and a soak: refuse fast, never hang, never grow.

- ``check`` on each hostile knowledge file (benchmarks/hostile_files.py), in a child process:
  seconds, the child's peak RSS (ru_maxrss), its exit code, and whether its output has one
  line naming the file and the refusal, no traceback and no line over 400 characters.
  Targets: under 5 s and 300 MB each.
- SIGTERM while a SIGHUP reload parses the 100x store: seconds from the signal to the exit of a
  ``run`` whose Discord login is replaced by an endless wait (no network). Target: 5 s.
- Soak: rounds of slash commands and autocompletes through SimCord from users new each round;
  after each round SimCord's kept history (requests, transcript, interactions, messages) is
  dropped and the bot's own memory is measured: the bytes allocated since the bot was ready and
  still held (tracemalloc), leaving out what SimCord's code and this module allocated (SimCord's
  world of users grows by design). Target: the last five
  rounds grow by under 5 MB in all. The soak runs in a child process of its own
  (``python -m benchmarks.hostile soak ...``) so tracemalloc sees only the bot and SimCord.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Protocol

from benchmarks.following import rss_mb
from benchmarks.hostile_files import HOSTILE_FILES
from bot.settings import REPO_KNOWLEDGE

ROOT = REPO_KNOWLEDGE.parent
NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.not-a-real-token-at-all"
HANG = 120.0  # seconds after which a child is killed: a hang shows as this, with exit -9


class Reporter(Protocol):
    """The benchmark's report (benchmarks.__main__.Report)."""

    def target(self, label: str, value: float, limit: float, unit: str) -> None: ...


def _child_env(tmp: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp),
        "PYTHONPATH": str(ROOT),
        "CACHE_DIR": str(tmp / "cache"),
        "DATA_DIR": str(tmp / "data"),
        **extra,
    }


# Runs the command and reports its time, peak RSS and exit code on a last line of its own. The
# peak must come from a small process's RUSAGE_CHILDREN: a child forked straight from this
# benchmark (hundreds of MB by now) starts with the benchmark's pages counted in its ru_maxrss
_PEAK = """
import resource, subprocess, sys, time
start = time.perf_counter()
try:
    code = subprocess.run(sys.argv[2:], timeout=float(sys.argv[1])).returncode
except subprocess.TimeoutExpired:
    code = -9
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"\\n@measured {seconds} {peak} {code}", flush=True)
"""


def _measured(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int, str]:
    """Run a child to its end: seconds, its peak RSS in MB, exit code, stdout and stderr."""
    with tempfile.TemporaryFile() as out:
        wrapper = [sys.executable, "-c", _PEAK, str(HANG), *args]
        subprocess.run(wrapper, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, check=True)
        out.seek(0)
        text, _, last = out.read().decode("utf-8", "replace").rpartition("\n@measured ")
    seconds, peak_kb, code = last.split()
    return float(seconds), int(peak_kb) / 1024, int(code), text


def bench_hostile(report: Reporter, big: Path, quick: bool) -> None:
    """Everything of this module; ``big`` is the 100x store's folder (a file of it is edited)."""
    bench_hostile_checks(report)
    bench_sigterm_during_reload(big, report)
    bench_soak(report, quick)


def bench_hostile_checks(report: Reporter) -> None:
    """``python -m bot check`` on each hostile file, and on the shipped store for comparison."""
    print("\nhostile knowledge files: python -m bot check in a child process")
    cases = [("the shipped store (for comparison)", None, "", "")] + [
        (label, make, file, words) for label, make, file, words in HOSTILE_FILES
    ]
    for label, make, file, words in cases:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            folder = tmp / "knowledge"
            shutil.copytree(REPO_KNOWLEDGE, folder)
            if make is not None:
                make(folder)
            env = _child_env(tmp, KNOWLEDGE_DIR=str(folder))
            seconds, peak, code, text = _measured([sys.executable, "-m", "bot", "check"], env, tmp)
        if make is None:
            print(f"  {label}: {seconds:.2f} s, peak RSS {peak:.0f} MB, exit {code}")
            continue
        lines = text.splitlines()
        # the refusal: one line naming the file and why; other problems of the file's records
        # may be listed too, each a short line
        named = [line for line in lines if file in line and words in line]
        clean = (
            len(named) == 1 and "Traceback" not in text and code == 1 and max(map(len, lines)) < 400
        )
        print(
            f"  {label}: {seconds:.2f} s, peak RSS {peak:.0f} MB, exit {code}, "
            + (
                f"refused in one line naming {file} ({words}), no traceback, {len(lines)} lines"
                if clean
                else f"NOT CLEAN: {text[:300]!r}"
            )
        )
        report.target(f"check refuses {label}", seconds, 5.0, "s")
        report.target(f"check refuses {label}: peak RSS", peak, 300.0, "MB")
        report.target(f"check refuses {label}: not in one clean line", float(not clean), 0.0, "")


# ``run`` with the Discord login replaced by an endless wait; it says when it is ready and when
# a parse starts and ends, so the parent signals during the parse
_RELOAD_CHILD = """
import asyncio, sys, time
import bot.app
from bot.__main__ import main
from bot.app import RivalryBot

real = bot.app.load_knowledge

def announced(settings, **kwargs):
    print("parsing", flush=True)
    try:
        return real(settings, **kwargs)
    finally:
        print("parsed", time.time(), flush=True)

async def offline(self, token):
    print("ready", flush=True)
    await asyncio.sleep(3600)

bot.app.load_knowledge = announced
RivalryBot.start = offline
sys.exit(main(["run"]))
"""


def bench_sigterm_during_reload(folder: Path, report: Reporter, into_parse: float = 1.0) -> None:
    """SIGHUP after an edit of ``folder`` (the 100x store), SIGTERM ``into_parse`` s later."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = _child_env(
            tmp, KNOWLEDGE_DIR=str(folder), DISCORD_TOKEN=FAKE_TOKEN, LOG_LEVEL="WARNING"
        )
        with (tmp / "log").open("w") as log:
            child = subprocess.Popen(
                [sys.executable, "-c", _RELOAD_CHILD],
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                env=env,
                cwd=tmp,
            )
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":  # the start parses once, uncached
                child.kill()
                print(f"  SIGTERM during a reload: the child did not start\n{child.wait()}")
                return
            with (folder / "athletes.yaml").open("a") as edited:
                edited.write("# edited: the reload parses the YAML again\n")
            child.send_signal(signal.SIGHUP)
            assert child.stdout.readline().strip() == "parsing"
            time.sleep(into_parse)
            sent = time.time()
            start = time.perf_counter()
            child.send_signal(signal.SIGTERM)
            try:
                code = child.wait(timeout=HANG)
            except subprocess.TimeoutExpired:
                child.kill()
                code = child.wait()
            seconds = time.perf_counter() - start
            rest = child.stdout.read()
    parsed = [float(line.split()[1]) for line in rest.splitlines() if line.startswith("parsed")]
    during = not parsed or parsed[0] > sent
    print(
        f"  SIGTERM {into_parse:.0f} s into a reload of the 100x store: exit {code} after "
        f"{seconds:.2f} s"
        + ("" if during else " (BUT the parse had already ended: not measured during it)")
    )
    report.target("100x SIGTERM during a reload, to exit", seconds, 5.0, "s")


def bench_soak(report: Reporter, quick: bool) -> None:
    """The soak, in a child process; its rounds printed and the last five's growth a target."""
    # discord.py keeps the last 1,000 messages: the growth until then is that cache filling;
    # a full round fills it, --quick's small rounds start after 1,000 warm-up commands
    rounds, commands, completes, warmup = (6, 100, 250, 1500) if quick else (10, 2000, 5000, 0)
    what = f"{rounds} rounds of {commands} slash commands and {completes} autocompletes"
    if quick:
        what += f" (--quick: fewer, after {warmup} warm-up commands)"
    print(f"\nsoak through SimCord, users new each round: {what}")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.hostile", "soak"]
        + [str(n) for n in (rounds, commands, completes, warmup)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=3600,
    )
    figures = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or len(figures) != rounds:
        print(f"  soak failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        report.target("soak: last five rounds' growth of the bot's memory", float("inf"), 5.0, "MB")
        return
    for n, row in enumerate(figures, 1):
        print(
            f"  round {n:>2}: bot holds {row['bot_mb']:6.2f} MB more than when ready "
            "(tracemalloc, SimCord left out), "
            f"RSS {row['rss_mb']:6.0f} MB, {row['answered']}/{commands} answered, "
            f"{row['errors']} errors, "
            f"{row['seconds']:.1f} s"
        )
    growth = figures[-1]["bot_mb"] - figures[-6]["bot_mb"]
    report.target("soak: last five rounds' growth of the bot's memory", growth, 5.0, "MB")


# ------------------------------------------------------------------ the soak's child process

_SLASH: list[tuple[str, dict[str, Any]]] = [
    ("h2h", {"athlete": "kerr", "opponent": "jakob"}),
    ("quote", {"athlete": "kerr"}),
    ("next-race", {}),
    ("results", {"meet": "budapest 2023"}),
    ("athlete", {"name": "ingebrigtsen"}),
    ("timeline", {}),
    ("h2h", {"athlete": "nordas", "opponent": "zzqx"}),  # a refusal with suggestions
    ("about", {}),
]
_TYPED = [
    ("h2h", "athlete", "ke"),
    ("h2h", "opponent", "ingebr"),
    ("quote", "athlete", "wigh"),
    ("results", "meet", "pre"),
    ("next-race", "meet", "budap"),
]


def _forget_history(env: Any) -> None:
    """Drop what SimCord keeps of what happened (not its world: users, guilds, channels)."""
    backend = env.backend
    backend.http_requests.clear()
    backend.transcript.clear()
    backend.interactions.clear()
    backend.interaction_tokens.clear()
    for messages in backend.messages.values():
        messages.clear()
    env._errors.clear()


async def _soak(rounds: int, commands: int, completes: int, warmup: int) -> None:
    import simcord

    from benchmarks.shards import learn_before_start
    from bot import create_bot

    # SimCord polls every 50 ms of real time until the bot is idle; after an autocomplete it
    # waits that long for a finished callback (it does not after a command): 4 minutes per
    # 5,000 autocompletes of waiting alone. Polling each millisecond changes nothing else.
    settle = simcord.Env._settle_internal

    async def quick_settle(self: Any, *args: Any, idle: float = 0.05, **kwargs: Any) -> None:
        await settle(self, *args, idle=min(idle, 0.001), **kwargs)

    simcord.Env._settle_internal = quick_settle  # type: ignore[method-assign]
    # SimCord's allocations, and this module's (the users' names, kept by SimCord's world)
    leave_out = [
        tracemalloc.Filter(False, str(Path(simcord.__file__).parent / "*")),
        tracemalloc.Filter(False, __file__),
    ]
    learn_before_start()
    with tempfile.TemporaryDirectory() as tmp:
        bot = create_bot(
            knowledge_dir=REPO_KNOWLEDGE,
            clock=lambda: NOW,
            shard_count=1,
            cache_dir=Path(tmp) / "cache",
            data_dir=Path(tmp) / "data",
        )
        env = simcord.Env(bot, settle_timeout=60.0)  # a slow machine is not a hang here
        await env.start()
        await bot.tree.sync()
        guild = env.create_guild()
        channel = guild.create_text_channel("athletics")
        # traced from here: what the rounds leave behind, not the start's own allocations (and
        # before the warm-up, or the cached messages it leaves would count as freed later)
        tracemalloc.start()
        # two commands a user, as in the rounds: well within the per-user rate
        warm = [guild.add_member(env.create_user(f"warm-{i}")) for i in range(warmup // 2 + 1)]
        for i in range(warmup):  # fills discord.py's cache of the last 1,000 messages
            name, options = _SLASH[i % len(_SLASH)]
            await warm[i % len(warm)].slash(channel, name, **options)
        await env.advance_time(600)
        _forget_history(env)
        del warm
        for n in range(rounds):
            started = time.perf_counter()
            # users new each round: per-user state that is never dropped would grow here
            users = [
                guild.add_member(env.create_user(f"fan-{n}-{i}"))
                for i in range(max(1, commands // 2))
            ]
            answered = 0
            for i in range(commands):
                name, options = _SLASH[i % len(_SLASH)]
                result = await users[i % len(users)].slash(channel, name, **options)
                answered += result.acknowledged
            for i in range(completes):
                name, option, typed = _TYPED[i % len(_TYPED)]
                await users[i % len(users)].autocomplete(channel, name, option, typed[: 1 + i % 6])
            await env.advance_time(600)  # every cooldown window and view timeout has passed
            seconds = time.perf_counter() - started
            errors = len(env.errors)  # anything the bot raised and did not handle
            _forget_history(env)
            del users
            gc.collect()
            traces = tracemalloc.take_snapshot().filter_traces(leave_out).traces
            ours = sum(trace.size for trace in traces) / (1024 * 1024)
            del traces
            row = {
                "bot_mb": ours,
                "rss_mb": rss_mb(),
                "answered": answered,
                "errors": errors,
                "seconds": seconds,
            }
            print(json.dumps(row), flush=True)
        await env.shutdown()


def main(argv: list[str]) -> int:
    """``soak ROUNDS COMMANDS AUTOCOMPLETES WARMUP``: one JSON line of figures per round."""
    if len(argv) != 5 or argv[0] != "soak":
        print("usage: python -m benchmarks.hostile soak ROUNDS COMMANDS AUTOCOMPLETES WARMUP")
        return 2
    asyncio.run(_soak(*(int(arg) for arg in argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
