"""The command line and settings: run, ask, console, signals, and the token kept secret."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time

import discord
import pytest

from bot import create_bot
from bot.__main__ import main
from bot.settings import load_settings

from .conftest import KNOWLEDGE, ROOT, run_bot

SECRET = "MTIzNDU2Nzg5.secret-token-value.abcdefghijklmnop"


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(ROOT),
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    env.update(extra)
    return env


def test_importing_bot_needs_no_token_or_settings() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import bot, bot.app; print('ok')"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env(),
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_settings_without_a_token(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.knowledge_dir == KNOWLEDGE


def test_token_is_secret_in_settings(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", SECRET)
    settings = load_settings()
    assert SECRET not in repr(settings) and SECRET not in str(settings.model_dump())


def test_create_bot_builds_without_network() -> None:
    bot = create_bot(knowledge_dir=KNOWLEDGE)
    assert not bot.is_ready()
    assert bot.intents.guilds and not bot.intents.message_content and not bot.intents.members


def test_run_without_token_exits_2_with_one_line(tmp_path) -> None:
    done = run_bot("run", cwd=tmp_path)
    assert done.returncode == 2
    assert "DISCORD_TOKEN is not set" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_login_refused_exits_1_with_one_line(monkeypatch, tmp_path, capsys, caplog) -> None:
    # a fake login: Discord's answer to a bad token, without the network
    async def refuse(_self, _token: str) -> None:
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", SECRET)
    monkeypatch.setattr(discord.Client, "login", refuse)
    with caplog.at_level(logging.DEBUG):
        assert main(["run"]) == 1
    err = capsys.readouterr().err
    assert "refused the login" in err
    assert SECRET not in err + caplog.text


def test_unreachable_discord_exits_1_without_traceback(tmp_path) -> None:
    done = run_bot("run", cwd=tmp_path, DISCORD_TOKEN=SECRET, LOG_LEVEL="DEBUG")
    assert done.returncode == 1, done.stderr
    assert "could not reach Discord" in done.stderr
    assert SECRET not in done.stderr + done.stdout


def test_token_never_in_captured_logs(caplog, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", SECRET)
    with caplog.at_level(logging.DEBUG):
        assert main(["check"]) == 0
        bot = create_bot(knowledge_dir=KNOWLEDGE)
        bot.load_knowledge()
    out = capsys.readouterr()
    assert SECRET not in caplog.text + out.out + out.err


def test_ask_prints_text_and_json(capsys) -> None:
    assert main(["ask", "/h2h athlete:kerr opponent:ingebrigtsen"]) == 0
    text = capsys.readouterr().out
    assert "Kerr 4 – 11 Ingebrigtsen" in text and "Facts as of" in text
    assert main(["ask", "/h2h", "kerr", "ingebrigtsen", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "h2h" and data["tally"] == {"athlete": 4, "opponent": 11, "no_result": 0}


def test_ask_with_a_clock(capsys) -> None:
    assert main(["ask", "/next-race", "--now", "2025-04-11T12:00:00Z", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # Grand Slam Track Miami (2 May) is dated only by its own report of that day: on 11 April
    # the next meet a page had announced is London (19 July, announced that day)
    assert data["meet"]["id"] == "2025-dl-london"
    assert data["meet"]["state"] == "upcoming"


def test_ask_refusal_exits_1(capsys) -> None:
    assert main(["ask", "/h2h kerr"]) == 1
    assert "/h2h needs opponent" in capsys.readouterr().out
    assert main(["ask", "/nope"]) == 1
    assert "unknown command" in capsys.readouterr().out


def test_console_answers_lines_until_eof() -> None:
    lines = "/h2h kerr jakob\n/quote ingebrigtsen topic:blindfolded\n/next-race\n"
    done = run_bot("console", stdin=lines)
    assert done.returncode == 0, done.stderr
    assert "Kerr 4 – 11 Ingebrigtsen" in done.stdout
    assert "blindfolded" in done.stdout
    assert "Starts in" in done.stdout or "Happening" in done.stdout


def test_console_takes_a_clock_like_ask() -> None:
    """`console --now` answers at that instant: the Paris final is ahead that morning."""
    done = run_bot("console", "--now", "2024-08-06T12:00:00Z", stdin="/next-race kerr\n")
    assert done.returncode == 0, done.stderr
    assert "Paris Olympics 2024" in done.stdout and "Happening now" in done.stdout
    bad = run_bot("console", "--now", "tomorrow", stdin="")
    assert bad.returncode == 2 and "not an ISO date-time" in bad.stderr


def test_plain_python_m_bot_without_token_starts_the_console(tmp_path) -> None:
    done = run_bot(cwd=tmp_path, stdin="/about\n")
    assert done.returncode == 0
    assert "No DISCORD_TOKEN set" in done.stderr
    assert "python -m bot run" in done.stderr
    assert "rivalry-bot settles arguments" in done.stdout


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_closes_the_console_cleanly(sig) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/about\n")
    proc.stdin.flush()
    assert "rivalry-bot" in proc.stdout.readline()  # it is up and answering
    started = time.monotonic()
    proc.send_signal(sig)
    code = proc.wait(timeout=5)
    assert time.monotonic() - started < 5
    assert code == 0
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


def test_export_into_a_closed_pipe_is_not_an_error() -> None:
    """`python -m bot export | head -c 100`: the reader leaves early; no traceback, exit 0."""
    env = {"XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "PATH": os.environ["PATH"]}
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "export"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**env, "HOME": str(ROOT), "PYTHONPATH": str(ROOT)},
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.read(100).startswith(b"{")
        child.stdout.close()
        errors = child.stderr.read().decode()
        assert child.wait(timeout=60) == 0
    assert "Traceback" not in errors


def test_check_reads_the_yaml_and_leaves_the_cache_warm(tmp_path) -> None:
    done = run_bot("check", XDG_CACHE_HOME=str(tmp_path))
    assert done.returncode == 0 and "knowledge OK" in done.stdout
    assert len(list((tmp_path / "rivalry-bot").glob("store-*.json"))) == 1


def test_create_bot_takes_settings_a_clock_and_loaded_knowledge() -> None:
    from bot.knowledge import load_knowledge
    from bot.settings import load_settings

    from .conftest import NOW

    settings = load_settings(knowledge_dir=KNOWLEDGE, cache_dir=None)
    knowledge = load_knowledge(settings)
    bot = create_bot(settings, clock=lambda: NOW, knowledge=knowledge)
    assert bot.settings is settings and bot.now() == NOW
    assert bot.store is knowledge.store and bot.resolver is knowledge.resolver
    by_keywords = create_bot(knowledge_dir=KNOWLEDGE, command_rate=3)
    assert by_keywords.settings.command_rate == 3
    assert by_keywords.settings.knowledge_dir == KNOWLEDGE
