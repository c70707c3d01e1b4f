"""``python -m bot reports`` and ``reports close N --note``, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.db.engine import make_engine, migrate
from bot.reports import Asked, ReportStore

from .conftest import postgres_missing, reset_postgres, run_bot
from .test_report_store import NOW, ON_H2H


def seed(url: str, *, reset: bool = False) -> None:
    """Two open reports: one on an /h2h answer (in Norwegian), one from a bare /report."""

    async def go() -> None:
        engine = make_engine(url)
        if reset:
            await reset_postgres(engine)
        await migrate(engine)
        store = ReportStore(engine)
        await store.add(
            user_id=111,
            what="Zürich 2024: Kerr was 5th\nthe record says 4th",
            link="https://example.org/z",
            asked=ON_H2H,
            now=NOW,
            limit=5,
            locale="no",
            guild_id=222,
            channel_id=333,
        )
        await store.add(user_id=444, what="bare", link=None, asked=Asked(None), now=NOW, limit=5)
        await engine.dispose()

    asyncio.run(go())


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path, postgres_url: str | None, monkeypatch) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    elif postgres_url is None:
        pytest.skip(f"PostgreSQL case skipped: {postgres_missing()}")
    else:
        url = postgres_url
    seed(url, reset=request.param == "postgresql")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    return url


def test_reports_lists_the_open_ones_with_their_answer_and_close_says_no_dm(database, capsys):
    assert main(["reports"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("2 open reports, oldest first:")
    assert "#1  2026-11-22 12:00 UTC  user 111 in server 222, channel 333" in listed
    assert "    on:   /h2h athlete:kerr opponent:jakob" in listed
    assert "answered 2026-11-22 12:00 UTC · store 3fa2b1 · facts as of 2026-03-22" in listed
    assert "    what: Zürich 2024: Kerr was 5th\n          the record says 4th" in listed
    assert "    link: https://example.org/z" in listed
    assert "#2 " in listed and "(no answer: /report)" in listed

    assert main(["reports", "close", "1", "--note", "Fixed\x1b[2J in races.yaml"]) == 0
    assert capsys.readouterr().out == ("closed report #1; no DM sent: DISCORD_TOKEN is not set\n")
    assert main(["reports", "close", "1"]) == 1
    assert "report #1 was already closed on 20" in capsys.readouterr().err
    assert main(["reports", "close", "99"]) == 1
    assert "no report #99" in capsys.readouterr().err
    assert main(["reports"]) == 0
    after = capsys.readouterr().out
    assert after.startswith("1 open report, oldest first:") and "#1 " not in after
    assert main(["reports", "close", "2"]) == 0
    capsys.readouterr()
    assert main(["reports"]) == 0
    assert capsys.readouterr().out == "No open reports.\n"

    async def closed():
        engine = make_engine(database)
        report = await ReportStore(engine).get(1)
        await engine.dispose()
        return report

    report = asyncio.run(closed())
    assert report.status == "closed" and report.note == "Fixed in races.yaml"
    assert report.told == "no-token"


def test_the_command_line_as_a_curator_types_it(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    seed(url)
    done = run_bot("reports", "close", "2", "--note", "Thanks", DATABASE_URL=url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "closed report #2; no DM sent: DISCORD_TOKEN is not set\n"
