"""The arguments of ``python -m bot add source|results|quote|correction`` (bot.curate.cli).

Kept apart from the commands themselves: ``python -m bot`` builds every subcommand's parser on
each start, and this module loads nothing but argparse (the curate code loads when ``add`` runs).
"""

from __future__ import annotations

import argparse
from pathlib import Path


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
