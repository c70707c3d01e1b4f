"""``python -m bot reports``: list the open reports of mistakes, or close one.

``reports`` prints each open report with the answer it was made on; ``reports close N
--note "…"`` closes one and tells its reporter by DM, over Discord's REST API with
``DISCORD_TOKEN`` (a login, no gateway connection). Without a token the report is closed and
the curator is told that no DM was sent.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from typing import TextIO

import aiohttp
import discord
from sqlalchemy.exc import SQLAlchemyError

from bot.db.engine import make_engine, migrate, url_without_password
from bot.exits import EXIT_FAILED, EXIT_OK
from bot.exts.respond import NO_MENTIONS
from bot.i18n import language, speaking_in
from bot.phrases import say
from bot.reports import Report, ReportStore
from bot.reports.text import neutralise, report_excerpt
from bot.settings import Settings
from bot.typed import clean

MAX_NOTE = 1000
DM_SECONDS = 30.0
# how the reporter heard of the closing, as recorded, and as the curator is told
TOLD = {
    "dm": "the reporter was told by DM",
    "no-token": "no DM sent: DISCORD_TOKEN is not set",
    "bad-token": "no DM sent: Discord refused the DISCORD_TOKEN",
    "dm-refused": "no DM sent: Discord does not let the bot DM this user "
    "(DMs closed, or no server in common)",
    "user-gone": "no DM sent: the user no longer exists",
    "dm-failed": "no DM sent: Discord could not be reached",
}


def cmd_reports(settings: Settings, args: argparse.Namespace) -> int:
    """List the open reports, or close one."""
    # the schema upgrade is a detail here: the listing is the output
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("bot.db.engine").setLevel(logging.WARNING)

    async def run() -> int:
        engine = make_engine(settings.database)
        try:
            await migrate(engine)  # as `run` does on every start: the reports table exists
            store = ReportStore(engine)
            if getattr(args, "action", None) == "close":
                return await close(store, settings, args.number, args.note, sys.stdout)
            print(listing(await store.open_reports()))
            return EXIT_OK
        finally:
            await engine.dispose()

    try:
        return asyncio.run(run())
    except (OSError, SQLAlchemyError) as error:
        print(
            f"reports: the database failed ({url_without_password(settings.database)}): {error}",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _when(instant: dt.datetime | None) -> str:
    return instant.strftime("%Y-%m-%d %H:%M UTC") if instant else "?"


def listing(reports: list[Report]) -> str:
    """The open reports, oldest first, each with the answer it was made on."""
    if not reports:
        return "No open reports."
    lines = [f"{len(reports)} open report{'s' if len(reports) != 1 else ''}, oldest first:"]
    for report in reports:
        where = f"server {report.guild_id}, channel {report.channel_id}"
        if report.guild_id is None:
            where = "a DM" if report.channel_id else "?"
        asked = report.asked
        # a bare /report has no answer: the store in service when it was sent
        answered = "" if asked.command is None else f"answered {_when(asked.answered_at)} · "
        lines += [
            "",
            f"#{report.id}  {_when(report.created_at)}  user {report.user_id} in {where}",
            f"    on:   {clean(asked.line)}",
            f"          {answered}store {asked.store_version or '?'}"
            f" · facts as of {asked.facts_as_of or '?'}",
        ]
        # stored cleaned; cleaned again so no terminal ever runs what a database row holds
        what = [clean(line) for line in report.what.splitlines()] or [""]
        lines += [f"    what: {what[0]}", *(f"          {line}" for line in what[1:])]
        if report.link:
            lines.append(f"    link: {clean(report.link)}")
    return "\n".join(lines)


async def close(
    store: ReportStore, settings: Settings, number: int, note: str | None, out: TextIO
) -> int:
    """Close report ``number`` and tell its reporter; one line says what happened."""
    note = " ".join(clean(note or "").split())[:MAX_NOTE] or None
    report = await store.close(number, note, discord.utils.utcnow())
    if report is None:
        existing = await store.get(number)
        if existing is None:
            print(f"no report #{number}", file=sys.stderr)
        else:
            print(
                f"report #{number} was already closed on {_when(existing.closed_at)}",
                file=sys.stderr,
            )
        return EXIT_FAILED
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    told = await dm_over_rest(token, report) if token else "no-token"
    await store.mark_told(number, told)
    print(f"closed report #{number}; {TOLD[told]}", file=out)
    return EXIT_OK


async def dm_over_rest(token: str, report: Report) -> str:
    """Log in over REST only (no gateway) and DM the reporter, within ``DM_SECONDS``."""
    client = discord.Client(intents=discord.Intents.none())
    try:
        async with asyncio.timeout(DM_SECONDS):  # an unreachable Discord must not hang a curator
            await client.login(token)
            return await tell_reporter(client, report)
    except discord.LoginFailure:
        return "bad-token"
    except (TimeoutError, OSError, aiohttp.ClientError, discord.HTTPException):
        return "dm-failed"
    finally:
        await client.close()


def closing_text(report: Report) -> str:
    """The DM, in the reporter's language, quoting the start of the report and the note."""
    with speaking_in(language(report.locale)):
        shown = neutralise(report_excerpt(report.what, 60))
        if report.note:
            return say(
                "report.closed.note",
                number=report.id,
                excerpt=shown,
                note=neutralise(report.note),
            )
        return say("report.closed", number=report.id, excerpt=shown)


async def tell_reporter(client: discord.Client, report: Report) -> str:
    """DM the reporter that their report was closed; how it went (a key of ``TOLD``)."""
    try:
        user = await client.fetch_user(report.user_id)
        await user.send(closing_text(report), allowed_mentions=NO_MENTIONS)
    except discord.NotFound:
        return "user-gone"
    except discord.Forbidden:
        return "dm-refused"
    except (TimeoutError, discord.HTTPException, OSError, aiohttp.ClientError):
        return "dm-failed"
    return "dm"
