"""Hostile settings, clocks, networks and signals: one line and an exit code, never a traceback.

The subprocess timeouts are the "no hang" assertions.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from .conftest import ROOT, run_bot

SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.not-a-real-token-at-all"


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("value", ["garbage", "LOUD", "10x"])
def test_a_bad_log_level_is_a_settings_error(tmp_path, value: str) -> None:
    done = run_bot("check", cwd=tmp_path, LOG_LEVEL=value, timeout=30)
    assert done.returncode == 2
    assert "LOG_LEVEL" in one_line(done.stderr)


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "1899-12-31T23:59:59Z"]
)
def test_ask_with_a_clock_out_of_range_is_one_line(now: str) -> None:
    done = run_bot("ask", "/next-race kerr", "--now", now, timeout=30)
    assert done.returncode == 2
    assert "--now" in one_line(done.stderr)


def test_sync_without_a_network_is_one_line(tmp_path) -> None:
    # no network in the test environment; with one, Discord refuses the fake token (one line too)
    done = run_bot("sync", cwd=tmp_path, DISCORD_TOKEN=SECRET, LOG_LEVEL="WARNING", timeout=60)
    assert done.returncode == 1
    assert "Discord" in one_line(done.stderr)
    assert SECRET not in done.stderr + done.stdout


# a run whose login is faked, a reload that never ends (a parse outlasting any shutdown),
# then SIGTERM: the process must end, abandoning the parse
SIGTERM_DURING_RELOAD = textwrap.dedent(
    """
    import asyncio, os, signal, sys, threading
    import bot.app
    from bot.__main__ import main
    from bot.app import RivalryBot

    parsing = threading.Event()

    def endless_parse(settings):
        parsing.set()
        threading.Event().wait()

    async def fake_start(self, token):
        os.kill(os.getpid(), signal.SIGHUP)
        while not parsing.is_set():
            await asyncio.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(3600)

    bot.app.load_knowledge = endless_parse
    RivalryBot.start = fake_start
    sys.exit(main(["run"]))
    """
)


def test_sigterm_during_a_reload_abandons_the_parse(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SIGTERM_DURING_RELOAD],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,  # the old shutdown waited for the parse: forever, here
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": SECRET,
            "CACHE_DIR": str(tmp_path / "cache"),
            "HOME": str(tmp_path),
        },
    )
    assert done.returncode == 0, done.stderr
    assert "SIGTERM received" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_name_is_echoed_without_control_characters_and_with_an_article() -> None:
    done = run_bot("ask", "/athlete zzqx\x01\x1b[31m\x85qq", timeout=30)
    assert done.returncode == 1
    assert "an athlete called" in done.stdout
    assert not any(c in done.stdout for c in "\x01\x1b\x85"), repr(done.stdout)
