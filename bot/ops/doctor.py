"""``python -m bot doctor``: what would stop the bot, one line per check, nothing changed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Literal

from bot.db.url import masked, sqlite_path
from bot.facts import KnowledgeError
from bot.knowledge import load_knowledge, summary
from bot.ops.hosting import sqlite_warning
from bot.ops.invite import TokenShapeError, application_id_of
from bot.settings import Settings
from bot.settings_files import env_files_found

DATABASE_SECONDS = 10.0  # a host that never answers is reported, not waited for


@dataclass(frozen=True)
class Finding:
    """One check's verdict: ``ok``, ``warn`` (runs, but see why) or ``fail`` (will not run)."""

    level: Literal["ok", "warn", "fail"]
    topic: str
    text: str

    def line(self) -> str:
        """``ok   store: …`` as printed."""
        return f"{self.level:<4} {self.topic}: {self.text}"


def check_env() -> Finding:
    """Which ``.env`` files were read."""
    found = env_files_found()
    if not found:
        return Finding("ok", "settings", "from the environment (no .env file found)")
    return Finding("ok", "settings", "from the environment and " + ", ".join(map(str, found)))


def check_token(settings: Settings) -> Finding:
    """The token's shape (Discord itself is not asked: no network here)."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        return Finding("warn", "token", "DISCORD_TOKEN is not set: only the offline console runs")
    try:
        app_id = application_id_of(token)
    except TokenShapeError as error:
        return Finding("fail", "token", str(error))
    if settings.application_id and settings.application_id != app_id:
        return Finding(
            "fail",
            "token",
            f"belongs to application {app_id}, not APPLICATION_ID {settings.application_id}",
        )
    return Finding("ok", "token", f"shaped like a bot token, of application {app_id}")


def check_store(settings: Settings) -> Finding:
    """The fact store loads (from its cache when current) and what it holds."""
    try:
        store = load_knowledge(settings).store
    except KnowledgeError as error:
        return Finding(
            "fail",
            "store",
            f"{settings.knowledge_dir} has {len(error.problems)} problem(s); "
            "`python -m bot check` lists them",
        )
    return Finding("ok", "store", f"{settings.knowledge_dir}: {summary(store)}")


def check_database(settings: Settings) -> list[Finding]:
    """Reachable, and its schema current; the SQLite file's folder lasts."""
    url = settings.database
    findings = []
    path = sqlite_path(url)
    warning = sqlite_warning(path)
    if warning:
        findings.append(Finding("warn", "database", warning))
    if path is not None and not path.exists():
        findings.append(
            Finding("ok", "database", f"SQLite file {path} not made yet (`run` makes it)")
        )
        return findings
    try:
        current, head = asyncio.run(asyncio.wait_for(_revisions(url), DATABASE_SECONDS))
    except TimeoutError:
        reason = f"no answer within {DATABASE_SECONDS:.0f} s"
        findings.append(Finding("fail", "database", f"{masked(url)} is unreachable: {reason}"))
        return findings
    except Exception as error:  # any driver error is the line to print
        first = (str(error).strip().splitlines() or [""])[0]
        reason = f"{type(error).__name__}: {first}".rstrip(": ")
        findings.append(Finding("fail", "database", f"{masked(url)} is unreachable ({reason})"))
        return findings
    if current == head:
        findings.append(Finding("ok", "database", f"{masked(url)}: schema current ({head})"))
    else:
        findings.append(
            Finding(
                "warn",
                "database",
                f"{masked(url)}: schema at {current or 'none'}, code at {head}; "
                "`run` upgrades it on start (or `python -m bot migrate`)",
            )
        )
    return findings


async def _revisions(url: str) -> tuple[str | None, str | None]:
    """The database's Alembic revision and the newest one the code ships."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from bot.db.engine import alembic_config, make_engine

    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            current = await connection.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_revision()
            )
    finally:
        await engine.dispose()
    return current, ScriptDirectory.from_config(alembic_config()).get_current_head()


def doctor(settings: Settings) -> tuple[list[Finding], int]:
    """Every check's finding, and the exit code (1 when any check fails)."""
    findings = [check_env(), check_token(settings), check_store(settings)]
    findings += check_database(settings)
    failed = any(f.level == "fail" for f in findings)
    return findings, 1 if failed else 0
