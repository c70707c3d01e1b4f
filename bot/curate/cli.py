"""``python -m bot add source|results|quote|correction``: the curator's commands.

Each one reads the store, stages its records as text edits of the knowledge files, checks the
store as it would be, prints the change as a diff of ``knowledge/``, and writes it (after a
"y" in a terminal; at once in a script). Bad input is one line on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.curate.arguments import add_curate_parser
from bot.curate.corrections import CorrectionRequest, add_correction
from bot.curate.names import NEW
from bot.curate.prompt import NoPrompts, Prompter, Terminal
from bot.curate.quotes import QuoteRequest, add_quote
from bot.curate.results import NewMeet, ResultsRequest, add_results
from bot.curate.sources import SourceRequest, add_source
from bot.curate.stage import Change, ChangeRefused, load_quickly
from bot.curate.table import given_first
from bot.curate.text import TextError, check_text
from bot.exits import EXIT_FAILED, EXIT_OK
from bot.facts import FactStore, KnowledgeError
from bot.normalise import normalise
from bot.resolve import Resolver

EXIT_REFUSED = EXIT_FAILED  # a refused change fails the run
MAX_TABLE = 200_000  # characters of a pasted table: 500 rows of 300 and then some


def run_add(
    args: argparse.Namespace,
    directory: Path,
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    prompter: Prompter | None = None,
    today: dt.date | None = None,
) -> int:
    """Run one ``add`` command on the knowledge folder ``directory``; the exit code."""
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    if prompter is None:
        prompter = _prompter(args.yes, stdin, out)
    try:
        store = load_quickly(directory, cache_dir=None)
    except KnowledgeError as error:
        print(
            f"the store in {directory} is invalid now; fix it first:\n{error.report(10)}", file=err
        )
        return EXIT_REFUSED
    change = Change(directory)
    try:
        done = _stage(
            args, store, change, stdin, out, prompter, today or dt.datetime.now(dt.UTC).date()
        )
        change.check()
    except (ChangeRefused, TextError, ValueError) as error:
        print(f"refused: {error}", file=err)
        print("nothing written", file=err)
        return EXIT_REFUSED
    print(change.diff(), file=out, end="")
    if args.dry_run:
        print(f"{done}: dry run, nothing written", file=out)
        return EXIT_OK
    if prompter.interactive and not prompter.confirm("write this change to knowledge/?"):
        print("nothing written", file=err)
        return EXIT_REFUSED
    try:
        written = change.write()
    except (ChangeRefused, OSError) as error:
        print(f"refused: {error}\nnothing written", file=err)
        return EXIT_REFUSED
    files = ", ".join(f"knowledge/{name}" for name in written)
    print(f"{done}: wrote {files}; /reload (or SIGHUP) makes the bot serve it", file=out)
    return EXIT_OK


def _prompter(yes: bool, stdin: TextIO, out: TextIO) -> Prompter:
    """Questions for a curator at a terminal, even with the table on stdin from a file."""
    if yes or not _is_terminal(out):
        return NoPrompts()
    if _is_terminal(stdin):
        return Terminal(out)
    try:
        tty = open("/dev/tty", encoding="utf-8")  # noqa: SIM115 (open while the process runs)
    except OSError:
        return NoPrompts()

    def read(prompt: str) -> str:
        out.write(prompt)
        out.flush()
        line = tty.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    return Terminal(out, read)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _stage(
    args: argparse.Namespace,
    store: FactStore,
    change: Change,
    stdin: TextIO,
    out: TextIO,
    prompter: Prompter,
    today: dt.date,
) -> str:
    if args.what == "source":
        request = SourceRequest(
            args.url, args.publisher, args.published, args.derived, args.title, args.note, args.id
        )
        return f"source {add_source(request, store, change, today)}"
    resolver = Resolver(store)
    if args.what == "results":
        table = _table(args.file, stdin, out)
        results = ResultsRequest(
            args.source,
            args.meet,
            args.event,
            args.round,
            table,
            args.heat,
            args.date,
            args.evidence,
            _pins(args.athlete),
            args.new_athletes,
            NewMeet(args.new_meet, args.city, args.country, args.timezone, args.series),
            args.date_source,
        )
        return f"race {add_results(results, store, resolver, change, prompter, out)}"
    if args.what == "quote":
        quote = QuoteRequest(
            args.source,
            args.speaker,
            args.words,
            args.context,
            args.evidence,
            args.date,
            args.date_basis,
            args.topic,
            args.about,
            args.medium,
        )
        return f"quote {add_quote(quote, store, resolver, change, prompter)}"
    correction = CorrectionRequest(
        args.record, args.field, args.value, args.source, args.evidence, args.row, args.reason
    )
    return add_correction(correction, store, resolver, change)


def _table(path: Path | None, stdin: TextIO, out: TextIO) -> str:
    if path is not None and str(path) != "-":
        try:
            with path.open(encoding="utf-8") as handle:
                text = handle.read(MAX_TABLE + 1)
        except (OSError, UnicodeDecodeError) as error:
            raise ChangeRefused(f"cannot read {path}: {error}") from None
    else:
        if _is_terminal(stdin):
            print("Paste the results table, then Ctrl-D on a line of its own:", file=out)
        text = stdin.read(MAX_TABLE + 1)
    if len(text) > MAX_TABLE:
        raise ChangeRefused(f"the table is longer than {MAX_TABLE:,} characters")
    return text


def _pins(given: Sequence[str]) -> dict[str, str]:
    pins: dict[str, str] = {}
    for item in given:
        printed, sep, target = item.rpartition("=")
        if not sep or not printed.strip():
            raise ChangeRefused(
                f"--athlete {item!r} is not PRINTED=ID (e.g. 'Cheruiyot=timothy-cheruiyot')"
            )
        check_text(item, what="--athlete", limit=300)
        pins[normalise(given_first(printed.strip()))] = target.strip() or NEW
    return pins


def run_add_args(
    argv: Sequence[str],
    directory: Path,
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    prompter: Prompter | None = None,
) -> int:
    """Parse ``add ...`` arguments and run them on ``directory`` (tests and benchmarks)."""
    parser = argparse.ArgumentParser(prog="python -m bot")
    add_curate_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["add", *argv])
    return run_add(args, directory, stdin=stdin, out=out, err=err, prompter=prompter)
