"""What an operator runs and reads: invite, doctor, the reset-folder warning, logs, .env files."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.db.engine import alembic_config, make_engine, migrate
from bot.ops.cli import cmd_invite
from bot.ops.doctor import doctor
from bot.ops.hosting import reset_folder
from bot.ops.invite import TokenShapeError, application_id_of, server_link
from bot.ops.logs import setup_logging
from bot.settings import load_settings
from bot.settings_files import PROJECT, env_files

from .conftest import KNOWLEDGE, run_bot

APP_ID = 1234567890123456789
TOKEN = base64.urlsafe_b64encode(str(APP_ID).encode()).decode().rstrip("=") + ".GhJkLm." + "x" * 38


def test_the_application_id_is_read_from_the_token() -> None:
    assert application_id_of(TOKEN) == APP_ID
    for wrong in ("Bot " + TOKEN, "not-a-token", "YWJj.GhJkLm." + "x" * 38, "a" * 70):
        with pytest.raises(TokenShapeError) as refused:
            application_id_of(wrong)
        assert "x" * 38 not in str(refused.value)  # the token is never echoed


def test_invite_prints_both_links_with_the_permissions(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_invite(load_settings(discord_token=TOKEN)) == 0
    out = capsys.readouterr().out
    # View Channel, Send Messages, Embed Links, Manage Events
    assert (
        f"client_id={APP_ID}&integration_type=0&scope=bot+applications.commands"
        "&permissions=8589954048" in out
    )
    assert f"client_id={APP_ID}&integration_type=1&scope=applications.commands" in out
    assert cmd_invite(load_settings(application_id=42), ping_roles=True) == 0
    assert "client_id=42&" in capsys.readouterr().out
    assert "permissions=8590085120" in server_link(42, ping_roles=True)  # + Mention Everyone
    assert cmd_invite(load_settings()) == 2
    assert "APPLICATION_ID" in capsys.readouterr().err


def test_invite_reads_the_env_file_named_by_env_file(tmp_path: Path) -> None:
    (tmp_path / "bot.env").write_text(f"DISCORD_TOKEN={TOKEN}\n")
    done = run_bot("invite", cwd=tmp_path, ENV_FILE=str(tmp_path / "bot.env"))
    assert done.returncode == 0, done.stderr
    assert f"client_id={APP_ID}&integration_type=0" in done.stdout


def test_env_files_beside_the_project_and_in_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("ENV_FILE")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    assert env_files() == (
        tmp_path / "config" / "rivalry-bot" / ".env",
        PROJECT / ".env",
        Path(".env"),
    )
    (tmp_path / ".env").write_text("COMMAND_RATE=7\n")
    assert load_settings().command_rate == 7  # the working folder's wins over the project's


def test_doctor_on_a_healthy_setup(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"

    async def made() -> None:
        engine = make_engine(url)
        await migrate(engine)
        await engine.dispose()

    asyncio.run(made())
    findings, code = doctor(load_settings(discord_token=TOKEN, database_url=url))
    lines = [f.line() for f in findings]
    assert code == 0, lines
    assert lines[1] == f"ok   token: shaped like a bot token, of application {APP_ID}"
    assert lines[2].startswith(f"ok   store: {KNOWLEDGE}: ") and "; facts as of 20" in lines[2]
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert lines[-1].endswith(f"schema current ({head})") and lines[-1].startswith("ok   database")
    # tmp_path is a temporary folder: the SQLite file there is said to vanish
    assert any(f.level == "warn" and "DATABASE_URL" in f.text for f in findings)


def test_doctor_names_every_failure_in_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "knowledge"
    broken.mkdir()
    for path in KNOWLEDGE.glob("*.yaml"):
        (broken / path.name).write_text(path.read_text())
    (broken / "races.yaml").write_text("- {id: r1, meet: nowhere}\n")
    settings = load_settings(
        discord_token="abc.def",
        knowledge_dir=broken,
        cache_dir=None,
        database_url=f"postgres://bob:hunter22@/app?host={tmp_path / 'no-socket'}",
    )
    findings, code = doctor(settings)
    failed = {f.topic: f.line() for f in findings if f.level == "fail"}
    assert code == 1 and set(failed) == {"token", "store", "database"}
    assert all("\n" not in line and "hunter22" not in line for line in failed.values())
    assert "unreachable" in failed["database"] and "bob:***@" in failed["database"]
    assert "python -m bot check" in failed["store"]


@pytest.mark.parametrize(
    ("folder", "environ", "container", "said"),
    [
        ("/tmp/bot", {}, False, "a temporary folder"),
        ("/app/data", {"DYNO": "worker.1"}, False, "Heroku resets"),
        ("/app/data", {"RENDER": "true"}, False, "Render resets"),
        ("/app/data", {}, True, "lost whenever the container is re-created"),
        (
            "/data",
            {"RAILWAY_ENVIRONMENT": "production", "RAILWAY_VOLUME_MOUNT_PATH": "/data"},
            False,
            None,
        ),
        ("/home/fan/.local/share/rivalry-bot", {}, False, None),
        # /proc is a mount point of its own: a file under a mount lasts as the mount does
        ("/proc/bot", {"DYNO": "worker.1"}, False, None),
    ],
)
def test_the_folders_a_platform_resets(
    folder: str, environ: dict[str, str], container: bool, said: str | None
) -> None:
    why = reset_folder(Path(folder) / "rivalry.sqlite3", environ, container)
    assert (why is None) if said is None else (said in (why or ""))


def test_logs_are_plain_off_a_terminal_and_json_when_asked() -> None:
    try:
        stream = io.StringIO()
        setup_logging("INFO", "auto", stream)
        logging.getLogger("bot.test").warning("plain %s", "text")
        assert "plain text" in stream.getvalue() and "\x1b[" not in stream.getvalue()
        stream = io.StringIO()
        setup_logging("INFO", "json", stream)
        logging.getLogger("bot.test").info("one line")
        entry = json.loads(stream.getvalue())
        assert entry["message"] == "one line" and entry["level"] == "INFO"
        assert entry["logger"] == "bot.test"
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_rivalry", False):
                logging.getLogger().removeHandler(handler)


def test_migrate_is_quiet(tmp_path: Path) -> None:
    done = run_bot("migrate", DATABASE_URL=f"sqlite:///{tmp_path / 'quiet.sqlite3'}")
    assert done.returncode == 0, done.stderr
    assert "Context impl" not in done.stderr and "Running upgrade" not in done.stderr
    assert done.stdout.startswith("database schema is current: sqlite+aiosqlite:///")


def test_run_warns_at_start_when_sqlite_is_in_a_reset_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import discord

    from bot.__main__ import main

    async def refuse(_self: object, _token: str) -> None:  # Discord's answer, without network
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(discord.Client, "login", refuse)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))  # pytest's tmp_path: a temp folder
    with caplog.at_level(logging.WARNING):
        assert main(["run"]) == 1
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(
        m.startswith(
            f"the SQLite database {tmp_path / 'data' / 'rivalry.sqlite3'} is in a temporary"
        )
        and "Set DATABASE_URL" in m
        for m in warned
    ), warned
