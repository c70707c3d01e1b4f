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


def add_curate_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``add`` command and its four kinds, on a ``python -m bot`` subparsers object."""
    add = sub.add_parser("add", help="add a source, a race's results, a quote or a correction")
    kinds = add.add_subparsers(dest="what", required=True)
    source, results = _source_parser(kinds), _results_parser(kinds)
    quote, correction = _quote_parser(kinds), _correction_parser(kinds)
    for kind in (source, results, quote, correction):
        kind.add_argument(
            "--yes", action="store_true", help="ask nothing: refuse what needs a question"
        )
        kind.add_argument("--dry-run", action="store_true", help="print the change, write nothing")
        kind.add_argument("--knowledge", type=Path, dest="knowledge_sub")


def _source_parser(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """A page facts will cite: ``add source``."""
    source = kinds.add_parser("source", help="a page facts will cite")
    source.add_argument("url")
    source.add_argument("--publisher", required=True)
    source.add_argument("--published", required=True, help="its date: 2026-06-11 (or 2026-06)")
    source.add_argument(
        "--derived",
        action="store_true",
        help="the page prints no date: --published is the latest thing it reports",
    )
    source.add_argument("--title")
    source.add_argument("--note")
    source.add_argument("--id", help="the source's id (default: publisher-date-title)")
    return source


def _results_parser(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """A race's results table: ``add results``."""
    results = kinds.add_parser("results", help="a race's results table, pasted on stdin or --file")
    results.add_argument("--source", required=True, help="the id of the source printing the table")
    results.add_argument("--meet", required=True, help='the meet, as a fan types it: "oslo 2026"')
    results.add_argument("--event", required=True, help="1500m, mile, 5000m ...")
    results.add_argument("--round", required=True, help="final, semi-final or heat")
    results.add_argument("--heat", type=int, help="the heat's or semi-final's number")
    results.add_argument("--date", help="the race's local date (default: the meet's programme)")
    results.add_argument("--file", type=Path, help="the table (default: standard input)")
    results.add_argument(
        "--evidence", help="the words that show the race (default: the title line)"
    )
    results.add_argument(
        "--date-source",
        help="the id of a page printing the race's day, when the table's page does not "
        "(the race cites it with --evidence, each row the table's page)",
    )
    results.add_argument(
        "--athlete",
        action="append",
        default=[],
        metavar="PRINTED=ID",
        help="who a printed name is: 'Cheruiyot=timothy-cheruiyot', or '=new'",
    )
    results.add_argument(
        "--new-athletes",
        action="store_true",
        help="add every name the store lacks as a new athlete",
    )
    results.add_argument("--new-meet", metavar="NAME", help="create the meet with this name")
    for flag in ("--city", "--country", "--timezone", "--series"):
        results.add_argument(flag, help="of the new meet")
    return results


def _quote_parser(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Words a person said: ``add quote``."""
    quote = kinds.add_parser("quote", help="words a person said, as printed")
    quote.add_argument("--source", required=True)
    quote.add_argument("--speaker", required=True)
    quote.add_argument("--words", required=True, help="exactly as printed")
    quote.add_argument("--context", required=True, help="when and where it was said")
    quote.add_argument("--evidence", required=True, help="the source's words holding the quote")
    quote.add_argument("--date", help="when said (default: the source's date)")
    quote.add_argument("--date-basis", choices=("said", "published", "unknown"), default="said")
    quote.add_argument("--topic", action="append", default=[])
    quote.add_argument("--about", action="append", default=[])
    quote.add_argument("--medium")
    return quote


def _correction_parser(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """One field of one record, from a new source: ``add correction``."""
    correction = kinds.add_parser("correction", help="one field of one record, from a new source")
    correction.add_argument(
        "--record", required=True, help="the id of a meet, race or timeline event"
    )
    correction.add_argument("--field", required=True)
    correction.add_argument("--value", required=True)
    correction.add_argument("--source", required=True, help="the source that corrects it")
    correction.add_argument("--evidence", required=True, help="its words that prove the new value")
    correction.add_argument("--row", help="in a race: the athlete whose row is corrected")
    correction.add_argument("--reason", help="why (kept in the record, never shown to fans)")
    return correction


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
