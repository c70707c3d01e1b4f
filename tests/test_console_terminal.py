"""The console on a real terminal (a pseudo-terminal): line editing, history, a clean Ctrl-C."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

from .conftest import ROOT, bot_env


def _own_terminal() -> None:
    """In the child: a new session whose controlling terminal is the pty (Ctrl-C is SIGINT)."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """``python -m bot console`` on a pty, typed at as a person types."""

    def __init__(self, state: Path) -> None:
        self.master, slave = pty.openpty()
        env = bot_env(HOME=str(state), XDG_STATE_HOME=str(state), TERM="xterm")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=env,
            preexec_fn=_own_terminal,
        )
        os.close(slave)
        self.seen, self.read_to = "", 0

    def until(self, text: str, timeout: float = 180) -> str:
        """Read the screen until ``text`` appears after the last match; what came up to it.

        The wait is long (a loaded machine can take a minute to start a Python process and
        read the store); it bounds a hang, it times nothing.
        """
        start = self.read_to
        deadline = time.monotonic() + timeout
        while (found := self.seen.find(text, start)) < 0:
            assert time.monotonic() < deadline, f"no {text!r} in {self.seen[start:]!r}"
            ready, _, _ = select.select([self.master], [], [], 1)
            if ready:
                self.seen += os.read(self.master, 65536).decode(errors="replace")
        self.read_to = found + len(text)
        return self.seen[start : self.read_to]

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait_for_keys(self, timeout: float = 60) -> None:
        """Wait until the console sleeps in readline's wait for a key.

        CPython's readline loop checks for signals only when its ``select`` is interrupted
        (cpython#112585): a Ctrl-C landing between echoing a key and the next ``select`` waits
        for the next key. A person never types that fast after seeing the echo; a test on a
        loaded machine can, so it sends Ctrl-C only once the console is waiting.
        """
        wchan = Path(f"/proc/{self.proc.pid}/wchan")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                waiting = wchan.read_text()
            except OSError:  # no /proc (not Linux): a person's pause instead
                time.sleep(0.5)
                return
            if waiting in ("", "0"):  # the kernel hides where it sleeps: a person's pause
                time.sleep(0.5)
                return
            if "poll" in waiting or "select" in waiting:
                return
            time.sleep(0.01)

    def close(self) -> int:
        code = self.proc.wait(timeout=10)
        os.close(self.master)
        return code


def test_history_arrow_keys_and_ctrl_c(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    try:
        term.until("Ctrl-D) to leave.\r\n> ")
        term.type("/about\r")
        term.until("Facts as of")
        term.until("> ")
        term.type("\x1b[A\r")  # the up arrow brings /about back
        assert "/about" in term.until("Facts as of")
        term.until("> ")
        term.type("/h2h kerr ingeb")
        term.until("ingeb")  # echoed: the console waits for the rest of the line
        term.wait_for_keys()
        term.type("\x03")  # Ctrl-C drops the half-typed line
        dropped = term.until("to leave)\r\n> ")
        term.wait_for_keys()
        term.type("\x03")  # a second Ctrl-C in a row leaves
        assert term.close() == 0
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
    assert "Record:" not in dropped and "signal" not in term.seen and "Traceback" not in term.seen
    assert term.seen.count("Facts as of") == 2  # /about answered twice, then nothing else
    # the history is kept for the next session
    history = (tmp_path / "rivalry-bot" / "console_history").read_text().splitlines()
    assert history[-1] == "/about" and not any("ingeb" in line for line in history)
