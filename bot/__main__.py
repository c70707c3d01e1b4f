"""Command line: ``python -m bot COMMAND`` (``python -m bot --help`` lists them).

With no subcommand the bot connects to Discord when ``DISCORD_TOKEN`` is set, and otherwise
opens the offline console on the same commands.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

# Only what parsing the command line needs is imported here; each subcommand imports what it
# uses when it runs (``check`` never loads Discord, the database or the charts): tests and
# deploy steps start many short processes, and discord.py, aiohttp and SQLAlchemy alone take
# most of a second to import.
from bot.curate.arguments import add_curate_parser
from bot.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from bot.exts.report_args import add_reports_parser
from bot.ops import cli as ops
from bot.ops.logs import setup_logging
from bot.settings import Settings, load_settings

if TYPE_CHECKING:
    from bot.knowledge import Knowledge
    from bot.registry import Context

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, help="knowledge folder (default: KNOWLEDGE_DIR)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord (needs DISCORD_TOKEN)")
    console = sub.add_parser("console", help="answer commands typed on standard input, offline")
    ask = sub.add_parser("ask", help='answer one command, e.g. "/h2h kerr ingebrigtsen"')
    ask.add_argument("line", nargs="+", help="the command, as typed in Discord")
    ask.add_argument("--json", action="store_true", help="print the answer model as JSON")
    for surface in (console, ask):
        surface.add_argument(
            "--now", help="the clock, e.g. 2025-04-11T12:00:00Z (default: the real time)"
        )
        surface.add_argument(
            "--chart", type=Path, metavar="FILE.png", help="write the chart of /h2h or /athlete"
        )
    for name in ("check", "export"):
        sub_parser = sub.add_parser(name, help=f"{name} the knowledge files")
        sub_parser.add_argument("--knowledge", type=Path, dest="knowledge_sub")
    add_curate_parser(sub)
    sub.add_parser("migrate", help="create or upgrade the database schema (DATABASE_URL)")
    add_reports_parser(sub)
    sync = sub.add_parser("sync", help="register the slash commands with Discord")
    sync.add_argument("--guild", type=int, help="sync to one guild (instant) instead of globally")
    ops.add_parsers(sub)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    folder = getattr(args, "knowledge_sub", None) or args.knowledge
    return load_settings(**({"knowledge_dir": folder} if folder else {}))


def _knowledge_or_exit(settings: Settings, *, reparse: bool = False, doing: str = "") -> Knowledge:
    """The knowledge, or exit 1 with every problem on stderr (never a traceback)."""
    from bot.facts import KnowledgeError
    from bot.knowledge import describe, load_knowledge

    try:
        return load_knowledge(settings, reparse=reparse)
    except KnowledgeError as error:
        print(doing + describe(error, settings.knowledge_dir), file=sys.stderr)
        raise SystemExit(EXIT_FAILED) from None


def _parse_now(text: str | None) -> dt.datetime:
    from bot.facts.models import FIRST_YEAR, LAST_YEAR

    if not text:
        return dt.datetime.now(dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        print(
            f"--now: {text!r} is not an ISO date-time such as 2025-04-11T12:00:00Z", file=sys.stderr
        )
        raise SystemExit(EXIT_USAGE) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    # the facts' own range: a clock far outside it only overflows date arithmetic later
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        print(f"--now: {text!r} is outside the years {FIRST_YEAR}-{LAST_YEAR}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return parsed.astimezone(dt.UTC)


def cmd_check(settings: Settings) -> int:
    """Validate the store, prove every fact by its evidence, print what it holds.

    Check always reads the YAML itself. Run in a deploy's build step, it also makes the bot's
    first start a cached one.
    """
    from bot.facts import KnowledgeError
    from bot.facts.evidence import check_evidence

    store = _knowledge_or_exit(settings, reparse=True).store
    unproven = check_evidence(store)
    if unproven:
        print(f"{len(unproven)} fact(s) not proven by their evidence:", file=sys.stderr)
        print(KnowledgeError(unproven).report(limit=len(unproven)), file=sys.stderr)
        return EXIT_FAILED
    print(f"knowledge OK: {settings.knowledge_dir} (every fact proven by its evidence)")
    for kind, count in store.counts().items():
        print(f"  {kind:<9} {count}")
    first, last = store.date_range
    print(f"  races from {first} to {last}")
    print(f"  facts as of {store.facts_as_of} (the newest source)")
    return EXIT_OK


def cmd_export(settings: Settings) -> int:
    """Print the validated store as JSON."""
    store = _knowledge_or_exit(settings).store
    json.dump(store.export(), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return EXIT_OK


def _context_factory(settings: Settings, now: dt.datetime | None = None) -> Callable[[], Context]:
    from bot.facts import settle
    from bot.registry import Context

    knowledge = _knowledge_or_exit(settings)
    settle(knowledge.store)
    store, resolver = knowledge.store, knowledge.resolver

    def make() -> Context:
        return Context(store, resolver, now or dt.datetime.now(dt.UTC), settings.issues_url)

    return make


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    """Answer one command line and print it as text or JSON."""
    from bot.answers.common import Refusal
    from bot.console import answer_line, save_chart
    from bot.render.text import render_text

    make = _context_factory(settings, _parse_now(args.now))
    ctx = make()
    answer = answer_line(ctx, " ".join(args.line))
    if args.json:
        print(answer.model_dump_json(indent=2))
    else:
        print(render_text(answer))
    if args.chart and not isinstance(answer, Refusal):
        save_chart(answer, ctx, args.chart, sys.stderr)
    return EXIT_FAILED if isinstance(answer, Refusal) else EXIT_OK


def cmd_console(
    settings: Settings, *, hint: bool = False, chart: Path | None = None, now: str | None = None
) -> int:
    """Answer commands from standard input until it ends (at ``now``, or the real time)."""
    from bot.console import run_console

    make = _context_factory(settings, _parse_now(now) if now else None)
    if hint:
        print(
            "No DISCORD_TOKEN set: starting the offline console. "
            "Set DISCORD_TOKEN (see .env.example) and run `python -m bot run` to connect to "
            "Discord.",
            file=sys.stderr,
        )
    # on a terminal Ctrl-C drops the line being typed (bot.lineinput), as in a shell
    _exit_on_signals(interrupt=not sys.stdin.isatty())
    return run_console(make, sys.stdin, sys.stdout, chart=chart)


def _exit_on_signals(*, interrupt: bool = True) -> None:
    def stop(signum: int, _frame: object) -> None:
        log.info("signal %s: leaving the console", signum)
        raise SystemExit(EXIT_OK)

    signal.signal(signal.SIGTERM, stop)
    # on a terminal: KeyboardInterrupt, even when started with SIGINT ignored (a background job)
    signal.signal(signal.SIGINT, stop if interrupt else signal.default_int_handler)


def cmd_run(settings: Settings) -> int:
    """Connect to Discord and serve until SIGTERM or SIGINT."""
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        print(
            "DISCORD_TOKEN is not set: put it in the environment or in .env "
            "(see .env.example), or run `python -m bot console` to use the bot offline.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    knowledge = _knowledge_or_exit(settings, doing="refusing to start: ")
    # after the store: a store that refuses to load is said without loading Discord
    from bot.ops.connect import serve

    return serve(settings, knowledge)


def cmd_migrate(settings: Settings) -> int:
    """Create or upgrade the database schema (also done on every start of ``run``)."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.db.engine import make_engine, migrate, url_without_password
    from bot.db.errors import DatabaseUnusable

    async def upgrade() -> None:
        engine = make_engine(settings.database)
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    try:
        asyncio.run(upgrade())
    except DatabaseUnusable as error:
        print(f"migration failed: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, SQLAlchemyError) as error:
        print(
            f"migration failed on {url_without_password(settings.database)}: {error}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(f"database schema is current: {url_without_password(settings.database)}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m bot`` and the ``rivalry-bot`` script."""
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ValidationError as error:
        first = error.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        name = ".".join(map(str, first["loc"])).upper()
        # a message that names its setting (DATABASE_URL …) is printed as it is
        print(
            message if message.startswith(name) else f"invalid setting {name}: {message}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    setup_logging(settings.log_level, settings.log_format)
    try:
        return _dispatch(args, settings)
    except KeyboardInterrupt:  # Ctrl-C while loading or answering: no traceback
        print(file=sys.stderr)
        return 128 + signal.SIGINT
    except BrokenPipeError:
        # `python -m bot export | head`: the reader left; that is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command
    if command is None:
        token = settings.discord_token
        command = "run" if token and token.get_secret_value().strip() else "console-hint"
    if command in ("console", "console-hint"):
        return cmd_console(
            settings,
            hint=command == "console-hint",
            chart=getattr(args, "chart", None),
            now=getattr(args, "now", None),
        )
    if command in ops.OPS_COMMANDS:
        return ops.run(command, args, settings)
    if command == "add":
        from bot.curate.cli import run_add

        return run_add(args, settings.knowledge_dir)
    if command == "reports":
        from bot.exts.report_cli import cmd_reports

        return cmd_reports(settings, args)
    if command == "sync":
        from bot.ops.connect import cmd_sync

        return cmd_sync(settings, args.guild)
    handlers: dict[str, Callable[[], int]] = {
        "check": lambda: cmd_check(settings),
        "export": lambda: cmd_export(settings),
        "ask": lambda: cmd_ask(settings, args),
        "migrate": lambda: cmd_migrate(settings),
    }
    return handlers.get(command, lambda: cmd_run(settings))()


if __name__ == "__main__":
    sys.exit(main())
